// Cleaning: from a Document to an Article (main content and metadata).
//
// One interface, three families behind it: HTML pages (clean/html/), text flattened from
// pages (clean/text/), and records whose text is trusted as the article (record_extractor.cc:
// JSONL and feed records, Document::record_text; no boilerplate removal). `Cleaner`
// dispatches on those, then fills the fields that do not depend on the format: the
// container's title, date, outlet, url, authors and language win over what the page says; an
// outlet still unknown is the URL's site; a document with no date takes its "seen" date
// (WARC-Date, published_from "seen"); the language is detected when none is given. Extractors are immutable after construction
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

// Defined in clean/html/html_extractor.cc, clean/text/text_extractor.cc and
// clean/record_extractor.cc.
std::unique_ptr<Extractor> NewHtmlExtractor();
std::unique_ptr<Extractor> NewTextExtractor();
std::unique_ptr<Extractor> NewRecordExtractor();

struct CleanOptions {
  // Skip boilerplate removal: the body is the input text unchanged (one block), so offsets
  // match the input exactly. Default: false.
  bool raw = false;
  // Records (Document::record_text: JSONL, feeds) go through boilerplate removal like pages
  // instead of being kept whole. Default: false.
  bool clean_records = false;
};

class Cleaner {
 public:
  explicit Cleaner(CleanOptions options = {});
  StatusOr<Article> Clean(const Document& document) const;

 private:
  CleanOptions options_;
  std::unique_ptr<Extractor> html_;
  std::unique_ptr<Extractor> text_;
  std::unique_ptr<Extractor> record_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_CLEAN_EXTRACTOR_H_
