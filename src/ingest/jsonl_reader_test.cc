#include "ingest/jsonl_reader.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

TEST(JsonlRecordParserTest, ReadsAllFields) {
  JsonlRecordParser parser;
  StatusOr<Document> document = parser.Parse(
      R"({"id":"a1","url":"https://news.example/a","title":"T","text":"Body.","published":"2024-10-18","extra":[1,2]})",
      "feed:1");
  ASSERT_TRUE(document.ok()) << document.status().ToString();
  EXPECT_EQ(document->id, "a1");
  EXPECT_EQ(document->url, "https://news.example/a");
  EXPECT_EQ(document->source, "https://news.example/a");
  EXPECT_EQ(document->title, "T");
  EXPECT_EQ(document->content, "Body.");
  EXPECT_EQ(document->format, DocumentFormat::kText);
  EXPECT_EQ(document->published, "2024-10-18");
}

TEST(JsonlRecordParserTest, NumericIdFallbackIdAndHtml) {
  JsonlRecordParser parser;
  StatusOr<Document> numbered = parser.Parse(R"({"id":42,"html":"<p>x</p>"})", "feed:2");
  ASSERT_TRUE(numbered.ok());
  EXPECT_EQ(numbered->id, "42");
  EXPECT_EQ(numbered->format, DocumentFormat::kHtml);
  EXPECT_EQ(numbered->content, "<p>x</p>");

  StatusOr<Document> anonymous =
      parser.Parse(R"({"text":"caf\u00e9","published":1729238400})", "feed:3");
  ASSERT_TRUE(anonymous.ok());
  EXPECT_EQ(anonymous->id, "feed:3");
  EXPECT_EQ(anonymous->content, "caf\xC3\xA9");
  EXPECT_EQ(anonymous->published, "1729238400");
}

TEST(JsonlRecordParserTest, TextWinsOverHtmlUnlessBlank) {
  JsonlRecordParser parser;
  EXPECT_EQ(parser.Parse(R"({"text":"t","html":"<p>h</p>"})", "f:1")->content, "t");
  EXPECT_EQ(parser.Parse(R"({"text":"","html":"<p>h</p>"})", "f:1")->content, "<p>h</p>");
}

TEST(JsonlRecordParserTest, BadLinesAreErrors) {
  JsonlRecordParser parser;
  EXPECT_EQ(parser.Parse(R"({"text": "unterminated)", "f:1").status().code(),
            StatusCode::kDataLoss);
  EXPECT_EQ(parser.Parse(R"(["text"])", "f:1").status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(parser.Parse(R"({"title":"no body"})", "f:1").status().code(),
            StatusCode::kDataLoss);
  EXPECT_EQ(parser.Parse(R"({"text":17})", "f:1").status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(parser.Parse(R"({"text":"   "})", "f:1").status().code(), StatusCode::kEmpty);
  EXPECT_EQ(parser.Parse("", "f:1").status().code(), StatusCode::kDataLoss);
}

TEST(JsonlRecordParserTest, InvalidUtf8IsRepairedNotRejected) {
  JsonlRecordParser parser;
  StatusOr<Document> document = parser.Parse("{\"text\":\"caf\xE9\"}", "f:1");
  ASSERT_TRUE(document.ok()) << document.status().ToString();
  EXPECT_EQ(document->content, "caf\xC3\xA9");
}

TEST(JsonlRecordParserTest, ParserIsReusableAfterAnError) {
  JsonlRecordParser parser;
  EXPECT_FALSE(parser.Parse("{", "f:1").ok());
  EXPECT_EQ(parser.Parse(R"({"text":"fine"})", "f:2")->content, "fine");
}

TEST(JsonlRecordParserTest, OutletLanguageAuthorsAndTrustedText) {
  JsonlRecordParser parser;
  StatusOr<Document> document = parser.Parse(
      R"({"text":"Short item.","outlet":"The Paper","language":"en-GB","authors":["A. B", " ", 7, "C D"]})",
      "f:1");
  ASSERT_TRUE(document.ok()) << document.status().ToString();
  EXPECT_EQ(document->outlet, "The Paper");
  EXPECT_EQ(document->language, "en-GB");
  EXPECT_EQ(document->authors, (std::vector<std::string>{"A. B", "C D"}));
  EXPECT_TRUE(document->record_text);

  StatusOr<Document> one_author = parser.Parse(R"({"html":"<p>x</p>","authors":"Solo"})", "f:2");
  ASSERT_TRUE(one_author.ok());
  EXPECT_EQ(one_author->authors, (std::vector<std::string>{"Solo"}));
  EXPECT_FALSE(one_author->record_text);  // a page: its text is still to be found
}

}  // namespace
}  // namespace crosscheck
