// Reading amounts in one sentence for the quantity annotator: a number in digits or words
// with its scale words ("1,500", "two dozen", "tens of thousands", "1.2 million", "half of"),
// the currency written before it ("$", "US $", "HK$", "RM", ASCII-folded "PS") and the unit
// after it ("per cent", "10kW", "km/h", "per barrel", "a month"). It says what is written;
// whether that is a figure worth reporting is the annotator's call (quantities.cc).
// AmountReader owns the sentence's tokens (letters written against digits split off:
// "RM23.50" -> "RM" "23.50") and borrows the body, which must outlive it. O(tokens) to
// build; each read looks at a few tokens around the number. Not shared across threads
// (one per sentence); the lexicon tables it reads are (quantity_lexicon.h).
#ifndef CROSSCHECK_ANNOTATE_QUANTITY_READER_H_
#define CROSSCHECK_ANNOTATE_QUANTITY_READER_H_

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/tokens.h"
#include "model/annotations.h"

namespace crosscheck {

// One number as written, with its scale words: "1,500", "two dozen", "4 hundred million",
// "tens of thousands" (a range), "two-thirds", ".001".
struct NumberRead {
  double value = 0;
  double unscaled = 0;          // as written, before its scale words ("93" of "93 billion")
  std::optional<double> upper;  // orders of magnitude: "thousands" = 1,000-10,000
  size_t first = 0;             // first and last token
  size_t last = 0;
  bool is_word = false;   // written in words
  bool scaled = false;    // a scale multiplied it ("two million", "7bn")
  bool fraction = false;  // "a third", "half"
  std::string suffix;     // letters written against the digits, not a scale ("kW" of "10kW")
};

// A number with its currency before it and its unit after it: "US $58.24", "10kW", "5 per cent".
struct Amount {
  NumberRead number;
  std::string unit;
  size_t first = 0;  // first and last token, currency and unit included
  size_t last = 0;
  bool negative = false;  // the sign read already ("$-50.8bn")
};

// Whether `start` to `end` is a range as news style writes it, one to nine in words and
// from 10 on in digits ("seven to 10 years").
bool IsNewsStyleRange(const NumberRead& start, const NumberRead& end);

// Whether `word`, case-folded, is one of `words` (lower case).
bool IsOneOf(std::string_view word, std::initializer_list<std::string_view> words);

class AmountReader {
 public:
  // `tokens`: the sentence's tokens (TextReading::SentenceTokens); the reader keeps its own
  // copy, since it splits letters written against digits into two tokens.
  AmountReader(std::string_view body, const Span& sentence, const std::vector<Token>& tokens);

  size_t size() const { return tokens_.size(); }
  const Token& operator[](size_t i) const { return tokens_[i]; }
  std::string_view Text(size_t i) const {
    return body_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }
  bool IsWord(size_t i) const { return i < tokens_.size() && tokens_[i].kind == TokenKind::kWord; }
  bool IsLowerWord(size_t i) const {
    return IsWord(i) && !tokens_[i].capitalized && !tokens_[i].all_caps;
  }
  bool IsNumberToken(size_t i) const {
    return i < tokens_.size() && tokens_[i].kind == TokenKind::kNumber;
  }
  // Whether tokens a and a+1 touch (no space between).
  bool Touch(size_t a) const {
    return a + 1 < tokens_.size() && tokens_[a].end == tokens_[a + 1].begin;
  }
  bool Is(size_t i, std::string_view text) const { return i < tokens_.size() && Text(i) == text; }
  bool IsLower(size_t i, std::string_view lower_text) const {
    return i < tokens_.size() && EqualsLowerAscii(Text(i), lower_text);
  }

  // A number word's value at token i ("seven", "twenty-five"), or nullopt.
  std::optional<double> WordNumberAt(size_t i) const;
  // The number starting at token i, or nullopt.
  std::optional<NumberRead> ReadNumber(size_t i) const;
  // The amount whose number starts at token i: currency, number, unit; or nullopt.
  std::optional<Amount> ReadAmount(size_t i) const;
  // A fraction written with digits from token i ("1/16 of", or around the fraction slash
  // U+2044): the last token of its denominator, or nullopt ("24/7", "10/12", "1/2/16").
  std::optional<size_t> FractionEnd(size_t i) const;
  // A share ("one in five", "nine out of 10") after `amount`: the last token of its
  // denominator, or nullopt. ShareDenominatorAt: the token after "in" / "out of" following
  // `last` (`last` + 1 when neither follows).
  std::optional<size_t> ShareDenominatorEnd(const Amount& amount) const;
  size_t ShareDenominatorAt(size_t last) const;

 private:
  void SplitPrefixedNumbers();
  std::optional<NumberRead> ReadOrderOfMagnitude(size_t i) const;
  size_t CurrencyBefore(size_t first, std::string& unit) const;
  size_t UnitAfter(size_t last, const std::string& suffix, std::string& unit) const;
  size_t PerUnitAfter(size_t end, std::string& unit) const;

  std::string_view body_;
  Span sentence_;
  std::vector<Token> tokens_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_QUANTITY_READER_H_
