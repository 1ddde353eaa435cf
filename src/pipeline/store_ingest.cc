#include "pipeline/store_ingest.h"

#include <utility>

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

StatusOr<Report> ReportFromStore(Store& store, const AnalyzeOptions& options) {
  StatusOr<StoredCorpus> corpus = store.Load();
  if (!corpus.ok()) return corpus.status();
  return BuildReport(std::move(corpus->articles), std::move(corpus->annotations),
                     std::move(corpus->skipped), options);
}

}  // namespace crosscheck
