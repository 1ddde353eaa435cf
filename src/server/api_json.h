// The JSON bodies of the API (docs in src/server/README.md), one line each; the change log's
// is pipeline/query.h's ChangesJson, as `crosscheck query --json` prints it. A story and a
// document by id are not here: they answer in report.json's own shape (RenderReportJson on a
// report holding just them), so a client reads them with the code it reads report.json with.
// Pure functions; thread-safe.
#ifndef CROSSCHECK_SERVER_API_JSON_H_
#define CROSSCHECK_SERVER_API_JSON_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pipeline/store_ingest.h"
#include "store/store.h"

namespace crosscheck {

// {"total": N, "offset": O, "limit": L, "stories": [summary]}: `page` is the slice shown of
// `total` matching stories, each summary as `crosscheck query --json` writes it
// (pipeline/query.h StorySummaryJson: id, title, first_published, last_published, topic,
// documents, independent_sources, claims: {status: count}, outlets, entities, changed_at).
std::string StoryListJson(const std::vector<const StorySummary*>& page, size_t total, size_t offset,
                          size_t limit);

// {"query": Q, "hits": [{document, story, title, snippet, score}]}
std::string SearchHitsJson(std::string_view query, const std::vector<SearchHit>& hits);

// What POST /api/documents did: {"added", "already_stored", "skipped", "documents" (in the
// store now), "published" (the publication time, null when nothing was published),
// "skipped_inputs": [{input, reason}]}.
struct UploadResult {
  IngestCounts counts;
  size_t documents = 0;
  std::string published_at;
  std::vector<std::pair<std::string, std::string>> skipped;  // input, reason (capped)
};
std::string UploadResultJson(const UploadResult& result);

// {"error": MESSAGE}
std::string ErrorJson(std::string_view message);

}  // namespace crosscheck

#endif  // CROSSCHECK_SERVER_API_JSON_H_
