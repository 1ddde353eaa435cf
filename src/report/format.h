// Small text formatters shared by the human-readable renderers (Markdown, HTML, summary).
// Pure functions; thread-safe.
#ifndef CROSSCHECK_REPORT_FORMAT_H_
#define CROSSCHECK_REPORT_FORMAT_H_

#include <string>
#include <string_view>
#include <vector>

#include "model/report.h"

namespace crosscheck {

// "1 story", "5 stories": a count with its noun in the right number.
std::string CountOf(size_t count, std::string_view singular, std::string_view plural);
// 1500 -> "1,500"; 2.5 -> "2.5".
std::string FormatNumber(double value);
// "about 12,000 soldiers", "3,000–5,000 troops".
std::string FormatQuantity(const ReportQuantity& quantity);

// A figure's dates for a table cell: "2024-10-23", or "2024-10-23, expected by 2024-12" for
// a planned figure.
std::string FormatAsOf(const ReportQuantity& quantity);
// "a, b, c".
std::string JoinStrings(const std::vector<std::string>& values, std::string_view separator);
// Shortens `text` to at most `max_chars` code points at a word boundary, adding "…".
std::string Shorten(std::string_view text, size_t max_chars);
// "AFP (000, 004)" or "unnamed source (002)": how one independent source is named for people
// (a group id such as "g3" means nothing to a reader; the JSON keeps it).
std::string DescribeSource(const ReportSource& source);
// Name of an entity id within a story, or the id itself.
std::string EntityName(const ReportStory& story, std::string_view entity_id);
// Who gives a figure, for people: the entity's name, else the name the text gives; empty when
// neither is known.
std::string GivenBy(const ReportStory& story, const ReportQuantity& quantity);
// Who holds a statement, for people: the holder entity's name, else the name the text gives;
// empty when neither is known.
std::string HolderName(const ReportStory& story, const ReportStatement& statement);

// A story's quotes grouped by who said them: one group per speaker entity (a speaker named
// without an entity of the story groups by that name, any case), groups in the order of their
// first quote in the story, unattributed quotes last. Points into `story`, which must outlive
// the result. O(quotes + entities).
struct SpeakerQuotes {
  std::string name;                // the entity's name, else the speaker's; empty: unattributed
  std::vector<std::string> roles;  // the entity's roles ("Defense Secretary")
  std::vector<const ReportQuote*> quotes;
};
std::vector<SpeakerQuotes> QuotesBySpeaker(const ReportStory& story);

// How a quote reads in a sentence: the speaker's own words in quotation marks, reported speech
// as reported and never in marks. The renderer escapes `lead` and `words` and, when
// `in_marks`, puts “ ” around `words`:
//   direct    lead "",                   words: the quote, in marks
//   indirect  lead "Ana Lind said",     words: the reported clause, no marks
//             ("According to the CAA," when that is how the text reports it)
//   partial   lead "Ana Lind said",     words: the reported clause holding the quoted words
//             (their marks as written), or the quoted words alone in marks
//   mixed     as indirect: the text's own marks show which words are the speaker's
// The lead uses the cue verb as written ("told reporters", "warned"), else "said"; without a
// speaker it is empty. `words` is shortened to `max_chars` code points.
struct QuoteProse {
  std::string lead;
  std::string words;
  bool in_marks = false;
};
QuoteProse DescribeQuote(const ReportQuote& quote, std::string_view speaker, size_t max_chars);

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_FORMAT_H_
