// Figures in languages other than English, read the way each language writes numbers, from
// data/lang/<code>/numbers.txt and number_words.txt (data/lang/README.md): German "1.500"
// is 1,500 and "2,4 Milliarden Euro" 2.4 billion euros, French "1 500" and "12 000" are one
// number each, Russian "1,5 млн" 1.5 million. A number whose reading the language leaves open
// gives no figure, never a wrong one: Spanish "1.500" is 1,500 in Madrid and 1.5 in Mexico
// City, so it is read only when the document's other numbers show its decimal mark. Around
// each number: the approximation before it ("rund", "plus de"), the scale and the unit or
// currency after it (a currency sign before it too), and what it counts (the noun after it).
// Dates and times the time annotator found, years, ordinals ("3. Liga"), references and
// scores give no figure. English documents are read by quantities.cc instead.
// Immutable after construction; For() returns shared instances, safe across threads.
#ifndef CROSSCHECK_ANNOTATE_QUANTITY_LANGUAGES_H_
#define CROSSCHECK_ANNOTATE_QUANTITY_LANGUAGES_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "annotate/reading.h"
#include "model/annotations.h"

namespace crosscheck {

class LanguageNumbers {
 public:
  // The reader for `language` (ISO 639-1), or nullptr when data/lang has no numbers.txt for it.
  static const LanguageNumbers* For(std::string_view language);
  explicit LanguageNumbers(std::string_view language);

  // Appends the document's figures to `out` (sorted by the caller). `times` are the time
  // annotator's mentions: no figure is read inside one.
  void Annotate(const TextReading& reading, const std::vector<TimeMention>& times,
                std::vector<QuantityMention>& out) const;

  // The value of digits and marks as this language writes them ("1.500" -> 1500, "2,4" ->
  // 2.4, "1'500.50" -> 1500.5); nullopt when `text` is no such number or its reading is open.
  // `document_decimal` is the decimal mark the document's unambiguous numbers showed ('.' or
  // ','), or 0 when they showed none or both: it settles "1.500" where the language does not,
  // and a decimal mark before exactly three digits ("1,500") is read only when it agrees.
  std::optional<double> ParseDigits(std::string_view text, char document_decimal) const;

  // Whether the language writes words without spaces between them (zh, ja) or particles on
  // them (ko): numbers.txt's "unspaced yes".
  bool unspaced() const { return unspaced_; }

 private:
  enum class WordKind { kScale, kUnit, kApprox, kFraction };
  struct WordEntry {
    std::vector<std::string> words;
    WordKind kind = WordKind::kScale;
    double factor = 1;
    std::string code;  // a unit's code, or an approximation's name
  };
  // The longest entry of `kind` matching the lower-cased words from `first`.
  const WordEntry* MatchAt(const std::vector<std::string>& lower, size_t first,
                           WordKind kind) const;
  // The value of a number written as one word in this language ("dreihundertneunundneunzig"
  // -> 399, "fünfzehntausend" -> 15000), or nullopt.
  std::optional<double> WordNumber(std::string_view lower_word) const;
  // The one-word entry of `kind` that `word` opens with, the longest ("亿美元" -> 亿).
  const WordEntry* PrefixOf(std::string_view word, WordKind kind) const;
  // Chinese, Japanese, Korean: scales and units written against the digits ("1.2万人",
  // "24亿美元", "1천500명"); fills `q` from tokens[first, last] and sets `consumed` to the
  // last token read; false when no figure.
  bool ReadUnspacedAmount(const TextReading& reading, const std::vector<Token>& tokens,
                          size_t first, size_t last, double value, QuantityMention& q,
                          size_t& consumed) const;
  // The decimal mark the document's unambiguous numbers use, or 0.
  char DocumentDecimal(const TextReading& reading) const;

  char decimal_ = ',';
  std::string group_marks_;  // among '.', ',', '\''
  bool space_groups_ = false, nbsp_groups_ = false;
  bool usual_ = true;           // every country writing the language writes numbers this way
  bool ordinal_dot_ = false;    // "3." is an ordinal (German, Polish)
  bool capital_nouns_ = false;  // nouns are capitalised (German): the counted noun is one
  bool unspaced_ = false;       // scales and units written against the digits (zh, ja, ko)
  std::vector<std::string> date_units_;       // "月", "日", "時": written on, a date or time
  std::vector<std::string> ordinal_marks_;    // "第": written before, an ordinal
  std::vector<std::string> more_than_after_;  // "多", "余": "900多万" is more than 9 million
  double ungrouped_below_ = 1e5;
  std::unordered_map<std::string, std::vector<WordEntry>> words_;  // by first word
  struct Morpheme {
    enum Kind { kValue, kPart, kHundred, kThousand, kJoin } kind = kValue;
    std::string text;  // lower case
    double value = 0;
  };
  std::vector<Morpheme> morphemes_;  // parts of numbers in words (number_words.txt)
  std::unordered_set<std::string> stops_, articles_, links_;
  std::unordered_set<std::string> labels_;  // "nr", "rang", "abb": the number is a reference
  std::unordered_set<std::string> months_, clocks_;
  std::unordered_set<std::string> approx_words_;  // first words of approximations: "über"  //
                                                  // "oktober", "uhr": a date or a time
};

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_QUANTITY_LANGUAGES_H_
