// The server's behaviour without sockets: one request in, one response out. http_server.h
// puts it behind cpp-httplib; tests call Handle directly.
//
//   GET  /api/stories[?q=&status=&outlet=&limit=&offset=]   story summaries (api_json.h)
//   GET  /api/stories/{id}[?limit=&offset=]   the story and a page of its documents (100 by
//                                 default; X-Total-Count, Link rel=next), report.json's shape
//   GET  /api/documents/{id}      the document, in report.json's shape
//   GET  /api/search?q=[&limit=]  documents holding every word (Store::Search)
//   GET  /api/changes[?since=&story=&limit=]   the change log, newest first
//   POST /api/documents           JSONL records (as analyze reads .jsonl) -> ingest + publish
//   GET  /                        story index page (pages.h), same filters as /api/stories
//   GET  /stories/{id}            story page
//   GET  /feed.atom, /stories/{id}/feed.atom   Atom feeds of changes (atom.h)
//
// Answers: 404 JSON for an unknown route or id, 405 for a known path with another method,
// 400 for a bad parameter, 429 past the client's rate (rate_limiter.h), 401/403 for a write
// without the token (auth.h), 500 with the store's message when the store fails. Nothing a
// request holds can make it throw or crash.
//
// Readers and the writer: each request borrows a read connection from `readers` for its
// duration, so requests run in parallel and go on reading (the last committed publication)
// while an ingest writes. Ingests run one at a time on the write connection, under a mutex.
//
// Thread-safe: Handle may be called from any number of threads at once.
#ifndef CROSSCHECK_SERVER_SERVICE_H_
#define CROSSCHECK_SERVER_SERVICE_H_

#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "pipeline/analyzer.h"
#include "server/api_json.h"
#include "server/http_message.h"
#include "server/rate_limiter.h"
#include "server/store_pool.h"
#include "store/store.h"

namespace crosscheck {

struct ServiceOptions {
  // The token writes must carry; empty: the server takes no writes.
  std::string token;
  RateLimit rate;
  // How the server is reached, for the feeds' absolute links: "http://127.0.0.1:8080".
  std::string base_url = "http://127.0.0.1:8080";
  // How uploaded documents are analysed (as `ingest` would).
  AnalyzeOptions analyze;
  // Largest record an upload may hold. Default: 16 MiB (the request itself is bounded by the
  // HTTP layer's payload limit).
  size_t max_record_bytes = size_t{16} << 20;
  // The current UTC time, ISO 8601 ("2026-12-06T23:10:00Z"): the publication time of an
  // ingest and the time of an empty feed. Injectable for tests; default: UtcNow
  // (pipeline/store_ingest.h).
  std::function<std::string()> now_utc;
};

// Page sizes: what a list gives when not asked, and the most it gives.
inline constexpr size_t kDefaultStoryLimit = 50;
inline constexpr size_t kMaxStoryLimit = 1000;
inline constexpr size_t kDefaultStoryDocuments = 25;  // a story's documents per answer
inline constexpr size_t kMaxStoryDocuments = 1000;
// Documents a story's HTML page holds (its items link to their sentences).
inline constexpr size_t kHtmlStoryDocuments = 300;
inline constexpr size_t kDefaultSearchLimit = 20;
inline constexpr size_t kMaxSearchLimit = 200;
inline constexpr size_t kDefaultChangeLimit = 100;
inline constexpr size_t kMaxChangeLimit = 1000;
// Skipped records an upload's answer lists by name (the count covers all).
inline constexpr size_t kMaxSkippedListed = 20;

class Service {
 public:
  // `readers` must outlive the service. `writer` may be null: then writes are refused (503)
  // even with the token.
  Service(StorePool& readers, std::unique_ptr<Store> writer, ServiceOptions options);

  HttpResponse Handle(const HttpRequest& request);

 private:
  HttpResponse Route(const HttpRequest& request);
  HttpResponse ListStories(const HttpRequest& request, bool html);
  HttpResponse GetStory(const HttpRequest& request, std::string_view id, bool html);
  HttpResponse GetDocument(std::string_view id);
  HttpResponse SearchDocuments(const HttpRequest& request);
  HttpResponse ListChanges(const HttpRequest& request);
  HttpResponse Feed(std::string_view story);
  HttpResponse Upload(const HttpRequest& request);

  StorePool& readers_;
  ServiceOptions options_;
  RateLimiter limiter_;
  std::mutex writer_mutex_;        // one ingest at a time
  std::unique_ptr<Store> writer_;  // guarded by writer_mutex_
};

}  // namespace crosscheck

#endif  // CROSSCHECK_SERVER_SERVICE_H_
