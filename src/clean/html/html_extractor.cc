// The HTML extractor: tree (gumbo or the fast builder), metadata, flattening, content
// selection, dates.
//
// Bounds (the contract of NewHtmlExtractor for hostile input), see markup_guard.h:
//   - at most kMaxParsedBytes (16 MiB) and kMaxElements (150,000 start tags) of a page are
//     parsed; a larger page is extracted from its head, and the article carries a note
//     saying so ("HTML cut at 150,000 tags; the rest is not analysed"), which the pipeline
//     shows like a skip message without counting the document as skipped;
//   - start tags nested deeper than kMaxNesting (512) are blanked before parsing, so the
//     tree builders' scope searches stay linear;
//   - gumbo records no parse errors (max_errors = 0), so broken markup costs no memory;
//   - every walk over the tree is iterative: any nesting depth is safe.
// A page with no text in its body returns EmptyError naming the document.
#include "clean/html/html_extractor.h"

#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "clean/credits.h"
#include "clean/extractor.h"
#include "clean/html/content_select.h"
#include "clean/html/dom_tree.h"
#include "clean/html/markup_guard.h"
#include "clean/html/page_layout.h"
#include "clean/html/page_metadata.h"
#include "clean/html/text_util.h"

namespace crosscheck {
namespace {

using html::PageLayout;
using html::PageMetadata;
using html::SelectedContent;

// A first selection shorter than this is retried without stripping unlikely subtrees.
constexpr size_t kMinArticleBytes = 500;
// How far into the first block a dateline may sit ("WASHINGTON, Oct. 18 (AP) —").
constexpr size_t kDatelineBytes = 120;
// Credit lines and bylines are short.
constexpr size_t kMaxCreditLineBytes = 200;
constexpr size_t kMaxBylineBytes = 120;

bool LooksLikeUrl(std::string_view text) {
  return text.rfind("http://", 0) == 0 || text.rfind("https://", 0) == 0;
}

std::string ChooseTitle(const Document& document, const PageMetadata& metadata,
                        std::string_view host) {
  std::string_view site = metadata.site_name;
  if (!metadata.meta_title.empty())
    return html::StripSiteFromTitle(metadata.meta_title, site, host);
  if (!metadata.first_h1.empty()) return metadata.first_h1;
  if (!metadata.html_title.empty())
    return html::StripSiteFromTitle(metadata.html_title, site, host);
  return document.title;
}

std::string CleanByline(std::string_view text) {
  std::string byline(html::TrimSpace(text));
  for (std::string_view prefix : {"By ", "by ", "BY ", "Von ", "Par "}) {
    if (byline.rfind(prefix, 0) == 0) {
      byline.erase(0, prefix.size());
      break;
    }
  }
  if (byline.size() > kMaxBylineBytes) return {};
  return std::string(html::TrimSpace(byline));
}

bool IsInside(const PageLayout& layout, int32_t ancestor, int32_t node) {
  for (int32_t current = node; current != html::kNoNode; current = layout.nodes[current].parent) {
    if (current == ancestor) return true;
  }
  return false;
}

// Publication date and where it came from, in order of trust.
void FillPublished(const Document& document, const PageMetadata& metadata, const PageLayout& layout,
                   const SelectedContent& content, Article& article) {
  auto accept = [&](std::optional<Date> date, DateSource source) {
    if (!date || !date->has_year() || article.published.valid()) return;
    article.published = *date;
    article.published_from = source;
  };
  accept(metadata.published, DateSource::kMeta);
  // <time> and itemprop dates: one marked as the publication date, else one inside the
  // article, else one before it (a header); never one after it (teasers, comments).
  for (const auto& mark : layout.times) {
    if (mark.marked_published) accept(html::ParseMetaDate(mark.value), DateSource::kMeta);
  }
  for (const auto& mark : layout.times) {
    if (content.container != html::kNoNode && IsInside(layout, content.container, mark.node)) {
      accept(html::ParseMetaDate(mark.value), DateSource::kMeta);
    }
  }
  for (const auto& mark : layout.times) {
    if (content.container == html::kNoNode || mark.node >= content.container) break;
    accept(html::ParseMetaDate(mark.value), DateSource::kMeta);
  }
  for (const std::string& candidate : layout.byline_candidates) {
    if (auto match = FindDate(candidate); match && match->date.has_year()) {
      accept(match->date, DateSource::kByline);
    }
  }
  if (!article.blocks.empty()) {
    std::string_view first = article.blocks.front().text;
    if (auto match = FindDate(first.substr(0, kDatelineBytes)); match && match->date.has_year()) {
      accept(match->date, DateSource::kDateline);
    }
  }
  for (std::string_view url :
       {std::string_view(document.url), std::string_view(metadata.canonical_url),
        std::string_view(document.source)}) {
    if (LooksLikeUrl(url)) accept(html::DateFromUrl(url), DateSource::kUrl);
  }
}

// "150,000": a bound as people read it.
std::string WithThousandsSeparators(size_t value) {
  const std::string digits = std::to_string(value);
  std::string grouped;
  for (size_t digit_idx = 0; digit_idx < digits.size(); ++digit_idx) {
    if (digit_idx > 0 && (digits.size() - digit_idx) % 3 == 0) grouped.push_back(',');
    grouped.push_back(digits[digit_idx]);
  }
  return grouped;
}

// The note an article carries when the markup guard cut its page.
std::string CutNote(html::MarkupCut cut) {
  const std::string where = cut == html::MarkupCut::kElements
                                ? WithThousandsSeparators(html::kMaxElements) + " tags"
                                : WithThousandsSeparators(html::kMaxParsedBytes >> 20) + " MiB";
  return "HTML cut at " + where + "; the rest is not analysed";
}

void AddCredits(std::string_view line, std::vector<std::string>& credits) {
  if (line.empty()) return;
  for (std::string& credit : FindCredits(line)) {
    bool seen = false;
    for (const std::string& existing : credits) seen = seen || existing == credit;
    if (!seen) credits.push_back(std::move(credit));
  }
}

class HtmlExtractor final : public Extractor {
 public:
  explicit HtmlExtractor(html::HtmlParser parser) : parser_(parser) {}

  StatusOr<Article> Extract(const Document& document) const override {
    html::GuardedMarkup guarded;
    html::GuardMarkup(document.content, guarded);
    html::DomTree tree = html::BuildDomTree(guarded.text, parser_);
    if (tree.empty()) return InternalError(document.id + ": HTML parser returned no tree");

    PageMetadata metadata = html::ReadPageMetadata(tree);
    std::string page_url = LooksLikeUrl(document.url)             ? document.url
                           : LooksLikeUrl(metadata.canonical_url) ? metadata.canonical_url
                                                                  : document.source;
    std::string host =
        html::HostOf(LooksLikeUrl(metadata.canonical_url) ? metadata.canonical_url : page_url);

    Article article;
    article.id = document.id;
    article.source = document.source;
    article.input_bytes = document.input_bytes;
    article.title = ChooseTitle(document, metadata, host);
    article.outlet = !metadata.site_name.empty() ? metadata.site_name : host;
    article.language = metadata.language;
    if (guarded.truncated) article.notes.push_back(CutNote(guarded.cut));

    PageLayout layout = html::FlattenPage(tree);
    SelectedContent content = html::SelectMainContent(layout, article.title);
    if (content.body_bytes < kMinArticleBytes) {
      html::FlattenOptions keep_all;
      keep_all.strip_unlikely = false;
      PageLayout full_layout = html::FlattenPage(tree, keep_all);
      SelectedContent full_content = html::SelectMainContent(full_layout, article.title);
      if (full_content.body_bytes > content.body_bytes) {
        layout = std::move(full_layout);
        content = std::move(full_content);
      }
    }
    if (content.blocks.empty()) {
      return EmptyError(document.id + ": no text could be extracted from the HTML page");
    }
    // The page's h1 repeated at the top of the body is the title.
    if (content.blocks.front().kind == BlockKind::kHeading &&
        LowerAscii(content.blocks.front().text) == LowerAscii(metadata.first_h1)) {
      content.blocks.erase(content.blocks.begin());
      if (content.blocks.empty()) {
        return EmptyError(document.id + ": no text could be extracted from the HTML page");
      }
    }
    article.blocks = std::move(content.blocks);
    article.captions = std::move(content.captions);

    std::string byline = CleanByline(metadata.author);
    for (size_t i = 0; byline.empty() && i < layout.byline_candidates.size(); ++i) {
      byline = CleanByline(layout.byline_candidates[i]);
    }
    article.byline = std::move(byline);
    FillPublished(document, metadata, layout, content, article);

    AddCredits(article.byline, article.credits);
    AddCredits(std::string_view(article.blocks.front().text).substr(0, kMaxCreditLineBytes),
               article.credits);
    if (article.blocks.size() > 1 && article.blocks.back().text.size() <= kMaxCreditLineBytes) {
      AddCredits(article.blocks.back().text, article.credits);
    }
    return article;
  }

 private:
  html::HtmlParser parser_;
};

}  // namespace

std::unique_ptr<Extractor> NewHtmlExtractorWithParser(html::HtmlParser parser) {
  return std::make_unique<HtmlExtractor>(parser);
}

std::unique_ptr<Extractor> NewHtmlExtractor() {
  return NewHtmlExtractorWithParser(kDefaultHtmlParser);
}

}  // namespace crosscheck
