#include "reconcile/happenings.h"

#include <gtest/gtest.h>

namespace crosscheck::reconcile {
namespace {

TEST(HappeningKeys, InflectionsShareAKey) {
  HappeningKeys keys;
  EXPECT_EQ(keys.KeyOf({"attacked"}), keys.KeyOf({"attacks"}));
  EXPECT_EQ(keys.KeyOf({"Arrested"}), keys.KeyOf({"arrest"}));
  EXPECT_NE(keys.KeyOf({"attacked"}), keys.KeyOf({"arrested"}));
}

TEST(HappeningKeys, WordClassesJoinIrregularFormsAndNouns) {
  HappeningKeys keys;
  EXPECT_EQ(keys.KeyOf({"shot"}), keys.KeyOf({"shooting"}));
  EXPECT_EQ(keys.KeyOf({"died"}), keys.KeyOf({"death"}));
  EXPECT_EQ(keys.KeyOf({"earthquake"}), keys.KeyOf({"quake"}));
  HappeningKeys stems_only(/*word_classes=*/false);
  EXPECT_NE(stems_only.KeyOf({"died"}), stems_only.KeyOf({"death"}));
}

TEST(HappeningKeys, HeadIsTheFirstContentWord) {
  HappeningKeys keys;
  EXPECT_EQ(keys.KeyOf({"checked", "into"}), keys.KeyOf({"checks"}));
  EXPECT_EQ(keys.KeyOf({"the", "earthquake"}), keys.KeyOf({"quake"}));
  EXPECT_EQ(keys.KeyOf({}), "");
  EXPECT_EQ(keys.KeyOf({",", "2"}), "");
}

}  // namespace
}  // namespace crosscheck::reconcile
