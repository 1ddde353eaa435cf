# eval_feeds: the feed reader against feedparser's test suite (wellformed titles, links and
# dates; illformed and encoding files read or reported). Also a ctest (label eval): skipped
# (77) when the suite is absent; a hang is caught by its timeout.
add_executable(eval_feeds ${CMAKE_CURRENT_SOURCE_DIR}/feeds_eval.cc)
target_link_libraries(eval_feeds PRIVATE crosscheck_core CLI11::CLI11)
if(CROSSCHECK_BUILD_TESTS)
  add_test(NAME eval_feeds_feedparser
           COMMAND eval_feeds --shared ${CROSSCHECK_SHARED_DIR}
           WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(eval_feeds_feedparser PROPERTIES LABELS eval SKIP_RETURN_CODE 77 TIMEOUT 300)
endif()
