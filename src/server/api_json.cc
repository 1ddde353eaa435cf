#include "server/api_json.h"

#include "pipeline/query.h"
#include "report/json_writer.h"

namespace crosscheck {

std::string StoryListJson(const std::vector<const StorySummary*>& page, size_t total, size_t offset,
                          size_t limit) {
  std::string out;
  JsonWriter json(out, 0);
  json.BeginObject();
  json.Key("total");
  json.Integer(static_cast<long long>(total));
  json.Key("offset");
  json.Integer(static_cast<long long>(offset));
  json.Key("limit");
  json.Integer(static_cast<long long>(limit));
  json.Key("stories");
  json.BeginArray();
  json.EndArray();
  json.EndObject();
  // The summaries go between the brackets as query writes them.
  std::string stories;
  for (const StorySummary* story : page) {
    if (!stories.empty()) stories += ',';
    stories += StorySummaryJson(*story);
  }
  out.insert(out.size() - 2, stories);
  out += '\n';
  return out;
}

std::string SearchHitsJson(std::string_view query, const std::vector<SearchHit>& hits) {
  std::string out;
  JsonWriter json(out, 0);
  json.BeginObject();
  json.Field("query", query);
  json.Key("hits");
  json.BeginArray();
  for (const SearchHit& hit : hits) {
    json.BeginObject();
    json.Field("document", hit.document);
    json.FieldOrNull("story", hit.story);
    json.Field("title", hit.title);
    json.Field("snippet", hit.snippet);
    json.Key("score");
    json.Number(hit.score);
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
  out += '\n';
  return out;
}

std::string UploadResultJson(const UploadResult& result) {
  std::string out;
  JsonWriter json(out, 0);
  json.BeginObject();
  json.Key("added");
  json.Integer(static_cast<long long>(result.counts.added));
  json.Key("already_stored");
  json.Integer(static_cast<long long>(result.counts.already_stored));
  json.Key("skipped");
  json.Integer(static_cast<long long>(result.counts.skipped));
  json.Key("documents");
  json.Integer(static_cast<long long>(result.documents));
  json.FieldOrNull("published", result.published_at);
  json.Key("skipped_inputs");
  json.BeginArray();
  for (const auto& skipped : result.skipped) {
    json.BeginObject();
    json.Field("input", skipped.first);
    json.Field("reason", skipped.second);
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
  out += '\n';
  return out;
}

std::string ErrorJson(std::string_view message) {
  std::string out;
  JsonWriter json(out, 0);
  json.BeginObject();
  json.Field("error", message);
  json.EndObject();
  out += '\n';
  return out;
}

}  // namespace crosscheck
