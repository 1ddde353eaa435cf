# Report writers fuzzer: a Report of arbitrary strings through JSON, Markdown, HTML and the
# terminal summary, with escaping invariants.
crosscheck_fuzzer(fuzz_report ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_report.cc)
