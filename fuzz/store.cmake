# Store codec fuzzer: arbitrary blobs (with a valid checksum) through DecodeAnalyzedDocument.
crosscheck_fuzzer(fuzz_store_codec ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_store_codec.cc)
