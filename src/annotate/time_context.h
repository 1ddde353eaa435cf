// What the words around a time expression say about how to resolve it, for the time
// annotator (times.h): the tense that points a bare weekday into the past or the future, and
// the present/past/future reference words (TimeML PRESENT_REF ...). Both come from lexicons
// (data/lexicons/tense_cues.txt, time_refs.txt), read once into immutable tables.
// Pure functions over borrowed text; thread-safe.
#ifndef CROSSCHECK_ANNOTATE_TIME_CONTEXT_H_
#define CROSSCHECK_ANNOTATE_TIME_CONTEXT_H_

#include <string>
#include <string_view>

namespace crosscheck {

enum class Tense { kUnknown, kPast, kFuture };

// The tense of the cue word nearest to byte `pos` inside `sentence` (a view into the body
// that contains `pos`; `sentence_offset` is its first byte's offset in the body). Cues are
// the tense_cues lexicon plus words of five or more letters ending in "ed" (past) and
// contractions in "'ll" (future), each read with the word before it: "be" + -ed is no past
// ("will be named"), "had"/"been" + a future cue is past ("had been due to expire"), and
// "set to", "is to" are future. kUnknown when the sentence has none. O(sentence length).
Tense NearestTense(std::string_view sentence, size_t sentence_offset, size_t pos);

// The tense one cue word gives, read with the word before it (lower-cased; "" if none), as
// NearestTense reads each word; kUnknown for a word that is no cue.
Tense CueTense(std::string_view word, std::string_view previous = {});

// An RE2 alternation (no capture) of the time_refs phrases, spaces as \s+, longest first.
const std::string& TimeRefAlternation();

// The TimeML value of a time_refs phrase (any case, runs of spaces as one), "" if none.
std::string_view TimeRefValue(std::string_view phrase);

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_TIME_CONTEXT_H_
