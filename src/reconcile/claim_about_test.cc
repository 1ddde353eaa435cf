// What claims are about: the matter a stance cue governs, and the counted phrase of a figure,
// read as a short phrase from the text.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdint>
#include <string>
#include <vector>

#include "base/random_text_for_tests.h"
#include "reconcile/story_parts.h"

namespace crosscheck::reconcile {
namespace {

std::string Matter(const std::string& sentence) {
  const std::optional<StanceCue> cue = FindStanceCue(sentence);
  if (!cue) return "(no cue)";
  return cue->stance + ": " + StatementMatter(sentence, *cue);
}

TEST(StatementMatter, TheWordsTheCueGoverns) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Nato cannot yet confirm North Korea is sending troops to Russia",
       "cannot_confirm: North Korea is sending troops to Russia"},
      // A reporting noun before "that" goes.
      {"The chief said Friday the alliance could not yet confirm intelligence reports that the army was massing at the border.",
       "cannot_confirm: the army was massing at the border"},
      // Quotation marks go: the matter describes, it does not quote.
      {"But Mr Straw denied it amounted to a \"constitutional crisis\".", "denies: it amounted to a constitutional crisis"},
      {"A spokesman denied the plan was \xE2\x80\x9C" "dead\xE2\x80\x9D, saying talks go on.", "denies: the plan was dead"},
      // A passive takes the subject.
      {"His claims were denied by the foreign secretary.", "denies: His claims were denied by the foreign secretary"},
      // A date before "that" goes.
      {"President Lee confirmed on 24 October that the country could send arms.",
       "asserts: the country could send arms"},
      // "Expected to" describes its subject: the whole clause, without the attribution.
      {"Officials said the summit is also expected to agree changes to asylum rules.",
       "expects: the summit is also expected to agree changes to asylum rules"},
      {"A delegation, including senior officials, is expected to focus on the talks.",
       "expects: A delegation \xE2\x80\xA6 is expected to focus on the talks"},
      // Long matters are cut at a word, never after a function word.
      {"The ministry denied the army had moved several thousand soldiers and many tanks to the northern border region overnight.",
       "denies: the army had moved several thousand soldiers and many tanks\xE2\x80\xA6"},
      {"The weather was fine on the day.", "(no cue)"},
  };
  for (const auto& [sentence, expected] : cases) EXPECT_EQ(Matter(sentence), expected) << sentence;
}

// FindStanceCue reads the sentence once; the reference searches it once per cue. They agree
// on random sentences made of cue words, their pieces, denial contexts and fillers.
TEST(FindStanceCue, AgreesWithTheOneSearchPerCueReference) {
  const std::vector<std::string> pieces = {
      "cannot",    "yet",       "confirm",  "could",      "not",          "confirmed", "denied",
      "denies",    "dismissed", "rejected", "claims",     "reports",      "the",       "a",
      "was",       "were",      "him",      "bail",       "request",      "expected",  "to",
      "plans",     "planned",   "are",      "there",      "is",           "evidence",  "has",
      "believed",  "fake",      "news",     "groundless", "baseless",     "Kevin",     "Smith",
      "estimated", "estimates", "confirms", "confirming", "intends",      "unable",    "can't",
      "couldn't",  "refuted",   "as",       "by",         "that",         "it",        ",",
      ".",         "-",         "x",        "predenied",  "confirmation", "clear",     "had",
      "have"};
  RandomText random(42);
  size_t with_cue = 0;
  for (int round = 0; round < 20000; ++round) {
    const std::string sentence = random.Make(pieces, 1, 14, 5, 7);
    const std::optional<StanceCue> fast = FindStanceCue(sentence);
    const std::optional<StanceCue> slow = FindStanceCueReference(sentence);
    ASSERT_EQ(fast.has_value(), slow.has_value()) << sentence;
    if (!fast) continue;
    ++with_cue;
    EXPECT_EQ(fast->stance, slow->stance) << sentence;
    EXPECT_EQ(fast->begin, slow->begin) << sentence;
    EXPECT_EQ(fast->end, slow->end) << sentence;
    EXPECT_EQ(fast->describes_subject, slow->describes_subject) << sentence;
  }
  EXPECT_GT(with_cue, 5000u);
}

TEST(FigureMatter, CountedPhraseAsWritten) {
  const std::string body = "Officials say 3,000 North Korean troops have been deployed to the east.";
  QuantityMention q;
  q.span = {static_cast<uint32_t>(body.find("3,000")), static_cast<uint32_t>(body.find("3,000") + 5)};
  q.counts = "troops";
  q.sentence = {0, static_cast<uint32_t>(body.size())};
  EXPECT_EQ(FigureMatter(body, q), "number of North Korean troops deployed");
  q.counts.clear();
  EXPECT_EQ(FigureMatter(body, q), "");
}

TEST(HeadlineStance, RefuteHedgeOrFor) {
  EXPECT_EQ(HeadlineStance("Viral photo of giant shark is a hoax"), "against");
  EXPECT_EQ(HeadlineStance("Ministry denies troops crossed the border"), "against");
  EXPECT_EQ(HeadlineStance("The mayor didn\xE2\x80\x99t resign after all"), "against");
  EXPECT_EQ(HeadlineStance("Troops reportedly crossed the border"), "observing");
  EXPECT_EQ(HeadlineStance("Did troops cross the border?"), "observing");
  EXPECT_EQ(HeadlineStance("Troops to stay until spring -- analyst"), "observing");
  EXPECT_EQ(HeadlineStance("Troops crossed the border overnight"), "for");
  EXPECT_EQ(HeadlineStance(""), "for");
}

}  // namespace
}  // namespace crosscheck::reconcile
