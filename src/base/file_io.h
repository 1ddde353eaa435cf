// Writing output files (reports, annotations) so that a crash, a kill or a full disk never
// leaves a truncated file where an old one stood, and so that special files stay what they are.
//
// What happens depends on what the output path names (symlinks are followed first, also a
// dangling one whose folder exists; the link itself stays a link):
//   - "-": standard output, written in place.
//   - a regular file, or nothing yet: atomic replace. The content goes to a temporary
//     `.<name>.crosscheck-tmp.<pid>` beside the target, is fsync'd, gets the old file's mode
//     and owner (owner only where the OS permits; a new file gets 0666 & ~umask), and is
//     renamed over the target. Hard links to the old file keep the old content.
//   - a character or block device, a FIFO: written in place (no create, no truncate, no
//     rename), so `--json /dev/null` leaves /dev/null a device.
//   - a directory (or a socket): an error naming the path.
// Why named temporaries and not O_TMPFILE + linkat: linkat cannot replace an existing file, so
// a named step before rename() is needed anyway, and O_TMPFILE is missing on some file systems.
// A temporary is removed when the write fails, when the process gets SIGINT/SIGTERM/SIGHUP
// (after InstallTempFileCleanupHandlers), and otherwise — SIGKILL, power loss — by the next
// write to the same target, which removes temporaries whose pid is no longer alive.
//
// OutputFile is thread-compatible (one writer per object; two objects must not write the same
// target at once). The temporary-file registry below is async-signal-safe and thread-safe.
#ifndef CROSSCHECK_BASE_FILE_IO_H_
#define CROSSCHECK_BASE_FILE_IO_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace crosscheck {

// One output being written. Open, Append any number of times, Commit. Destroying an opened,
// uncommitted OutputFile discards the temporary (the old target survives). Neither copyable
// nor movable: it owns a descriptor and a slot in the signal-cleanup registry.
class OutputFile {
 public:
  OutputFile() = default;
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // Decides how `path` is written (see above) and opens it. kInvalidArgument for a
  // directory; kIoError when the OS refuses. Call once.
  Status Open(const std::string& path);
  // Buffers `content`, writing it out in large blocks.
  Status Append(std::string_view content);
  // Flushes; for an atomic replace, fsyncs and renames the temporary over the target.
  Status Commit();

  // True when the target is replaced atomically (regular or new file), false when written in
  // place (standard output, device, FIFO).
  bool atomic() const { return !temp_path_.empty(); }

 private:
  Status Flush();
  void Discard();

  std::string path_;       // as given, for messages
  std::string target_;     // after following symlinks
  std::string temp_path_;  // empty when written in place
  std::string buffer_;
  int fd_ = -1;
  bool owns_fd_ = false;  // false for standard output
  int registry_slot_ = -1;
  bool committed_ = false;
};

// Writes `content` to `path` as OutputFile does (atomic replace or in place, see above).
Status WriteOutputFile(const std::string& path, std::string_view content);

// --- Temporary files removed on fatal signals --------------------------------------------
// A fixed table of in-flight temporary paths. Register returns a slot (or -1 when the table
// is full or the path too long: the file is then only cleaned up by a later run).
int RegisterTempFile(std::string_view path);
void UnregisterTempFile(int slot);
// Unlinks every registered temporary. Async-signal-safe: only atomics and unlink().
void RemoveRegisteredTempFiles();
// Installs SIGINT, SIGTERM and SIGHUP handlers that call RemoveRegisteredTempFiles and then
// re-raise the signal with its default disposition (the process ends as it would have). Only
// `main` calls this: it changes process-wide state.
void InstallTempFileCleanupHandlers();

// The temporary name used for `target` (same folder), and whether a file name in that folder
// is a temporary of `target`; if so, `pid` is the process that made it. Exposed for tests.
std::string TempPathFor(const std::string& target, long pid);
bool ParseTempName(std::string_view target_name, std::string_view entry_name, long& pid);

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_FILE_IO_H_
