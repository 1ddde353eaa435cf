// `crosscheck serve`: a store over HTTP (src/server/). Opens the store (read connections for
// the request threads, a write connection only when a token is given), listens, prints
// "serving DB on http://HOST:PORT/ (...)" on stdout once it accepts connections, and runs until
// SIGINT or SIGTERM (then prints "stopped"). Exit codes as the other commands: 0 when stopped
// by a signal, 2 when it cannot start.
#ifndef CROSSCHECK_CLI_SERVE_COMMAND_H_
#define CROSSCHECK_CLI_SERVE_COMMAND_H_

#include <CLI/CLI.hpp>
#include <string>

#include "cli/command_common.h"
#include "server/http_server.h"
#include "server/rate_limiter.h"

namespace crosscheck {

struct ServeArgs {
  std::string db = kDefaultStore;
  std::string host = HttpServerOptions{}.host;
  int port = HttpServerOptions{}.port;
  std::string token;
  size_t threads = HttpServerOptions{}.threads;
  double rate = RateLimit{}.per_second;
  double max_body_mb = static_cast<double>(HttpServerOptions{}.max_body_bytes >> 20);
};

void AddServeOptions(CLI::App& serve, ServeArgs& args);
int RunServe(const ServeArgs& args);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLI_SERVE_COMMAND_H_
