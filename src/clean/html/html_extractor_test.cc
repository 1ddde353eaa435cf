#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "clean/extractor.h"

namespace crosscheck {
namespace {

constexpr char kParagraph[] =
    "The council voted on Tuesday to rebuild the old bridge, a project that has divided the "
    "town for a decade, and the work should start in the spring, officials said.";

Document HtmlDocument(std::string content,
                      std::string url = "https://news.example.org/2024/10/18/bridge") {
  Document document;
  document.id = "page-1";
  document.url = std::move(url);
  document.source = document.url;
  document.format = DocumentFormat::kHtml;
  document.content = std::move(content);
  return document;
}

std::string ArticlePage() {
  std::string page =
      "<html lang='en'><head><title>Bridge vote | Town Gazette</title>"
      "<meta property='og:site_name' content='Town Gazette'></head><body>"
      "<nav><a href='/'>Home</a><a href='/news'>News</a></nav>"
      "<div class='article-body'><h1>Bridge vote</h1>"
      "<p class='byline'>By Ann Lee</p>";
  for (int i = 0; i < 5; ++i) page += std::string("<p>") + kParagraph + "</p>";
  page +=
      "<figure><img src=a.jpg><figcaption>The old bridge at dawn.</figcaption></figure>"
      "<h2>What comes next</h2><ul><li>Bids open in January, the council said.</li></ul>"
      "</div><div class='related'><h3>Related</h3><a href='/x'>Other story</a></div>"
      "<footer>Copyright Town Gazette</footer></body></html>";
  return page;
}

TEST(HtmlExtractor, ExtractsArticleAndMetadata) {
  auto extractor = NewHtmlExtractor();
  auto article = extractor->Extract(HtmlDocument(ArticlePage()));
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  EXPECT_EQ(article->title, "Bridge vote");
  EXPECT_EQ(article->outlet, "Town Gazette");
  EXPECT_EQ(article->byline, "Ann Lee");
  EXPECT_EQ(article->language, "en");
  EXPECT_EQ(article->published, (Date{2024, 10, 18}));
  EXPECT_EQ(article->published_from, DateSource::kUrl);
  std::string body = article->Body();
  EXPECT_NE(body.find(kParagraph), std::string::npos);
  EXPECT_NE(body.find("What comes next"), std::string::npos);
  EXPECT_NE(body.find("Bids open in January"), std::string::npos);
  EXPECT_EQ(body.find("Home"), std::string::npos);
  EXPECT_EQ(body.find("Other story"), std::string::npos);
  EXPECT_EQ(body.find("Copyright"), std::string::npos);
  EXPECT_EQ(body.find("old bridge at dawn"), std::string::npos);
  ASSERT_EQ(article->captions.size(), 1u);
  EXPECT_EQ(article->captions[0].text, "The old bridge at dawn.");
}

TEST(HtmlExtractor, BlockOffsetsPointIntoTheSource) {
  Document document = HtmlDocument(ArticlePage());
  auto article = NewHtmlExtractor()->Extract(document);
  ASSERT_TRUE(article.ok());
  for (const Block& block : article->blocks) {
    ASSERT_LE(block.source_begin, block.source_end);
    ASSERT_LE(block.source_end, document.content.size());
    std::string_view source(document.content.data() + block.source_begin,
                            block.source_end - block.source_begin);
    EXPECT_EQ(source.substr(0, 3), std::string_view(block.text).substr(0, 3)) << block.text;
  }
}

TEST(HtmlExtractor, StructuredDateBeatsUrlAndTeasers) {
  std::string page =
      "<head><meta property='article:published_time' content='2024-10-17T09:00:00Z'></head>"
      "<body><article>";
  for (int i = 0; i < 4; ++i) page += std::string("<p>") + kParagraph + "</p>";
  page += "</article><div class='teasers'><time datetime='2020-01-01'>Jan 1</time></div></body>";
  auto article = NewHtmlExtractor()->Extract(HtmlDocument(page));
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->published, (Date{2024, 10, 17}));
  EXPECT_EQ(article->published_from, DateSource::kMeta);
}

TEST(HtmlExtractor, TeaserTimeAfterTheArticleIsIgnored) {
  std::string page = "<body><article>";
  for (int i = 0; i < 4; ++i) page += std::string("<p>") + kParagraph + "</p>";
  page += "</article><div class='more'><time datetime='2020-01-01'>Jan 1</time></div></body>";
  auto article = NewHtmlExtractor()->Extract(HtmlDocument(page, "https://news.example.org/bridge"));
  ASSERT_TRUE(article.ok());
  EXPECT_FALSE(article->published.valid());
}

TEST(HtmlExtractor, EmptyPagesNameTheDocument) {
  auto extractor = NewHtmlExtractor();
  for (std::string page :
       {"", "<html><body></body></html>", "<script>var a = 1;</script>", "<div><img src=x></div>",
        "<!-- only a comment -->", "<nav><a href=/>Home</a></nav><style>p{}</style>"}) {
    auto article = extractor->Extract(HtmlDocument(page));
    ASSERT_FALSE(article.ok()) << page;
    EXPECT_EQ(article.status().code(), StatusCode::kEmpty);
    EXPECT_NE(article.status().message().find("page-1"), std::string::npos);
  }
}

TEST(HtmlExtractor, GarbageBytesDoNotCrash) {
  auto extractor = NewHtmlExtractor();
  std::string garbage;
  for (int i = 0; i < 5000; ++i) garbage.push_back(static_cast<char>((i * 7919) % 256));
  for (std::string page : {garbage, std::string("\xff\xfe<<<>>>"), std::string(1000, '<')}) {
    auto article = extractor->Extract(HtmlDocument(page));
    if (!article.ok()) {
      EXPECT_EQ(article.status().code(), StatusCode::kEmpty);
    }
  }
}

TEST(HtmlExtractor, TruncatedAndBrokenMarkup) {
  std::string page = ArticlePage();
  auto extractor = NewHtmlExtractor();
  for (size_t cut : {page.size() / 2, page.size() / 3, size_t{700}}) {
    auto article = extractor->Extract(HtmlDocument(page.substr(0, cut)));
    if (article.ok()) {
      EXPECT_FALSE(article->blocks.empty());
    }
  }
  auto broken = extractor->Extract(HtmlDocument(std::string("<p>") + kParagraph + "<p><b><i>" +
                                                kParagraph + "</b></div></table>"));
  ASSERT_TRUE(broken.ok());
  EXPECT_NE(broken->Body().find("rebuild the old bridge"), std::string::npos);
}

TEST(HtmlExtractor, DeepNestingIsBounded) {
  std::string page;
  constexpr int kDepth = 100000;
  page.reserve(kDepth * 5 + 200);
  for (int i = 0; i < kDepth; ++i) page += "<div>";
  page += kParagraph;
  auto start = std::chrono::steady_clock::now();
  auto article = NewHtmlExtractor()->Extract(HtmlDocument(page));
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  EXPECT_NE(article->Body().find("rebuild"), std::string::npos);
  EXPECT_LT(seconds, 10.0);
}

TEST(HtmlExtractor, PageCutAtTheTagBoundCarriesANote) {
  std::string page = "<html><body><article>";
  for (int i = 0; i < 5; ++i) page += std::string("<p>") + kParagraph + "</p>";
  for (size_t i = 0; i < 150000; ++i) page += "<i>x</i>";
  page += "<p>The closing paragraph past the bound is never read by the parser.</p></article>";
  auto article = NewHtmlExtractor()->Extract(HtmlDocument(page));
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  EXPECT_NE(article->Body().find("rebuild the old bridge"), std::string::npos);
  EXPECT_EQ(article->Body().find("closing paragraph"), std::string::npos);
  ASSERT_EQ(article->notes.size(), 1u);
  EXPECT_EQ(article->notes[0], "HTML cut at 150,000 tags; the rest is not analysed");

  auto whole = NewHtmlExtractor()->Extract(HtmlDocument(ArticlePage()));
  ASSERT_TRUE(whole.ok());
  EXPECT_TRUE(whole->notes.empty());
}

}  // namespace
}  // namespace crosscheck
