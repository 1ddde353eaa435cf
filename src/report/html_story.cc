// One story's section of the HTML report, in the order a reader asks: what is it about and who
// reported it (documents, independent sources and who reprints whom, first and last report),
// what happened when (timeline), what is claimed and by whom over time (claims, with a chart
// for a figure claim given on two or more dates), the figures, and who said what.
//
// Each item names its documents by outlet, each name a link to the item's sentence marked in
// that document's cleaned text (html_anchors.cc), where the link to the original article is.
// At most kMaxRefsPerItem documents are named per item. The story's documents list links to
// the originals (http/https only).
#include <algorithm>
#include <string>
#include <unordered_map>

#include "report/format.h"
#include "report/html_parts.h"

namespace crosscheck {
namespace {

constexpr size_t kMaxRefsPerItem = 6;
constexpr size_t kMaxAboutEntities = 6;
constexpr size_t kMaxQuoteChars = 600;
constexpr size_t kMaxStatementChars = 300;
constexpr size_t kMaxFigureChars = 240;
constexpr size_t kMaxTimelineChars = 260;

// "[date] Outlet Outlet2 +3 more": each a link to `text` marked in that document; `date`, if
// any, leads. The original article is one step further, at the top of the document (and in
// the story's documents).
void AppendRefs(const std::vector<std::string>& documents, std::string_view text,
                HtmlAnchors& anchors, std::string& out, std::string_view date = {}) {
  out += "<span class=refs>";
  if (!date.empty()) out += "<span class=date>" + HtmlEscape(date) + "</span> ";
  size_t shown = 0;
  for (const std::string& id : documents) {
    if (shown == kMaxRefsPerItem) break;
    ++shown;
    if (shown > 1) out += " ";
    const ReportDocument* doc = anchors.FindDocument(id);
    if (doc == nullptr) {
      out += HtmlEscape(id);
      continue;
    }
    out += "<a href=\"#" + HtmlEscape(anchors.SentenceAnchor(*doc, text)) + "\">" +
           HtmlEscape(DocumentName(*doc)) + "</a>";
  }
  if (documents.size() > shown) out += " +" + std::to_string(documents.size() - shown) + " more";
  out += "</span>";
}

// The documents of a story, oldest first (undated last), ids the report does not hold dropped.
std::vector<const ReportDocument*> StoryDocuments(const std::vector<std::string>& ids,
                                                  const HtmlAnchors& anchors) {
  std::vector<const ReportDocument*> docs;
  for (const std::string& id : ids) {
    if (const ReportDocument* doc = anchors.FindDocument(id)) docs.push_back(doc);
  }
  std::stable_sort(docs.begin(), docs.end(), [](const ReportDocument* a, const ReportDocument* b) {
    if (a->published.empty() != b->published.empty()) return b->published.empty();
    return a->published < b->published;
  });
  return docs;
}

void AppendDocumentLink(const ReportDocument& doc, const HtmlAnchors& anchors, std::string& out) {
  out += "<a href=\"#" + HtmlEscape(anchors.DocumentAnchor(doc)) + "\">" +
         HtmlEscape(DocumentName(doc)) + "</a>";
}

// Who holds a statement, for people: the holder, else the source that carries it.
std::string StatementSource(const ReportStory& story, const ReportStatement& statement,
                            const HtmlAnchors& anchors) {
  std::string holder = HolderName(story, statement);
  if (!holder.empty()) return holder;
  for (const ReportSource& source : story.independent_sources) {
    if (source.group == statement.origin && !source.origin.empty()) return source.origin;
  }
  if (!statement.documents.empty()) {
    if (const ReportDocument* doc = anchors.FindDocument(statement.documents.front()))
      return DocumentName(*doc);
  }
  return "unattributed";
}

void AppendAbout(const ReportStory& story, std::string& out) {
  const std::vector<const ReportEntity*> entities = MainEntities(story, kMaxAboutEntities);
  if (entities.empty()) return;
  out += "<p class=about>About: ";
  for (size_t entity_idx = 0; entity_idx < entities.size(); ++entity_idx) {
    const ReportEntity& entity = *entities[entity_idx];
    if (entity_idx > 0) out += ", ";
    out += "<b>" + HtmlEscape(entity.name) + "</b>";
    if (!entity.roles.empty()) out += " (" + HtmlEscape(entity.roles.front()) + ")";
  }
  out += "</p>";
}

// `docs`: the story's documents as StoryDocuments gives them.
void AppendDocumentsAndSources(const ReportStory& story,
                               const std::vector<const ReportDocument*>& docs,
                               const HtmlAnchors& anchors, std::string& out) {
  if (!docs.empty()) {
    out += "<h3>Documents</h3><ul class=docs>";
    for (const ReportDocument* doc : docs) {
      out += "<li><span class=date>" +
             HtmlEscape(doc->published.empty() ? "undated" : doc->published) + "</span> ";
      // The outlet, then the title; a document without an outlet is named by its whole title.
      const std::string outlet = DocumentOutlet(*doc);
      out += "<a href=\"#" + HtmlEscape(anchors.DocumentAnchor(*doc)) + "\">" +
             HtmlEscape(!outlet.empty()       ? outlet
                        : !doc->title.empty() ? doc->title
                                              : doc->id) +
             "</a>";
      if (!outlet.empty() && !doc->title.empty()) out += ": " + HtmlEscape(doc->title);
      if (IsWebLink(doc->url)) {
        out +=
            " <a class=ext href=\"" + HtmlEscape(doc->url) + "\" rel=\"noreferrer\">original ↗</a>";
      }
      if (const ReportDocument* copied =
              doc->duplicate_of.empty() ? nullptr : anchors.FindDocument(doc->duplicate_of)) {
        out += " <span class=meta>copy of</span> ";
        AppendDocumentLink(*copied, anchors, out);
      }
      out += "</li>";
    }
    out += "</ul>";
  }
  if (story.independent_sources.empty()) return;
  // One line per independent source: its first document, then the ones that reprint it.
  out += "<h3>Independent sources</h3><ul class=sources>";
  for (const ReportSource& source : story.independent_sources) {
    const std::vector<const ReportDocument*> carried = StoryDocuments(source.documents, anchors);
    out += "<li>";
    if (carried.empty()) {
      out += "<b>" + HtmlEscape(source.origin.empty() ? source.group : source.origin) + "</b></li>";
      continue;
    }
    // A wire origin heads the line; else the source is the outlet that published first.
    if (!source.origin.empty()) out += "<b>" + HtmlEscape(source.origin) + "</b>: ";
    out += "<b>";
    AppendDocumentLink(*carried.front(), anchors, out);
    out += "</b>";
    if (!carried.front()->published.empty()) out += " " + HtmlEscape(carried.front()->published);
    if (carried.size() > 1) {
      // Without a wire origin the later documents reuse the first one's text.
      out += source.origin.empty() ? "; <span class=meta>reprinted by</span> "
                                   : "; <span class=meta>also carried by</span> ";
      for (size_t doc_idx = 1; doc_idx < carried.size(); ++doc_idx) {
        if (doc_idx > 1) out += ", ";
        AppendDocumentLink(*carried[doc_idx], anchors, out);
        if (!carried[doc_idx]->published.empty())
          out += " " + HtmlEscape(carried[doc_idx]->published);
      }
    }
    out += "</li>";
  }
  out += "</ul>";
}

void AppendTimeline(const ReportStory& story, HtmlAnchors& anchors, std::string& out) {
  if (story.timeline.empty()) return;
  out += "<h3>Timeline</h3><ol class=timeline>";
  for (const ReportTimelineEntry& entry : story.timeline) {
    // A publication entry links to its documents, not to a sentence.
    out += entry.kind == "publication" ? "<li class=publication>" : "<li>";
    out += "<span class=date>" + HtmlEscape(entry.date) +
           (entry.end.empty() ? "" : " to " + HtmlEscape(entry.end)) + "</span><div>";
    if (entry.kind == "publication") out += "<span class=meta>first report</span> ";
    out += HtmlEscape(Shorten(entry.text, kMaxTimelineChars)) + " ";
    AppendRefs(entry.documents, entry.text, anchors, out);
    out += "</div></li>";
  }
  out += "</ol>";
}

// A figure claim's values placed in time, one point per statement with a value and a date.
std::string FigureChart(const ReportStory& story, const ReportClaim& claim,
                        const HtmlAnchors& anchors) {
  if (claim.kind != "figure") return {};
  std::vector<ChartPoint> points;
  std::string unit;
  for (const ReportStatement& statement : claim.statements) {
    if (!statement.value) continue;
    const std::optional<double> day = ChartDay(statement.date);
    if (!day) continue;
    if (unit.empty()) unit = statement.unit;
    points.push_back({*day, statement.date, *statement.value,
                      StatementSource(story, statement, anchors),
                      statement.stance == "expects" || !statement.expected_by.empty()});
  }
  return RenderValueChart(points, unit);
}

void AppendClaims(const ReportStory& story, HtmlAnchors& anchors, std::string& out) {
  if (story.claims.empty()) return;
  out += "<h3>Claims</h3>";
  for (const ReportClaim& claim : story.claims) {
    out += "<div class=claim><p><span class=\"status " + HtmlEscape(claim.status) + "\">" +
           HtmlEscape(SpacedName(claim.status)) + "</span> " + HtmlEscape(claim.about) +
           " <span class=meta>" +
           CountOf(static_cast<size_t>(std::max(claim.independent_support, 0)),
                   "independent source", "independent sources") +
           "</span></p>";
    out += FigureChart(story, claim, anchors);
    // Who holds which position, in time order (undated last).
    std::vector<const ReportStatement*> statements;
    for (const ReportStatement& statement : claim.statements) statements.push_back(&statement);
    std::stable_sort(statements.begin(), statements.end(),
                     [](const ReportStatement* a, const ReportStatement* b) {
                       if (a->date.empty() != b->date.empty()) return b->date.empty();
                       return a->date < b->date;
                     });
    out += "<ol class=positions>";
    for (const ReportStatement* statement : statements) {
      const std::string holder = HolderName(story, *statement);
      out += "<li><span class=date>" +
             HtmlEscape(statement->date.empty() ? "undated" : statement->date) + "</span><div><b>" +
             HtmlEscape(holder.empty() ? "unattributed" : holder) + "</b> <span class=\"stance " +
             HtmlEscape(statement->stance) + "\">" + HtmlEscape(SpacedName(statement->stance)) +
             "</span>";
      if (statement->value) {
        out += " <b>" + HtmlEscape(FormatNumber(*statement->value)) +
               (statement->unit.empty() ? "" : " " + HtmlEscape(statement->unit)) + "</b>";
      }
      if (!statement->expected_by.empty())
        out += " expected by " + HtmlEscape(statement->expected_by);
      out += ": " + HtmlEscape(Shorten(statement->text, kMaxStatementChars)) + " ";
      AppendRefs(statement->documents, statement->text, anchors, out);
      out += "</div></li>";
    }
    out += "</ol></div>";
  }
}

void AppendFigures(const ReportStory& story, HtmlAnchors& anchors, std::string& out) {
  if (story.quantities.empty()) return;
  out += "<h3>Figures</h3><ul class=figures>";
  for (const ReportQuantity& quantity : story.quantities) {
    out += "<li><b>" + HtmlEscape(FormatQuantity(quantity)) + "</b>";
    if (const std::string given_by = GivenBy(story, quantity); !given_by.empty())
      out += " — " + HtmlEscape(given_by);
    const std::string as_of = FormatAsOf(quantity);
    if (!as_of.empty()) out += " <span class=date>" + HtmlEscape(as_of) + "</span>";
    out += ": " + HtmlEscape(Shorten(quantity.text, kMaxFigureChars)) + " ";
    AppendRefs(quantity.documents, quantity.text, anchors, out);
    out += "</li>";
  }
  out += "</ul>";
}

// One block per speaker (name, roles), unattributed last; own words in quotation marks (a
// blockquote), reported speech as reported (a paragraph of class "reported").
void AppendQuotes(const ReportStory& story, HtmlAnchors& anchors, std::string& out) {
  if (story.quotes.empty()) return;
  out += "<h3>Who said what</h3>";
  for (const SpeakerQuotes& speaker : QuotesBySpeaker(story)) {
    out += "<div class=speaker><h4>" +
           (speaker.name.empty() ? std::string("(unattributed)") : HtmlEscape(speaker.name));
    if (!speaker.roles.empty())
      out += " <span class=meta>" + HtmlEscape(JoinStrings(speaker.roles, ", ")) + "</span>";
    out += "</h4>";
    for (const ReportQuote* quote : speaker.quotes) {
      const QuoteProse prose = DescribeQuote(*quote, speaker.name, kMaxQuoteChars);
      const bool direct = quote->kind == "direct";
      out += direct ? "<blockquote>" : "<p class=reported>";
      if (!prose.lead.empty()) out += HtmlEscape(prose.lead) + " ";
      out += prose.in_marks ? "“" + HtmlEscape(prose.words) + "”" : HtmlEscape(prose.words);
      out += " ";
      AppendRefs(quote->documents, quote->text, anchors, out, quote->said_on);
      out += direct ? "</blockquote>" : "</p>";
    }
    out += "</div>";
  }
}

}  // namespace

std::vector<const ReportEntity*> MainEntities(const ReportStory& story, size_t limit) {
  std::vector<const ReportEntity*> entities;
  for (const ReportEntity& entity : story.entities) entities.push_back(&entity);
  std::stable_sort(entities.begin(), entities.end(),
                   [](const ReportEntity* a, const ReportEntity* b) {
                     return a->documents.size() > b->documents.size();
                   });
  if (entities.size() > limit) entities.resize(limit);
  return entities;
}

void AppendStorySection(const ReportStory& story, size_t story_index, HtmlAnchors& anchors,
                        std::string& out) {
  out += "<section class=story id=\"" + HtmlEscape(anchors.StoryAnchor(story_index)) + "\"><h2>" +
         HtmlEscape(story.title.empty() ? "(untitled story)" : story.title) +
         "</h2><p class=meta>" + CountOf(story.documents.size(), "document", "documents") +
         " · <b>" +
         CountOf(story.independent_sources.size(), "independent source", "independent sources") +
         "</b>";
  const std::vector<const ReportDocument*> docs = StoryDocuments(story.documents, anchors);
  if (!story.first_published.empty()) {
    out += " · first report " + HtmlEscape(story.first_published);
    if (!docs.empty() && !docs.front()->published.empty())
      out += " (" + HtmlEscape(DocumentName(*docs.front())) + ")";
    if (story.last_published != story.first_published && !story.last_published.empty()) {
      out += " · last " + HtmlEscape(story.last_published);
      const ReportDocument* last = nullptr;
      for (const ReportDocument* doc : docs) {
        if (!doc->published.empty()) last = doc;
      }
      if (last != nullptr) out += " (" + HtmlEscape(DocumentName(*last)) + ")";
    }
  }
  out += "</p>";
  AppendAbout(story, out);
  if (!story.related.empty()) {
    out += "<p class=meta>Same topic: ";
    for (size_t related_idx = 0; related_idx < story.related.size(); ++related_idx) {
      const std::string& other = story.related[related_idx];
      if (related_idx > 0) out += " · ";
      const ReportStory* related = anchors.FindStory(other);
      if (related == nullptr) {
        out += HtmlEscape(other);
        continue;
      }
      out += "<a href=\"#" + HtmlEscape(anchors.StoryAnchor(other)) + "\">" +
             HtmlEscape(related->title.empty() ? other : related->title) + "</a>";
    }
    out += "</p>";
  }
  AppendDocumentsAndSources(story, docs, anchors, out);
  AppendTimeline(story, anchors, out);
  AppendClaims(story, anchors, out);
  AppendFigures(story, anchors, out);
  AppendQuotes(story, anchors, out);
  out += "<p class=top><a href=\"#index\">↑ index</a></p></section>";
}

}  // namespace crosscheck
