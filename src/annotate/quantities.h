// Quantity annotator: numbers in the body with what they count.
//   numbers   — digits with separators and decimals ("1,500", "3.5"), scale words and
//               suffixes ("3 million", "$7bn"), number words ("two", "six", "a dozen");
//   cues      — approximation words before the number ("about", "as many as" = up_to,
//               "more than", "at least", "nearly"), ranges ("between 5 and 10", "5-10");
//   units     — currency symbols and words, "%", "percent", lengths and weights;
//   counts    — the noun phrase after the number, without capitalized modifiers and stopping
//               at function words ("3,000 North Korean troops have" -> "troops").
// Skipped: anything inside a time mention (years, dates, durations, clock times: run the
// time annotator first), ordinals, numbers inside names ("Boeing 737", "G7", "Six Nations"),
// list positions ("top 10", "number one"), and number words that are not figures: nothing
// really counted ("one of them", "three times"), determiner-like "one"/"two" ("two men",
// "one market") and words after "the"/"their" ("the three men") unless a unit, scale or
// fraction follows ("two million", "two thirds"), and durations ("two hours").
// The counted phrase is dropped (the number kept) when it is not what the number counts: a
// vague word ("100 list", "£80m spent") or, for plain counts other than one, a singular noun
// (lexicon counted_nouns: irregular plurals, fractions, durations, vague words).
// Immutable; thread-safe.
#ifndef CROSSCHECK_ANNOTATE_QUANTITIES_H_
#define CROSSCHECK_ANNOTATE_QUANTITIES_H_

#include <optional>
#include <string_view>

#include "annotate/annotator.h"

namespace crosscheck {

class QuantityAnnotator : public Annotator {
 public:
  void Annotate(const Article& article, std::string_view body, Annotations& out) const override;
};

// Value of a number as written: "1,500" -> 1500, "3.5" -> 3.5, "7bn" -> 7e9, "two" -> 2.
// Nullopt when `text` is not a number.
std::optional<double> ParseNumber(std::string_view text);

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_QUANTITIES_H_
