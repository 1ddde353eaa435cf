#include "ingest/byte_source.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>

namespace crosscheck {
namespace {

constexpr size_t kMaxDirectReadBytes = size_t{1} << 20;

}  // namespace

StatusOr<size_t> MemorySource::Read(std::span<char> buffer) {
  const size_t count = std::min(buffer.size(), bytes_.size());
  std::memcpy(buffer.data(), bytes_.data(), count);
  bytes_.remove_prefix(count);
  return count;
}

StatusOr<std::unique_ptr<FileSource>> FileSource::Open(const std::string& path) {
  if (path == "-") return std::make_unique<FileSource>(STDIN_FILENO, /*owns_fd=*/false);
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int error = errno;
    if (error == ENOENT) return NotFoundError("no such file or directory");
    return IoError(std::string("cannot open: ") + std::strerror(error));
  }
  return std::make_unique<FileSource>(fd, /*owns_fd=*/true);
}

FileSource::~FileSource() {
  if (owns_fd_) ::close(fd_);
}

StatusOr<size_t> FileSource::Read(std::span<char> buffer) {
  while (true) {
    const ssize_t count = ::read(fd_, buffer.data(), buffer.size());
    if (count >= 0) return static_cast<size_t>(count);
    if (errno == EINTR) continue;
    return IoError(std::string("read failed: ") + std::strerror(errno));
  }
}

StatusOr<size_t> CountingSource::Read(std::span<char> buffer) {
  StatusOr<size_t> count = inner_->Read(buffer);
  if (count.ok()) *counter_ += *count;
  return count;
}

BufferedReader::BufferedReader(std::unique_ptr<ByteSource> source, size_t buffer_bytes)
    : source_(std::move(source)) {
  buffer_.resize(std::max<size_t>(buffer_bytes, 16));
}

StatusOr<size_t> BufferedReader::Fill() {
  if (!error_.ok()) return error_;
  if (at_end_) return size_t{0};
  if (begin_ > 0 && begin_ == end_) begin_ = end_ = 0;
  if (end_ == buffer_.size()) {
    // Compact: move the unread tail to the front.
    std::memmove(buffer_.data(), buffer_.data() + begin_, buffered());
    end_ -= begin_;
    begin_ = 0;
  }
  if (end_ == buffer_.size()) buffer_.resize(buffer_.size() * 2);  // only Peek grows it
  StatusOr<size_t> count = source_->Read(std::span<char>(buffer_.data() + end_,
                                                         buffer_.size() - end_));
  if (!count.ok()) {
    error_ = count.status();
    return error_;
  }
  if (*count == 0) at_end_ = true;
  end_ += *count;
  return *count;
}

StatusOr<std::string_view> BufferedReader::Peek(size_t count) {
  if (count > buffer_.size()) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, buffered());
    end_ -= begin_;
    begin_ = 0;
    buffer_.resize(count);
  }
  while (buffered() < count) {
    if (begin_ + count > buffer_.size()) {
      std::memmove(buffer_.data(), buffer_.data() + begin_, buffered());
      end_ -= begin_;
      begin_ = 0;
    }
    StatusOr<size_t> added = Fill();
    if (!added.ok()) {
      if (buffered() > 0) break;  // show what arrived; the error comes with the next read
      return added.status();
    }
    if (*added == 0) break;
  }
  return std::string_view(buffer_.data() + begin_, std::min(count, buffered()));
}

StatusOr<bool> BufferedReader::ReadLine(std::string& line, size_t max_line_bytes) {
  line.clear();
  bool read_any = false;
  bool too_long = false;
  while (true) {
    if (buffered() == 0) {
      StatusOr<size_t> added = Fill();
      if (!added.ok()) return added.status();
      if (*added == 0) break;  // end of input: a last line without '\n'
    }
    const char* start = buffer_.data() + begin_;
    const void* newline = std::memchr(start, '\n', buffered());
    const size_t take = newline ? static_cast<const char*>(newline) - start : buffered();
    read_any = true;
    if (!too_long) {
      if (line.size() + take > max_line_bytes) {
        too_long = true;
        line.clear();
      } else {
        line.append(start, take);
      }
    }
    Consume(take);
    if (newline) {
      Consume(1);
      break;
    }
  }
  if (too_long) {
    return ResourceExhaustedError("line longer than " + std::to_string(max_line_bytes) +
                                  " bytes");
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return read_any;
}

StatusOr<size_t> BufferedReader::ReadUpTo(size_t count, std::string& out) {
  size_t done = 0;
  while (done < count) {
    if (buffered() == 0) {
      // Large reads bypass the buffer.
      if (count - done >= buffer_.size() && error_.ok() && !at_end_) {
        // In steps, so a count taken from untrusted input never allocates ahead of the data.
        const size_t step = std::min(count - done, kMaxDirectReadBytes);
        const size_t old_size = out.size();
        out.resize(old_size + step);
        StatusOr<size_t> got = source_->Read(std::span<char>(out.data() + old_size, step));
        if (!got.ok()) {
          out.resize(old_size);
          error_ = got.status();
          return error_;
        }
        out.resize(old_size + *got);
        if (*got == 0) at_end_ = true;
        done += *got;
        position_ += *got;
        if (*got == 0) break;
        continue;
      }
      StatusOr<size_t> added = Fill();
      if (!added.ok()) return added.status();
      if (*added == 0) break;
    }
    const size_t take = std::min(count - done, buffered());
    out.append(buffer_.data() + begin_, take);
    Consume(take);
    done += take;
  }
  return done;
}

StatusOr<uint64_t> BufferedReader::Skip(uint64_t count) {
  uint64_t done = 0;
  while (done < count) {
    if (buffered() == 0) {
      StatusOr<size_t> added = Fill();
      if (!added.ok()) return added.status();
      if (*added == 0) break;
    }
    const size_t take = static_cast<size_t>(std::min<uint64_t>(count - done, buffered()));
    Consume(take);
    done += take;
  }
  return done;
}

Status BufferedReader::ReadToEnd(std::string& out, size_t max_bytes) {
  while (true) {
    const size_t room = max_bytes >= out.size() ? max_bytes - out.size() : 0;
    // Ask for one byte more than the room, to tell "exactly max" from "more than max".
    const size_t want = room == SIZE_MAX ? room : room + 1;
    StatusOr<size_t> got = ReadUpTo(std::min(want, buffer_.size()), out);
    if (!got.ok()) return got.status();
    if (out.size() > max_bytes) {
      out.resize(max_bytes);
      return ResourceExhaustedError("larger than " + std::to_string(max_bytes) + " bytes");
    }
    if (*got == 0) return Status::Ok();
  }
}

StatusOr<size_t> BufferedReader::Read(std::span<char> buffer) {
  if (buffered() == 0) {
    if (buffer.size() >= buffer_.size() && error_.ok() && !at_end_) {
      StatusOr<size_t> got = source_->Read(buffer);
      if (!got.ok()) {
        error_ = got.status();
        return error_;
      }
      if (*got == 0) at_end_ = true;
      position_ += *got;
      return got;
    }
    StatusOr<size_t> added = Fill();
    if (!added.ok()) return added.status();
    if (*added == 0) return size_t{0};
  }
  const size_t take = std::min(buffer.size(), buffered());
  std::memcpy(buffer.data(), buffer_.data() + begin_, take);
  Consume(take);
  return take;
}

}  // namespace crosscheck
