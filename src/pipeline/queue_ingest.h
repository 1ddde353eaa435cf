// Ingest through a work queue, for more than one machine (docs/ARCHITECTURE.md, "Beyond one
// machine"):
//
//   crosscheck ingest --queue URL PATH...  -> QueuePublisher: each document as read (its
//                                             content and metadata, EncodeInputDocument,
//                                             packed) published with its fingerprint as id
//   crosscheck worker --queue URL --db DB  -> RunWorker: fetch a batch, clean + annotate +
//                                             store it (StoreIngest), commit, then acknowledge
//   crosscheck publish --db DB             -> the corpus stages, once, where one writer runs
//
// Delivery is at least once: a worker killed before it acknowledged leaves its batch to be
// delivered again, to any worker, after the queue's ack wait. Writes are idempotent: a
// document whose fingerprint is stored is "already stored" and changes nothing, so a batch
// committed but not acknowledged is harmless when it comes again. Two workers may give the
// same new id at once; the second commit then fails on the store's unique id, is rolled back
// and the batch is redone with the ids the store holds now.
#ifndef CROSSCHECK_PIPELINE_QUEUE_INGEST_H_
#define CROSSCHECK_PIPELINE_QUEUE_INGEST_H_

#include <functional>
#include <string_view>

#include "ingest/reader.h"
#include "pipeline/store_ingest.h"
#include "queue/nats_queue.h"
#include "store/store.h"

namespace crosscheck {

// Sends each document it is given to the queue; driven from one thread.
class QueuePublisher final : public DocumentSink {
 public:
  using SkipListener = std::function<void(std::string_view input, const Status& status)>;

  explicit QueuePublisher(NatsQueue& queue) : queue_(queue) {}
  // Called for each input that could not be read or is too large for the queue.
  void set_skip_listener(SkipListener listener) { on_skip_ = std::move(listener); }

  void OnDocument(Document&& document) override;
  void OnError(std::string_view input, const Status& status) override;

  // The first queue error; nothing is published after it.
  const Status& error() const { return error_; }
  size_t published() const { return published_; }
  size_t skipped() const { return skipped_; }

 private:
  NatsQueue& queue_;
  SkipListener on_skip_;
  Status error_;
  size_t published_ = 0;
  size_t skipped_ = 0;
};

struct WorkerOptions {
  IngestOptions ingest;  // commit_every is ignored: a worker commits once per batch
  int batch = 64;        // messages per fetch, committed together
  // Stop after this many seconds without a message; 0 = run until killed.
  double until_idle_seconds = 0;
};

struct WorkerCounts {
  size_t batches = 0;
  size_t added = 0;
  size_t already_stored = 0;
  size_t skipped = 0;  // inputs that could not be analysed (recorded in the store)
  size_t dropped = 0;  // messages that could not be decoded (never delivered again)
  size_t retried = 0;  // batches redone after an id taken by another worker
};

// Takes batches from `queue` into `store` until idle (or an error). Returns the first queue or
// store error; the batch in work is then returned to the queue (delivered again).
// `on_batch` (may be empty) is called after each committed batch with the counts so far.
Status RunWorker(NatsQueue& queue, Store& store, const WorkerOptions& options, WorkerCounts& counts,
                 const std::function<void(const WorkerCounts&)>& on_batch = nullptr);

}  // namespace crosscheck

#endif  // CROSSCHECK_PIPELINE_QUEUE_INGEST_H_
