# The hostile-input suite (tests/hostile/hostile.py) at small sizes: generated inputs, each run
# with one good article; exit codes, outputs, and growth between n and 4n. `make bench` runs
# the same generators at the issue's sizes (scripts/bench/hostile.sh).
if(CROSSCHECK_BUILD_TESTS)
  add_test(NAME hostile_inputs
           COMMAND python3 ${CMAKE_CURRENT_LIST_DIR}/hostile.py $<TARGET_FILE:crosscheck> --scale small)
  set_tests_properties(hostile_inputs PROPERTIES LABELS golden TIMEOUT 600)
endif()
