#include "annotate/entity_typer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "annotate/tokens.h"
#include "base/feature_hash.h"

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

// The ids hashed while reading the words are the ids of the feature texts, for every
// candidate run of capitalized words of a text, with and without the flags.
TEST(EntityTyper, HashedIdsAreTheIdsOfTheFeatureTexts) {
  const std::string text =
      "Later that week, Dr. Orla Quint-Baker of the NASA Space Agency met AB12 Holdings in "
      "Paris, the \xC3\x89"
      "cole Normale and Mr X. \"Hello\" said the Mayor";
  const std::vector<Token> tokens = Tokenize(text, 0);
  size_t runs = 0;
  for (size_t first = 0; first < tokens.size(); ++first) {
    for (size_t last = first; last < tokens.size() && last < first + 4; ++last) {
      for (int flags = 0; flags < 4; ++flags) {
        const EntityType type = flags == 1 ? EntityType::kPerson : EntityType::kOther;
        const auto ids = EntityTyperFeatures(text, tokens, first, last, type, flags & 1, flags & 2);
        std::vector<uint32_t> expected;
        for (const std::string& feature :
             EntityTyperFeatureStrings(text, tokens, first, last, type, flags & 1, flags & 2)) {
          expected.push_back(HashedFeatureId(feature, kEntityTyperBuckets));
        }
        std::sort(expected.begin(), expected.end());
        expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
        EXPECT_EQ(ids, expected) << first << ".." << last;
        ++runs;
      }
    }
  }
  EXPECT_GT(runs, 100u);
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
