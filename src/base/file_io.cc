#include "base/file_io.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace crosscheck {
namespace {

Status WriteAll(int fd, std::string_view content, const std::string& name) {
  while (!content.empty()) {
    const ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return IoError(name + ": " + std::strerror(errno));
    }
    content.remove_prefix(static_cast<size_t>(written));
  }
  return Status::Ok();
}

}  // namespace

Status WriteFileAtomically(const std::string& path, std::string_view content) {
  return WriteFileAtomically(path, [content](const PieceWriter& write) { return write(content); });
}

Status WriteFileAtomically(const std::string& path,
                           const std::function<Status(const PieceWriter&)>& produce) {
  if (path == "-") {
    return produce(
        [](std::string_view piece) { return WriteAll(STDOUT_FILENO, piece, "standard output"); });
  }
  const std::string temp = path + ".tmp." + std::to_string(::getpid());
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return IoError(path + ": cannot create: " + std::strerror(errno));
  Status status =
      produce([fd, &path](std::string_view piece) { return WriteAll(fd, piece, path); });
  if (status.ok() && ::fsync(fd) != 0) status = IoError(path + ": fsync: " + std::strerror(errno));
  if (::close(fd) != 0 && status.ok()) status = IoError(path + ": close: " + std::strerror(errno));
  if (status.ok() && ::rename(temp.c_str(), path.c_str()) != 0) {
    status = IoError(path + ": rename: " + std::strerror(errno));
  }
  if (!status.ok()) ::unlink(temp.c_str());
  return status;
}

}  // namespace crosscheck
