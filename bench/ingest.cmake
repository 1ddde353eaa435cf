# Ingestion throughput: the real WARC sample end to end, plus the charset fast paths.
crosscheck_bench(bench_ingest ${CMAKE_CURRENT_SOURCE_DIR}/ingest_bench.cc)
