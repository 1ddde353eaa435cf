// The work queue between `crosscheck ingest --queue URL` and `crosscheck worker`: NATS
// JetStream (Debian nats-server, C client libnats).
//
//   publisher: Connect -> Publish(payload, id) ... (JetStream drops a repeat of an id within
//              its duplicate window)
//   worker:    Connect -> Fetch(batch, wait) -> ... -> Ack each once its result is committed
//
// One stream (work-queue retention: a message is removed when acknowledged) on one subject,
// one durable pull consumer shared by every worker, explicit acks: a message a worker took and
// did not acknowledge within `ack_wait` (it was killed, or it is stuck) goes to another
// worker. Delivery is at least once; the store makes it idempotent (a document's fingerprint).
//
// One object per thread; owns its connection.
#ifndef CROSSCHECK_QUEUE_NATS_QUEUE_H_
#define CROSSCHECK_QUEUE_NATS_QUEUE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

typedef struct __natsConnection natsConnection;
typedef struct __jsCtx jsCtx;
typedef struct __natsSubscription natsSubscription;
typedef struct __natsMsg natsMsg;

namespace crosscheck {

struct QueueOptions {
  std::string url;  // nats://host:port
  std::string stream = "CROSSCHECK";
  std::string subject = "crosscheck.documents";
  std::string consumer = "crosscheck-workers";
  // How long a taken message may stay unacknowledged before it is delivered again. Applies
  // when the consumer is made (the first worker); later workers share it.
  int64_t ack_wait_ms = 60'000;
};

// One message taken from the queue; acknowledge it with NatsQueue::Ack once done with it.
class QueueMessage {
 public:
  explicit QueueMessage(natsMsg* message) : message_(message) {}
  ~QueueMessage();
  QueueMessage(QueueMessage&& other) noexcept;
  QueueMessage& operator=(QueueMessage&& other) noexcept;
  QueueMessage(const QueueMessage&) = delete;
  QueueMessage& operator=(const QueueMessage&) = delete;

  std::string_view data() const;
  natsMsg* handle() const { return message_; }

 private:
  natsMsg* message_ = nullptr;
};

class NatsQueue {
 public:
  // Connects and makes the stream when missing. IoError naming the URL when the server cannot
  // be reached or has no JetStream.
  static StatusOr<std::unique_ptr<NatsQueue>> Connect(const QueueOptions& options);
  ~NatsQueue();
  NatsQueue(const NatsQueue&) = delete;
  NatsQueue& operator=(const NatsQueue&) = delete;

  // The largest payload the server takes.
  size_t max_payload() const;

  // Publishes one payload and waits for the stream's acknowledgement; `id` is its
  // de-duplication id.
  Status Publish(std::string_view payload, std::string_view id);

  // Up to `batch` messages, waiting at most `wait_ms` for the first; empty when none came.
  StatusOr<std::vector<QueueMessage>> Fetch(int batch, int64_t wait_ms);
  // Done with it: the stream drops it (sent without waiting for the server's confirmation; if
  // the ack is lost the message is delivered again, which the store makes harmless).
  Status Ack(const QueueMessage& message);
  // Never deliver it again (it cannot be decoded).
  Status Term(const QueueMessage& message);
  // Deliver it again, to any worker, now.
  Status Nak(const QueueMessage& message);

 private:
  NatsQueue(QueueOptions options) : options_(std::move(options)) {}
  Status Error(const std::string& what, int status) const;

  QueueOptions options_;
  natsConnection* connection_ = nullptr;
  jsCtx* jetstream_ = nullptr;
  natsSubscription* subscription_ = nullptr;  // made by the first Fetch
};

// Whether `url` names a NATS server ("nats://...").
bool IsNatsUrl(std::string_view url);

}  // namespace crosscheck

#endif  // CROSSCHECK_QUEUE_NATS_QUEUE_H_
