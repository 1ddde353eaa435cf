# eval_reconcile: cross-checking on public data (Emergent headline stance).
add_executable(eval_reconcile ${CMAKE_CURRENT_SOURCE_DIR}/reconcile_eval.cc)
target_link_libraries(eval_reconcile PRIVATE crosscheck_core CLI11::CLI11)
