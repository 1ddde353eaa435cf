#include "server/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace crosscheck {

RateLimiter::RateLimiter(RateLimit limit, Clock clock) : limit_(limit), clock_(std::move(clock)) {}

bool RateLimiter::Allow(std::string_view client, int* retry_after_seconds) {
  if (limit_.per_second <= 0) return true;
  const auto now = clock_();
  const double burst = std::max(1.0, limit_.burst);
  std::lock_guard<std::mutex> lock(mutex_);
  auto found = buckets_.find(std::string(client));
  if (found == buckets_.end()) {
    if (buckets_.size() >= limit_.max_clients) DropIdleBuckets(now);
    found = buckets_.emplace(std::string(client), Bucket{burst, now}).first;
  }
  Bucket& bucket = found->second;
  const double elapsed = std::chrono::duration<double>(now - bucket.refilled).count();
  bucket.tokens = std::min(burst, bucket.tokens + std::max(0.0, elapsed) * limit_.per_second);
  bucket.refilled = now;
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1;
    return true;
  }
  if (retry_after_seconds != nullptr) {
    *retry_after_seconds =
        std::max(1, static_cast<int>(std::ceil((1 - bucket.tokens) / limit_.per_second)));
  }
  return false;
}

size_t RateLimiter::client_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return buckets_.size();
}

void RateLimiter::DropIdleBuckets(std::chrono::steady_clock::time_point now) {
  const double burst = std::max(1.0, limit_.burst);
  std::erase_if(buckets_, [&](const auto& entry) {
    const double elapsed = std::chrono::duration<double>(now - entry.second.refilled).count();
    return entry.second.tokens + elapsed * limit_.per_second >= burst;
  });
  if (buckets_.size() >= limit_.max_clients) buckets_.clear();
}

}  // namespace crosscheck
