#include "ingest/byte_source.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
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

std::string_view SpecialFileKind(unsigned mode) {
  if (S_ISREG(mode) || S_ISDIR(mode)) return {};
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "a special file";
}

std::string DurationText(std::chrono::milliseconds duration) {
  const auto count = duration.count();
  if (count % 1000 == 0) return std::to_string(count / 1000) + " s";
  return std::to_string(count) + " ms";
}

StatusOr<std::unique_ptr<FileSource>> FileSource::Open(const std::string& path,
                                                       const FileOpenOptions& options) {
  if (path == "-") return std::make_unique<FileSource>(STDIN_FILENO, /*owns_fd=*/false);
  // O_NONBLOCK: opening a FIFO without it waits for a writer, possibly forever. What the
  // file is, is asked of the open descriptor, so a file swapped after a stat cannot slip by.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    const int error = errno;
    if (error == ENOENT) return NotFoundError("no such file or directory");
    if (error == ENXIO) return UnsupportedError("a socket, not a regular file: skipped");
    return IoError(std::string("cannot open: ") + std::strerror(error));
  }
  auto source = std::make_unique<FileSource>(fd, /*owns_fd=*/true);
  struct stat info;
  if (::fstat(fd, &info) != 0) return IoError(std::string("cannot stat: ") + std::strerror(errno));
  if (S_ISREG(info.st_mode) || S_ISDIR(info.st_mode)) {
    // Plain blocking reads; a folder opens, and its first read says "Is a directory".
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return source;
  }
  const std::string_view kind = SpecialFileKind(info.st_mode);
  const bool stream = S_ISFIFO(info.st_mode) || S_ISCHR(info.st_mode);
  if (!stream || !options.allow_streams) {
    return UnsupportedError(std::string(kind) + ", not a regular file: skipped");
  }
  if (options.idle_timeout.count() <= 0)
    return InvalidArgumentError("idle timeout must be positive");
  source->idle_timeout_ = options.idle_timeout;
  source->kind_ = kind;
  return source;
}

FileSource::~FileSource() {
  if (owns_fd_) ::close(fd_);
}

Status FileSource::WaitReadable() {
  using Clock = std::chrono::steady_clock;
  const Clock::time_point deadline = Clock::now() + idle_timeout_;
  while (true) {
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now()).count();
    struct pollfd wait_for {
      fd_, POLLIN, 0
    };
    const int ready = left <= 0 ? 0 : ::poll(&wait_for, 1, static_cast<int>(left));
    if (ready > 0) return Status::Ok();  // data, hang-up (end of input) or an error to read
    if (ready < 0 && errno != EINTR) {
      return IoError(std::string("poll failed: ") + std::strerror(errno));
    }
    if (ready == 0) {
      const std::string waited = DurationText(idle_timeout_);
      if (bytes_read_ == 0) {
        return IoError("no data within " + waited +
                       (kind_ == "a FIFO" ? " (a FIFO with no writer?)"
                                          : " (" + std::string(kind_) + " with nothing to read?)"));
      }
      return IoError("no more data for " + waited + " after " + std::to_string(bytes_read_) +
                     " bytes: stopped reading " + std::string(kind_));
    }
  }
}

StatusOr<size_t> FileSource::Read(std::span<char> buffer) {
  const bool stream = idle_timeout_.count() > 0;
  if (stream) CROSSCHECK_RETURN_IF_ERROR(WaitReadable());
  while (true) {
    const ssize_t count = ::read(fd_, buffer.data(), buffer.size());
    if (count >= 0) {
      bytes_read_ += static_cast<uint64_t>(count);
      return static_cast<size_t>(count);
    }
    if (errno == EINTR) continue;
    if (stream && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      CROSSCHECK_RETURN_IF_ERROR(WaitReadable());  // woken without data after all
      continue;
    }
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
  StatusOr<size_t> count =
      source_->Read(std::span<char>(buffer_.data() + end_, buffer_.size() - end_));
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
    return ResourceExhaustedError("line longer than " + std::to_string(max_line_bytes) + " bytes");
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
