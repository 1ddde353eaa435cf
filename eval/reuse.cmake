# eval_reuse: reuse pair precision/recall on ECB+ and synthetic edits of bbc_news_2225
# (scripts/eval/cluster-reuse.sh).
add_executable(eval_reuse ${CMAKE_CURRENT_SOURCE_DIR}/reuse_eval.cc)
target_link_libraries(eval_reuse PRIVATE crosscheck_core)
