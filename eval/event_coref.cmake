# eval_event_coref: cross-document event coreference on ECB+ (gold mentions), CoNLL F1.
add_library(crosscheck_coref_metric STATIC ${CMAKE_CURRENT_SOURCE_DIR}/coref_metric.cc)
target_include_directories(crosscheck_coref_metric PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})

add_executable(eval_event_coref ${CMAKE_CURRENT_SOURCE_DIR}/event_coref_eval.cc)
target_link_libraries(eval_event_coref PRIVATE crosscheck_coref_metric crosscheck_core CLI11::CLI11)

if(CROSSCHECK_BUILD_TESTS)
  add_executable(coref_metric_test ${CMAKE_CURRENT_SOURCE_DIR}/coref_metric_test.cc)
  target_link_libraries(coref_metric_test PRIVATE crosscheck_coref_metric GTest::gtest GTest::gtest_main)
  gtest_discover_tests(coref_metric_test DISCOVERY_MODE PRE_TEST PROPERTIES LABELS unit)
endif()
