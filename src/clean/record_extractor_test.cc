#include <gtest/gtest.h>

#include <string>

#include "clean/extractor.h"

namespace crosscheck {
namespace {

Document Record(std::string content, DocumentFormat format = DocumentFormat::kText) {
  Document document;
  document.id = "r1";
  document.content = std::move(content);
  document.format = format;
  document.record_text = true;
  return document;
}

TEST(RecordExtractorTest, ShortTextIsKeptWhole) {
  Document document = Record("Storm closes the coast road");
  document.title = "Storm warning";
  StatusOr<Article> article = Cleaner().Clean(document);
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  ASSERT_EQ(article->blocks.size(), 1u);
  EXPECT_EQ(article->blocks[0].text, "Storm closes the coast road");
  EXPECT_EQ(article->blocks[0].source_begin, 0u);
  EXPECT_EQ(article->blocks[0].source_end, document.content.size());
  EXPECT_EQ(article->title, "Storm warning");
}

TEST(RecordExtractorTest, HtmlBecomesBlocksWithSourceSpans) {
  const std::string html =
      "<h2>Vote</h2><p>The council&nbsp;voted 7&#8211;2 &amp; adjourned.</p>"
      "<script>var x = '<p>';</script><ul><li>One</li><li>Two</li></ul>Tail<br>end";
  Document document = Record(html, DocumentFormat::kHtml);
  StatusOr<Article> article = Cleaner().Clean(document);
  ASSERT_TRUE(article.ok()) << article.status().ToString();
  ASSERT_EQ(article->blocks.size(), 6u);
  EXPECT_EQ(article->blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(article->blocks[0].text, "Vote");
  EXPECT_EQ(article->blocks[1].text,
            "The council voted 7\xE2\x80\x93"
            "2 & adjourned.");
  EXPECT_EQ(article->blocks[2].kind, BlockKind::kListItem);
  EXPECT_EQ(article->blocks[3].text, "Two");
  EXPECT_EQ(article->blocks[4].text, "Tail");
  EXPECT_EQ(article->blocks[5].text, "end");
  for (const Block& block : article->blocks) {
    ASSERT_LE(block.source_begin, block.source_end);
    ASSERT_LE(block.source_end, html.size());
  }
  const Block& vote = article->blocks[1];
  EXPECT_EQ(html.substr(vote.source_begin, vote.source_end - vote.source_begin),
            "The council&nbsp;voted 7&#8211;2 &amp; adjourned.");
}

TEST(RecordExtractorTest, MarkupOnlyRecordIsEmpty) {
  StatusOr<Article> article = Cleaner().Clean(Record("<p> </p><br>", DocumentFormat::kHtml));
  ASSERT_FALSE(article.ok());
  EXPECT_EQ(article.status().code(), StatusCode::kEmpty);
}

TEST(RecordExtractorTest, CleanRecordsSendsThemThroughBoilerplateRemoval) {
  const Document document = Record("Share this\nSubscribe\nHome | World | Sport");
  EXPECT_TRUE(Cleaner().Clean(document).ok());
  EXPECT_FALSE(Cleaner(CleanOptions{.raw = false, .clean_records = true}).Clean(document).ok());
}

TEST(RecordExtractorTest, ContainerMetadata) {
  Document document = Record("The minister resigned on Tuesday after the vote.");
  document.url = "https://www.example.co.uk/politics/1";
  document.language = "en-GB";
  document.authors = {"A. Writer"};
  document.seen = "2024-10-20T06:00:00Z";
  StatusOr<Article> article = Cleaner().Clean(document);
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->outlet, "example.co.uk");  // no outlet named: the URL's site
  EXPECT_EQ(article->url, document.url);
  EXPECT_EQ(article->language, "en");
  EXPECT_EQ(article->authors, document.authors);
  EXPECT_EQ(article->published.ToIso(), "2024-10-20");
  EXPECT_EQ(article->published_from, DateSource::kSeen);

  document.outlet = "The Example";
  document.published = "2024-10-18";
  article = Cleaner().Clean(document);
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->outlet, "The Example");
  EXPECT_EQ(article->published.ToIso(), "2024-10-18");
  EXPECT_EQ(article->published_from, DateSource::kHeader);
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

// A page's own <html lang> loses to what its text says (issue 14: German pages labelled
// English and the reverse); a container's language, supplied by the user, wins over both.
TEST(CleanerLanguageTest, TheTextOverridesThePagesLabel) {
  const std::string german =
      "<html lang=\"en\"><head><title>Bericht</title></head><body><article><p>Die Regierung hat "
      "am Dienstag beschlossen, die Grenzkontrollen zu verl\xC3\xA4ngern. Der Innenminister "
      "sagte, die Lage an den Grenzen sei weiterhin angespannt und man werde die Ma\xC3\x9Fnahmen "
      "in zwei Wochen erneut pr\xC3\xBC"
      "fen. Die Opposition kritisierte die Entscheidung "
      "scharf und forderte eine Debatte im Bundestag.</p></article></body></html>";
  Document document;
  document.id = "page";
  document.format = DocumentFormat::kHtml;
  document.content = german;
  StatusOr<Article> article = Cleaner().Clean(document);
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->language, "de");
  document.language = "fr";  // the user's word
  article = Cleaner().Clean(document);
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->language, "fr");
  // Too short to tell: the page's label stands.
  document.language.clear();
  document.content = "<html lang=\"de\"><body><article><p>OK.</p></article></body></html>";
  article = Cleaner().Clean(document);
  if (article.ok()) {
    EXPECT_EQ(article->language, "de");
  }
}

}  // namespace
}  // namespace crosscheck
