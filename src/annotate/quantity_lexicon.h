// The word tables the quantity annotator reads, built once from the embedded lexicons
// (data/lexicons/number_words, units, quantity_cues, quantity_changes, currency_prefixes,
// number_labels, street_types, counted_nouns, measure_links, money_words) on first use; immutable
// afterwards, so safe to share across threads. Every lookup is one hash probe; pointers returned
// stay valid for the process.
#ifndef CROSSCHECK_ANNOTATE_QUANTITY_LEXICON_H_
#define CROSSCHECK_ANNOTATE_QUANTITY_LEXICON_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/annotations.h"

namespace crosscheck {

// What a number word is: a number ("seven"), a multiplier after a number or "a" ("million",
// "dozen"), its plural read as an order of magnitude ("thousands", "dozens"), or a part
// ("third", "half").
enum class NumberWordKind : uint8_t { kNumber, kScale, kScales, kFraction };

struct NumberWord {
  double value = 0;
  NumberWordKind kind = NumberWordKind::kNumber;
};

// Lookups take a word in any case unless said otherwise; nullptr / nullopt when absent.
const NumberWord* FindNumberWord(std::string_view word);
// Unit or currency as written ("%", "per cent", "km/h", "Nm"): the exact form first, then
// lower case (a single letter only as written: "g", not "G"). Returns the unit recorded ("%",
// "USD", "km/h", "N·m").
const std::string* FindUnit(std::string_view written);
std::optional<Approximation> FindApproximationCue(std::string_view phrase);  // "more than"
QuantityChange FindChangeWord(std::string_view word);                        // "rose" -> kUp

struct CurrencyPrefix {
  std::string currency;        // "HKD"
  bool needs_symbol = false;   // "HK" names a currency only beside "$"
  bool attached_only = false;  // "PS" only written against the digits ("PS2.7m")
};
// Case-sensitive: "RM", "HK", "PS", "Y=".
const CurrencyPrefix* FindCurrencyPrefix(std::string_view written);

// Whether `word` is a noun a number after it labels ("category 4", "Game 7").
bool IsNumberLabel(std::string_view word);

// Whether `word` ends a street name ("Road", "Ave"): a number before such a name is an address.
bool IsStreetType(std::string_view word);

// Whether `word` (any case) makes a sentence about money, from the money_words lexicon:
// "pounds" written out there is sterling, elsewhere a weight.
bool IsMoneyWord(std::string_view word);

// What a counted noun is, from the counted_nouns lexicon.
enum class NounClass : uint8_t { kOther, kPlural, kFraction, kDuration, kVague };
NounClass CountedNounClass(std::string_view word);

// Whether `word` links a figure to what it measures: a verb ("scored", "generates"), a time
// adjunct ("quarter", "Sunday") or an adverb ("higher"), from the measure_links lexicon.
bool IsMeasureLink(std::string_view word);

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_QUANTITY_LEXICON_H_
