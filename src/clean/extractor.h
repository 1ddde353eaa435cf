// Cleaning: from a Document to an Article (main content and metadata).
//
// One interface, two families behind it: HTML pages (clean/html/) and text flattened from
// pages (clean/text/). `Cleaner` dispatches on the document's format, then fills the fields
// that do not depend on the format (language). Extractors are immutable after construction
// and thread-safe: Extract() may run concurrently on different documents.
#ifndef CROSSCHECK_CLEAN_EXTRACTOR_H_
#define CROSSCHECK_CLEAN_EXTRACTOR_H_

#include <memory>

#include "base/status.h"
#include "model/document.h"

namespace crosscheck {

class Extractor {
 public:
  virtual ~Extractor() = default;
  // Main content and metadata of `document`. A document with no extractable text returns
  // an EmptyError naming it.
  virtual StatusOr<Article> Extract(const Document& document) const = 0;
};

// Defined in clean/html/html_extractor.cc and clean/text/text_extractor.cc.
std::unique_ptr<Extractor> NewHtmlExtractor();
std::unique_ptr<Extractor> NewTextExtractor();

struct CleanOptions {
  // Skip boilerplate removal: the body is the input text unchanged (one block), so offsets
  // match the input exactly. Default: false.
  bool raw = false;
};

class Cleaner {
 public:
  explicit Cleaner(CleanOptions options = {});
  StatusOr<Article> Clean(const Document& document) const;

 private:
  CleanOptions options_;
  std::unique_ptr<Extractor> html_;
  std::unique_ptr<Extractor> text_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_CLEAN_EXTRACTOR_H_
