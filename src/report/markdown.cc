// Markdown rendering: what a reader wants first (the stories, their sources, what is
// corroborated or contested, the figures and who gives them), then the documents.
#include <string>

#include "report/format.h"
#include "report/report_writers.h"

namespace crosscheck {
namespace {

std::string EscapeCell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n') {
      out += ' ';
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string Docs(const std::vector<std::string>& documents) {
  return "[" + JoinStrings(documents, ", ") + "]";
}

void RenderStory(const ReportStory& story, std::string& out) {
  out += "## " + story.id + ": " + story.title + "\n\n";
  out +=
      "- Documents: " + std::to_string(story.documents.size()) + " " + Docs(story.documents) + "\n";
  out += "- Independent sources: " + std::to_string(story.independent_sources.size());
  std::vector<std::string> sources;
  for (const ReportSource& source : story.independent_sources)
    sources.push_back(DescribeSource(source));
  if (!sources.empty()) out += " — " + JoinStrings(sources, "; ");
  out += "\n";
  if (!story.first_published.empty()) {
    out += "- Published: " + story.first_published;
    if (story.last_published != story.first_published) out += " to " + story.last_published;
    out += "\n";
  }
  if (!story.related.empty())
    out += "- Same topic (" + story.topic + "): " + JoinStrings(story.related, ", ") + "\n";
  out += "\n";

  if (!story.claims.empty()) {
    out += "### Claims\n\n";
    for (const ReportClaim& claim : story.claims) {
      out += "- **" + claim.status + "** (" + std::to_string(claim.independent_support) +
             " independent) — " + claim.about + "\n";
      for (const ReportStatement& statement : claim.statements) {
        std::string holder = statement.holder_name.empty() ? EntityName(story, statement.holder)
                                                           : statement.holder_name;
        if (holder.empty()) holder = "unattributed";
        out += "  - " + holder + " *" + statement.stance + "*";
        if (!statement.date.empty()) out += " (" + statement.date + ")";
        out += ": " + Shorten(statement.text, 220) + " " + Docs(statement.documents) + "\n";
      }
    }
    out += "\n";
  }

  if (!story.quantities.empty()) {
    out +=
        "### Figures\n\n| figure | given by | as of | documents | context "
        "|\n|---|---|---|---|---|\n";
    for (const ReportQuantity& quantity : story.quantities) {
      out += "| " + EscapeCell(FormatQuantity(quantity)) + " | " +
             EscapeCell(
                 quantity.attributed_to.empty() ? "" : EntityName(story, quantity.attributed_to)) +
             " | " + quantity.as_of + " | " + JoinStrings(quantity.documents, ", ") + " | " +
             EscapeCell(Shorten(quantity.text, 160)) + " |\n";
    }
    out += "\n";
  }

  if (!story.quotes.empty()) {
    out += "### Quotes\n\n";
    for (const ReportQuote& quote : story.quotes) {
      std::string speaker = quote.speaker_name.empty() ? "(unattributed)" : quote.speaker_name;
      out += "- **" + speaker + "**";
      if (!quote.said_on.empty()) out += " (" + quote.said_on + ")";
      out += ": “" + Shorten(quote.text, 300) + "” " + Docs(quote.documents) + "\n";
    }
    out += "\n";
  }

  if (!story.timeline.empty()) {
    out += "### Timeline\n\n";
    for (const ReportTimelineEntry& entry : story.timeline) {
      out += "- " + entry.date + (entry.end.empty() ? "" : " to " + entry.end) + ": " +
             Shorten(entry.text, 220) + " " + Docs(entry.documents) + "\n";
    }
    out += "\n";
  }

  if (!story.entities.empty()) {
    out += "### Who and what\n\n";
    for (const ReportEntity& entity : story.entities) {
      out += "- " + entity.name + " (" + entity.type + ")";
      if (!entity.aliases.empty()) out += " — also: " + JoinStrings(entity.aliases, ", ");
      out += " " + Docs(entity.documents) + "\n";
    }
    out += "\n";
  }
}

}  // namespace

std::string RenderReportMarkdown(const Report& report) {
  std::string out = "# crosscheck report\n\n";
  out += CountOf(report.documents.size(), "document", "documents") + ", " +
         CountOf(report.stories.size(), "story", "stories");
  if (!report.skipped.empty())
    out += ", " + CountOf(report.skipped.size(), "input", "inputs") + " skipped";
  out += " (crosscheck " + report.version + ").\n\n";
  for (const ReportStory& story : report.stories) RenderStory(story, out);

  out +=
      "## Documents\n\n| id | title | published | from | outlet | credits | language | story | "
      "group | duplicate of |\n";
  out += "|---|---|---|---|---|---|---|---|---|---|\n";
  for (const ReportDocument& doc : report.documents) {
    out += "| " + EscapeCell(doc.id) + " | " + EscapeCell(Shorten(doc.title, 90)) + " | " +
           doc.published + " | " + doc.published_from + " | " + EscapeCell(doc.outlet) + " | " +
           EscapeCell(JoinStrings(doc.credits, ", ")) + " | " + doc.language + " | " + doc.story +
           " | " + doc.syndication_group + " | " + doc.duplicate_of + " |\n";
  }
  out += "\n";
  if (!report.skipped.empty()) {
    out += "## Skipped inputs\n\n";
    for (const ReportSkipped& skipped : report.skipped)
      out += "- `" + skipped.input + "`: " + skipped.reason + "\n";
    out += "\n";
  }
  return out;
}

}  // namespace crosscheck
