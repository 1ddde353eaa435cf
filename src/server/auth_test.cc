#include "server/auth.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

TEST(ConstantTimeEqualsTest, ComparesWholeStrings) {
  EXPECT_TRUE(ConstantTimeEquals("secret", "secret"));
  EXPECT_FALSE(ConstantTimeEquals("secreT", "secret"));
  EXPECT_FALSE(ConstantTimeEquals("secret2", "secret"));
  EXPECT_FALSE(ConstantTimeEquals("secretsecret", "secret"));  // the key repeated is not it
  EXPECT_FALSE(ConstantTimeEquals("", "secret"));
  EXPECT_FALSE(ConstantTimeEquals("x", ""));
  EXPECT_TRUE(ConstantTimeEquals("", ""));
}

TEST(CheckWriteAccessTest, NeedsBearerToken) {
  EXPECT_EQ(CheckWriteAccess("t0k", "Bearer t0k"), WriteAccess::kAllowed);
  EXPECT_EQ(CheckWriteAccess("t0k", "bearer  t0k "), WriteAccess::kAllowed);
  EXPECT_EQ(CheckWriteAccess("t0k", "Bearer t0K"), WriteAccess::kRefused);
  EXPECT_EQ(CheckWriteAccess("t0k", "Basic dDBr"), WriteAccess::kRefused);
  EXPECT_EQ(CheckWriteAccess("t0k", "t0k"), WriteAccess::kRefused);
  EXPECT_EQ(CheckWriteAccess("t0k", ""), WriteAccess::kRefused);
  EXPECT_EQ(CheckWriteAccess("t0k", "Bearer "), WriteAccess::kRefused);
}

TEST(CheckWriteAccessTest, NoTokenMeansNoWrites) {
  EXPECT_EQ(CheckWriteAccess("", "Bearer "), WriteAccess::kNoTokenConfigured);
  EXPECT_EQ(CheckWriteAccess("", "Bearer anything"), WriteAccess::kNoTokenConfigured);
}

}  // namespace
}  // namespace crosscheck
