# Flattened-text extraction on w3m renderings of the AEB pages (scripts/eval/extract-flat.sh).
# The AEB metric library comes from eval/extract.cmake (included first).
add_executable(eval_flat ${CMAKE_CURRENT_SOURCE_DIR}/flat_eval.cc)
if(TARGET crosscheck_extract_metric)
  target_link_libraries(eval_flat PRIVATE crosscheck_extract_metric crosscheck_core)
else()
  target_sources(eval_flat PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/extract_metric.cc)
  target_link_libraries(eval_flat PRIVATE crosscheck_core)
endif()
