#include "pipeline/store_ingest.h"

#include <ctime>
#include <optional>
#include <unordered_map>
#include <utility>

#include "base/build_id.h"

namespace crosscheck {

StatusOr<std::unique_ptr<StoreIngest>> StoreIngest::Create(Store& store, IngestOptions options) {
  if (options.commit_every == 0) {
    return InvalidArgumentError("commit_every must be positive");
  }
  StatusOr<std::vector<std::string>> ids = store.DocumentIds();
  if (!ids.ok()) return ids.status();
  std::unique_ptr<StoreIngest> ingest(new StoreIngest(store, options, ids->size()));
  ingest->analyzer_.ReserveIds(*ids);
  return ingest;
}

StoreIngest::StoreIngest(Store& store, IngestOptions options, size_t stored)
    : store_(store), options_(options), analyzer_(options.analyze), stored_(stored) {
  analyzer_.set_keep_listener(
      [this](uint64_t fingerprint, Article&& article, Annotations&& annotations) {
        Keep(fingerprint, std::move(article), std::move(annotations));
      });
  analyzer_.set_skip_listener(
      [this](std::string_view input, const Status& status) { Skip(input, status); });
}

void StoreIngest::OnDocument(Document&& document) {
  if (!error_.ok()) return;
  // Recognised before any work is done on it: a repeat costs one hash and one lookup.
  const uint64_t fingerprint = DocumentFingerprint(document);
  if (seen_fingerprints_.count(fingerprint) != 0) {
    ++counts_.already_stored;
    return;
  }
  StatusOr<bool> stored = store_.HasFingerprint(fingerprint);
  if (!stored.ok()) {
    error_ = stored.status();
    return;
  }
  if (*stored) {
    ++counts_.already_stored;
    return;
  }
  seen_fingerprints_.insert(fingerprint);
  analyzer_.OnDocument(std::move(document));
}

void StoreIngest::OnError(std::string_view input, const Status& status) {
  if (!error_.ok()) return;
  analyzer_.OnError(input, status);
}

void StoreIngest::Keep(uint64_t fingerprint, Article&& article, Annotations&& annotations) {
  if (!error_.ok()) return;
  error_ = store_.AddDocument(fingerprint, article, annotations);
  if (!error_.ok()) return;
  ++counts_.added;
  ++stored_;
  ++uncommitted_;
  CommitIfDue(false);
}

void StoreIngest::Skip(std::string_view input, const Status& status) {
  ++counts_.skipped;
  if (on_skip_) on_skip_(input, status);
  if (!error_.ok()) return;
  error_ = store_.AddSkipped(input, status.ToString());
  if (!error_.ok()) return;
  ++uncommitted_;
  CommitIfDue(false);
}

void StoreIngest::CommitIfDue(bool force) {
  if (!error_.ok() || uncommitted_ == 0) return;
  if (!force && uncommitted_ < options_.commit_every) return;
  error_ = store_.Commit();
  if (!error_.ok()) return;
  uncommitted_ = 0;
  if (on_commit_) on_commit_(stored_);
}

Status StoreIngest::Finish() {
  analyzer_.Drain();
  CommitIfDue(true);
  return error_;
}

namespace {

StatusOr<Report> BuildFromStore(Store& store, const AnalyzeOptions& options) {
  StatusOr<StoredCorpus> corpus = store.Load();
  if (!corpus.ok()) return corpus.status();
  return BuildReport(std::move(corpus->articles), std::move(corpus->annotations),
                     std::move(corpus->skipped), options);
}

// A one-line summary of a story for the change log: its title, cut to a readable length.
std::string StoryLabel(const ReportStory& story) {
  constexpr size_t kMaxBytes = 120;
  std::string title = story.title.empty() ? story.id : story.title;
  if (title.size() > kMaxBytes) {
    size_t cut = kMaxBytes;
    while (cut > 0 && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) --cut;
    title = title.substr(0, cut) + "…";
  }
  return title;
}

std::string Plural(size_t count, std::string_view one, std::string_view many) {
  return std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

}  // namespace

StatusOr<bool> PublicationIsStale(Store& store) {
  StatusOr<PublishedState> state = store.LoadPublishedState();
  if (!state.ok()) return state.status();
  // Another version, or another build of this one (its corpus stages may differ).
  if (state->at.empty() || state->version != CROSSCHECK_VERSION || state->build != BuildId()) {
    return true;
  }
  StatusOr<size_t> documents = store.DocumentCount();
  if (!documents.ok()) return documents.status();
  return *documents != state->documents;
}

StatusOr<Report> ReportFromStore(Store& store, const AnalyzeOptions& options) {
  StatusOr<bool> stale = PublicationIsStale(store);
  if (!stale.ok()) return stale.status();
  if (!*stale) {
    StatusOr<std::optional<Report>> published = store.LoadPublishedReport();
    if (!published.ok()) return published.status();
    if (*published) return std::move(**published);
  }
  return BuildFromStore(store, options);
}

std::vector<ChangeRecord> ReportChanges(const PublishedState& before, const Report& after,
                                        std::string_view at) {
  std::unordered_map<std::string_view, size_t> story_documents;
  for (const auto& [id, documents] : before.story_documents) story_documents[id] = documents;
  std::unordered_map<std::string_view, const PublishedState::Claim*> claims;
  for (const auto& entry : before.claims) claims[entry.first] = &entry.second;
  std::vector<ChangeRecord> changes;
  const auto add = [&](std::string kind, const std::string& story, const std::string& claim,
                       std::string text) {
    ChangeRecord change;
    change.at = std::string(at);
    change.kind = std::move(kind);
    change.story = story;
    change.claim = claim;
    change.text = std::move(text);
    changes.push_back(std::move(change));
  };
  for (const ReportStory& story : after.stories) {
    const auto old = story_documents.find(story.id);
    if (old == story_documents.end()) {
      add("new_story", story.id, "",
          "new story: " + StoryLabel(story) + " (" +
              Plural(story.documents.size(), "document", "documents") + ")");
      continue;
    }
    if (story.documents.size() > old->second) {
      add("story_grew", story.id, "",
          Plural(story.documents.size() - old->second, "new document", "new documents") + " in " +
              StoryLabel(story));
    }
    for (const ReportClaim& claim : story.claims) {
      const auto was = claims.find(claim.id);
      if (was == claims.end()) {
        add("new_claim", story.id, claim.id,
            "new claim: " + claim.about + " (" + claim.status + ")");
        continue;
      }
      if (was->second->status != claim.status) {
        add("status_changed", story.id, claim.id,
            claim.about + ": " + was->second->status + " -> " + claim.status);
      } else if (claim.statements.size() > was->second->statements) {
        add("new_statement", story.id, claim.id,
            claim.about + ": " +
                Plural(claim.statements.size() - was->second->statements, "new statement",
                       "new statements"));
      }
    }
  }
  return changes;
}

Status PublishStoreReport(Store& store, const AnalyzeOptions& options, std::string_view at,
                          PublishCounts* counts) {
  StatusOr<PublishedState> before = store.LoadPublishedState();
  if (!before.ok()) return before.status();
  StatusOr<Report> report = BuildFromStore(store, options);
  if (!report.ok()) return report.status();
  const std::vector<ChangeRecord> changes = ReportChanges(*before, *report, at);
  CROSSCHECK_RETURN_IF_ERROR(store.PublishReport(*report, at, changes));
  CROSSCHECK_RETURN_IF_ERROR(store.Commit());
  if (counts != nullptr) {
    counts->stories = report->stories.size();
    counts->changes = changes.size();
  }
  return Status::Ok();
}

std::string UtcNow() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof(text), "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

}  // namespace crosscheck
