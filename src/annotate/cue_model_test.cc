#include "annotate/cue_model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "annotate/test_support.h"
#include "annotate/tokens.h"

namespace crosscheck {
namespace {

// Index of the token that spells `word` in `tokens` of `text`.
size_t TokenOf(const std::string& text, const std::vector<Token>& tokens, std::string_view word) {
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (std::string_view(text).substr(tokens[k].begin, tokens[k].end - tokens[k].begin) == word)
      return k;
  }
  return tokens.size();
}

TEST(CueModel, CandidatesAreLowerCaseContentWords) {
  const std::string text = "The Senator has long admired the plan of it.";
  const std::vector<Token> tokens = Tokenize(text);
  EXPECT_TRUE(IsCueCandidate(text, tokens, TokenOf(text, tokens, "admired")));
  EXPECT_FALSE(IsCueCandidate(text, tokens, TokenOf(text, tokens, "Senator")));
  EXPECT_FALSE(IsCueCandidate(text, tokens, TokenOf(text, tokens, "the")));
  EXPECT_FALSE(IsCueCandidate(text, tokens, TokenOf(text, tokens, "it")));
  EXPECT_FALSE(IsCueCandidate(text, tokens, TokenOf(text, tokens, ".")));
}

TEST(CueModel, FeaturesAreSortedUniqueAndInRange) {
  const std::string text = "The senator has long admired the plan.";
  const std::vector<Token> tokens = Tokenize(text);
  const size_t verb = TokenOf(text, tokens, "admired");
  const std::vector<uint32_t> features = CueFeatures(text, tokens, verb);
  ASSERT_FALSE(features.empty());
  EXPECT_TRUE(std::is_sorted(features.begin(), features.end()));
  EXPECT_EQ(std::adjacent_find(features.begin(), features.end()), features.end());
  for (uint32_t id : features) {
    EXPECT_GE(id, 1u);
    EXPECT_LE(id, kCueModelBuckets);
  }
  // The first and last words of a sentence have edge features, not out-of-range reads.
  const std::string edge = "admired";
  EXPECT_FALSE(CueFeatures(edge, Tokenize(edge), 0).empty());
}

TEST(CueModel, EmbeddedModelProposesVerbsOfStanceNotPlainNouns) {
  const std::string text = "All three candidates invoked the civil rights leader at the station.";
  const std::vector<Token> tokens = Tokenize(text);
  const double verb = CueProbability(CueFeatures(text, tokens, TokenOf(text, tokens, "invoked")));
  const double noun = CueProbability(CueFeatures(text, tokens, TokenOf(text, tokens, "station")));
  EXPECT_GT(verb, 0.0) << "no cue model embedded (data/lexicons/cue_model.txt)";
  EXPECT_GT(verb, noun);
  EXPECT_TRUE(ProposesCue(text, tokens, TokenOf(text, tokens, "invoked")));
  EXPECT_FALSE(ProposesCue(text, tokens, TokenOf(text, tokens, "station")));
}

// A verb no lexicon lists is read as a cue with the usual frames: subject and object.
TEST(CueModel, ProposedCueGivesReportedSpeechWithSourceAndContent) {
  const Annotations out = testing::RunPipeline(
      {"All three candidates invoked the civil rights leader in their opening remarks."});
  ASSERT_EQ(out.quotes.size(), 1u);
  EXPECT_EQ(out.quotes[0].kind, QuoteKind::kIndirect);
  EXPECT_EQ(out.quotes[0].cue_text, "invoked");
  EXPECT_EQ(out.quotes[0].speaker_text, "All three candidates");
  EXPECT_EQ(out.quotes[0].text, "the civil rights leader in their opening remarks");
}

// A proposed cue with a particle takes the particle into the cue and its noun phrase as the
// content.
TEST(CueModel, ProposedCueWithParticle) {
  const Annotations out =
      testing::RunPipeline({"The candidates reacted to the shooting in the city on Wednesday."});
  ASSERT_EQ(out.quotes.size(), 1u);
  EXPECT_EQ(out.quotes[0].cue_text, "reacted to");
  EXPECT_EQ(out.quotes[0].speaker_text, "The candidates");
  EXPECT_EQ(out.quotes[0].text, "the shooting in the city on Wednesday");
}

}  // namespace
}  // namespace crosscheck
