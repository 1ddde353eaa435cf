# Guard on the published quality figures (eval/floors.txt): every evaluation tool above runs
# on ../shared/data and the test fails when a figure drops below its recorded floor. Label
# `eval`; skipped (exit 77) with a message when the datasets are absent. ~1 minute.
if(CROSSCHECK_BUILD_TESTS)
  add_test(NAME eval_floors
           COMMAND bash ${CMAKE_SOURCE_DIR}/scripts/eval/check-floors.sh ${CMAKE_BINARY_DIR}
                   ${CROSSCHECK_SHARED_DIR}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(eval_floors PROPERTIES LABELS eval SKIP_RETURN_CODE 77 TIMEOUT 900)
endif()
