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
// milliseconds (UTC). A value ParsePublishedDateTime reads whole gives its date as written;
// otherwise the first date in the value is taken. It must give a year in 1900..2100.
// nullopt when there is none: the caller says so rather than drop it silently.
std::optional<Date> ParsePublishedDate(std::string_view text);

// An instant as a feed, an HTTP header or a JSONL record writes it: the date and clock as
// written, and the zone written with them.
struct DateTime {
  Date date;  // full, or only year (and month) for W3C-DTF's "2003", "2003-12"
  int hour = 0, minute = 0, second = 0;
  bool has_time = false;
  std::optional<int> utc_offset_minutes;  // nullopt: no zone given
  // The same instant in UTC: the clock minus the offset, the day rolling over as needed
  // ("2004-02-28T18:14:55-08:00" -> 2004-02-29 02:14:55). No zone: as written.
  DateTime ToUtc() const;
};

// Reads one whole value as an instant, in the forms feeds and servers write (feedparser's
// date table is the reference: src/base/published_date_test.cc):
//   RFC 822/2822/1123 "Thu, 01 Jan 2004 19:48:21 GMT", with or without weekday, seconds, time
//     or zone, 2-digit years, long month names, "Mon, 13 Feb, 2012", "Thu Aug 30 2012 ...";
//   W3C-DTF/ISO 8601 "2003-12-31T10:14:55.1234Z", "2003-12", "2003", "2004-07-08 23:56:58
//     -00:20", 2-digit-year "03-12-31", "031231", "-03-12", and Google's "2003-012-31";
//   asctime "Sun Jan  4 16:29:06 2004"; "Fri, 2006/09/15 08:19:53 EDT";
//   zones as Z, +hh:mm, +hhmm, GMT+hh:mm, Etc/GMT and names (data/lexicons/feed_dates.txt);
//   month names of the months lexicon (Greek, Hungarian "2004-július-13T9:15-05:00"), and
//   Korean "2004년 05월 28일 01:31:15", "2004-05-25 오후 11:23:17" (Korea time unless zoned).
// Every token must be read: a bad field ("25:14", "+zz:00", "1:2:3:4") or anything left over
// gives nullopt. Years 1..9999, before and after the shift to UTC.
std::optional<DateTime> ParsePublishedDateTime(std::string_view text);

// Lower-cases a word of a date: ASCII, Latin-1 and Greek capitals ("ΙΟΎΛ" -> "ιούλ").
std::string LowerDateWord(std::string_view word);

struct DateMatch {
  Date date;
  size_t begin = 0;  // byte span of the match in the searched text
  size_t end = 0;
};

// Finds the first date written in `text`, in any of the supported forms. A day and month
// with no year ("Oct 18") match with year 0.
std::optional<DateMatch> FindDate(std::string_view text);
// The same by reading every token of `text` first: the slow reference tests hold FindDate to.
std::optional<DateMatch> FindDateReference(std::string_view text);

// Days since 1970-01-01 of a calendar day, proleptic Gregorian (H. Hinnant's algorithm),
// and back. Shared by every stage that does date arithmetic (relative dates, story windows).
int64_t DaysFromCivil(int year, int month, int day);
Date CivilFromDays(int64_t days);

// Month number for a month name or abbreviation (any case, trailing '.' allowed), 0 if none.
int MonthFromName(std::string_view word);

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_DATE_H_
