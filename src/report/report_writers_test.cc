#include "report/report_writers.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include "base/utf8.h"
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
  story.quotes.push_back(
      {"e1", "Jane Doe", "We cannot confirm it", "direct", "2024-10-18", {"a"}, "said", ""});
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
  claim.statements.push_back({"e1",
                              "Jane Doe",
                              "cannot_confirm",
                              "2024-10-18",
                              "We cannot confirm it",
                              std::nullopt,
                              {"a"},
                              "g1",
                              "",
                              ""});
  story.claims.push_back(claim);
  story.timeline.push_back({"2024-10-18", "", "Something happened", {"a"}, "c1", "happening"});
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
  ASSERT_EQ(root["stories"].at(0)["claims"].at(0)["statements"].at(0)["stance"].get(value),
            simdjson::SUCCESS);
  EXPECT_EQ(value, "cannot_confirm");
  ASSERT_EQ(root["stories"].at(0)["quotes"].at(0)["kind"].get(value), simdjson::SUCCESS);
  EXPECT_EQ(value, "direct");
  ASSERT_EQ(root["stories"].at(0)["quotes"].at(0)["cue"].get(value), simdjson::SUCCESS);
  EXPECT_EQ(value, "said");
  EXPECT_TRUE(root["stories"].at(0)["quotes"].at(0)["clause"].is_null());
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
  EXPECT_EQ(html.find("<script"), html.rfind("<script")) << "one script: the page's own";
  const std::string summary = RenderSummary(report);
  EXPECT_NE(summary.find("1 document, 1 independent source"), std::string::npos) << summary;
  EXPECT_NE(summary.find("Jane Doe"), std::string::npos);
}

// Two speakers and an unattributed quote, listed out of speaker order, one of each kind.
ReportStory QuoteStory() {
  ReportStory story = SampleReport().stories[0];
  story.entities.push_back({"e2", "John Roe", "person", {}, {"Defense Secretary"}, {"a"}});
  story.quotes = {
      {"e1",
       "Jane Doe",
       "the alliance could not yet confirm it",
       "indirect",
       "2024-10-18",
       {"a"},
       "said",
       ""},
      {"e2", "Roe", "They are fair game.", "direct", "2024-10-19", {"a"}, "told reporters", ""},
      {"", "", "Nobody confirms anything here", "direct", "", {"a"}, "", ""},
      {"e1", "Doe", "We will see what happens,", "direct", "2024-10-18", {"a"}, "said", ""},
      {"e2",
       "Roe",
       "significant escalation",
       "partial",
       "2024-10-19",
       {"a"},
       "warned",
       "the move would mark a “significant escalation”"},
      {"", "an official", "talks would go on", "indirect", "", {"a"}, "According to", ""},
  };
  return story;
}

Report WithStory(ReportStory story) {
  Report report = SampleReport();
  report.stories = {std::move(story)};
  return report;
}

// The line of `text` that holds `needle`, or "".
std::string LineWith(const std::string& text, std::string_view needle) {
  const size_t at = text.find(needle);
  if (at == std::string::npos) return {};
  const size_t begin = text.rfind('\n', at) + 1;
  return text.substr(begin, text.find('\n', at) - begin);
}

TEST(ReportWritersTest, MarkdownShowsReportedSpeechAsReportedAndOwnWordsInMarks) {
  const std::string md = RenderReportMarkdown(WithStory(QuoteStory()));
  const std::string indirect = LineWith(md, "could not yet confirm");
  EXPECT_NE(indirect.find("Jane Doe said the alliance could not yet confirm it"), std::string::npos)
      << indirect;
  EXPECT_EQ(indirect.find("“"), std::string::npos) << "a paraphrase is not in quotation marks";
  EXPECT_EQ(indirect.find('"'), std::string::npos) << indirect;
  EXPECT_NE(md.find("“They are fair game.”"), std::string::npos) << md;
  EXPECT_NE(md.find("“We will see what happens,”"), std::string::npos) << md;
  // A partial quote: its words in marks inside the clause that reports them, and no more marks.
  const std::string partial = LineWith(md, "significant escalation");
  EXPECT_NE(partial.find("John Roe warned the move would mark a “significant escalation”"),
            std::string::npos)
      << partial;
  EXPECT_EQ(partial.find("““"), std::string::npos);
  EXPECT_NE(md.find("According to an official, talks would go on"), std::string::npos) << md;
}

TEST(ReportWritersTest, MarkdownGroupsQuotesUnderEachSpeakerUnattributedLast) {
  const std::string md = RenderReportMarkdown(WithStory(QuoteStory()));
  const size_t doe = md.find("#### Jane Doe\n");
  const size_t roe = md.find("#### John Roe — Defense Secretary\n");
  const size_t official = md.find("#### an official\n");
  const size_t unattributed = md.find("#### (unattributed)\n");
  ASSERT_NE(doe, std::string::npos) << md;
  ASSERT_NE(roe, std::string::npos) << md;
  ASSERT_NE(official, std::string::npos) << md;
  ASSERT_NE(unattributed, std::string::npos) << md;
  EXPECT_LT(doe, roe);
  EXPECT_LT(roe, official);
  EXPECT_LT(official, unattributed);
  // Each quote sits under its own speaker: both of Jane Doe's before John Roe's heading.
  EXPECT_LT(md.find("We will see what happens"), roe);
  EXPECT_GT(md.find("significant escalation"), roe);
  EXPECT_GT(md.find("Nobody confirms anything here"), unattributed);
  EXPECT_EQ(md.find("#### Doe\n"), std::string::npos) << "an entity's quotes show its name";
}

TEST(ReportWritersTest, HtmlShowsReportedSpeechAsReportedAndGroupsBySpeaker) {
  const std::string html = RenderReportHtml(WithStory(QuoteStory()));
  const size_t indirect = html.find("Jane Doe said the alliance could not yet confirm it");
  ASSERT_NE(indirect, std::string::npos) << html;
  const size_t open = html.rfind('<', indirect);
  EXPECT_EQ(html.compare(open, 17, "<p class=reported"), 0) << html.substr(open, 40);
  EXPECT_NE(html.substr(indirect - 1, 1), "“");
  EXPECT_NE(html.find("<blockquote>“They are fair game.”"), std::string::npos) << html;
  EXPECT_NE(html.find("John Roe warned the move would mark a “significant escalation”"),
            std::string::npos);
  const size_t doe = html.find("<h4>Jane Doe");
  const size_t roe = html.find("<h4>John Roe <span class=meta>Defense Secretary</span>");
  const size_t unattributed = html.find("<h4>(unattributed)");
  ASSERT_NE(doe, std::string::npos);
  ASSERT_NE(roe, std::string::npos) << html;
  EXPECT_LT(doe, roe);
  EXPECT_LT(roe, unattributed);
  EXPECT_LT(html.find("We will see what happens"), roe);
}

TEST(ReportWritersTest, ClaimHoldersShowTheHolderEntitysName) {
  Report report = SampleReport();
  report.stories[0].claims[0].statements[0].holder_name = "Doe";
  EXPECT_NE(RenderReportMarkdown(report).find("  - Jane Doe *cannot_confirm*"), std::string::npos);
  EXPECT_NE(
      RenderReportHtml(report).find("<div><b>Jane Doe</b> <span class=\"stance cannot_confirm\">"),
      std::string::npos);
}

// Every string from input at once: HTML, Markdown syntax, line breaks, terminal escapes, NUL.
Report HostileReport() {
  Report report = SampleReport();
  const std::string script = "x\"><script>alert(3)</script>";
  const std::string nul_id = std::string("nul\0after", 9);
  ReportDocument& doc = report.documents[0];
  doc.id = script;
  doc.title = "a | b\n## injected *bold* `code` [link](javascript:alert(1)) \x1b[2J";
  doc.outlet = "<img src=x onerror=alert(1)>";
  doc.credits = {"- listed", "1. numbered"};
  ReportStory& story = report.stories[0];
  story.id = nul_id;
  story.title = "Title\nforged line\r\x1b]0;owned\x07 end";
  story.documents = {script};
  story.entities[0].name = "# Jane <b>Doe</b>";
  story.entities[0].roles = {"<b>chief</b> | `x`"};
  story.quotes[0].speaker_name = "    indented";
  story.quotes[0].speaker.clear();  // shown by the name the text gives
  story.quotes.push_back(story.quotes[0]);
  story.quotes.back().speaker = "e1";  // shown by the entity's name, with its roles
  story.quotes.back().kind = "indirect";
  story.quotes.back().cue = "<i>said</i>";
  story.quotes.back().text = "<script>alert(2)</script>";
  story.quotes[0].text = "<script>alert(1)</script> & more";
  story.claims[0].status = "\"><script>";
  story.timeline[0].text = "line one\n\n- line two";
  report.skipped.push_back({"`bad` <script>.gz\x9b", "data_loss: `x` <script>"});
  return report;
}

TEST(ReportWritersTest, MarkdownEscapesEveryStringFromInput) {
  const std::string md = RenderReportMarkdown(HostileReport());
  EXPECT_EQ(md.find("<script"), std::string::npos) << md;
  EXPECT_EQ(md.find("<img"), std::string::npos);
  EXPECT_EQ(md.find("<b>"), std::string::npos);
  EXPECT_NE(md.find("x\"&gt;&lt;script&gt;alert(3)&lt;/script&gt;"), std::string::npos) << md;
  EXPECT_EQ(md.find("\n## injected"), std::string::npos);  // line breaks collapse
  EXPECT_EQ(md.find("\n- line two"), std::string::npos);
  EXPECT_NE(md.find("\\[link\\](javascript:alert(1))"), std::string::npos);
  EXPECT_NE(md.find("\\*bold\\* \\`code\\`"), std::string::npos);
  EXPECT_NE(md.find("\\- listed, 1\\. numbered"), std::string::npos) << md;
  EXPECT_NE(md.find("\n#### indented\n"), std::string::npos);  // no indented code block
  EXPECT_NE(md.find("#### \\# Jane &lt;b&gt;Doe&lt;/b&gt; — &lt;b&gt;chief&lt;/b&gt; \\| \\`x\\`"),
            std::string::npos);
  EXPECT_NE(md.find("&lt;i&gt;said&lt;/i&gt; &lt;script&gt;"), std::string::npos) << md;
  EXPECT_NE(md.find("\\# Jane"), std::string::npos);
  EXPECT_EQ(md.find('\x1b'), std::string::npos);
  EXPECT_EQ(md.find('\0'), std::string::npos);
  EXPECT_TRUE(IsValidUtf8(md));
  // The document row is one line with exactly its 11 cell separators (a "|" inside is escaped).
  const size_t row = md.find("| x\"");
  ASSERT_NE(row, std::string::npos);
  const std::string line = md.substr(row, md.find('\n', row) - row);
  size_t separators = 0;
  for (size_t i = 0; i < line.size(); ++i)
    separators += line[i] == '|' && (i == 0 || line[i - 1] != '\\');
  EXPECT_EQ(separators, 11u) << line;
}

TEST(ReportWritersTest, HtmlEscapesEveryStringFromInputInTextAndAttributes) {
  const std::string html = RenderReportHtml(HostileReport());
  EXPECT_EQ(html.find("<script"), html.rfind("<script")) << "one script: the page's own";
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_NE(html.find("id x&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("class=\"status &quot;&gt;&lt;script&gt;\""), std::string::npos);
}

TEST(ReportWritersTest, SummaryShowsControlBytesAsEscapesAndKeepsOneLineEach) {
  const std::string summary = RenderSummary(HostileReport());
  for (char c : summary) {
    const auto byte = static_cast<unsigned char>(c);
    EXPECT_TRUE(byte == '\n' || (byte >= 0x20 && byte != 0x7f)) << static_cast<int>(byte);
  }
  // The NUL inside the story id neither cuts the line nor the rest of the summary.
  EXPECT_NE(summary.find("[nul\\x00after] Title\\nforged line\\r\\x1b]0;owned\\x07 end\n"),
            std::string::npos)
      << summary;
  EXPECT_NE(summary.find("quote:"), std::string::npos);
  EXPECT_EQ(summary.find("\nforged line"), std::string::npos);
}

TEST(FormatTest, ReportedSpeechLeadAgreesWithTheNamedSpeaker) {
  // "they think ..." resolved to one named source reads "Lind thinks"; a plural-looking name
  // keeps the verb; "as per X" reads as "According to X,".
  ReportQuote quote;
  quote.kind = "indirect";
  quote.text = "they will suffer heavy losses";
  // A participle reads in the past tense outside its sentence; "told" without its listener
  // reads "said".
  struct Lead {
    const char* cue;
    const char* speaker;
    const char* expected;
  };
  const Lead leads[] = {
      {"think", "Ana Lind", "Ana Lind thinks"},
      {"think", "Norwegian officials", "Norwegian officials think"},
      {"think", "Oslo and Lima", "Oslo and Lima think"},
      {"said", "Ana Lind", "Ana Lind said"},
      {"as per", "Reuters", "According to Reuters,"},
      {"slamming", "Ana Lind", "Ana Lind slammed"},
      {"saying", "Ana Lind", "Ana Lind said"},
      {"telling reporters", "Ana Lind", "Ana Lind told reporters"},
      {"told", "Ana Lind", "Ana Lind said"},
  };
  for (const Lead& lead : leads) {
    quote.cue = lead.cue;
    EXPECT_EQ(DescribeQuote(quote, lead.speaker, 200).lead, lead.expected) << lead.cue;
  }
  // Quoted words alone after a verb that needs an object are shown as the speaker's.
  ReportQuote partial;
  partial.kind = "partial";
  partial.text = "very productive";
  partial.cue = "described";
  const QuoteProse alone = DescribeQuote(partial, "Ana Lind", 200);
  EXPECT_EQ(alone.lead, "Ana Lind:");
  EXPECT_TRUE(alone.in_marks);
  partial.cue = "said";
  EXPECT_EQ(DescribeQuote(partial, "Ana Lind", 200).lead, "Ana Lind said");
  // A passive's agent is the source: "has been informed by X that …".
  quote.cue = "has been informed by";
  quote.text = "that the talks had failed";
  const QuoteProse passive = DescribeQuote(quote, "the agency", 200);
  EXPECT_EQ(passive.lead, "According to the agency,");
  EXPECT_EQ(passive.words, "the talks had failed");
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

namespace crosscheck {
namespace {

TEST(ReportWritersTest, CsvTablesOneRowPerItemQuotedAndDefusedForSpreadsheets) {
  Report report = SampleReport();
  ReportStory& story = report.stories[0];
  story.quotes[0].text = "We said \"no\", twice\nand meant it";
  story.claims[0].statements[0].text = "=HYPERLINK(\"http://x\")";
  story.quantities[0].upper = 15000;
  story.quantities[0].as_of = "2024-10-18";
  const CsvTables tables = RenderReportCsv(report);
  EXPECT_EQ(tables.claims,
            "story,claim,kind,about,status,independent_support,holder,holder_id,stance,value,"
            "unit,date,expected_by,origin,documents,text\r\n"
            "s1,c1,,troops,unconfirmed,0,Jane Doe,e1,cannot_confirm,,,2024-10-18,,g1,a,"
            "\"'=HYPERLINK(\"\"http://x\"\")\"\r\n");
  EXPECT_EQ(
      tables.quotes,
      "story,speaker,speaker_id,kind,said_on,cue,text,documents\r\n"
      "s1,Jane Doe,e1,direct,2024-10-18,said,\"We said \"\"no\"\", twice\nand meant it\",a\r\n");
  EXPECT_EQ(
      tables.figures,
      "story,value,upper,approximation,unit,counts,attributed_to,attributed_to_id,as_of,"
      "expected_by,documents,text\r\n"
      "s1,12000,15000,about,,soldiers,Jane Doe,e1,2024-10-18,,a,\"about 12,000 soldiers\"\r\n");
  // An empty report still has its headers, so a spreadsheet opens every file.
  const CsvTables empty = RenderReportCsv(Report{});
  EXPECT_EQ(empty.quotes, "story,speaker,speaker_id,kind,said_on,cue,text,documents\r\n");
}

}  // namespace
}  // namespace crosscheck
