// Folder walking for ingestion: every regular file under a directory, recursively, in byte
// order of the full path, deterministic across runs and machines.
//
// Each directory's entries are sorted by name with directories keyed as "name/", which puts
// the whole walk in byte order of the full path ("a.txt" < "a/b.txt" < "a0.txt"). Hidden
// entries (names starting with '.') are skipped. Symbolic links are followed; a directory
// already on the current path (a link cycle) is skipped, and so is anything deeper than
// kMaxWalkDepth. Sockets, FIFOs and devices inside folders (and links to them) are never
// opened: each goes to `on_error` as "not a regular file", in walk order. Memory is
// the sorted entry list of each directory on the current path, not the whole tree.
// Unreadable directories and broken links go to `on_error` and the walk goes on.
// Thread-compatible (no shared state).
#ifndef CROSSCHECK_INGEST_FILE_WALKER_H_
#define CROSSCHECK_INGEST_FILE_WALKER_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "base/status.h"

namespace crosscheck {

inline constexpr size_t kMaxWalkDepth = 64;

// Calls `on_file(path)` for each regular file under `directory` (paths are `directory`
// joined with the relative path by '/'), and `on_error(path, status)` for each entry that
// could not be read or is not a regular file or folder.
void WalkDirectory(
    const std::string& directory, const std::function<void(const std::string& path)>& on_file,
    const std::function<void(std::string_view path, const Status& status)>& on_error);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_FILE_WALKER_H_
