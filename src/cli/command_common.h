// What the commands of the `crosscheck` binary share (main.cc, serve_command.cc): exit codes,
// the default store, and how a message reaches stderr.
#ifndef CROSSCHECK_CLI_COMMAND_COMMON_H_
#define CROSSCHECK_CLI_COMMAND_COMMON_H_

#include <cstdio>
#include <string>
#include <string_view>

#include "base/terminal_text.h"

namespace crosscheck {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 2;
inline constexpr const char* kDefaultStore = "crosscheck.db";

// One message line on stderr. Messages carry input names and paths, which are data: every
// control byte in them is shown escaped, so a message stays one line.
inline void PrintError(std::string_view message) {
  const std::string line = "crosscheck: " + EscapeForTerminal(message) + "\n";
  std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace crosscheck

#endif  // CROSSCHECK_CLI_COMMAND_COMMON_H_
