# The server's latency as a client sees it: a driver against a running `crosscheck serve`
# (scripts/bench/serve-latency.sh builds the store and runs it).
if(CROSSCHECK_BUILD_BENCH)
  add_executable(serve_latency ${CMAKE_CURRENT_LIST_DIR}/serve_latency.cc)
  target_link_libraries(serve_latency PRIVATE PkgConfig::HTTPLIB Threads::Threads)
endif()
