#include "annotate/entity_typer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "annotate/tokens.h"

namespace crosscheck {
namespace {

std::vector<uint32_t> FeaturesOfName(const std::string& text, const std::string& name) {
  const std::vector<Token> tokens = Tokenize(text, 0);
  const size_t begin = text.find(name), end = begin + name.size();
  size_t first = tokens.size(), last = 0;
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (tokens[k].begin >= begin && tokens[k].end <= end) {
      first = std::min(first, k);
      last = k;
    }
  }
  return EntityTyperFeatures(text, tokens, first, last, EntityType::kOther, false, false);
}

TEST(EntityTyper, FeaturesAreSortedUniqueAndInRange) {
  const auto features = FeaturesOfName("Later that week Orla Quint met the board.", "Orla Quint");
  ASSERT_FALSE(features.empty());
  EXPECT_TRUE(std::is_sorted(features.begin(), features.end()));
  EXPECT_EQ(std::adjacent_find(features.begin(), features.end()), features.end());
  for (uint32_t id : features) {
    EXPECT_GE(id, 1u);
    EXPECT_LE(id, kEntityTyperBuckets);
  }
  // The same name in the same words gives the same features; other words around it do not.
  EXPECT_EQ(features, FeaturesOfName("Later that week Orla Quint met the board.", "Orla Quint"));
  EXPECT_NE(features, FeaturesOfName("She sailed to Orla Quint in May.", "Orla Quint"));
}

TEST(EntityTyper, AbstainsWithoutFeaturesAndAnswersATypeOrNothing) {
  EXPECT_FALSE(PredictEntityType({}).has_value());
  // Out-of-range ids are ignored, never read past the weights.
  const auto odd = PredictEntityType({0, kEntityTyperBuckets + 7});
  if (odd) {
    EXPECT_TRUE(*odd == EntityType::kPerson || *odd == EntityType::kOrganization ||
                *odd == EntityType::kPlace || *odd == EntityType::kOther);
  }
}

}  // namespace
}  // namespace crosscheck
