# Flattened-text extraction throughput (bench/results/flat.md).
crosscheck_bench(bench_flat ${CMAKE_CURRENT_SOURCE_DIR}/flat_bench.cc)
