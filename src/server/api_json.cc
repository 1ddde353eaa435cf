#include "server/api_json.h"

#include "report/json_writer.h"

namespace crosscheck {

std::string StoryListJson(const std::vector<const StorySummary*>& page, size_t total,
                          size_t offset, size_t limit) {
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
  for (const StorySummary* story : page) {
    json.BeginObject();
    json.Field("id", story->id);
    json.Field("title", story->title);
    json.FieldOrNull("first_published", story->first_published);
    json.FieldOrNull("last_published", story->last_published);
    json.Field("topic", story->topic);
    json.Key("documents");
    json.Integer(static_cast<long long>(story->documents));
    json.Key("independent_sources");
    json.Integer(static_cast<long long>(story->independent_sources));
    json.Key("statuses");
    json.BeginObject();
    for (const auto& status : story->statuses) {
      json.Key(status.first);
      json.Integer(status.second);
    }
    json.EndObject();
    json.Key("outlets");
    json.StringArray(story->outlets);
    json.Key("entities");
    json.StringArray(story->entities);
    json.FieldOrNull("changed_at", story->changed_at);
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
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

std::string ChangesJson(const std::vector<ChangeRecord>& changes) {
  std::string out;
  JsonWriter json(out, 0);
  json.BeginObject();
  json.Key("changes");
  json.BeginArray();
  for (const ChangeRecord& change : changes) {
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
