// Quantity annotation, one sentence at a time over word tokens: find a number (digits or
// number words), grow it with a scale ("million"), a currency or unit, a range end and an
// approximation cue before it, then read the counted noun phrase after it.
#include "annotate/quantities.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <initializer_list>
#include <string>
#include <vector>

#include "annotate/quantity_lexicon.h"
#include "annotate/sentences.h"
#include "annotate/tokens.h"
#include "base/date.h"

namespace crosscheck {
namespace {

constexpr size_t kMaxCountedWords = 3;
constexpr size_t kMaxModifierWords = 3;
constexpr size_t kMaxUnitTokens = 3;      // "miles per hour", "km / h"
constexpr size_t kMaxCueWords = 3;        // "no more than"
constexpr double kFirstYear = 1000;       // bare 4-digit integers in [kFirstYear, kLastYear]
constexpr double kLastYear = 2200;        //   read as years where nothing says otherwise
constexpr double kFirstModernYear = 1800;  // from here on, a year-like word before is enough
constexpr double kMaxLabelNumber = 1000;  // "Game 7", "iPhone 11": small integers after names
constexpr size_t kMinPhoneDigits = 7;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Length of the digits-and-separators head of a number token ("1,500.5" of "1,500.5bn").
size_t DigitsEnd(std::string_view number) {
  size_t end = 0;
  while (end < number.size() && (IsDigit(number[end]) || number[end] == ',' || number[end] == '.')) ++end;
  return end;
}

bool IsOrdinalSuffix(std::string_view suffix) {
  const std::string lower = LowerAscii(suffix);
  return lower == "st" || lower == "nd" || lower == "rd" || lower == "th";
}

// Suffixes that make digits something other than a figure: clock times ("5am"), decades and
// names ("1990s", "Model 3s").
bool IsNonFigureSuffix(std::string_view suffix) {
  const std::string lower = LowerAscii(suffix);
  return lower == "am" || lower == "pm" || lower == "s" || lower == "h" || lower == "gmt" || lower == "utc";
}

bool LooksPlural(std::string_view word) {
  return word.size() > 2 && word.back() == 's' && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is");
}

// Whether `head` (the last word of the counted phrase) is something a number counts. After a
// number other than one a plain count needs a plural noun ("3,000 troops", not "100 list");
// with a unit the phrase only has to be a noun ("$21m aid package", not "£80m spent").
bool IsCountedHead(std::string_view head, NounClass kind, double value, bool plain_count) {
  if (kind == NounClass::kVague) return false;
  if (head.size() > 4 && (head.ends_with("ed") || head.ends_with("ly")) && !head.ends_with("eed")) return false;
  if (!plain_count || value == 1 || kind != NounClass::kOther) return true;
  return LooksPlural(head);
}

bool IsOneOf(std::string_view word, std::initializer_list<std::string_view> words) {
  const std::string lower = LowerAscii(word);
  for (std::string_view w : words) {
    if (lower == w) return true;
  }
  return false;
}

bool IsDefiniteDeterminer(std::string_view word) {
  return IsOneOf(word, {"the", "these", "those", "its", "their", "his", "her", "our", "my", "your", "all", "both", "other"});
}

// Words after which a bare 4-digit number is a year ("in 2019", "since 1985", "the 2018 team").
bool IsYearContext(std::string_view word) {
  return IsOneOf(word, {"in", "since", "by", "of", "from", "until", "till", "to", "and", "between", "the", "its", "their",
                        "his", "her", "during", "before", "after", "for", "at", "on", "early", "late", "mid", "year", "fiscal",
                        "this", "that", "or", "through", "circa"});
}

bool IsDurationUnit(std::string_view unit) {
  return unit == "year" || unit == "month" || unit == "week" || unit == "day" || unit == "hour" || unit == "min" ||
         unit == "s" || unit == "decade";
}

// Time spans sorted by begin with the running maximum of their ends: whether a byte range
// overlaps any time is one binary search, even if times overlap or come unsorted.
class TimeSpanIndex {
 public:
  TimeSpanIndex(const std::vector<TimeMention>& times, bool durations) {
    for (const TimeMention& t : times) {
      if ((t.type == TimeType::kDuration) == durations) spans_.push_back(t.span);
    }
    std::sort(spans_.begin(), spans_.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
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

// One number as written, with its scale words: "1,500", "two dozen", "4 hundred million",
// "tens of thousands" (a range), "two-thirds", ".001".
struct NumberRead {
  double value = 0;
  double unscaled = 0;          // as written, before its scale words ("93" of "93 billion")
  std::optional<double> upper;  // orders of magnitude: "thousands" = 1,000-10,000
  size_t first = 0;             // first and last token
  size_t last = 0;
  bool is_word = false;   // written in words
  bool scaled = false;    // a scale multiplied it ("two million", "7bn")
  bool fraction = false;  // "a third", "half"
  std::string suffix;     // letters written against the digits, not a scale ("kW" of "10kW")
};

// A number with its currency before it and its unit after it: "US $58.24", "10kW", "5 per cent".
struct Amount {
  NumberRead number;
  std::string unit;
  size_t first = 0;  // first and last token, currency and unit included
  size_t last = 0;
  bool negative = false;  // the sign read already ("$-50.8bn")
};

class SentenceScanner {
 public:
  SentenceScanner(std::string_view body, const Span& sentence, const TimeIndexes& times,
                  std::vector<QuantityMention>& out)
      : body_(body), sentence_(sentence), times_(times), out_(out),
        tokens_(Tokenize(body.substr(sentence.begin, sentence.size()), sentence.begin)) {
    SplitPrefixedNumbers();
  }

  void Scan() {
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (auto next = TryQuantityAt(i)) i = *next;
    }
  }

 private:
  std::string_view Text(size_t i) const { return body_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin); }
  bool IsWord(size_t i) const { return i < tokens_.size() && tokens_[i].kind == TokenKind::kWord; }
  bool IsLowerWord(size_t i) const { return IsWord(i) && !tokens_[i].capitalized && !tokens_[i].all_caps; }
  bool IsNumberToken(size_t i) const { return i < tokens_.size() && tokens_[i].kind == TokenKind::kNumber; }
  // Whether tokens a and a+1 touch (no space between).
  bool Touch(size_t a) const { return a + 1 < tokens_.size() && tokens_[a].end == tokens_[a + 1].begin; }
  bool Is(size_t i, std::string_view text) const { return i < tokens_.size() && Text(i) == text; }
  bool IsLower(size_t i, std::string_view lower_text) const { return i < tokens_.size() && LowerAscii(Text(i)) == lower_text; }

  // Letters written against digits become two tokens: "RM23.50" -> "RM" "23.50", "PS2.7m" ->
  // "PS" "2.7m", "minus-130" -> "minus" "-" "130" (the tokenizer reads them as one word and
  // cuts the number at its decimal point).
  void SplitPrefixedNumbers() {
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (tokens_[i].kind != TokenKind::kWord) continue;
      const std::string_view text = Text(i);
      size_t letters = 0;
      while (letters < text.size() && ((text[letters] >= 'A' && text[letters] <= 'Z') || (text[letters] >= 'a' && text[letters] <= 'z')))
        ++letters;
      size_t digit = letters;
      const bool hyphen = digit < text.size() && text[digit] == '-';
      if (hyphen) ++digit;
      if (letters == 0 || digit >= text.size() || !IsDigit(text[digit])) continue;
      const std::string_view prefix = text.substr(0, letters);
      const CurrencyPrefix* currency_prefix = hyphen ? nullptr : FindCurrencyPrefix(prefix);
      // "$US55" but not "A2 Milk": letters that need a symbol split only right after one.
      const bool currency = currency_prefix && (!currency_prefix->needs_symbol ||
                                                (i > 0 && tokens_[i - 1].end == tokens_[i].begin && tokens_[i - 1].kind == TokenKind::kPunct &&
                                                 FindUnit(Text(i - 1))));
      const bool sign_word = hyphen && IsOneOf(prefix, {"minus", "sub"});
      if (!currency && !sign_word) continue;
      // Rescan the number from its first digit over the body, as the tokenizer reads numbers.
      const uint32_t number_begin = tokens_[i].begin + static_cast<uint32_t>(digit);
      uint32_t number_end = number_begin;
      const uint32_t limit = sentence_.end;
      while (number_end < limit) {
        const char c = body_[number_end];
        if (IsDigit(c) || ((c == ',' || c == '.') && number_end + 1 < limit && IsDigit(body_[number_end + 1]))) {
          ++number_end;
        } else {
          break;
        }
      }
      uint32_t suffix_end = number_end;
      while (suffix_end < limit && std::isalpha(static_cast<unsigned char>(body_[suffix_end])) && suffix_end - number_end < 3) ++suffix_end;
      if (suffix_end == limit || !std::isalpha(static_cast<unsigned char>(body_[suffix_end]))) number_end = suffix_end;
      Token prefix_token = tokens_[i];
      prefix_token.end = tokens_[i].begin + static_cast<uint32_t>(letters);
      Token number_token;
      number_token.kind = TokenKind::kNumber;
      number_token.begin = number_begin;
      number_token.end = number_end;
      std::vector<Token> replacement = {prefix_token};
      if (hyphen) replacement.push_back(Token{prefix_token.end, number_begin, TokenKind::kPunct, false, false});
      replacement.push_back(number_token);
      size_t covered = i + 1;
      while (covered < tokens_.size() && tokens_[covered].end <= number_end) ++covered;
      tokens_.erase(tokens_.begin() + static_cast<long>(i), tokens_.begin() + static_cast<long>(covered));
      tokens_.insert(tokens_.begin() + static_cast<long>(i), replacement.begin(), replacement.end());
      i += replacement.size() - 1;
    }
  }

  // A number word's value at token i ("seven", "twenty-five"), or nullopt.
  std::optional<double> WordNumberAt(size_t i) const {
    if (!IsWord(i)) return std::nullopt;
    const std::string_view text = Text(i);
    const NumberWord* word = FindNumberWord(text);
    if (word && word->kind == NumberWordKind::kNumber && text.size() > 1) return word->value;
    const size_t hyphen = text.find('-');
    if (hyphen != std::string_view::npos) {  // "twenty-five"
      const NumberWord* tens = FindNumberWord(text.substr(0, hyphen));
      const NumberWord* ones = FindNumberWord(text.substr(hyphen + 1));
      if (tens && ones && tens->kind == NumberWordKind::kNumber && ones->kind == NumberWordKind::kNumber &&
          tens->value >= 20 && ones->value < 10)
        return tens->value + ones->value;
    }
    return std::nullopt;
  }

  // The number starting at token i, or nullopt.
  std::optional<NumberRead> ReadNumber(size_t i) const {
    if (i >= tokens_.size()) return std::nullopt;
    NumberRead n;
    n.first = n.last = i;
    if (IsNumberToken(i)) {
      const std::string_view text = Text(i);
      const size_t digits_end = DigitsEnd(text);
      const std::string_view suffix = text.substr(digits_end);
      if (IsOrdinalSuffix(suffix) || IsNonFigureSuffix(suffix)) return std::nullopt;
      std::string digits;
      for (char c : text.substr(0, digits_end)) {
        if (c != ',') digits += c;
      }
      // ".001": a decimal point before the digits, after a space.
      if (i > 0 && Is(i - 1, ".") && Touch(i - 1) && (i < 2 || !Touch(i - 2)) && text.find(',') == std::string_view::npos) {
        digits = "0." + digits;
        n.first = i - 1;
      }
      n.value = std::strtod(digits.c_str(), nullptr);
      n.unscaled = n.value;
      if (!suffix.empty()) {
        const NumberWord* scale = FindNumberWord(suffix);
        if (scale && scale->kind == NumberWordKind::kScale && !(Touch(i) && FindUnit(std::string(suffix) + std::string(Text(i + 1))))) {
          n.value *= scale->value;
          n.scaled = true;
        } else {
          n.suffix = std::string(suffix);
        }
      }
    } else if (auto word = WordNumberAt(i)) {
      n.value = *word;
      n.is_word = true;
      // "two-thirds", "one-third"
    } else if (IsWord(i)) {
      const std::string_view text = Text(i);
      const size_t hyphen = text.find('-');
      const NumberWord* whole = FindNumberWord(text);
      if (hyphen != std::string_view::npos) {
        const NumberWord* count = FindNumberWord(text.substr(0, hyphen));
        const NumberWord* part = FindNumberWord(text.substr(hyphen + 1));
        if (count && part && count->kind == NumberWordKind::kNumber && part->kind == NumberWordKind::kFraction) {
          n.value = count->value * part->value;
          n.is_word = n.fraction = true;
          return n;
        }
        // "five-year", "ten-mile": the unit written against the number word.
        // Before a noun it is an adjective ("a five-year award"): not a figure.
        if (count && count->kind == NumberWordKind::kNumber && FindUnit(text.substr(hyphen + 1)) && !IsWord(i + 1) &&
            !IsNumberToken(i + 1) && !(i + 1 < tokens_.size() && FindUnit(Text(i + 1)))) {
          n.value = n.unscaled = count->value;
          n.is_word = true;
          n.suffix = std::string(text.substr(hyphen + 1));
          return n;
        }
        return std::nullopt;
      }
      if (!whole) return std::nullopt;
      if (whole->kind == NumberWordKind::kScales) return ReadOrderOfMagnitude(i);
      if (whole->kind == NumberWordKind::kFraction) {
        // "half of", "a third", "one in five" is not here.
        const bool after_article = i > 0 && IsOneOf(Text(i - 1), {"a", "an", "one"});
        const bool before_of = IsOneOf(i + 1 < tokens_.size() ? Text(i + 1) : "", {"of", "the", "a", "an"});
        if (!after_article && !before_of) return std::nullopt;
        if (i > 0 && IsOneOf(Text(i - 1), {"first", "second", "the", "this", "last", "next", "other", "final", "middle", "bottom", "top", "upper", "lower", "latter", "former", "back", "front"})) return std::nullopt;
        if (!after_article && IsLowerWord(i) == false && !tokens_[i].capitalized) return std::nullopt;
        n.value = whole->value;
        n.is_word = n.fraction = true;
        if (after_article) n.first = i - 1;
        return n;
      }
      // "a dozen", "a million"
      if (whole->kind == NumberWordKind::kScale && Text(i).size() > 2 && i > 0 && IsOneOf(Text(i - 1), {"a", "an"})) {
        n.value = 1;
        n.first = i - 1;
        n.last = i - 1;
        n.is_word = true;
      } else {
        return std::nullopt;
      }
    } else {
      return std::nullopt;
    }
    // Scale words after the number: "3 million", "two dozen", "4 hundred million".
    if (!n.scaled) n.unscaled = n.value;
    size_t next = n.last + 1;
    while (IsWord(next) && Text(next).size() > 2) {
      const std::string_view word = Text(next);
      const size_t hyphen = word.find('-');
      if (hyphen != std::string_view::npos && n.suffix.empty()) {  // "1.8 billion-mile"
        const NumberWord* scale = FindNumberWord(word.substr(0, hyphen));
        if (scale && scale->kind == NumberWordKind::kScale && FindUnit(word.substr(hyphen + 1))) {
          n.value *= scale->value;
          n.scaled = true;
          n.suffix = std::string(word.substr(hyphen + 1));
          n.last = next;
        }
        break;
      }
      const NumberWord* scale = FindNumberWord(word);
      if (!scale || scale->kind != NumberWordKind::kScale) break;
      n.value *= scale->value;
      n.scaled = true;
      n.last = next++;
    }
    // "two thirds", "one third"
    if (n.is_word && !n.scaled && IsWord(next)) {
      const NumberWord* part = FindNumberWord(Text(next));
      if (part && part->kind == NumberWordKind::kFraction && n.value <= 10) {
        n.value *= part->value;
        n.fraction = true;
        n.last = next;
      }
    }
    return n;
  }

  // "tens of thousands", "hundreds of", "dozens of": [a x b, 10 x a x b]. Needs "of" after.
  std::optional<NumberRead> ReadOrderOfMagnitude(size_t i) const {
    NumberRead n;
    n.first = n.last = i;
    n.value = 1;
    n.is_word = n.scaled = true;
    size_t k = i;
    while (IsWord(k)) {
      const NumberWord* scales = FindNumberWord(Text(k));
      if (!scales || scales->kind != NumberWordKind::kScales) break;
      n.value *= scales->value;
      n.last = k;
      if (!IsLower(k + 1, "of")) break;
      k += 2;
    }
    if (!IsLower(n.last + 1, "of")) return std::nullopt;
    n.upper = n.value * 10;
    return n;
  }

  // Currency written before token `first` (a symbol, letters, or both): "$", "US $", "HK$",
  // "$US", "RM", "PS" against the digits. Returns the first token of it.
  size_t CurrencyBefore(size_t first, std::string& unit) const {
    if (first == 0) return first;
    size_t k = first - 1;
    const Token& before = tokens_[k];
    // "$US55": symbol, letters, digits.
    if (before.kind == TokenKind::kWord && Touch(k)) {
      const CurrencyPrefix* prefix = FindCurrencyPrefix(Text(k));
      if (prefix && prefix->needs_symbol && k > 0 && Touch(k - 1) && FindUnit(Text(k - 1)) && tokens_[k - 1].kind == TokenKind::kPunct) {
        unit = prefix->currency;
        return k - 1;
      }
    }
    // "Y=28,030"
    if (Is(k, "=") && Touch(k) && k > 0 && Touch(k - 1)) {
      if (const CurrencyPrefix* prefix = FindCurrencyPrefix(std::string(Text(k - 1)) + "=")) {
        unit = prefix->currency;
        return k - 1;
      }
    }
    if (before.kind == TokenKind::kPunct) {
      const std::string* symbol = FindUnit(Text(k));
      if (!symbol || *symbol == "%") return first;
      unit = *symbol;
      // "US $5", "HK$5", "A$5"
      if (k > 0 && IsWord(k - 1) && tokens_[k - 1].end + 1 >= tokens_[k].begin) {
        const CurrencyPrefix* prefix = FindCurrencyPrefix(Text(k - 1));
        if (prefix && prefix->needs_symbol) {
          unit = prefix->currency;
          return k - 1;
        }
      }
      return k;
    }
    if (before.kind == TokenKind::kWord) {
      const CurrencyPrefix* prefix = FindCurrencyPrefix(Text(k));
      if (prefix && !prefix->needs_symbol && (!prefix->attached_only || Touch(k))) {
        unit = prefix->currency;
        return k;
      }
    }
    return first;
  }

  // Unit after the number ending at token `last` (its letter suffix `suffix` first): the
  // longest lexicon entry over the next tokens, then "per X" / "a month". Returns the last
  // token of the unit.
  size_t UnitAfter(size_t last, const std::string& suffix, std::string& unit) const {
    size_t end = last;
    // Written against the digits: "10kW", "80km/h", "32m2".
    std::string written = suffix;
    size_t longest = last;
    if (!suffix.empty()) {
      if (const std::string* found = FindUnit(written)) unit = *found;
      for (size_t k = last; k < last + kMaxUnitTokens && Touch(k); ++k) {
        written += std::string(Text(k + 1));
        if (const std::string* found = FindUnit(written)) {
          unit = *found;
          longest = k + 1;
        }
      }
      end = longest;
      if (unit.empty()) return last;
    } else {
      // "5 per cent", "15 miles per hour", "84 yard", "5-year" ("-" then a unit word).
      size_t k = last + 1;
      if (Is(k, "-") && Touch(last) && Touch(k) && IsWord(k + 1)) ++k;
      std::string phrase;
      for (size_t j = k; j < k + kMaxUnitTokens && j < tokens_.size(); ++j) {
        if (j > k) phrase += tokens_[j - 1].end == tokens_[j].begin ? "" : " ";
        phrase += std::string(Text(j));
        // A symbol after the number only against it ("5%", "1,200€", "25.5″").
        if (tokens_[j].kind == TokenKind::kPunct && phrase.size() == Text(j).size() && !Is(j, "%") && !Is(j, "°") &&
            !(j == last + 1 && Touch(last)))
          break;
        if (const std::string* found = FindUnit(phrase)) {
          unit = *found;
          end = j;
        }
      }
      // "43.4 percent-owned": the unit opens a hyphenated word.
      if (unit.empty() && IsWord(k) && Text(k).find('-') != std::string_view::npos) {
        if (const std::string* found = FindUnit(Text(k).substr(0, Text(k).find('-')))) {
          unit = *found;
          end = k;
        }
      }
      if (unit.empty()) return last;
    }
    return end;
  }

  // "per barrel", "a month", "/kg" after a unit or a priced amount ending at token `end`.
  size_t PerUnitAfter(size_t end, std::string& unit) const {
    const size_t k = end + 1;
    if (k + 1 < tokens_.size() && (IsLower(k, "per") || Is(k, "/") || ((IsLower(k, "a") || IsLower(k, "an")) && FindUnit(Text(k + 1)))) &&
        IsLowerWord(k + 1) && !IsFunctionWord(Text(k + 1))) {
      const std::string* per = FindUnit(Text(k + 1));
      end = k + 1;
      if (k + 2 < tokens_.size()) {  // "per sq m", "per square foot"
        if (const std::string* two = FindUnit(std::string(Text(k + 1)) + " " + std::string(Text(k + 2)))) {
          per = two;
          end = k + 2;
        }
      }
      unit += " per " + (per ? *per : std::string(Text(k + 1)));
    }
    return end;
  }

  // The amount starting at token i: currency, number, unit.
  std::optional<Amount> ReadAmount(size_t i) const {
    auto number = ReadNumber(i);
    if (!number) return std::nullopt;
    Amount a;
    a.number = *number;
    a.first = CurrencyBefore(number->first, a.unit);
    std::string after;
    a.last = UnitAfter(number->last, number->suffix, after);
    if (a.unit.empty()) a.unit = after;
    if (!a.unit.empty()) a.last = PerUnitAfter(a.last, a.unit);
    // "$-50.8bn": the sign between the currency and the digits.
    if (a.first == number->first && number->first >= 2 && Is(number->first - 1, "-") && Touch(number->first - 1) &&
        Touch(number->first - 2) && tokens_[number->first - 2].kind == TokenKind::kPunct) {
      std::string currency;
      const size_t currency_first = CurrencyBefore(number->first - 1, currency);
      if (!currency.empty()) {
        a.unit = currency;
        a.first = currency_first;
        a.number.value = -a.number.value;
        a.negative = true;
      }
    }
    return a;
  }

  std::optional<size_t> TryQuantityAt(size_t i) {
    std::optional<Amount> amount = ReadAmount(i);
    if (!amount) return std::nullopt;
    const NumberRead& number = amount->number;
    const uint32_t number_begin = tokens_[number.first].begin;
    const uint32_t number_end = tokens_[number.last].end;
    if (times_.dates.Overlaps(number_begin, number_end)) return std::nullopt;
    // A counted duration or an age ("three years", "a 50 year-old man") where the time
    // annotator read a duration.
    const bool duration_unit = IsDurationUnit(amount->unit) || amount->unit == "age" || amount->unit == "month of age";
    if (times_.durations.Overlaps(number_begin, number_end) && (!duration_unit || IsElapsedStamp(amount->last))) return std::nullopt;
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
    // Sign: "minus 387", "minus-130", "-5"; "sub-7" is below 7.
    bool below = false;
    if (!amount->negative && first > 0) {
      if (IsLower(first - 1, "minus")) {
        q.value = -q.value;
        --first;
      } else if (Is(first - 1, "-") && Touch(first - 1)) {
        if (first >= 2 && Touch(first - 2) && IsLower(first - 2, "minus")) {
          q.value = -q.value;
          first -= 2;
        } else if (first >= 2 && Touch(first - 2) && IsLower(first - 2, "sub")) {
          below = true;
          first -= 2;
        } else if (first >= 2 && !Touch(first - 2) && IsWord(first - 2) && tokens_[first - 2].all_caps) {
          return std::nullopt;  // "COVID -19": a name written apart
        } else if (first < 2 || !Touch(first - 2)) {
          q.value = -q.value;
          --first;
        }
      }
    }
    // Range: "5-10", "5 to 10", "between 5 and 10", "from $370,000 to $5.5 million", "1% to 1.5%".
    const bool between = first > 0 && IsLower(first - 1, "between");
    const bool from = first > 0 && IsLower(first - 1, "from");
    const size_t connector = last + 1;
    const bool either = IsLower(connector, "or") && q.unit.empty() && !number.scaled;  // "three or four years"
    // "rose by $43.6 billion to $419.2 billion": a movement, then the level it reached.
    // "dropped by 1 to 1.5 degrees" is still a range: the first amount has no unit of its own.
    const bool moved = ChangeBefore(first, first) != QuantityChange::kNone && IsLower(connector, "to") && !q.unit.empty();
    if (!q.upper && !moved && connector + 1 < tokens_.size() &&
        (Is(connector, "-") || Is(connector, "\xE2\x80\x93") || IsLower(connector, "to") || (between && IsLower(connector, "and")) || either)) {
      size_t end_number = connector + 1;  // "to $5.5 million": the end's digits after its currency
      while (end_number < connector + 3 && end_number < tokens_.size() && !IsNumberToken(end_number) && !WordNumberAt(end_number)) ++end_number;
      if (auto end = ReadAmount(end_number); end && !end->number.upper && end->first == connector + 1 &&
                                              (end->unit.empty() || q.unit.empty() || end->unit == q.unit ||
                                               end->unit.starts_with(q.unit + " per ")) &&
                                              (end->number.is_word == number.is_word || (!q.unit.empty() && end->unit.starts_with(q.unit))) &&
                                              (!either || end->number.value == q.value + 1 || !end->unit.empty())) {
        double low = q.value;
        double high = end->number.value;
        // "$89 to $93 billion", "5-7bn": the scale of the end applies to the start.
        if (end->number.scaled && !scaled && low < end->number.unscaled) low *= end->number.value / end->number.unscaled;
        const bool scores = Is(connector, "-") && Touch(last) && Touch(connector) && q.unit.empty() && end->unit.empty() && high <= low;
        if (scores) return end->last;  // "89-89", "2-0": a score
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
    uint32_t begin = tokens_[first].begin;
    if (between && q.upper) begin = tokens_[first - 1].begin;
    // Approximation cue and change word before the amount.
    size_t cue_first = between && q.upper ? first - 1 : first;
    if (!q.upper || q.approximation != Approximation::kRange) {
      for (size_t len = kMaxCueWords; len >= 1; --len) {
        if (cue_first < len) continue;
        std::string phrase;
        for (size_t k = cue_first - len; k < cue_first; ++k) {
          if (!phrase.empty()) phrase += ' ';
          phrase += std::string(Text(k));
        }
        if (auto cue = FindApproximationCue(phrase); cue && (len > 1 || IsWord(cue_first - 1) || Touch(cue_first - 1))) {
          q.approximation = *cue;
          cue_first -= len;
          begin = tokens_[cue_first].begin;
          break;
        }
      }
    }
    if (below) q.approximation = Approximation::kAtMost;
    q.change = ChangeBefore(cue_first, first);
    q.counts = CountedNounAfter(last + 1);
    if (!IsFigure(i, number, scaled, q)) return std::nullopt;
    q.span = {begin, tokens_[last].end};
    q.text = std::string(body_.substr(q.span.begin, q.span.end - q.span.begin));
    q.sentence = sentence_;
    out_.push_back(std::move(q));
    return std::max(i, last);
  }

  // "rose 5%", "down 2 points", "fell by about 3%", "+0.2%". `cue_first` is the first token of
  // the approximation cue (or the amount), `first` the amount's.
  QuantityChange ChangeBefore(size_t cue_first, size_t first) const {
    if (first > 0 && Is(first - 1, "+") && Touch(first - 1)) return QuantityChange::kUp;
    size_t k = cue_first;
    if (k > 0 && IsLower(k - 1, "by")) --k;
    if (k == 0) return QuantityChange::kNone;
    if (!IsWord(k - 1)) return QuantityChange::kNone;
    return FindChangeWord(Text(k - 1));
  }

  // "1 hour, 44 minutes ago", "3 days ago": a time stamp, not a figure.
  bool IsElapsedStamp(size_t last) const {
    for (size_t k = last + 1; k < tokens_.size() && k < last + 6; ++k) {
      if (IsLower(k, "ago")) return true;
      const std::string* unit = IsWord(k) ? FindUnit(Text(k)) : nullptr;
      if (!(Is(k, ",") || IsLower(k, "and") || IsNumberToken(k) || WordNumberAt(k) || (unit && IsDurationUnit(*unit)))) return false;
    }
    return false;
  }

  // Numbers that name or date rather than measure: model and product numbers ("iPhone 11",
  // "AK 47", "Game 7", "category 4"), years, phone numbers, list positions, ages in
  // apposition ("Jane Roe, 65,").
  bool IsNotAFigure(size_t i, const Amount& amount) const {
    const NumberRead& n = amount.number;
    const bool bare = amount.unit.empty() && !n.scaled && !n.upper && !n.is_word;
    const std::string_view text = Text(n.first);
    const bool plain_integer = bare && text.find_first_of(",.") == std::string_view::npos;
    // Parts of paths, URLs and codes: "24/7", "/104510626".
    if ((i > 0 && Touch(i - 1) &&
         (Is(i - 1, "/") || Is(i - 1, ":") ||
          (Is(i - 1, "-") && i >= 2 && Touch(i - 2) && IsWord(i - 2) && !IsOneOf(Text(i - 2), {"minus", "sub"})))) ||
        (Touch(i) && (Is(i + 1, "/") || Is(i + 1, ":")) && amount.unit.empty()))
      return true;
    if (!n.is_word && i > 0) {
      const std::string_view previous = Text(i - 1);
      if (previous == "#" || previous == "No" || (previous == "." && i >= 2 && Text(i - 2) == "No")) return true;
      // A label: "category 4", "Game 7", "top 10", "number one".
      if (IsWord(i - 1) && IsNumberLabel(previous) && amount.first == i && bare) return true;
      // Inside a name: "Boeing 737", "iPhone 11", "AK 47", "FTSE 100", "S&P 500".
      const bool name_word = IsWord(i - 1) && (tokens_[i - 1].capitalized || tokens_[i - 1].all_caps || HasInnerCapital(previous)) &&
                             !IsFunctionWord(previous) && MonthFromName(previous) == 0 && !FindCurrencyPrefix(previous);
      if (name_word && amount.first == i && plain_integer && n.value < kMaxLabelNumber && i - 1 > 0) return true;
      if (name_word && amount.first == i && bare && (!IsLowerWord(i + 1) || Text(i + 1).ends_with("ed")) && i - 1 > 0) return true;
      if (Is(i - 1, "&") || (i >= 2 && Is(i - 1, "P") && Is(i - 2, "&"))) return true;
    }
    if (n.is_word) {
      if (i > 0 && IsWord(i - 1) && IsOneOf(Text(i - 1), {"top", "number"})) return true;
      // A number word opening a name: "Six Nations".
      if (tokens_[i].capitalized && IsWord(i + 1) && tokens_[i + 1].capitalized && n.last == i) return true;
    }
    if (plain_integer) {
      // Years: "in 2019", "the 1990 law".
      const bool year_before = i > 0 && IsYearContext(Text(i - 1));
      const bool no_noun_after = !IsLowerWord(i + 1) || IsFunctionWord(Text(i + 1));
      if (text.size() == 4 && n.value >= kFirstYear && n.value <= kLastYear &&
          (n.value >= kFirstModernYear ? (i == 0 || year_before || no_noun_after) : (year_before && no_noun_after)))
        return true;
      // A code before a name: "the 90049 ZIP Code".
      if (text.size() >= 5 && IsWord(i + 1) && (tokens_[i + 1].capitalized || tokens_[i + 1].all_caps)) return true;
      // An age in apposition: "Jane Roe, 65, said".
      if (i >= 2 && Is(i - 1, ",") && IsWord(i - 2) && tokens_[i - 2].capitalized && (i + 1 >= tokens_.size() || Is(i + 1, ",")) &&
          n.value < 120)
        return true;
    }
    return false;
  }

  // Phone numbers: "555-0134", "020 7946 0958", "+1 202 555 0134": groups of plain digits
  // joined by hyphens or spaces, at least kMinPhoneDigits in all. The last token, or nullopt.
  std::optional<size_t> PhoneNumberEnd(size_t i) const {
    auto plain_group = [&](size_t k) {
      return IsNumberToken(k) && Text(k).size() >= 2 && Text(k).find_first_not_of("0123456789") == std::string_view::npos;
    };
    const bool plus = i > 0 && Is(i - 1, "+") && Touch(i - 1);
    if (!plain_group(i) && !(plus && IsNumberToken(i))) return std::nullopt;
    size_t digits = Text(i).size();
    size_t groups = 1;
    size_t last = i;
    while (true) {
      if (Is(last + 1, "-") && Touch(last) && Touch(last + 1) && plain_group(last + 2)) {
        last += 2;
      } else if (plain_group(last + 1) && !Touch(last) && (Text(i)[0] == '0' || plus)) {
        last += 1;
      } else {
        break;
      }
      digits += Text(last).size();
      ++groups;
    }
    if (groups >= 2 && digits >= kMinPhoneDigits && (Text(i).size() >= 3 || Text(i)[0] == '0' || plus)) return last;
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
    std::string head = q.counts.substr(q.counts.rfind(' ') == std::string::npos ? 0 : q.counts.rfind(' ') + 1);
    head = LowerAscii(head);
    const NounClass kind = q.counts.empty() ? NounClass::kOther : CountedNounClass(head);
    if (!q.counts.empty() && !IsCountedHead(head, kind, q.value, q.unit.empty() && !scaled)) q.counts.clear();
    if (!number.is_word) return true;
    const bool strong = !q.unit.empty() || scaled || number.fraction || q.upper ||
                        (!q.counts.empty() && kind == NounClass::kFraction);
    if (strong) return true;
    // "two mosques" is a figure, "one market" is not.
    if (q.counts.empty() || q.value < 2 || kind == NounClass::kDuration) return false;
    return !(i > 0 && IsWord(i - 1) && IsDefiniteDeterminer(Text(i - 1)));
  }

  // The counted noun phrase starting at token `k`.
  std::string CountedNounAfter(size_t k) const {
    if (IsLower(k, "of") && !IsFunctionWord(k + 1 < tokens_.size() ? Text(k + 1) : "the")) ++k;  // "thousands of students"
    // Capitalized modifiers ("North Korean troops") are skipped when a lower-case noun follows.
    size_t modifiers = 0;
    while (modifiers < kMaxModifierWords && IsWord(k + modifiers) && tokens_[k + modifiers].capitalized &&
           !IsFunctionWord(Text(k + modifiers)))
      ++modifiers;
    if (modifiers > 0 && IsLowerWord(k + modifiers)) k += modifiers;
    std::string phrase;
    size_t words = 0;
    while (words < kMaxCountedWords && IsLowerWord(k)) {
      const std::string_view word = Text(k);
      if (IsFunctionWord(word) || IsSpeechVerb(word) || FindNumberWord(word) || FindChangeWord(word) != QuantityChange::kNone) break;
      if (words > 0 && (word.ends_with("ed") || word.ends_with("ly"))) break;
      if (!phrase.empty()) phrase += ' ';
      phrase += word;
      ++words;
      ++k;
      // A plural noun closes the phrase ("special forces", "containers").
      if (word.size() > 3 && word.back() == 's' && !word.ends_with("ss")) break;
    }
    return phrase;
  }

  std::string_view body_;
  Span sentence_;
  const TimeIndexes& times_;
  std::vector<QuantityMention>& out_;
  std::vector<Token> tokens_;
};

// Languages whose numbers the reader knows how to write: English ("1,500.5"); "un" (not
// identified) is read as English, the default. Elsewhere "1.500" is 1,500 and "1 500" one
// number, so a figure there would be misread: none is emitted (issue 11 adds languages).
bool ReadsNumbersOf(std::string_view language) { return language.empty() || language == "en" || language == "un"; }

}  // namespace

std::optional<double> ParseNumber(std::string_view text) {
  if (text.empty()) return std::nullopt;
  if (const NumberWord* word = FindNumberWord(text); word && word->kind == NumberWordKind::kNumber) return word->value;
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
    if (const NumberWord* scale = FindNumberWord(suffix); scale && scale->kind == NumberWordKind::kScale) value *= scale->value;
  }
  return value;
}

void QuantityAnnotator::Annotate(const Article& article, std::string_view body, Annotations& out) const {
  if (!ReadsNumbersOf(article.language)) return;
  const size_t first_new = out.quantities.size();
  const TimeIndexes times{TimeSpanIndex(out.times, false), TimeSpanIndex(out.times, true)};
  for (const Span& sentence : SplitSentences(body)) {
    SentenceScanner(body, sentence, times, out.quantities).Scan();
  }
  std::stable_sort(out.quantities.begin() + static_cast<long>(first_new), out.quantities.end(),
                   [](const QuantityMention& a, const QuantityMention& b) { return a.span.begin < b.span.begin; });
}

}  // namespace crosscheck
