#include "server/store_pool.h"

#include <gtest/gtest.h>

#include "server/fake_store_test_util.h"

namespace crosscheck {
namespace {

TEST(StorePoolTest, ReusesReturnedConnectionsUpToMaxIdle) {
  int opened = 0;
  StorePool pool(
      [&opened]() -> StatusOr<std::unique_ptr<Store>> {
        ++opened;
        return std::unique_ptr<Store>(std::make_unique<testing::FakeStore>());
      },
      /*max_idle=*/1);
  {
    StatusOr<StorePool::Lease> first = pool.Acquire();
    StatusOr<StorePool::Lease> second = pool.Acquire();
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_NE(&**first, &**second);  // one connection per borrower
    EXPECT_EQ(opened, 2);
  }
  EXPECT_EQ(pool.idle_count(), 1u);  // the second one closed: one idle is enough
  {
    StatusOr<StorePool::Lease> again = pool.Acquire();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(opened, 2);
    again->Discard();
  }
  EXPECT_EQ(pool.idle_count(), 0u);
}

TEST(StorePoolTest, OpenErrorsComeBack) {
  StorePool pool(
      []() -> StatusOr<std::unique_ptr<Store>> { return NotFoundError("no store at x.db"); }, 2);
  StatusOr<StorePool::Lease> lease = pool.Acquire();
  ASSERT_FALSE(lease.ok());
  EXPECT_EQ(lease.status().message(), "no store at x.db");
}

}  // namespace
}  // namespace crosscheck
