// A token bucket per client: each client may make `burst` requests at once and
// `per_second` a second after that; a request beyond it is refused (the server answers 429
// with Retry-After). Clients are told apart by the address the request came from.
//
// Memory is bounded: past `max_clients` buckets, the ones that have refilled (idle clients,
// who lose nothing by being forgotten) are dropped, O(buckets) once per `max_clients` new
// clients; if every bucket is still in use, all are dropped (a flood of addresses resets the
// limiter rather than growing it). Allow is O(1) on average.
//
// Thread-safe (one mutex; the critical section is a hash lookup). The clock is injectable
// for tests.
#ifndef CROSSCHECK_SERVER_RATE_LIMITER_H_
#define CROSSCHECK_SERVER_RATE_LIMITER_H_

#include <chrono>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace crosscheck {

struct RateLimit {
  // Sustained requests per second per client; 0 turns the limiter off. Default: 50.
  double per_second = 50;
  // Requests a client may make at once after being idle. Default: 100.
  double burst = 100;
  // Buckets kept before idle ones are dropped. Default: 10,000.
  size_t max_clients = 10000;
};

class RateLimiter {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;
  explicit RateLimiter(RateLimit limit, Clock clock = &std::chrono::steady_clock::now);

  // Takes one token from `client`'s bucket: true when there was one. When not, sets
  // `retry_after_seconds` (if given) to when the next one comes, rounded up, at least 1.
  bool Allow(std::string_view client, int* retry_after_seconds = nullptr);

  size_t client_count() const;

 private:
  struct Bucket {
    double tokens = 0;
    std::chrono::steady_clock::time_point refilled;
  };
  void DropIdleBuckets(std::chrono::steady_clock::time_point now);

  const RateLimit limit_;
  const Clock clock_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;  // guarded by mutex_
};

}  // namespace crosscheck

#endif  // CROSSCHECK_SERVER_RATE_LIMITER_H_
