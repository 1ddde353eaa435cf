# bench_reuse: reuse detection throughput and scaling (bench/results/reuse.md).
crosscheck_bench(bench_reuse ${CMAKE_CURRENT_SOURCE_DIR}/reuse_bench.cc)
