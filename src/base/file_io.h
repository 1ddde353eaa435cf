// Writing output files safely: the content goes to a temporary file beside the target, is
// flushed to disk, then renamed over it, so a crash, a kill or a full disk never leaves a
// truncated or half-written report where an old one stood. Thread-compatible.
#ifndef CROSSCHECK_BASE_FILE_IO_H_
#define CROSSCHECK_BASE_FILE_IO_H_

#include <functional>
#include <string>
#include <string_view>

#include "base/status.h"

namespace crosscheck {

// Writes `content` to `path` atomically. "-" writes to standard output instead.
Status WriteFileAtomically(const std::string& path, std::string_view content);

// The same, for content produced in pieces (a report too large to hold whole): `produce` is
// called once with a writer to hand each piece to, in order, and returns its status; a
// failure of either leaves no file behind and an old one in place.
using PieceWriter = std::function<Status(std::string_view piece)>;
Status WriteFileAtomically(const std::string& path,
                           const std::function<Status(const PieceWriter&)>& produce);

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_FILE_IO_H_
