// Runs the built crosscheck binary (CROSSCHECK_BINARY, defined by e2e.cmake) for the end-to-end
// tests and collects what it printed and its exit code.
#ifndef CROSSCHECK_TESTS_E2E_RUN_CLI_H_
#define CROSSCHECK_TESTS_E2E_RUN_CLI_H_

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace crosscheck::e2e {

struct RunResult {
  int exit_code = -1;
  std::string output;  // stdout, and stderr unless dropped
};

// `args` go to the shell as written. `output` is stdout and stderr, or stdout alone when
// `with_stderr` is false (progress lines come and go with the machine's speed).
inline RunResult RunCli(const std::string& args, bool with_stderr = true) {
  RunResult result;
  const std::string command =
      std::string(CROSSCHECK_BINARY) + " " + args + (with_stderr ? " 2>&1" : " 2>/dev/null");
  std::FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    result.output.append(buffer.data(), n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace crosscheck::e2e

#endif  // CROSSCHECK_TESTS_E2E_RUN_CLI_H_
