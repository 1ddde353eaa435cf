# The PostgreSQL store against a real server (with_postgres.sh starts one in a temporary
# folder): the store contract tests that skip without CROSSCHECK_TEST_POSTGRES, and the CLI
# (ingest, report, query with --db postgresql://...). Skipped (77) without PostgreSQL's server
# binaries; scripts/install-deps.sh installs them, so CI runs them. A few seconds.
if(CROSSCHECK_BUILD_TESTS)
  add_test(NAME store_postgres
           COMMAND ${CMAKE_CURRENT_LIST_DIR}/with_postgres.sh $<TARGET_FILE:store_test>
                   --gtest_filter=*Postgres*:*postgres*)
  set_tests_properties(store_postgres PROPERTIES LABELS postgres SKIP_RETURN_CODE 77 TIMEOUT 120)
  add_test(NAME cli_postgres
           COMMAND ${CMAKE_CURRENT_LIST_DIR}/with_postgres.sh
                   ${CMAKE_CURRENT_LIST_DIR}/cli_postgres.sh $<TARGET_FILE:crosscheck>
                   ${CMAKE_SOURCE_DIR}/examples/seeds)
  set_tests_properties(cli_postgres PROPERTIES LABELS postgres SKIP_RETURN_CODE 77 TIMEOUT 120)
endif()
