// Holiday names and their days (time_holidays.h). Easter Sunday is the Gregorian computus
// (the anonymous algorithm, Meeus/Jones/Butcher): pure integer arithmetic, exact for every
// Gregorian year.
#include "annotate/time_holidays.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>
#include <vector>

#include "annotate/times.h"
#include "base/lexicon.h"

namespace crosscheck {
namespace {

constexpr int kDaysPerWeek = 7;
constexpr int kLastDayOfAnyMonth = 31;
constexpr std::string_view kRightQuote = "\xE2\x80\x99";  // ’

enum class HolidayKind { kFixed, kNthWeekday, kEaster };

struct HolidayRule {
  HolidayKind kind = HolidayKind::kFixed;
  int month = 0;
  int day_or_weekday = 0;  // fixed: the day; nth: the ISO weekday
  int nth_or_offset = 0;   // nth: 1.. or -1 for the last; easter: days from Easter Sunday
};

// The name with runs of spaces as one and ’ as ', the table's key.
std::string HolidayKey(std::string_view name) {
  std::string out;
  for (size_t k = 0; k < name.size(); ++k) {
    const char c = name[k];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else if (name.substr(k).starts_with(kRightQuote)) {
      out += '\'';
      k += kRightQuote.size() - 1;
    } else {
      out += c;
    }
  }
  return out;
}

const std::unordered_map<std::string, HolidayRule>& HolidayTable() {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string, HolidayRule>();
    for (std::string_view entry : LexiconEntries("holidays")) {
      const auto fields = LexiconFields(entry);
      if (fields.size() < 3) continue;
      const auto number = [&](size_t k) { return k < fields.size() ? std::atoi(std::string(fields[k]).c_str()) : 0; };
      HolidayRule rule;
      if (fields[1] == "fixed" && fields.size() == 4) {
        rule = {HolidayKind::kFixed, number(2), number(3), 0};
      } else if (fields[1] == "nth" && fields.size() == 5) {
        rule = {HolidayKind::kNthWeekday, number(2), number(3), number(4)};
      } else if (fields[1] == "easter" && fields.size() == 3) {
        rule = {HolidayKind::kEaster, 0, 0, number(2)};
      } else {
        continue;
      }
      (*map)[HolidayKey(fields[0])] = rule;
    }
    return map;
  }();
  return *table;
}

Date EasterSunday(int year) {
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return Date{year, month, day};
}

}  // namespace

const std::string& HolidayAlternation() {
  static const auto* alternation = [] {
    std::vector<std::string> names;
    for (const auto& [name, rule] : HolidayTable()) names.push_back(name);
    std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    auto* out = new std::string();
    for (const std::string& name : names) {
      if (!out->empty()) *out += '|';
      for (char c : name) {
        *out += c == ' ' ? std::string(R"(\s+)") : c == '\'' ? std::string("(?:'|") + std::string(kRightQuote) + ")" : std::string(1, c);
      }
    }
    return out;
  }();
  return *alternation;
}

std::optional<Date> HolidayDate(std::string_view name, int year) {
  const auto& table = HolidayTable();
  const auto it = table.find(HolidayKey(name));
  if (it == table.end()) return std::nullopt;
  const HolidayRule& rule = it->second;
  switch (rule.kind) {
    case HolidayKind::kFixed:
      return Date{year, rule.month, rule.day_or_weekday};
    case HolidayKind::kEaster: {
      const Date easter = EasterSunday(year);
      return CivilFromDays(DaysFromCivil(easter.year, easter.month, easter.day) + rule.nth_or_offset);
    }
    case HolidayKind::kNthWeekday: {
      if (rule.nth_or_offset > 0) {
        const int first = IsoWeekday(Date{year, rule.month, 1});
        const int day = 1 + (rule.day_or_weekday - first + kDaysPerWeek) % kDaysPerWeek + kDaysPerWeek * (rule.nth_or_offset - 1);
        return Date{year, rule.month, day};
      }
      int last = kLastDayOfAnyMonth;
      while (!IsValidDay(year, rule.month, last)) --last;
      const int back = (IsoWeekday(Date{year, rule.month, last}) - rule.day_or_weekday + kDaysPerWeek) % kDaysPerWeek;
      return Date{year, rule.month, last - back};
    }
  }
  return std::nullopt;
}

std::string HolidayValue(std::string_view name, const Date& published, Tense tense) {
  if (!published.has_day()) {
    const auto any_year = HolidayDate(name, 2000);
    const auto it = HolidayTable().find(HolidayKey(name));
    if (!any_year || it == HolidayTable().end()) return "";
    if (it->second.kind != HolidayKind::kFixed) return "XXXX-XX-XX";
    return "XXXX" + any_year->ToIso().substr(4);
  }
  const int64_t anchor = DaysFromCivil(published.year, published.month, published.day);
  std::optional<Date> best;
  int64_t best_distance = 0;
  for (int year = published.year - 1; year <= published.year + 1; ++year) {
    const auto day = HolidayDate(name, year);
    if (!day) return "";
    const int64_t signed_distance = DaysFromCivil(day->year, day->month, day->day) - anchor;
    if (tense == Tense::kFuture && signed_distance < 0) continue;
    const int64_t distance = std::llabs(signed_distance);
    if (!best || distance < best_distance) {
      best = day;
      best_distance = distance;
    }
  }
  return best ? best->ToIso() : "";
}

}  // namespace crosscheck
