#include "ingest/file_walker.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>
#include <vector>

#include "ingest/byte_source.h"

namespace crosscheck {
namespace {

struct DirectoryIdentity {
  dev_t device;
  ino_t inode;
  bool operator==(const DirectoryIdentity&) const = default;
};

struct Entry {
  std::string sort_key;  // name, plus '/' for directories
  std::string path;
  bool is_directory = false;
  std::string_view special_kind;  // SpecialFileKind of a FIFO, socket or device, else empty
};

std::string JoinPath(const std::string& directory, const char* name) {
  std::string path = directory;
  if (path.empty() || path.back() != '/') path.push_back('/');
  path.append(name);
  return path;
}

class Walker {
 public:
  Walker(const std::function<void(const std::string&)>& on_file,
         const std::function<void(std::string_view, const Status&)>& on_error)
      : on_file_(on_file), on_error_(on_error) {}

  void Walk(const std::string& directory, const struct stat& info, size_t depth) {
    const DirectoryIdentity identity{info.st_dev, info.st_ino};
    if (std::find(stack_.begin(), stack_.end(), identity) != stack_.end()) return;  // cycle
    if (depth > kMaxWalkDepth) {
      on_error_(directory, ResourceExhaustedError("folder nesting deeper than " +
                                                  std::to_string(kMaxWalkDepth)));
      return;
    }
    std::vector<Entry> entries;
    if (!ListEntries(directory, entries)) return;
    stack_.push_back(identity);
    for (const Entry& entry : entries) {
      if (!entry.special_kind.empty()) {
        // Reading one could block forever (a FIFO) or never end (a device): reported in
        // walk order and skipped. Name one on the command line to read it as a stream.
        on_error_(entry.path, UnsupportedError("not a regular file (" +
                                               std::string(entry.special_kind) + "), skipped"));
        continue;
      }
      if (!entry.is_directory) {
        on_file_(entry.path);
        continue;
      }
      struct stat child_info;
      if (::stat(entry.path.c_str(), &child_info) != 0) continue;  // vanished meanwhile
      Walk(entry.path, child_info, depth + 1);
    }
    stack_.pop_back();
  }

 private:
  // Reads and sorts one directory; false (after reporting) when it cannot be read.
  bool ListEntries(const std::string& directory, std::vector<Entry>& entries) {
    DIR* handle = ::opendir(directory.c_str());
    if (handle == nullptr) {
      on_error_(directory, IoError(std::string("cannot read folder: ") + std::strerror(errno)));
      return false;
    }
    while (const struct dirent* item = ::readdir(handle)) {
      if (item->d_name[0] == '.') continue;  // hidden, "." and ".."
      Entry entry;
      entry.path = JoinPath(directory, item->d_name);
      struct stat info;
      if (::stat(entry.path.c_str(), &info) != 0) {
        on_error_(entry.path, IoError(std::string("cannot stat: ") + std::strerror(errno)));
        continue;
      }
      if (S_ISDIR(info.st_mode)) {
        entry.is_directory = true;
      } else if (!S_ISREG(info.st_mode)) {
        entry.special_kind = SpecialFileKind(info.st_mode);  // also when reached by a link
      }
      entry.sort_key = item->d_name;
      if (entry.is_directory) entry.sort_key.push_back('/');
      entries.push_back(std::move(entry));
    }
    ::closedir(handle);
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.sort_key < b.sort_key; });
    return true;
  }

  const std::function<void(const std::string&)>& on_file_;
  const std::function<void(std::string_view, const Status&)>& on_error_;
  std::vector<DirectoryIdentity> stack_;
};

}  // namespace

void WalkDirectory(
    const std::string& directory, const std::function<void(const std::string& path)>& on_file,
    const std::function<void(std::string_view path, const Status& status)>& on_error) {
  struct stat info;
  if (::stat(directory.c_str(), &info) != 0) {
    on_error(directory, errno == ENOENT
                            ? NotFoundError("no such file or directory")
                            : IoError(std::string("cannot stat: ") + std::strerror(errno)));
    return;
  }
  if (!S_ISDIR(info.st_mode)) {
    on_error(directory, InvalidArgumentError("not a folder"));
    return;
  }
  Walker walker(on_file, on_error);
  walker.Walk(directory, info, 0);
}

}  // namespace crosscheck
