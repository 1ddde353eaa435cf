// The HTML report: one self-contained page (inline CSS and SVG, one small inline script,
// nothing fetched, no external reference but the documents' own links), readable from a file,
// on a phone (viewport, one column, long words and addresses break, nothing wider than the
// screen) and on a desktop.
//
//   header     counts
//   #index     one row per story: title (a plain link to the story), documents, independent
//              sources, first and last report, claim status counts, main names. Search and
//              status filters are shown only when the script runs; without it the index is a
//              list of links.
//   stories    html_story.cc
//   documents  each folded (<details>): outlet, title, date, link to the original, and the
//              cleaned text with every cited sentence marked (a link to one opens its
//              document and highlights it: :target in the style, the script opens <details>)
//   skipped    inputs that could not be read
//
// Size: linear in the report; the documents' bodies are most of it.
//
// tests/browser/browser_test.py opens the page in headless Chromium at desktop and phone widths
// and checks the index filters, a story's timeline and charts, a link landing on its
// highlighted sentence and that nothing is wider than the screen; keep the ids and classes it
// uses (#index li, #filters, #q, #status, #shown, section.story, ol.timeline, figure.chart,
// .refs a, :target) or change it with them.
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "report/format.h"
#include "report/html_parts.h"
#include "report/report_writers.h"

namespace crosscheck {
namespace {

constexpr std::string_view kStyle = R"css(
*{box-sizing:border-box}html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1d2330;overflow-wrap:anywhere;word-break:break-word}
header{background:#1d2330;color:#fff;padding:14px 16px}header h1{margin:0;font-size:22px}
main{max-width:1100px;margin:0 auto;padding:4px 8px 24px}
section.story,nav#index,section#documents{background:#fff;border-radius:10px;padding:12px 16px;margin:12px 0;box-shadow:0 1px 3px #0002}
h2{margin:0 0 6px;font-size:20px;line-height:1.3}h3{font-size:14px;text-transform:uppercase;letter-spacing:.05em;color:#556;margin:18px 0 6px}h4{margin:12px 0 4px;font-size:16px}
a{color:#2749b0}.meta,.date{color:#556}.date{font-variant-numeric:tabular-nums}
.about{margin:4px 0}ul,ol{padding-left:1.2em}li{margin:3px 0}
.status{display:inline-block;font-weight:600;border-radius:4px;padding:0 6px;font-size:13px;white-space:nowrap}
.corroborated{background:#d6f5dd;color:#145a26}.single_source{background:#eef0f4;color:#445}
.conflicting{background:#fff0c2;color:#7a5600}.contested{background:#ffe4cc;color:#8a4300}.denied{background:#ffd9d9;color:#8a1010}.unconfirmed{background:#e9e2ff;color:#4a2a99}
.stance{font-style:italic;color:#445}.stance.denies{color:#8a1010}.stance.cannot_confirm{color:#4a2a99}
ol.timeline,ol.positions{list-style:none;padding:0}
ol.timeline li,ol.positions li{display:grid;grid-template-columns:7.5em minmax(0,1fr);gap:10px;border-bottom:1px solid #e3e6ee;padding:4px 0;margin:0}
@media (max-width:600px){ol.timeline li,ol.positions li{grid-template-columns:minmax(0,1fr);gap:0}body{font-size:15px}main{padding:0 4px 16px}section.story,nav#index,section#documents{padding:10px 12px}}
.refs{display:block;font-size:13px}.refs a{margin-right:2px}a.ext{text-decoration:none;margin-right:6px}
blockquote{margin:6px 0;padding:4px 12px;border-left:3px solid #9aa6c4;background:#f8f9fc}
p.reported{margin:6px 0;padding:4px 12px;border-left:3px dotted #c4cad8}
figure.chart{margin:8px 0}figure.chart svg{display:block;width:100%;max-width:560px;height:auto}
svg .grid{stroke:#e3e6ee}svg .tick{font-size:14px;fill:#556}svg .label{font-size:14px;fill:#1d2330}
svg .line{fill:none;stroke-width:2;opacity:.5}circle.hollow{fill:#fff;stroke-width:2.5}figcaption{font-size:13px}
.key{display:inline-block;margin-right:10px}.key i{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px}
.c0{fill:#2749b0;stroke:#2749b0;background:#2749b0}.c1{fill:#d9480f;stroke:#d9480f;background:#d9480f}.c2{fill:#2b8a3e;stroke:#2b8a3e;background:#2b8a3e}.c3{fill:#ae3ec9;stroke:#ae3ec9;background:#ae3ec9}
.c4{fill:#0b7285;stroke:#0b7285;background:#0b7285}.c5{fill:#c92a2a;stroke:#c92a2a;background:#c92a2a}.c6{fill:#5c940d;stroke:#5c940d;background:#5c940d}.c7{fill:#862e9c;stroke:#862e9c;background:#862e9c}
#index ol{list-style:none;padding:0;margin:8px 0 0}#index li{border-bottom:1px solid #e3e6ee;padding:6px 0;margin:0}#index li a{font-weight:600}
#index .counts{font-size:14px}#filters{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
#filters input[type=search],#filters select{font:inherit;padding:4px 8px;min-width:0;max-width:100%}#filters input[type=search]{flex:1 1 14em}
details{border-top:1px solid #e3e6ee;padding:6px 0}summary{cursor:pointer}
.body{white-space:pre-wrap;font:16px/1.55 Georgia,serif;margin:8px 0}
mark{background:#fff3b0;color:inherit}:target{scroll-margin-top:8px}mark:target,mark:target mark{background:#ffc93c}mark:target{outline:2px solid #e0a100}
section.story:target{outline:3px solid #2749b0}p.top{margin:10px 0 0;font-size:13px}
)css";

// Filters the index (and the story sections) by text, claim status and independent sources;
// opens the document a link lands in. Runs only over the page's own elements.
constexpr std::string_view kScript = R"js(
(function(){var d=document,f=d.getElementById('filters');if(!f)return;f.hidden=false;
function byId(h){try{return h&&d.getElementById(decodeURIComponent(h))}catch(x){return null}}
var q=d.getElementById('q'),s=d.getElementById('status'),m=d.getElementById('multi'),o=d.getElementById('shown'),rows=d.querySelectorAll('#index li');
function run(){var t=q.value.toLowerCase(),v=s.value,n=0;for(var i=0;i<rows.length;i++){var r=rows[i],ok=(!t||r.textContent.toLowerCase().indexOf(t)>=0)&&(!v||(' '+r.getAttribute('data-s')+' ').indexOf(' '+v+' ')>=0)&&(!m.checked||+r.getAttribute('data-n')>=2);r.hidden=!ok;var a=r.querySelector('a'),e=a&&byId(a.getAttribute('href').slice(1));if(e)e.hidden=!ok;if(ok)n++}o.textContent=n+' of '+rows.length+' stories'}
q.addEventListener('input',run);s.addEventListener('change',run);m.addEventListener('change',run);
function open(){var e=byId(location.hash.slice(1));for(var p=e;p;p=p.parentElement){if(p.tagName=='DETAILS')p.open=true;if(p.hidden)p.hidden=false}if(e)e.scrollIntoView()}
window.addEventListener('hashchange',open);open();})();
)js";

// Claim statuses in the order the filter offers them (the schema's order).
constexpr std::string_view kStatuses[] = {"corroborated", "single_source", "conflicting",
                                          "contested",    "denied",        "unconfirmed"};
constexpr size_t kIndexEntities = 3;

void AppendIndex(const Report& report, const HtmlAnchors& anchors, std::string& out) {
  out +=
      "<nav id=index><h2>Stories</h2><div id=filters hidden>"
      "<input id=q type=search placeholder=\"Search titles and names\" aria-label=\"Search "
      "stories\">"
      "<select id=status aria-label=\"Claim status\"><option value=\"\">any claim status</option>";
  for (std::string_view status : kStatuses) {
    out += "<option value=\"" + std::string(status) + "\">" + SpacedName(status) + "</option>";
  }
  out +=
      "</select><label><input id=multi type=checkbox> 2+ independent sources</label>"
      "<span id=shown class=meta></span></div><ol>";
  for (size_t story_idx = 0; story_idx < report.stories.size(); ++story_idx) {
    const ReportStory& story = report.stories[story_idx];
    // Claim status counts, in the schema's order, then any other status as it comes.
    std::vector<std::pair<std::string, size_t>> counts;
    for (std::string_view status : kStatuses) counts.emplace_back(status, 0);
    for (const ReportClaim& claim : story.claims) {
      auto it = std::find_if(counts.begin(), counts.end(),
                             [&](const auto& count) { return count.first == claim.status; });
      if (it == counts.end()) it = counts.insert(counts.end(), {claim.status, 0});
      ++it->second;
    }
    std::string statuses;
    for (const auto& [status, count] : counts) {
      if (count > 0) statuses += (statuses.empty() ? "" : " ") + status;
    }
    out += "<li data-s=\"" + HtmlEscape(statuses) +
           "\" data-n=" + std::to_string(story.independent_sources.size()) + "><a href=\"#" +
           HtmlEscape(anchors.StoryAnchor(story_idx)) + "\">" +
           HtmlEscape(story.title.empty() ? "(untitled story)" : story.title) +
           "</a><br><span class=counts>" +
           CountOf(story.documents.size(), "document", "documents") + " · " +
           CountOf(story.independent_sources.size(), "independent source", "independent sources");
    if (!story.first_published.empty()) {
      out += " · <span class=date>" + HtmlEscape(story.first_published);
      if (!story.last_published.empty() && story.last_published != story.first_published)
        out += " to " + HtmlEscape(story.last_published);
      out += "</span>";
    }
    for (const auto& [status, count] : counts) {
      if (count == 0) continue;
      out += " <span class=\"status " + HtmlEscape(status) + "\">" + std::to_string(count) + " " +
             HtmlEscape(SpacedName(status)) + "</span>";
    }
    const std::vector<const ReportEntity*> entities = MainEntities(story, kIndexEntities);
    for (size_t entity_idx = 0; entity_idx < entities.size(); ++entity_idx) {
      out += (entity_idx == 0 ? " · <span class=meta>" : ", ") +
             HtmlEscape(entities[entity_idx]->name);
    }
    if (!entities.empty()) out += "</span>";
    out += "</span></li>";
  }
  out += "</ol></nav>";
}

void AppendDocuments(const Report& report, const HtmlAnchors& anchors, std::string& out) {
  if (report.documents.empty()) return;
  out +=
      "<section id=documents><h2>Documents</h2><p class=meta>The cleaned text of each document; "
      "the sentences the stories cite are marked.</p>";
  for (const ReportDocument& doc : report.documents) {
    out += "<details id=\"" + HtmlEscape(anchors.DocumentAnchor(doc)) + "\"><summary><b>" +
           HtmlEscape(DocumentOutlet(doc)) + "</b> " +
           HtmlEscape(doc.title.empty() ? doc.id : doc.title) + " <span class=date>" +
           HtmlEscape(doc.published) + "</span></summary><p class=meta>";
    if (IsWebLink(doc.url)) {
      out += "<a class=ext href=\"" + HtmlEscape(doc.url) + "\" rel=\"noreferrer\">" +
             HtmlEscape(doc.url) + " ↗</a><br>";
    } else if (!doc.url.empty()) {
      out += HtmlEscape(doc.url) + "<br>";
    }
    out += "id " + HtmlEscape(doc.id);
    if (!doc.published_from.empty()) out += " · date from " + HtmlEscape(doc.published_from);
    if (!doc.language.empty()) out += " · " + HtmlEscape(doc.language);
    if (!doc.authors.empty()) out += " · by " + HtmlEscape(JoinStrings(doc.authors, ", "));
    if (!doc.credits.empty()) out += " · credits " + HtmlEscape(JoinStrings(doc.credits, ", "));
    const std::string_view story_anchor = anchors.StoryAnchor(doc.story);
    if (!story_anchor.empty()) out += " · <a href=\"#" + HtmlEscape(story_anchor) + "\">story</a>";
    if (!doc.syndication_group.empty()) out += " · group " + HtmlEscape(doc.syndication_group);
    if (const ReportDocument* copied =
            doc.duplicate_of.empty() ? nullptr : anchors.FindDocument(doc.duplicate_of)) {
      out += " · copy of <a href=\"#" + HtmlEscape(anchors.DocumentAnchor(*copied)) + "\">" +
             HtmlEscape(DocumentName(*copied)) + "</a>";
    }
    out += "</p><div class=body>";
    anchors.AppendMarkedBody(doc, out);
    out += "</div></details>";
  }
  out += "</section>";
}

}  // namespace

std::string RenderReportHtml(const Report& report) {
  HtmlAnchors anchors(report);
  std::string out =
      "<!doctype html><html lang=en><head><meta charset=utf-8>"
      "<meta name=viewport content=\"width=device-width, initial-scale=1\">"
      "<title>crosscheck report</title><style>";
  out += kStyle;
  out += "</style></head><body><header><h1>crosscheck report</h1><div>" +
         CountOf(report.documents.size(), "document", "documents") + " · " +
         CountOf(report.stories.size(), "story", "stories");
  if (!report.skipped.empty())
    out += " · " + CountOf(report.skipped.size(), "input", "inputs") + " skipped";
  out += "</div></header><main>";
  AppendIndex(report, anchors, out);
  for (size_t story_idx = 0; story_idx < report.stories.size(); ++story_idx) {
    AppendStorySection(report.stories[story_idx], story_idx, anchors, out);
  }
  AppendDocuments(report, anchors, out);
  if (!report.skipped.empty()) {
    out += "<section id=skipped><h2>Skipped inputs</h2><ul>";
    for (const ReportSkipped& skipped : report.skipped)
      out += "<li><code>" + HtmlEscape(skipped.input) + "</code>: " + HtmlEscape(skipped.reason) +
             "</li>";
    out += "</ul></section>";
  }
  out += "</main><script>";
  out += kScript;
  out += "</script></body></html>\n";
  return out;
}

}  // namespace crosscheck
