# Every lexicon embedded in the binary: one line per file in this folder.
set(CROSSCHECK_LEXICONS
  ${CMAKE_SOURCE_DIR}/data/lexicons/months.txt
)
