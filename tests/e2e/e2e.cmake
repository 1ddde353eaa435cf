# End-to-end: the built binary on the seed articles the repo carries (examples/seeds/).
if(CROSSCHECK_BUILD_TESTS)
  crosscheck_test(e2e_test golden ${CMAKE_CURRENT_LIST_DIR}/e2e_test.cc)
  target_compile_definitions(e2e_test PRIVATE CROSSCHECK_BINARY="$<TARGET_FILE:crosscheck>")
  add_dependencies(e2e_test crosscheck)
  # Both outputs validated against the published contracts (docs/schema) with python3-jsonschema.
  add_test(NAME e2e_schema
           COMMAND python3 ${CMAKE_CURRENT_LIST_DIR}/validate_schema.py $<TARGET_FILE:crosscheck>
                   ${CMAKE_SOURCE_DIR})
  set_tests_properties(e2e_schema PROPERTIES LABELS golden)
endif()

# The store end to end: ingest in batches, then report, equals analyze byte for byte.
if(CROSSCHECK_BUILD_TESTS)
  crosscheck_test(store_e2e_test golden ${CMAKE_CURRENT_LIST_DIR}/store_e2e_test.cc)
  target_compile_definitions(store_e2e_test PRIVATE CROSSCHECK_BINARY="$<TARGET_FILE:crosscheck>")
  add_dependencies(store_e2e_test crosscheck)
endif()

# The server end to end: serve on a free loopback port, ingest through POST, read every view.
if(CROSSCHECK_BUILD_TESTS)
  crosscheck_test(serve_e2e_test golden ${CMAKE_CURRENT_LIST_DIR}/serve_e2e_test.cc)
  target_link_libraries(serve_e2e_test PRIVATE PkgConfig::HTTPLIB)
  target_compile_definitions(serve_e2e_test PRIVATE CROSSCHECK_BINARY="$<TARGET_FILE:crosscheck>")
  add_dependencies(serve_e2e_test crosscheck)
endif()
