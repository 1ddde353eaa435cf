// Writing output files safely: the content goes to a temporary file beside the target, is
// flushed to disk, then renamed over it, so a crash, a kill or a full disk never leaves a
// truncated or half-written report where an old one stood. Thread-compatible.
#ifndef CROSSCHECK_BASE_FILE_IO_H_
#define CROSSCHECK_BASE_FILE_IO_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace crosscheck {

// Writes `content` to `path` atomically. "-" writes to standard output instead.
Status WriteFileAtomically(const std::string& path, std::string_view content);

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_FILE_IO_H_
