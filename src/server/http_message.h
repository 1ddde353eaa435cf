// What the HTTP layer hands the service and gets back: plain values, no sockets, so that every
// route is tested by calling Service::Handle (service.h) with a made-up request. The httplib
// wiring (http_server.h) copies a parsed request into an HttpRequest and an HttpResponse back.
// Value types.
#ifndef CROSSCHECK_SERVER_HTTP_MESSAGE_H_
#define CROSSCHECK_SERVER_HTTP_MESSAGE_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace crosscheck {

struct HttpRequest {
  std::string method;  // "GET", "POST", ...
  std::string path;    // decoded path, without the query: "/api/stories/s1"
  // Decoded query parameters in order; a name may repeat (the first one counts).
  std::vector<std::pair<std::string, std::string>> query;
  std::string authorization;  // the Authorization header, as sent; empty when absent
  std::string client;         // who asks: the peer's address (rate limits count per client)
  std::string body;

  // The first value of query parameter `name`, or `fallback`. (The default is "", not {}: a
  // view with no data would reach SQLite as NULL, not as an empty text.)
  std::string_view Param(std::string_view name, std::string_view fallback = "") const {
    for (const auto& param : query) {
      if (param.first == name) return param.second;
    }
    return fallback;
  }
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra ones ("Retry-After")
};

}  // namespace crosscheck

#endif  // CROSSCHECK_SERVER_HTTP_MESSAGE_H_
