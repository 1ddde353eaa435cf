#include "pipeline/query.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "base/ascii.h"
#include "base/terminal_text.h"
#include "report/json_writer.h"
#include "store/published.h"

namespace crosscheck {
namespace {

// Search hits read to find the stories of a text query: enough for any page of stories.
constexpr size_t kSearchDepth = 2000;

bool ContainsFolded(std::string_view text, const std::string& lower_part) {
  return LowerAscii(text).find(lower_part) != std::string::npos;
}

bool AnyContains(const std::vector<std::string>& values, const std::string& part) {
  if (part.empty()) return true;
  const std::string lower = LowerAscii(part);
  return std::any_of(values.begin(), values.end(),
                     [&lower](const std::string& value) { return ContainsFolded(value, lower); });
}

bool InRange(const StorySummary& story, const StoryQuery& query) {
  if (query.from.empty() && query.to.empty()) return true;
  if (story.first_published.empty() || story.last_published.empty()) return false;
  if (!query.from.empty() && story.last_published.substr(0, query.from.size()) < query.from) {
    return false;
  }
  if (!query.to.empty() && story.first_published.substr(0, query.to.size()) > query.to) {
    return false;
  }
  return true;
}

bool HasStatus(const StorySummary& story, const std::string& status) {
  if (status.empty()) return true;
  return std::any_of(story.statuses.begin(), story.statuses.end(),
                     [&status](const auto& entry) { return entry.first == status; });
}

void WriteSummary(JsonWriter& json, const StorySummary& summary) {
  json.BeginObject();
  json.Field("id", summary.id);
  json.Field("title", summary.title);
  json.FieldOrNull("first_published", summary.first_published);
  json.FieldOrNull("last_published", summary.last_published);
  json.FieldOrNull("topic", summary.topic);
  json.Key("documents");
  json.Integer(static_cast<long long>(summary.documents));
  json.Key("independent_sources");
  json.Integer(static_cast<long long>(summary.independent_sources));
  json.Key("claims");
  json.BeginObject();
  for (const auto& [status, count] : summary.statuses) {
    json.Key(status);
    json.Integer(count);
  }
  json.EndObject();
  json.Key("outlets");
  json.StringArray(summary.outlets);
  json.Key("entities");
  json.StringArray(summary.entities);
  json.FieldOrNull("changed_at", summary.changed_at);
  json.EndObject();
}

void WriteHit(JsonWriter& json, const SearchHit& hit) {
  json.BeginObject();
  json.Field("document", hit.document);
  json.FieldOrNull("story", hit.story);
  json.Field("title", hit.title);
  json.Field("snippet", hit.snippet);
  json.Key("score");
  json.Number(hit.score);
  json.EndObject();
}

void WriteChange(JsonWriter& json, const ChangeRecord& change) {
  json.BeginObject();
  json.Key("seq");
  json.Integer(change.seq);
  json.Field("at", change.at);
  json.Field("kind", change.kind);
  json.Field("story", change.story);
  json.FieldOrNull("claim", change.claim);
  json.Field("text", change.text);
  json.EndObject();
}

// "2 corroborated, 1 denied"
std::string StatusCounts(const StorySummary& summary) {
  std::string text;
  for (const auto& [status, count] : summary.statuses) {
    if (!text.empty()) text += ", ";
    text += std::to_string(count) + " " + status;
  }
  return text.empty() ? "-" : text;
}

// Pads or cuts `text` (already escaped, ASCII or UTF-8) to `width` code points.
std::string Column(std::string_view text, size_t width) {
  std::string out;
  size_t points = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const bool starts = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (starts && points == width) break;
    if (starts) ++points;
    out += text[i];
  }
  if (points == width && out.size() < text.size()) {
    // cut: mark it in the last column position
    size_t cut = out.size();
    do --cut;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80);
    out.resize(cut);
    out += "…";
  }
  for (; points < width; ++points) out += ' ';
  return out;
}

}  // namespace

StatusOr<QueryResult> QueryStore(Store& store, const StoryQuery& query) {
  if (query.limit == 0) return InvalidArgumentError("query: the limit must be positive");
  if (!query.status.empty() && std::find(std::begin(kClaimStatuses), std::end(kClaimStatuses),
                                         query.status) == std::end(kClaimStatuses)) {
    std::string known;
    for (std::string_view status : kClaimStatuses)
      known += (known.empty() ? "" : ", ") + std::string(status);
    return InvalidArgumentError("query: unknown claim status \"" + query.status + "\" (one of " +
                                known + ")");
  }
  StatusOr<std::vector<StorySummary>> summaries = store.StorySummaries();
  if (!summaries.ok()) return summaries.status();
  const auto matches = [&query](const StorySummary& story) {
    return AnyContains(story.entities, query.entity) && AnyContains(story.outlets, query.outlet) &&
           HasStatus(story, query.status) && InRange(story, query);
  };
  QueryResult result;
  if (SearchWords(query.text).empty()) {
    for (StorySummary& story : *summaries) {
      if (!matches(story)) continue;
      ++result.matching_stories;
      if (result.stories.size() < query.limit) result.stories.push_back(std::move(story));
    }
    return result;
  }
  StatusOr<std::vector<SearchHit>> hits = store.Search(query.text, kSearchDepth);
  if (!hits.ok()) return hits.status();
  std::unordered_map<std::string_view, StorySummary*> by_id;
  for (StorySummary& story : *summaries) by_id[story.id] = &story;
  const bool filtered = !query.entity.empty() || !query.outlet.empty() || !query.status.empty() ||
                        !query.from.empty() || !query.to.empty();
  std::unordered_set<std::string_view> listed;
  for (SearchHit& hit : *hits) {
    const auto story = by_id.find(hit.story);
    const bool story_matches = story != by_id.end() && matches(*story->second);
    if (story_matches && listed.insert(story->second->id).second) {
      ++result.matching_stories;
      if (result.stories.size() < query.limit) result.stories.push_back(*story->second);
    }
    if ((story_matches || (!filtered && story == by_id.end())) &&
        result.documents.size() < query.limit) {
      result.documents.push_back(std::move(hit));
    }
  }
  return result;
}

std::string StorySummaryJson(const StorySummary& summary) {
  std::string out;
  JsonWriter json(out, 0);
  WriteSummary(json, summary);
  return out;
}

std::string QueryResultJson(const QueryResult& result) {
  std::string out;
  JsonWriter json(out, 0);
  json.BeginObject();
  json.Key("stories");
  json.BeginArray();
  for (const StorySummary& story : result.stories) WriteSummary(json, story);
  json.EndArray();
  json.Key("matching_stories");
  json.Integer(static_cast<long long>(result.matching_stories));
  json.Key("documents");
  json.BeginArray();
  for (const SearchHit& hit : result.documents) WriteHit(json, hit);
  json.EndArray();
  json.EndObject();
  out += '\n';
  return out;
}

std::string QueryResultTable(const QueryResult& result) {
  std::string out;
  if (result.stories.empty()) {
    out += "no story matches\n";
  } else {
    out += Column("STORY", 13) + " " + Column("DOCS", 5) + " " + Column("SOURCES", 8) + " " +
           Column("FIRST", 10) + " " + Column("LAST", 10) + " " + Column("CLAIMS", 28) + " TITLE\n";
    for (const StorySummary& story : result.stories) {
      out += Column(EscapeForTerminal(story.id), 13) + " " +
             Column(std::to_string(story.documents), 5) + " " +
             Column(std::to_string(story.independent_sources), 8) + " " +
             Column(EscapeForTerminal(story.first_published), 10) + " " +
             Column(EscapeForTerminal(story.last_published), 10) + " " +
             Column(StatusCounts(story), 28) + " " + EscapeForTerminal(story.title) + "\n";
    }
    if (result.matching_stories > result.stories.size()) {
      out += "(" + std::to_string(result.matching_stories - result.stories.size()) +
             " more stories match; --limit shows more)\n";
    }
  }
  if (!result.documents.empty()) {
    out += "\n" + Column("DOCUMENT", 24) + " " + Column("STORY", 13) + " TITLE\n";
    for (const SearchHit& hit : result.documents) {
      out += Column(EscapeForTerminal(hit.document), 24) + " " +
             Column(EscapeForTerminal(hit.story.empty() ? "-" : hit.story), 13) + " " +
             EscapeForTerminal(hit.title) + "\n    " + EscapeForTerminal(hit.snippet) + "\n";
    }
  }
  return out;
}

std::string ChangesJson(const std::vector<ChangeRecord>& changes) {
  std::string out;
  JsonWriter json(out, 0);
  json.BeginObject();
  json.Key("changes");
  json.BeginArray();
  for (const ChangeRecord& change : changes) WriteChange(json, change);
  json.EndArray();
  json.EndObject();
  out += '\n';
  return out;
}

std::string ChangesTable(const std::vector<ChangeRecord>& changes) {
  if (changes.empty()) return "no changes\n";
  std::string out =
      Column("AT", 20) + " " + Column("KIND", 14) + " " + Column("STORY", 13) + " WHAT\n";
  for (const ChangeRecord& change : changes) {
    out += Column(EscapeForTerminal(change.at), 20) + " " + Column(change.kind, 14) + " " +
           Column(EscapeForTerminal(change.story), 13) + " " + EscapeForTerminal(change.text) +
           "\n";
  }
  return out;
}

}  // namespace crosscheck
