// Calendar values of time expressions (time_values.h): the arithmetic and the publication-
// relative choices, separate from the matching in times.cc.
#include "annotate/time_values.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <utility>

#include "annotate/times.h"
#include "annotate/tokens.h"
#include "base/lexicon.h"

namespace crosscheck {
namespace {

constexpr int kDaysPerWeek = 7;
constexpr int kMonthsPerYear = 12;
constexpr int kMonthsPerQuarter = 3;
constexpr int kQuartersPerYear = 4;

}  // namespace

Date AddDays(const Date& date, int64_t days) {
  return CivilFromDays(DaysFromCivil(date.year, date.month, date.day) + days);
}

std::string YearMonth(int year, int month) {
  while (month < 1) {
    month += kMonthsPerYear;
    --year;
  }
  while (month > kMonthsPerYear) {
    month -= kMonthsPerYear;
    ++year;
  }
  return Date{year, month, 0}.ToIso();
}

// A day-month date with no year: in a future sentence ("will meet on 30 October") the first
// such day on or after publication, right after a past verb ("ended March 31") the last on
// or before it, else the year that puts it closest to publication. (A past cue elsewhere in
// the sentence is no help: "said" dates the statement, and "said ... payable Dec. 15" is
// ahead; the caller passes kPast only for the verb right before the date.)
Date CompleteYear(Date date, const Date& published, Tense tense) {
  if (date.has_year() || !published.has_day() || !date.has_day()) {
    if (!date.has_year() && published.has_year() && !date.has_day()) date.year = published.year;
    return date;
  }
  const int64_t anchor = DaysFromCivil(published.year, published.month, published.day);
  int best_year = 0;
  int64_t best_distance = 0;
  for (int year = published.year - 1; year <= published.year + 1; ++year) {
    if (!IsValidDay(year, date.month, date.day)) continue;
    const int64_t signed_distance = DaysFromCivil(year, date.month, date.day) - anchor;
    if ((tense == Tense::kFuture && signed_distance < 0) ||
        (tense == Tense::kPast && signed_distance > 0))
      continue;
    const int64_t distance = std::llabs(signed_distance);
    if (best_year == 0 || distance < best_distance) {
      best_year = year;
      best_distance = distance;
    }
  }
  if (best_year == 0 && tense != Tense::kUnknown) return CompleteYear(date, published);
  date.year = best_year;
  return date;
}

// A count as written before a time unit: digits, "a"/"an", a number word of the
// number_words lexicon, or a compound "twenty-five"; -1 for "several", "a few" (PnX).
int NumberWordValue(std::string_view word) {
  static const auto* words = [] {
    auto* table = new std::unordered_map<std::string, int>();
    for (std::string_view entry : LexiconEntries("number_words")) {
      const auto fields = LexiconFields(entry);
      if (fields.size() == 2)
        (*table)[std::string(fields[0])] = std::atoi(std::string(fields[1]).c_str());
    }
    return table;
  }();
  const std::string lower = LowerAscii(word);
  if (lower == "a" || lower == "an") return 1;
  if (lower == "a couple of" || lower == "couple of") return 2;  // "the next couple of years"
  if (!lower.empty() && lower[0] >= '0' && lower[0] <= '9') return std::atoi(lower.c_str());
  // "twenty-five", "twenty five".
  if (const size_t hyphen = lower.find_first_of("- "); hyphen != std::string::npos) {
    const int tens = NumberWordValue(lower.substr(0, hyphen));
    const int units = NumberWordValue(lower.substr(hyphen + 1));
    return tens >= 20 && units >= 1 && units <= 9 ? tens + units : -1;
  }
  const auto it = words->find(lower);
  return it == words->end() ? -1 : it->second;  // several, few
}

bool IsFutureLeaning(std::string_view previous_word) {
  return previous_word == "by" || previous_word == "until" || previous_word == "till" ||
         previous_word == "before" || previous_word == "next";
}

// TimeML's part-of-day suffix: "morning" -> "TMO".
std::string_view PartOfDaySuffix(std::string_view word) {
  return word == "morning"     ? "TMO"
         : word == "afternoon" ? "TAF"
         : word == "evening"   ? "TEV"
         : word == "night"     ? "TNI"
                               : "";
}

int QuarterFromOrdinal(std::string_view word) {
  const std::string lower = LowerAscii(word);
  if (lower == "first" || lower == "1st") return 1;
  if (lower == "second" || lower == "2nd") return 2;
  if (lower == "third" || lower == "3rd") return 3;
  if (lower == "fourth" || lower == "4th") return 4;
  return 0;
}

std::string QuarterValue(int year, int quarter) {
  while (quarter < 1) {
    quarter += kQuartersPerYear;
    --year;
  }
  return std::to_string(year) + "-Q" + std::to_string(quarter);
}

void PeriodValue(std::string_view modifier_raw, std::string_view unit, const Date& published,
                 TimeValue& f) {
  std::string modifier = LowerAscii(modifier_raw);
  // "this past week", "the past weekend": the last one, a date (a weekend is no length).
  if (modifier.starts_with("this") && modifier.ends_with("past")) modifier = "last";
  if (modifier == "past" && unit == "weekend") modifier = "last";
  const bool is_this =
      modifier == "this" || modifier.starts_with("earlier") || modifier.starts_with("later");
  const int offset = modifier == "last" ? -1 : modifier == "next" ? 1 : 0;
  if (modifier == "past" && unit == "year" && published.has_year()) {
    f.value = std::to_string(published.year - 1);  // "the past year": TimeBank's DATE (2 of 2)
    return;
  }
  if (modifier == "past") {
    f.type = TimeType::kDuration;
    f.value = unit == "year" ? "P1Y" : unit == "month" ? "P1M" : "P1W";
    return;
  }
  if (!is_this && offset == 0) return;
  if (unit == "week" || unit == "weekend") {
    f.value =
        published.has_day() ? IsoWeekValue(AddDays(published, offset * kDaysPerWeek)) : "XXXX-WXX";
    if (unit == "weekend") f.value += "-WE";
  } else if (unit == "month") {
    f.value = published.month ? YearMonth(published.year, published.month + offset) : "XXXX-XX";
  } else {
    f.value = published.has_year() ? std::to_string(published.year + offset) : "XXXX";
  }
}

void DeicticValue(const std::string& word, const Date& published, TimeValue& f) {
  const int offset = word == "yesterday" ? -1 : word == "tomorrow" ? 1 : 0;
  if (!published.has_day()) {
    f.value = offset == 0 ? "PRESENT_REF" : offset < 0 ? "PAST_REF" : "FUTURE_REF";
    return;
  }
  f.value = AddDays(published, offset).ToIso();
}

void WeekdayValue(const std::string& modifier, int weekday, Tense tense, const Date& published,
                  TimeValue& f) {
  if (weekday == 0) return;
  if (!published.has_day()) {
    f.value = "XXXX-WXX-" + std::to_string(weekday);
    return;
  }
  const int publishedweekday = IsoWeekday(published);
  int64_t delta = 0;
  if (modifier == "next" ||
      (modifier.starts_with("this") && modifier.ends_with("coming"))) {  // "this coming Sunday"
    delta = (weekday - publishedweekday + kDaysPerWeek) % kDaysPerWeek;
    if (delta == 0) delta = kDaysPerWeek;
  } else if (modifier == "this") {
    delta = weekday - publishedweekday;
  } else if (modifier.empty() && tense == Tense::kFuture) {
    delta = (weekday - publishedweekday + kDaysPerWeek) % kDaysPerWeek;
  } else {
    delta = -((publishedweekday - weekday + kDaysPerWeek) % kDaysPerWeek);
    if (modifier == "last" && delta == 0) delta = -kDaysPerWeek;
  }
  f.value = AddDays(published, delta).ToIso();
}

char UnitLetter(std::string_view unit) {
  return unit == "month" || unit == "minute" ? 'M'
         : unit == "week"                    ? 'W'
         : unit == "day"                     ? 'D'
         : unit == "hour"                    ? 'H'
                                             : 'Y';
}

// "this summer" -> 2024-SU: the publication year's; "last"/"this past" the latest such season
// begun before the current one, "next" the first after it. Seasons by months (northern):
// spring 3-5, summer 6-8, fall 9-11, winter 12-2 (named by the year it starts in).
std::string_view SeasonCode(std::string_view season) {
  return season == "spring"                       ? "SP"
         : season == "summer"                     ? "SU"
         : season == "fall" || season == "autumn" ? "FA"
         : season == "winter"                     ? "WI"
                                                  : "";
}

void SeasonValue(const std::string& modifier, const std::string& season, const Date& published,
                 TimeValue& f) {
  static constexpr std::pair<std::string_view, std::string_view> kCodes[] = {
      {"spring", "SP"}, {"summer", "SU"}, {"fall", "FA"}, {"autumn", "FA"}, {"winter", "WI"}};
  std::string_view code;
  int order = 0;  // 0 spring .. 3 winter
  for (size_t k = 0; k < std::size(kCodes); ++k) {
    if (kCodes[k].first == season) {
      code = kCodes[k].second;
      order = k >= 3 ? static_cast<int>(k) - 1 : static_cast<int>(k);
    }
  }
  if (!published.has_year() || published.month == 0) {
    f.value = "XXXX-" + std::string(code);
    return;
  }
  // The season the publication falls in, and its year (January is the last winter's).
  const int month = published.month;
  const int current = month >= 3 && month <= 5    ? 0
                      : month >= 6 && month <= 8  ? 1
                      : month >= 9 && month <= 11 ? 2
                                                  : 3;
  const int current_year = month <= 2 ? published.year - 1 : published.year;
  int year = current_year;
  if (modifier == "last" || modifier.starts_with("this past")) {
    if (order >= current) --year;
  } else if (modifier == "next") {
    if (order <= current) ++year;
  } else if (order == 3 && month <= 2) {
    year = current_year;  // "this winter" in January: the one under way
  } else {
    year = published.year;
  }
  f.value = std::to_string(year) + "-" + std::string(code);
}

void MonthValue(const std::string& modifier, int month, const std::string& previous, Tense tense,
                const Date& published, TimeValue& f) {
  if (month == 0) return;
  if (!published.has_year() || published.month == 0) {
    f.value = Date{0, month, 0}.ToIso();
    return;
  }
  int year = published.year;
  if (modifier == "last" || previous == "last") {
    if (month >= published.month) --year;
  } else if (modifier == "next" || IsFutureLeaning(previous) ||
             (tense == Tense::kFuture && modifier != "last" && previous != "since")) {
    if (month < published.month || (modifier == "next" && month == published.month)) ++year;
  } else if (previous == "since") {
    if (month > published.month) --year;
  } else {
    // News reports the past, but a month in the next quarter is the coming one: from
    // November, "January" is ahead and "March" behind.
    const int months_ahead = (month - published.month + kMonthsPerYear) % kMonthsPerYear;
    if (months_ahead >= 1 && months_ahead <= kMonthsPerQuarter) {
      if (month < published.month) ++year;
    } else if (month > published.month) {
      --year;
    }
  }
  f.value = Date{year, month, 0}.ToIso();
}

std::string HalfDurationValue(int count, std::string_view unit) {
  const std::string whole = count > 0 ? std::to_string(count) : "";
  if (unit == "year") return "P" + (count > 0 ? whole + "Y" : "") + "6M";
  if (unit == "month") return "P" + (count > 0 ? whole + "M" : "") + "15D";
  if (unit == "week") return "P" + std::to_string(count * kDaysPerWeek + kDaysPerWeek / 2) + "D";
  if (unit == "day") return "P" + (count > 0 ? whole + "D" : "") + "T12H";
  if (unit == "hour") return "PT" + (count > 0 ? whole + "H" : "") + "30M";
  return "PT" + (count > 0 ? whole + "M" : "") + "30S";  // minute
}

void DurationValue(int count, std::string_view unit, bool ago, const Date& published,
                   TimeValue& f) {
  const char letter = UnitLetter(unit);
  if (unit == "decade" && count > 0) count *= 10;
  const bool clock = unit == "hour" || unit == "minute";
  if (!ago) {
    f.type = TimeType::kDuration;
    f.value = std::string(clock ? "PT" : "P") + (count >= 0 ? std::to_string(count) : "X") + letter;
    return;
  }
  if (clock) {
    f.value = "PAST_REF";
    return;
  }
  if (count < 0 || !published.has_year()) {
    f.value = "PAST_REF";
    return;
  }
  if (letter == 'Y') {
    f.value = std::to_string(published.year - count);
  } else if (letter == 'M' && published.month) {
    f.value = YearMonth(published.year, published.month - count);
  } else if (published.has_day()) {
    const Date date =
        AddDays(published, -(letter == 'W' ? kDaysPerWeek : 1) * static_cast<int64_t>(count));
    f.value = letter == 'W' ? IsoWeekValue(date) : date.ToIso();
  } else {
    f.value = "PAST_REF";
  }
}

void ClockValue(std::string_view hour_text, std::string_view minute_text, std::string_view ampm,
                const Date& published, TimeValue& f) {
  int hour = std::atoi(std::string(hour_text).c_str());
  const int minute = std::atoi(std::string(minute_text).c_str());
  if (!ampm.empty()) {
    const bool pm = ampm[0] == 'p' || ampm[0] == 'P';
    if (hour == 12) hour = 0;
    if (pm) hour += 12;
  }
  if (hour > 23 || minute > 59) return;
  char buf[32];
  std::snprintf(buf, sizeof(buf), "T%02d:%02d", hour, minute);
  f.type = TimeType::kTime;
  f.value = (published.has_day() ? published.ToIso() : std::string("XXXX-XX-XX")) + buf;
}

}  // namespace crosscheck
