// Status and StatusOr<T>: errors as values.
//
// Library code never throws, exits or prints across a module boundary; it returns a Status
// (a code and a message naming the input and what is wrong). Only `main` turns a Status into
// an exit code. Both types are cheap to move, [[nodiscard]], and thread-compatible (no shared
// state). StatusOr<T> holds either a value or a non-OK Status, never both.
#ifndef CROSSCHECK_BASE_STATUS_H_
#define CROSSCHECK_BASE_STATUS_H_

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace crosscheck {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller's request is malformed (bad flag, bad option value)
  kNotFound,         // a named input does not exist
  kIoError,          // the OS refused a read or write
  kDataLoss,         // input is truncated or corrupt (gzip, WARC, JSON line)
  kUnsupported,      // input is well formed but of a kind we do not handle (binary, PDF)
  kEmpty,            // input has no usable content
  kResourceExhausted,  // input exceeds a documented bound (size, nesting)
  kInternal,         // a bug: should never reach a user
};

std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "data_loss: truncated gzip stream" style, for logs and per-document messages.
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgumentError(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
inline Status NotFoundError(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
inline Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
inline Status DataLossError(std::string m) { return {StatusCode::kDataLoss, std::move(m)}; }
inline Status UnsupportedError(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }
inline Status EmptyError(std::string m) { return {StatusCode::kEmpty, std::move(m)}; }
inline Status ResourceExhaustedError(std::string m) { return {StatusCode::kResourceExhausted, std::move(m)}; }
inline Status InternalError(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

template <typename T>
class [[nodiscard]] StatusOr {
 public:
  StatusOr(T value) : data_(std::move(value)) {}  // NOLINT: implicit by design
  StatusOr(Status status) : data_(std::move(status)) {  // NOLINT: implicit by design
    // Programmer error, not input error: an OK status carries no value.
    assert(!std::get<Status>(data_).ok());
    if (std::get<Status>(data_).ok()) data_ = InternalError("StatusOr built from OK status");
  }

  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(data_);
  }
  // Precondition: ok().
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<Status, T> data_;
};

}  // namespace crosscheck

#define CROSSCHECK_RETURN_IF_ERROR(expr)          \
  do {                                            \
    ::crosscheck::Status _status = (expr);        \
    if (!_status.ok()) return _status;            \
  } while (0)

#endif  // CROSSCHECK_BASE_STATUS_H_
