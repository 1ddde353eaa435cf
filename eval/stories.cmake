# eval_stories: story clustering on GoogleNews-TS (stream accuracy/NMI) and ECB+ (B-cubed).
add_executable(eval_stories ${CMAKE_CURRENT_SOURCE_DIR}/stories_eval.cc
               ${CMAKE_CURRENT_SOURCE_DIR}/cluster_metric.cc)
target_include_directories(eval_stories PRIVATE ${CMAKE_SOURCE_DIR})
target_link_libraries(eval_stories PRIVATE crosscheck_core CLI11::CLI11)
