#include "base/date.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/ascii.h"
#include "base/lexicon.h"
#include "base/string_set.h"
#include "base/utf8.h"

namespace crosscheck {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;
constexpr size_t kMaxMonthNameBytes = 24;  // "σεπτεμβρίου": 11 Greek letters, 2 bytes each

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsWordByte(char c) { return IsAsciiAlpha(c) || (static_cast<unsigned char>(c) >= 0x80); }

const StringMap<int>& MonthTable() {
  static const auto* table = [] {
    auto* map = new StringMap<int>();
    for (std::string_view entry : LexiconEntries("months")) {
      auto fields = LexiconFields(entry);
      if (fields.size() == 2) (*map)[std::string(fields[0])] = std::stoi(std::string(fields[1]));
    }
    return map;
  }();
  return *table;
}

struct Token {
  enum Kind { kNumber, kWord, kPunct } kind;
  size_t begin, end;
  int number = 0;  // for kNumber
  int month = 0;   // for kWord naming a month
};

// Reads the token at `pos` (if any: spaces give none) onto `tokens`; returns where the next
// one starts. Each token depends only on the text from `pos` on, so tokens read a few at a
// time are the ones a whole reading gives.
size_t ReadToken(std::string_view text, size_t pos, std::vector<Token>& tokens) {
  const char c = text[pos];
  if (IsDigit(c)) {
    size_t end = pos;
    int value = 0;
    while (end < text.size() && IsDigit(text[end]) && end - pos < 9)
      value = value * 10 + (text[end++] - '0');
    while (end < text.size() && IsDigit(text[end])) ++end;
    Token t{Token::kNumber, pos, end};
    t.number = end - pos <= 4 ? value : -1;
    // Ordinal suffixes: 18th, 1st, 2nd, 3rd.
    if (end + 2 <= text.size()) {
      std::string suffix = LowerAscii(text.substr(end, 2));
      if ((suffix == "th" || suffix == "st" || suffix == "nd" || suffix == "rd") &&
          (end + 2 == text.size() || !IsWordByte(text[end + 2]))) {
        t.end = end + 2;
      }
    }
    tokens.push_back(t);
    return t.end;
  }
  if (IsWordByte(c)) {
    size_t end = pos;
    while (end < text.size() && IsWordByte(text[end])) ++end;
    Token t{Token::kWord, pos, end};
    t.month = MonthFromName(text.substr(pos, end - pos));
    if (t.month && end < text.size() && text[end] == '.') t.end = end + 1;
    tokens.push_back(t);
    return t.end;
  }
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return pos + 1;
  tokens.push_back(Token{Token::kPunct, pos, pos + 1});
  return pos + 1;
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  for (size_t pos = 0; pos < text.size();) pos = ReadToken(text, pos, tokens);
  return tokens;
}

bool IsYear(const Token& t) { return t.kind == Token::kNumber && t.end - t.begin >= 4 && t.number >= kMinYear && t.number <= kMaxYear; }
bool IsDayNumber(const Token& t) { return t.kind == Token::kNumber && t.number >= 1 && t.number <= 31; }
bool IsPunct(std::string_view text, const Token& t, char c) { return t.kind == Token::kPunct && text[t.begin] == c; }

// Tries each pattern at token `i`; fills `match` on success.
bool MatchAt(std::string_view text, const std::vector<Token>& toks, size_t i, DateMatch& match) {
  const auto tok = [&](size_t k) -> const Token* { return k < toks.size() ? &toks[k] : nullptr; };
  const Token& t = toks[i];
  // Numeric: YYYY-MM-DD / YYYY/MM/DD / YYYY-MM, and DD.MM.YYYY / DD/MM/YYYY.
  if (t.kind == Token::kNumber) {
    if (auto iso = ParseIsoDate(text.substr(t.begin)); iso && IsYear(t)) {
      // Span: consume the digits and separators that ParseIsoDate read.
      size_t end = t.begin + 4;
      for (int part = 0; part < (iso->day ? 2 : 1); ++part) {
        end += 1;
        while (end < text.size() && IsDigit(text[end])) ++end;
      }
      match = {*iso, t.begin, end};
      return true;
    }
    const Token* s1 = tok(i + 1);
    const Token* m = tok(i + 2);
    const Token* s2 = tok(i + 3);
    const Token* y = tok(i + 4);
    if (IsDayNumber(t) && s1 && m && s2 && y && (IsPunct(text, *s1, '.') || IsPunct(text, *s1, '/')) &&
        m->kind == Token::kNumber && m->number >= 1 && m->number <= 12 && s2->kind == Token::kPunct &&
        text[s2->begin] == text[s1->begin] && IsYear(*y) && s1->end == m->begin && t.end == s1->begin &&
        IsValidDay(y->number, m->number, t.number)) {
      match = {{y->number, m->number, t.number}, t.begin, y->end};
      return true;
    }
    // Chinese, Japanese and Korean: "2025年3月13日", "2025년 3월 13일", "3月13日", "2025年3月".
    // The unit opens the word token after the number: unspaced text runs on ("日，他表示…").
    const auto unit_is = [&](size_t k, std::string_view cjk, std::string_view korean) {
      const Token* u = tok(k);
      if (u == nullptr || u->kind != Token::kWord) return false;
      const std::string_view word = text.substr(u->begin, u->end - u->begin);
      return word.starts_with(cjk) || word.starts_with(korean);
    };
    {
      size_t k = i;
      int year = 0;
      if (IsYear(t) && unit_is(i + 1, "\xE5\xB9\xB4", "\xEB\x85\x84")) {  // 年 년
        year = t.number;
        k = i + 2;
      }
      const Token* month = tok(k);
      if (month && month->kind == Token::kNumber && month->number >= 1 && month->number <= 12 &&
          unit_is(k + 1, "\xE6\x9C\x88", "\xEC\x9B\x94")) {  // 月 월
        const Token* day = tok(k + 2);
        if (day && IsDayNumber(*day) && unit_is(k + 3, "\xE6\x97\xA5", "\xEC\x9D\xBC") &&  // 日 일
            (year == 0 || IsValidDay(year, month->number, day->number))) {
          match = {{year, month->number, day->number}, t.begin, tok(k + 3)->begin + 3};
          return true;
        }
        if (year != 0) {
          match = {{year, month->number, 0}, t.begin, tok(k + 1)->begin + 3};
          return true;
        }
      }
    }
    // Day Month [,] Year: "18 October 2024", "17 Nov, 2024", "18. Oktober 2024", and with
    // Spanish and Portuguese "de": "13 de marzo de 2025".
    size_t k = i + 1;
    if (tok(k) && IsPunct(text, *tok(k), '.')) ++k;
    const auto is_de = [&](size_t at) {
      const Token* w = tok(at);
      if (w == nullptr || w->kind != Token::kWord) return false;
      const std::string word = LowerAscii(text.substr(w->begin, w->end - w->begin));
      return word == "de" || word == "del";
    };
    const bool spanish = is_de(k) && tok(k + 1) && tok(k + 1)->month;
    if (spanish) ++k;
    const Token* month = tok(k);
    if (IsDayNumber(t) && month && month->month) {
      size_t after = k + 1;
      if (tok(after) && IsPunct(text, *tok(after), ',')) ++after;
      if (spanish && is_de(after) && tok(after + 1) && IsYear(*tok(after + 1))) ++after;
      const Token* year = tok(after);
      if (year && IsYear(*year) && IsValidDay(year->number, month->month, t.number)) {
        match = {{year->number, month->month, t.number}, t.begin, year->end};
        return true;
      }
      match = {{0, month->month, t.number}, t.begin, month->end};
      return true;
    }
    return false;
  }
  // Month Day[,] Year: "Oct 18, 2024", "October 18 2024"; Month Year: "October 2024".
  if (t.kind == Token::kWord && t.month) {
    const Token* day = tok(i + 1);
    if (day && IsDayNumber(*day) && day->end - day->begin <= 4) {
      size_t after = i + 2;
      if (tok(after) && IsPunct(text, *tok(after), ',')) ++after;
      const Token* year = tok(after);
      if (year && IsYear(*year) && IsValidDay(year->number, t.month, day->number)) {
        match = {{year->number, t.month, day->number}, t.begin, year->end};
        return true;
      }
      // "May 3" is a date, but "may 3" in running text is usually the verb: require a capital.
      if (std::isupper(static_cast<unsigned char>(text[t.begin]))) {
        match = {{0, t.month, day->number}, t.begin, day->end};
        return true;
      }
      return false;
    }
    if (day && IsYear(*day) && std::isupper(static_cast<unsigned char>(text[t.begin]))) {
      match = {{day->number, t.month, 0}, t.begin, day->end};
      return true;
    }
  }
  return false;
}

}  // namespace

std::string Date::ToIso() const {
  char buf[16];
  if (year == 0) {
    if (month == 0) return "";
    if (day == 0) {
      std::snprintf(buf, sizeof(buf), "XXXX-%02d", month);
    } else {
      std::snprintf(buf, sizeof(buf), "XXXX-%02d-%02d", month, day);
    }
    return buf;
  }
  if (month == 0) {
    std::snprintf(buf, sizeof(buf), "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof(buf), "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

bool IsValidDay(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int limit = kDays[month - 1];
  const bool leap = year == 0 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
  if (month == 2 && leap) limit = 29;
  return day <= limit;
}

std::optional<Date> ParseIsoDate(std::string_view text) {
  const auto digits = [&](size_t pos, size_t n) -> int {
    if (pos + n > text.size()) return -1;
    int v = 0;
    for (size_t k = pos; k < pos + n; ++k) {
      if (!IsDigit(text[k])) return -1;
      v = v * 10 + (text[k] - '0');
    }
    return v;
  };
  const int year = digits(0, 4);
  if (year < kMinYear || year > kMaxYear) return std::nullopt;
  if (text.size() < 7 || (text[4] != '-' && text[4] != '/')) return std::nullopt;
  const int month = digits(5, 2);
  if (month < 1 || month > 12) return std::nullopt;
  if (text.size() >= 8 && IsDigit(text[7])) return std::nullopt;  // "2024-101"
  if (text.size() >= 10 && text[7] == text[4]) {
    const int day = digits(8, 2);
    if (day >= 1 && IsValidDay(year, month, day) && (text.size() == 10 || !IsDigit(text[10]))) {
      return Date{year, month, day};
    }
    return std::nullopt;
  }
  return Date{year, month, 0};
}

int64_t DaysFromCivil(int year, int month, int day) {
  // Howard Hinnant's days_from_civil: days since 1970-01-01 in the proleptic Gregorian calendar.
  year -= month <= 2 ? 1 : 0;
  const int64_t era = (year >= 0 ? year : year - 399) / 400;
  const int64_t year_of_era = year - era * 400;
  const int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

Date CivilFromDays(int64_t days) {
  days += 719468;
  const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int64_t day_of_era = days - era * 146097;
  const int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const int64_t mp = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  return Date{year, month, day};
}

std::string LowerDateWord(std::string_view word) {
  constexpr char32_t kLatin1CapitalFirst = 0xC0, kLatin1CapitalLast = 0xDE, kTimesSign = 0xD7;
  constexpr char32_t kGreekCapitalFirst = 0x391, kGreekCapitalLast = 0x3A9;
  constexpr char32_t kCaseOffset = 0x20;  // capital to small in both blocks
  std::string out;
  out.reserve(word.size());
  size_t pos = 0;
  while (pos < word.size()) {
    if (static_cast<unsigned char>(word[pos]) < 0x80) {
      out += LowerAsciiChar(word[pos++]);
      continue;
    }
    char32_t cp = DecodeUtf8(word, pos);
    if ((cp >= kLatin1CapitalFirst && cp <= kLatin1CapitalLast && cp != kTimesSign) ||
        (cp >= kGreekCapitalFirst && cp <= kGreekCapitalLast)) {
      cp += kCaseOffset;
    } else if (cp == 0x386) {  // Greek capitals with tonos: Ά Έ Ή Ί Ό Ύ Ώ
      cp = 0x3AC;
    } else if (cp >= 0x388 && cp <= 0x38A) {
      cp += 0x25;
    } else if (cp == 0x38C || cp == 0x38E || cp == 0x38F) {
      cp += 0x40 - (cp == 0x38C ? 0 : 1);
    }
    AppendUtf8(cp, out);
  }
  return out;
}

int MonthFromName(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3 || word.size() > kMaxMonthNameBytes) return 0;
  const auto& table = MonthTable();
  // ASCII (nearly every word asked about) lower-cased on the stack, no string made.
  if (std::all_of(word.begin(), word.end(), [](char c) { return (c & 0x80) == 0; })) {
    const auto it = table.find(LowerAsciiWord(word).view());
    return it == table.end() ? 0 : it->second;
  }
  const auto it = table.find(LowerDateWord(word));
  return it == table.end() ? 0 : it->second;
}

namespace {

constexpr int64_t kSecondsPerDay = 86400;
constexpr size_t kMillisecondDigits = 13;  // 13 digits: milliseconds since 1970 (2001..2286)
constexpr size_t kMinTimestampDigits = 9;   // seconds: 1973..
constexpr size_t kMaxTimestampDigits = 13;

std::string_view TrimAscii(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\r' || text.front() == '\n'))
    text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' || text.back() == '\n'))
    text.remove_suffix(1);
  return text;
}

std::optional<Date> DateFromTimestamp(std::string_view digits) {
  int64_t value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  if (digits.size() == kMillisecondDigits) value /= 1000;
  const Date date = CivilFromDays(value / kSecondsPerDay);
  if (date.year < kMinYear || date.year > kMaxYear) return std::nullopt;
  return date;
}

// "10/18/2024": month first, for when day first is impossible.
std::optional<Date> MonthFirstNumeric(std::string_view text) {
  int parts[3] = {0, 0, 0};
  size_t part = 0, digits = 0;
  for (char c : text) {
    if (IsDigit(c)) {
      parts[part] = parts[part] * 10 + (c - '0');
      if (++digits > 4) return std::nullopt;
    } else if ((c == '/' || c == '.' || c == '-') && digits > 0 && part < 2) {
      ++part;
      digits = 0;
    } else {
      break;  // a time may follow
    }
  }
  if (part != 2 || parts[2] < kMinYear || parts[2] > kMaxYear) return std::nullopt;
  if (!IsValidDay(parts[2], parts[0], parts[1])) return std::nullopt;
  return Date{parts[2], parts[0], parts[1]};
}

}  // namespace

std::optional<Date> ParsePublishedDate(std::string_view text) {
  text = TrimAscii(text);
  if (text.empty()) return std::nullopt;
  if (text.size() >= kMinTimestampDigits && text.size() <= kMaxTimestampDigits &&
      text.find_first_not_of("0123456789") == std::string_view::npos) {
    return DateFromTimestamp(text);
  }
  if (auto instant = ParsePublishedDateTime(text)) {  // the date as written, not moved to UTC
    if (instant->date.year < kMinYear || instant->date.year > kMaxYear) return std::nullopt;
    return instant->date;
  }
  if (auto iso = ParseIsoDate(text)) return iso;
  if (auto match = FindDate(text); match && match->date.has_year()) return match->date;
  return MonthFirstNumeric(text);
}

std::optional<DateMatch> FindDate(std::string_view text) {
  // Tokens are read only as far as the search needs: a date's tokens lie within kLookahead of
  // its first one (MatchAt reads at most seven ahead), so the text after the first date is
  // never read. Callers that look for every date call this again after each one.
  constexpr size_t kLookahead = 16;
  std::vector<Token> tokens;
  size_t pos = 0;
  for (size_t i = 0;; ++i) {
    while (pos < text.size() && tokens.size() <= i + kLookahead) pos = ReadToken(text, pos, tokens);
    if (i >= tokens.size()) return std::nullopt;
    DateMatch match;
    if (MatchAt(text, tokens, i, match)) return match;
  }
}

std::optional<DateMatch> FindDateReference(std::string_view text) {
  const std::vector<Token> tokens = Tokenize(text);
  for (size_t i = 0; i < tokens.size(); ++i) {
    DateMatch match;
    if (MatchAt(text, tokens, i, match)) return match;
  }
  return std::nullopt;
}

}  // namespace crosscheck
