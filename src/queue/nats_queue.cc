#include "queue/nats_queue.h"

#include <nats/nats.h>

#include <utility>

namespace crosscheck {

QueueMessage::~QueueMessage() { natsMsg_Destroy(message_); }

QueueMessage::QueueMessage(QueueMessage&& other) noexcept
    : message_(std::exchange(other.message_, nullptr)) {}

QueueMessage& QueueMessage::operator=(QueueMessage&& other) noexcept {
  if (this != &other) {
    natsMsg_Destroy(message_);
    message_ = std::exchange(other.message_, nullptr);
  }
  return *this;
}

std::string_view QueueMessage::data() const {
  if (message_ == nullptr) return {};
  const int length = natsMsg_GetDataLength(message_);
  return std::string_view(natsMsg_GetData(message_), length > 0 ? static_cast<size_t>(length) : 0);
}

bool IsNatsUrl(std::string_view url) { return url.rfind("nats://", 0) == 0; }

Status NatsQueue::Error(const std::string& what, int status) const {
  const char* last = nats_GetLastError(nullptr);
  std::string detail = natsStatus_GetText(static_cast<natsStatus>(status));
  if (last != nullptr && *last != '\0' && detail != last) detail += std::string(": ") + last;
  return IoError("queue " + options_.url + ": " + what + ": " + detail);
}

StatusOr<std::unique_ptr<NatsQueue>> NatsQueue::Connect(const QueueOptions& options) {
  std::unique_ptr<NatsQueue> queue(new NatsQueue(options));
  natsStatus status = natsConnection_ConnectTo(&queue->connection_, options.url.c_str());
  if (status != NATS_OK) return queue->Error("cannot connect", status);
  status = natsConnection_JetStream(&queue->jetstream_, queue->connection_, nullptr);
  if (status != NATS_OK) return queue->Error("no JetStream", status);

  jsStreamInfo* info = nullptr;
  jsErrCode code = static_cast<jsErrCode>(0);
  status = js_GetStreamInfo(&info, queue->jetstream_, options.stream.c_str(), nullptr, &code);
  jsStreamInfo_Destroy(info);
  if (status == NATS_NOT_FOUND) {
    jsStreamConfig config;
    jsStreamConfig_Init(&config);
    config.Name = options.stream.c_str();
    const char* subjects[] = {options.subject.c_str()};
    config.Subjects = subjects;
    config.SubjectsLen = 1;
    config.Retention = js_WorkQueuePolicy;
    config.Storage = js_FileStorage;
    info = nullptr;
    status = js_AddStream(&info, queue->jetstream_, &config, nullptr, &code);
    jsStreamInfo_Destroy(info);
    // Another process may have made it meanwhile.
    if (status != NATS_OK && code != JSStreamNameExistErr) {
      return queue->Error("making stream " + options.stream, status);
    }
  } else if (status != NATS_OK) {
    return queue->Error("reading stream " + options.stream + " (is JetStream on? nats-server -js)",
                        status);
  }
  return queue;
}

NatsQueue::~NatsQueue() {
  natsSubscription_Destroy(subscription_);
  jsCtx_Destroy(jetstream_);
  natsConnection_Destroy(connection_);
}

size_t NatsQueue::max_payload() const {
  const int64_t payload = natsConnection_GetMaxPayload(connection_);
  return payload > 0 ? static_cast<size_t>(payload) : 0;
}

Status NatsQueue::Publish(std::string_view payload, std::string_view id) {
  jsPubOptions options;
  jsPubOptions_Init(&options);
  const std::string message_id(id);
  options.MsgId = message_id.c_str();
  jsPubAck* ack = nullptr;
  jsErrCode code = static_cast<jsErrCode>(0);
  const natsStatus status = js_Publish(&ack, jetstream_, options_.subject.c_str(), payload.data(),
                                       static_cast<int>(payload.size()), &options, &code);
  jsPubAck_Destroy(ack);
  if (status != NATS_OK) return Error("publishing", status);
  return Status::Ok();
}

StatusOr<std::vector<QueueMessage>> NatsQueue::Fetch(int batch, int64_t wait_ms) {
  std::vector<QueueMessage> messages;
  if (subscription_ == nullptr) {
    jsSubOptions options;
    jsSubOptions_Init(&options);
    options.Stream = options_.stream.c_str();
    options.Config.AckPolicy = js_AckExplicit;
    options.Config.AckWait = options_.ack_wait_ms * 1'000'000;  // nanoseconds
    jsErrCode code = static_cast<jsErrCode>(0);
    const natsStatus status = js_PullSubscribe(&subscription_, jetstream_, options_.subject.c_str(),
                                               options_.consumer.c_str(), nullptr, &options, &code);
    if (status != NATS_OK) {
      subscription_ = nullptr;
      return Error("subscribing as " + options_.consumer, status);
    }
  }
  natsMsgList list{nullptr, 0};
  jsErrCode code = static_cast<jsErrCode>(0);
  const natsStatus status = natsSubscription_Fetch(&list, subscription_, batch, wait_ms, &code);
  if (status == NATS_TIMEOUT) return messages;
  if (status != NATS_OK) return Error("fetching", status);
  for (int index = 0; index < list.Count; ++index) {
    messages.emplace_back(list.Msgs[index]);
    list.Msgs[index] = nullptr;  // owned by the QueueMessage now
  }
  natsMsgList_Destroy(&list);
  return messages;
}

Status NatsQueue::Ack(const QueueMessage& message) {
  // Not waiting for the server's confirmation: a lost ack only means the message comes again,
  // and the store recognises what it holds.
  const natsStatus status = natsMsg_Ack(message.handle(), nullptr);
  return status == NATS_OK ? Status::Ok() : Error("acknowledging", status);
}

Status NatsQueue::Term(const QueueMessage& message) {
  const natsStatus status = natsMsg_Term(message.handle(), nullptr);
  return status == NATS_OK ? Status::Ok() : Error("dropping a message", status);
}

Status NatsQueue::Nak(const QueueMessage& message) {
  const natsStatus status = natsMsg_Nak(message.handle(), nullptr);
  return status == NATS_OK ? Status::Ok() : Error("returning a message", status);
}

}  // namespace crosscheck
