#include "store/memory_store.h"

#include <xxhash.h>

#include <algorithm>

#include "store/published.h"
#include "store/report_codec.h"

namespace crosscheck {

StatusOr<bool> MemoryStore::HasFingerprint(uint64_t fingerprint) {
  return fingerprints_.count(fingerprint) != 0;
}

StatusOr<std::vector<std::string>> MemoryStore::DocumentIds() { return ids_; }

StatusOr<size_t> MemoryStore::DocumentCount() { return ids_.size(); }

Status MemoryStore::AddDocument(uint64_t fingerprint, const Article& article,
                                const Annotations& annotations) {
  if (!id_set_.insert(article.id).second) {
    return InvalidArgumentError("store in memory: document id " + article.id +
                                " is already stored");
  }
  ids_.push_back(article.id);
  fingerprints_.insert(fingerprint);
  fingerprint_order_.push_back(fingerprint);
  corpus_.articles.push_back(article);
  corpus_.annotations.push_back(annotations);
  return Status::Ok();
}

Status MemoryStore::AddSkipped(std::string_view input, std::string_view reason) {
  if (skipped_inputs_.emplace(input).second) {
    corpus_.skipped.push_back({std::string(input), std::string(reason)});
  }
  return Status::Ok();
}

Status MemoryStore::Commit() {
  committed_documents_ = ids_.size();
  committed_skipped_ = corpus_.skipped.size();
  return Status::Ok();
}

Status MemoryStore::Rollback() {
  while (ids_.size() > committed_documents_) {
    id_set_.erase(ids_.back());
    ids_.pop_back();
    fingerprints_.erase(fingerprint_order_.back());
    fingerprint_order_.pop_back();
    corpus_.articles.pop_back();
    corpus_.annotations.pop_back();
  }
  while (corpus_.skipped.size() > committed_skipped_) {
    skipped_inputs_.erase(corpus_.skipped.back().input);
    corpus_.skipped.pop_back();
  }
  return Status::Ok();
}

StatusOr<StoredCorpus> MemoryStore::Load() { return corpus_; }

Status MemoryStore::PublishReport(const Report& report, std::string_view at,
                                  const std::vector<ChangeRecord>& changes) {
  std::unordered_map<std::string, std::pair<uint64_t, std::string>> versions;
  summaries_.clear();
  for (PublishedStoryRow& row : PublishedStoryRows(report, story_versions_, at)) {
    versions[row.story->id] = {row.hash, row.summary.changed_at};
    summaries_.push_back(std::move(row.summary));
  }
  story_versions_ = std::move(versions);
  published_ = report;
  state_ = StateOfReport(report, at);
  for (const ChangeRecord& change : changes) {
    changes_.push_back(change);
    changes_.back().seq = static_cast<int64_t>(changes_.size());
  }
  return Status::Ok();
}

StatusOr<PublishedState> MemoryStore::LoadPublishedState() { return state_; }

StatusOr<std::optional<Report>> MemoryStore::LoadPublishedReport() { return published_; }

StatusOr<std::vector<StorySummary>> MemoryStore::StorySummaries() { return summaries_; }

StatusOr<std::optional<StoryPage>> MemoryStore::LoadStory(std::string_view id, size_t first,
                                                          size_t count) {
  if (!published_) return std::optional<StoryPage>();
  for (const ReportStory& story : published_->stories) {
    if (story.id != id) continue;
    StatusOr<StoryPage> page = PageOfStory(
        story, first, count, [this](std::string_view member) { return LoadDocument(member); });
    if (!page.ok()) return page.status();
    return std::optional<StoryPage>(std::move(*page));
  }
  return std::optional<StoryPage>();
}

StatusOr<std::optional<ReportDocument>> MemoryStore::LoadDocument(std::string_view id) {
  if (!published_) return std::optional<ReportDocument>();
  for (const ReportDocument& document : published_->documents) {
    if (document.id == id) return std::optional<ReportDocument>(document);
  }
  return std::optional<ReportDocument>();
}

StatusOr<std::vector<SearchHit>> MemoryStore::Search(std::string_view text, size_t limit) {
  const std::vector<std::string> words = SearchWords(text);
  std::vector<SearchHit> hits;
  if (words.empty()) return hits;
  for (const Article& article : corpus_.articles) {
    if (hits.size() == limit) break;
    const std::string body = article.Body();
    if (!MatchesAllWords(article.title + "\n" + body, words)) continue;
    SearchHit hit;
    hit.document = article.id;
    hit.title = article.title;
    hit.snippet = SearchSnippet(body, words);
    if (published_) {
      for (const ReportDocument& document : published_->documents) {
        if (document.id == article.id) hit.story = document.story;
      }
    }
    hits.push_back(std::move(hit));
  }
  return hits;
}

StatusOr<std::vector<ChangeRecord>> MemoryStore::ChangesSince(std::string_view since,
                                                              std::string_view story,
                                                              size_t limit) {
  std::vector<ChangeRecord> found;
  for (auto change = changes_.rbegin(); change != changes_.rend() && found.size() < limit;
       ++change) {
    if (change->at < since) continue;
    if (!story.empty() && change->story != story) continue;
    found.push_back(*change);
  }
  return found;
}

}  // namespace crosscheck
