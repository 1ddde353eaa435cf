// Markdown rendering: what a reader wants first (the stories, their sources, what is
// corroborated or contested, the figures and who gives them), then the documents.
//
// Every string from the report passes through Md() before it lands in the page: titles, ids,
// names, quotes and input names are data, and the page is often rendered by a Markdown
// renderer that lets raw HTML through. Md() output is safe inline in the three places it is
// used here (a heading, a list item, a table cell).
#include <string>

#include "base/utf8.h"
#include "report/format.h"
#include "report/report_writers.h"

namespace crosscheck {
namespace {

// ASCII punctuation with an inline meaning in CommonMark/GFM: emphasis, code, links, tables,
// strikethrough, headings, and the backslash itself.
bool IsMarkdownPunctuation(char c) {
  switch (c) {
    case '\\':
    case '`':
    case '*':
    case '_':
    case '[':
    case ']':
    case '|':
    case '~':
    case '#':
      return true;
    default:
      return false;
  }
}

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Escapes `text` for inline Markdown:
//   - < > & become entities, so no raw HTML (a <script>) reaches a renderer;
//   - the punctuation above is backslash-escaped ("|" in a table cell included), except "_"
//     between letters or digits, which CommonMark never reads as emphasis (doc_001 stays);
//   - line breaks and other control characters become a space and leading spaces are dropped,
//     so the text stays in its line (a table row, a list item) and never starts a code block;
//   - a leading list marker ("- ", "+ ", "12. ", "12) ") is escaped, so it starts no list;
//   - invalid UTF-8 becomes U+FFFD.
std::string Md(std::string_view raw) {
  const std::string sanitized = IsValidUtf8(raw) ? std::string() : SanitizeUtf8(raw);
  const std::string_view text = sanitized.empty() ? raw : std::string_view(sanitized);
  const auto is_space = [](unsigned char byte) { return byte <= 0x20 || byte == 0x7f; };
  const auto ends_marker = [&](size_t next) {
    return next >= text.size() || is_space(static_cast<unsigned char>(text[next]));
  };
  size_t first = 0;
  while (first < text.size() && is_space(static_cast<unsigned char>(text[first]))) ++first;
  size_t marker = std::string::npos;  // position of a leading list marker's punctuation
  size_t digits = 0;
  while (first + digits < text.size() && text[first + digits] >= '0' &&
         text[first + digits] <= '9') {
    ++digits;
  }
  if (first < text.size() && (text[first] == '-' || text[first] == '+') && ends_marker(first + 1)) {
    marker = first;
  } else if (digits > 0 && first + digits < text.size() &&
             (text[first + digits] == '.' || text[first + digits] == ')') &&
             ends_marker(first + digits + 1)) {
    marker = first + digits;
  }
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t pos = first; pos < text.size(); ++pos) {
    const char c = text[pos];
    const bool intraword = c == '_' && pos > 0 && pos + 1 < text.size() &&
                           IsAsciiAlnum(text[pos - 1]) && IsAsciiAlnum(text[pos + 1]);
    if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '&') {
      out += "&amp;";
    } else if (is_space(static_cast<unsigned char>(c))) {
      out.push_back(' ');
    } else if (pos == marker || (IsMarkdownPunctuation(c) && !intraword)) {
      out.push_back('\\');
      out.push_back(c);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// Each value escaped, then joined.
std::string MdList(const std::vector<std::string>& values, std::string_view separator) {
  std::string out;
  for (const std::string& value : values) {
    if (!out.empty()) out += separator;
    out += Md(value);
  }
  return out;
}

std::string Docs(const std::vector<std::string>& documents) {
  return "[" + MdList(documents, ", ") + "]";
}

// How much of a quote a list item shows, in code points.
constexpr size_t kMaxQuoteChars = 300;

void RenderStory(const ReportStory& story, std::string& out) {
  out += "## " + Md(story.id) + ": " + Md(story.title) + "\n\n";
  out +=
      "- Documents: " + std::to_string(story.documents.size()) + " " + Docs(story.documents) + "\n";
  out += "- Independent sources: " + std::to_string(story.independent_sources.size());
  std::vector<std::string> sources;
  for (const ReportSource& source : story.independent_sources)
    sources.push_back(DescribeSource(source));
  if (!sources.empty()) out += " — " + MdList(sources, "; ");
  out += "\n";
  if (!story.first_published.empty()) {
    out += "- Published: " + Md(story.first_published);
    if (story.last_published != story.first_published) out += " to " + Md(story.last_published);
    out += "\n";
  }
  if (!story.related.empty())
    out += "- Same topic (" + Md(story.topic) + "): " + MdList(story.related, ", ") + "\n";
  out += "\n";

  if (!story.claims.empty()) {
    out += "### Claims\n\n";
    for (const ReportClaim& claim : story.claims) {
      out += "- **" + Md(claim.status) + "** (" + std::to_string(claim.independent_support) +
             " independent) — " + Md(claim.about) + "\n";
      for (const ReportStatement& statement : claim.statements) {
        std::string holder = HolderName(story, statement);
        if (holder.empty()) holder = "unattributed";
        out += "  - " + Md(holder) + " *" + Md(statement.stance) + "*";
        if (statement.value) out += " **" + Md(FormatNumber(*statement.value)) + "**";
        if (!statement.date.empty()) out += " (" + Md(statement.date) + ")";
        if (!statement.expected_by.empty()) out += " expected by " + Md(statement.expected_by);
        out += ": " + Md(Shorten(statement.text, 220)) + " " + Docs(statement.documents) + "\n";
      }
    }
    out += "\n";
  }

  if (!story.quantities.empty()) {
    out +=
        "### Figures\n\n| figure | given by | as of | documents | context "
        "|\n|---|---|---|---|---|\n";
    for (const ReportQuantity& quantity : story.quantities) {
      out += "| " + Md(FormatQuantity(quantity)) + " | " +
             Md(GivenBy(story, quantity)) +
             " | " + Md(FormatAsOf(quantity)) + " | " + MdList(quantity.documents, ", ") + " | " +
             Md(Shorten(quantity.text, 160)) + " |\n";
    }
    out += "\n";
  }

  if (!story.quotes.empty()) {
    // One heading per speaker (name, roles), unattributed last; each quote as it was said:
    // own words in quotation marks, reported speech as reported.
    out += "### Quotes\n\n";
    for (const SpeakerQuotes& speaker : QuotesBySpeaker(story)) {
      out += "#### " + (speaker.name.empty() ? std::string("(unattributed)") : Md(speaker.name));
      if (!speaker.roles.empty()) out += " — " + MdList(speaker.roles, ", ");
      out += "\n\n";
      for (const ReportQuote* quote : speaker.quotes) {
        const QuoteProse prose = DescribeQuote(*quote, speaker.name, kMaxQuoteChars);
        out += "- ";
        if (!quote->said_on.empty()) out += Md(quote->said_on) + ": ";
        if (!prose.lead.empty()) out += Md(prose.lead) + " ";
        out += prose.in_marks ? "“" + Md(prose.words) + "”" : Md(prose.words);
        out += " " + Docs(quote->documents) + "\n";
      }
      out += "\n";
    }
  }

  if (!story.timeline.empty()) {
    out += "### Timeline\n\n";
    for (const ReportTimelineEntry& entry : story.timeline) {
      out += "- " + Md(entry.date) + (entry.end.empty() ? "" : " to " + Md(entry.end)) + ": " +
             (entry.kind == "publication" ? "*first report* " : "") + Md(Shorten(entry.text, 220)) +
             " " + Docs(entry.documents) + "\n";
    }
    out += "\n";
  }

  if (!story.entities.empty()) {
    out += "### Who and what\n\n";
    for (const ReportEntity& entity : story.entities) {
      out += "- " + Md(entity.name) + " (" + Md(entity.type) + ")";
      if (!entity.aliases.empty()) out += " — also: " + MdList(entity.aliases, ", ");
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
  out += " (crosscheck " + Md(report.version) + ").\n\n";
  for (const ReportStory& story : report.stories) RenderStory(story, out);

  out +=
      "## Documents\n\n| id | title | published | from | outlet | credits | language | story | "
      "group | duplicate of |\n";
  out += "|---|---|---|---|---|---|---|---|---|---|\n";
  for (const ReportDocument& doc : report.documents) {
    out += "| " + Md(doc.id) + " | " + Md(Shorten(doc.title, 90)) + " | " + Md(doc.published) +
           " | " + Md(doc.published_from) + " | " + Md(doc.outlet) + " | " +
           MdList(doc.credits, ", ") + " | " + Md(doc.language) + " | " + Md(doc.story) + " | " +
           Md(doc.syndication_group) + " | " + Md(doc.duplicate_of) + " |\n";
  }
  out += "\n";
  if (!report.skipped.empty()) {
    out += "## Skipped inputs\n\n";
    // Input names are escaped text, not code spans: inside `...` an escape would show as is.
    for (const ReportSkipped& skipped : report.skipped)
      out += "- " + Md(skipped.input) + ": " + Md(skipped.reason) + "\n";
    out += "\n";
  }
  return out;
}

}  // namespace crosscheck
