// The terminal summary: a few lines per story, biggest stories first.
#include <algorithm>
#include <string>

#include "report/format.h"
#include "report/report_writers.h"

namespace crosscheck {
namespace {

// How many stories, claims, figures and quotes the summary shows at most.
constexpr size_t kMaxStories = 12;
constexpr size_t kMaxItems = 4;

}  // namespace

std::string RenderSummary(const Report& report) {
  std::string out = "crosscheck " + report.version + ": " +
                    CountOf(report.documents.size(), "document", "documents") + ", " +
                    CountOf(report.stories.size(), "story", "stories");
  if (!report.skipped.empty())
    out += ", " + CountOf(report.skipped.size(), "input", "inputs") + " skipped";
  out += "\n";
  const size_t shown = std::min(report.stories.size(), kMaxStories);
  for (size_t story_idx = 0; story_idx < shown; ++story_idx) {
    const ReportStory& story = report.stories[story_idx];
    out += "\n[" + story.id + "] " + Shorten(story.title, 100) + "\n";
    out += "  " + CountOf(story.documents.size(), "document", "documents") + ", " +
           CountOf(story.independent_sources.size(), "independent source", "independent sources");
    if (!story.first_published.empty()) {
      out += ", " + story.first_published;
      if (story.last_published != story.first_published) out += " to " + story.last_published;
    }
    out += "\n";
    std::vector<std::string> sources;
    for (const ReportSource& source : story.independent_sources)
      sources.push_back(DescribeSource(source));
    if (!sources.empty()) out += "  sources: " + Shorten(JoinStrings(sources, "; "), 200) + "\n";
    if (!story.related.empty())
      out += "  same topic: " + Shorten(JoinStrings(story.related, ", "), 120) + "\n";
    for (size_t i = 0; i < std::min(story.claims.size(), kMaxItems); ++i) {
      const ReportClaim& claim = story.claims[i];
      out += "  claim [" + claim.status + ", " + std::to_string(claim.independent_support) +
             " independent]: " + Shorten(claim.about, 110) + "\n";
    }
    for (size_t i = 0; i < std::min(story.quantities.size(), kMaxItems); ++i) {
      const ReportQuantity& quantity = story.quantities[i];
      out += "  figure: " + FormatQuantity(quantity);
      if (!quantity.attributed_to.empty()) out += " — " + EntityName(story, quantity.attributed_to);
      if (!quantity.as_of.empty()) out += ", " + quantity.as_of;
      out += " [" + JoinStrings(quantity.documents, ", ") + "]\n";
    }
    for (size_t i = 0; i < std::min(story.quotes.size(), kMaxItems); ++i) {
      const ReportQuote& quote = story.quotes[i];
      out += "  quote: " +
             (quote.speaker_name.empty() ? std::string("(unattributed)") : quote.speaker_name) +
             ": “" + Shorten(quote.text, 100) + "” [" + JoinStrings(quote.documents, ", ") + "]\n";
    }
  }
  if (report.stories.size() > shown) {
    out += "\n… and " + std::to_string(report.stories.size() - shown) +
           " more stories (see --json / --md)\n";
  }
  return out;
}

}  // namespace crosscheck
