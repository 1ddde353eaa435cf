#include "base/file_io.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <vector>

namespace crosscheck {
namespace {

// Writes are gathered into blocks of this size (a JSONL line per document would otherwise be
// one system call each).
constexpr size_t kFlushBytes = 1 << 16;
// Symlink chains longer than this are refused, as the kernel does (ELOOP after 40).
constexpr int kMaxSymlinkHops = 40;
// The target's name is cut to this many bytes inside the temporary's name, so that
// ".<name>.crosscheck-tmp.<pid>" stays under NAME_MAX (255) for long names.
constexpr size_t kMaxTempStemBytes = 200;
constexpr std::string_view kTempMarker = ".crosscheck-tmp.";

std::string Errno(const std::string& path, std::string_view what) {
  return path + ": " + std::string(what) + (what.empty() ? "" : ": ") + std::strerror(errno);
}

std::string DirName(const std::string& path) {
  const size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

std::string BaseName(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string_view TempStem(std::string_view name) { return name.substr(0, kMaxTempStemBytes); }

Status WriteAll(int fd, std::string_view content, const std::string& name) {
  while (!content.empty()) {
    const ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return IoError(Errno(name, "write"));
    }
    content.remove_prefix(static_cast<size_t>(written));
  }
  return Status::Ok();
}

// Follows `path` through symlinks (relative links resolve against the link's folder) to what
// will be written: an existing non-link, or a name that does not exist yet.
StatusOr<std::string> FollowSymlinks(const std::string& path) {
  std::string current = path;
  for (int hop = 0; hop < kMaxSymlinkHops; ++hop) {
    struct stat info;
    if (::lstat(current.c_str(), &info) != 0) {
      if (errno == ENOENT) return current;
      return IoError(Errno(path, ""));
    }
    if (!S_ISLNK(info.st_mode)) return current;
    std::vector<char> link(static_cast<size_t>(info.st_size > 0 ? info.st_size : 255) + 2);
    const ssize_t length = ::readlink(current.c_str(), link.data(), link.size());
    if (length < 0) return IoError(Errno(path, "readlink"));
    if (static_cast<size_t>(length) >= link.size()) continue;  // grew meanwhile: read again
    std::string next(link.data(), static_cast<size_t>(length));
    if (next.empty()) return IoError(path + ": empty symbolic link");
    current = next.front() == '/' ? next : DirName(current) + "/" + next;
  }
  return IoError(path + ": too many levels of symbolic links");
}

// Removes temporaries of `target` left by processes that no longer exist. A pid that is alive
// (or belongs to another user: EPERM) keeps its file.
void RemoveStaleTemps(const std::string& target) {
  DIR* dir = ::opendir(DirName(target).c_str());
  if (dir == nullptr) return;
  const std::string name = BaseName(target);
  while (const dirent* entry = ::readdir(dir)) {
    long pid = 0;
    if (!ParseTempName(name, entry->d_name, pid) || pid == ::getpid()) continue;
    if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;
    ::unlinkat(::dirfd(dir), entry->d_name, 0);
  }
  ::closedir(dir);
}

// After rename, the folder entry is made durable too; failures here only cost durability.
void SyncDirectory(const std::string& target) {
  const int fd = ::open(DirName(target).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

std::string TempPathFor(const std::string& target, long pid) {
  const size_t slash = target.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : target.substr(0, slash + 1);
  return folder + "." + std::string(TempStem(BaseName(target))) + std::string(kTempMarker) +
         std::to_string(pid);
}

bool ParseTempName(std::string_view target_name, std::string_view entry_name, long& pid) {
  const std::string_view stem = TempStem(target_name);
  if (entry_name.size() <= 1 + stem.size() + kTempMarker.size() || entry_name[0] != '.') {
    return false;
  }
  entry_name.remove_prefix(1);
  if (entry_name.substr(0, stem.size()) != stem) return false;
  entry_name.remove_prefix(stem.size());
  if (entry_name.substr(0, kTempMarker.size()) != kTempMarker) return false;
  entry_name.remove_prefix(kTempMarker.size());
  constexpr size_t kMaxPidDigits = 10;
  if (entry_name.empty() || entry_name.size() > kMaxPidDigits) return false;
  long value = 0;
  for (char c : entry_name) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  if (value <= 0 || value > 0x7fffffffL) return false;
  pid = value;
  return true;
}

OutputFile::~OutputFile() {
  if (!committed_) Discard();
}

Status OutputFile::Open(const std::string& path) {
  if (fd_ >= 0 || committed_) return InternalError(path + ": output opened twice");
  path_ = path;
  if (path == "-") {
    fd_ = STDOUT_FILENO;
    owns_fd_ = false;
    return Status::Ok();
  }
  if (BaseName(path).empty()) return InvalidArgumentError(path + ": names a folder, not a file");
  StatusOr<std::string> target = FollowSymlinks(path);
  if (!target.ok()) return target.status();
  target_ = *std::move(target);

  struct stat info;
  const bool exists = ::stat(target_.c_str(), &info) == 0;
  if (!exists && errno != ENOENT) return IoError(Errno(path, ""));
  if (exists) {
    if (S_ISDIR(info.st_mode)) return InvalidArgumentError(path + ": is a directory");
    if (S_ISSOCK(info.st_mode)) return InvalidArgumentError(path + ": is a socket");
    if (!S_ISREG(info.st_mode)) {
      // Devices and FIFOs: written in place, never created, truncated or renamed over.
      fd_ = ::open(target_.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
      if (fd_ < 0) return IoError(Errno(path, "cannot open"));
      owns_fd_ = true;
      return Status::Ok();
    }
    // Replacing by rename would bypass the file's own permissions.
    if (::faccessat(AT_FDCWD, target_.c_str(), W_OK, AT_EACCESS) != 0) {
      return IoError(Errno(path, "cannot write"));
    }
  }

  RemoveStaleTemps(target_);
  temp_path_ = TempPathFor(target_, ::getpid());
  // Registered before it exists, so no signal can fall between creation and registration.
  registry_slot_ = RegisterTempFile(temp_path_);
  // A new file gets 0666 & ~umask, as the shell's `>` would; an existing one its own mode
  // below (the temporary starts private so the content is never more readable than that).
  const mode_t create_mode = exists ? 0600 : 0666;
  const int flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC;
  fd_ = ::open(temp_path_.c_str(), flags, create_mode);
  if (fd_ < 0 && errno == EEXIST) {  // our own pid: left by an earlier process with our pid
    ::unlink(temp_path_.c_str());
    fd_ = ::open(temp_path_.c_str(), flags, create_mode);
  }
  if (fd_ < 0) {
    const Status status = IoError(Errno(path, "cannot create"));
    UnregisterTempFile(registry_slot_);
    registry_slot_ = -1;
    temp_path_.clear();
    return status;
  }
  owns_fd_ = true;
  if (exists) {
    // The owner is kept where the OS lets us (root, or our own file); the mode always.
    if (info.st_uid != ::geteuid() || info.st_gid != ::getegid()) {
      if (::fchown(fd_, info.st_uid, info.st_gid) != 0) (void)::fchown(fd_, -1, info.st_gid);
    }
    if (::fchmod(fd_, info.st_mode & 07777) != 0) {
      const Status status = IoError(Errno(path, "chmod"));
      Discard();
      return status;
    }
  }
  return Status::Ok();
}

Status OutputFile::Append(std::string_view content) {
  if (fd_ < 0) return InternalError(path_ + ": output not open");
  if (buffer_.empty() && content.size() >= kFlushBytes) return WriteAll(fd_, content, path_);
  buffer_.append(content);
  return buffer_.size() >= kFlushBytes ? Flush() : Status::Ok();
}

Status OutputFile::Flush() {
  Status status = WriteAll(fd_, buffer_, path_);
  buffer_.clear();
  return status;
}

Status OutputFile::Commit() {
  if (fd_ < 0) return InternalError(path_ + ": output not open");
  Status status = Flush();
  if (!atomic()) {
    if (owns_fd_ && ::close(fd_) != 0 && status.ok()) status = IoError(Errno(path_, "close"));
    fd_ = -1;
    committed_ = true;
    return status;
  }
  if (status.ok() && ::fsync(fd_) != 0) status = IoError(Errno(path_, "fsync"));
  if (::close(fd_) != 0 && status.ok()) status = IoError(Errno(path_, "close"));
  fd_ = -1;
  if (status.ok() && ::rename(temp_path_.c_str(), target_.c_str()) != 0) {
    status = IoError(Errno(path_, "rename"));
  }
  if (!status.ok()) {
    Discard();
    return status;
  }
  UnregisterTempFile(registry_slot_);
  registry_slot_ = -1;
  committed_ = true;
  SyncDirectory(target_);
  return Status::Ok();
}

void OutputFile::Discard() {
  if (fd_ >= 0 && owns_fd_) ::close(fd_);
  fd_ = -1;
  if (!temp_path_.empty()) ::unlink(temp_path_.c_str());
  temp_path_.clear();
  UnregisterTempFile(registry_slot_);
  registry_slot_ = -1;
  buffer_.clear();
}

Status WriteOutputFile(const std::string& path, std::string_view content) {
  OutputFile out;
  CROSSCHECK_RETURN_IF_ERROR(out.Open(path));
  CROSSCHECK_RETURN_IF_ERROR(out.Append(content));
  return out.Commit();
}

// --- The registry: a fixed table a signal handler can read without locks or allocation. ---
namespace {

constexpr int kMaxTempFiles = 32;
constexpr size_t kMaxTempPathBytes = 4096;

enum SlotState : int { kSlotFree = 0, kSlotFilling = 1, kSlotReady = 2 };

struct TempSlot {
  std::atomic<int> state{kSlotFree};
  char path[kMaxTempPathBytes];
};
static_assert(std::atomic<int>::is_always_lock_free, "the signal handler needs lock-free atomics");

TempSlot temp_slots[kMaxTempFiles];

extern "C" void RemoveTempsAndReraise(int signal_number) {
  const int saved_errno = errno;
  RemoveRegisteredTempFiles();
  errno = saved_errno;
  // SA_RESETHAND restored the default action: the process ends as the signal asked.
  ::raise(signal_number);
}

}  // namespace

int RegisterTempFile(std::string_view path) {
  if (path.empty() || path.size() >= kMaxTempPathBytes) return -1;
  for (int slot_idx = 0; slot_idx < kMaxTempFiles; ++slot_idx) {
    TempSlot& slot = temp_slots[slot_idx];
    int expected = kSlotFree;
    if (!slot.state.compare_exchange_strong(expected, kSlotFilling)) continue;
    std::memcpy(slot.path, path.data(), path.size());
    slot.path[path.size()] = '\0';
    slot.state.store(kSlotReady, std::memory_order_release);
    return slot_idx;
  }
  return -1;
}

void UnregisterTempFile(int slot) {
  if (slot < 0 || slot >= kMaxTempFiles) return;
  temp_slots[slot].state.store(kSlotFree, std::memory_order_release);
}

void RemoveRegisteredTempFiles() {
  for (TempSlot& slot : temp_slots) {
    if (slot.state.load(std::memory_order_acquire) == kSlotReady) ::unlink(slot.path);
  }
}

void InstallTempFileCleanupHandlers() {
  struct sigaction action;
  std::memset(&action, 0, sizeof(action));
  action.sa_handler = RemoveTempsAndReraise;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESETHAND;
  for (const int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction previous;
    // A signal the parent ignores (nohup, a background job's SIGINT) stays ignored.
    if (::sigaction(signal_number, nullptr, &previous) != 0) continue;
    if (previous.sa_handler == SIG_IGN) continue;
    ::sigaction(signal_number, &action, nullptr);
  }
}

}  // namespace crosscheck
