// The store codecs' byte-level reader and writer (store/codec.h describes the layout): LEB128
// varints (zigzag for signed), length-prefixed strings and lists, doubles bit-exact, a
// presence byte for optionals. Internal to src/store/.
#ifndef CROSSCHECK_STORE_CODEC_IO_H_
#define CROSSCHECK_STORE_CODEC_IO_H_

#include <xxhash.h>

#include <bit>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "model/annotations.h"

namespace crosscheck::codec_internal {

inline constexpr size_t kChecksumBytes = 8;
inline constexpr uint32_t kMaxVarintBytes = 10;

// --- Writing ---------------------------------------------------------------------------

class Writer {
 public:
  void Unsigned(uint64_t value) {
    while (value >= 0x80) {
      out_.push_back(static_cast<char>((value & 0x7f) | 0x80));
      value >>= 7;
    }
    out_.push_back(static_cast<char>(value));
  }
  void Signed(int64_t value) {
    Unsigned((static_cast<uint64_t>(value) << 1) ^ static_cast<uint64_t>(value >> 63));
  }
  void Byte(uint8_t value) { out_.push_back(static_cast<char>(value)); }
  void Bool(bool value) { Byte(value ? 1 : 0); }
  void Double(double value) { Fixed64(std::bit_cast<uint64_t>(value)); }
  void Fixed64(uint64_t value) {
    for (int byte = 0; byte < 8; ++byte) out_.push_back(static_cast<char>(value >> (8 * byte)));
  }
  void String(std::string_view text) {
    Unsigned(text.size());
    out_.append(text);
  }
  void Strings(const std::vector<std::string>& texts) {
    Unsigned(texts.size());
    for (const std::string& text : texts) String(text);
  }
  void SpanValue(const Span& span) {
    Unsigned(span.begin);
    Unsigned(span.end);
  }
  void OptionalSpan(const std::optional<Span>& span) {
    Bool(span.has_value());
    if (span) SpanValue(*span);
  }

  std::string& out() { return out_; }

 private:
  std::string out_;
};

// --- Reading ---------------------------------------------------------------------------

// Reads fields off the front of a blob. The first failure is kept (`status()`) and every
// read after it returns a zero value, so the decoders read straight through and check once
// per list; no read ever goes past the end.
class Reader {
 public:
  // `what` names the blob in messages ("stored document").
  Reader(std::string_view data, std::string what) : data_(data), what_(std::move(what)) {}

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  bool at_end() const { return pos_ == data_.size(); }
  void Fail(std::string message) {
    if (status_.ok()) status_ = DataLossError(what_ + ": " + message);
  }

  uint64_t Unsigned() {
    uint64_t value = 0;
    for (uint32_t shift = 0, count = 0; count < kMaxVarintBytes; ++count, shift += 7) {
      if (pos_ >= data_.size()) {
        Fail("truncated");
        return 0;
      }
      const auto byte = static_cast<uint8_t>(data_[pos_++]);
      value |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return value;
    }
    Fail("varint longer than 10 bytes");
    return 0;
  }
  uint32_t Unsigned32(const char* what) {
    const uint64_t value = Unsigned();
    if (value > UINT32_MAX) Fail(std::string(what) + " out of range");
    return ok() ? static_cast<uint32_t>(value) : 0;
  }
  int Int(const char* what) {
    const uint64_t raw = Unsigned();
    const int64_t value = static_cast<int64_t>(raw >> 1) ^ -static_cast<int64_t>(raw & 1);
    if (value < INT32_MIN || value > INT32_MAX) Fail(std::string(what) + " out of range");
    return ok() ? static_cast<int>(value) : 0;
  }
  uint8_t Byte() {
    if (pos_ >= data_.size()) {
      Fail("truncated");
      return 0;
    }
    return static_cast<uint8_t>(data_[pos_++]);
  }
  // An enum stored as a byte, checked against its last value.
  template <typename Enum>
  Enum EnumValue(Enum last, const char* what) {
    const uint8_t value = Byte();
    if (value > static_cast<uint8_t>(last)) {
      Fail(std::string(what) + " " + std::to_string(value) + " out of range");
      return Enum{};
    }
    return static_cast<Enum>(value);
  }
  bool Bool() {
    const uint8_t value = Byte();
    if (value > 1) Fail("flag byte " + std::to_string(value) + " is neither 0 nor 1");
    return value == 1;
  }
  uint64_t Fixed64() {
    if (data_.size() - pos_ < 8) {
      Fail("truncated");
      pos_ = data_.size();
      return 0;
    }
    uint64_t value = 0;
    for (int byte = 0; byte < 8; ++byte) {
      value |= static_cast<uint64_t>(static_cast<uint8_t>(data_[pos_ + byte])) << (8 * byte);
    }
    pos_ += 8;
    return value;
  }
  double Double() { return std::bit_cast<double>(Fixed64()); }
  std::string String() {
    const uint64_t size = Unsigned();
    if (!ok()) return {};
    if (size > data_.size() - pos_) {
      Fail("a string runs past the end");
      return {};
    }
    std::string text(data_.substr(pos_, size));
    pos_ += size;
    return text;
  }
  // A list's length: each item takes at least `min_item_bytes`, so a count the remaining
  // bytes cannot hold is corrupt (and is refused before anything is allocated for it).
  size_t Count(size_t min_item_bytes) {
    const uint64_t count = Unsigned();
    if (ok() && count > (data_.size() - pos_) / min_item_bytes) {
      Fail("a list's count " + std::to_string(count) + " exceeds the bytes left");
    }
    return ok() ? static_cast<size_t>(count) : 0;
  }
  std::vector<std::string> Strings() {
    std::vector<std::string> texts(Count(1));
    for (std::string& text : texts) text = String();
    return texts;
  }
  Span SpanValue() {
    Span span;
    span.begin = Unsigned32("span begin");
    span.end = Unsigned32("span end");
    if (span.end < span.begin) Fail("a span ends before it begins");
    return span;
  }
  std::optional<Span> OptionalSpan() {
    if (!Bool()) return std::nullopt;
    return SpanValue();
  }

 private:
  std::string_view data_;
  std::string what_;
  size_t pos_ = 0;
  Status status_;
};

// A blob's framing, shared by every codec: a version varint first, the fields, then the XXH64
// of all that. Seal appends the checksum to what `writer` holds and returns the blob.
inline std::string Seal(Writer& writer) {
  std::string& out = writer.out();
  writer.Fixed64(XXH64(out.data(), out.size(), 0));
  return std::move(out);
}

// The fields of a sealed blob (after its version), once the checksum and the version
// (`version`, or any from `oldest` up to it, the one found in `found_version`) are checked;
// DataLoss or Unsupported naming `what` ("stored document").
inline StatusOr<std::string_view> OpenSealed(std::string_view blob, const std::string& what,
                                             uint32_t version, uint32_t oldest = 0,
                                             uint32_t* found_version = nullptr) {
  if (blob.size() <= kChecksumBytes) return DataLossError(what + ": truncated");
  const std::string_view payload = blob.substr(0, blob.size() - kChecksumBytes);
  Reader trailer(blob.substr(payload.size()), what);
  if (trailer.Fixed64() != XXH64(payload.data(), payload.size(), 0)) {
    return DataLossError(what + ": checksum mismatch (corrupt or truncated)");
  }
  Reader reader(payload, what);
  const uint64_t found = reader.Unsigned();
  if (!reader.ok()) return reader.status();
  if (found > version || found < (oldest == 0 ? version : oldest)) {
    return UnsupportedError(what + ": codec version " + std::to_string(found) +
                            ", this binary reads version " + std::to_string(version));
  }
  if (found_version != nullptr) *found_version = static_cast<uint32_t>(found);
  size_t version_bytes = 1;
  for (uint64_t rest = found; rest >= 0x80; rest >>= 7) ++version_bytes;
  return payload.substr(version_bytes);
}

}  // namespace crosscheck::codec_internal

#endif  // CROSSCHECK_STORE_CODEC_IO_H_
