// The pattern of the relative time forms, for the time annotator (times.h): one RE2
// alternation whose named groups say which form matched ("weekday", "pmod"/"unit", "count"/
// "dunit", "holiday", ...), so the body is scanned once for all of them. Phrases that come
// from lexicons (time_refs, holidays) are part of it. Built once on first use, immutable,
// shared across threads.
#ifndef CROSSCHECK_ANNOTATE_TIME_PATTERN_H_
#define CROSSCHECK_ANNOTATE_TIME_PATTERN_H_

#include <re2/re2.h>

namespace crosscheck {

const RE2& RelativeTimePattern();

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_TIME_PATTERN_H_
