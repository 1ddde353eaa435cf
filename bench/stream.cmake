# make_stream: a synthetic news stream as JSONL for end-to-end scaling runs of analyze and
# ingest (scripts/bench/stream.sh).
if(CROSSCHECK_BUILD_BENCH)
  add_executable(make_stream ${CMAKE_CURRENT_LIST_DIR}/make_stream.cc)
  target_link_libraries(make_stream PRIVATE crosscheck_core)
endif()
# corpus_memory: bytes per document held by the corpus stages (reuse, syndication, stories,
# topics) on the same stream, fed straight into them (bench/results/reuse.md).
if(CROSSCHECK_BUILD_BENCH)
  add_executable(corpus_memory ${CMAKE_CURRENT_LIST_DIR}/corpus_memory.cc)
  target_link_libraries(corpus_memory PRIVATE crosscheck_core)
endif()
