// The HTML report: one self-contained page (inline CSS, no script, nothing fetched), story by
// story — sources, claims coloured by status, figures, quotes, timeline — and the documents
// with their cleaned bodies folded away. The later HTML-report issue deepens this.
#include <string>

#include "report/format.h"
#include "report/report_writers.h"

namespace crosscheck {
namespace {

// Every string from the report goes through Escape, in text and in (double-quoted) attribute
// values alike: titles, ids, names and quotes are data.
std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string DocLinks(const std::vector<std::string>& documents) {
  std::string out = "<span class=docs>";
  for (const std::string& id : documents)
    out += "<a href=\"#doc-" + Escape(id) + "\">" + Escape(id) + "</a> ";
  return out + "</span>";
}

constexpr std::string_view kStyle = R"css(
body{font:15px/1.5 system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1d2330}
header{background:#1d2330;color:#fff;padding:18px 28px}header h1{margin:0;font-size:22px}
main{max-width:1100px;margin:0 auto;padding:16px}
section.story{background:#fff;border-radius:10px;padding:18px 22px;margin:16px 0;box-shadow:0 1px 3px #0002}
h2{margin:0 0 6px;font-size:20px}h3{font-size:15px;text-transform:uppercase;letter-spacing:.05em;color:#556;margin:18px 0 6px}
.meta{color:#556}.chip{display:inline-block;background:#e8ecf5;border-radius:12px;padding:1px 10px;margin:2px 4px 2px 0;font-size:13px}
.status{font-weight:600;border-radius:4px;padding:0 6px;font-size:13px}
.corroborated{background:#d6f5dd;color:#145a26}.single_source{background:#eef0f4;color:#445}
.conflicting{background:#fff0c2;color:#7a5600}.contested{background:#ffe4cc;color:#8a4300}.denied{background:#ffd9d9;color:#8a1010}.unconfirmed{background:#e9e2ff;color:#4a2a99}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e3e6ee;padding:4px 6px;text-align:left;vertical-align:top;font-size:14px}
blockquote{margin:6px 0;padding:4px 12px;border-left:3px solid #9aa6c4;background:#f8f9fc}
p.reported{margin:6px 0;padding:4px 12px;border-left:3px dotted #c4cad8}h4{margin:12px 0 4px;font-size:15px}
.docs a{font-size:12px;color:#3056c4;text-decoration:none;margin-right:4px}.stance{font-style:italic;color:#445}
details{background:#fff;border-radius:8px;margin:8px 0;padding:8px 14px}summary{cursor:pointer}
pre{white-space:pre-wrap;font:14px/1.5 Georgia,serif}
)css";

// How much of a quote the page shows, in code points.
constexpr size_t kMaxQuoteChars = 600;

void RenderStory(const ReportStory& story, std::string& out) {
  out +=
      "<section class=story id=\"" + Escape(story.id) + "\"><h2>" + Escape(story.title) + "</h2>";
  out += "<div class=meta>" + CountOf(story.documents.size(), "document", "documents") + " · <b>" +
         CountOf(story.independent_sources.size(), "independent source", "independent sources") +
         "</b>";
  if (!story.first_published.empty()) {
    out += " · " + Escape(story.first_published);
    if (story.last_published != story.first_published) out += " to " + Escape(story.last_published);
  }
  if (!story.related.empty()) {
    out += " · same topic:";
    for (const std::string& other : story.related)
      out += " <a href=\"#" + Escape(other) + "\">" + Escape(other) + "</a>";
  }
  out += "</div><div>";
  for (const ReportSource& source : story.independent_sources)
    out += "<span class=chip>" + Escape(DescribeSource(source)) + "</span>";
  out += "</div>";

  if (!story.claims.empty()) {
    out += "<h3>Claims</h3>";
    for (const ReportClaim& claim : story.claims) {
      out += "<div><span class=\"status " + Escape(claim.status) + "\">" + Escape(claim.status) +
             "</span> " + Escape(claim.about) + " <span class=meta>(" +
             std::to_string(claim.independent_support) + " independent)</span><ul>";
      for (const ReportStatement& statement : claim.statements) {
        const std::string holder = HolderName(story, statement);
        out += "<li><b>" + Escape(holder.empty() ? "unattributed" : holder) +
               "</b> <span class=stance>" + Escape(statement.stance) + "</span>" +
               (statement.value ? " <b>" + Escape(FormatNumber(*statement.value)) + "</b>" : "") +
               (statement.date.empty() ? "" : " (" + Escape(statement.date) + ")") +
               (statement.expected_by.empty() ? "" : " expected by " + Escape(statement.expected_by)) + ": " +
               Escape(Shorten(statement.text, 260)) + " " + DocLinks(statement.documents) + "</li>";
      }
      out += "</ul></div>";
    }
  }
  if (!story.quantities.empty()) {
    out +=
        "<h3>Figures</h3><table><tr><th>figure</th><th>given by</th><th>as "
        "of</th><th>context</th></tr>";
    for (const ReportQuantity& quantity : story.quantities) {
      out +=
          "<tr><td><b>" + Escape(FormatQuantity(quantity)) + "</b></td><td>" +
          Escape(quantity.attributed_to.empty() ? "" : EntityName(story, quantity.attributed_to)) +
          "</td><td>" + Escape(FormatAsOf(quantity)) + "</td><td>" + Escape(Shorten(quantity.text, 200)) +
          " " + DocLinks(quantity.documents) + "</td></tr>";
    }
    out += "</table>";
  }
  if (!story.quotes.empty()) {
    // One block per speaker (name, roles), unattributed last; own words in quotation marks
    // (a blockquote), reported speech as reported (a paragraph of class "reported").
    out += "<h3>Who said what</h3>";
    for (const SpeakerQuotes& speaker : QuotesBySpeaker(story)) {
      out += "<div class=speaker><h4>" +
             (speaker.name.empty() ? std::string("(unattributed)") : Escape(speaker.name));
      if (!speaker.roles.empty())
        out += " <span class=meta>" + Escape(JoinStrings(speaker.roles, ", ")) + "</span>";
      out += "</h4>";
      for (const ReportQuote* quote : speaker.quotes) {
        const QuoteProse prose = DescribeQuote(*quote, speaker.name, kMaxQuoteChars);
        const std::string words =
            prose.in_marks ? "“" + Escape(prose.words) + "”" : Escape(prose.words);
        const std::string lead = prose.lead.empty() ? "" : Escape(prose.lead) + " ";
        out += std::string(quote->kind == "direct" ? "<blockquote>" : "<p class=reported>") + lead +
               words + "<br><span class=meta>" +
               (quote->said_on.empty() ? "" : Escape(quote->said_on) + " ") + "</span>" +
               DocLinks(quote->documents) + (quote->kind == "direct" ? "</blockquote>" : "</p>");
      }
      out += "</div>";
    }
  }
  if (!story.timeline.empty()) {
    out += "<h3>Timeline</h3><table>";
    for (const ReportTimelineEntry& entry : story.timeline) {
      out += "<tr><td style=\"white-space:nowrap\">" + Escape(entry.date) +
             (entry.end.empty() ? "" : " to " + Escape(entry.end)) + "</td><td>" +
             (entry.kind == "publication" ? "<span class=meta>first report</span> " : "") +
             Escape(Shorten(entry.text, 260)) + " " + DocLinks(entry.documents) + "</td></tr>";
    }
    out += "</table>";
  }
  out += "</section>";
}

}  // namespace

std::string RenderReportHtml(const Report& report) {
  std::string out =
      "<!doctype html><html lang=en><head><meta charset=utf-8><title>crosscheck "
      "report</title><style>";
  out += kStyle;
  out += "</style></head><body><header><h1>crosscheck report</h1><div>" +
         CountOf(report.documents.size(), "document", "documents") + " · " +
         CountOf(report.stories.size(), "story", "stories");
  if (!report.skipped.empty())
    out += " · " + CountOf(report.skipped.size(), "input", "inputs") + " skipped";
  out += "</div></header><main>";
  for (const ReportStory& story : report.stories) RenderStory(story, out);
  out += "<h2>Documents</h2>";
  for (const ReportDocument& doc : report.documents) {
    out += "<details id=\"doc-" + Escape(doc.id) + "\"><summary><b>" + Escape(doc.id) + "</b> " +
           Escape(doc.title) + " <span class=meta>" + Escape(doc.outlet) + " " +
           Escape(doc.published) + " · " + Escape(JoinStrings(doc.credits, ", ")) + " · story " +
           Escape(doc.story) + " · group " + Escape(doc.syndication_group) +
           (doc.duplicate_of.empty() ? "" : " · copy of " + Escape(doc.duplicate_of)) +
           "</span></summary><pre>" + Escape(doc.body) + "</pre></details>";
  }
  if (!report.skipped.empty()) {
    out += "<h2>Skipped inputs</h2><ul>";
    for (const ReportSkipped& skipped : report.skipped)
      out += "<li><code>" + Escape(skipped.input) + "</code>: " + Escape(skipped.reason) + "</li>";
    out += "</ul>";
  }
  out += "</main></body></html>\n";
  return out;
}

}  // namespace crosscheck
