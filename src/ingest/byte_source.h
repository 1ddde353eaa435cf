// Byte sources: the streaming layer under ingestion. A ByteSource yields the bytes of one input
// (a file, standard input, a memory buffer, or a decompressor over another source) in chunks;
// a BufferedReader sits on top and adds peeking (for format sniffing), line reads (JSONL, WARC
// headers) and exact-length reads (WARC blocks), all bounded so memory stays O(buffer + the
// largest item the caller asks for), never O(input).
//
// Errors are values: a failed read returns a Status (IoError from the OS, DataLoss from a
// decompressor), and the reader keeps returning it. Sources own what they wrap (unique_ptr);
// MemorySource borrows its bytes, which must outlive it. Not thread-safe; one reader per input.
#ifndef CROSSCHECK_INGEST_BYTE_SOURCE_H_
#define CROSSCHECK_INGEST_BYTE_SOURCE_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "base/status.h"

namespace crosscheck {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to buffer.size() bytes into `buffer`; returns how many, 0 only at end of input.
  virtual StatusOr<size_t> Read(std::span<char> buffer) = 0;
};

// Reads a borrowed buffer. `bytes` must outlive the source.
class MemorySource : public ByteSource {
 public:
  explicit MemorySource(std::string_view bytes) : bytes_(bytes) {}
  StatusOr<size_t> Read(std::span<char> buffer) override;

 private:
  std::string_view bytes_;
};

// What a file is when it is not a regular file or a folder ("a FIFO", "a socket",
// "a character device", "a block device"); empty for regular files and folders.
std::string_view SpecialFileKind(unsigned mode);

// "10 s", or "250 ms" when not a whole number of seconds: for messages about timeouts.
std::string DurationText(std::chrono::milliseconds duration);

struct FileOpenOptions {
  // Whether FIFOs and character devices may be read, as streams (see FileSource). When
  // false, only regular files open; anything else is Unsupported. Default: true.
  bool allow_streams = true;
  // How long a stream may stay silent: before its first byte (a FIFO with no writer yet)
  // and between reads after that. Must be positive. Default: 10 s.
  std::chrono::milliseconds idle_timeout{10000};
};

// Reads a file descriptor with read(2); closes it on destruction when it owns it.
// A regular file is read as it is. A FIFO or character device is a stream: it is opened
// with O_NONBLOCK (opening a FIFO would otherwise block until a writer appears) and every
// read first waits with poll(2) at most the idle timeout, so a FIFO nobody writes to costs
// one timeout and an IoError, never a hang. Standard input ("-") is read with blocking reads
// and no timeout, as a pipe from the shell should be.
// Copying would double-close the descriptor, so it is neither copyable nor movable.
class FileSource : public ByteSource {
 public:
  // Opens `path` for reading ("-" means standard input, not owned). NotFound when it does
  // not exist, Unsupported for sockets, block devices and (unless allowed) streams, IoError
  // (with strerror) when it cannot be opened.
  static StatusOr<std::unique_ptr<FileSource>> Open(const std::string& path,
                                                    const FileOpenOptions& options = {});
  // A blocking source over `fd`, as for standard input.
  FileSource(int fd, bool owns_fd) : fd_(fd), owns_fd_(owns_fd) {}
  ~FileSource() override;
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;

  StatusOr<size_t> Read(std::span<char> buffer) override;

 private:
  // Waits until the stream has data or hung up; IoError once it was silent for
  // idle_timeout_.
  Status WaitReadable();

  int fd_;
  bool owns_fd_;
  std::chrono::milliseconds idle_timeout_{0};  // 0: a blocking descriptor, no wait
  std::string_view kind_;                      // SpecialFileKind of a stream, for messages
  uint64_t bytes_read_ = 0;
};

// Passes bytes through and adds their count to `*counter` (the raw size of an input, before
// decompression). The counter must outlive the source.
class CountingSource : public ByteSource {
 public:
  CountingSource(std::unique_ptr<ByteSource> inner, uint64_t* counter)
      : inner_(std::move(inner)), counter_(counter) {}
  StatusOr<size_t> Read(std::span<char> buffer) override;

 private:
  std::unique_ptr<ByteSource> inner_;
  uint64_t* counter_;
};

// A buffered reader over a source. Also a ByteSource itself, so a decompressor can sit on
// top of a reader that was used for sniffing without losing the peeked bytes.
class BufferedReader : public ByteSource {
 public:
  static constexpr size_t kDefaultBufferBytes = size_t{64} << 10;

  explicit BufferedReader(std::unique_ptr<ByteSource> source,
                          size_t buffer_bytes = kDefaultBufferBytes);

  // Makes up to `count` bytes visible without consuming them (fewer only at end of input)
  // and returns them. The view is valid until the next call on this reader.
  StatusOr<std::string_view> Peek(size_t count);

  // Reads one line into `line` (without "\n" or "\r\n"). Returns false at end of input with
  // nothing read. A line longer than `max_line_bytes` is consumed up to its end and reported
  // as ResourceExhausted (the reader stays usable).
  StatusOr<bool> ReadLine(std::string& line, size_t max_line_bytes);

  // Appends up to `count` bytes to `out`; returns how many were appended (fewer only at end of
  // input, so a short count means the input was truncated).
  StatusOr<size_t> ReadUpTo(size_t count, std::string& out);

  // Discards up to `count` bytes; returns how many were discarded.
  StatusOr<uint64_t> Skip(uint64_t count);

  // Appends everything that is left to `out`; ResourceExhausted once `out` would exceed
  // `max_bytes` (what was read stays in `out`, truncated to max_bytes).
  Status ReadToEnd(std::string& out, size_t max_bytes);

  // Bytes consumed so far (not counting peeked ones).
  uint64_t position() const { return position_; }

  StatusOr<size_t> Read(std::span<char> buffer) override;

 private:
  size_t buffered() const { return end_ - begin_; }
  // Reads more from the source into the buffer; returns bytes added (0 at end of input).
  StatusOr<size_t> Fill();
  void Consume(size_t count) {
    begin_ += count;
    position_ += count;
  }

  std::unique_ptr<ByteSource> source_;
  std::string buffer_;
  size_t begin_ = 0;
  size_t end_ = 0;
  uint64_t position_ = 0;
  bool at_end_ = false;
  Status error_;  // sticky: once the source fails, every later read past the buffer fails
};

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_BYTE_SOURCE_H_
