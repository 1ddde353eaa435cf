#include <utility>

#include "base/date.h"
#include "clean/extractor.h"
#include "clean/language.h"

namespace crosscheck {

Cleaner::Cleaner(CleanOptions options)
    : options_(options), html_(NewHtmlExtractor()), text_(NewTextExtractor()) {}

namespace {

constexpr size_t kMaxQuotedDateBytes = 80;  // longer values are cut in the note

// The container's `published` (JSONL field, WARC header) wins over what the page says: it
// is what the user supplied. A value that is not a date is named in a note, not dropped
// without a word.
void ApplyContainerDate(const Document& document, Article& article) {
  if (document.published.empty()) return;
  if (auto date = ParsePublishedDate(document.published)) {
    article.published = *date;
    article.published_from = DateSource::kHeader;
    return;
  }
  article.notes.push_back(document.id + ": published \"" + document.published.substr(0, kMaxQuotedDateBytes) +
                          "\" is not a date crosscheck reads; ignored");
}

// Raw mode: the input text unchanged as a single block, so offsets match the input.
StatusOr<Article> RawArticle(const Document& document) {
  if (document.content.empty()) return EmptyError(document.id + ": no text");
  Article article;
  article.id = document.id;
  article.source = document.source;
  article.title = document.title;
  article.input_bytes = document.input_bytes;
  Block block;
  block.text = document.content;
  block.source_end = static_cast<uint32_t>(document.content.size());
  article.blocks.push_back(std::move(block));
  return article;
}

}  // namespace

StatusOr<Article> Cleaner::Clean(const Document& document) const {
  StatusOr<Article> result = options_.raw ? RawArticle(document)
                             : document.format == DocumentFormat::kHtml ? html_->Extract(document)
                                                                        : text_->Extract(document);
  if (!result.ok()) return result;
  Article& article = result.value();
  if (article.id.empty()) article.id = document.id;
  if (article.source.empty()) article.source = document.source;
  article.input_bytes = document.input_bytes;
  // Metadata the container gave wins over what the page says: it is what the user supplied.
  if (!document.title.empty() && article.title.empty()) article.title = document.title;
  ApplyContainerDate(document, article);
  if (article.language.empty()) article.language = DetectLanguage(article.Body());
  return result;
}

}  // namespace crosscheck
