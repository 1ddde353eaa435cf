// The httplib wiring on a real loopback socket: requests reach the handler whole, answers come
// back with their status, type and headers, httplib's own refusals (413) are JSON, and Stop()
// ends Run().
#include "server/http_server.h"

#include <gtest/gtest.h>
#include <httplib.h>

#include <thread>

namespace crosscheck {
namespace {

class HttpServerTest : public ::testing::Test {
 protected:
  void Start(HttpServerOptions options) {
    options.port = 0;
    server_ = std::make_unique<HttpServer>(
        [](const HttpRequest& request) {
          HttpResponse response;
          response.status = request.path == "/missing" ? 404 : 200;
          response.content_type = "text/plain";
          response.body =
              request.method + " " + request.path + " q=" + std::string(request.Param("q")) +
              " auth=" + request.authorization + " body=" + std::to_string(request.body.size());
          response.headers.emplace_back("X-Test", "1");
          return response;
        },
        options);
    StatusOr<int> port = server_->Bind();
    ASSERT_TRUE(port.ok()) << port.status().ToString();
    port_ = *port;
    runner_ = std::thread([this] { run_status_ = server_->Run(); });
  }
  void TearDown() override {
    if (server_ != nullptr) server_->Stop();
    if (runner_.joinable()) runner_.join();
    EXPECT_TRUE(run_status_.ok()) << run_status_.ToString();
  }

  std::unique_ptr<HttpServer> server_;
  std::thread runner_;
  Status run_status_;
  int port_ = 0;
};

TEST_F(HttpServerTest, RequestsReachTheHandlerAndAnswersComeBack) {
  Start(HttpServerOptions{});
  httplib::Client client("127.0.0.1", port_);
  httplib::Result got = client.Get("/a%20b?q=x%26y", {{"Authorization", "Bearer t"}});
  ASSERT_TRUE(got) << httplib::to_string(got.error());
  EXPECT_EQ(got->status, 200);
  EXPECT_EQ(got->body, "GET /a b q=x&y auth=Bearer t body=0");
  EXPECT_EQ(got->get_header_value("Content-Type"), "text/plain");
  EXPECT_EQ(got->get_header_value("X-Test"), "1");
  EXPECT_EQ(got->get_header_value("X-Content-Type-Options"), "nosniff");
  httplib::Result posted = client.Post("/p", std::string(1000, 'x'), "text/plain");
  ASSERT_TRUE(posted);
  EXPECT_EQ(posted->body, "POST /p q= auth= body=1000");
  // Never compressed, whatever the client accepts (see http_server.cc).
  httplib::Result plain = client.Get("/x", {{"Accept-Encoding", "br, gzip, deflate"}});
  ASSERT_TRUE(plain);
  EXPECT_FALSE(plain->has_header("Content-Encoding"));
  EXPECT_EQ(plain->body.substr(0, 6), "GET /x");
  httplib::Result missing = client.Get("/missing");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  EXPECT_EQ(missing->body.substr(0, 3), "GET");  // the handler's body stays
}

TEST_F(HttpServerTest, BodyOverTheLimitIs413Json) {
  HttpServerOptions options;
  options.max_body_bytes = 100;
  Start(options);
  httplib::Client client("127.0.0.1", port_);
  httplib::Result posted = client.Post("/p", std::string(1000, 'x'), "text/plain");
  ASSERT_TRUE(posted);
  EXPECT_EQ(posted->status, 413);
  EXPECT_EQ(posted->body, "{\"error\":\"request body too large\"}\n");
}

TEST_F(HttpServerTest, ParallelClientsAreServed) {
  HttpServerOptions options;
  options.threads = 2;
  options.queue = 1;
  Start(options);
  std::vector<std::thread> clients;
  std::atomic<int> ok{0};
  for (int client_idx = 0; client_idx < 8; ++client_idx) {
    clients.emplace_back([this, &ok] {
      httplib::Client client("127.0.0.1", port_);
      for (int request = 0; request < 10; ++request) {
        httplib::Result got = client.Get("/x");
        if (got && got->status == 200) ++ok;
      }
    });
  }
  for (std::thread& client : clients) client.join();
  EXPECT_EQ(ok.load(), 80);
}

TEST(HttpServerBindTest, AnAddressInUseIsAnError) {
  HttpServerOptions options;
  options.port = 0;
  HttpServer first([](const HttpRequest&) { return HttpResponse{}; }, options);
  StatusOr<int> port = first.Bind();
  ASSERT_TRUE(port.ok());
  options.port = *port;
  HttpServer second([](const HttpRequest&) { return HttpResponse{}; }, options);
  StatusOr<int> refused = second.Bind();
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().message().find("cannot listen on 127.0.0.1:"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck
