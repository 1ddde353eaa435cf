// Synthetic documents for the dedup tests: deterministic pseudo-words (no real text), built
// into Articles one paragraph per block. Test-only helper; header-only.
#ifndef CROSSCHECK_DEDUP_TEST_CORPUS_H_
#define CROSSCHECK_DEDUP_TEST_CORPUS_H_

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "model/document.h"

namespace crosscheck::dedup_testing {

// A pseudo-word from three syllables chosen by `seed`: "kalomeru" style, never a stop word.
inline std::string PseudoWord(uint32_t seed) {
  static constexpr const char* kSyllables[] = {"ka", "lo", "me", "ru", "ti", "san", "vek", "dor",
                                               "pil", "zu", "nai", "bre", "sto", "gim", "fal", "ore"};
  std::string word;
  for (int i = 0; i < 3; ++i) {
    word += kSyllables[seed % 16];
    seed /= 16;
  }
  return word + std::to_string(seed % 64);
}

// A paragraph of `words` pseudo-words drawn from a 100,000-word vocabulary.
inline std::string RandomParagraph(std::mt19937& random, int words) {
  std::string text;
  for (int i = 0; i < words; ++i) {
    if (i > 0) text += ' ';
    text += PseudoWord(random() % 100000);
  }
  return text + '.';
}

inline Article ArticleFromParagraphs(const std::vector<std::string>& paragraphs,
                                     std::string id = "doc") {
  Article article;
  article.id = std::move(id);
  for (const std::string& paragraph : paragraphs) {
    Block block;
    block.text = paragraph;
    article.blocks.push_back(std::move(block));
  }
  return article;
}

}  // namespace crosscheck::dedup_testing

#endif  // CROSSCHECK_DEDUP_TEST_CORPUS_H_
