# bench_reconcile: ReconcileStory on one story of 250 … 2,000 BBC articles, with the fitted
# complexity (cross-checking must stay linear in story size).
crosscheck_bench(bench_reconcile ${CMAKE_CURRENT_SOURCE_DIR}/reconcile_bench.cc)
