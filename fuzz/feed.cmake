# Feed fuzzer: arbitrary bytes through the RSS/Atom reader and the record extractor.
crosscheck_fuzzer(fuzz_feed ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_feed.cc)
