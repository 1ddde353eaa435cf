// The default annotation pipeline: entities, times, quantities, quotes. Order matters:
// quantities skip numbers inside time mentions, quotes name speakers from entities.
#include <algorithm>

#include "annotate/annotator.h"
#include "annotate/entities.h"
#include "annotate/quantities.h"
#include "annotate/quotes.h"
#include "annotate/times.h"

namespace crosscheck {

AnnotationPipeline::AnnotationPipeline() {
  annotators_.push_back(std::make_unique<EntityAnnotator>());
  annotators_.push_back(std::make_unique<TimeAnnotator>());
  annotators_.push_back(std::make_unique<QuantityAnnotator>());
  annotators_.push_back(std::make_unique<QuoteAnnotator>());
}

Annotations AnnotationPipeline::Run(const Article& article) const {
  const std::string body = article.Body();
  return Run(article, body);
}

Annotations AnnotationPipeline::Run(const Article& article, std::string_view body) const {
  Annotations annotations;
  const TextReading reading(body);
  for (const auto& annotator : annotators_) annotator->Annotate(article, reading, annotations);
  annotations.sentences = reading.sentences();
  return annotations;
}

bool AnnotationPipeline::RunUntil(const Article& article, std::string_view body,
                                  std::chrono::steady_clock::time_point deadline,
                                  Annotations& out) const {
  const TextReading reading(body);
  for (const auto& annotator : annotators_) {
    annotator->Annotate(article, reading, out);
    if (std::chrono::steady_clock::now() > deadline) return false;
  }
  out.sentences = reading.sentences();
  return true;
}

}  // namespace crosscheck
