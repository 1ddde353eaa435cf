// Random text for property tests (fast paths held to slow references): words drawn from a
// list by a fixed linear congruential generator, so every run draws the same texts.
// Header only; tests only.
#ifndef CROSSCHECK_BASE_RANDOM_TEXT_FOR_TESTS_H_
#define CROSSCHECK_BASE_RANDOM_TEXT_FOR_TESTS_H_

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace crosscheck {

class RandomText {
 public:
  explicit RandomText(uint64_t seed) : state_(seed) {}

  size_t Next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<size_t>(state_ >> 33);
  }

  // min_words + Next() % word_span words of `pieces`, a space between two of them except one
  // time in `glue_one_in` (glued), and, when capitalize_one_in > 0, a piece's first letter
  // capitalized one time in that many.
  std::string Make(const std::vector<std::string>& pieces, size_t min_words, size_t word_span,
                   size_t glue_one_in, size_t capitalize_one_in = 0) {
    std::string text;
    const size_t words = min_words + Next() % word_span;
    for (size_t w = 0; w < words; ++w) {
      if (!text.empty() && Next() % glue_one_in != 0) text += ' ';
      std::string piece = pieces[Next() % pieces.size()];
      if (capitalize_one_in > 0 && Next() % capitalize_one_in == 0 && !piece.empty())
        piece[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(piece[0])));
      text += piece;
    }
    return text;
  }

 private:
  uint64_t state_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_RANDOM_TEXT_FOR_TESTS_H_
