#include "annotate/reading.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "annotate/sentences.h"

namespace crosscheck {
namespace {

std::vector<std::string> Texts(std::string_view body, const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (const Span& s : spans) out.emplace_back(body.substr(s.begin, s.size()));
  return out;
}

// The slow obvious paragraphs: cut at every "\n\n", trim spaces and line breaks, drop empties.
std::vector<std::string> ReferenceParagraphs(const std::string& body) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    const size_t blank = body.find("\n\n", start);
    std::string piece = body.substr(start, blank == std::string::npos ? std::string::npos : blank - start);
    const size_t first = piece.find_first_not_of(" \n");
    if (first != std::string::npos) out.push_back(piece.substr(first, piece.find_last_not_of(" \n") - first + 1));
    if (blank == std::string::npos) return out;
    start = blank + 2;
  }
}

TEST(TextReading, SentencesParagraphsAndTokens) {
  const std::string body =
      "The Minister said on Monday that 1,500 troops had LEFT.\n\n"
      "\xE2\x80\x9CWe will see,\xE2\x80\x9D she added. NATO declined to comment.\n\n\n";
  const TextReading reading(body);
  EXPECT_EQ(Texts(body, reading.sentences()),
            (std::vector<std::string>{"The Minister said on Monday that 1,500 troops had LEFT.",
                                      "\xE2\x80\x9CWe will see,\xE2\x80\x9D she added.",
                                      "NATO declined to comment."}));
  EXPECT_EQ(Texts(body, reading.paragraphs()),
            (std::vector<std::string>{
                "The Minister said on Monday that 1,500 troops had LEFT.",
                "\xE2\x80\x9CWe will see,\xE2\x80\x9D she added. NATO declined to comment."}));
  ASSERT_EQ(reading.sentences().size(), 3u);
  const std::vector<Token>& first = reading.SentenceTokens(0);
  ASSERT_FALSE(first.empty());
  EXPECT_EQ(reading.Text(first[1]), "Minister");
  EXPECT_EQ(reading.Lower(first[1]), "minister");
  EXPECT_TRUE(first[1].capitalized);
  EXPECT_EQ(reading.Lower(first[9]), "left");
  EXPECT_TRUE(first[9].all_caps);
  const uint32_t nato = static_cast<uint32_t>(body.find("NATO"));
  EXPECT_EQ(reading.SentenceAt(nato), 2u);
  EXPECT_EQ(reading.ParagraphAt(nato), 1u);
  EXPECT_EQ(reading.ParagraphAt(0), 0u);
}

TEST(TextReading, EmptyAndBlankBodies) {
  for (const std::string body : {"", " ", "\n\n\n", "  \n\n  "}) {
    const TextReading reading(body);
    EXPECT_TRUE(reading.sentences().empty()) << body;
    EXPECT_TRUE(reading.paragraphs().empty()) << body;
    EXPECT_EQ(reading.lower().size(), body.size());
    EXPECT_EQ(reading.SentenceAt(0), 0u);
  }
}

// Property: the reading gives what each annotator used to compute for itself (SplitSentences,
// Tokenize per sentence, LowerAscii per token), and the paragraphs of the slow reference.
TEST(TextReading, MatchesSeparateComputationsOnRandomText) {
  const std::vector<std::string> pieces = {"Word", "word", "NATO", " ", " ", "\n", "\n\n", ". ",
                                           "said", "\xE2\x80\x9C", "\xE2\x80\x9D", "1,500", "?",
                                           "\xC3\x89lys\xC3\xA9" "e", "U.S.", "'s", ",", "Mr."};
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::string body;
    const int length = static_cast<int>(rng() % 60);
    for (int k = 0; k < length; ++k) body += pieces[rng() % pieces.size()];
    const TextReading reading(body);
    const std::vector<Span> sentences = SplitSentences(body);
    ASSERT_EQ(Texts(body, reading.sentences()), Texts(body, sentences)) << body;
    EXPECT_EQ(Texts(body, reading.paragraphs()), ReferenceParagraphs(body)) << body;
    ASSERT_EQ(reading.lower(), LowerAscii(body));
    for (size_t s = 0; s < sentences.size(); ++s) {
      const std::vector<Token> expected =
          Tokenize(std::string_view(body).substr(sentences[s].begin, sentences[s].size()),
                   sentences[s].begin);
      const std::vector<Token>& got = reading.SentenceTokens(s);
      ASSERT_EQ(got.size(), expected.size()) << body;
      for (size_t t = 0; t < got.size(); ++t) {
        EXPECT_EQ(got[t].begin, expected[t].begin);
        EXPECT_EQ(got[t].end, expected[t].end);
        EXPECT_EQ(reading.Lower(got[t]), LowerAscii(reading.Text(got[t])));
      }
      EXPECT_EQ(reading.SentenceAt(sentences[s].begin), s);
    }
  }
}

}  // namespace
}  // namespace crosscheck
