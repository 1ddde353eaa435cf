// What a figure is of, read around it in one sentence: the counted noun phrase after the
// number ("3,000 North Korean troops have" -> "troops") and the measured phrase before it
// ("Chris Wood has scored 22 goals" -> "Chris Wood"; "the US trade deficit hit its highest
// level in a decade last year, having increased by $43.6 billion" -> "US trade deficit").
// Both are plain strings cut from the sentence; empty when nothing is named (a pronoun
// subject: "it orbits the sun every 33 years"). Functions of the sentence's AmountReader
// (quantity_reader.h), which they borrow; O(tokens of the clause) each; thread-safe (the
// lexicons they read are immutable).
#ifndef CROSSCHECK_ANNOTATE_QUANTITY_CONCEPTS_H_
#define CROSSCHECK_ANNOTATE_QUANTITY_CONCEPTS_H_

#include <cstddef>
#include <string>

#include "annotate/quantity_reader.h"
#include "model/annotations.h"

namespace crosscheck {

// The figure read just before in the same sentence, if any: a figure that restates it ("87
// mph (140 km/h)") or follows it ("up 9.4 per cent to $84") measures the same thing.
struct PreviousFigure {
  const std::string* measured = nullptr;  // nullptr: no figure before in this sentence
  Span span;
};

// The counted noun phrase starting at token `k` ("thousands of students" -> "students").
std::string CountedNounAfter(const AmountReader& t, size_t k);

// What the figure whose first token (approximation cue included) is `first` measures: the
// noun phrase just before it across the words that link it to the number (verbs, time
// adjuncts, cues), else the subject of its clause; the previous figure's when it restates it.
std::string MeasuredBefore(const AmountReader& t, size_t first, const PreviousFigure& previous);

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_QUANTITY_CONCEPTS_H_
