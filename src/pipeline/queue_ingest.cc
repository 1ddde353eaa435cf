#include "pipeline/queue_ingest.h"

#include <chrono>
#include <cstdio>
#include <limits>
#include <vector>

#include "store/blob_packing.h"
#include "store/codec.h"

namespace crosscheck {
namespace {

// How long one fetch waits for a first message.
constexpr int64_t kFetchWaitMs = 500;
// Batches redone after an id conflict before the worker gives up on it.
constexpr int kMaxAttempts = 3;

std::string HexId(uint64_t fingerprint) {
  char hex[17];
  std::snprintf(hex, sizeof(hex), "%016llx", static_cast<unsigned long long>(fingerprint));
  return hex;
}

}  // namespace

void QueuePublisher::OnDocument(Document&& document) {
  if (!error_.ok()) return;
  const std::string payload = PackBlob(EncodeInputDocument(document));
  if (payload.size() > queue_.max_payload()) {
    ++skipped_;
    if (on_skip_) {
      on_skip_(document.InputName(),
               ResourceExhaustedError("too large for the queue: " + std::to_string(payload.size()) +
                                      " bytes packed, the server takes " +
                                      std::to_string(queue_.max_payload())));
    }
    return;
  }
  error_ = queue_.Publish(payload, HexId(DocumentFingerprint(document)));
  if (error_.ok()) ++published_;
}

void QueuePublisher::OnError(std::string_view input, const Status& status) {
  ++skipped_;
  if (on_skip_) on_skip_(input, status);
}

Status RunWorker(NatsQueue& queue, Store& store, const WorkerOptions& options, WorkerCounts& counts,
                 const std::function<void(const WorkerCounts&)>& on_batch) {
  using Clock = std::chrono::steady_clock;
  Clock::time_point last_message = Clock::now();
  IngestOptions ingest_options = options.ingest;
  ingest_options.commit_every = std::numeric_limits<size_t>::max();
  for (;;) {
    StatusOr<std::vector<QueueMessage>> messages = queue.Fetch(options.batch, kFetchWaitMs);
    if (!messages.ok()) return messages.status();
    if (messages->empty()) {
      const double idle = std::chrono::duration<double>(Clock::now() - last_message).count();
      if (options.until_idle_seconds > 0 && idle >= options.until_idle_seconds) {
        return Status::Ok();
      }
      continue;
    }
    last_message = Clock::now();

    // Decode once; what cannot be decoded is dropped for good (it never will be).
    std::vector<Document> documents;
    std::vector<const QueueMessage*> good;
    for (const QueueMessage& message : *messages) {
      StatusOr<Document> document = DecodePacked(message.data(), DecodeInputDocument);
      if (!document.ok()) {
        ++counts.dropped;
        std::fprintf(stderr, "crosscheck worker: dropped a message: %s\n",
                     document.status().ToString().c_str());
        CROSSCHECK_RETURN_IF_ERROR(queue.Term(message));
        continue;
      }
      documents.push_back(std::move(*document));
      good.push_back(&message);
    }

    Status stored = Status::Ok();
    IngestCounts batch_counts;
    for (int attempt = 1; attempt <= kMaxAttempts; ++attempt) {
      StatusOr<std::unique_ptr<StoreIngest>> ingest = StoreIngest::Create(store, ingest_options);
      if (!ingest.ok()) {
        stored = ingest.status();
        break;
      }
      for (const Document& document : documents) (*ingest)->OnDocument(Document(document));
      stored = (*ingest)->Finish();
      batch_counts = (*ingest)->counts();
      if (stored.ok()) break;
      (void)store.Rollback();
      // Another worker took one of our new ids first: redo with the ids stored now.
      if (stored.code() != StatusCode::kInvalidArgument || attempt == kMaxAttempts) break;
      ++counts.retried;
    }
    if (!stored.ok()) {
      for (const QueueMessage* message : good) (void)queue.Nak(*message);
      return stored;
    }
    // Committed: now, and only now, the messages may go.
    for (const QueueMessage* message : good) CROSSCHECK_RETURN_IF_ERROR(queue.Ack(*message));
    ++counts.batches;
    counts.added += batch_counts.added;
    counts.already_stored += batch_counts.already_stored;
    counts.skipped += batch_counts.skipped;
    if (on_batch) on_batch(counts);
  }
}

}  // namespace crosscheck
