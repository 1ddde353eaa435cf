// Quantity annotator: numbers in the body with what they count.
//   numbers   — digits with separators and decimals ("1,500", "3.5", ".001"), scale words and
//               suffixes ("3 million", "$7bn", "3k", "4 hundred million"), number words
//               ("two", "ten thousand", "a dozen", "two dozen" = 24), orders of magnitude as
//               ranges ("tens of thousands" = 10,000-100,000, "hundreds of"), parts ("half
//               of", "a third", "two-thirds"), signs ("minus 30", "$-5bn");
//   cues      — approximation words before the number ("about", "as many as" = up_to,
//               "more than", "at least", "nearly", "~"), ranges ("between 5 and 10", "5-10",
//               "from $370,000 to $5.5 million", "1% to 1.5%", "three or four");
//   change    — a movement ("rose 5%", "fell by 2 points", "down 1.9%", "+0.2%"): up or down;
//               the level after it ("to $84") is a plain amount;
//   units     — currencies before or after ("US $", "HK$", "RM", "110 JPY"), "%", measures
//               ("10kW", "km/h", "per barrel", "a month"), counted durations and ages ("three
//               years", "a 50 year-old"); see quantity_reader.h and data/lexicons/units.txt;
//   counts    — the noun phrase after the number (or after "of"), without capitalized
//               modifiers and stopping at function words ("3,000 North Korean troops have"
//               -> "troops").
// Not figures: anything inside a date or clock time of the time annotator (run it first),
// elapsed-time stamps ("1 hour, 44 minutes ago"), years ("in 2019"), ordinals, clock suffixes
// ("5pm"), phone numbers, scores ("89-89"), numbers inside names and labels ("Boeing 737",
// "AK 47", "G7", "F-16", "category 4", "Six Nations"), ages in apposition ("Jane Roe, 65,"),
// list positions ("top 10"), and number words that are not figures: nothing really counted
// ("one of them", "three times"), determiner-like "one" ("one market") and words after
// "the"/"their" ("the three men") unless a unit, scale or fraction follows.
// The counted phrase is dropped (the number kept) when it is not what the number counts: a
// vague word ("100 list", "£80m spent") or, for plain counts other than one, a singular noun
// (lexicon counted_nouns: irregular plurals, fractions, durations, vague words).
// These rules read English (and Malay, which writes digits the English way, and documents
// whose language is not identified). A document in another language is read as that language
// writes numbers when data/lang has its numbers.txt (quantity_languages.h: German "1.500" is
// 1,500, French "1 500" one number), and gets no quantity otherwise rather than a misread one.
// Immutable; thread-safe.
#ifndef CROSSCHECK_ANNOTATE_QUANTITIES_H_
#define CROSSCHECK_ANNOTATE_QUANTITIES_H_

#include <optional>
#include <string_view>

#include "annotate/annotator.h"

namespace crosscheck {

class QuantityAnnotator : public Annotator {
 public:
  void Annotate(const Article& article, const TextReading& reading,
                Annotations& out) const override;
};

// Value of a number as written: "1,500" -> 1500, "3.5" -> 3.5, "7bn" -> 7e9, "two" -> 2.
// Nullopt when `text` is not a number.
std::optional<double> ParseNumber(std::string_view text);

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_QUANTITIES_H_
