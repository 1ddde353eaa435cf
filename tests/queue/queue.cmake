# The work queue against a temporary NATS JetStream server (with_nats.sh): documents queued by
# `ingest --queue`, three workers on one store, one killed with SIGKILL mid-way; every
# document stored exactly once. Skipped (77) without nats-server; install-deps installs it.
if(CROSSCHECK_BUILD_TESTS)
  add_test(NAME queue_worker_kill
           COMMAND ${CMAKE_CURRENT_LIST_DIR}/with_nats.sh ${CMAKE_CURRENT_LIST_DIR}/worker_kill.sh
                   $<TARGET_FILE:crosscheck> ${CMAKE_SOURCE_DIR} ${CROSSCHECK_SHARED_DIR})
  set_tests_properties(queue_worker_kill PROPERTIES LABELS queue SKIP_RETURN_CODE 77 TIMEOUT 300)
endif()
# The same with the workers on a shared PostgreSQL store (both servers temporary).
if(CROSSCHECK_BUILD_TESTS)
  add_test(NAME queue_worker_kill_postgres
           COMMAND ${CMAKE_SOURCE_DIR}/tests/postgres/with_postgres.sh
                   ${CMAKE_CURRENT_LIST_DIR}/with_nats.sh ${CMAKE_CURRENT_LIST_DIR}/worker_kill.sh
                   $<TARGET_FILE:crosscheck> ${CMAKE_SOURCE_DIR} ${CROSSCHECK_SHARED_DIR})
  set_tests_properties(queue_worker_kill_postgres PROPERTIES LABELS "queue;postgres"
                       SKIP_RETURN_CODE 77 TIMEOUT 300)
endif()
