# Ingestion fuzzer: arbitrary bytes through sniffing, gzip, charset decoding, WARC and JSONL.
crosscheck_fuzzer(fuzz_ingest ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_ingest.cc)
