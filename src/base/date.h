// Calendar dates as news text gives them, with their precision (year, month or day), and
// finders for dates written in text ("Oct 18, 2024", "18 October 2024", "2024-10-18",
// "18.10.2024", "17 Nov, 2024"). Month names come from the `months` lexicon (several
// languages). Pure functions; thread-safe.
#ifndef CROSSCHECK_BASE_DATE_H_
#define CROSSCHECK_BASE_DATE_H_

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace crosscheck {

struct Date {
  int year = 0;   // 0 = unknown
  int month = 0;  // 1..12, 0 = unknown
  int day = 0;    // 1..31, 0 = unknown

  bool has_year() const { return year != 0; }
  bool has_day() const { return day != 0; }
  // A date we can print per the schema: at least a year.
  bool valid() const { return year != 0; }
  // "2024-10-18", "2024-10", "2024"; "XXXX-10-18" when the year is unknown.
  std::string ToIso() const;
  auto operator<=>(const Date&) const = default;
};

// Whether y-m-d is a real calendar day (leap years included).
bool IsValidDay(int year, int month, int day);

// Parses an ISO-like date at the start of `text`: "2024-10-18", "2024-10-18T08:00:00Z",
// "2024/10/18", "2024-10". Returns nullopt if the text does not start with one.
std::optional<Date> ParseIsoDate(std::string_view text);

// Reads a publication date as containers and feeds give it (JSONL `published`, WARC and
// HTTP headers, meta tags): ISO with or without time and zone ("2024-10-18T10:02:00+02:00":
// the date as written, not moved to UTC), "October 18, 2024", "18 Oct 2024", RFC 2822
// ("Fri, 18 Oct 2024 10:02:00 GMT"), numeric "18/10/2024" or "18.10.2024" (day first unless
// that is impossible, then month first: "10/18/2024"), and a Unix timestamp in seconds or
// milliseconds (UTC). The first date in the value is taken; it must give a year in
// 1900..2100. nullopt when there is none: the caller says so rather than drop it silently.
std::optional<Date> ParsePublishedDate(std::string_view text);

struct DateMatch {
  Date date;
  size_t begin = 0;  // byte span of the match in the searched text
  size_t end = 0;
};

// Finds the first date written in `text`, in any of the supported forms. A day and month
// with no year ("Oct 18") match with year 0.
std::optional<DateMatch> FindDate(std::string_view text);

// Days since 1970-01-01 of a calendar day, proleptic Gregorian (H. Hinnant's algorithm),
// and back. Shared by every stage that does date arithmetic (relative dates, story windows).
int64_t DaysFromCivil(int year, int month, int day);
Date CivilFromDays(int64_t days);

// Month number for a month name or abbreviation (any case, trailing '.' allowed), 0 if none.
int MonthFromName(std::string_view word);

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_DATE_H_
