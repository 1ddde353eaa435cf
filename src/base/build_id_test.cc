#include "base/build_id.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

TEST(BuildIdTest, SixteenHexDigitsTheSameEachTime) {
  const std::string& id = BuildId();
  ASSERT_EQ(id.size(), 16u);
  EXPECT_EQ(id.find_first_not_of("0123456789abcdef"), std::string::npos) << id;
  EXPECT_EQ(&BuildId(), &id);
}

}  // namespace
}  // namespace crosscheck
