# bench_stories: online story clustering throughput on synthetic streams of perturbed BBC
# articles (10k and 100k documents; `bench_stories --stream N` for the 1M-document run).
crosscheck_bench(bench_stories ${CMAKE_CURRENT_SOURCE_DIR}/stories_bench.cc)
