#include "base/spill_arena.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>

namespace crosscheck {
namespace {

std::string TemporaryFolder(std::string folder) {
  if (!folder.empty()) return folder;
  const char* env = std::getenv("TMPDIR");
  return env != nullptr && *env != '\0' ? env : "/tmp";
}

// An unnamed read-write temporary file in `dir`, or -1 (errno set).
int OpenUnlinkedTemporary(const std::string& dir) {
#ifdef O_TMPFILE
  const int fd = open(dir.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd >= 0) return fd;
#endif
  std::string path = dir + "/crosscheck-spill-XXXXXX";
  const int named = mkostemp(path.data(), O_CLOEXEC);
  if (named < 0) return -1;
  unlink(path.c_str());
  return named;
}

bool WriteAll(int fd, const char* data, size_t bytes, uint64_t offset) {
  while (bytes > 0) {
    const ssize_t written = pwrite(fd, data, bytes, static_cast<off_t>(offset));
    if (written < 0 && errno == EINTR) continue;
    if (written == 0) errno = ENOSPC;
    if (written <= 0) return false;
    data += written;
    bytes -= static_cast<size_t>(written);
    offset += static_cast<uint64_t>(written);
  }
  return true;
}

}  // namespace

SpillArena::SpillArena(size_t memory_bytes, std::string folder)
    : memory_bytes_(std::max<size_t>(memory_bytes, 1)), folder_(TemporaryFolder(std::move(folder))) {}

SpillArena::~SpillArena() {
  if (fd_ >= 0) close(fd_);
}

uint64_t SpillArena::Append(const void* data, size_t bytes) {
  const uint64_t offset = size();
  const char* begin = static_cast<const char*>(data);
  tail_.insert(tail_.end(), begin, begin + bytes);
  if (tail_.size() >= memory_bytes_ && error_.ok()) Flush();
  return offset;
}

Status SpillArena::Open() {
  if (fd_ < 0 && error_.ok()) {
    fd_ = OpenUnlinkedTemporary(folder_);
    if (fd_ < 0) {
      error_ = IoError("cannot make a temporary file in " + folder_ + ": " + std::strerror(errno));
    }
  }
  return error_;
}

void SpillArena::Flush() {
  if (!Open().ok()) return;  // keep everything from here on in memory
  if (!WriteAll(fd_, tail_.data(), tail_.size(), flushed_)) {
    error_ = IoError("cannot write the temporary file in " + folder_ + " (unlinked): " +
                     std::strerror(errno));
    return;
  }
  flushed_ += tail_.size();
  tail_.clear();
}

bool SpillArena::Read(uint64_t offset, void* out, size_t bytes) const {
  if (offset > size() || bytes > size() - offset) return false;
  char* target = static_cast<char*>(out);
  while (bytes > 0 && offset < flushed_) {
    const size_t want = static_cast<size_t>(std::min<uint64_t>(bytes, flushed_ - offset));
    const ssize_t got = pread(fd_, target, want, static_cast<off_t>(offset));
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return false;
    target += got;
    bytes -= static_cast<size_t>(got);
    offset += static_cast<uint64_t>(got);
  }
  if (bytes > 0) std::memcpy(target, tail_.data() + (offset - flushed_), bytes);
  return true;
}

}  // namespace crosscheck
