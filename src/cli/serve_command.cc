#include "cli/serve_command.h"

#include <signal.h>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <thread>
#include <vector>

#include "pipeline/store_ingest.h"
#include "report/format.h"
#include "server/service.h"
#include "server/store_pool.h"
#include "store/open_store.h"

namespace crosscheck {
namespace {

// The environment variable `serve` reads the write token from when --token is not given
// (a token on the command line shows in `ps`).
constexpr const char* kTokenVariable = "CROSSCHECK_TOKEN";

}  // namespace

void AddServeOptions(CLI::App& serve, ServeArgs& args) {
  serve.add_option("--db", args.db, "The store (made by ingest): a file or a postgresql:// URL")
      ->capture_default_str();
  serve.add_option("--host", args.host, "Address to listen on (loopback by default)")
      ->capture_default_str();
  serve.add_option("--port", args.port, "Port (0: any free port, printed at start)")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  serve.add_option("--token", args.token,
                   std::string("Token writes must send as Authorization: Bearer T (default: $") +
                       kTokenVariable + "; none: no writes)");
  serve.add_option("--threads", args.threads, "Request threads")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  serve
      .add_option("--rate", args.rate,
                  "Requests per second per client, bursts of twice that (0: no limit)")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  serve.add_option("--max-body-mb", args.max_body_mb, "Largest request body, MiB")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
}

int RunServe(const ServeArgs& args) {
  std::string token = args.token;
  if (token.empty()) {
    const char* from_environment = std::getenv(kTokenVariable);
    if (from_environment != nullptr) token = from_environment;
  }
  // One connection now, to refuse a missing or foreign store before listening.
  StatusOr<std::unique_ptr<Store>> first = OpenStore(args.db, StoreAccess::kReadOnly);
  if (!first.ok()) {
    PrintError(first.status().message());
    return kExitFailed;
  }
  StatusOr<std::vector<StorySummary>> stories = (*first)->StorySummaries();
  StatusOr<size_t> documents = (*first)->DocumentCount();
  StatusOr<bool> stale = PublicationIsStale(**first);
  if (!stories.ok() || !documents.ok() || !stale.ok()) {
    PrintError((!stories.ok()     ? stories.status()
                : !documents.ok() ? documents.status()
                                  : stale.status())
                   .message());
    return kExitFailed;
  }
  if (*stale) {
    PrintError("note: " + StoreName(args.db) +
               " holds documents its stories do not cover yet; "
               "`crosscheck ingest` (or a POST to /api/documents) publishes them");
  }
  // Writes go through a connection of their own, opened only when writes are possible.
  std::unique_ptr<Store> writer;
  if (!token.empty()) {
    StatusOr<std::unique_ptr<Store>> opened = OpenStore(args.db, StoreAccess::kExisting);
    if (!opened.ok()) {
      PrintError(opened.status().message());
      return kExitFailed;
    }
    writer = std::move(*opened);
  }
  const std::string db = args.db;
  StorePool readers([db] { return OpenStore(db, StoreAccess::kReadOnly); }, args.threads);
  first->reset();  // the pool opens its own connections, one per request in flight

  HttpServerOptions http;
  http.host = args.host;
  http.port = args.port;
  http.threads = args.threads;
  http.max_body_bytes = static_cast<size_t>(args.max_body_mb * (1 << 20));
  ServiceOptions options;
  options.token = token;
  options.rate.per_second = args.rate;
  options.rate.burst = 2 * args.rate;

  // SIGINT and SIGTERM are taken by a thread of their own (sigwait), not a handler, so that
  // stopping the server is an ordinary call; blocked here, before any thread starts, so every
  // thread inherits the mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  // The base URL is known once the port is: the service is made after Bind.
  std::unique_ptr<Service> service;
  HttpServer server([&service](const HttpRequest& request) { return service->Handle(request); },
                    http);
  StatusOr<int> port = server.Bind();
  if (!port.ok()) {
    PrintError(port.status().message());
    return kExitFailed;
  }
  const bool ipv6 = args.host.find(':') != std::string::npos;
  options.base_url =
      "http://" + (ipv6 ? "[" + args.host + "]" : args.host) + ":" + std::to_string(*port);
  service = std::make_unique<Service>(readers, std::move(writer), options);

  std::atomic<bool> done{false};
  std::thread signal_watcher([&server, &done, stop_signals] {
    const timespec tick{0, 200 * 1000 * 1000};
    while (!done) {
      if (sigtimedwait(&stop_signals, nullptr, &tick) > 0) {
        server.Stop();
        return;
      }
    }
  });
  std::fprintf(stdout, "serving %s on %s/ (%s, %s; writes %s)\n",
               EscapeForTerminal(StoreName(args.db)).c_str(), options.base_url.c_str(),
               CountOf(*documents, "document", "documents").c_str(),
               CountOf(stories->size(), "story", "stories").c_str(),
               token.empty() ? "off: no --token" : "need the token");
  std::fflush(stdout);
  const Status served = server.Run();
  done = true;
  signal_watcher.join();
  if (!served.ok()) {
    PrintError(served.message());
    return kExitFailed;
  }
  std::fprintf(stdout, "stopped\n");
  return kExitOk;
}

}  // namespace crosscheck
