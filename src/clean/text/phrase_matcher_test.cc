#include "clean/text/phrase_matcher.h"

#include <gtest/gtest.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cctype>
#include <random>
#include <string>
#include <vector>

#include "base/lexicon.h"

namespace crosscheck::text {
namespace {

TEST(PhraseMatcher, WholeWordsAnyCase) {
  PhraseMatcher m;
  ASSERT_EQ(m.Add("all rights reserved", {}), 0);
  ASSERT_EQ(m.Add("photo:", {.at_start = true, .word_start = false, .word_end = false}), 1);
  ASSERT_EQ(m.Add("sign in", {.at_start = true, .word_start = false, .word_end = true}), 2);
  ASSERT_EQ(m.Add("", {}), -1);
  m.Build();
  std::vector<int> hits;
  EXPECT_TRUE(m.Match("(c) 2024. ALL Rights Reserved.", &hits));
  EXPECT_EQ(hits, std::vector<int>{0});
  EXPECT_FALSE(m.Match("all rights reservedly", &hits)) << "a word goes on";
  EXPECT_FALSE(m.Match("xall rights reserved", &hits));
  EXPECT_TRUE(m.Match("Photo:Getty", &hits)) << "no boundary needed after ':'";
  EXPECT_EQ(hits, std::vector<int>{1});
  EXPECT_FALSE(m.Match("A photo: Getty", &hits)) << "only at the start";
  EXPECT_TRUE(m.Match("Sign in", &hits));
  EXPECT_FALSE(m.Match("Sign inside", &hits));
  EXPECT_TRUE(m.Match("\xC3\xA9t\xC3\xA9 all rights reserved \xC3\xA9t\xC3\xA9", &hits));
  EXPECT_FALSE(
      m.Match("\xC3\xA9"
              "all rights reserved",
              &hits))
      << "a letter before";
  EXPECT_FALSE(m.Match("", &hits));
}

TEST(PhraseMatcher, OverlappingAndNestedPhrasesAllFound) {
  PhraseMatcher m;
  m.Add("read more", {});
  m.Add("more", {});
  m.Add("read more about", {});
  m.Add("ore", {});  // never a whole word inside "more"
  m.Build();
  std::vector<int> hits;
  EXPECT_TRUE(m.Match("Read more about it", &hits));
  EXPECT_EQ(hits, (std::vector<int>{0, 1, 2}));
}

// The reference: the RE2::Set this matcher replaced, on the lexicons the product loads, over
// text made of their phrases in random case, joined by letters, digits, punctuation, spaces and
// non-ASCII letters and symbols.
TEST(PhraseMatcher, AgreesWithTheRe2SetItReplaced) {
  std::vector<std::string> phrases;
  for (std::string_view entry : LexiconEntries("boilerplate_phrases")) {
    const std::vector<std::string_view> fields = LexiconFields(entry);
    if (fields.size() >= 2) phrases.emplace_back(fields[1]);
  }
  for (std::string_view entry : LexiconEntries("caption_cues")) {
    const std::vector<std::string_view> fields = LexiconFields(entry);
    if (fields.size() >= 2) phrases.emplace_back(fields[1]);
  }
  ASSERT_GT(phrases.size(), 100u);

  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_max_mem(int64_t{256} << 20);
  RE2::Set reference(options, RE2::UNANCHORED);
  PhraseMatcher matcher;
  for (size_t k = 0; k < phrases.size(); ++k) {
    const std::string& p = phrases[k];
    const bool word_end = std::isalnum(static_cast<unsigned char>(p.back())) ||
                          static_cast<unsigned char>(p.back()) >= 0x80;
    // Anywhere as whole words; and, for every third phrase, at the start with an optional end.
    ASSERT_GE(reference.Add("(?:^|[^\\pL\\pN])" + RE2::QuoteMeta(p) + "(?:[^\\pL\\pN]|$)", nullptr),
              0);
    matcher.Add(p, {});
    if (k % 3 == 0) {
      ASSERT_GE(
          reference.Add("^" + RE2::QuoteMeta(p) + (word_end ? "(?:[^\\pL\\pN]|$)" : ""), nullptr),
          0);
      matcher.Add(p, {.at_start = true, .word_start = false, .word_end = word_end});
    }
  }
  ASSERT_TRUE(reference.Compile());
  matcher.Build();

  const std::vector<std::string> joints = {" ",
                                           "  ",
                                           ", ",
                                           ". ",
                                           "x",
                                           "7",
                                           "-",
                                           "\xC3\xA9",      // é
                                           "\xC3\x89",      // É
                                           "\xE2\x80\x94",  // em dash
                                           "\xC2\xA9",      // ©
                                           "\xE4\xB8\xAD",  // 中 (a letter)
                                           "\xD9\xA3",      // Arabic-Indic digit three
                                           "\n",
                                           "(",
                                           "'",
                                           ""};
  std::mt19937 rng(20261206);
  std::vector<int> expected, got;
  int with_hits = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int pieces = 1 + static_cast<int>(rng() % 5);
    for (int k = 0; k < pieces; ++k) {
      text += joints[rng() % joints.size()];
      std::string p = phrases[rng() % phrases.size()];
      for (char& c : p) {
        if (rng() % 3 == 0) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      }
      if (rng() % 4 == 0 && p.size() > 2) p.erase(rng() % p.size(), 1);  // a near miss
      text += p;
    }
    if (rng() % 2 == 0) text += joints[rng() % joints.size()];
    expected.clear();
    reference.Match(text, &expected);
    std::sort(expected.begin(), expected.end());
    matcher.Match(text, &got);
    // Pattern numbering is the same in both: added in the same order.
    ASSERT_EQ(got, expected) << "text: " << text;
    with_hits += expected.empty() ? 0 : 1;
  }
  EXPECT_GT(with_hits, 1000) << "the generated texts must hold phrases, not only near misses";
}

// Case-sensitive mode against RE2's default (case-sensitive) RE2::Set, on the appeal cues as
// the product adds them: each word as written and with a capital first letter.
TEST(PhraseMatcher, CaseSensitiveAgreesWithRe2) {
  std::vector<std::string> words;
  for (std::string_view entry : LexiconEntries("appeal_cues")) {
    const std::vector<std::string_view> fields = LexiconFields(entry);
    if (fields.size() < 2 || fields[1].empty()) continue;
    std::string word(fields[1]);
    words.push_back(word);
    word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    words.push_back(word);
  }
  ASSERT_GT(words.size(), 50u);
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(int64_t{256} << 20);
  RE2::Set reference(options, RE2::UNANCHORED);
  PhraseMatcher matcher(/*fold_case=*/false);
  for (const std::string& w : words) {
    ASSERT_GE(reference.Add("(?:^|[^\\pL\\pN])" + RE2::QuoteMeta(w) + "(?:[^\\pL\\pN]|$)", nullptr),
              0);
    ASSERT_GE(matcher.Add(w, {}), 0);
  }
  ASSERT_TRUE(reference.Compile());
  matcher.Build();
  const std::vector<std::string> joints = {" ",        ", ",           "x", "7",
                                           "\xC3\xA9", "\xE2\x80\x94", "(", ""};
  std::mt19937 rng(1206);
  std::vector<int> expected, got;
  int with_hits = 0;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int pieces = 1 + static_cast<int>(rng() % 4);
    for (int k = 0; k < pieces; ++k) {
      text += joints[rng() % joints.size()];
      std::string w = words[rng() % words.size()];
      if (rng() % 4 == 0) {
        for (char& c : w) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      }
      text += w;
    }
    expected.clear();
    reference.Match(text, &expected);
    std::sort(expected.begin(), expected.end());
    matcher.Match(text, &got);
    ASSERT_EQ(got, expected) << "text: " << text;
    with_hits += expected.empty() ? 0 : 1;
  }
  EXPECT_GT(with_hits, 500);
}

}  // namespace
}  // namespace crosscheck::text
