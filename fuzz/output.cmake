# Output fuzzer: EscapeForTerminal round trip and WriteOutputFile into a scratch folder.
crosscheck_fuzzer(fuzz_output ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_output.cc)
