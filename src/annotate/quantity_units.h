// Units whose letters say two things, settled from the sentence around the figure, for the
// quantity annotator (quantities.cc): "pounds" written out is sterling in a sentence about
// money and a weight elsewhere; "p" against a price is pence, but "1080p" a screen's lines;
// "37m (121ft)" is metres, not million; a number after "aged", "the age of" is an age. Each
// function reads the sentence's AmountReader (borrowed) and rewrites the figure in place; O(tokens
// of the sentence) at most; thread-safe (the lexicons it reads are immutable).
#ifndef CROSSCHECK_ANNOTATE_QUANTITY_UNITS_H_
#define CROSSCHECK_ANNOTATE_QUANTITY_UNITS_H_

#include <cstddef>

#include "annotate/quantity_reader.h"
#include "model/annotations.h"

namespace crosscheck {

// Pounds (GBP, or lb when nothing in the sentence speaks of money: no scale word, currency
// sign or money_words word) and pence (GBp, cleared for a screen's line count). `unit_last`
// is the amount's last token, where its unit is written; `scaled`: a scale word multiplied it.
void ReadPoundsAndPence(const AmountReader& t, size_t unit_last, bool scaled, QuantityMention& q);

// Metres for an "m" against the digits restated in feet, yards, miles or inches in brackets
// (value back to the number as written, `scaled` cleared); "age" after "aged" or "the age
// of". Only for a
// figure without a unit or range. `first`/`last`: the figure's tokens.
void ReadMetresAndAges(const AmountReader& t, const NumberRead& number, size_t first, size_t last,
                       bool& scaled, QuantityMention& q);

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_QUANTITY_UNITS_H_
