// A request handler (Service::Handle, service.h) behind cpp-httplib (Debian
// libcpp-httplib-dev): sockets, HTTP parsing, keep-alive, timeouts and limits are the
// library's; what each request gets back is the handler's. The only file that includes
// httplib.h is http_server.cc.
//
//   HttpServer server([&](const HttpRequest& r) { return service.Handle(r); }, options);
//   StatusOr<int> port = server.Bind();   // 127.0.0.1 by default; port 0: any free port
//   ... tell someone the port ...
//   Status done = server.Run();           // blocks until Stop()
//
// Threads: `threads` request threads (started by Bind, joined by Run's return), each serving
// one connection at a time; accepted connections wait in a queue of at most `queue`, and
// while it is full the accepting thread waits too, so the kernel's listen backlog holds the
// rest (nothing grows without bound under load). Limits: request bodies over
// `max_body_bytes` are refused with 413 unread, a client silent for `read_timeout` or not
// reading for `write_timeout` is dropped, a connection serves at most `keep_alive_requests`.
//
// Stop() is thread-safe (call it from a signal-watching thread, not a signal handler).
#ifndef CROSSCHECK_SERVER_HTTP_SERVER_H_
#define CROSSCHECK_SERVER_HTTP_SERVER_H_

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "base/status.h"
#include "server/http_message.h"

namespace httplib {
class Server;
}

namespace crosscheck {

struct HttpServerOptions {
  // The address to listen on. Default: loopback only.
  std::string host = "127.0.0.1";
  // 0: any free port (Bind returns it). Default: 8080.
  int port = 8080;
  // Request threads. Default: 8.
  size_t threads = 8;
  // Accepted connections waiting for a thread. Default: 64.
  size_t queue = 64;
  // Largest request body. Default: 64 MiB.
  size_t max_body_bytes = size_t{64} << 20;
  std::chrono::seconds read_timeout{10};
  std::chrono::seconds write_timeout{10};
  // Requests one keep-alive connection may make. Default: 1,000.
  size_t keep_alive_requests = 1000;
};

class HttpServer {
 public:
  // Called from the request threads, any number at once: must be thread-safe. It may be
  // bound to something made after Bind() (to know the port), as long as it is there by Run().
  using Handler = std::function<HttpResponse(const HttpRequest&)>;
  HttpServer(Handler handler, HttpServerOptions options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;  // owns a listening socket and threads
  HttpServer& operator=(const HttpServer&) = delete;

  // Listens on options.host:options.port; returns the port (the one chosen for port 0).
  // IoError naming the address when it cannot (in use, no such address, no permission).
  StatusOr<int> Bind();
  // Serves until Stop(); then waits for the requests under way. Precondition: Bind() ok.
  Status Run();
  void Stop();

 private:
  Handler handler_;
  HttpServerOptions options_;
  std::unique_ptr<httplib::Server> server_;
  std::atomic<bool> stopping_{false};
};

}  // namespace crosscheck

#endif  // CROSSCHECK_SERVER_HTTP_SERVER_H_
