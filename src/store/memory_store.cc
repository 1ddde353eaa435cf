#include "store/memory_store.h"

#include <xxhash.h>

#include <algorithm>
#include <memory>
#include <utility>

#include "base/build_id.h"

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

Status MemoryStore::LoadEach(const DocumentVisitor& document,
                             std::vector<ReportSkipped>* skipped) {
  for (size_t index = 0; index < corpus_.articles.size(); ++index) {
    Article article = corpus_.articles[index];
    Annotations annotations = corpus_.annotations[index];
    CROSSCHECK_RETURN_IF_ERROR(document(std::move(article), std::move(annotations)));
  }
  if (skipped != nullptr) {
    skipped->insert(skipped->end(), corpus_.skipped.begin(), corpus_.skipped.end());
  }
  return Status::Ok();
}

// Builds the new publication beside the old one and replaces it at Finish.
class MemoryStore::Publication final : public PublicationWriter {
 public:
  Publication(MemoryStore& store, std::string_view at) : store_(store), at_(at) {}

  Status Story(const ReportStory& story, const OutletLookup& outlets) override {
    PublishedStoryRow row = PublishedStoryRowOf(story, outlets, store_.story_versions_, at_);
    versions_[story.id] = {row.hash, row.summary.changed_at};
    summaries_.push_back(std::move(row.summary));
    report_.stories.push_back(story);
    AddToPublishedState(story, &state_);
    return Status::Ok();
  }
  Status Document(const ReportDocument& document) override {
    report_.documents.push_back(document);
    return Status::Ok();
  }
  Status Changes(const std::vector<ChangeRecord>& changes) override {
    changes_.insert(changes_.end(), changes.begin(), changes.end());
    return Status::Ok();
  }
  Status Finish(std::string_view version, size_t documents,
                const std::vector<ReportSkipped>& skipped) override {
    report_.version = std::string(version);
    report_.skipped = skipped;
    state_.at = at_;
    state_.version = report_.version;
    state_.build = BuildId();
    state_.documents = documents;
    state_.skipped = skipped.size();
    store_.summaries_ = std::move(summaries_);
    store_.story_versions_ = std::move(versions_);
    store_.published_ = std::move(report_);
    store_.state_ = std::move(state_);
    for (ChangeRecord& change : changes_) {
      store_.changes_.push_back(std::move(change));
      store_.changes_.back().seq = static_cast<int64_t>(store_.changes_.size());
    }
    return Status::Ok();
  }

 private:
  MemoryStore& store_;
  const std::string at_;
  Report report_;
  std::vector<StorySummary> summaries_;
  PreviousStoryVersions versions_;
  PublishedState state_;
  std::vector<ChangeRecord> changes_;
};

StatusOr<std::unique_ptr<PublicationWriter>> MemoryStore::BeginPublication(std::string_view at) {
  return std::unique_ptr<PublicationWriter>(std::make_unique<Publication>(*this, at));
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
