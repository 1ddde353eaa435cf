# bench_annotate: AnnotationPipeline throughput (docs/s, MB/s) over the BBC news bodies, and
# ReconcileStory over groups of annotated articles.
crosscheck_bench(bench_annotate ${CMAKE_CURRENT_SOURCE_DIR}/annotate_bench.cc)
