// The fast tree builder against gumbo on every AEB page (label slow): how many pages get the
// same tree (as tree_compare.h writes it: elements, kept attributes, text runs), how many get
// the same extracted body, and the AEB F1 of each path. Thresholds are what was measured
// when the fast builder was made the default, minus a small margin; a change that moves the
// fast tree away from gumbo's fails here. Set CROSSCHECK_PARSER_DIFFS=1 to print the first
// difference of each page that differs.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include <simdjson.h>

#include "clean/html/dom_tree.h"
#include "clean/html/html_extractor.h"
#include "clean/html/markup_guard.h"
#include "clean/html/tree_compare.h"
#include "eval/extract_datasets.h"
#include "eval/extract_metric.h"

namespace crosscheck::eval {
namespace {

namespace fs = std::filesystem;

// Measured 2026-11-23 on the 181 pages: 181 same trees, 181 same bodies, F1 0.9662 on both.
constexpr double kMinSameTreeShare = 0.98;
constexpr double kMinSameBodyShare = 0.99;
constexpr double kMinAebF1 = 0.965;

TEST(FastTreeOnAeb, AgreesWithGumbo) {
  fs::path root = fs::path(CROSSCHECK_SHARED_DIR) / "data/scrapinghub_aeb";
  simdjson::dom::parser parser;
  simdjson::dom::element gold;
  if (parser.load((root / "ground-truth.json").string()).get(gold) != simdjson::SUCCESS) {
    GTEST_SKIP() << "../shared/data/scrapinghub_aeb not found";
  }
  bool print = std::getenv("CROSSCHECK_PARSER_DIFFS") != nullptr;
  auto fast = NewHtmlExtractorWithParser(html::HtmlParser::kFast);
  auto gumbo = NewHtmlExtractorWithParser(html::HtmlParser::kGumbo);
  std::vector<ShingleScore> fast_scores, gumbo_scores;
  size_t pages = 0, same_tree = 0, same_body = 0;
  for (auto [key, value] : gold.get_object()) {
    std::string_view gold_body, url;
    if (value["articleBody"].get(gold_body) != simdjson::SUCCESS) gold_body = {};
    if (value["url"].get(url) != simdjson::SUCCESS) url = {};
    auto bytes = ReadGzipFile((root / "html" / (std::string(key) + ".html.gz")).string());
    ASSERT_TRUE(bytes.ok()) << key;
    Document document;
    document.id = std::string(key);
    document.url = document.source = std::string(url);
    document.format = DocumentFormat::kHtml;
    document.content = DecodeHtmlBytes(std::move(bytes.value()));
    ++pages;

    html::GuardedMarkup guarded;
    html::GuardMarkup(document.content, guarded);
    std::string difference =
        html::FirstDifference(html::TreeLines(html::BuildDomTree(guarded.text, html::HtmlParser::kGumbo)),
                              html::TreeLines(html::BuildDomTree(guarded.text, html::HtmlParser::kFast)));
    same_tree += difference.empty();
    if (print && !difference.empty()) std::printf("%s: %s\n", document.id.c_str(), difference.substr(0, 300).c_str());

    auto fast_article = fast->Extract(document);
    auto gumbo_article = gumbo->Extract(document);
    std::string fast_body = fast_article.ok() ? fast_article->Body() : "";
    std::string gumbo_body = gumbo_article.ok() ? gumbo_article->Body() : "";
    same_body += fast_body == gumbo_body;
    if (print && fast_body != gumbo_body) std::printf("%s: bodies differ\n", document.id.c_str());
    fast_scores.push_back(ScoreShingles(fast_body, gold_body));
    gumbo_scores.push_back(ScoreShingles(gumbo_body, gold_body));
  }
  ASSERT_GT(pages, 0u);
  double tree_share = static_cast<double>(same_tree) / pages;
  double body_share = static_cast<double>(same_body) / pages;
  double fast_f1 = Summarize(fast_scores).f1, gumbo_f1 = Summarize(gumbo_scores).f1;
  std::printf("AEB %zu pages: same tree %zu (%.3f), same body %zu (%.3f), F1 fast %.4f gumbo %.4f\n", pages,
              same_tree, tree_share, same_body, body_share, fast_f1, gumbo_f1);
  EXPECT_GE(tree_share, kMinSameTreeShare);
  EXPECT_GE(body_share, kMinSameBodyShare);
  EXPECT_GE(fast_f1, kMinAebF1);
  EXPECT_GE(gumbo_f1, kMinAebF1);
}

}  // namespace
}  // namespace crosscheck::eval
