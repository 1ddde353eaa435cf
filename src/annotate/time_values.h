// Calendar values of time expressions, for the time annotator (times.h): given the words of
// one expression and the publication date, its TimeML type and value ("2024-10", "P2Y",
// "2024-SU", "PRESENT_REF"). A value that needs the publication date keeps X placeholders
// when the date is unknown ("XXXX-WXX-3", "XXXX-SU"). Pure functions; thread-safe.
#ifndef CROSSCHECK_ANNOTATE_TIME_VALUES_H_
#define CROSSCHECK_ANNOTATE_TIME_VALUES_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "annotate/time_context.h"
#include "base/date.h"
#include "model/annotations.h"

namespace crosscheck {

// The TimeML type and value of one expression.
struct TimeValue {
  TimeType type = TimeType::kDate;
  std::string value;  // empty: not a time after all
};

Date AddDays(const Date& date, int64_t days);
// "2024-10", months past 12 or before 1 rolling the year.
std::string YearMonth(int year, int month);
// A day-month date with no year: in a future sentence ("will meet on 30 October") the first
// such day on or after publication; right after a past verb ("ended March 31", Tense::kPast)
// the last on or before it; else the year that puts it closest to publication.
Date CompleteYear(Date date, const Date& published, Tense tense = Tense::kUnknown);
// A count before a time unit: digits, "a"/"an", "a couple of", a number_words lexicon word,
// "twenty-five"; -1 for "several", "a few".
int NumberWordValue(std::string_view word);
// "by", "until", "till", "before", "next": the month after them is ahead.
bool IsFutureLeaning(std::string_view previous_word);
// TimeML's part-of-day suffix: "morning" -> "TMO"; "" for other words.
std::string_view PartOfDaySuffix(std::string_view word);
int QuarterFromOrdinal(std::string_view word);    // "third", "3rd" -> 3; 0 if none
std::string QuarterValue(int year, int quarter);  // "2024-Q3", quarters before 1 rolling back
char UnitLetter(std::string_view unit);  // year Y, month M, week W, day D, hour H, minute M

// "last/next/this/past/earlier this" + week|month|year|weekend.
void PeriodValue(std::string_view modifier, std::string_view unit, const Date& published,
                 TimeValue& f);
// today, yesterday, tomorrow, tonight.
void DeicticValue(const std::string& word, const Date& published, TimeValue& f);
// A weekday (ISO number), with its modifier ("last", "next", "this", "") and the sentence's tense.
void WeekdayValue(const std::string& modifier, int weekday, Tense tense, const Date& published,
                  TimeValue& f);
// TimeML's season code: "summer" -> "SU", "fall"/"autumn" -> "FA"; "" for other words.
std::string_view SeasonCode(std::string_view season);
// "this summer", "last fall".
void SeasonValue(const std::string& modifier, const std::string& season, const Date& published,
                 TimeValue& f);
// A month name with its modifier, the word before it ("since", "by") and the tense.
void MonthValue(const std::string& modifier, int month, const std::string& previous, Tense tense,
                const Date& published, TimeValue& f);
// "two and a half years" (P2Y6M), "an hour and a half" (PT1H30M), "half an hour" (count 0:
// PT30M): the half in the next smaller unit.
std::string HalfDurationValue(int count, std::string_view unit);
// "two years" (P2Y), "three hours" (PT3H), "two years ago" (a date, or PAST_REF).
void DurationValue(int count, std::string_view unit, bool ago, const Date& published, TimeValue& f);
// "10:38 AM" on the publication day.
void ClockValue(std::string_view hour_text, std::string_view minute_text, std::string_view ampm,
                const Date& published, TimeValue& f);

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_TIME_VALUES_H_
