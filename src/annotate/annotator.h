// Annotation: mentions in one article's body (entities, quotes with speakers, quantities,
// time expressions). One interface per family; `AnnotationPipeline` reads the body once
// (TextReading: sentences, paragraphs, tokens, lower case) and runs them in order on that one
// reading, so a later annotator can read what an earlier one found (quotes use entities to
// name speakers). Annotators are immutable after construction and thread-safe.
#ifndef CROSSCHECK_ANNOTATE_ANNOTATOR_H_
#define CROSSCHECK_ANNOTATE_ANNOTATOR_H_

#include <chrono>
#include <memory>
#include <string_view>
#include <vector>

#include "annotate/reading.h"
#include "model/annotations.h"
#include "model/document.h"

namespace crosscheck {

// Whether the English rules read a document in `language` (Article::language): English, or
// a language not identified ("", "un"). Others get only what is language-neutral or has
// per-language data (data/lang), never English rules misreading them.
inline bool ReadsEnglish(std::string_view language) {
  return language.empty() || language == "en" || language == "un";
}

class Annotator {
 public:
  virtual ~Annotator() = default;
  // Adds this family's mentions of `reading.body()` (== article.Body()) to `out`.
  virtual void Annotate(const Article& article, const TextReading& reading,
                        Annotations& out) const = 0;
};

class AnnotationPipeline {
 public:
  // The default set: entities, times, quantities, quotes (in that order).
  AnnotationPipeline();
  Annotations Run(const Article& article) const;
  // `body` == article.Body(), when the caller has it already. The result keeps the reading's
  // sentence spans (Annotations::sentences) for reconciliation.
  Annotations Run(const Article& article, std::string_view body) const;
  // As Run, but checks the clock after each annotator: past `deadline`, stops and returns
  // false (`out` then holds a partial result the caller drops).
  bool RunUntil(const Article& article, std::string_view body,
                std::chrono::steady_clock::time_point deadline, Annotations& out) const;

 private:
  std::vector<std::unique_ptr<Annotator>> annotators_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_ANNOTATOR_H_
