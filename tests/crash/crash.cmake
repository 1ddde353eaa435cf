# Crash safety: `crosscheck ingest` killed with SIGKILL at random moments (store_crash_test.cc).
# Label slow: it runs the binary ~23 times (30-40 s on a loaded 2-core machine, most of it the
# binary's start-up), so `make test` runs it and the sanitizer build (-L unit) does not.
if(CROSSCHECK_BUILD_TESTS)
  crosscheck_test(store_crash_test slow ${CMAKE_CURRENT_LIST_DIR}/store_crash_test.cc)
  target_compile_definitions(store_crash_test PRIVATE CROSSCHECK_BINARY="$<TARGET_FILE:crosscheck>")
  add_dependencies(store_crash_test crosscheck)
endif()
