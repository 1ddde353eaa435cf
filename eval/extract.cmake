# HTML extraction evaluation (scripts/eval/extract-html.sh) and the AEB metric it shares with
# the flattened-text evaluation.
add_library(crosscheck_extract_metric STATIC ${CMAKE_CURRENT_SOURCE_DIR}/extract_metric.cc)
target_link_libraries(crosscheck_extract_metric PUBLIC crosscheck_core)
target_include_directories(crosscheck_extract_metric PUBLIC ${CMAKE_SOURCE_DIR})

add_executable(eval_extract
  ${CMAKE_CURRENT_SOURCE_DIR}/extract_eval.cc
  ${CMAKE_CURRENT_SOURCE_DIR}/extract_datasets.cc
)
target_link_libraries(eval_extract PRIVATE crosscheck_extract_metric crosscheck_core)

if(CROSSCHECK_BUILD_TESTS)
  add_executable(extract_metric_test ${CMAKE_CURRENT_SOURCE_DIR}/extract_metric_test.cc)
  target_link_libraries(extract_metric_test PRIVATE crosscheck_extract_metric GTest::gtest GTest::gtest_main)
  gtest_discover_tests(extract_metric_test DISCOVERY_MODE PRE_TEST PROPERTIES LABELS slow
                       WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})

  # The fast HTML tree builder against gumbo on every AEB page.
  add_executable(extract_parser_test
    ${CMAKE_CURRENT_SOURCE_DIR}/extract_parser_test.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/extract_datasets.cc
    ${CMAKE_SOURCE_DIR}/src/clean/html/tree_compare.cc
  )
  target_link_libraries(extract_parser_test PRIVATE crosscheck_extract_metric GTest::gtest GTest::gtest_main)
  gtest_discover_tests(extract_parser_test DISCOVERY_MODE PRE_TEST PROPERTIES LABELS slow
                       WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
endif()
