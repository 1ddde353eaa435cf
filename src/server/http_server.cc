#include "server/http_server.h"

#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

#include "server/api_json.h"

namespace crosscheck {
namespace {

// httplib's own ThreadPool queues without bound; this one makes the accepting thread wait
// while `max_queued` connections are already waiting (see http_server.h).
class BoundedThreadPool final : public httplib::TaskQueue {
 public:
  BoundedThreadPool(size_t threads, size_t max_queued)
      : max_queued_(std::max<size_t>(1, max_queued)) {
    for (size_t thread_idx = 0; thread_idx < std::max<size_t>(1, threads); ++thread_idx) {
      threads_.emplace_back([this] { Work(); });
    }
  }
  ~BoundedThreadPool() override = default;

  void enqueue(std::function<void()> fn) override {
    std::unique_lock<std::mutex> lock(mutex_);
    not_full_.wait(lock, [this] { return jobs_.size() < max_queued_ || shutdown_; });
    jobs_.push_back(std::move(fn));
    lock.unlock();
    not_empty_.notify_one();
  }

  void shutdown() override {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      shutdown_ = true;
    }
    not_empty_.notify_all();
    not_full_.notify_all();
    for (std::thread& thread : threads_) thread.join();
  }

 private:
  void Work() {
    for (;;) {
      std::function<void()> job;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        not_empty_.wait(lock, [this] { return !jobs_.empty() || shutdown_; });
        if (jobs_.empty()) return;  // shut down, nothing left
        job = std::move(jobs_.front());
        jobs_.pop_front();
      }
      not_full_.notify_one();
      job();
    }
  }

  const size_t max_queued_;
  std::mutex mutex_;
  std::condition_variable not_empty_, not_full_;
  std::deque<std::function<void()>> jobs_;  // guarded by mutex_
  bool shutdown_ = false;                   // guarded by mutex_
  std::vector<std::thread> threads_;
};

HttpRequest ToRequest(const httplib::Request& from) {
  HttpRequest request;
  request.method = from.method;
  request.path = from.path;
  for (const auto& param : from.params) request.query.emplace_back(param.first, param.second);
  request.authorization = from.get_header_value("Authorization");
  request.client = from.remote_addr;
  request.body = from.body;
  return request;
}

void ToResponse(HttpResponse&& from, httplib::Response& to) {
  to.status = from.status;
  for (const auto& header : from.headers) to.set_header(header.first, header.second);
  to.set_header("X-Content-Type-Options", "nosniff");
  to.set_content(std::move(from.body), from.content_type);
}

}  // namespace

HttpServer::HttpServer(Handler handler, HttpServerOptions options)
    : handler_(std::move(handler)),
      options_(std::move(options)),
      server_(std::make_unique<httplib::Server>()) {
  const size_t threads = options_.threads;
  const size_t queue = options_.queue;
  server_->new_task_queue = [threads, queue] { return new BoundedThreadPool(threads, queue); };
  // SO_REUSEADDR only: httplib's default adds SO_REUSEPORT, with which a second server on
  // the same port starts without a word and the kernel splits the clients between the two.
  // TCP_NODELAY (inherited by accepted sockets): httplib sends the headers and the body in
  // two writes, and Nagle's algorithm would hold the body until the client's delayed ACK of
  // the headers, up to 40 ms on every response.
  server_->set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
  });
  // Answers go out uncompressed. Debian's library is built with zlib and brotli and would
  // compress every text/* and application/json answer for a client that accepts it, brotli
  // at its default quality 11 (about 1 MB/s here: a 1.2 MB story took a second of CPU, and any
  // client could ask for that, over and over). There is no switch for it in 0.11, so the
  // Accept-Encoding header is removed before routing; the request is httplib's own
  // non-const object, handed to this hook as const.
  server_->set_pre_routing_handler([](const httplib::Request& request, httplib::Response&) {
    const_cast<httplib::Request&>(request).headers.erase("Accept-Encoding");
    return httplib::Server::HandlerResponse::Unhandled;
  });
  server_->set_payload_max_length(options_.max_body_bytes);
  server_->set_read_timeout(options_.read_timeout);
  server_->set_write_timeout(options_.write_timeout);
  server_->set_keep_alive_max_count(options_.keep_alive_requests);
  const httplib::Server::Handler handle = [this](const httplib::Request& request,
                                                 httplib::Response& response) {
    ToResponse(handler_(ToRequest(request)), response);
  };
  server_->Get(".*", handle);
  server_->Post(".*", handle);
  server_->Put(".*", handle);
  server_->Delete(".*", handle);
  server_->Patch(".*", handle);
  server_->Options(".*", handle);
  // What httplib answers itself (413 body too large, 400 unparsable request) gets a JSON body
  // like the Service's errors; a body the Service wrote stays.
  const httplib::Server::HandlerWithResponse on_error = [](const httplib::Request& request,
                                                           httplib::Response& response) {
    if (!response.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    std::string message = std::string("HTTP ") + std::to_string(response.status);
    if (response.status == 413) {
      // httplib caps form-encoded bodies at 8 KiB, whatever the payload limit says; curl's
      // --data sends that type unless told otherwise.
      message = request.get_header_value("Content-Type") == "application/x-www-form-urlencoded"
                    ? "request body too large for a form (8 KiB); send JSON lines with "
                      "Content-Type: application/x-ndjson"
                    : "request body too large";
    }
    response.set_content(ErrorJson(message), "application/json");
    return httplib::Server::HandlerResponse::Handled;
  };
  server_->set_error_handler(on_error);
  server_->set_exception_handler(
      [](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
        response.status = 500;
        response.set_content(ErrorJson("internal error"), "application/json");
      });
}

HttpServer::~HttpServer() = default;

StatusOr<int> HttpServer::Bind() {
  const std::string address = options_.host + ":" + std::to_string(options_.port);
  if (options_.port < 0 || options_.port > 65535) {
    return InvalidArgumentError("no such port: " + std::to_string(options_.port));
  }
  if (options_.port == 0) {
    const int port = server_->bind_to_any_port(options_.host);
    if (port <= 0) return IoError("cannot listen on " + options_.host + " (any port)");
    return port;
  }
  if (!server_->bind_to_port(options_.host, options_.port)) {
    return IoError("cannot listen on " + address + " (in use, or not an address of this machine)");
  }
  return options_.port;
}

Status HttpServer::Run() {
  const bool served = server_->listen_after_bind();
  if (!served && !stopping_) return IoError("the server stopped accepting connections");
  return Status::Ok();
}

void HttpServer::Stop() {
  stopping_ = true;
  server_->stop();
}

}  // namespace crosscheck
