# Who said what (scripts/eval/quotes-polnear.sh, scripts/eval/entities-gum.sh) and figures
# and dates (scripts/eval/times-tempeval3.sh, scripts/eval/figures-newsquant.sh): the scorers
# are Python (eval/annotate/, standard library only) and score `crosscheck annotate` output.
# Their matching logic is checked on hand-made documents; no dataset needed, < 1 s.
if(CROSSCHECK_BUILD_TESTS)
  find_package(Python3 COMPONENTS Interpreter)
  if(Python3_Interpreter_FOUND)
    add_test(NAME annotate_eval_scorer_test
             COMMAND ${Python3_EXECUTABLE} -m unittest -v spanmatch_test
             WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/annotate)
    set_tests_properties(annotate_eval_scorer_test PROPERTIES LABELS unit TIMEOUT 60)
    add_test(NAME figures_dates_scorer_test
             COMMAND ${Python3_EXECUTABLE} -m unittest -v figures_dates_test
             WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/annotate)
    set_tests_properties(figures_dates_scorer_test PROPERTIES LABELS unit TIMEOUT 60)
  endif()
endif()

# entity_typer_samples: the learned entity typer's training input (make train).
add_executable(entity_typer_samples ${CMAKE_CURRENT_SOURCE_DIR}/entity_typer_samples.cc)
target_link_libraries(entity_typer_samples PRIVATE crosscheck_core)

# cue_samples: the learned cue model's training input (make train).
add_executable(cue_samples ${CMAKE_CURRENT_SOURCE_DIR}/cue_samples.cc)
target_link_libraries(cue_samples PRIVATE crosscheck_core)

# pronoun_antecedents: what the speaker finder resolves each "he"/"she" to (make eval-entities
# scores it against GUM's coreference chains, eval/annotate/gum_pronouns.py).
add_executable(pronoun_antecedents ${CMAKE_CURRENT_SOURCE_DIR}/pronoun_antecedents.cc)
target_link_libraries(pronoun_antecedents PRIVATE crosscheck_core)
