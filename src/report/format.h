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
// "a, b, c".
std::string JoinStrings(const std::vector<std::string>& values, std::string_view separator);
// Shortens `text` to at most `max_chars` code points at a word boundary, adding "…".
std::string Shorten(std::string_view text, size_t max_chars);
// "AFP (000, 004)" or "g3 (002)": how one independent source is named for people.
std::string DescribeSource(const ReportSource& source);
// Name of an entity id within a story, or the id itself.
std::string EntityName(const ReportStory& story, std::string_view entity_id);

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_FORMAT_H_
