// Report writers: the same Report rendered for machines (JSON per
// docs/schema/report.schema.json), for reading (Markdown, a self-contained HTML page) and for
// the terminal (a short summary). Each returns the whole text; the caller writes it.
// Pure functions of the report; thread-safe.
#ifndef CROSSCHECK_REPORT_REPORT_WRITERS_H_
#define CROSSCHECK_REPORT_REPORT_WRITERS_H_

#include <string>

#include "model/report.h"

namespace crosscheck {

// JSON following docs/schema/report.schema.json (pretty-printed, two-space indent).
std::string RenderReportJson(const Report& report);

// Markdown: one section per story (sources, claims, figures, quotes, timeline), then the
// documents table and skipped inputs.
std::string RenderReportMarkdown(const Report& report);

// A self-contained HTML page (inline CSS, no scripts fetched).
std::string RenderReportHtml(const Report& report);

// A few lines per story for the terminal: size, independent sources, dates, main claims,
// figures and quotes.
std::string RenderSummary(const Report& report);

}  // namespace crosscheck

#endif  // CROSSCHECK_REPORT_REPORT_WRITERS_H_
