// Quantity annotation, one sentence at a time: AmountReader (quantity_reader.h) reads each
// amount (number, scale, currency, unit); here it grows into a figure with a range end, a
// sign, an approximation cue and a change word before it and the counted noun phrase after
// it, or is dropped as a date, a stamp, a name, a code or a determiner.
#include "annotate/quantities.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <initializer_list>
#include <string>
#include <vector>

#include "annotate/quantity_concepts.h"
#include "annotate/quantity_languages.h"
#include "annotate/quantity_lexicon.h"
#include "annotate/quantity_reader.h"
#include "annotate/quantity_units.h"
#include "annotate/sentences.h"
#include "annotate/tokens.h"
#include "base/date.h"

namespace crosscheck {
namespace {

constexpr size_t kMaxCueWords = 3;         // "no more than"
constexpr double kFirstYear = 1000;        // bare 4-digit integers in [kFirstYear, kLastYear]
constexpr double kLastYear = 2200;         //   read as years where nothing says otherwise
constexpr double kFirstModernYear = 1800;  // from here on, a year-like word before is enough
constexpr double kMaxLabelNumber = 1000;   // "Game 7", "iPhone 11": small integers after names
constexpr size_t kMinPhoneDigits = 7;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool LooksPlural(std::string_view word) {
  // "fishermen", "gunmen", "servicemen"; not "specimen", "abdomen", "acumen", "stamen".
  constexpr size_t kMinMenPlural = 5;
  if (word.size() >= kMinMenPlural && word.ends_with("men") &&
      std::string_view("ioua").find(word[word.size() - 4]) == std::string_view::npos)
    return true;
  return word.size() > 2 && word.back() == 's' && !word.ends_with("ss") && !word.ends_with("us") &&
         !word.ends_with("is");
}

// Whether `head` (the last word of the counted phrase) is something a number counts. After a
// number other than one a plain count needs a plural noun ("3,000 troops", not "100 list");
// with a unit the phrase only has to be a noun ("$21m aid package", not "£80m spent").
bool IsCountedHead(std::string_view head, NounClass kind, double value, bool plain_count) {
  if (kind == NounClass::kVague) return false;
  if (head.size() > 4 && (head.ends_with("ed") || head.ends_with("ly")) && !head.ends_with("eed"))
    return false;
  if (!plain_count || value == 1 || kind != NounClass::kOther) return true;
  return LooksPlural(head);
}

bool IsDefiniteDeterminer(std::string_view word) {
  return IsOneOf(word, {"the", "these", "those", "its", "their", "his", "her", "our", "my", "your",
                        "all", "both", "other"});
}

// Words after which a bare 4-digit number is a year ("in 2019", "since 1985", "the 2018 team").
bool IsYearContext(std::string_view word) {
  return IsOneOf(word, {"in",     "since",   "by",   "of",   "from",  "until",   "till", "to",
                        "and",    "between", "the",  "its",  "their", "his",     "her",  "during",
                        "before", "after",   "for",  "at",   "on",    "early",   "late", "mid",
                        "year",   "fiscal",  "this", "that", "or",    "through", "circa"});
}

bool IsDurationUnit(std::string_view unit) {
  return unit == "year" || unit == "month" || unit == "week" || unit == "day" || unit == "hour" ||
         unit == "min" || unit == "s" || unit == "decade";
}

// Time spans sorted by begin with the running maximum of their ends: whether a byte range
// overlaps any time is one binary search, even if times overlap or come unsorted.
class TimeSpanIndex {
 public:
  TimeSpanIndex(const std::vector<TimeMention>& times, bool durations) {
    for (const TimeMention& t : times) {
      if ((t.type == TimeType::kDuration) == durations) spans_.push_back(t.span);
    }
    std::sort(spans_.begin(), spans_.end(),
              [](const Span& a, const Span& b) { return a.begin < b.begin; });
    uint32_t running = 0;
    max_end_.reserve(spans_.size());
    for (const Span& span : spans_) {
      running = std::max(running, span.end);
      max_end_.push_back(running);
    }
  }

  // Whether some time span [b, e) has b < end and begin < e.
  bool Overlaps(uint32_t begin, uint32_t end) const {
    const auto after = std::lower_bound(spans_.begin(), spans_.end(), end,
                                        [](const Span& s, uint32_t e) { return s.begin < e; });
    if (after == spans_.begin()) return false;
    return max_end_[static_cast<size_t>(after - spans_.begin()) - 1] > begin;
  }

 private:
  std::vector<Span> spans_;
  std::vector<uint32_t> max_end_;
};

struct TimeIndexes {
  TimeSpanIndex dates;      // dates, clock times, sets: never figures
  TimeSpanIndex durations;  // "three years": a figure when a count and a time unit say so
};

class SentenceScanner {
 public:
  SentenceScanner(std::string_view body, const Span& sentence, const std::vector<Token>& tokens,
                  const TimeIndexes& times, std::vector<QuantityMention>& out)
      : body_(body), sentence_(sentence), times_(times), out_(out), t_(body, sentence, tokens) {}

  void Scan() {
    for (size_t i = 0; i < t_.size(); ++i) {
      if (auto next = TryQuantityAt(i)) i = *next;
    }
  }

 private:
  std::optional<size_t> TryQuantityAt(size_t i) {
    if (const std::optional<size_t> fraction_last = t_.FractionEnd(i);
        fraction_last && !times_.dates.Overlaps(t_[i].begin, t_[*fraction_last].end))
      return AddFraction(i, *fraction_last);
    std::optional<Amount> amount = t_.ReadAmount(i);
    if (!amount) return std::nullopt;
    const NumberRead& number = amount->number;
    const uint32_t number_begin = t_[number.first].begin;
    const uint32_t number_end = t_[number.last].end;
    if (times_.dates.Overlaps(number_begin, number_end)) return std::nullopt;
    // A counted duration or an age ("three years", "a 50 year-old man") where the time
    // annotator read a duration.
    const bool duration_unit =
        IsDurationUnit(amount->unit) || amount->unit == "age" || amount->unit == "month of age";
    if (times_.durations.Overlaps(number_begin, number_end) &&
        (!duration_unit || IsElapsedStamp(amount->last)))
      return std::nullopt;
    if (duration_unit && IsElapsedStamp(amount->last)) return std::nullopt;
    if (auto phone_last = PhoneNumberEnd(i)) return *phone_last;
    if (IsNotAFigure(i, *amount)) return std::nullopt;

    QuantityMention q;
    q.value = number.value;
    q.upper = number.upper;
    if (q.upper) q.approximation = Approximation::kRange;
    q.unit = amount->unit;
    size_t first = amount->first;
    size_t last = amount->last;
    bool scaled = number.scaled;
    // "one in five adults", "nine out of 10 doctors": a share, read as its fraction.
    const std::optional<size_t> share_last = t_.ShareDenominatorEnd(*amount);
    if (share_last) {
      q.value = number.value / t_.ReadAmount(t_.ShareDenominatorAt(amount->last))->number.value;
      last = *share_last;
    }
    // Sign: "minus 387", "minus-130", "-5"; "sub-7" is below 7.
    bool below = false;
    if (!share_last && !amount->negative && first > 0) {
      if (t_.IsLower(first - 1, "minus")) {
        q.value = -q.value;
        --first;
      } else if (t_.Is(first - 1, "-") && t_.Touch(first - 1)) {
        if (first >= 2 && t_.Touch(first - 2) && t_.IsLower(first - 2, "minus")) {
          q.value = -q.value;
          first -= 2;
        } else if (first >= 2 && t_.Touch(first - 2) && t_.IsLower(first - 2, "sub")) {
          below = true;
          first -= 2;
        } else if (first >= 2 && !t_.Touch(first - 2) && t_.IsWord(first - 2) &&
                   t_[first - 2].all_caps) {
          return std::nullopt;  // "COVID -19": a name written apart
        } else if (first < 2 || !t_.Touch(first - 2)) {
          q.value = -q.value;
          --first;
        }
      }
    }
    // Range: "5-10", "5 to 10", "between 5 and 10", "from $370,000 to $5.5 million", "1% to 1.5%".
    const bool between = first > 0 && t_.IsLower(first - 1, "between");
    const bool from = first > 0 && t_.IsLower(first - 1, "from");
    const size_t connector = from && !q.unit.empty() ? FromRangeTo(last + 1) : last + 1;
    const bool either =
        t_.IsLower(connector, "or") && q.unit.empty() && !number.scaled;  // "three or four years"
    // "rose by $43.6 billion to $419.2 billion": a movement, then the level it reached.
    // "dropped by 1 to 1.5 degrees" is still a range: the first amount has no unit of its own.
    const bool moved = ChangeBefore(first, first) != QuantityChange::kNone &&
                       t_.IsLower(connector, "to") && !q.unit.empty();
    if (!q.upper && !moved && !share_last && connector + 1 < t_.size() &&
        (t_.Is(connector, "-") || t_.Is(connector, "\xE2\x80\x93") || t_.IsLower(connector, "to") ||
         (between && t_.IsLower(connector, "and")) || either)) {
      size_t end_number = connector + 1;  // "to $5.5 million": the end's digits after its currency
      while (end_number < connector + 3 && end_number < t_.size() &&
             !t_.IsNumberToken(end_number) && !t_.WordNumberAt(end_number))
        ++end_number;
      if (auto end = t_.ReadAmount(end_number);
          end && !end->number.upper && end->first == connector + 1 &&
          (end->unit.empty() || q.unit.empty() || end->unit == q.unit ||
           end->unit.starts_with(q.unit + " per ")) &&
          (end->number.is_word == number.is_word ||
           (!q.unit.empty() && end->unit.starts_with(q.unit)) ||
           IsNewsStyleRange(number, end->number)) &&
          (!either || end->number.value == q.value + 1 || !end->unit.empty())) {
        double low = q.value;
        double high = end->number.value;
        // "$89 to $93 billion", "5-7bn": the scale of the end applies to the start.
        if (end->number.scaled && !scaled && low > 0 && low < end->number.unscaled)
          low *= end->number.value / end->number.unscaled;
        const bool scores = t_.Is(connector, "-") && t_.Touch(last) && t_.Touch(connector) &&
                            q.unit.empty() && end->unit.empty() && high <= low;
        if (scores) return end->last;  // "89-89", "2-0": a score
        // "from 208 pounds to 193", "1.3 A/cm2 to 0.03 A/cm2": a fall between two levels is
        // a range too, its ends in order.
        const bool falls = high < low && (from || (!q.unit.empty() && end->unit == q.unit));
        if (falls) std::swap(low, high);
        if (high > low || ((between || from) && high != low)) {
          if (high > low) {
            q.value = low;
            q.upper = high;
            q.approximation = Approximation::kRange;
            if (q.unit.empty() || end->unit.size() > q.unit.size()) q.unit = end->unit;
            last = end->last;
            scaled = scaled || end->number.scaled;
          }
        }
      }
    }
    ReadPoundsAndPence(t_, amount->last, scaled || number.scaled, q);
    ReadMetresAndAges(t_, number, first, last, scaled, q);
    if (q.upper && q.unit.empty() && !number.is_word && IsAddressAt(last + 1))
      return last;  // "16-18 Mill Avenue"
    uint32_t begin = t_[first].begin;
    if (between && q.upper) begin = t_[first - 1].begin;
    // Approximation cue and change word before the amount.
    size_t cue_first = between && q.upper ? first - 1 : first;
    if (!q.upper || q.approximation != Approximation::kRange) {
      for (size_t len = kMaxCueWords; len >= 1; --len) {
        if (cue_first < len) continue;
        std::string phrase;
        for (size_t k = cue_first - len; k < cue_first; ++k) {
          if (!phrase.empty()) phrase += ' ';
          phrase += std::string(t_.Text(k));
        }
        if (auto cue = FindApproximationCue(phrase);
            cue && (len > 1 || t_.IsWord(cue_first - 1) || t_.Touch(cue_first - 1))) {
          q.approximation = *cue;
          cue_first -= len;
          begin = t_[cue_first].begin;
          break;
        }
      }
    }
    if (below) q.approximation = Approximation::kAtMost;
    q.change = ChangeBefore(cue_first, first);
    InheritFromConverted(cue_first, q);
    q.counts = CountedNounAfter(t_, last + 1);
    PreviousFigure previous;
    if (!out_.empty() && out_.back().sentence.begin == sentence_.begin)
      previous = {&out_.back().measured, out_.back().span};
    q.measured = MeasuredBefore(t_, cue_first, previous);
    if (!IsFigure(i, number, scaled, q) && !share_last) return std::nullopt;
    q.span = {begin, t_[last].end};
    q.text = std::string(body_.substr(q.span.begin, q.span.end - q.span.begin));
    q.sentence = sentence_;
    out_.push_back(std::move(q));
    return std::max(i, last);
  }

  // The figure of a fraction FractionEnd found, ending at token `last`.
  size_t AddFraction(size_t i, size_t last) {
    QuantityMention q;
    q.value =
        std::atof(std::string(t_.Text(i)).c_str()) / std::atof(std::string(t_.Text(last)).c_str());
    q.counts = CountedNounAfter(t_, last + 1);
    PreviousFigure previous;
    if (!out_.empty() && out_.back().sentence.begin == sentence_.begin)
      previous = {&out_.back().measured, out_.back().span};
    q.measured = MeasuredBefore(t_, i, previous);
    q.span = {t_[i].begin, t_[last].end};
    q.text = std::string(body_.substr(q.span.begin, q.span.end - q.span.begin));
    q.sentence = sentence_;
    out_.push_back(std::move(q));
    return last;
  }

  // "from $36,000 at noon to $34,000", "from 21 mpg combined to 23": a measure's range may
  // put a short adjunct between its start and "to" (no comma, no other figure's cue). The
  // token of "to", or `k` when there is none.
  size_t FromRangeTo(size_t k) const {
    constexpr size_t kMaxGapTokens = 5;
    for (size_t j = k; j < t_.size() && j < k + kMaxGapTokens; ++j) {
      if (t_.IsLower(j, "to")) return j;
      if (t_.Is(j, ",") || t_.Is(j, ";") || t_.Is(j, "(") || t_.IsLower(j, "and") ||
          t_.IsLower(j, "from") || t_.IsLower(j, "by"))
        return k;
    }
    return k;
  }

  // "rose 5%", "down 2 points", "fell by about 3%", "+0.2%". `cue_first` is the first token of
  // the approximation cue (or the amount), `first` the amount's.
  QuantityChange ChangeBefore(size_t cue_first, size_t first) const {
    if (first > 0 && t_.Is(first - 1, "+") && t_.Touch(first - 1)) return QuantityChange::kUp;
    size_t k = cue_first;
    if (k > 0 && t_.IsLower(k - 1, "by")) --k;
    if (k == 0) return QuantityChange::kNone;
    if (!t_.IsWord(k - 1)) return QuantityChange::kNone;
    return FindChangeWord(t_.Text(k - 1));
  }

  // A conversion in brackets right after a figure says the same amount in another unit
  // ("dropped by 1.5 degrees Celsius (2.7 Fahrenheit)", "just under 296 hp (224 kW / 300 PS)",
  // "more than 7.5 million crowns (US $1.1 million)"): it takes the figure's approximation and
  // change when it writes none of its own. Both need a unit, and different ones.
  void InheritFromConverted(size_t cue_first, QuantityMention& q) const {
    if (q.unit.empty() || cue_first < 2 || out_.empty()) return;
    if (!t_.Is(cue_first - 1, "(") && !t_.Is(cue_first - 1, "/")) return;
    const QuantityMention& converted = out_.back();
    if (converted.sentence.begin != sentence_.begin || converted.unit.empty() ||
        converted.unit == q.unit || converted.span.end != t_[cue_first - 2].end)
      return;
    // "(224 kW / 300 PS)": the slash only joins conversions inside brackets.
    if (t_.Is(cue_first - 1, "/") && converted.span.begin > 0 &&
        body_[converted.span.begin - 1] != '(')
      return;
    if (q.approximation == Approximation::kExact &&
        converted.approximation != Approximation::kRange)
      q.approximation = converted.approximation;
    if (q.change == QuantityChange::kNone) q.change = converted.change;
  }

  // "1 hour, 44 minutes ago", "3 days ago": a time stamp, not a figure.
  bool IsElapsedStamp(size_t last) const {
    for (size_t k = last + 1; k < t_.size() && k < last + 6; ++k) {
      if (t_.IsLower(k, "ago")) return true;
      const std::string* unit = t_.IsWord(k) ? FindUnit(t_.Text(k)) : nullptr;
      if (!(t_.Is(k, ",") || t_.IsLower(k, "and") || t_.IsNumberToken(k) || t_.WordNumberAt(k) ||
            (unit && IsDurationUnit(*unit))))
        return false;
    }
    return false;
  }

  // Numbers that name or date rather than measure: model and product numbers ("iPhone 11",
  // "AK 47", "Game 7", "category 4"), years, phone numbers, list positions, ages in
  // apposition ("Jane Roe, 65,").
  bool IsNotAFigure(size_t i, const Amount& amount) const {
    const NumberRead& n = amount.number;
    const bool bare = amount.unit.empty() && !n.scaled && !n.upper && !n.is_word;
    const std::string_view text = t_.Text(n.first);
    const bool plain_integer = bare && text.find_first_of(",.") == std::string_view::npos;
    // Parts of paths, URLs and codes: "24/7", "/104510626".
    if ((i > 0 && t_.Touch(i - 1) &&
         (t_.Is(i - 1, "/") || t_.Is(i - 1, ":") ||
          (t_.Is(i - 1, "-") && i >= 2 && t_.Touch(i - 2) && t_.IsWord(i - 2) &&
           !IsOneOf(t_.Text(i - 2), {"minus", "sub"})))) ||
        (t_.Touch(i) && (t_.Is(i + 1, "/") || t_.Is(i + 1, ":")) && amount.unit.empty()))
      return true;
    if (!n.is_word && i > 0) {
      const std::string_view previous = t_.Text(i - 1);
      if (previous == "#" || previous == "No" ||
          (previous == "." && i >= 2 && t_.Text(i - 2) == "No"))
        return true;
      // A label: "category 4", "Game 7", "top 10", "number one".
      if (t_.IsWord(i - 1) && IsNumberLabel(previous) && amount.first == i && bare) return true;
      // Inside a name: "Boeing 737", "iPhone 11", "AK 47", "FTSE 100", "S&P 500".
      const bool name_word =
          t_.IsWord(i - 1) &&
          (t_[i - 1].capitalized || t_[i - 1].all_caps || HasInnerCapital(previous)) &&
          !IsFunctionWord(previous) && MonthFromName(previous) == 0 &&
          !FindCurrencyPrefix(previous);
      if (name_word && amount.first == i && plain_integer && n.value < kMaxLabelNumber && i - 1 > 0)
        return true;
      if (name_word && amount.first == i && bare &&
          (!t_.IsLowerWord(i + 1) || t_.Text(i + 1).ends_with("ed")) && i - 1 > 0)
        return true;
      if (t_.Is(i - 1, "&") || (i >= 2 && t_.Is(i - 1, "P") && t_.Is(i - 2, "&"))) return true;
    }
    if (n.is_word) {
      if (i > 0 && t_.IsWord(i - 1) && IsOneOf(t_.Text(i - 1), {"top", "number"})) return true;
      // A number word opening a name: "Six Nations".
      if (t_[i].capitalized && t_.IsWord(i + 1) && t_[i + 1].capitalized && n.last == i)
        return true;
    }
    // The second half of a pair whose first half was no figure ("Dementieva 7-6", "Li Na 6-3":
    // a name's score); a pair read as a range or a score is skipped whole before this, and a
    // first half that ended another figure leaves this one be ("from 24.2 to 33-35 billion").
    if (i >= 2 && t_.Is(i - 1, "-") && t_.Touch(i - 1) && t_.Touch(i - 2) &&
        t_.IsNumberToken(i - 2) &&
        (out_.empty() || out_.back().sentence.begin != sentence_.begin ||
         out_.back().span.end != t_[i - 2].end))
      return true;
    if (plain_integer) {
      // A clock in wire style: "at 0900 GMT", "2200 BST", "0630".
      if (text.size() == 4 &&
          (text[0] == '0' || IsTimeZone(i + 1 < t_.size() ? t_.Text(i + 1) : "")))
        return true;
      // Years: "in 2019", "the 1990 law".
      const bool year_before = i > 0 && IsYearContext(t_.Text(i - 1));
      const bool no_noun_after = !t_.IsLowerWord(i + 1) || IsFunctionWord(t_.Text(i + 1));
      if (text.size() == 4 && n.value >= kFirstYear && n.value <= kLastYear &&
          (n.value >= kFirstModernYear ? (i == 0 || year_before || no_noun_after)
                                       : (year_before && no_noun_after)))
        return true;
      // An address: "575 Elm Road", "9 E 71st St".
      if (IsAddressAt(n.last + 1)) return true;
      // A code before a name: "the 90049 ZIP Code".
      if (text.size() >= 5 && t_.IsWord(i + 1) && (t_[i + 1].capitalized || t_[i + 1].all_caps))
        return true;
      // An age in apposition: "Jane Roe, 65, said".
      if (i >= 2 && t_.Is(i - 1, ",") && t_.IsWord(i - 2) && t_[i - 2].capitalized &&
          (i + 1 >= t_.size() || t_.Is(i + 1, ",")) && n.value < 120)
        return true;
    }
    return false;
  }

  static bool IsTimeZone(std::string_view word) {
    return IsOneOf(word, {"gmt", "utc", "bst", "cet", "cest", "est", "edt", "cst", "cdt", "mst",
                          "mdt", "pst", "pdt", "msk", "jst", "hkt", "sgt", "aest", "aedt"});
  }

  // Whether a street name starts at token k: up to four capitalized words or ordinals ending
  // with a street type, and no lower-case noun after it.
  bool IsAddressAt(size_t k) const {
    constexpr size_t kMaxStreetWords = 4;
    for (size_t end = k; end < k + kMaxStreetWords && end < t_.size(); ++end) {
      const bool name_word =
          (t_.IsWord(end) && (t_[end].capitalized || t_[end].all_caps)) || t_.IsNumberToken(end);
      if (!name_word) return false;
      if (end > k && t_.IsWord(end) && IsStreetType(t_.Text(end)))
        return !(t_.IsLowerWord(end + 1) &&
                 LooksPlural(t_.Text(end + 1)));  // "3 Downing Street aides" counts
    }
    return false;
  }

  // Phone numbers: "555-0134", "020 7946 0958", "+1 202 555 0134": groups of plain digits
  // joined by hyphens or spaces, at least kMinPhoneDigits in all. The last token, or nullopt.
  std::optional<size_t> PhoneNumberEnd(size_t i) const {
    auto plain_group = [&](size_t k) {
      return t_.IsNumberToken(k) && t_.Text(k).size() >= 2 &&
             t_.Text(k).find_first_not_of("0123456789") == std::string_view::npos;
    };
    const bool plus = i > 0 && t_.Is(i - 1, "+") && t_.Touch(i - 1);
    if (!plain_group(i) && !(plus && t_.IsNumberToken(i))) return std::nullopt;
    size_t digits = t_.Text(i).size();
    size_t groups = 1;
    size_t last = i;
    while (true) {
      if (t_.Is(last + 1, "-") && t_.Touch(last) && t_.Touch(last + 1) && plain_group(last + 2)) {
        last += 2;
      } else if (plain_group(last + 1) && !t_.Touch(last) && (t_.Text(i)[0] == '0' || plus)) {
        last += 1;
      } else {
        break;
      }
      digits += t_.Text(last).size();
      ++groups;
    }
    if (groups >= 2 && digits >= kMinPhoneDigits &&
        (t_.Text(i).size() >= 3 || t_.Text(i)[0] == '0' || plus))
      return last;
    return std::nullopt;
  }

  static bool HasInnerCapital(std::string_view word) {
    for (size_t k = 1; k < word.size(); ++k) {
      if (word[k] >= 'A' && word[k] <= 'Z') return true;
    }
    return false;
  }

  // Whether the quantity read at token i is a figure a reader would check; clears a counted
  // phrase that is not what the number counts ("three times", "100 list"). Number words need
  // a real counted noun, and "one"/"two", a word after "the"/"their", or a duration ("two
  // hours") only count with a unit, a scale or a fraction ("two million", "two thirds").
  bool IsFigure(size_t i, const NumberRead& number, bool scaled, QuantityMention& q) const {
    std::string head =
        q.counts.substr(q.counts.rfind(' ') == std::string::npos ? 0 : q.counts.rfind(' ') + 1);
    head = LowerAscii(head);
    const NounClass kind = q.counts.empty() ? NounClass::kOther : CountedNounClass(head);
    if (!q.counts.empty() && !IsCountedHead(head, kind, q.value, q.unit.empty() && !scaled))
      q.counts.clear();
    if (!number.is_word) return true;
    const bool strong = !q.unit.empty() || scaled || number.fraction || q.upper ||
                        (!q.counts.empty() && kind == NounClass::kFraction);
    if (strong) return true;
    // "two mosques" is a figure, "one market" is not.
    if (q.counts.empty() || q.value < 2 || kind == NounClass::kDuration) return false;
    return !(i > 0 && t_.IsWord(i - 1) && IsDefiniteDeterminer(t_.Text(i - 1)));
  }

  std::string_view body_;
  Span sentence_;
  const TimeIndexes& times_;
  std::vector<QuantityMention>& out_;
  AmountReader t_;  // the sentence's tokens, and what they say as amounts
};

// Languages whose numbers the reader knows how to write: English ("1,500.5"); "un" (not
// identified) is read as English, the default; Malay writes digits the English way
// ("RM1,500.50": comma for thousands, point for decimals), and short English business copy
// full of names is often identified as Malay. Elsewhere "1.500" is 1,500 and "1 500" one
// number, so a figure there would be misread: none is emitted (issue 11 adds languages).
bool ReadsNumbersOf(std::string_view language) {
  return ReadsEnglish(language) || language == "ms";
}

// In Malay only digits are read as English: a Malay scale word after the figure ("RM1.5
// bilion") would leave it misread, so such a figure is dropped.
bool FollowedByMalayScale(std::string_view body, const Span& span) {
  size_t k = span.end;
  while (k < body.size() && body[k] == ' ') ++k;
  size_t end = k;
  while (end < body.size() && std::isalpha(static_cast<unsigned char>(body[end]))) ++end;
  return IsOneOf(body.substr(k, end - k), {"ribu", "juta", "bilion", "trilion"});
}

}  // namespace

std::optional<double> ParseNumber(std::string_view text) {
  if (text.empty()) return std::nullopt;
  if (const NumberWord* word = FindNumberWord(text); word && word->kind == NumberWordKind::kNumber)
    return word->value;
  std::string digits;
  size_t pos = 0;
  for (; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (IsDigit(c)) {
      digits += c;
    } else if (c == '.') {
      digits += '.';
    } else if (c == ',') {
      continue;
    } else {
      break;
    }
  }
  if (digits.empty() || digits[0] == '.') return std::nullopt;
  double value = std::strtod(digits.c_str(), nullptr);
  const std::string suffix = LowerAscii(text.substr(pos));
  if (!suffix.empty()) {
    if (const NumberWord* scale = FindNumberWord(suffix);
        scale && scale->kind == NumberWordKind::kScale)
      value *= scale->value;
  }
  return value;
}

void QuantityAnnotator::Annotate(const Article& article, const TextReading& reading,
                                 Annotations& out) const {
  if (!ReadsNumbersOf(article.language)) {
    // Other languages as each writes its numbers (data/lang), or no figure at all.
    if (const LanguageNumbers* numbers = LanguageNumbers::For(article.language)) {
      const size_t first = out.quantities.size();
      numbers->Annotate(reading, out.times, out.quantities);
      std::stable_sort(out.quantities.begin() + static_cast<long>(first), out.quantities.end(),
                       [](const QuantityMention& a, const QuantityMention& b) {
                         return a.span.begin < b.span.begin;
                       });
    }
    return;
  }
  const size_t first_new = out.quantities.size();
  const TimeIndexes times{TimeSpanIndex(out.times, false), TimeSpanIndex(out.times, true)};
  for (size_t s = 0; s < reading.sentences().size(); ++s) {
    SentenceScanner(reading.body(), reading.sentences()[s], reading.SentenceTokens(s), times,
                    out.quantities)
        .Scan();
  }
  if (article.language == "ms") {
    out.quantities.erase(
        std::remove_if(
            out.quantities.begin() + static_cast<long>(first_new), out.quantities.end(),
            [&](const QuantityMention& q) { return FollowedByMalayScale(reading.body(), q.span); }),
        out.quantities.end());
  }
  std::stable_sort(out.quantities.begin() + static_cast<long>(first_new), out.quantities.end(),
                   [](const QuantityMention& a, const QuantityMention& b) {
                     return a.span.begin < b.span.begin;
                   });
}

}  // namespace crosscheck
