// Time annotation: absolute dates from FindDate, then one RE2 pass over the body for the
// relative forms (see times.h; the pattern is time_pattern.cc's), resolved against the
// publication date. Overlaps keep the earlier, then longer, match; absolute dates win over
// relative readings of the same words.
#include "annotate/times.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "annotate/sentences.h"
#include "annotate/time_context.h"
#include "annotate/time_holidays.h"
#include "annotate/time_languages.h"
#include "annotate/time_pattern.h"
#include "annotate/time_values.h"
#include "annotate/tokens.h"
#include "base/lexicon.h"

namespace crosscheck {
namespace {

constexpr int kDaysPerWeek = 7;
constexpr int kMonthsPerQuarter = 3;

struct Found : TimeValue {
  uint32_t begin = 0, end = 0;
  bool absolute = false;
};

// The lower-cased word that ends right before byte `pos` (skipping spaces).
std::string PreviousWord(std::string_view body, size_t pos) {
  size_t end = pos;
  while (end > 0 && body[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && ((body[begin - 1] >= 'a' && body[begin - 1] <= 'z') ||
                       (body[begin - 1] >= 'A' && body[begin - 1] <= 'Z')))
    --begin;
  return LowerAscii(body.substr(begin, end - begin));
}

class Resolver {
 public:
  Resolver(std::string_view body, const Date& published, const std::vector<Span>& sentences)
      : body_(body), published_(published), sentences_(sentences) {}

  std::vector<Found> Run() {
    FindAbsolute();
    FindRelative();
    std::sort(found_.begin(), found_.end(), [](const Found& a, const Found& b) {
      if (a.absolute != b.absolute) return a.absolute;
      if (a.begin != b.begin) return a.begin < b.begin;
      return a.end > b.end;
    });
    std::vector<Found> kept;
    // Kept intervals by begin (end as value). Non-empty kept intervals are disjoint, so their
    // ends rise with their begins; empty ones are few and checked one by one.
    std::map<uint32_t, uint32_t> kept_spans;
    std::vector<std::pair<uint32_t, uint32_t>> kept_empty;
    const auto overlaps_kept = [&](uint32_t begin, uint32_t end) {
      for (const auto& [b, e] : kept_empty) {
        if (begin < e && b < end) return true;
      }
      auto it = kept_spans.lower_bound(end);  // first kept opening at or after `end`
      if (it == kept_spans.begin()) return false;
      --it;  // the last kept opening before `end`
      return begin < it->second;
    };
    for (Found& f : found_) {
      if (overlaps_kept(f.begin, f.end)) continue;
      if (f.begin < f.end) {
        kept_spans.emplace(f.begin, f.end);
      } else {
        kept_empty.emplace_back(f.begin, f.end);
      }
      kept.push_back(std::move(f));
    }
    std::sort(kept.begin(), kept.end(),
              [](const Found& a, const Found& b) { return a.begin < b.begin; });
    return kept;
  }

 private:
  bool HasDay() const { return published_.has_day(); }

  // Whether the text after byte `pos` reads as a new sentence: its end, or spaces then a
  // capital letter or an opening quote.
  bool EndsSentence(size_t pos) const {
    size_t k = pos;
    while (k < body_.size() && (body_[k] == ' ' || body_[k] == '\n')) ++k;
    if (k == body_.size()) return true;
    return k > pos && ((body_[k] >= 'A' && body_[k] <= 'Z') || body_[k] == '"' || body_[k] == '\'');
  }

  void FindAbsolute() {
    size_t pos = 0;
    while (pos < body_.size()) {
      auto match = FindDate(body_.substr(pos));
      if (!match) break;
      Found f;
      f.begin = static_cast<uint32_t>(pos + match->begin);
      f.end = static_cast<uint32_t>(pos + match->end);
      // "on 21 October." and "on 3 May. It" — the sentence's period is not part of a month
      // name: a full name, or one the text goes on after as after a sentence end.
      if (f.end - f.begin > 5 && body_[f.end - 1] == '.' && body_[f.end - 2] >= 'a' &&
          body_[f.end - 2] <= 'z' && MonthFromName(PreviousWord(body_, f.end - 1)) != 0 &&
          (PreviousWord(body_, f.end - 1).size() > 4 || EndsSentence(f.end)))
        --f.end;
      f.value = CompleteYear(match->date, published_,
                             match->date.has_year() ? Tense::kUnknown : YearlessTense(f.begin))
                    .ToIso();
      f.absolute = true;
      if (!f.value.empty()) found_.push_back(std::move(f));
      pos += std::max<size_t>(match->end, 1);
    }
  }

  void FindRelative() {
    const RE2* pattern = &RelativeTimePattern();
    const int groups = pattern->NumberOfCapturingGroups();
    std::vector<re2::StringPiece> sub(static_cast<size_t>(groups) + 1);
    // Group indices by name, looked up without making a string (the names live in the
    // pattern, a static).
    static const auto* indices = [pattern] {
      auto* map = new std::unordered_map<std::string_view, int>();
      for (const auto& [name, index] : pattern->NamedCapturingGroups()) map->emplace(name, index);
      return map;
    }();
    const auto group = [&](std::string_view name) -> std::string_view {
      const auto it = indices->find(name);
      if (it == indices->end() || sub[static_cast<size_t>(it->second)].data() == nullptr) return {};
      const re2::StringPiece& piece = sub[static_cast<size_t>(it->second)];
      return std::string_view(piece.data(), piece.size());
    };
    size_t pos = 0;
    re2::StringPiece whole;
    // Where the next match is, found without submatches (RE2's DFA), then its groups read by
    // the one alternative that matches that span (time_pattern.h: the same parse).
    while (pos < body_.size() &&
           pattern->Match(body_, pos, body_.size(), RE2::UNANCHORED, &whole, 1)) {
      const size_t begin = static_cast<size_t>(whole.data() - body_.data());
      const size_t end = begin + whole.size();
      if (!ReadRelativeTimeGroups(body_, begin, end, sub.data(), groups + 1)) {
        pos = std::max(end, begin + 1);
        continue;
      }
      pos = std::max(end, begin + 1);
      // A number glued to another ("10,000 years", "3.2024") is not a time.
      if (begin > 0 &&
          (body_[begin - 1] == ',' || body_[begin - 1] == '.' ||
           (body_[begin - 1] >= '0' && body_[begin - 1] <= '9')) &&
          body_[begin] >= '0' && body_[begin] <= '9')
        continue;
      if (IsHyphenatedRate(begin)) continue;
      Found f;
      f.begin = static_cast<uint32_t>(begin);
      f.end = static_cast<uint32_t>(end);
      if (!group("qord").empty()) {
        if (!published_.has_year() && group("qyear1").empty() && group("qyear2").empty()) continue;
        const std::string_view written_year =
            group("qyear1").empty() ? group("qyear2") : group("qyear1");
        const std::string year_modifier =
            LowerAscii(group("qyearmod"));  // "next year's first quarter"
        const int year = !written_year.empty() ? std::atoi(std::string(written_year).c_str())
                                               : published_.year + (year_modifier == "next"   ? 1
                                                                    : year_modifier == "last" ? -1
                                                                                              : 0);
        if (!group("qago")
                 .empty()) {  // "the year-ago third quarter": the comparison, not the subject
          f.value = QuarterValue(year - 1, QuarterFromOrdinal(group("qord")));
          found_.push_back(std::move(f));
          continue;
        }
        last_quarter_ = {year, QuarterFromOrdinal(group("qord"))};
        f.value = QuarterValue(last_quarter_.first, last_quarter_.second);
      } else if (!group("qrel").empty()) {
        if (!ResolveRelativeQuarter(LowerAscii(group("qrelmod")), group("qrel"), f)) continue;
      } else if (!group("yearago").empty()) {
        if (!published_.has_year()) continue;
        f.value = last_quarter_.second ? QuarterValue(last_quarter_.first - 1, last_quarter_.second)
                                       : std::to_string(published_.year - 1);
      } else if (!group("holiday").empty()) {
        f.value = HolidayValue(group("holiday"), published_, TenseAt(begin));
      } else if (!group("theweekend").empty()) {
        // The last Saturday on or before publication names the weekend's ISO week.
        const int64_t back =
            (IsoWeekday(published_) - (kDaysPerWeek - 1) + kDaysPerWeek) % kDaysPerWeek;
        f.value = HasDay() ? IsoWeekValue(AddDays(published_, -back)) + "-WE" : "XXXX-WXX-WE";
      } else if (!group("dayrel").empty() || !group("dayrel2").empty()) {
        const std::string_view which = group("dayrel").empty() ? group("dayrel2") : group("dayrel");
        ResolveDayAfterAnchor(which == "next" || which == "following" || which == "after" ? 1 : -1,
                              begin, f);
      } else if (!group("pod").empty()) {
        DeicticValue(LowerAscii(group("podmod")) == "last" ? "yesterday" : "today", published_, f);
        AddPartOfDay(group("pod"), f);
      } else if (!group("rd1").empty()) {
        // "between 5 and 10 villages" is a count: days need an ordinal or a month.
        const bool ordinal = group("rd1").back() > '9' && group("rd2").back() > '9';
        if (ordinal || !group("rmonth").empty())
          ResolveDayRange(group("rd1"), group("rd2"), group("rmonth"));
        continue;
      } else if (!group("ref").empty()) {
        f.value = std::string(TimeRefValue(group("ref")));
      } else if (!group("unit").empty()) {
        PeriodValue(group("pmod"), group("unit"), published_, f);
        // "the past year", "the last month": the determiner is part of the extent.
        if (PreviousWord(body_, begin) == "the" && begin >= 4 && body_[begin - 1] == ' ')
          f.begin = static_cast<uint32_t>(begin - 4);
      } else if (!group("deictic").empty()) {
        DeicticValue(LowerAscii(group("deictic")), published_, f);
        AddPartOfDay(group("dpod"), f);
      } else if (!group("weekday").empty()) {
        if (!group("wplural").empty() ||
            !group("wpodplural").empty()) {  // "Mondays", "Tuesday nights"
          f.value = "XXXX-WXX-" + std::to_string(WeekdayNumber(group("weekday"))) +
                    std::string(PartOfDaySuffix(group("wpod")));
          f.type = TimeType::kSet;
        } else {
          WeekdayValue(LowerAscii(group("wmod")), WeekdayNumber(group("weekday")), TenseAt(begin),
                       published_, f);
          AddPartOfDay(group("wpod"), f);
        }
      } else if (!group("edge_unit").empty()) {
        // "the end of the year": the period itself (TimeML marks the edge with a mod).
        const std::string modifier = LowerAscii(group("edge_mod"));
        PeriodValue(modifier == "the" ? "this" : modifier, group("edge_unit"), published_, f);
      } else if (!group("half").empty()) {
        // "the second half of 1999" -> 1999-H2; "of this year", "of next year".
        int year = 0;
        if (!group("half_year").empty()) {
          year = std::atoi(std::string(group("half_year")).c_str());
        } else if (published_.has_year()) {
          const std::string modifier = LowerAscii(group("half_mod"));
          year = published_.year + (modifier == "next" ? 1 : modifier == "last" ? -1 : 0);
        }
        if (year == 0) continue;
        f.value = std::to_string(year) + (group("half") == "first" ? "-H1" : "-H2");
      } else if (!group("season_of").empty()) {
        f.value = std::string(group("season_year")) + "-" +
                  std::string(SeasonCode(LowerAscii(group("season_of"))));
      } else if (!group("month").empty()) {
        const std::string previous = PreviousWord(body_, begin);
        if (!group("month_yearmod").empty()) {  // "June last year" -> the month of that year
          if (!published_.has_year()) continue;
          const std::string modifier = LowerAscii(group("month_yearmod"));
          const int year = published_.year + (modifier == "next" ? 1 : modifier == "last" ? -1 : 0);
          f.value = Date{year, MonthFromName(group("month")), 0}.ToIso();
          found_.push_back(std::move(f));
          continue;
        }
        if (group("month") == "May" && group("mmod").empty() && previous != "in" &&
            previous != "since" && previous != "of" && previous != "from" && previous != "during" &&
            !IsFutureLeaning(previous))
          continue;
        MonthValue(LowerAscii(group("mmod")), MonthFromName(group("month")), previous,
                   TenseAt(begin), published_, f);
      } else if (!group("season").empty()) {
        SeasonValue(LowerAscii(group("season_mod")), LowerAscii(group("season")), published_, f);
      } else if (!group("decade").empty()) {
        f.value = std::string(group("decade"));  // "the 1990s" -> 199
      } else if (!group("decade_short").empty()) {
        f.value = "19" + std::string(group("decade_short"));  // "the '90s" -> 199: news of this
                                                              // century writes 2000s in full
      } else if (!group("decade_word").empty()) {
        f.value =
            "19" +
            std::to_string(
                NumberWordValue(
                    std::string(group("decade_word")).substr(0, group("decade_word").size() - 3) +
                    "y") /
                10);  // "nineties" -> ninety -> 199
      } else if (!group("century").empty()) {
        const int century = std::atoi(std::string(group("century")).c_str());
        if (century < 1 || century > 21) continue;
        f.value = std::string(century <= 10 ? "0" : "") +
                  std::to_string(century - 1);  // "the 20th century" -> 19
      } else if (!group("spelled_year").empty()) {
        const std::string_view spelled = group("spelled_year");
        size_t k = spelled.find_last_of(" \t\n");
        f.value = std::to_string(1900 + NumberWordValue(spelled.substr(k + 1)));
      } else if (!group("vague_mod").empty()) {
        const char letter = UnitLetter(group("vague_unit"));
        if (LowerAscii(group("vague_mod")) == "coming") {
          f.value = "FUTURE_REF";
        } else {
          f.type = TimeType::kDuration;
          f.value = std::string("PX") + letter;
        }
      } else if (!group("set_unit").empty()) {
        f.type = TimeType::kSet;
        const int weekday = WeekdayNumber(group("set_unit"));
        const int month = MonthFromName(group("set_unit"));  // "each July" -> XXXX-07
        f.value = weekday ? "XXXX-WXX-" + std::to_string(weekday)
                  : month ? Date{0, month, 0}.ToIso()
                  : group("set_unit") == "quarter"
                      ? std::string("P1Q")
                      : std::string("P1") + UnitLetter(group("set_unit"));
      } else if (!group("year_ended").empty()) {
        // "for the year ended June 30": the accounting year as a length (the date follows).
        f.end = static_cast<uint32_t>(group("year_ended").data() + group("year_ended").size() -
                                      body_.data());
        pos = f.end;
        f.type = TimeType::kDuration;
        f.value = "P1Y";
      } else if (!group("fiscal_mod").empty()) {
        // "the full year", "the current fiscal year": publication's; "the latest fiscal year":
        // the last one closed.
        if (!published_.has_year()) continue;
        f.value =
            std::to_string(published_.year - (group("fiscal_mod").starts_with("latest") ? 1 : 0));
      } else if (!group("year_2000").empty()) {
        f.value = "2000";
      } else if (!group("near_future").empty()) {
        f.value = "FUTURE_REF";
      } else if (!group("quarter_count").empty()) {
        const int count = NumberWordValue(group("quarter_count"));
        f.type = TimeType::kDuration;
        f.value = "P" + (count > 0 ? std::to_string(count) : std::string("X")) + "Q";
      } else if (!group("anchor_unit").empty()) {
        ResolveFromAnchorYear(LowerAscii(group("anchor_rel")), group("anchor_unit"), begin, f);
      } else if (!group("half_unit").empty() || !group("half_unit2").empty() ||
                 !group("half_only").empty()) {
        const int count = !group("half_unit").empty()   ? NumberWordValue(group("half_count"))
                          : group("half_unit2").empty() ? 0
                                                        : 1;
        if (count < 0) continue;
        f.type = TimeType::kDuration;
        f.value = HalfDurationValue(count, !group("half_unit").empty()    ? group("half_unit")
                                           : !group("half_unit2").empty() ? group("half_unit2")
                                                                          : group("half_only"));
      } else if (!group("bare_unit").empty()) {
        // "for years", "within days", "for decades": a length nobody counted (PXY, PXD,
        // PXE); the unit word alone is the expression. "for days of talks" is not one.
        const std::string_view unit = group("bare_unit");
        if (body_.substr(end).starts_with(" of") || body_.substr(end).starts_with("-")) {
          pos = static_cast<size_t>(unit.data() - body_.data());
          continue;
        }
        f.begin = static_cast<uint32_t>(unit.data() - body_.data());
        f.type = TimeType::kDuration;
        f.value = unit == "hours"     ? "PTXH"
                  : unit == "minutes" ? "PTXM"
                  : unit == "decades" ? "PXE"
                  : unit == "centuries"
                      ? "PXC"
                      : std::string("PX") + UnitLetter(unit.substr(0, unit.size() - 1));
      } else if (!group("the_past").empty()) {
        // "in the past": TimeML's PAST_REF; "in the past two years" is a length, read from
        // its count on.
        const size_t the = static_cast<size_t>(group("the_past").data() - body_.data());
        if (CountOrUnitFollows(end)) {
          pos = the + 4;  // "past two years", "past year" read by their own forms
          continue;
        }
        f.begin = static_cast<uint32_t>(the);
        f.value = "PAST_REF";
      } else if (!group("dunit").empty() || !group("adj_unit").empty()) {
        const std::string_view unit = group("dunit").empty() ? group("adj_unit") : group("dunit");
        // "a year-earlier loss": the adjective dates the comparison; read it from "year".
        if (!group("dunit").empty() &&
            (body_.substr(end).starts_with("-earlier") || body_.substr(end).starts_with("-ago"))) {
          pos = static_cast<size_t>(unit.data() - body_.data());
          continue;
        }
        if (LowerAscii(group("count")) == "hundred") continue;
        // An age ("a 6-year-old", "52 years old") describes someone, it dates nothing.
        const std::string_view after = body_.substr(end, 5);
        if (after.starts_with("-old") || after.starts_with(" old")) continue;
        // A rate ("$2 million a year", "four flights a week") is TimeML's set: once per unit.
        const std::string count = LowerAscii(group("count"));
        if ((count == "a" || count == "an") && group("ago").empty() && FollowsAnAmount(begin)) {
          f.type = TimeType::kSet;
          f.value =
              std::string(unit == "hour" || unit == "minute" ? "PT1" : "P1") + UnitLetter(unit);
        } else {
          DurationValue(NumberWordValue(group("count")), unit, !group("ago").empty(), published_,
                        f);
          f.begin = static_cast<uint32_t>(WithLeadingModifiers(begin));
        }
      } else if (!group("year").empty()) {
        if (!IsYearReading(begin, end)) continue;
        f.value = std::string(group("year"));
      } else if (!group("clock_hour").empty() || !group("clock_word").empty()) {
        if (!ResolveClockOfDay(group, f)) continue;
      } else if (!group("hour").empty()) {
        ClockValue(group("hour"), group("minute"), group("ampm"), published_, f);
      } else {
        continue;
      }
      if (!f.value.empty()) found_.push_back(std::move(f));
    }
  }

  // Where a length's TIMEX3 extent begins (TimeML takes in its determiner and modifier):
  // before "the past", "the last", "the next", "the first", "the coming" and before
  // "nearly", "almost", "about", "some", "roughly", "more than", "less than", "at least"
  // ("at least the past 18 months"); `begin` itself when none precedes it.
  size_t WithLeadingModifiers(size_t begin) const {
    const auto word_before = [&](size_t at) -> std::pair<std::string, size_t> {
      size_t end = at;
      while (end > 0 && body_[end - 1] == ' ') --end;
      if (end == at) return {"", at};  // no space: glued to something
      size_t start = end;
      while (start > 0 && ((body_[start - 1] >= 'a' && body_[start - 1] <= 'z') ||
                           (body_[start - 1] >= 'A' && body_[start - 1] <= 'Z')))
        --start;
      return {LowerAscii(body_.substr(start, end - start)), start};
    };
    size_t out = begin;
    auto [word, start] = word_before(out);
    if (word == "past" || word == "last" || word == "next" || word == "first" || word == "coming") {
      const auto [the, the_start] = word_before(start);
      if (the != "the") return out;
      out = the_start;
      std::tie(word, start) = word_before(out);
    }
    if (word == "nearly" || word == "almost" || word == "about" || word == "some" ||
        word == "roughly") {
      return start;
    }
    if (word == "than" || word == "least") {
      const auto [first, first_start] = word_before(start);
      if ((word == "than" && (first == "more" || first == "less")) ||
          (word == "least" && first == "at"))
        return first_start;
    }
    return out;
  }

  // The lower-cased word that starts after byte `pos` (skipping spaces).
  std::string NextWord(size_t pos) const {
    while (pos < body_.size() && body_[pos] == ' ') ++pos;
    size_t end = pos;
    while (end < body_.size() &&
           ((body_[end] >= 'a' && body_[end] <= 'z') || (body_[end] >= 'A' && body_[end] <= 'Z')))
      ++end;
    return LowerAscii(body_.substr(pos, end - pos));
  }

  // Whether a count or a calendar unit follows byte `pos` ("the past two years", "the past
  // year", "the past few weeks").
  bool CountOrUnitFollows(size_t pos) const {
    size_t k = pos;
    while (k < body_.size() && body_[k] == ' ') ++k;
    if (k < body_.size() && body_[k] >= '0' && body_[k] <= '9') return true;
    std::string next = NextWord(pos);
    if (next.ends_with("s")) next.pop_back();
    return next == "few" || next == "several" || next == "couple" || next == "year" ||
           next == "month" || next == "week" || next == "weekend" || next == "day" ||
           next == "decade" || next == "centurie" || next == "century" || next == "quarter" ||
           next == "hour" || next == "minute" || next == "half" || NumberWordValue(next) > 0;
  }

  // Whether the words before byte `pos` give an amount: a number, number word or scale word
  // right before ("$1.76", "2 million"), or one of those and one noun ("four flights").
  bool FollowsAnAmount(size_t pos) const {
    const auto token_before = [&](size_t at) -> std::pair<std::string_view, size_t> {
      size_t end = at;
      while (end > 0 && body_[end - 1] == ' ') --end;
      size_t start = end;
      while (start > 0 && body_[start - 1] != ' ' && body_[start - 1] != '\n') --start;
      return {body_.substr(start, end - start), start};
    };
    const auto is_amount = [](std::string_view token) {
      // A token that closes a sentence or clause ("in 1995. A year later") counts nothing.
      if (token.empty() || token.back() == '.' || token.back() == ',' || token.back() == ';')
        return false;
      if (token[0] == '$' || (token[0] >= '0' && token[0] <= '9')) return true;
      const std::string lower = LowerAscii(token);
      if (lower == "million" || lower == "billion" || lower == "thousand" || lower == "trillion")
        return true;
      if (lower == "once" || lower == "twice") return true;                // "twice a week": a set
      return lower != "a" && lower != "an" && NumberWordValue(lower) > 0;  // "four", "hundred"
    };
    const auto [first, first_start] = token_before(pos);
    if (is_amount(first)) return true;
    const auto [second, second_start] = token_before(first_start);
    return first.size() > 1 && first.back() == 's' && is_amount(second);
  }

  // "barrel-a-day", "million-a-year": "a-day" inside a hyphenated word is a rate's ending,
  // not a time of its own.
  bool IsHyphenatedRate(size_t begin) const {
    if (begin < 2 || body_[begin - 1] != '-' ||
        !std::isalpha(static_cast<unsigned char>(body_[begin - 2])))
      return false;
    const std::string_view rest = std::string_view(body_).substr(begin);
    return rest.starts_with("a-") || rest.starts_with("an-");
  }

  Tense TenseAt(size_t pos) const {
    if (sentences_.empty()) return Tense::kUnknown;
    const Span& sentence = sentences_[SentenceIndexAt(sentences_, static_cast<uint32_t>(pos))];
    if (sentence.begin > pos || sentence.end > body_.size()) return Tense::kUnknown;
    return NearestTense(body_.substr(sentence.begin, sentence.end - sentence.begin), sentence.begin,
                        pos);
  }

  // Which way a date without a year leans (CompleteYear): ahead in a future sentence, behind
  // right after a past verb ("the year ended March 31", "announced Oct. 5"), else either.
  Tense YearlessTense(size_t pos) const {
    size_t end = pos;
    while (end > 0 && body_[end - 1] == ' ') --end;
    const std::string previous = PreviousWord(body_, end);
    if (!previous.empty() &&
        CueTense(previous, PreviousWord(body_, end - previous.size())) == Tense::kPast)
      return Tense::kPast;
    return TenseAt(pos) == Tense::kFuture ? Tense::kFuture : Tense::kUnknown;
  }

  // "Wednesday night" -> 2000-01-05TNI, a time of day.
  static void AddPartOfDay(std::string_view word, Found& f) {
    const std::string_view suffix = PartOfDaySuffix(word);
    if (suffix.empty() || f.value.size() != std::string_view("2024-10-16").size())
      return;  // a day only
    f.value += suffix;
    f.type = TimeType::kTime;
  }

  // "the quarter", "the latest quarter": the last full quarter before publication; "the
  // current quarter": publication's; "the year-ago quarter|period": a year before the
  // quarter last named (else before the last full one). A bare "the period" is not a time.
  bool ResolveRelativeQuarter(const std::string& modifier, std::string_view unit, Found& f) {
    if (!published_.has_year() || published_.month == 0) return false;
    if (unit == "period" && modifier.empty()) return false;
    const int current = (published_.month - 1) / kMonthsPerQuarter + 1;
    if (modifier == "current") {
      f.value = QuarterValue(published_.year, current);
    } else if (modifier == "year-ago" || modifier == "year-earlier") {
      const auto [year, quarter] =
          last_quarter_.second ? last_quarter_ : std::pair{published_.year, current - 1};
      f.value = QuarterValue(year - 1, quarter);
    } else {
      f.value = QuarterValue(published_.year, current - 1);
    }
    return true;
  }

  // "from the 8th to the 13th (of October)": two dates, in the month named, else the
  // publication's month.
  void ResolveDayRange(std::string_view first, std::string_view second,
                       std::string_view month_name) {
    const int month = month_name.empty() ? published_.month : MonthFromName(month_name);
    if (month == 0) return;
    const std::string_view ends[] = {first, second};
    for (size_t k = 0; k < std::size(ends); ++k) {
      Date date{0, month, std::atoi(std::string(ends[k]).c_str())};
      if (!IsValidDay(published_.year, month, date.day)) return;
      date = CompleteYear(date, published_);
      if (!published_.has_day() && published_.has_year()) date.year = published_.year;
      Found f;
      f.begin = static_cast<uint32_t>(ends[k].data() - body_.data());
      f.end = static_cast<uint32_t>(k == 1 && !month_name.empty()
                                        ? month_name.data() + month_name.size() - body_.data()
                                        : f.begin + ends[k].size());
      f.value = date.ToIso();
      if (!f.value.empty()) found_.push_back(std::move(f));
    }
  }

  // "2000 troops" is a count, "in 2000" and "2022 invasion" are years.
  bool IsYearReading(size_t begin, size_t end) const {
    const bool mid_year =
        begin >= 4 && LowerAscii(body_.substr(begin - 4, 4)) == "mid-";  // "mid-1996"
    if (begin > 0 && (body_[begin - 1] == '$' || (body_[begin - 1] == '-' && !mid_year)))
      return false;
    if (mid_year) return true;
    if (end < body_.size() && (body_[end] == '%' || (body_[end] == ',' && end + 1 < body_.size() &&
                                                     body_[end + 1] != ' ')))
      return false;
    // "closed at 2082.1": a decimal number.
    if (end + 1 < body_.size() && body_[end] == '.' && body_[end + 1] >= '0' &&
        body_[end + 1] <= '9')
      return false;
    const std::string previous = PreviousWord(body_, begin);
    if (previous == "in" || previous == "since" || previous == "of" || previous == "by" ||
        previous == "until" || previous == "from" || previous == "during" || previous == "before" ||
        previous == "after" || previous == "s" || previous == "fiscal")  // "fiscal 1989 sales"
      return true;
    // Next word: a plural noun makes it a count.
    size_t k = end;
    while (k < body_.size() && body_[k] == ' ') ++k;
    size_t word_end = k;
    while (word_end < body_.size() && body_[word_end] >= 'a' && body_[word_end] <= 'z') ++word_end;
    const std::string_view next = body_.substr(k, word_end - k);
    return !(next.size() > 3 && next.back() == 's' && !IsFunctionWord(next));
  }

  // "that year", "the following year", "the previous month": from the last year (or month)
  // written before `pos`, else from publication.
  void ResolveFromAnchorYear(const std::string& relation, std::string_view unit, size_t pos,
                             Found& f) const {
    const int offset = relation.ends_with("following")  ? 1
                       : relation.ends_with("previous") ? -1
                                                        : 0;
    const Found* anchor = nullptr;
    for (const Found& other : found_) {
      const bool has_year =
          other.value.size() >= 4 && std::all_of(other.value.begin(), other.value.begin() + 4,
                                                 [](char c) { return c >= '0' && c <= '9'; });
      const bool has_month = other.value.size() >= 7 && other.value[4] == '-' &&
                             other.value[5] >= '0' && other.value[5] <= '1';
      if (other.end <= pos && has_year && (unit == "year" || has_month) &&
          (!anchor || other.begin > anchor->begin))
        anchor = &other;
    }
    int year = published_.year, month = published_.month;
    if (anchor) {
      year = std::atoi(anchor->value.substr(0, 4).c_str());
      month = anchor->value.size() >= 7 ? std::atoi(anchor->value.substr(5, 2).c_str()) : 0;
    } else if (offset == 0 || !published_.has_year()) {
      return;  // "that year" with nothing before it names no year
    }
    if (unit == "year") {
      f.value = std::to_string(year + offset);
    } else if (month != 0) {
      f.value = YearMonth(year, month + offset);
    }
  }

  // "the next day", "the day before": a day from the last day-precise date written before
  // `pos` (the story's own timeline), else from publication. Undated: unresolved.
  void ResolveDayAfterAnchor(int offset, size_t pos, Found& f) const {
    const Found* anchor = nullptr;
    for (const Found& other : found_) {
      if (other.end <= pos && other.value.size() == 10 && other.value[4] == '-' &&
          other.value[0] != 'X' && (!anchor || other.begin > anchor->begin))
        anchor = &other;
    }
    if (anchor) {
      const std::optional<Date> day = ParseIsoDate(anchor->value);
      if (day && day->has_day()) {
        f.value = AddDays(*day, offset).ToIso();
        return;
      }
    }
    f.value = HasDay() ? AddDays(published_, offset).ToIso() : "XXXX-XX-XX";
  }

  // "5 p.m.", "10 p.m. Wednesday", "5 p.m. EST, Nov. 9", "noon Thursday", "midnight": a
  // time on the day written right after it (a weekday, or a date FindDate reads), else on
  // the publication day. Spans the day too, so it wins over the bare date.
  template <typename Group>
  bool ResolveClockOfDay(const Group& group, Found& f) {
    int hour = 0, minute = 0;
    if (!group("clock_word").empty()) {
      hour = LowerAscii(group("clock_word")) == "noon" ? 12 : 24;
    } else {
      hour = std::atoi(std::string(group("clock_hour")).c_str());
      minute =
          group("clock_minute").empty() ? 0 : std::atoi(std::string(group("clock_minute")).c_str());
      const char ampm = group("clock_ampm")[0];
      if (hour < 1 || hour > 12 || minute > 59) return false;
      hour = hour % 12 + (ampm == 'p' || ampm == 'P' ? 12 : 0);
    }
    std::string day;
    const std::string_view weekday =
        group("clock_weekday").empty() ? group("clock_weekday2") : group("clock_weekday");
    if (!weekday.empty()) {
      Found on;
      WeekdayValue("", WeekdayNumber(weekday), TenseAt(f.begin), published_, on);
      day = on.value;
    } else {
      size_t next = f.end;
      while (next < body_.size() && (body_[next] == ' ' || body_[next] == ',')) ++next;
      if (body_.substr(next, 3) == "on ") next += 3;
      constexpr size_t kLongestDate = 24;
      const auto date = next > f.end ? FindDate(body_.substr(next, kLongestDate)) : std::nullopt;
      if (date && date->begin == 0) {
        day = CompleteYear(date->date, published_,
                           date->date.has_year() ? Tense::kUnknown : YearlessTense(f.begin))
                  .ToIso();
        f.end = static_cast<uint32_t>(next + date->end);
        if (body_[f.end - 1] == '.' && EndsSentence(f.end)) --f.end;
      } else {
        day = HasDay() ? published_.ToIso() : "XXXX-XX-XX";
      }
    }
    if (day.size() != 10) return false;
    char buf[32];
    if (hour == 24) {
      std::snprintf(buf, sizeof(buf), "T24");
    } else {
      std::snprintf(buf, sizeof(buf), "T%02d:%02d", hour, minute);
    }
    f.type = TimeType::kTime;
    f.value = day + buf;
    f.absolute = true;
    return true;
  }

  std::string_view body_;
  Date published_;
  const std::vector<Span>& sentences_;
  std::vector<Found> found_;
  std::pair<int, int> last_quarter_{0, 0};  // (year, quarter) of the last quarter named
};

}  // namespace

int IsoWeekday(const Date& date) {
  const int64_t days = DaysFromCivil(date.year, date.month, date.day);
  // 1970-01-01 was a Thursday (4).
  return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1;
}

std::string IsoWeekValue(const Date& date) {
  // The ISO week belongs to the year of its Thursday.
  const int64_t days = DaysFromCivil(date.year, date.month, date.day);
  const Date thursday = CivilFromDays(days + 4 - IsoWeekday(date));
  const int64_t first_day = DaysFromCivil(thursday.year, 1, 1);
  const int week =
      static_cast<int>((DaysFromCivil(thursday.year, thursday.month, thursday.day) - first_day) /
                       7) +
      1;
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%04d-W%02d", thursday.year, week);
  return buf;
}

void TimeAnnotator::Annotate(const Article& article, const TextReading& reading,
                             Annotations& out) const {
  const std::string_view body = reading.body();
  const std::vector<Span>& sentences = reading.sentences();
  for (Found& f : Resolver(body, article.published, sentences).Run()) {
    TimeMention mention;
    mention.span = {f.begin, f.end};
    mention.text = std::string(body.substr(f.begin, f.end - f.begin));
    mention.type = f.type;
    mention.value = std::move(f.value);
    if (!sentences.empty()) mention.sentence = sentences[SentenceIndexAt(sentences, f.begin)];
    out.times.push_back(std::move(mention));
  }
  // Relative dates in other languages (data/lang/<code>/dates.txt).
  if (!ReadsEnglish(article.language)) {
    if (const LanguageDates* dates = LanguageDates::For(article.language)) {
      dates->Annotate(reading, article.published, out.times);
      std::stable_sort(
          out.times.begin(), out.times.end(),
          [](const TimeMention& a, const TimeMention& b) { return a.span.begin < b.span.begin; });
    }
  }
}

}  // namespace crosscheck
