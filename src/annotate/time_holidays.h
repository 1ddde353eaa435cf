// Holidays that news dates by name ("Christmas", "Thanksgiving", "Good Friday"), for the time
// annotator (times.h): the names as one RE2 alternation, and the day a name falls on, the
// year being the one nearest publication. The names and their rules (a fixed day, the Nth
// weekday of a month, an offset from Easter) come from data/lexicons/holidays.txt, read once
// into an immutable table. Pure functions; thread-safe.
#ifndef CROSSCHECK_ANNOTATE_TIME_HOLIDAYS_H_
#define CROSSCHECK_ANNOTATE_TIME_HOLIDAYS_H_

#include <optional>
#include <string>
#include <string_view>

#include "annotate/time_context.h"
#include "base/date.h"

namespace crosscheck {

// An RE2 alternation (no capture) of the holiday names, spaces as \s+, an apostrophe as
// either ' or ’, longest first. Case-sensitive: they are proper names.
const std::string& HolidayAlternation();

// The day holiday `name` (as matched, any spacing or apostrophe) falls on in `year`;
// nullopt for a name the lexicon does not hold.
std::optional<Date> HolidayDate(std::string_view name, int year);

// TimeML value of a holiday named in a document published on `published`: the day in the
// year nearest publication, the first on or after it in a future sentence; without a
// publication date "XXXX-12-25" for a fixed day and "XXXX-XX-XX" for a moving one.
std::string HolidayValue(std::string_view name, const Date& published, Tense tense);

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_TIME_HOLIDAYS_H_
