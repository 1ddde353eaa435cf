// The HTML report: a page for phones and desktops with nothing fetched, an index whose links
// land on their stories, charts for figure claims, links to marked sentences, and every
// string from input escaped (only http/https addresses become links).
#include <gtest/gtest.h>

#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "report/html_parts.h"
#include "report/report_writers.h"

namespace crosscheck {
namespace {

ReportDocument Document(std::string id, std::string outlet, std::string published, std::string url,
                        std::string body) {
  ReportDocument doc;
  doc.id = std::move(id);
  doc.outlet = std::move(outlet);
  doc.title = "Headline of " + doc.id;
  doc.published = std::move(published);
  doc.url = std::move(url);
  doc.body = std::move(body);
  doc.language = "en";
  doc.story = "s1";
  return doc;
}

ReportStatement Statement(std::string holder_name, std::string date, double value, std::string text,
                          std::string document, std::string stance = "asserts") {
  ReportStatement statement;
  statement.holder_name = std::move(holder_name);
  statement.stance = std::move(stance);
  statement.date = std::move(date);
  statement.value = value;
  statement.text = std::move(text);
  statement.documents = {std::move(document)};
  return statement;
}

// Two outlets reprint one wire copy, a third reports on its own; a figure moves over two dates.
Report FigureReport() {
  Report report;
  report.version = "test";
  report.documents = {
      Document("wire-1", "Harbour Gazette", "2024-03-01", "https://gazette.example/a",
               "The agency counted 40 boats. Officials said more would come."),
      Document("wire-2", "Valley Times", "2024-03-02", "http://valley.example/b",
               "The agency counted 40 boats. Officials said more would come."),
      Document("own-3", "North Post", "2024-03-05", "",
               "By Tuesday the agency counted 55 boats in the harbour."),
  };
  report.documents[1].syndication_group = report.documents[0].syndication_group = "g1";
  report.documents[1].duplicate_of = "wire-1";
  report.documents[2].syndication_group = "g2";
  ReportStory story;
  story.id = "s1";
  story.title = "Boats arrive";
  story.first_published = "2024-03-01";
  story.last_published = "2024-03-05";
  story.documents = {"wire-1", "wire-2", "own-3"};
  story.independent_sources = {{"g1", "", {"wire-1", "wire-2"}}, {"g2", "", {"own-3"}}};
  ReportClaim figure;
  figure.id = "c1";
  figure.kind = "figure";
  figure.about = "boats in the harbour";
  figure.status = "conflicting";
  figure.statements = {
      Statement("the agency", "2024-03-01", 40, "The agency counted 40 boats.", "wire-1"),
      Statement("North Post", "2024-03-05", 55,
                "By Tuesday the agency counted 55 boats in the harbour.", "own-3"),
  };
  figure.statements[0].documents.push_back("wire-2");
  story.claims.push_back(figure);
  story.timeline.push_back(
      {"2024-03-01", "", "Officials said more would come.", {"wire-1"}, "", "happening"});
  report.stories.push_back(story);
  return report;
}

size_t Count(const std::string& text, std::string_view needle) {
  size_t count = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
    ++count;
  return count;
}

// The values of every `attribute="…"` or `attribute=…` in the page, entities left as written.
std::vector<std::string> AttributeValues(const std::string& html, std::string_view attribute) {
  std::vector<std::string> values;
  const std::string open = " " + std::string(attribute) + "=";
  for (size_t at = html.find(open); at != std::string::npos; at = html.find(open, at + 1)) {
    size_t begin = at + open.size();
    const bool quoted = begin < html.size() && html[begin] == '"';
    begin += quoted ? 1 : 0;
    const size_t end = quoted ? html.find('"', begin) : html.find_first_of(" >", begin);
    values.push_back(html.substr(begin, end - begin));
  }
  return values;
}

TEST(HtmlReportTest, PageHasViewportAndFetchesNothing) {
  const Report report = FigureReport();
  const std::string html = RenderReportHtml(report);
  EXPECT_NE(html.find("<meta name=viewport content=\"width=device-width, initial-scale=1\">"),
            std::string::npos);
  EXPECT_EQ(html.find(" src="), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  // Every href is a fragment or a document's own address; no other address is in the page.
  std::set<std::string> own_links;
  for (const ReportDocument& doc : report.documents) {
    if (!doc.url.empty()) own_links.insert(doc.url);
  }
  for (const std::string& href : AttributeValues(html, "href")) {
    EXPECT_TRUE(href.starts_with("#") || own_links.count(href) > 0) << href;
  }
  std::string without_own = html;
  for (const std::string& link : own_links) {
    for (size_t at = without_own.find(link); at != std::string::npos; at = without_own.find(link)) {
      without_own.erase(at, link.size());
    }
  }
  EXPECT_EQ(without_own.find("http:"), std::string::npos);
  EXPECT_EQ(without_own.find("https:"), std::string::npos);
  EXPECT_EQ(without_own.find("//"), std::string::npos) << "no protocol-relative address either";
}

// Nothing in the style is wider than a 390 px phone: no fixed width over it, no table, and
// nowrap only on the short status badges.
TEST(HtmlReportTest, StyleFitsAPhone) {
  const std::string html = RenderReportHtml(FigureReport());
  const size_t style_begin = html.find("<style>");
  const std::string style = html.substr(style_begin, html.find("</style>") - style_begin);
  EXPECT_NE(style.find("@media (max-width:600px)"), std::string::npos);
  EXPECT_NE(style.find("overflow-wrap:anywhere"), std::string::npos);
  constexpr int kPhoneWidth = 390;
  for (size_t at = style.find("width:"); at != std::string::npos;
       at = style.find("width:", at + 1)) {
    if (at >= 4 &&
        (style.compare(at - 4, 4, "max-") == 0 || style.compare(at - 4, 4, "min-") == 0)) {
      continue;
    }
    const int pixels = std::atoi(style.c_str() + at + 6);
    if (style.compare(at + 6 + std::to_string(pixels).size(), 2, "px") == 0) {
      EXPECT_LE(pixels, kPhoneWidth) << style.substr(at, 20);
    }
  }
  EXPECT_EQ(Count(style, "nowrap"), 1u);
  EXPECT_EQ(html.find("<table"), std::string::npos);
}

TEST(HtmlReportTest, EveryFragmentLinkLandsOnAnElementAndTheIndexOnStories) {
  const std::string html = RenderReportHtml(FigureReport());
  std::set<std::string> ids;
  for (const std::string& id : AttributeValues(html, "id")) ids.insert(id);
  for (const std::string& href : AttributeValues(html, "href")) {
    if (href.starts_with("#")) {
      EXPECT_EQ(ids.count(href.substr(1)), 1u) << href;
    }
  }
  // The index: plain links, one per story, each to its story's section.
  const size_t index = html.find("<nav id=index>");
  const size_t index_end = html.find("</nav>", index);
  ASSERT_NE(index, std::string::npos);
  const std::string nav = html.substr(index, index_end - index);
  const std::vector<std::string> links = AttributeValues(nav, "href");
  ASSERT_EQ(links.size(), 1u) << nav;
  EXPECT_NE(html.find("<section class=story id=\"" + links[0].substr(1) + "\">"), std::string::npos)
      << links[0];
  EXPECT_NE(nav.find("Boats arrive"), std::string::npos);
  EXPECT_NE(nav.find("3 documents · 2 independent sources"), std::string::npos) << nav;
  EXPECT_NE(nav.find("2024-03-01 to 2024-03-05"), std::string::npos);
  EXPECT_NE(nav.find("1 conflicting"), std::string::npos);
  // Search and filter are hidden until the script shows them; the page has one script, ours.
  EXPECT_NE(nav.find("<div id=filters hidden>"), std::string::npos);
  EXPECT_EQ(Count(html, "<script"), 1u);
}

TEST(HtmlReportTest, FigureClaimOnTwoDatesGetsAChartOneMarkPerStatement) {
  Report report = FigureReport();
  std::string html = RenderReportHtml(report);
  const size_t svg = html.find("<svg");
  ASSERT_NE(svg, std::string::npos);
  const std::string chart = html.substr(svg, html.find("</figure>", svg) - svg);
  EXPECT_EQ(Count(chart, "<circle"), 2u) << chart;
  EXPECT_NE(chart.find("the agency 40"), std::string::npos) << "labelled by source and value";
  EXPECT_NE(chart.find("North Post 55"), std::string::npos);
  EXPECT_NE(chart.find("2024-03-01"), std::string::npos);
  EXPECT_NE(chart.find("2024-03-05"), std::string::npos);
  // One date: nothing to draw over time.
  report.stories[0].claims[0].statements[1].date = "2024-03-01";
  html = RenderReportHtml(report);
  EXPECT_EQ(html.find("<svg"), std::string::npos);
}

TEST(HtmlReportTest, ItemsLinkToTheirSentenceMarkedInTheDocument) {
  const std::string html = RenderReportHtml(FigureReport());
  // The statement carried by both wire copies links into each, by outlet name.
  // (The timeline, written before the claims, took wire-1's first mark.)
  EXPECT_NE(html.find("<a href=\"#d0~2\">Harbour Gazette</a> <a href=\"#d1~1\">Valley Times</a>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<mark id=\"d0~2\">The agency counted 40 boats.</mark>"), std::string::npos);
  EXPECT_NE(html.find("<mark id=\"d0~1\">Officials said more would come.</mark>"),
            std::string::npos);
  EXPECT_NE(html.find("<details id=\"d0\">"), std::string::npos);
  // A text the body does not hold links to the document itself.
  Report report = FigureReport();
  report.stories[0].timeline[0].text = "Nowhere in the text";
  EXPECT_NE(
      RenderReportHtml(report).find("<span class=refs><a href=\"#d0\">Harbour Gazette</a></span>"),
      std::string::npos);
}

TEST(HtmlReportTest, DocumentsAndSourcesByOutletWithReprintsAndOriginals) {
  const std::string html = RenderReportHtml(FigureReport());
  EXPECT_NE(html.find("<a href=\"#d0\">Harbour Gazette</a>: Headline of wire-1 <a class=ext "
                      "href=\"https://gazette.example/a\" rel=\"noreferrer\">original ↗</a>"),
            std::string::npos)
      << html;
  EXPECT_NE(
      html.find("<li><b><a href=\"#d0\">Harbour Gazette</a></b> 2024-03-01; <span "
                "class=meta>reprinted by</span> <a href=\"#d1\">Valley Times</a> 2024-03-02</li>"),
      std::string::npos);
  Report with_origin = FigureReport();
  with_origin.stories[0].independent_sources[0].origin = "Wire Agency";
  EXPECT_NE(RenderReportHtml(with_origin)
                .find("<li><b>Wire Agency</b>: <b><a href=\"#d0\">Harbour Gazette</a></b>"),
            std::string::npos);
  EXPECT_NE(html.find("first report 2024-03-01 (Harbour Gazette) · last 2024-03-05 (North Post)"),
            std::string::npos);
  EXPECT_EQ(html.find(">g1<"), std::string::npos) << "no group ids for people";
}

TEST(HtmlReportTest, InputCannotAddScriptsOrUnsafeLinks) {
  Report report = FigureReport();
  report.documents[0].url = "javascript:alert(1)";
  report.documents[1].url = " JaVaScRiPt:alert(2)";
  report.documents[2].url = "data:text/html,<script>alert(3)</script>";
  report.documents[0].title = "<script>alert(4)</script>";
  report.stories[0].id = "s1\"><script>alert(5)</script>";
  report.stories[0].title = "<script>alert(6)</script>";
  report.stories[0].claims[0].statements[0].holder_name = "<img src=x onerror=alert(7)>";
  const std::string html = RenderReportHtml(report);
  EXPECT_EQ(Count(html, "<script"), 1u);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  for (const std::string& href : AttributeValues(html, "href"))
    EXPECT_TRUE(href.starts_with("#")) << href;
  EXPECT_NE(html.find("&lt;script&gt;alert(6)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("javascript:alert(1)<br>"), std::string::npos) << "shown as text";
  EXPECT_NE(html.find("<section class=story id=\"story:0\">"), std::string::npos);
}

TEST(HtmlAnchorsTest, CrossingMarksAreCutToNest) {
  Report report;
  report.documents.push_back(Document("a", "", "", "", "one two three four"));
  HtmlAnchors anchors(report);
  EXPECT_EQ(anchors.SentenceAnchor(report.documents[0], "one two three"), "d0~1");
  EXPECT_EQ(anchors.SentenceAnchor(report.documents[0], "three four"), "d0~2");
  EXPECT_EQ(anchors.SentenceAnchor(report.documents[0], "one two three"), "d0~1");
  EXPECT_EQ(anchors.SentenceAnchor(report.documents[0], "\xE2\x80\xA6 two \xE2\x80\xA6"), "d0~3");
  EXPECT_EQ(anchors.SentenceAnchor(report.documents[0], "five"), "d0");
  std::string body;
  anchors.AppendMarkedBody(report.documents[0], body);
  EXPECT_EQ(body,
            "<mark id=\"d0~1\">one <mark id=\"d0~3\">two</mark> <mark "
            "id=\"d0~2\">three</mark></mark> four");
}

// A reprint that rewrote the sentence (words added, curly quotes) still gets its sentence
// marked; an unrelated or too short text links to the document.
TEST(HtmlAnchorsTest, RewrittenSentenceIsMarked) {
  Report report;
  report.documents.push_back(Document(
      "a", "", "", "",
      "Seoul, Oct 18.\nNato chief Mark Rutte said on Friday that the alliance could not yet "
      "confirm it. \xE2\x80\x9C"
      "At this moment, we cannot confirm reports,\xE2\x80\x9D "
      "Rutte said. Markets fell."));
  HtmlAnchors anchors(report);
  const ReportDocument& doc = report.documents[0];
  EXPECT_EQ(anchors.SentenceAnchor(
                doc, "NATO chief Mark Rutte said Friday the alliance could not yet confirm it."),
            "d0~1");
  EXPECT_EQ(anchors.SentenceAnchor(doc, "\"At this moment, we cannot confirm reports,\""), "d0~2");
  EXPECT_EQ(anchors.SentenceAnchor(doc, "The storm closed the coast road for two days"), "d0");
  EXPECT_EQ(anchors.SentenceAnchor(doc, "Markets rose."), "d0") << "too few words to tell";
  std::string body;
  anchors.AppendMarkedBody(doc, body);
  EXPECT_EQ(body,
            "Seoul, Oct 18.\n<mark id=\"d0~1\">Nato chief Mark Rutte said on Friday that the "
            "alliance could not yet confirm it.</mark> <mark id=\"d0~2\">\xE2\x80\x9C"
            "At this "
            "moment, we cannot confirm reports,\xE2\x80\x9D Rutte said.</mark> Markets fell.");
}

TEST(HtmlAnchorsTest, BodySentencesEndAtStopsBeforeSpaceAndAtLineBreaks) {
  const std::string_view body =
      "One two. \xE2\x80\x9CThree four?\xE2\x80\x9D  3.5 five\n six seven \n\n...";
  std::vector<std::string_view> texts;
  for (const BodySentence& sentence : SplitBodySentences(body))
    texts.push_back(body.substr(sentence.begin, sentence.end - sentence.begin));
  EXPECT_EQ(texts, (std::vector<std::string_view>{"One two.", "\xE2\x80\x9CThree four?\xE2\x80\x9D",
                                                  "3.5 five", "six seven"}));
}

TEST(HtmlPartsTest, OnlyWebAddressesAreLinks) {
  EXPECT_TRUE(IsWebLink("https://example.org/a?b=1"));
  EXPECT_TRUE(IsWebLink("HTTP://Example.org"));
  EXPECT_FALSE(IsWebLink("javascript:alert(1)"));
  EXPECT_FALSE(IsWebLink("https://"));
  EXPECT_FALSE(IsWebLink(" https://example.org"));
  EXPECT_FALSE(IsWebLink("https://example.org/a b"));
  EXPECT_FALSE(IsWebLink("//example.org"));
  EXPECT_FALSE(IsWebLink("file:///etc/passwd"));
  EXPECT_FALSE(IsWebLink("https://example.org/" + std::string(kMaxLinkBytes, 'a')));
}

TEST(HtmlChartTest, DatesOfEveryPrecisionArePlaced) {
  ASSERT_TRUE(ChartDay("2024-10-18"));
  const double day = *ChartDay("2024-10-18");
  EXPECT_EQ(*ChartDay("2024-10"), day - 3);                   // the 15th
  EXPECT_EQ(*ChartDay("2024-W42"), day - 1);                  // Thursday 17 October
  EXPECT_EQ(*ChartDay("2021-W01"), *ChartDay("2021-01-07"));  // week 1 of 2021 starts 4 Jan
  EXPECT_EQ(*ChartDay("2020-W53"), *ChartDay("2020-12-31"));
  EXPECT_EQ(*ChartDay("2024"), *ChartDay("2024-07-01"));
  EXPECT_FALSE(ChartDay("next week"));
  EXPECT_FALSE(ChartDay("2024-W60"));
}

TEST(HtmlChartTest, ChartNeedsTwoDaysAndEscapesSources) {
  std::vector<ChartPoint> points = {{100, "d1", 5, "<b>x</b>", false}};
  EXPECT_EQ(RenderValueChart(points, ""), "");
  points.push_back({101, "d2", -3, "y", true});
  const std::string svg = RenderValueChart(points, "boats");
  EXPECT_NE(svg.find("<svg"), std::string::npos);
  EXPECT_EQ(svg.find("<b>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;b&gt;x&lt;/b&gt;"), std::string::npos);
  EXPECT_NE(svg.find("class=\"c1 hollow\""), std::string::npos) << "an expected value is hollow";
  EXPECT_NE(svg.find(">-5<"), std::string::npos) << "the axis reaches below zero: " << svg;
}

}  // namespace
}  // namespace crosscheck
