// A document's words as the story and topic sketches count them (tfidf_vectorizer.h), read
// once for both: the stems of its title and body in order of first appearance, with how
// often each occurs in the title and in the body, and its entity names. Reading them is most
// of a sketch's cost and needs no stream state, so the pipeline reads documents' terms ahead
// on several threads while the clusterers, which must see documents in order, sketch them.
#ifndef CROSSCHECK_CLUSTER_DOCUMENT_TERMS_H_
#define CROSSCHECK_CLUSTER_DOCUMENT_TERMS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/string_set.h"
#include "cluster/content_words.h"
#include "model/annotations.h"
#include "model/document.h"

namespace crosscheck {

struct DocumentTerms {
  struct Stem {
    std::string text;
    uint32_t in_title = 0;
    uint32_t in_body = 0;
  };
  // Content-word stems (content_words.h), the title's first, then the body's, each once.
  std::vector<Stem> stems;
  // Each entity mention's canonical name (its text when it has none), in mention order.
  std::vector<std::string> entities;
  // The published date as days since 1970-01-01 (DayNumber), when it has a year and month.
  std::optional<int32_t> day;
};

// Reads DocumentTerms. Not thread-safe (it owns stemmers): one per thread.
class DocumentTermReader {
 public:
  // `annotations` may be null: no entity names.
  void Read(const Article& article, const Annotations* annotations, DocumentTerms& terms);

 private:
  void Count(std::string_view text, std::string_view language, bool title, DocumentTerms& terms);

  ContentWords content_words_;
  std::vector<std::string> stems_;  // scratch
  StringMap<size_t> index_;         // scratch: stem -> its place in terms.stems
};

}  // namespace crosscheck

#endif  // CROSSCHECK_CLUSTER_DOCUMENT_TERMS_H_
