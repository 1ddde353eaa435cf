# HTML extraction fuzzer: any bytes as a page through the fast and the gumbo tree builders
# and the whole extractor.
crosscheck_fuzzer(fuzz_html ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_html.cc)
