#include "ingest/reuters_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/input_kind.h"

namespace crosscheck {
namespace {

// A record in the corpus's shape (made up; not corpus text).
constexpr std::string_view kRecord =
    "<REUTERS TOPICS=\"YES\" LEWISSPLIT=\"TRAIN\" NEWID=\"42\">\n"
    "<DATE> 3-MAR-1987 09:15:02.11</DATE>\n"
    "<TOPICS><D>grain</D></TOPICS>\n"
    "<TEXT>&#2;\n"
    "<TITLE>HARBOUR BOARD RAISES &lt;FEES&gt; BY 5 PCT</TITLE>\n"
    "<DATELINE>    PORTVILLE, March 3 - </DATELINE><BODY>The harbour board said it would\n"
    "raise its fees by five pct from April.\n"
    "    A spokesman said the rise &amp; a new levy were needed.\n"
    " Reuter\n"
    "&#3;</BODY></TEXT>\n"
    "</REUTERS>\n";

TEST(ReutersRecord, ReadsIdDateTitleAndParagraphs) {
  StatusOr<Document> document = ReutersRecordToDocument(kRecord, "reut2-000");
  ASSERT_TRUE(document.ok()) << document.status().ToString();
  EXPECT_EQ(document->id, "reut2-000#42");
  EXPECT_EQ(document->published, "1987-03-03T09:15:02Z");
  EXPECT_EQ(document->title, "HARBOUR BOARD RAISES <FEES> BY 5 PCT");
  EXPECT_EQ(
      document->content,
      "PORTVILLE, March 3 -\n\nThe harbour board said it would raise its fees by five pct from "
      "April.\n\nA spokesman said the rise & a new levy were needed.");
  EXPECT_TRUE(document->record_text);
  EXPECT_EQ(document->outlet, "Reuters");
}

TEST(ReutersRecord, TitleOnlyIsAShortItemAndNothingIsAnError) {
  StatusOr<Document> brief = ReutersRecordToDocument(
      "<REUTERS NEWID=\"7\">\n<DATE>1-APR-1987</DATE>\n<TEXT TYPE=\"BRIEF\">&#2;\n"
      "<TITLE>PORT STRIKE ENDS</TITLE></TEXT>\n</REUTERS>\n",
      "r");
  ASSERT_TRUE(brief.ok());
  EXPECT_EQ(brief->content, "PORT STRIKE ENDS");
  EXPECT_EQ(brief->published, "1987-04-01T00:00:00Z");
  EXPECT_FALSE(ReutersRecordToDocument("<REUTERS NEWID=\"8\">\n</REUTERS>\n", "r").ok());
  EXPECT_FALSE(ReutersRecordToDocument("<REUTERS>\n<TEXT>x</TEXT></REUTERS>\n", "r").ok());
}

// The id ends up in messages and in the report: one that spans lines or carries controls is
// refused with a one-line message (the fuzzer found an id running over two lines).
TEST(ReutersRecord, MalformedIdIsRefusedOnOneLine) {
  for (const std::string_view id :
       {"12\n34", "1\x1b[2J", "a b", "1234567890123456789012345678901234"}) {
    const std::string record = "<REUTERS NEWID=\"" + std::string(id) +
                               "\">\n<TEXT><TITLE>PORT STRIKE ENDS</TITLE></TEXT>\n</REUTERS>\n";
    StatusOr<Document> document = ReutersRecordToDocument(record, "r");
    ASSERT_FALSE(document.ok()) << id;
    EXPECT_EQ(document.status().message().find('\n'), std::string::npos);
  }
}

TEST(ReutersRecord, UnprocessedTextLatin1AndControlCharacters) {
  StatusOr<Document> document = ReutersRecordToDocument(
      "<REUTERS NEWID=\"9\">\n<DATE>bad date</DATE>\n<TEXT TYPE=\"UNPROC\">&#2;\n"
      "Caf\xE9 prices rose\x05 sharply.\n&#31;\n</TEXT>\n</REUTERS>\n",
      "r");
  ASSERT_TRUE(document.ok());
  EXPECT_EQ(document->content, "Caf\xC3\xA9 prices rose sharply.");
  EXPECT_EQ(document->published, "");
}

TEST(ReutersRecord, RecordLines) {
  EXPECT_TRUE(OpensReutersRecord("<REUTERS TOPICS=\"NO\" NEWID=\"1\">"));
  EXPECT_FALSE(OpensReutersRecord("<REUTERSX>"));
  EXPECT_TRUE(ClosesReutersRecord("</REUTERS>"));
  EXPECT_EQ(SniffInputKind("<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n<REUTERS TOPICS=\"YES\">"),
            InputKind::kReuters);
}

// Whatever the bytes, a record gives a document or an error, never a crash.
TEST(ReutersRecord, TruncatedRecordsNeverCrash) {
  const std::string record(kRecord);
  for (size_t cut = 0; cut <= record.size(); ++cut) {
    StatusOr<Document> document = ReutersRecordToDocument(record.substr(0, cut), "r");
    if (document.ok()) {
      EXPECT_FALSE(document->content.empty());
    }
  }
}

}  // namespace
}  // namespace crosscheck
