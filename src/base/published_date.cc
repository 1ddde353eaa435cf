// ParsePublishedDateTime: one strict pass over the tokens of a feed's date value.
//
// The value is cut into numbers, words and single punctuation marks (spaces only separate).
// A parser with a cursor then reads, in order: an optional weekday (ignored), the date in
// one of the shapes below, an optional clock (after 'T' or a space, with am/pm), a zone
// only after a clock, and for asctime the year last. Each step either consumes its tokens
// or leaves the cursor where it was; the value parses only when every token is consumed and
// every field is in range, so "Sun, 16 Dec 2012 1:2:3:4 GMT" or "2013-01-27-01" give
// nothing rather than a guess. Date shapes, by their first token:
//   4-digit number   year [sep month [sep day]] with sep '-' or '/', the month a number
//                    (Google's "012" too) or a name; or year 년 month 월 day 일
//   6-digit number   yymmdd;   2-digit number then '-': yy-mm-dd
//   '-'              -yymm, -yy-mm (ISO 8601:1988's truncated forms)
//   1-2 digits       day [.] month-name [,] year (RFC 822)
//   month name       month day [,] year, or asctime's month day clock [zone] year
// O(length of the value); words are looked up in the months and feed_dates lexicons.
#include <cctype>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/date.h"
#include "base/lexicon.h"

namespace crosscheck {
namespace {

constexpr int kMinutesPerHour = 60;
constexpr int kMinutesPerDay = 24 * kMinutesPerHour;
constexpr int kSecondsPerMinute = 60;
constexpr int64_t kSecondsPerDay = 86400;
constexpr int kMaxZoneHours = 23;
constexpr int kKoreaOffsetMinutes = 9 * kMinutesPerHour;
constexpr int kFirstFourDigitYear = 1, kLastFourDigitYear = 9999;
constexpr int kTwoDigitYearPivot = 69;  // POSIX %y: 69..99 -> 19xx, 00..68 -> 20xx
constexpr size_t kMinTimestampDigits = 9, kMaxTimestampDigits = 13, kMillisecondDigits = 13;

struct FeedToken {
  enum Kind { kNumber, kWord, kPunct } kind;
  std::string_view text;
  int64_t number = -1;  // kNumber with at most 13 digits
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
}
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::vector<FeedToken> TokenizeValue(std::string_view text) {
  std::vector<FeedToken> tokens;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t begin = pos;
    if (IsDigit(text[pos])) {
      int64_t value = 0;
      while (pos < text.size() && IsDigit(text[pos])) {
        if (pos - begin < kMaxTimestampDigits) value = value * 10 + (text[pos] - '0');
        ++pos;
      }
      tokens.push_back({FeedToken::kNumber, text.substr(begin, pos - begin),
                        pos - begin <= kMaxTimestampDigits ? value : -1});
    } else if (IsWordByte(text[pos])) {
      while (pos < text.size() && IsWordByte(text[pos])) ++pos;
      tokens.push_back({FeedToken::kWord, text.substr(begin, pos - begin)});
    } else if (IsSpace(text[pos])) {
      ++pos;
    } else {
      tokens.push_back({FeedToken::kPunct, text.substr(pos++, 1)});
    }
  }
  return tokens;
}

// The feed_dates lexicon: (kind, lower-cased word) -> value.
const std::unordered_map<std::string, std::string>& FeedWords() {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string, std::string>();
    for (std::string_view entry : LexiconEntries("feed_dates")) {
      const auto fields = LexiconFields(entry);
      if (fields.size() >= 2) {
        (*map)[std::string(fields[0]) + ':' + LowerDateWord(fields[1])] =
            fields.size() > 2 ? std::string(fields[2]) : std::string();
      }
    }
    return map;
  }();
  return *table;
}

const std::string* FeedWord(std::string_view kind, std::string_view word) {
  const auto& table = FeedWords();
  auto it = table.find(std::string(kind) + ':' + LowerDateWord(word));
  return it == table.end() ? nullptr : &it->second;
}

// Hangul syllables, U+AC00..U+D7A3, open with the UTF-8 lead bytes 0xEA..0xED.
bool IsHangul(std::string_view word) {
  const auto lead = word.empty() ? 0 : static_cast<unsigned char>(word[0]);
  return lead >= 0xEA && lead <= 0xED;
}

int YearFromTwoDigits(int64_t yy) {
  return static_cast<int>(yy < kTwoDigitYearPivot ? 2000 + yy : 1900 + yy);
}

class ValueParser {
 public:
  explicit ValueParser(std::string_view text) : tokens_(TokenizeValue(text)) {}

  std::optional<DateTime> Parse() {
    if (tokens_.empty()) return std::nullopt;
    if (auto instant = Timestamp()) return instant;
    SkipWeekday();
    DateTime result;
    bool year_after_clock = false;
    if (!ReadDate(result.date, year_after_clock)) return std::nullopt;
    if (IsWord(0) && (Word(0) == "T" || Word(0) == "t")) {
      ++pos_;
      if (!ReadClock(result)) return std::nullopt;
    } else if (IsNumber(0) || IsWord(0)) {
      ReadClock(result);  // optional
    }
    const bool year_next = year_after_clock && IsNumber(0);
    if (result.has_time && !AtEnd() && !year_next && !ReadZone(result)) return std::nullopt;
    if (year_after_clock) {
      if (!IsNumber(0) || Digits(0) != 4) return std::nullopt;
      result.date.year = static_cast<int>(tokens_[pos_++].number);
    }
    if (!AtEnd() || !ValidDate(result.date)) return std::nullopt;
    if (!result.utc_offset_minutes && saw_hangul_) result.utc_offset_minutes = kKoreaOffsetMinutes;
    const DateTime utc = result.ToUtc();
    if (utc.date.year < kFirstFourDigitYear || utc.date.year > kLastFourDigitYear)
      return std::nullopt;
    return result;
  }

 private:
  bool AtEnd() const { return pos_ >= tokens_.size(); }
  const FeedToken* At(size_t ahead) const {
    return pos_ + ahead < tokens_.size() ? &tokens_[pos_ + ahead] : nullptr;
  }
  bool IsNumber(size_t ahead) const { return At(ahead) && At(ahead)->kind == FeedToken::kNumber; }
  bool IsWord(size_t ahead) const { return At(ahead) && At(ahead)->kind == FeedToken::kWord; }
  bool IsPunct(size_t ahead, char c) const {
    return At(ahead) && At(ahead)->kind == FeedToken::kPunct && At(ahead)->text[0] == c;
  }
  std::string_view Word(size_t ahead) const { return At(ahead)->text; }
  size_t Digits(size_t ahead) const { return At(ahead)->text.size(); }
  int Number(size_t ahead) const { return static_cast<int>(At(ahead)->number); }
  bool Accept(char c) {
    if (!IsPunct(0, c)) return false;
    ++pos_;
    return true;
  }
  bool AcceptMarker(std::string_view which) {
    if (!IsWord(0)) return false;
    const std::string* marker = FeedWord("marker", Word(0));
    if (!marker || *marker != which) return false;
    saw_hangul_ |= IsHangul(Word(0));
    ++pos_;
    return true;
  }
  int MonthName(size_t ahead) const { return IsWord(ahead) ? MonthFromName(Word(ahead)) : 0; }

  static bool ValidDate(const Date& date) {
    if (date.year < kFirstFourDigitYear || date.year > kLastFourDigitYear) return false;
    if (date.month == 0) return date.day == 0;
    if (date.month < 1 || date.month > 12) return false;
    return date.day == 0 || IsValidDay(date.year, date.month, date.day);
  }

  // A Unix timestamp in seconds or milliseconds: UTC.
  std::optional<DateTime> Timestamp() const {
    if (tokens_.size() != 1 || !IsNumber(0) || Digits(0) < kMinTimestampDigits ||
        Digits(0) > kMaxTimestampDigits)
      return std::nullopt;
    int64_t seconds = tokens_[0].number;
    if (Digits(0) == kMillisecondDigits) seconds /= 1000;
    DateTime instant;
    instant.date = CivilFromDays(seconds / kSecondsPerDay);
    if (instant.date.year > kLastFourDigitYear)
      return std::nullopt;  // 12 digits of seconds: year 33658
    const int64_t of_day = seconds % kSecondsPerDay;
    instant.hour = static_cast<int>(of_day / 3600);
    instant.minute = static_cast<int>(of_day / 60 % 60);
    instant.second = static_cast<int>(of_day % 60);
    instant.has_time = true;
    instant.utc_offset_minutes = 0;
    return instant;
  }

  void SkipWeekday() {
    if (IsWord(0) && FeedWord("weekday", Word(0)) && !MonthName(0)) {
      ++pos_;
      Accept(',');
    }
  }

  bool ReadDate(Date& date, bool& year_after_clock) {
    if (IsNumber(0) && Digits(0) == 4) return ReadYearFirst(date);
    if (IsNumber(0) && Digits(0) == 6) {  // yymmdd
      const int64_t v = tokens_[pos_++].number;
      date = {YearFromTwoDigits(v / 10000), static_cast<int>(v / 100 % 100),
              static_cast<int>(v % 100)};
      return true;
    }
    if (IsNumber(0) && Digits(0) == 2 && IsPunct(1, '-') && IsNumber(2) && Digits(2) == 2 &&
        IsPunct(3, '-') && IsNumber(4) && Digits(4) == 2) {  // yy-mm-dd
      date = {YearFromTwoDigits(Number(0)), Number(2), Number(4)};
      pos_ += 5;
      return true;
    }
    if (IsPunct(0, '-') && IsNumber(1)) {  // -yymm, -yy-mm
      if (Digits(1) == 4) {
        date = {YearFromTwoDigits(Number(1) / 100), Number(1) % 100, 0};
        pos_ += 2;
        return true;
      }
      if (Digits(1) == 2 && IsPunct(2, '-') && IsNumber(3) && Digits(3) == 2) {
        date = {YearFromTwoDigits(Number(1)), Number(3), 0};
        pos_ += 4;
        return true;
      }
      return false;
    }
    if (IsNumber(0) && Digits(0) <= 2) {  // day [.] month [,] year
      const int day = Number(0);
      size_t k = 1;
      if (IsPunct(k, '.')) ++k;
      const int month = MonthName(k);
      if (month == 0) return false;
      ++k;
      if (IsPunct(k, ',')) ++k;
      if (!IsNumber(k) || (Digits(k) != 2 && Digits(k) != 4)) return false;
      const int year = Digits(k) == 2 ? YearFromTwoDigits(Number(k)) : Number(k);
      date = {year, month, day};
      pos_ += k + 1;
      return day >= 1;
    }
    if (const int month = MonthName(0)) {  // month day [,] year | asctime
      if (!IsNumber(1) || Digits(1) > 2) return false;
      const int day = Number(1);
      size_t k = 2;
      if (IsPunct(k, ',')) ++k;
      if (IsNumber(k) && Digits(k) == 4) {
        date = {Number(k), month, day};
        pos_ += k + 1;
        return day >= 1;
      }
      if (k == 2 && IsNumber(2) && IsPunct(3, ':')) {  // asctime: the year comes after the clock
        date = {kFirstFourDigitYear, month, day};      // placeholder year until then
        year_after_clock = true;
        pos_ += 2;
        return day >= 1;
      }
    }
    return false;
  }

  bool ReadYearFirst(Date& date) {
    date = {Number(0), 0, 0};
    ++pos_;
    if (AcceptMarker("year")) {  // 2004년 05월 28일
      if (!IsNumber(0)) return false;
      date.month = Number(0);
      ++pos_;
      if (!AcceptMarker("month") || !IsNumber(0)) return false;
      date.day = Number(0);
      ++pos_;
      return AcceptMarker("day");
    }
    if (!IsPunct(0, '-') && !IsPunct(0, '/')) return true;  // "2003"
    const char separator = At(0)->text[0];
    if (IsNumber(1) && (Digits(1) <= 2 || (Digits(1) == 3 && At(1)->text[0] == '0'))) {
      date.month = Number(1);
    } else if (const int month = MonthName(1)) {
      date.month = month;
    } else {
      return false;
    }
    pos_ += 2;
    if (IsPunct(0, separator) && IsNumber(1) && Digits(1) <= 2) {
      date.day = Number(1);
      pos_ += 2;
    }
    return true;
  }

  // h:mm[:ss[.fraction]] with an optional am/pm before or after. Leaves the cursor alone and
  // returns false when there is no clock here, or a bad one.
  bool ReadClock(DateTime& out) {
    const size_t start = pos_;
    std::string meridiem = ReadMeridiem();
    if (!IsNumber(0) || Digits(0) > 2 || !IsPunct(1, ':') || !IsNumber(2) || Digits(2) > 2) {
      pos_ = start;
      return false;
    }
    int hour = Number(0);
    const int minute = Number(2);
    int second = 0;
    pos_ += 3;
    if (IsPunct(0, ':') && IsNumber(1) && Digits(1) <= 2) {
      second = Number(1);
      pos_ += 2;
      if (IsPunct(0, '.') && IsNumber(1)) pos_ += 2;  // fractions of a second
    }
    if (IsPunct(0, ':')) {  // a fourth field
      pos_ = start;
      return false;
    }
    if (meridiem.empty()) meridiem = ReadMeridiem();
    if (!meridiem.empty()) {
      if (hour < 1 || hour > 12) {
        pos_ = start;
        return false;
      }
      hour = hour % 12 + (meridiem == "pm" ? 12 : 0);
    }
    if (hour > 23 || minute >= kMinutesPerHour || second >= kSecondsPerMinute) {
      pos_ = start;
      return false;
    }
    out.hour = hour;
    out.minute = minute;
    out.second = second;
    out.has_time = true;
    return true;
  }

  std::string ReadMeridiem() {
    if (!IsWord(0)) return "";
    const std::string* value = FeedWord("meridiem", Word(0));
    if (!value) return "";
    saw_hangul_ |= IsHangul(Word(0));
    ++pos_;
    return *value;
  }

  // Z, +hh:mm, +hhmm, +hh, a zone name (optionally "Etc/"), GMT+hh:mm.
  bool ReadZone(DateTime& out) {
    int offset = 0;
    bool named = false;
    if (IsWord(0) && LowerDateWord(Word(0)) == "etc" && IsPunct(1, '/') && IsWord(2)) pos_ += 2;
    if (IsWord(0)) {
      const std::string* minutes = FeedWord("zone", Word(0));
      if (!minutes) return false;
      offset = std::stoi(*minutes);
      named = true;
      ++pos_;
    }
    if (IsPunct(0, '+') || IsPunct(0, '-')) {
      const int sign = IsPunct(0, '+') ? 1 : -1;
      if (!IsNumber(1)) return false;
      int hours = 0, minutes = 0;
      if (Digits(1) == 4) {
        hours = Number(1) / 100;
        minutes = Number(1) % 100;
        pos_ += 2;
      } else if (Digits(1) <= 2) {
        hours = Number(1);
        pos_ += 2;
        if (IsPunct(0, ':')) {
          if (!IsNumber(1) || Digits(1) != 2) return false;
          minutes = Number(1);
          pos_ += 2;
        }
      } else {
        return false;
      }
      if (hours > kMaxZoneHours || minutes >= kMinutesPerHour) return false;
      offset += sign * (hours * kMinutesPerHour + minutes);
    } else if (!named) {
      return false;
    }
    out.utc_offset_minutes = offset;
    return true;
  }

  std::vector<FeedToken> tokens_;
  size_t pos_ = 0;
  bool saw_hangul_ = false;
};

}  // namespace

DateTime DateTime::ToUtc() const {
  if (!utc_offset_minutes || *utc_offset_minutes == 0 || !date.has_day()) {
    DateTime same = *this;
    if (same.utc_offset_minutes) same.utc_offset_minutes = 0;
    return same;
  }
  const int64_t minutes = DaysFromCivil(date.year, date.month, date.day) * kMinutesPerDay +
                          hour * kMinutesPerHour + minute - *utc_offset_minutes;
  int64_t days = minutes / kMinutesPerDay;
  int64_t of_day = minutes % kMinutesPerDay;
  if (of_day < 0) {
    of_day += kMinutesPerDay;
    --days;
  }
  DateTime utc = *this;
  utc.date = CivilFromDays(days);
  utc.hour = static_cast<int>(of_day / kMinutesPerHour);
  utc.minute = static_cast<int>(of_day % kMinutesPerHour);
  utc.utc_offset_minutes = 0;
  return utc;
}

std::optional<DateTime> ParsePublishedDateTime(std::string_view text) {
  return ValueParser(text).Parse();
}

}  // namespace crosscheck
