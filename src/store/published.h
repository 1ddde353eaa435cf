// What both store back ends share about the published report: a story's summary, the words of
// a search, a snippet around a match, and the claim statuses in the schema's order.
// Pure functions; thread-safe.
#ifndef CROSSCHECK_STORE_PUBLISHED_H_
#define CROSSCHECK_STORE_PUBLISHED_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "model/report.h"
#include "store/store.h"

namespace crosscheck {

// Claim statuses in the schema's order (report.schema.json).
inline constexpr std::string_view kClaimStatuses[] = {
    "corroborated", "single_source", "conflicting", "contested", "denied", "unconfirmed"};

// At most this many entity names in a summary.
inline constexpr size_t kSummaryEntities = 20;

// The summary of `story`; `outlets` gives its documents' outlets (empty: none known).
// `changed_at` is left empty: the store sets it.
StorySummary SummarizeStory(const ReportStory& story, const OutletLookup& outlets);

// A decode error of one stored row, named after the store and the row: "store PATH,
// published story s1: checksum mismatch".
Status StoreRowError(const std::string& store, std::string_view what, std::string_view id,
                     const Status& status);

// What a back end writes for each story at a publication: its encoded form, the hash of that
// (to know whether it changed), and its summary with `changed_at` set: the previous time when
// the hash is the same as before (`previous`: story id -> hash and time), else `at`.
struct PublishedStoryRow {
  const ReportStory* story = nullptr;
  std::string encoded;
  uint64_t hash = 0;
  StorySummary summary;
};
using PreviousStoryVersions = std::unordered_map<std::string, std::pair<uint64_t, std::string>>;
PublishedStoryRow PublishedStoryRowOf(const ReportStory& story, const OutletLookup& outlets,
                                      const PreviousStoryVersions& previous, std::string_view at);

// What a story row of a publication adds to the comparison of the next one (store.h,
// PublishedState): its document count and its claims' states.
void AddToPublishedState(const ReportStory& story, PublishedState* state);

// The page of `story` holding its documents [first, first + count) (fewer at the end), in the
// story's order, each read with `load`; a document `load` does not find is left out.
using PublishedDocumentLoader =
    std::function<StatusOr<std::optional<ReportDocument>>(std::string_view id)>;
StatusOr<StoryPage> PageOfStory(ReportStory story, size_t first, size_t count,
                                const PublishedDocumentLoader& load);


// The words of a search text, lower-cased (ASCII), in order, repeats dropped: runs of ASCII
// letters and digits and of non-ASCII bytes (so "Smith's" gives "smith" and "s"; other
// scripts stay whole). At most 16 words; any text is safe.
std::vector<std::string> SearchWords(std::string_view text);

// Whether every word of `words` occurs in `text` as a whole word (ASCII case ignored): the
// in-memory search, and the reference the full-text index is tested against on ASCII text.
bool MatchesAllWords(std::string_view text, const std::vector<std::string>& words);

// A piece of `body` of at most about `max_bytes` around the first occurrence of one of
// `words` (else its start), cut on UTF-8 boundaries, "…" where it was cut, line breaks as
// spaces.
std::string SearchSnippet(std::string_view body, const std::vector<std::string>& words,
                          size_t max_bytes = 200);

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_PUBLISHED_H_
