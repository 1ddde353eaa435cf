// Latency of `crosscheck serve` as a client sees it (issue 12 target: p99 < 50 ms for a story
// by id and for a full-text search on a store of 100,000 documents). A driver, not a Google
// Benchmark: the figures that matter are percentiles over many requests to a running server.
//
//   serve_latency PORT [REQUESTS] [WORDS...]
//
// Lists the stories (/api/stories, paged), then makes REQUESTS (default 1,000) requests of
// each kind on one keep-alive connection: /api/stories/{id} over the stories in a fixed
// shuffled order, and /api/search?q=WORD over WORDS (default: a built-in list of words of the
// BBC set) in turn. Prints p50, p90, p99 and max per kind and exits non-zero when a request
// fails. Start the server with --rate 0, or the rate limit is what gets measured.
#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

constexpr const char* kDefaultWords[] = {
    "government", "market",    "film",  "election", "music",  "football", "profits", "minister",
    "economy",    "mobile",    "court", "award",    "shares", "internet", "labour",  "chelsea",
    "oil",        "games",     "tax",   "software", "growth", "police",   "china",   "players",
    "security",   "budget",    "album", "rugby",    "bank",   "tories",   "virus",   "director",
    "england",    "broadband", "euro",  "prices",   "sales",  "injury",   "band",    "blair"};

double Percentile(std::vector<double> values, double fraction) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const size_t index = std::min(values.size() - 1, static_cast<size_t>(fraction * values.size()));
  return values[index];
}

void Report(const char* what, const std::vector<double>& millis) {
  std::printf("%-28s n=%zu  p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms\n", what,
              millis.size(), Percentile(millis, 0.50), Percentile(millis, 0.90),
              Percentile(millis, 0.99), Percentile(millis, 1.0));
}

// Story ids from the listing (the "id" fields at the top level of each story object).
std::vector<std::string> StoryIds(httplib::Client& client) {
  std::vector<std::string> ids;
  constexpr size_t kPage = 1000;
  for (size_t offset = 0;; offset += kPage) {
    httplib::Result page = client.Get("/api/stories?limit=" + std::to_string(kPage) +
                                      "&offset=" + std::to_string(offset));
    if (!page || page->status != 200) break;
    const size_t before = ids.size();
    for (size_t at = page->body.find("{\"id\":\""); at != std::string::npos;
         at = page->body.find("{\"id\":\"", at + 1)) {
      const size_t start = at + 7;
      ids.push_back(page->body.substr(start, page->body.find('"', start) - start));
    }
    if (ids.size() - before < kPage) break;
  }
  return ids;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: serve_latency PORT [REQUESTS] [WORDS...]\n");
    return 2;
  }
  const int port = std::atoi(argv[1]);
  const size_t requests = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 1000;
  std::vector<std::string> words;
  for (int arg_idx = 3; arg_idx < argc; ++arg_idx) words.emplace_back(argv[arg_idx]);
  if (words.empty()) words.assign(std::begin(kDefaultWords), std::end(kDefaultWords));

  httplib::Client client("127.0.0.1", port);
  client.set_keep_alive(true);
  client.set_read_timeout(std::chrono::seconds(60));
  std::vector<std::string> ids = StoryIds(client);
  if (ids.empty()) {
    std::fprintf(stderr, "serve_latency: no stories at 127.0.0.1:%d\n", port);
    return 1;
  }
  std::shuffle(ids.begin(), ids.end(), std::mt19937(12));
  std::printf("%zu stories listed; %zu requests per kind\n", ids.size(), requests);

  int failures = 0;
  size_t hits = 0;
  const auto timed = [&](const std::string& path, std::vector<double>& millis) {
    const auto start = std::chrono::steady_clock::now();
    httplib::Result result = client.Get(path);
    millis.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
    if (!result || result->status != 200) {
      if (++failures <= 5)
        std::fprintf(stderr, "failed: %s (%d)\n", path.c_str(), result ? result->status : -1);
      return std::string();
    }
    return result->body;
  };
  std::vector<double> story_millis, search_millis;
  for (size_t request = 0; request < requests; ++request) {
    timed("/api/stories/" + ids[request % ids.size()], story_millis);
  }
  for (size_t request = 0; request < requests; ++request) {
    const std::string body = timed("/api/search?q=" + words[request % words.size()], search_millis);
    if (body.find("\"document\"") != std::string::npos) ++hits;
  }
  Report("GET /api/stories/{id}", story_millis);
  Report("GET /api/search?q=WORD", search_millis);
  std::printf("searches with at least one hit: %zu of %zu\n", hits, requests);
  return failures == 0 ? 0 : 1;
}
