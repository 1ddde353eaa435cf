// The terminal summary: a few lines per story, biggest stories first. Every line is built
// from report text and then escaped for the terminal (EscapeForTerminal): titles, ids, names
// and quotes come from input, so a control byte or a line break in them shows as an escape
// and each line stays one line.
#include <algorithm>
#include <string>

#include "base/terminal_text.h"
#include "report/format.h"
#include "report/report_writers.h"

namespace crosscheck {
namespace {

// How many stories, claims, figures and quotes the summary shows at most.
constexpr size_t kMaxStories = kSummaryStories;
constexpr size_t kMaxItems = 4;
constexpr size_t kMaxQuoteChars = 100;  // code points of a quote shown

void AddLine(std::string_view line, std::string& out) {
  out += EscapeForTerminal(line);
  out.push_back('\n');
}

}  // namespace

std::string RenderSummary(const Report& report) {
  return RenderSummary(report.version, report.documents.size(), report.stories.size(),
                       report.skipped.size(), report.stories);
}

std::string RenderSummary(const std::string& version, size_t documents, size_t stories,
                          size_t skipped, std::span<const ReportStory> first_stories) {
  std::string head = "crosscheck " + version + ": " +
                     CountOf(documents, "document", "documents") + ", " +
                     CountOf(stories, "story", "stories");
  if (skipped > 0) head += ", " + CountOf(skipped, "input", "inputs") + " skipped";
  std::string out;
  AddLine(head, out);
  const size_t shown = std::min({first_stories.size(), stories, kMaxStories});
  for (size_t story_idx = 0; story_idx < shown; ++story_idx) {
    const ReportStory& story = first_stories[story_idx];
    out += "\n";
    AddLine("[" + story.id + "] " + Shorten(story.title, 100), out);
    std::string counts =
        "  " + CountOf(story.documents.size(), "document", "documents") + ", " +
        CountOf(story.independent_sources.size(), "independent source", "independent sources");
    if (!story.first_published.empty()) {
      counts += ", " + story.first_published;
      if (story.last_published != story.first_published) counts += " to " + story.last_published;
    }
    AddLine(counts, out);
    std::vector<std::string> sources;
    for (const ReportSource& source : story.independent_sources)
      sources.push_back(DescribeSource(source));
    if (!sources.empty()) AddLine("  sources: " + Shorten(JoinStrings(sources, "; "), 200), out);
    if (!story.related.empty())
      AddLine("  same topic: " + Shorten(JoinStrings(story.related, ", "), 120), out);
    for (size_t i = 0; i < std::min(story.claims.size(), kMaxItems); ++i) {
      const ReportClaim& claim = story.claims[i];
      AddLine("  claim [" + claim.status + ", " + std::to_string(claim.independent_support) +
                  " independent]: " + Shorten(claim.about, 110),
              out);
    }
    for (size_t i = 0; i < std::min(story.quantities.size(), kMaxItems); ++i) {
      const ReportQuantity& quantity = story.quantities[i];
      std::string line = "  figure: " + FormatQuantity(quantity);
      if (const std::string given_by = GivenBy(story, quantity); !given_by.empty())
        line += " — " + given_by;
      if (!quantity.as_of.empty()) line += ", " + quantity.as_of;
      line += " [" + JoinStrings(quantity.documents, ", ") + "]";
      AddLine(line, out);
    }
    for (size_t i = 0; i < std::min(story.quotes.size(), kMaxItems); ++i) {
      // Own words in quotation marks after the speaker, reported speech as reported.
      const ReportQuote& quote = story.quotes[i];
      const std::string speaker =
          quote.speaker.empty() ? quote.speaker_name : EntityName(story, quote.speaker);
      const QuoteProse prose = DescribeQuote(quote, speaker, kMaxQuoteChars);
      std::string line = "  quote: ";
      if (prose.lead.empty())
        line += (speaker.empty() ? std::string("(unattributed)") : speaker) + ": ";
      else
        line += prose.lead + " ";
      line += prose.in_marks ? "“" + prose.words + "”" : prose.words;
      AddLine(line + " [" + JoinStrings(quote.documents, ", ") + "]", out);
    }
  }
  if (stories > shown) {
    out += "\n… and " + std::to_string(stories - shown) +
           " more stories (see --json / --md)\n";
  }
  return out;
}

}  // namespace crosscheck
