#include <utility>

#include "base/date.h"
#include "base/url.h"
#include "clean/extractor.h"
#include "clean/language.h"

namespace crosscheck {

Cleaner::Cleaner(CleanOptions options)
    : options_(options),
      html_(NewHtmlExtractor()),
      text_(NewTextExtractor()),
      record_(NewRecordExtractor()) {}

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

// A page with no date of its own takes the date it was seen (fetched), marked as such.
void ApplySeenDate(const Document& document, Article& article) {
  if (article.published.valid() || document.seen.empty()) return;
  if (auto date = ParsePublishedDate(document.seen)) {
    article.published = *date;
    article.published_from = DateSource::kSeen;
  }
}

// "en-GB", "EN_us", "de" -> "en", "en", "de"; "" when it does not start with 2-3 letters.
std::string LanguageCode(std::string_view tag) {
  std::string code;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return "";
    code.push_back(static_cast<char>(c | 0x20));
  }
  return code.size() == 2 || code.size() == 3 ? code : "";
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
  StatusOr<Article> result =
      options_.raw                                          ? RawArticle(document)
      : document.record_text && !options_.clean_records     ? record_->Extract(document)
      : document.format == DocumentFormat::kHtml            ? html_->Extract(document)
                                                            : text_->Extract(document);
  if (!result.ok()) return result;
  Article& article = result.value();
  if (article.id.empty()) article.id = document.id;
  if (article.source.empty()) article.source = document.source;
  article.input_bytes = document.input_bytes;
  // Metadata the container gave wins over what the page says: it is what the user supplied.
  if (!document.title.empty() && article.title.empty()) article.title = document.title;
  ApplyContainerDate(document, article);
  ApplySeenDate(document, article);
  if (!document.outlet.empty()) article.outlet = document.outlet;
  if (article.outlet.empty()) article.outlet = SiteOfUrl(document.url);
  if (article.url.empty()) article.url = document.url;
  if (article.authors.empty()) article.authors = document.authors;
  // The language: the container's, as the user supplied it; else what the text says, which
  // wins over the page's own <html lang> (German pages labelled English and the reverse
  // exist, and the English rules must not read German); the page's label only when the text
  // is too short or mixed to tell.
  const std::string page_language = std::move(article.language);
  article.language = LanguageCode(document.language);
  if (article.language.empty()) {
    article.language = DetectLanguage(article.Body());
    if (article.language == "un" && !page_language.empty()) article.language = page_language;
  }
  return result;
}

}  // namespace crosscheck
