# Store fuzzer: arbitrary blobs (with a valid checksum) through every store decoder, and
# through blob unpacking.
crosscheck_fuzzer(fuzz_store_codec ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_store_codec.cc)
