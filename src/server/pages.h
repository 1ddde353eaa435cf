// The server's HTML views, self-contained like the HTML report (inline CSS, nothing fetched;
// no script: the index filters are a plain GET form the server answers):
//
//   /               RenderStoryIndexPage: a search form (words in titles and entities, claim
//                   status, outlet), one row per story (title linking to /stories/{id},
//                   documents, independent sources, dates, claim status counts, outlets),
//                   previous/next page links, and the Atom feed of changes.
//   /stories/{id}   RenderStoryPage: the story as the HTML report renders it
//                   (RenderReportHtml on a report holding that story and its documents), with
//                   a link back to the index and to the story's feed.
//
// Everything from the store is escaped (markup.h). Pure functions; thread-safe.
#ifndef CROSSCHECK_SERVER_PAGES_H_
#define CROSSCHECK_SERVER_PAGES_H_

#include <string>
#include <vector>

#include "model/report.h"
#include "store/store.h"

namespace crosscheck {

// Which stories a list shows: every non-empty field must match (words: each word, any case,
// in the title or an entity name; status: a claim with it; outlet: one of its outlets, any
// case).
struct StoryFilter {
  std::string words, status, outlet;
};
bool MatchesFilter(const StorySummary& story, const StoryFilter& filter);

struct IndexPage {
  std::vector<const StorySummary*> stories;  // the slice shown
  size_t total = 0;                          // stories matching the filter
  size_t offset = 0, limit = 0;
  StoryFilter filter;
  std::string published_at;  // the publication shown; empty when none yet
};
std::string RenderStoryIndexPage(const IndexPage& page);

// `story`'s page; `version` is the report version to put in the sub-report.
std::string RenderStoryPage(const StoryPage& story, const std::string& version);

// The report holding one story and its documents (what /api/stories/{id} and /stories/{id}
// render); `document`'s story is kept as is.
Report StoryReport(const StoryPage& story, const std::string& version);

}  // namespace crosscheck

#endif  // CROSSCHECK_SERVER_PAGES_H_
