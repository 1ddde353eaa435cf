#include "annotate/quantity_reader.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "annotate/quantity_lexicon.h"
#include "base/date.h"

namespace crosscheck {
namespace {

constexpr size_t kMaxUnitTokens = 3;  // "miles per hour", "km / h"

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Length of the digits-and-separators head of a number token ("1,500.5" of "1,500.5bn").
size_t DigitsEnd(std::string_view number) {
  size_t end = 0;
  while (end < number.size() && (IsDigit(number[end]) || number[end] == ',' || number[end] == '.'))
    ++end;
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
  return lower == "am" || lower == "pm" || lower == "s" || lower == "h" || lower == "gmt" ||
         lower == "utc";
}

// Capitals against the digits that are no unit and no scale make a name: "3D", "5G",
// "3GSM" (a unit or scale keeps its figure: "10GB", "5M").
bool IsNameSuffix(std::string_view suffix) {
  if (suffix.empty() ||
      !std::all_of(suffix.begin(), suffix.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return false;
  return FindUnit(suffix) == nullptr && FindNumberWord(suffix) == nullptr;
}

}  // namespace

bool IsOneOf(std::string_view word, std::initializer_list<std::string_view> words) {
  const std::string lower = LowerAscii(word);
  for (std::string_view w : words) {
    if (lower == w) return true;
  }
  return false;
}

AmountReader::AmountReader(std::string_view body, const Span& sentence,
                           const std::vector<Token>& tokens)
    : body_(body), sentence_(sentence), tokens_(tokens) {
  SplitPrefixedNumbers();
}

// Letters written against digits become two tokens: "RM23.50" -> "RM" "23.50", "PS2.7m" ->
// "PS" "2.7m", "minus-130" -> "minus" "-" "130" (the tokenizer reads them as one word and
// cuts the number at its decimal point).
void AmountReader::SplitPrefixedNumbers() {
  for (size_t i = 0; i < tokens_.size(); ++i) {
    if (tokens_[i].kind != TokenKind::kWord) continue;
    const std::string_view text = Text(i);
    size_t letters = 0;
    while (letters < text.size() && ((text[letters] >= 'A' && text[letters] <= 'Z') ||
                                     (text[letters] >= 'a' && text[letters] <= 'z')))
      ++letters;
    size_t digit = letters;
    const bool hyphen = digit < text.size() && text[digit] == '-';
    if (hyphen) ++digit;
    if (letters == 0 || digit >= text.size() || !IsDigit(text[digit])) continue;
    const std::string_view prefix = text.substr(0, letters);
    const CurrencyPrefix* currency_prefix = hyphen ? nullptr : FindCurrencyPrefix(prefix);
    // "$US55" but not "A2 Milk": letters that need a symbol split only right after one.
    const bool currency =
        currency_prefix && (!currency_prefix->needs_symbol ||
                            (i > 0 && tokens_[i - 1].end == tokens_[i].begin &&
                             tokens_[i - 1].kind == TokenKind::kPunct && FindUnit(Text(i - 1))));
    const bool sign_word = hyphen && IsOneOf(prefix, {"minus", "sub"});
    if (!currency && !sign_word) continue;
    // Rescan the number from its first digit over the body, as the tokenizer reads numbers.
    const uint32_t number_begin = tokens_[i].begin + static_cast<uint32_t>(digit);
    uint32_t number_end = number_begin;
    const uint32_t limit = sentence_.end;
    while (number_end < limit) {
      const char c = body_[number_end];
      if (IsDigit(c) ||
          ((c == ',' || c == '.') && number_end + 1 < limit && IsDigit(body_[number_end + 1]))) {
        ++number_end;
      } else {
        break;
      }
    }
    uint32_t suffix_end = number_end;
    while (suffix_end < limit && std::isalpha(static_cast<unsigned char>(body_[suffix_end])) &&
           suffix_end - number_end < 3)
      ++suffix_end;
    if (suffix_end == limit || !std::isalpha(static_cast<unsigned char>(body_[suffix_end])))
      number_end = suffix_end;
    Token prefix_token = tokens_[i];
    prefix_token.end = tokens_[i].begin + static_cast<uint32_t>(letters);
    Token number_token;
    number_token.kind = TokenKind::kNumber;
    number_token.begin = number_begin;
    number_token.end = number_end;
    std::vector<Token> replacement = {prefix_token};
    if (hyphen)
      replacement.push_back(Token{prefix_token.end, number_begin, TokenKind::kPunct, false, false});
    replacement.push_back(number_token);
    size_t covered = i + 1;
    while (covered < tokens_.size() && tokens_[covered].end <= number_end) ++covered;
    tokens_.erase(tokens_.begin() + static_cast<long>(i),
                  tokens_.begin() + static_cast<long>(covered));
    tokens_.insert(tokens_.begin() + static_cast<long>(i), replacement.begin(), replacement.end());
    i += replacement.size() - 1;
  }
}

// A number word's value at token i ("seven", "twenty-five"), or nullopt.
std::optional<double> AmountReader::WordNumberAt(size_t i) const {
  if (!IsWord(i)) return std::nullopt;
  const std::string_view text = Text(i);
  const NumberWord* word = FindNumberWord(text);
  if (word && word->kind == NumberWordKind::kNumber && text.size() > 1) return word->value;
  const size_t hyphen = text.find('-');
  if (hyphen != std::string_view::npos) {  // "twenty-five"
    const NumberWord* tens = FindNumberWord(text.substr(0, hyphen));
    const NumberWord* ones = FindNumberWord(text.substr(hyphen + 1));
    if (tens && ones && tens->kind == NumberWordKind::kNumber &&
        ones->kind == NumberWordKind::kNumber && tens->value >= 20 && ones->value < 10)
      return tens->value + ones->value;
  }
  return std::nullopt;
}

// The number starting at token i, or nullopt.
std::optional<NumberRead> AmountReader::ReadNumber(size_t i) const {
  if (i >= tokens_.size()) return std::nullopt;
  NumberRead n;
  n.first = n.last = i;
  if (IsNumberToken(i)) {
    const std::string_view text = Text(i);
    const size_t digits_end = DigitsEnd(text);
    const std::string_view suffix = text.substr(digits_end);
    if (IsOrdinalSuffix(suffix) || IsNonFigureSuffix(suffix) || IsNameSuffix(suffix))
      return std::nullopt;
    std::string digits;
    for (char c : text.substr(0, digits_end)) {
      if (c != ',') digits += c;
    }
    // ".001": a decimal point before the digits, after a space.
    if (i > 0 && Is(i - 1, ".") && Touch(i - 1) && (i < 2 || !Touch(i - 2)) &&
        text.find(',') == std::string_view::npos) {
      digits = "0." + digits;
      n.first = i - 1;
    }
    n.value = std::strtod(digits.c_str(), nullptr);
    n.unscaled = n.value;
    if (!suffix.empty()) {
      const NumberWord* scale = FindNumberWord(suffix);
      if (scale && scale->kind == NumberWordKind::kScale &&
          !(Touch(i) && FindUnit(std::string(suffix) + std::string(Text(i + 1))))) {
        n.value *= scale->value;
        n.scaled = true;
      } else {
        n.suffix = std::string(suffix);
      }
    }
  } else if (IsWord(i)) {
    // One table lookup per word, the common case (most words are no number).
    const std::string_view text = Text(i);
    const size_t hyphen = text.find('-');
    const NumberWord* whole = hyphen == std::string_view::npos ? FindNumberWord(text) : nullptr;
    if (whole && whole->kind == NumberWordKind::kNumber && text.size() > 1) {
      n.value = whole->value;
      n.is_word = true;
    } else if (auto compound = hyphen == std::string_view::npos ? std::nullopt : WordNumberAt(i)) {
      n.value = *compound;  // "twenty-five"
      n.is_word = true;
    } else if (hyphen != std::string_view::npos) {
      // "two-thirds", "one-third"
      const NumberWord* count = FindNumberWord(text.substr(0, hyphen));
      const NumberWord* part = FindNumberWord(text.substr(hyphen + 1));
      if (count && part && count->kind == NumberWordKind::kNumber &&
          part->kind == NumberWordKind::kFraction) {
        n.value = count->value * part->value;
        n.is_word = n.fraction = true;
        return n;
      }
      // "five-year", "ten-mile": the unit written against the number word.
      // Before a noun it is an adjective ("a five-year award"): not a figure.
      if (count && count->kind == NumberWordKind::kNumber && FindUnit(text.substr(hyphen + 1)) &&
          !IsWord(i + 1) && !IsNumberToken(i + 1) &&
          !(i + 1 < tokens_.size() && FindUnit(Text(i + 1)))) {
        n.value = n.unscaled = count->value;
        n.is_word = true;
        n.suffix = std::string(text.substr(hyphen + 1));
        return n;
      }
      return std::nullopt;
    } else if (!whole) {
      return std::nullopt;
    } else if (whole->kind == NumberWordKind::kScales) {
      return ReadOrderOfMagnitude(i);
    } else if (whole->kind == NumberWordKind::kFraction) {
      // "half of", "a third", "one in five" is not here.
      const bool after_article = i > 0 && IsOneOf(Text(i - 1), {"a", "an", "one"});
      const bool before_of =
          IsOneOf(i + 1 < tokens_.size() ? Text(i + 1) : "", {"of", "the", "a", "an"});
      if (!after_article && !before_of) return std::nullopt;
      if (i > 0 && IsOneOf(Text(i - 1), {"first", "second", "the", "this", "last", "next", "other",
                                         "final", "middle", "bottom", "top", "upper", "lower",
                                         "latter", "former", "back", "front"}))
        return std::nullopt;
      if (!after_article && IsLowerWord(i) == false && !tokens_[i].capitalized) return std::nullopt;
      n.value = whole->value;
      n.is_word = n.fraction = true;
      if (after_article) n.first = i - 1;
      return n;
    } else if (whole->kind == NumberWordKind::kScale && Text(i).size() > 2 && i > 0 &&
               IsOneOf(Text(i - 1), {"a", "an"})) {
      // "a dozen", "a million"
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
      if (scale && scale->kind == NumberWordKind::kScale) {
        // "1.8 billion-mile"; "a $2 million-a-year salary", "a 10 million-strong city": the
        // scale holds whatever follows it.
        n.value *= scale->value;
        n.scaled = true;
        if (FindUnit(word.substr(hyphen + 1))) n.suffix = std::string(word.substr(hyphen + 1));
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
std::optional<NumberRead> AmountReader::ReadOrderOfMagnitude(size_t i) const {
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
size_t AmountReader::CurrencyBefore(size_t first, std::string& unit) const {
  if (first == 0) return first;
  size_t k = first - 1;
  const Token& before = tokens_[k];
  // "$US55": symbol, letters, digits.
  if (before.kind == TokenKind::kWord && Touch(k)) {
    const CurrencyPrefix* prefix = FindCurrencyPrefix(Text(k));
    if (prefix && prefix->needs_symbol && k > 0 && Touch(k - 1) && FindUnit(Text(k - 1)) &&
        tokens_[k - 1].kind == TokenKind::kPunct) {
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
    // "US $5", "HK$5", "A$5"; a one-letter prefix only against the symbol ("A $5 fee" is
    // an article).
    if (k > 0 && IsWord(k - 1) && tokens_[k - 1].end + 1 >= tokens_[k].begin &&
        (Text(k - 1).size() > 1 || Touch(k - 1))) {
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

// The rate written after a hyphenated unit ("a-day" of "barrel-a-day", "per-hour"): " per
// day", or "" when the rest is no "a"/"an"/"per" and a unit.
static std::string HyphenatedRate(std::string_view rest) {
  const size_t hyphen = rest.find('-');
  if (hyphen == std::string_view::npos || !IsOneOf(rest.substr(0, hyphen), {"a", "an", "per"}))
    return std::string();
  const std::string* per = FindUnit(rest.substr(hyphen + 1));
  return per ? " per " + *per : std::string();
}

// Unit after the number ending at token `last` (its letter suffix `suffix` first): the
// longest lexicon entry over the next tokens, then "per X" / "a month". Returns the last
// token of the unit.
size_t AmountReader::UnitAfter(size_t last, const std::string& suffix, std::string& unit) const {
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
      if (tokens_[j].kind == TokenKind::kPunct && phrase.size() == Text(j).size() && !Is(j, "%") &&
          !Is(j, "°") && !(j == last + 1 && Touch(last)))
        break;
      if (const std::string* found = FindUnit(phrase)) {
        unit = *found;
        end = j;
      }
    }
    // "43.4 percent-owned": the unit opens a hyphenated word; "52,000 barrel-a-day": a rate.
    if (unit.empty() && IsWord(k) && Text(k).find('-') != std::string_view::npos) {
      const std::string_view word = Text(k);
      if (const std::string* found = FindUnit(word.substr(0, word.find('-')))) {
        unit = *found;
        end = k;
        unit += HyphenatedRate(word.substr(word.find('-') + 1));
      }
    }
    if (unit.empty()) return last;
  }
  return end;
}

// "per barrel", "a month", "/kg" after a unit or a priced amount ending at token `end`.
size_t AmountReader::PerUnitAfter(size_t end, std::string& unit) const {
  const size_t k = end + 1;
  // "per barrel", "/kg", "a month"; but "a year earlier", "a month ago" say when, not a rate.
  if (k + 1 < tokens_.size() &&
      (IsLower(k, "per") || Is(k, "/") ||
       ((IsLower(k, "a") || IsLower(k, "an")) && FindUnit(Text(k + 1)) &&
        !IsOneOf(k + 2 < tokens_.size() ? Text(k + 2) : std::string_view(),
                 {"earlier", "ago", "later", "before", "after", "previously", "prior"}))) &&
      IsLowerWord(k + 1) && !IsFunctionWord(Text(k + 1))) {
    const std::string* per = FindUnit(Text(k + 1));
    end = k + 1;
    if (k + 2 < tokens_.size()) {  // "per sq m", "per square foot"
      if (const std::string* two =
              FindUnit(std::string(Text(k + 1)) + " " + std::string(Text(k + 2)))) {
        per = two;
        end = k + 2;
      }
    }
    unit += " per " + (per ? *per : std::string(Text(k + 1)));
  }
  return end;
}

// The amount starting at token i: currency, number, unit.
std::optional<Amount> AmountReader::ReadAmount(size_t i) const {
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
  if (a.first == number->first && number->first >= 2 && Is(number->first - 1, "-") &&
      Touch(number->first - 1) && Touch(number->first - 2) &&
      tokens_[number->first - 2].kind == TokenKind::kPunct) {
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

// "seven to 10 years", "between three and 12 people": news style writes numbers below ten
// in words and from ten on in digits, so a range may mix them.
bool IsNewsStyleRange(const NumberRead& start, const NumberRead& end) {
  constexpr double kFirstInDigits = 10;
  return start.is_word && !start.scaled && !start.fraction && start.value < kFirstInDigits &&
         !end.is_word && end.value >= kFirstInDigits;
}

// "1/16 of a pint", or digits around the fraction slash (U+2044): a fraction. A plain slash
// only before "of" ("24/7", "10/12" are no fractions). The last token of the denominator, or
// nullopt.
std::optional<size_t> AmountReader::FractionEnd(size_t i) const {
  auto plain_integer = [&](size_t k) {
    return IsNumberToken(k) && Text(k).find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (!plain_integer(i) || !Touch(i) || !Touch(i + 1) || !plain_integer(i + 2)) {
    return std::nullopt;
  }
  if (i > 0 && Touch(i - 1) && !IsWord(i - 1)) return std::nullopt;  // "1/2/16"
  if (Touch(i + 2) && !IsWord(i + 3)) return std::nullopt;
  const bool fraction_slash = Is(i + 1, "\xE2\x81\x84");
  if (!fraction_slash && !(Is(i + 1, "/") && IsLower(i + 3, "of"))) return std::nullopt;
  if (std::atof(std::string(Text(i + 2)).c_str()) == 0) return std::nullopt;
  return i + 2;
}

// The token after "in" / "out of" following `last` ("one in five", "nine out of 10"), or
// `last` + 1 when neither follows.
size_t AmountReader::ShareDenominatorAt(size_t last) const {
  if (IsLower(last + 1, "in")) return last + 2;
  if (IsLower(last + 1, "out") && IsLower(last + 2, "of")) return last + 3;
  return last + 1;
}

// The last token of a share's denominator ("one in [five]", "nine out of [10]"), or nullopt:
// both plain numbers without units, the denominator the larger and no year ("one in 2020").
std::optional<size_t> AmountReader::ShareDenominatorEnd(const Amount& amount) const {
  const NumberRead& numerator = amount.number;
  if (!amount.unit.empty() || numerator.scaled || numerator.upper || numerator.fraction ||
      numerator.value <= 0)
    return std::nullopt;
  const size_t k = ShareDenominatorAt(amount.last);
  if (k == amount.last + 1) return std::nullopt;
  const std::optional<Amount> denominator = ReadAmount(k);
  if (!denominator || denominator->first != k || !denominator->unit.empty() ||
      denominator->number.upper || denominator->number.fraction ||
      denominator->number.value <= numerator.value)
    return std::nullopt;
  constexpr double kFirstYear = 1000;  // "one in 2020" names a year
  if (!denominator->number.is_word && !denominator->number.scaled &&
      denominator->number.value >= kFirstYear)
    return std::nullopt;
  return denominator->last;
}

}  // namespace crosscheck
