#include "annotate/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosscheck {
namespace {

std::vector<std::string> Split(const std::string& body) {
  std::vector<std::string> out;
  for (const Span& s : SplitSentences(body)) out.push_back(body.substr(s.begin, s.size()));
  return out;
}

struct Case {
  std::string body;
  std::vector<std::string> sentences;
};

TEST(SplitSentences, Table) {
  const std::vector<Case> cases = {
      {"It rained. Then it stopped.", {"It rained.", "Then it stopped."}},
      {"Mr. Smith met Dr. Jones on Monday. They talked.",
       {"Mr. Smith met Dr. Jones on Monday.", "They talked."}},
      {"Gen. Lee spoke. He left.", {"Gen. Lee spoke.", "He left."}},
      {"The U.S. Army moved. The U.S. The end.", {"The U.S. Army moved.", "The U.S.", "The end."}},
      {"He is ranked No. 1 in the world. Others are not.",
       {"He is ranked No. 1 in the world.", "Others are not."}},
      {"John F. Kennedy was shot. It was 1963.", {"John F. Kennedy was shot.", "It was 1963."}},
      {"Growth was 3.5 percent. Prices rose.", {"Growth was 3.5 percent.", "Prices rose."}},
      {"\"What now? We will see,\" she said. Then she left.",
       {"\"What now? We will see,\" she said.", "Then she left."}},
      {"\xE2\x80\x9CIt is over. We lost.\xE2\x80\x9D He wept.",
       {"\xE2\x80\x9CIt is over. We lost.\xE2\x80\x9D", "He wept."}},
      {"First paragraph without a stop\n\nSecond one.",
       {"First paragraph without a stop", "Second one."}},
      {"Is it true? Yes! Fine.", {"Is it true?", "Yes!", "Fine."}},
      {"The firm, Acme Inc. said no. It was e.g. a test.",
       {"The firm, Acme Inc. said no.", "It was e.g. a test."}},
      {"", {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Split(c.body), c.sentences) << "input: " << c.body;
  }
}

TEST(SplitSentences, LineBreaks) {
  // One item a line ends a sentence; a hard-wrapped line that goes on does not.
  EXPECT_EQ(Split("District 1: 12,345 votes\nDistrict 2: 9,876 votes"),
            (std::vector<std::string>{"District 1: 12,345 votes", "District 2: 9,876 votes"}));
  EXPECT_EQ(Split("The minister said the bridge would\nopen in the spring."),
            (std::vector<std::string>{"The minister said the bridge would\nopen in the spring."}));
  EXPECT_EQ(Split("Talks between the\nEuropean Union and Japan resumed."),
            (std::vector<std::string>{"Talks between the\nEuropean Union and Japan resumed."}));
}

TEST(SplitSentences, RunOnTextIsCutIntoBoundedPieces) {
  std::string body;
  for (int k = 0; k < 5000; ++k) body += std::to_string(1000 + k) + " people, ";
  body += std::string(3000, 'x');  // one "word" longer than the cap
  const std::vector<Span> sentences = SplitSentences(body);
  ASSERT_GT(sentences.size(), 40u);
  size_t covered = 0;
  uint32_t previous_end = 0;
  for (const Span& s : sentences) {
    EXPECT_LE(s.size(), kMaxSentenceBytes);
    EXPECT_GE(s.begin, previous_end);
    previous_end = s.end;
    covered += s.size();
  }
  // Every non-space byte is in exactly one piece.
  size_t non_space = 0;
  for (char c : body) non_space += c != ' ';
  size_t covered_non_space = 0;
  for (const Span& s : sentences) {
    for (uint32_t k = s.begin; k < s.end; ++k) covered_non_space += body[k] != ' ';
  }
  EXPECT_EQ(covered_non_space, non_space);
  EXPECT_GE(covered, non_space);
}

TEST(SplitSentences, IndexLookup) {
  const std::string body = "One. Two. Three.";
  const auto sentences = SplitSentences(body);
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_EQ(SentenceIndexAt(sentences, 0), 0u);
  EXPECT_EQ(SentenceIndexAt(sentences, 6), 1u);
  EXPECT_EQ(SentenceIndexAt(sentences, 15), 2u);
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

TEST(SplitSentences, EachLanguagesQuotationMarksCloseTheirOwn) {
  // German „…“: the closing “ is no English opening mark that would hold the next sentences
  // in one; »…« and «…» likewise; a French « … » closes with its ».
  EXPECT_EQ(Split("\xE2\x80\x9E"
                  "Das ist gut.\xE2\x80\x9C Dann ging er. Sie blieb."),
            (std::vector<std::string>{"\xE2\x80\x9E"
                                      "Das ist gut.\xE2\x80\x9C",
                                      "Dann ging er.", "Sie blieb."}));
  EXPECT_EQ(
      Split("\xC2\xBBWir gehen.\xC2\xAB Dann ging er. Sie blieb."),
      (std::vector<std::string>{"\xC2\xBBWir gehen.\xC2\xAB", "Dann ging er.", "Sie blieb."}));
  EXPECT_EQ(Split("Il a dit : \xC2\xAB Non. Jamais. \xC2\xBB Puis il est parti."),
            (std::vector<std::string>{"Il a dit : \xC2\xAB Non. Jamais. \xC2\xBB",
                                      "Puis il est parti."}));
  // A sentence inside an English quotation still does not end it.
  EXPECT_EQ(Split("\xE2\x80\x9CWe go. Now.\xE2\x80\x9D He left."),
            (std::vector<std::string>{"\xE2\x80\x9CWe go. Now.\xE2\x80\x9D", "He left."}));
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

TEST(SplitSentences, ADaysOrdinalBeforeItsMonthEndsNoSentence) {
  EXPECT_EQ(Split("Am 27. Januar 2022 sprach er. Dann ging er."),
            (std::vector<std::string>{"Am 27. Januar 2022 sprach er.", "Dann ging er."}));
  // A sentence ending in a number still ends before a word that is no month.
  EXPECT_EQ(Split("The index fell 27. Traders left."),
            (std::vector<std::string>{"The index fell 27.", "Traders left."}));
}

}  // namespace
}  // namespace crosscheck
