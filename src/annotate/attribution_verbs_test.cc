#include "annotate/attribution_verbs.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace crosscheck {
namespace {

bool HasParticle(const VerbFrames& frames, const std::string& particle) {
  return std::find(frames.particles.begin(), frames.particles.end(), particle) !=
         frames.particles.end();
}

TEST(AttributionVerbs, InflectionsCarryTheBaseFormsFrames) {
  const VerbFrames* vowed = FramesOf("vowed");
  ASSERT_NE(vowed, nullptr);
  EXPECT_TRUE(vowed->infinitive);
  const VerbFrames* criticizes = FramesOf("criticizes");
  ASSERT_NE(criticizes, nullptr);
  EXPECT_TRUE(criticizes->object);
  EXPECT_FALSE(criticizes->clause);
  const VerbFrames* calling = FramesOf("calling");
  ASSERT_NE(calling, nullptr);
  EXPECT_TRUE(HasParticle(*calling, "for"));
  const VerbFrames* denied = FramesOf("denied");  // -y after a consonant
  ASSERT_NE(denied, nullptr);
  EXPECT_TRUE(denied->clause);
}

TEST(AttributionVerbs, IrregularFormsAreTakenAsWritten) {
  ASSERT_NE(FramesOf("thought"), nullptr);
  EXPECT_TRUE(FramesOf("thought")->clause);
  ASSERT_NE(FramesOf("sought"), nullptr);
  EXPECT_EQ(FramesOf("thoughts"), nullptr);  // no inflection of a listed irregular form
}

TEST(AttributionVerbs, CaseAndNonVerbs) {
  EXPECT_TRUE(IsAttributionVerb("Believes"));
  EXPECT_FALSE(IsAttributionVerb("table"));
  EXPECT_FALSE(IsAttributionVerb(""));
}

}  // namespace
}  // namespace crosscheck
