# The whole pipeline after ingest (text and HTML cleaning, annotation, dedup, cluster,
# reconcile, report).
crosscheck_fuzzer(fuzz_pipeline ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_pipeline.cc)
