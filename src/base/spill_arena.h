// SpillArena: an append-only byte store that moves to an unlinked temporary file once it
// outgrows a memory budget, for per-document state written once during a run and read back
// at its end (reuse and topic sketches at a million documents).
//
// Appends go to an in-memory tail; when the tail reaches `memory_bytes` it is written to a
// temporary file and starts over. The file is created on first need (or by Open) in
// `folder`, else $TMPDIR, else /tmp, and unlinked at once (O_TMPFILE, else mkstemp +
// unlink): it has no name, so it goes with the process however that ends. A run that never
// outgrows the budget never touches the disk. Read copies bytes out by offset (pread for the
// file part: pages read back stay in the kernel's page cache, not in this process's resident
// memory). When the file cannot be created or written, the arena keeps the rest in memory:
// correct, only bigger (spilled() tells), and error() says why, for callers that must bound
// their memory and fail instead. Read returns false only on an I/O error of the temporary
// file or a range past the end; callers treat that as missing data.
//
// Cost: Append O(bytes) amortized; Read O(bytes) plus one system call for the file part.
// Not thread-safe for appends; once appends are over, Read may be called from several threads.
// Not copyable or movable: it owns a file descriptor.
#ifndef CROSSCHECK_BASE_SPILL_ARENA_H_
#define CROSSCHECK_BASE_SPILL_ARENA_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"

namespace crosscheck {

class SpillArena {
 public:
  // Tail kept in memory before it is written out (a write buffer: larger gains nothing).
  // Default: 1 MiB.
  static constexpr size_t kDefaultMemoryBytes = size_t{1} << 20;

  explicit SpillArena(size_t memory_bytes = kDefaultMemoryBytes, std::string folder = {});
  ~SpillArena();
  SpillArena(const SpillArena&) = delete;
  SpillArena& operator=(const SpillArena&) = delete;

  // Appends `bytes` bytes; returns the offset of the first one.
  uint64_t Append(const void* data, size_t bytes);
  // Creates the temporary file now rather than at the first write; error() if it cannot be.
  Status Open();
  // Copies [offset, offset + bytes) into `out`. False on an I/O error or a range past size().
  bool Read(uint64_t offset, void* out, size_t bytes) const;

  uint64_t size() const { return flushed_ + tail_.size(); }
  // True once part of the content is in the temporary file.
  bool spilled() const { return flushed_ > 0; }
  // Bytes held in memory: the in-memory tail (excluding its vector slack, at most as much
  // again, up to the budget).
  size_t MemoryBytes() const { return tail_.size(); }
  // The folder the temporary file goes to.
  const std::string& folder() const { return folder_; }
  // Why the temporary file could not be created or written (the first time), or ok. The
  // message names the folder.
  const Status& error() const { return error_; }

 private:
  // Writes the tail to the file (creating it first); keeps it in memory if that fails.
  void Flush();

  size_t memory_bytes_;
  std::string folder_;  // where the file goes (resolved at construction)
  int fd_ = -1;
  Status error_;        // not ok once the file failed: everything from then on stays in memory
  uint64_t flushed_ = 0;     // the file holds [0, flushed_)
  std::vector<char> tail_;   // bytes [flushed_, size())
};

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_SPILL_ARENA_H_
