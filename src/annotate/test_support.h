// Test helpers for annotate/ tests: build an Article from paragraphs and run one annotator
// or the whole pipeline. Test-only.
#ifndef CROSSCHECK_ANNOTATE_TEST_SUPPORT_H_
#define CROSSCHECK_ANNOTATE_TEST_SUPPORT_H_

#include <string>
#include <vector>

#include "annotate/annotator.h"
#include "base/date.h"
#include "model/document.h"

namespace crosscheck::testing {

inline Article MakeArticle(const std::vector<std::string>& paragraphs, const std::string& published = "") {
  Article article;
  article.id = "test";
  if (auto date = ParseIsoDate(published)) article.published = *date;
  for (const std::string& text : paragraphs) {
    Block block;
    block.text = text;
    article.blocks.push_back(block);
  }
  return article;
}

inline Annotations RunPipeline(const std::vector<std::string>& paragraphs, const std::string& published = "") {
  static const AnnotationPipeline* pipeline = new AnnotationPipeline();
  return pipeline->Run(MakeArticle(paragraphs, published));
}

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_ANNOTATE_TEST_SUPPORT_H_
