# eval_reconcile: cross-checking on public data (Emergent headline stance).
add_executable(eval_reconcile ${CMAKE_CURRENT_SOURCE_DIR}/reconcile_eval.cc)
target_link_libraries(eval_reconcile PRIVATE crosscheck_core CLI11::CLI11)

# Entity timelines (scripts/eval/reconcile-timeline.sh, SemEval-2015 Task 4 track B): the
# TimeLine metric and the timeline builder are Python (eval/reconcile/, standard library
# only), checked on made-up timelines and a made-up document; no dataset needed, < 1 s.
if(CROSSCHECK_BUILD_TESTS)
  find_package(Python3 COMPONENTS Interpreter)
  if(Python3_Interpreter_FOUND)
    add_test(NAME timeline_metric_test
             COMMAND ${Python3_EXECUTABLE} -m unittest -v timeline_metric_test
                     semeval_timeline_test
             WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/reconcile)
    set_tests_properties(timeline_metric_test PROPERTIES LABELS unit TIMEOUT 60)
  endif()
endif()
