// Sentence splitting for news bodies. A sentence ends at '.', '!', '?' or '…' (with any
// closing quotes and brackets after it) when the next word starts a new sentence, and always
// at a paragraph break (a blank line). It does not end after an abbreviation ("Mr.", "Gen.",
// "U.S." before a name, "No. 1"), an initial ("John F. Kennedy"), inside a decimal ("3.5"), or
// inside an open quotation ("What now? We will see," she said.) so a quote and its speaker stay
// in one sentence. A single line break ends a sentence too when the next line opens like one
// and the line before does not stop mid-clause (plain-text lists, one item a line). No
// sentence is longer than kMaxSentenceBytes: a longer run (a list without stops) is cut at a
// clause mark or a space, so whatever carries its sentence (a figure, a quote, a date) carries
// a bounded text. O(n); pure and thread-safe.
#ifndef CROSSCHECK_ANNOTATE_SENTENCES_H_
#define CROSSCHECK_ANNOTATE_SENTENCES_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "model/annotations.h"

namespace crosscheck {

// The longest sentence SplitSentences returns, in bytes.
inline constexpr size_t kMaxSentenceBytes = 1000;

// Byte spans of the sentences of `body`, in order, trimmed of surrounding white space. Every
// non-space byte of `body` lies in exactly one span.
std::vector<Span> SplitSentences(std::string_view body);

// Index of the sentence containing byte `pos` (the last one starting at or before it).
size_t SentenceIndexAt(const std::vector<Span>& sentences, uint32_t pos);

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_SENTENCES_H_
