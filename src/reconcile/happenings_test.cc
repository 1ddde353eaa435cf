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

TEST(HappeningKeys, OneHappeningUnderItsNewsWords) {
  HappeningKeys keys;
  // A killing and the death it caused ("gunman killed two" / "two died" / "the murders").
  EXPECT_EQ(keys.KeyOf({"was", "killed"}), keys.KeyOf({"died"}));
  EXPECT_EQ(keys.KeyOf({"murdered"}), keys.KeyOf({"deaths"}));
  EXPECT_EQ(keys.KeyOf({"slain"}), keys.KeyOf({"killing"}));
  // One game: the winner's victory is the loser's defeat ("beat", "lost to", "the win").
  EXPECT_EQ(keys.KeyOf({"beat"}), keys.KeyOf({"victory"}));
  EXPECT_EQ(keys.KeyOf({"lost", "to"}), keys.KeyOf({"won"}));
  // Irregular forms and nouns a stemmer leaves apart.
  EXPECT_EQ(keys.KeyOf({"fell"}), keys.KeyOf({"falling"}));
  EXPECT_EQ(keys.KeyOf({"caught"}), keys.KeyOf({"catch"}));
  EXPECT_EQ(keys.KeyOf({"injuries"}), keys.KeyOf({"wounded"}));
  EXPECT_EQ(keys.KeyOf({"captured"}), keys.KeyOf({"arrest"}));
  EXPECT_EQ(keys.KeyOf({"collided"}), keys.KeyOf({"crash"}));
  // Different happenings stay apart.
  EXPECT_NE(keys.KeyOf({"killed"}), keys.KeyOf({"arrested"}));
  EXPECT_NE(keys.KeyOf({"won"}), keys.KeyOf({"fell"}));
}

TEST(HappeningKeys, ClassesFromText) {
  const HappeningKeys keys =
      HappeningKeys::WithClasses("# a comment\nvanish vanished disappearance\n\nfly flew\n");
  EXPECT_EQ(keys.KeyOf({"vanished"}), "vanish");
  EXPECT_EQ(keys.KeyOf({"the", "disappearance"}), "vanish");
  EXPECT_EQ(keys.KeyOf({"flew"}), "fly");
  // Words in no class of the text fall back to their stems (the embedded classes are not read).
  EXPECT_EQ(keys.KeyOf({"died"}), HappeningKeys(/*word_classes=*/false).KeyOf({"died"}));
  EXPECT_NE(keys.KeyOf({"died"}), keys.KeyOf({"death"}));
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
