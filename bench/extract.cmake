# HTML extraction benchmark over the 181 AEB pages (data via CROSSCHECK_SHARED_DIR).
crosscheck_bench(bench_extract ${CMAKE_CURRENT_SOURCE_DIR}/extract_bench.cc)
