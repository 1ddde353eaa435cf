// Streaming gzip decompression (zlib) for .gz inputs and gzip-encoded HTTP payloads.
//
// GzipSource is a ByteSource that inflates another source chunk by chunk: multi-member files
// (Common Crawl writes one gzip member per WARC record) read as one stream; bytes after the
// last member that do not start another member are ignored, as gzip(1) does. A stream that
// ends inside a member is DataLoss ("truncated gzip stream"), corrupt data is DataLoss too.
// Memory is two fixed buffers plus zlib's window, whatever the input size. The source owns
// what it wraps; not thread-safe.
#ifndef CROSSCHECK_INGEST_GZIP_STREAM_H_
#define CROSSCHECK_INGEST_GZIP_STREAM_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "base/status.h"
#include "ingest/byte_source.h"

namespace crosscheck {

// True when `prefix` starts with the gzip magic bytes 1f 8b.
bool HasGzipMagic(std::string_view prefix);

class GzipSource : public ByteSource {
 public:
  explicit GzipSource(std::unique_ptr<ByteSource> compressed);
  ~GzipSource() override;
  // Owns zlib state that points into this object: neither copyable nor movable.
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;

  StatusOr<size_t> Read(std::span<char> buffer) override;

  // Compressed bytes taken from the wrapped source so far.
  uint64_t compressed_bytes() const { return compressed_bytes_; }

 private:
  enum class State { kBetweenMembers, kInMember, kDone, kFailed };
  // Makes compressed input available; returns false at end of input.
  StatusOr<bool> RefillInput();

  std::unique_ptr<ByteSource> compressed_;
  struct ZlibState;
  std::unique_ptr<ZlibState> zlib_;
  std::string input_;
  State state_ = State::kBetweenMembers;
  uint64_t compressed_bytes_ = 0;
  uint64_t members_started_ = 0;
  Status error_;
};

// Inflates a whole in-memory gzip or zlib buffer (HTTP Content-Encoding: gzip / deflate).
// ResourceExhausted when the output would exceed `max_output_bytes`; DataLoss when the
// input is truncated or corrupt.
StatusOr<std::string> InflateBounded(std::string_view compressed, size_t max_output_bytes);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_GZIP_STREAM_H_
