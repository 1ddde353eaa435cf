#include "server/rate_limiter.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

using std::chrono::milliseconds;
using std::chrono::steady_clock;

class RateLimiterTest : public ::testing::Test {
 protected:
  RateLimiter::Clock Clock() {
    return [this] { return now_; };
  }
  steady_clock::time_point now_{};
};

TEST_F(RateLimiterTest, BurstThenRateThenRefill) {
  RateLimiter limiter(RateLimit{.per_second = 10, .burst = 3, .max_clients = 100}, Clock());
  EXPECT_TRUE(limiter.Allow("a"));
  EXPECT_TRUE(limiter.Allow("a"));
  EXPECT_TRUE(limiter.Allow("a"));
  int retry_after = 0;
  EXPECT_FALSE(limiter.Allow("a", &retry_after));
  EXPECT_EQ(retry_after, 1);
  EXPECT_TRUE(limiter.Allow("b"));  // per client
  now_ += milliseconds(100);        // one token back
  EXPECT_TRUE(limiter.Allow("a"));
  EXPECT_FALSE(limiter.Allow("a"));
  now_ += milliseconds(10'000);  // refills up to the burst, no further
  for (int request = 0; request < 3; ++request) EXPECT_TRUE(limiter.Allow("a"));
  EXPECT_FALSE(limiter.Allow("a"));
}

TEST_F(RateLimiterTest, ZeroRateIsOff) {
  RateLimiter limiter(RateLimit{.per_second = 0, .burst = 1, .max_clients = 100}, Clock());
  for (int request = 0; request < 1000; ++request) EXPECT_TRUE(limiter.Allow("a"));
}

TEST_F(RateLimiterTest, ClientsAreBounded) {
  RateLimiter limiter(RateLimit{.per_second = 1, .burst = 2, .max_clients = 100}, Clock());
  for (int client = 0; client < 1000; ++client) {
    limiter.Allow("client" + std::to_string(client));
    ASSERT_LE(limiter.client_count(), 100u);
  }
  // Idle buckets (refilled) are the ones dropped; a busy client keeps its state.
  now_ += milliseconds(5000);
  limiter.Allow("busy");
  limiter.Allow("busy");
  EXPECT_FALSE(limiter.Allow("busy"));
  for (int client = 0; client < 98; ++client) limiter.Allow("new" + std::to_string(client));
  EXPECT_FALSE(limiter.Allow("busy"));
}

}  // namespace
}  // namespace crosscheck
