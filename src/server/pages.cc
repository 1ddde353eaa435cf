#include "server/pages.h"

#include <string_view>

#include "base/ascii.h"
#include "report/format.h"
#include "report/report_writers.h"
#include "server/markup.h"

namespace crosscheck {
namespace {

constexpr std::string_view kStyle = R"css(
*{box-sizing:border-box}html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1d2330;overflow-wrap:anywhere;word-break:break-word}
header{background:#1d2330;color:#fff;padding:14px 16px}header h1{margin:0;font-size:22px}header a{color:#fff}
main{max-width:1100px;margin:0 auto;padding:4px 8px 24px}
nav#index{background:#fff;border-radius:10px;padding:12px 16px;margin:12px 0;box-shadow:0 1px 3px #0002}
a{color:#2749b0}.meta,.date{color:#556}.date{font-variant-numeric:tabular-nums}
#index ol{list-style:none;padding:0;margin:8px 0 0}#index li{border-bottom:1px solid #e3e6ee;padding:6px 0;margin:0}#index li>a{font-weight:600}
.counts{font-size:14px}
.status{display:inline-block;font-weight:600;border-radius:4px;padding:0 6px;font-size:13px;white-space:nowrap}
.corroborated{background:#d6f5dd;color:#145a26}.single_source{background:#eef0f4;color:#445}
.conflicting{background:#fff0c2;color:#7a5600}.contested{background:#ffe4cc;color:#8a4300}.denied{background:#ffd9d9;color:#8a1010}.unconfirmed{background:#e9e2ff;color:#4a2a99}
form{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
form input,form select,form button{font:inherit;padding:4px 8px;min-width:0;max-width:100%}form input[type=search]{flex:1 1 14em}
p.pages{display:flex;gap:16px}
@media (max-width:600px){body{font-size:15px}main{padding:0 4px 16px}nav#index{padding:10px 12px}}
)css";

constexpr std::string_view kStatuses[] = {"corroborated", "single_source", "conflicting",
                                          "contested",    "denied",        "unconfirmed"};

std::string SpacedStatus(std::string_view status) {
  std::string spaced(status);
  for (char& c : spaced) {
    if (c == '_') c = ' ';
  }
  return spaced;
}

bool ContainsLowerAscii(std::string_view haystack, std::string_view lower_needle) {
  return LowerAscii(haystack).find(lower_needle) != std::string::npos;
}

// "/?q=..&status=..&outlet=..&offset=N": the index with the same filter at another offset.
std::string IndexUrl(const StoryFilter& filter, size_t offset, size_t limit) {
  std::string url = "/?q=" + PercentEncodeSegment(filter.words) +
                    "&status=" + PercentEncodeSegment(filter.status) +
                    "&outlet=" + PercentEncodeSegment(filter.outlet) +
                    "&limit=" + std::to_string(limit) + "&offset=" + std::to_string(offset);
  return url;
}

void AppendStoryRow(const StorySummary& story, std::string& out) {
  out += "<li><a href=\"/stories/" + MarkupEscape(PercentEncodeSegment(story.id)) + "\">" +
         MarkupEscape(story.title.empty() ? "(untitled story)" : story.title) +
         "</a><div class=counts>" + CountOf(story.documents, "document", "documents") + " · " +
         CountOf(story.independent_sources, "independent source", "independent sources");
  if (!story.first_published.empty()) {
    out += " · <span class=date>" + MarkupEscape(story.first_published);
    if (!story.last_published.empty() && story.last_published != story.first_published)
      out += " to " + MarkupEscape(story.last_published);
    out += "</span>";
  }
  for (const auto& status : story.statuses) {
    out += " <span class=\"status " + MarkupEscape(status.first) + "\">" +
           std::to_string(status.second) + " " + MarkupEscape(SpacedStatus(status.first)) +
           "</span>";
  }
  out += "</div>";
  if (!story.outlets.empty() || !story.entities.empty()) {
    out += "<div class=meta>";
    if (!story.outlets.empty()) out += MarkupEscape(JoinStrings(story.outlets, ", "));
    if (!story.outlets.empty() && !story.entities.empty()) out += " · ";
    constexpr size_t kEntitiesShown = 5;
    std::vector<std::string> entities(
        story.entities.begin(),
        story.entities.begin() + std::min(story.entities.size(), kEntitiesShown));
    out += MarkupEscape(JoinStrings(entities, ", "));
    out += "</div>";
  }
  out += "</li>";
}

}  // namespace

bool MatchesFilter(const StorySummary& story, const StoryFilter& filter) {
  if (!filter.status.empty()) {
    bool found = false;
    for (const auto& status : story.statuses) found |= status.first == filter.status;
    if (!found) return false;
  }
  if (!filter.outlet.empty()) {
    bool found = false;
    for (const std::string& outlet : story.outlets)
      found |= EqualsLowerAscii(outlet, LowerAscii(filter.outlet));
    if (!found) return false;
  }
  const std::string words = LowerAscii(filter.words);
  size_t pos = 0;
  while (pos < words.size()) {
    const size_t end = std::min(words.find(' ', pos), words.size());
    const std::string_view word = std::string_view(words).substr(pos, end - pos);
    pos = end + 1;
    if (word.empty()) continue;
    bool found = ContainsLowerAscii(story.title, word);
    for (size_t entity_idx = 0; !found && entity_idx < story.entities.size(); ++entity_idx)
      found = ContainsLowerAscii(story.entities[entity_idx], word);
    if (!found) return false;
  }
  return true;
}

std::string RenderStoryIndexPage(const IndexPage& page) {
  std::string out =
      "<!doctype html><html lang=en><head><meta charset=utf-8>"
      "<meta name=viewport content=\"width=device-width, initial-scale=1\">"
      "<title>crosscheck stories</title>"
      "<link rel=alternate type=\"application/atom+xml\" title=\"crosscheck changes\" "
      "href=\"/feed.atom\"><style>";
  out += kStyle;
  out += "</style></head><body><header><h1>crosscheck stories</h1><div>" +
         CountOf(page.total, "story", "stories");
  if (!page.published_at.empty()) out += " · published " + MarkupEscape(page.published_at);
  out += " · <a href=\"/feed.atom\">changes (Atom)</a></div></header><main><nav id=index>";
  out +=
      "<form method=get action=\"/\"><input type=search name=q placeholder=\"words in "
      "titles and names\" value=\"" +
      MarkupEscape(page.filter.words) +
      "\"><select name=status><option value=\"\">any claim status</option>";
  for (const std::string_view status : kStatuses) {
    out += "<option value=\"" + std::string(status) + "\"" +
           (page.filter.status == status ? " selected" : "") + ">" + SpacedStatus(status) +
           "</option>";
  }
  out += "</select><input type=search name=outlet placeholder=outlet value=\"" +
         MarkupEscape(page.filter.outlet) + "\"><button>Show</button></form>";
  if (page.stories.empty()) {
    out += "<p>No story matches.</p>";
  } else {
    out += "<p class=meta>" + std::to_string(page.offset + 1) + "–" +
           std::to_string(page.offset + page.stories.size()) + " of " +
           CountOf(page.total, "story", "stories") + "</p><ol>";
    for (const StorySummary* story : page.stories) AppendStoryRow(*story, out);
    out += "</ol>";
  }
  out += "<p class=pages>";
  if (page.offset > 0) {
    const size_t previous = page.offset > page.limit ? page.offset - page.limit : 0;
    out += "<a href=\"" + MarkupEscape(IndexUrl(page.filter, previous, page.limit)) +
           "\">← previous</a>";
  }
  if (page.offset + page.stories.size() < page.total) {
    out += "<a href=\"" +
           MarkupEscape(IndexUrl(page.filter, page.offset + page.stories.size(), page.limit)) +
           "\">next →</a>";
  }
  out += "</p></nav></main></body></html>\n";
  return out;
}

Report StoryReport(const StoryPage& story, const std::string& version) {
  Report report;
  report.version = version;
  report.stories.push_back(story.story);
  report.documents = story.documents;
  return report;
}

std::string RenderStoryPage(const StoryPage& story, const std::string& version) {
  std::string page = RenderReportHtml(StoryReport(story, version));
  // The report's page is made to stand alone; on the server it gets a way back to the index
  // and the story's feed, put where the report's header ends and its head ends.
  const std::string feed =
      "/stories/" + MarkupEscape(PercentEncodeSegment(story.story.id)) + "/feed.atom";
  const size_t head_end = page.find("</head>");
  if (head_end != std::string::npos) {
    page.insert(head_end,
                "<link rel=alternate type=\"application/atom+xml\" title=\"changes "
                "to this story\" href=\"" +
                    feed + "\">");
  }
  const size_t main_start = page.find("<main>");
  if (main_start != std::string::npos) {
    page.insert(main_start + 6, "<p class=top><a href=\"/\">← all stories</a> · <a href=\"" + feed +
                                    "\">changes to this story (Atom)</a></p>");
  }
  return page;
}

}  // namespace crosscheck
