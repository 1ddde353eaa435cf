#include <gtest/gtest.h>

#include <string>

#include "report/report_writers.h"

namespace crosscheck {
namespace {

// Enough stories and documents that the JSON spans several pieces.
Report ManyDocumentReport(size_t documents) {
  Report report;
  report.version = "test";
  for (size_t i = 0; i < documents; ++i) {
    ReportDocument doc;
    doc.id = "doc" + std::to_string(i);
    doc.source = "notes/doc" + std::to_string(i) + ".txt";
    doc.title = "Council note " + std::to_string(i);
    doc.body = "The council met on Monday and approved " + std::to_string(i) + " new lamps.";
    doc.story = "s" + std::to_string(i + 1);
    report.documents.push_back(doc);
    ReportStory story;
    story.id = doc.story;
    story.title = doc.title;
    story.topic = "t1";
    story.documents = {doc.id};
    report.stories.push_back(story);
  }
  report.skipped.push_back({"bad.bin", "not text"});
  return report;
}

TEST(ReportJsonTest, PiecesMakeTheRenderedReport) {
  const Report report = ManyDocumentReport(2000);
  std::string joined;
  size_t pieces = 0;
  const Status status = WriteReportJson(report, [&](std::string_view piece) {
    EXPECT_LE(piece.size(), 2 * kJsonPieceBytes);
    joined.append(piece);
    ++pieces;
    return Status::Ok();
  });
  ASSERT_TRUE(status.ok());
  EXPECT_GT(pieces, 2u);
  const std::string rendered = RenderReportJson(report);
  EXPECT_EQ(joined, rendered);
}

TEST(ReportJsonTest, SinkErrorStopsTheRendering) {
  const Report report = ManyDocumentReport(2000);
  size_t pieces = 0;
  const Status status = WriteReportJson(report, [&](std::string_view) {
    ++pieces;
    return IoError("disk full");
  });
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(pieces, 1u);
}

}  // namespace
}  // namespace crosscheck
