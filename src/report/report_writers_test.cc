#include "report/report_writers.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include "report/format.h"

namespace crosscheck {
namespace {

Report SampleReport() {
  Report report;
  report.version = "test";
  ReportDocument doc;
  doc.id = "a";
  doc.title = "Title <b>";
  doc.language = "en";
  doc.body = "First paragraph.\n\nSecond.";
  doc.story = "s1";
  doc.syndication_group = "g1";
  doc.credits = {"AFP"};
  report.documents.push_back(doc);
  ReportStory story;
  story.id = "s1";
  story.title = "A story";
  story.documents = {"a"};
  story.independent_sources.push_back({"g1", "AFP", {"a"}});
  story.entities.push_back({"e1", "Jane Doe", "person", {"Doe"}, {}, {"a"}});
  story.quotes.push_back({"e1", "Jane Doe", "We cannot confirm it", "direct", "2024-10-18", {"a"}});
  ReportQuantity quantity;
  quantity.value = 12000;
  quantity.approximation = "about";
  quantity.counts = "soldiers";
  quantity.text = "about 12,000 soldiers";
  quantity.attributed_to = "e1";
  quantity.documents = {"a"};
  story.quantities.push_back(quantity);
  ReportClaim claim;
  claim.id = "c1";
  claim.about = "troops";
  claim.status = "unconfirmed";
  claim.statements.push_back({"e1", "Jane Doe", "cannot_confirm", "2024-10-18", "We cannot confirm it", std::nullopt, {"a"}});
  story.claims.push_back(claim);
  story.timeline.push_back({"2024-10-18", "", "Something happened", {"a"}});
  report.stories.push_back(story);
  report.skipped.push_back({"bad.gz", "data_loss: truncated gzip"});
  return report;
}

TEST(ReportWritersTest, JsonCarriesSchemaFields) {
  const std::string json = RenderReportJson(SampleReport());
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.parse(json).get(root), simdjson::SUCCESS);
  std::string_view value;
  ASSERT_EQ(root["documents"].at(0)["syndication_group"].get(value), simdjson::SUCCESS);
  EXPECT_EQ(value, "g1");
  EXPECT_TRUE(root["documents"].at(0)["duplicate_of"].is_null());
  ASSERT_EQ(root["stories"].at(0)["claims"].at(0)["statements"].at(0)["stance"].get(value), simdjson::SUCCESS);
  EXPECT_EQ(value, "cannot_confirm");
  double number = 0;
  ASSERT_EQ(root["stories"].at(0)["quantities"].at(0)["value"].get(number), simdjson::SUCCESS);
  EXPECT_EQ(number, 12000);
}

TEST(ReportWritersTest, HumanRenderingsNameSourcesFiguresAndQuotes) {
  const Report report = SampleReport();
  const std::string md = RenderReportMarkdown(report);
  EXPECT_NE(md.find("Independent sources: 1 — AFP (a)"), std::string::npos) << md;
  EXPECT_NE(md.find("about 12,000 soldiers"), std::string::npos);
  EXPECT_NE(md.find("bad.gz"), std::string::npos);
  const std::string html = RenderReportHtml(report);
  EXPECT_NE(html.find("Title &lt;b&gt;"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  const std::string summary = RenderSummary(report);
  EXPECT_NE(summary.find("1 document, 1 independent source"), std::string::npos) << summary;
  EXPECT_NE(summary.find("Jane Doe"), std::string::npos);
}

TEST(FormatTest, Numbers) {
  EXPECT_EQ(FormatNumber(1500), "1,500");
  EXPECT_EQ(FormatNumber(1234567), "1,234,567");
  EXPECT_EQ(FormatNumber(2.5), "2.5");
  EXPECT_EQ(FormatNumber(-1000), "-1,000");
  EXPECT_EQ(Shorten("one two three four", 9), "one two…");
}

}  // namespace
}  // namespace crosscheck
