// Finding stories and documents in a store, and what changed: `crosscheck query` and the
// server's search read the store's published report through these.
//
//   QueryStore: full text (the store's index over titles and bodies) -> the stories of the
//               documents found, then filters on entity, outlet, claim status and date range
//               over the story summaries
//   *Json / *Table: the results for machines (one JSON object) and for the terminal
//
// Pure functions of the store's answers; thread-compatible as the Store is.
#ifndef CROSSCHECK_PIPELINE_QUERY_H_
#define CROSSCHECK_PIPELINE_QUERY_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "store/store.h"

namespace crosscheck {

struct StoryQuery {
  // Words every matching document holds (title or text); empty: every story.
  std::string text;
  // Case-insensitive (ASCII) parts of one of the story's entity names or outlets.
  std::string entity, outlet;
  // A claim status the story has at least one claim in ("corroborated", "denied", ...).
  std::string status;
  // The story was reported within [from, to] (ISO dates or their prefixes, "2024-10"; either
  // may be empty): its first report is not after `to` and its last not before `from`. Stories
  // without dates do not match a date range.
  std::string from, to;
  size_t limit = 20;  // stories and documents listed, each
};

struct QueryResult {
  // Matching stories: in the order of their best document when `text` is given, else in the
  // report's order (biggest first); at most `limit`.
  std::vector<StorySummary> stories;
  size_t matching_stories = 0;  // before the limit
  // Documents found by `text` that belong to a matching story (or to none yet, when no
  // filter is given), best first; at most `limit`.
  std::vector<SearchHit> documents;
};

// InvalidArgument for an unknown status or a limit of 0; store errors as they come.
StatusOr<QueryResult> QueryStore(Store& store, const StoryQuery& query);

// {"stories": [...], "matching_stories": N, "documents": [...]}, one line.
std::string QueryResultJson(const QueryResult& result);
// Aligned columns for the terminal, every value from input escaped (EscapeForTerminal).
std::string QueryResultTable(const QueryResult& result);

// The JSON of one story summary, search hit or change (as the lists above hold them).
std::string StorySummaryJson(const StorySummary& summary);
// {"changes": [...]}, one line; and the terminal table of the same.
std::string ChangesJson(const std::vector<ChangeRecord>& changes);
std::string ChangesTable(const std::vector<ChangeRecord>& changes);

}  // namespace crosscheck

#endif  // CROSSCHECK_PIPELINE_QUERY_H_
