#include "pipeline/store_ingest.h"

#include <algorithm>
#include <ctime>
#include <iterator>
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

// Every stored document onto `shelf` (in ingest order), the skipped inputs into `skipped`.
Status ShelveStore(Store& store, DocumentShelf& shelf, std::vector<ReportSkipped>* skipped) {
  return store.LoadEach(
      [&shelf](Article&& article, Annotations&& annotations) {
        const size_t kept = DocumentProcessor::KeptBytes(article, annotations);
        return shelf.Add(std::move(article), std::move(annotations), kept);
      },
      skipped);
}

StatusOr<Report> BuildFromStore(Store& store, const AnalyzeOptions& options) {
  DocumentShelf shelf(options.shelf);
  std::vector<ReportSkipped> skipped;
  CROSSCHECK_RETURN_IF_ERROR(ShelveStore(store, shelf, &skipped));
  CollectReport collect;
  CROSSCHECK_RETURN_IF_ERROR(StreamReport(shelf, std::move(skipped), options, collect));
  return collect.Take();
}

// Writes the report into a publication as StreamReport hands it out: each story with its
// changes, then each document, then the publication's row. Stories come before the documents
// that carry the outlets their summaries list, so outlets are looked up in the shelf's cards
// (by id, binary search over an index sorted by id: 4 bytes a document).
class PublishingSink final : public ReportSink {
 public:
  PublishingSink(PublicationWriter& writer, const ChangeFinder& changes,
                 const std::vector<DocumentCard>& cards)
      : writer_(writer), changes_(changes), cards_(cards), by_id_(cards.size()) {
    for (size_t index = 0; index < cards.size(); ++index) {
      by_id_[index] = static_cast<DocIndex>(index);
    }
    std::sort(by_id_.begin(), by_id_.end(),
              [&cards](DocIndex a, DocIndex b) { return cards[a].id < cards[b].id; });
    outlets_ = [this](std::string_view id) { return OutletOf(id); };
  }

  Status Begin(const std::string& version) override {
    version_ = version;
    return Status::Ok();
  }
  Status Story(ReportStory&& story) override {
    const std::vector<ChangeRecord> changes = changes_.Of(story);
    CROSSCHECK_RETURN_IF_ERROR(writer_.Story(story, outlets_));
    CROSSCHECK_RETURN_IF_ERROR(writer_.Changes(changes));
    ++counts_.stories;
    counts_.changes += changes.size();
    return Status::Ok();
  }
  Status Document(ReportDocument&& document) override {
    ++documents_;
    return writer_.Document(document);
  }
  Status End(std::vector<ReportSkipped>&& skipped) override {
    return writer_.Finish(version_, documents_, skipped);
  }
  const PublishCounts& counts() const { return counts_; }

 private:
  std::string_view OutletOf(std::string_view id) const {
    const auto found = std::lower_bound(
        by_id_.begin(), by_id_.end(), id,
        [this](DocIndex index, std::string_view key) { return cards_[index].id < key; });
    if (found == by_id_.end() || cards_[*found].id != id) return {};
    return cards_[*found].outlet;
  }

  PublicationWriter& writer_;
  const ChangeFinder& changes_;
  const std::vector<DocumentCard>& cards_;
  std::vector<DocIndex> by_id_;  // card indexes sorted by id
  OutletLookup outlets_;
  std::string version_;
  size_t documents_ = 0;
  PublishCounts counts_;
};

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

ChangeFinder::ChangeFinder(const PublishedState& before, std::string_view at) : at_(at) {
  for (const auto& [id, documents] : before.story_documents) story_documents_[id] = documents;
  for (const auto& entry : before.claims) claims_[entry.first] = &entry.second;
}

std::vector<ChangeRecord> ChangeFinder::Of(const ReportStory& story) const {
  std::vector<ChangeRecord> changes;
  const auto add = [&](std::string kind, const std::string& claim, std::string text) {
    ChangeRecord change;
    change.at = at_;
    change.kind = std::move(kind);
    change.story = story.id;
    change.claim = claim;
    change.text = std::move(text);
    changes.push_back(std::move(change));
  };
  const auto old = story_documents_.find(story.id);
  if (old == story_documents_.end()) {
    add("new_story", "",
        "new story: " + StoryLabel(story) + " (" +
            Plural(story.documents.size(), "document", "documents") + ")");
    return changes;
  }
  if (story.documents.size() > old->second) {
    add("story_grew", "",
        Plural(story.documents.size() - old->second, "new document", "new documents") + " in " +
            StoryLabel(story));
  }
  for (const ReportClaim& claim : story.claims) {
    const auto was = claims_.find(claim.id);
    if (was == claims_.end()) {
      add("new_claim", claim.id, "new claim: " + claim.about + " (" + claim.status + ")");
      continue;
    }
    if (was->second->status != claim.status) {
      add("status_changed", claim.id,
          claim.about + ": " + was->second->status + " -> " + claim.status);
    } else if (claim.statements.size() > was->second->statements) {
      add("new_statement", claim.id,
          claim.about + ": " +
              Plural(claim.statements.size() - was->second->statements, "new statement",
                     "new statements"));
    }
  }
  return changes;
}

std::vector<ChangeRecord> ReportChanges(const PublishedState& before, const Report& after,
                                        std::string_view at) {
  const ChangeFinder finder(before, at);
  std::vector<ChangeRecord> changes;
  for (const ReportStory& story : after.stories) {
    std::vector<ChangeRecord> own = finder.Of(story);
    changes.insert(changes.end(), std::make_move_iterator(own.begin()),
                   std::make_move_iterator(own.end()));
  }
  return changes;
}

Status PublishStoreReport(Store& store, const AnalyzeOptions& options, std::string_view at,
                          PublishCounts* counts) {
  StatusOr<PublishedState> before = store.LoadPublishedState();
  if (!before.ok()) return before.status();
  DocumentShelf shelf(options.shelf);
  std::vector<ReportSkipped> skipped;
  CROSSCHECK_RETURN_IF_ERROR(ShelveStore(store, shelf, &skipped));
  PublishCounts published;
  {
    StatusOr<std::unique_ptr<PublicationWriter>> writer = store.BeginPublication(at);
    if (!writer.ok()) return writer.status();
    const ChangeFinder changes(*before, at);
    PublishingSink sink(**writer, changes, shelf.cards());
    CROSSCHECK_RETURN_IF_ERROR(StreamReport(shelf, std::move(skipped), options, sink));
    published = sink.counts();
  }
  CROSSCHECK_RETURN_IF_ERROR(store.Commit());
  if (counts != nullptr) *counts = published;
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
