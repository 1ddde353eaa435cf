// The pattern of the relative time forms, for the time annotator (times.h): one RE2
// alternation whose named groups say which form matched ("weekday", "pmod"/"unit", "count"/
// "dunit", "holiday", ...), so the body is scanned once for all of them. Phrases that come
// from lexicons (time_refs, holidays) are part of it. Built once on first use, immutable,
// shared across threads.
#ifndef CROSSCHECK_ANNOTATE_TIME_PATTERN_H_
#define CROSSCHECK_ANNOTATE_TIME_PATTERN_H_

#include <re2/re2.h>

#include <cstddef>
#include <string_view>

namespace crosscheck {

const RE2& RelativeTimePattern();

// The groups of a match of RelativeTimePattern() found at [begin, end) of `text`: what
// RelativeTimePattern().Match(text, begin, end, RE2::ANCHOR_BOTH, groups, count) gives, and
// its result. The whole pattern is one large program, and reading groups runs RE2's
// backtracker over all of it (most of the time annotator's cost); here each top-level
// alternative is its own small pattern: the first one that matches the span whole (RE2's
// DFA, no groups) is the one the whole pattern's leftmost-first parse takes, and only it
// reads the groups, numbered as in the whole pattern. Thread-safe.
bool ReadRelativeTimeGroups(std::string_view text, size_t begin, size_t end,
                            re2::StringPiece* groups, int count);
// How many alternatives ReadRelativeTimeGroups reads with; 0 when the pattern could not be
// split and the whole pattern reads the groups (tests).
size_t RelativeTimeAlternatives();

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_TIME_PATTERN_H_
