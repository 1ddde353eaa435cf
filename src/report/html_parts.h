// The pieces of the HTML report (report_writers.h's RenderReportHtml), shared by its files:
// html.cc (the page: head, story index, documents), html_story.cc (one story's section),
// html_chart.cc (a figure claim's values over time as inline SVG) and html_anchors.cc (the
// names of stories, documents and the cited sentences inside the documents' bodies).
// Everything from the report is data: it is escaped with HtmlEscape in text and in
// double-quoted attributes alike, and only http(s) addresses become links. Internal to
// report/; not thread-safe per object (HtmlAnchors records marks as the page is written).
#ifndef CROSSCHECK_REPORT_HTML_PARTS_H_
#define CROSSCHECK_REPORT_HTML_PARTS_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/report.h"

namespace crosscheck {

// `text` with & < > " ' as entities (safe in text and in a double-quoted attribute); invalid
// UTF-8 becomes U+FFFD.
std::string HtmlEscape(std::string_view text);
void AppendHtmlEscaped(std::string_view text, std::string& out);

// A schema name for people: "single_source" -> "single source". Escape the result.
std::string SpacedName(std::string_view name);

// Whether `url` may become an href: "http://" or "https://" (any case) with a host, no
// whitespace or control characters, at most kMaxLinkBytes. Everything else ("javascript:",
// "data:", file paths) is shown as text or not at all.
inline constexpr size_t kMaxLinkBytes = 2048;
bool IsWebLink(std::string_view url);

// Where a document was published, for people: its outlet, else the site of its URL; "" when
// neither is known.
std::string DocumentOutlet(const ReportDocument& doc);
// How a link to a document reads: its outlet, else its title shortened to
// kMaxDocumentNameChars, else its id.
inline constexpr size_t kMaxDocumentNameChars = 48;
std::string DocumentName(const ReportDocument& doc);

// The fragment names of one page, made once from the report (which must outlive this):
//   a story:    "story-" + its id when that is a plain name ([A-Za-z0-9_.-], at most 64
//               bytes), else "story:N" (N its index in the report);
//   a document: "dN" (N its index in the report: ids can be long, and a page cites them
//               thousands of times);
//   a sentence: "dN~K", a <mark> around the first place its text occurs in
//               the document's body, made when first asked for (K counts per document).
// Lookups are O(1) on average. SentenceAnchor searches the body once per distinct text and
// document, O(body) each, within kMaxScanBytesPerDocument per document (a page of thousands of
// cited figures stays fast; past the budget, items link to the document itself).
inline constexpr size_t kMaxScanBytesPerDocument = size_t{64} << 20;
inline constexpr size_t kMaxRewriteScanBytesPerDocument = size_t{16} << 20;

// A body's sentence as the rewritten-sentence match sees it: its bytes and its distinct words
// (letters and digits, ASCII case-folded), hashed and sorted.
struct BodySentence {
  size_t begin = 0, end = 0;
  std::vector<uint64_t> words;
};
// `body` cut after ".", "!" or "?" (and closing quotes) before white space, and at line breaks;
// each sentence trimmed of white space, sentences without words left out. O(body).
std::vector<BodySentence> SplitBodySentences(std::string_view body);
// The sentence of `sentences` whose words match `text`'s best, by Dice coefficient (twice the
// shared words over both counts), if at least kMinRewriteDice and `text` has at least
// kMinRewriteWords distinct words; else nullptr. The first of equals wins. Below those a wrong
// sentence would be marked more often than the right one (seeds: rewrites 0.71 to 0.97, wrong best
// matches 0.50, 0.59).
inline constexpr double kMinRewriteDice = 0.65;
inline constexpr size_t kMinRewriteWords = 4;
const BodySentence* FindRewrittenSentence(std::span<const BodySentence> sentences,
                                          std::string_view text);
class HtmlAnchors {
 public:
  explicit HtmlAnchors(const Report& report);
  HtmlAnchors(const HtmlAnchors&) = delete;  // holds views into `report`
  HtmlAnchors& operator=(const HtmlAnchors&) = delete;

  // nullptr when the report has no such document.
  const ReportDocument* FindDocument(std::string_view id) const;
  const std::string& DocumentAnchor(const ReportDocument& doc) const;
  // nullptr when the report has no such story.
  const ReportStory* FindStory(std::string_view id) const;
  // "" when the report has no such story.
  std::string_view StoryAnchor(std::string_view story_id) const;
  const std::string& StoryAnchor(size_t story_index) const { return story_anchor_[story_index]; }

  // The anchor of `text` inside `doc`'s body, or the document's anchor when the body does not
  // hold it. A text cut with "…" at either end (a long figure's context) is looked up
  // without the cut marks. A text the body does not hold as it is, because this document
  // rewrote it (a reprint's "said on Friday that" for "said Friday", curly quotes for straight
  // ones), marks the body's sentence whose words match it best (FindRewrittenSentence), within
  // kMaxRewriteScanBytesPerDocument.
  std::string SentenceAnchor(const ReportDocument& doc, std::string_view text);

  // `doc`'s body, escaped, with a <mark id=…> around each sentence asked for so far.
  // Marks that cross are cut to nest (the later one ends where the earlier ends).
  void AppendMarkedBody(const ReportDocument& doc, std::string& out) const;

 private:
  struct Mark {
    size_t begin = 0, end = 0;
    uint32_t number = 0;
  };
  size_t IndexOf(const ReportDocument& doc) const {
    return static_cast<size_t>(&doc - report_.documents.data());
  }

  const Report& report_;
  std::unordered_map<std::string_view, size_t> document_index_, story_index_;
  std::vector<std::string> document_anchor_, story_anchor_;
  struct DocumentMarks {
    std::vector<Mark> marks;                              // in the order asked for
    std::unordered_map<std::string, uint32_t> number_of;  // looked-up text -> mark, 0: none
    size_t scanned_bytes = 0;
    std::optional<std::vector<BodySentence>> sentences;  // split when first needed
    size_t rewrite_scanned_bytes = 0;
  };
  std::vector<DocumentMarks> marks_;  // per document
};

// A story's most cited entities (by number of documents), at most `limit`, most cited first.
std::vector<const ReportEntity*> MainEntities(const ReportStory& story, size_t limit);

// One story's <section>: what it is about, documents, independent sources and who reprints
// whom, first and last report, timeline, claims with positions over time (and a chart for a
// figure claim), figures, quotes by speaker. Cited sentences are marked through `anchors`.
void AppendStorySection(const ReportStory& story, size_t story_index, HtmlAnchors& anchors,
                        std::string& out);

// A value a source gave for a figure, placed in time.
struct ChartPoint {
  double day = 0;    // days since 1970-01-01 (a month or week: its middle)
  std::string date;  // as the report writes it ("2024-10-18", "2024-W42")
  double value = 0;
  std::string source;     // who gave it, for people
  bool expected = false;  // an expected or planned value (drawn hollow)
};

// Days since 1970-01-01 of a report date: "2024-10-18", "2024-10" (the 15th), "2024" (1 July),
// "2024-W42" (that ISO week's Thursday); nullopt for anything else.
std::optional<double> ChartDay(std::string_view date);

// An inline <svg> (no script, no external reference) of `points`: x the date, y the value from
// zero (or from the lowest value when some are negative), one mark per point coloured by
// source, each source's points joined in time order, direct labels where they do not collide,
// and a legend of sources below. "" when the points span fewer than two distinct days.
// Equal points (source, date, value) are drawn once. `unit` labels the y axis ("soldiers",
// "%"). O(points · sources + points log points + labels²), with at most kMaxChartLabels
// direct labels (each point keeps its tooltip).
inline constexpr size_t kMaxChartLabels = 24;
std::string RenderValueChart(std::span<const ChartPoint> points, std::string_view unit);

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_HTML_PARTS_H_
