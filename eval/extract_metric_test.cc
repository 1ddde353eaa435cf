// The AEB metric against evaluate.py's conventions, and against the published scores of the
// reference outputs shipped with the benchmark (trafilatura 0.958, Readability.js 0.947).
#include "eval/extract_metric.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <cmath>
#include <filesystem>

namespace crosscheck::eval {
namespace {

TEST(ScoreShingles, IdenticalTextsScoreOne) {
  ShingleScore score = ScoreShingles("one two three four five", "one two three four five");
  EXPECT_DOUBLE_EQ(score.precision, 1.0);
  EXPECT_DOUBLE_EQ(score.recall, 1.0);
}

TEST(ScoreShingles, HalfExtraTextHalvesPrecision) {
  // Gold: 2 shingles; predicted: the same 2 plus 2 unrelated ones.
  ShingleScore score = ScoreShingles("a b c d e. w x y z!", "a b c d e");
  EXPECT_NEAR(score.recall, 1.0, 1e-12);
  EXPECT_LT(score.precision, 0.5);
}

TEST(ScoreShingles, EmptyPredictionLeavesPrecisionUndefined) {
  ShingleScore score = ScoreShingles("", "a b c d e");
  EXPECT_TRUE(std::isnan(score.precision));
  EXPECT_DOUBLE_EQ(score.recall, 0.0);
  AebSummary summary = Summarize({score, ScoreShingles("a b c d", "a b c d")});
  EXPECT_DOUBLE_EQ(summary.precision, 1.0);
  EXPECT_DOUBLE_EQ(summary.recall, 0.5);
}

TEST(ScoreShingles, ShortTextsAreOneShingle) {
  EXPECT_DOUBLE_EQ(ScoreShingles("hello world", "hello, world!").precision, 1.0);
  EXPECT_DOUBLE_EQ(ScoreShingles("hello there", "hello world").recall, 0.0);
}

TEST(ScoreShingles, UnicodeWordsAndPunctuation) {
  // Python's \w matches letters of any script and digits; punctuation splits tokens.
  EXPECT_DOUBLE_EQ(ScoreShingles("Müller’s café 2024 über", "Müller s café 2024 über").precision, 1.0);
}

double PublishedF1(const std::filesystem::path& root, const char* system) {
  simdjson::dom::parser gold_parser, parser;
  simdjson::dom::element gold, output, wrapped;
  if (gold_parser.load((root / "ground-truth.json").string()).get(gold) != simdjson::SUCCESS) return -1;
  if (parser.load((root / "output" / system).string()).get(output) != simdjson::SUCCESS) return -1;
  if (output["output"].get(wrapped) == simdjson::SUCCESS) output = wrapped;
  std::vector<ShingleScore> scores;
  for (auto [key, value] : gold.get_object()) {
    std::string_view gold_body, predicted;
    if (value["articleBody"].get(gold_body) != simdjson::SUCCESS) gold_body = {};
    if (output[key]["articleBody"].get(predicted) != simdjson::SUCCESS) predicted = {};
    scores.push_back(ScoreShingles(predicted, gold_body));
  }
  return Summarize(scores).f1;
}

TEST(AebPublishedOutputs, ReproducesPublishedScores) {
  std::filesystem::path root = std::filesystem::path(CROSSCHECK_SHARED_DIR) / "data/scrapinghub_aeb";
  if (!std::filesystem::exists(root / "ground-truth.json")) {
    GTEST_SKIP() << "../shared/data/scrapinghub_aeb not found";
  }
  EXPECT_NEAR(PublishedF1(root, "trafilatura.json"), 0.958, 0.0005);
  EXPECT_NEAR(PublishedF1(root, "readability_js.json"), 0.947, 0.0005);
  EXPECT_NEAR(PublishedF1(root, "AutoExtract.json"), 0.970, 0.0005);
}

}  // namespace
}  // namespace crosscheck::eval
