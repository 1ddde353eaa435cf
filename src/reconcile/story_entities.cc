// Entities merged across a story's documents. Mentions with the same canonical name (any
// case) are one entity; then a person whose name's words all appear, first or last word
// matching, in a fuller person's name joins it ("Lind" -> "Ana Lind"). The entity's name
// is the fullest name, its aliases every other name and surface form seen, its roles the
// titles written right before a person's name ("NATO chief", "Defense Secretary").
// O(M log M) for M mentions, plus for each person the persons sharing its rarest name word.
#include <algorithm>
#include <map>
#include <string>

#include "annotate/tokens.h"
#include "reconcile/story_parts.h"

namespace crosscheck::reconcile {
namespace {

constexpr size_t kRoleWindowBytes = 40;

struct Cluster {
  std::string name;  // fullest canonical
  EntityType type = EntityType::kOther;
  std::vector<std::string> forms;  // canonicals and texts
  std::vector<std::string> roles;
  std::vector<std::string> documents;
  size_t mentions = 0;
  int merged_into = -1;
};

std::vector<std::string> Words(std::string_view name) {
  std::vector<std::string> words;
  size_t pos = 0;
  while (pos < name.size()) {
    size_t end = name.find(' ', pos);
    if (end == std::string_view::npos) end = name.size();
    if (end > pos) words.emplace_back(name.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

// "Lind" or "Ana Lind" inside "Ana Maria Lind"; first or last word must match.
bool IsShortFormOf(const std::string& short_name, const std::string& full_name) {
  const auto short_words = Words(short_name);
  const auto full_words = Words(full_name);
  if (short_words.empty() || short_words.size() >= full_words.size()) return false;
  if (short_words.front() != full_words.front() && short_words.back() != full_words.back())
    return false;
  for (const std::string& w : short_words) {
    if (std::find(full_words.begin(), full_words.end(), w) == full_words.end()) return false;
  }
  return true;
}

// The title written right before a person's mention: "NATO chief ", "US Defense Secretary ".
std::string RoleBefore(std::string_view body, const Span& span) {
  const uint32_t from =
      span.begin > kRoleWindowBytes ? span.begin - static_cast<uint32_t>(kRoleWindowBytes) : 0;
  std::string_view window = body.substr(from, span.begin - from);
  while (!window.empty() && window.back() == ' ') window.remove_suffix(1);
  const auto words = Words(window);
  if (words.empty()) return {};
  for (size_t len = std::min<size_t>(3, words.size()); len >= 1; --len) {
    std::string phrase;
    for (size_t k = words.size() - len; k < words.size(); ++k)
      phrase += (phrase.empty() ? "" : " ") + words[k];
    if (IsPersonTitle(phrase) && !IsHonorific(phrase)) return phrase;
  }
  return {};
}

}  // namespace

std::string StoryEntities::IdForName(std::string_view name) const {
  if (name.empty()) return {};
  const std::string lower = LowerAscii(name);
  if (indexed_) {
    if (const auto it = by_name_.find(lower); it != by_name_.end()) return entities[it->second].id;
    if (const auto it = by_alias_.find(lower); it != by_alias_.end())
      return entities[it->second].id;
    // Every word of a short form is in the full name: the rarest word's persons, in order.
    const std::vector<size_t>* candidates = nullptr;
    for (const std::string& word : Words(name)) {
      const auto it = person_words_.find(word);
      if (it == person_words_.end()) return {};
      if (candidates == nullptr || it->second.size() < candidates->size()) candidates = &it->second;
    }
    if (candidates == nullptr) return {};
    for (size_t index : *candidates) {
      if (IsShortFormOf(std::string(name), entities[index].name)) return entities[index].id;
    }
    return {};
  }
  for (const ReportEntity& e : entities) {
    if (LowerAscii(e.name) == lower) return e.id;
  }
  for (const ReportEntity& e : entities) {
    for (const std::string& alias : e.aliases) {
      if (LowerAscii(alias) == lower) return e.id;
    }
  }
  for (const ReportEntity& e : entities) {
    if (e.type == "person" && IsShortFormOf(std::string(name), e.name)) return e.id;
  }
  return {};
}

void StoryEntities::BuildIndex() {
  by_name_.clear();
  by_alias_.clear();
  person_words_.clear();
  for (size_t index = 0; index < entities.size(); ++index) {
    const ReportEntity& e = entities[index];
    by_name_.emplace(LowerAscii(e.name), index);
    for (const std::string& alias : e.aliases) by_alias_.emplace(LowerAscii(alias), index);
    if (e.type != "person") continue;
    for (const std::string& word : Words(e.name)) {
      std::vector<size_t>& list = person_words_[word];
      if (list.empty() || list.back() != index) list.push_back(index);
    }
  }
  indexed_ = true;
}

StoryEntities MergeEntities(const StoryView& story) {
  std::vector<Cluster> clusters;
  std::map<std::string, size_t> by_key;  // lower-case canonical -> cluster
  for (const StoryDocument& doc : story.documents) {
    for (const EntityMention& mention : doc.annotations->entities) {
      if (mention.canonical.empty()) continue;
      const std::string key = LowerAscii(mention.canonical);
      auto [it, inserted] = by_key.emplace(key, clusters.size());
      if (inserted) {
        clusters.push_back({});
        clusters.back().name = mention.canonical;
        clusters.back().type = mention.type;
      }
      Cluster& cluster = clusters[it->second];
      // A typed mention beats "other" for the cluster's type.
      if (cluster.type == EntityType::kOther) cluster.type = mention.type;
      ++cluster.mentions;
      AddUnique(cluster.forms, mention.text);
      AddUnique(cluster.documents, doc.article->id);
      if (mention.type == EntityType::kPerson) {
        if (std::string role = RoleBefore(doc.body, mention.span); !role.empty())
          AddUnique(cluster.roles, role);
      }
    }
  }
  // Persons: short forms join the fullest name that contains them. A full name holds every
  // word of the short one, so the candidates are the persons holding its rarest word (in
  // cluster order, so ties go to the first, as a scan over all clusters would).
  std::map<std::string, std::vector<size_t>> persons_with_word;
  std::vector<size_t> word_count(clusters.size(), 0);
  for (size_t f = 0; f < clusters.size(); ++f) {
    if (clusters[f].type != EntityType::kPerson) continue;
    const std::vector<std::string> words = Words(clusters[f].name);
    word_count[f] = words.size();
    for (const std::string& word : words) {
      std::vector<size_t>& list = persons_with_word[word];
      if (list.empty() || list.back() != f) list.push_back(f);
    }
  }
  for (size_t s = 0; s < clusters.size(); ++s) {
    if (clusters[s].type != EntityType::kPerson) continue;
    const std::vector<size_t>* candidates = nullptr;
    for (const std::string& word : Words(clusters[s].name)) {
      const std::vector<size_t>& list = persons_with_word[word];
      if (candidates == nullptr || list.size() < candidates->size()) candidates = &list;
    }
    int best = -1;
    for (size_t f : candidates ? *candidates : std::vector<size_t>{}) {
      if (f == s || !IsShortFormOf(clusters[s].name, clusters[f].name)) continue;
      if (best < 0 || word_count[f] > word_count[static_cast<size_t>(best)])
        best = static_cast<int>(f);
    }
    clusters[s].merged_into = best;
  }
  for (size_t s = 0; s < clusters.size(); ++s) {
    int target = clusters[s].merged_into;
    while (target >= 0 && clusters[static_cast<size_t>(target)].merged_into >= 0)
      target = clusters[static_cast<size_t>(target)].merged_into;
    if (target < 0) continue;
    Cluster& into = clusters[static_cast<size_t>(target)];
    AddUnique(into.forms, clusters[s].name);
    for (const auto& f : clusters[s].forms) AddUnique(into.forms, f);
    for (const auto& r : clusters[s].roles) AddUnique(into.roles, r);
    for (const auto& d : clusters[s].documents) AddUnique(into.documents, d);
    into.mentions += clusters[s].mentions;
  }
  // Most mentioned first; ids in that order.
  std::vector<size_t> order;
  for (size_t c = 0; c < clusters.size(); ++c) {
    if (clusters[c].merged_into < 0) order.push_back(c);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return clusters[a].mentions > clusters[b].mentions; });
  // Documents in story order.
  std::map<std::string, size_t> story_position;
  for (const StoryDocument& doc : story.documents)
    story_position.emplace(doc.article->id, story_position.size());
  const auto position = [&](const std::string& id) {
    const auto it = story_position.find(id);
    return it == story_position.end() ? story_position.size() : it->second;
  };
  StoryEntities result;
  for (size_t c : order) {
    const Cluster& cluster = clusters[c];
    ReportEntity entity;
    entity.id = "e" + std::to_string(result.entities.size() + 1);
    entity.name = cluster.name;
    entity.type = EntityTypeName(cluster.type);
    for (const std::string& form : cluster.forms) {
      if (form != cluster.name) AddUnique(entity.aliases, form);
    }
    entity.roles = cluster.roles;
    for (const std::string& role : cluster.roles) AddUnique(entity.aliases, role);
    entity.documents = cluster.documents;
    std::sort(
        entity.documents.begin(), entity.documents.end(),
        [&](const std::string& a, const std::string& b) { return position(a) < position(b); });
    result.entities.push_back(std::move(entity));
  }
  result.BuildIndex();
  return result;
}

}  // namespace crosscheck::reconcile
