// The learned headline stance: its features read as named, ids in range, and the embedded
// model's answers on plain cases of each class.
#include "reconcile/stance_classifier.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace crosscheck::reconcile {
namespace {

bool Has(const std::vector<std::string>& features, const std::string& name) {
  return std::find(features.begin(), features.end(), name) != features.end();
}

TEST(StanceFeatures, WordsCuesPunctuationAndClaim) {
  const std::vector<std::string> f =
      StanceFeatureNames("A shark swam up a flooded street", "Shark in flooded street is a HOAX, EXPERTS say?");
  EXPECT_TRUE(Has(f, "s:shark"));
  EXPECT_TRUE(Has(f, "s:flood"));  // stems, not words, in the shipped groups
  EXPECT_TRUE(Has(f, "b:^_shark"));
  EXPECT_TRUE(Has(f, "b:say_$"));
  EXPECT_TRUE(Has(f, "c:refute@late"));  // "hoax" is the seventh word
  EXPECT_TRUE(Has(f, "c:hedge@late"));
  EXPECT_TRUE(Has(f, "c:both"));
  EXPECT_TRUE(Has(f, "r:against"));
  EXPECT_TRUE(Has(f, "p:question$"));
  EXPECT_TRUE(Has(f, "p:capitals"));
  EXPECT_TRUE(Has(f, "x:refute_headline_only"));
  EXPECT_TRUE(std::is_sorted(f.begin(), f.end()));
  // Three of the claim's four content stems (shark, flood, street; not "swam").
  EXPECT_TRUE(Has(f, "x:ov4"));
}

TEST(StanceFeatures, NoClaimNoClaimFeatures) {
  for (const std::string& name : StanceFeatureNames("", "Troops reportedly crossed the border")) {
    EXPECT_FALSE(name.starts_with("x:")) << name;
  }
  EXPECT_TRUE(StanceFeatureNames("", "").size() > 0);  // "b:^_$", "r:for", "c:none"
}

TEST(StanceFeatures, GroupsSwitchFamilies) {
  const std::vector<std::string> only_words = StanceFeatureNames("claim", "Dog bites man", kStanceUnigrams);
  EXPECT_EQ(only_words, (std::vector<std::string>{"u:bites", "u:dog", "u:man"}));
}

TEST(StanceFeatures, IdsInRangeSortedDistinct) {
  const std::vector<uint32_t> ids = StanceFeatureIds("Dogs bite men", "Dog bites man, police say -- report");
  ASSERT_FALSE(ids.empty());
  EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
  EXPECT_EQ(std::adjacent_find(ids.begin(), ids.end()), ids.end());
  EXPECT_GE(ids.front(), 1u);
  EXPECT_LE(ids.back(), kStanceBuckets);
}

TEST(ClassifyHeadlineStance, PlainCasesOfEachClass) {
  EXPECT_TRUE(StanceModelLoaded()) << "data/lexicons/stance_model.txt did not load";
  const std::string claim = "A giant shark swam along a flooded highway";
  EXPECT_EQ(ClassifyHeadlineStance(claim, "Photo of shark on flooded highway is a hoax"), "against");
  EXPECT_EQ(ClassifyHeadlineStance(claim, "Shark reportedly seen swimming on flooded highway"), "observing");
  EXPECT_EQ(ClassifyHeadlineStance(claim, "Giant shark swims along flooded highway"), "for");
}

}  // namespace
}  // namespace crosscheck::reconcile
