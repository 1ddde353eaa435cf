#include "annotate/quantity_languages.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <memory>
#include <mutex>

#include "annotate/language_data.h"
#include "annotate/tokens.h"
#include "base/lexicon.h"
#include "base/utf8.h"

namespace crosscheck {
namespace {

constexpr double kFirstYear = 1000, kLastYear = 2100;
// Adjectives between a German number and its noun ("1.500 nordkoreanische Soldaten").
constexpr size_t kMaxAdjectives = 2;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Bytes between two tokens: what separates "1" from "500" in "1 500".
enum class Gap { kNone, kSpace, kNoBreak, kOther };
Gap GapBetween(std::string_view body, const Token& a, const Token& b) {
  const std::string_view gap = body.substr(a.end, b.begin - a.end);
  if (gap.empty()) return Gap::kNone;
  if (gap == " ") return Gap::kSpace;
  if (gap == "\xC2\xA0" || gap == "\xE2\x80\xAF" || gap == "\xE2\x80\x89") return Gap::kNoBreak;
  return Gap::kOther;
}

// Units written as signs, in every language.
std::string_view SignUnit(std::string_view text) {
  if (text == "%") return "%";
  if (text == "\xE2\x82\xAC") return "EUR";  // €
  if (text == "$") return "USD";
  if (text == "\xC2\xA3") return "GBP";      // £
  if (text == "\xC2\xA5") return "JPY";      // ¥
  if (text == "\xE2\x82\xBD") return "RUB";  // ₽
  if (text == "\xE2\x82\xB4") return "UAH";  // ₴
  return {};
}

bool InsideTime(const std::vector<TimeMention>& times, const Span& span) {
  // `times` sorted by begin: one starting inside the span overlaps it; of those starting
  // before it, only the last few can still reach into it (time mentions are short).
  constexpr uint32_t kReach = 64;
  const auto after =
      std::lower_bound(times.begin(), times.end(), span.begin,
                       [](const TimeMention& t, uint32_t p) { return t.span.begin < p; });
  if (after != times.end() && after->span.begin < span.end) return true;
  for (auto it = after; it != times.begin();) {
    --it;
    if (it->span.end > span.begin) return true;
    if (it->span.end + kReach < span.begin) break;
  }
  return false;
}

}  // namespace

LanguageNumbers::LanguageNumbers(std::string_view language) {
  const std::string folder = "lang/" + std::string(language) + "/";
  for (std::string_view entry : LexiconEntries(folder + "numbers")) {
    const std::vector<std::string_view> fields = LexiconFields(entry);
    if (fields.size() < 2) continue;
    const std::string_view key = fields[0], value = fields[1];
    if (key == "decimal" && value.size() == 1) {
      decimal_ = value[0];
    } else if (key == "group") {
      if (value == "space") {
        space_groups_ = true;
      } else if (value == "nbsp") {
        nbsp_groups_ = true;
      } else if (value == "apostrophe") {
        group_marks_ += '\'';
      } else if (value.size() == 1) {
        group_marks_ += value[0];
      }
    } else if (key == "usual") {
      usual_ = value == "yes";
    } else if (key == "clock") {
      clocks_.insert(LowerWord(value));
    } else if (key == "label") {
      labels_.insert(LowerWord(value));
    } else if (key == "date_unit") {
      date_units_.emplace_back(value);
    } else if (key == "more_than_after") {
      more_than_after_.emplace_back(value);
    } else if (key == "ordinal_mark") {
      ordinal_marks_.emplace_back(value);
    } else if (key == "unspaced") {
      unspaced_ = value == "yes";
    } else if (key == "capital_nouns") {
      capital_nouns_ = value == "yes";
    } else if (key == "ordinal_dot") {
      ordinal_dot_ = value == "yes";
    } else if (key == "ungrouped_below") {
      ungrouped_below_ = std::strtod(std::string(value).c_str(), nullptr);
    }
  }
  for (std::string_view entry : LexiconEntries(folder + "number_words")) {
    const std::vector<std::string_view> fields = LexiconFields(entry);
    if (fields.size() < 3) continue;
    WordEntry word;
    word.words = LowerWords(fields[0]);
    if (word.words.empty()) continue;
    if (fields[1] == "fraction") {
      word.kind = WordKind::kFraction;
      word.factor = std::strtod(std::string(fields[2]).c_str(), nullptr);
      if (word.factor <= 0) continue;
    } else if (fields[1] == "scale") {
      word.kind = WordKind::kScale;
      word.factor = std::strtod(std::string(fields[2]).c_str(), nullptr);
      if (word.factor <= 0) continue;
    } else if (fields[1] == "unit") {
      word.kind = WordKind::kUnit;
      word.code = std::string(fields[2]);
    } else if (fields[1] == "approx") {
      word.kind = WordKind::kApprox;
      word.code = std::string(fields[2]);
    } else if (fields[1] == "word" || fields[1] == "part" || fields[1] == "hundred" ||
               fields[1] == "thousand" || fields[1] == "join") {
      // The parts numbers in words are made of ("drei", "zehn", "hundert", "und").
      Morpheme morpheme;
      morpheme.text = LowerWord(fields[0]);
      morpheme.kind = fields[1] == "hundred"    ? Morpheme::kHundred
                      : fields[1] == "thousand" ? Morpheme::kThousand
                      : fields[1] == "join"     ? Morpheme::kJoin
                      : fields[1] == "part"     ? Morpheme::kPart
                                                : Morpheme::kValue;
      morpheme.value = std::strtod(std::string(fields[2]).c_str(), nullptr);
      morphemes_.push_back(std::move(morpheme));
      continue;
    } else {
      continue;
    }
    if (word.kind == WordKind::kApprox) approx_words_.insert(word.words.front());
    words_[word.words.front()].push_back(std::move(word));
  }
  for (std::string_view entry : LexiconEntries(folder + "phrase_stops"))
    stops_.insert(LowerWord(entry));
  for (std::string_view entry : LexiconEntries(folder + "articles"))
    articles_.insert(LowerWord(entry));
  for (std::string_view entry : LexiconEntries(folder + "name_links"))
    links_.insert(LowerWord(entry));
  for (std::string_view entry : LexiconEntries(folder + "months")) months_.insert(LowerWord(entry));
}

const LanguageNumbers* LanguageNumbers::For(std::string_view language) {
  return LanguageReader<LanguageNumbers>(language, "numbers");
}

std::optional<double> LanguageNumbers::ParseDigits(std::string_view text,
                                                   char document_decimal) const {
  // Digit runs and the marks between them.
  std::vector<std::string_view> runs;
  std::string marks;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && IsDigit(text[i])) continue;
    if (i == start) return std::nullopt;  // empty run: a leading, trailing or doubled mark
    runs.push_back(text.substr(start, i - start));
    if (i < text.size()) {
      const char c = text[i];
      if (c != '.' && c != ',' && c != '\'') return std::nullopt;
      marks += c;
    }
    start = i + 1;
  }
  if (runs.empty()) return std::nullopt;
  const auto value_of = [&](size_t integer_runs) -> std::optional<double> {
    std::string plain;
    for (size_t k = 0; k < runs.size(); ++k) {
      if (k == integer_runs) plain += '.';
      plain += runs[k];
    }
    return std::strtod(plain.c_str(), nullptr);
  };
  if (marks.empty()) return value_of(runs.size());
  // Group runs after the first hold exactly three digits; the first one to three.
  const auto grouped = [&](size_t integer_runs) {
    if (runs[0].size() > 3) return false;
    for (size_t k = 1; k < integer_runs; ++k) {
      if (runs[k].size() != 3) return false;
    }
    return true;
  };
  const auto is_group = [&](char c) { return group_marks_.find(c) != std::string::npos; };
  // The decimal mark in force: the language's, or where the language leaves it open, the one
  // the document showed. Swiss "1'500.50": apostrophe groups go with a decimal point.
  char decimal = usual_ ? decimal_ : document_decimal;
  if (marks.find('\'') != std::string::npos && is_group('\'')) decimal = '.';
  const char last = marks.back();
  const size_t last_count = static_cast<size_t>(std::count(marks.begin(), marks.end(), last));
  const bool one_kind = last_count == marks.size();
  if (!one_kind) {
    // Two kinds of mark: the last one, written once, is the decimal mark ("1.234,5").
    if (last_count != 1 || (decimal != 0 && last != decimal)) return std::nullopt;
    for (size_t k = 0; k + 1 < marks.size(); ++k) {
      if (!is_group(marks[k]) || marks[k] == last) return std::nullopt;
    }
    if (!grouped(runs.size() - 1)) return std::nullopt;
    return value_of(runs.size() - 1);
  }
  if (last_count >= 2) {  // "1.234.567": group marks only
    if (!is_group(last) || last == decimal || !grouped(runs.size())) return std::nullopt;
    return value_of(runs.size());
  }
  // One mark. Not followed by three digits, it can only be a decimal mark ("2,4", "1.5"): read
  // as one where it is the decimal mark in force (or none is known and it is no group mark
  // here); any other reading contradicts the language ("1.5" in German is no figure).
  if (runs[1].size() != 3) {
    if (last == decimal || (decimal == 0 && (last == decimal_ || !is_group(last))))
      return value_of(1);
    return std::nullopt;
  }
  // Followed by three digits: "1.500" is 1,500 where '.' groups and ',' is the decimal mark,
  // 1.5 where '.' is the decimal mark; open where the decimal mark is not known.
  if (decimal == 0) return std::nullopt;
  // A decimal mark before exactly three digits ("290,000" in a German page) is read so only
  // where the document's other numbers use that decimal mark too: English grouping in a
  // German text would otherwise be misread a thousandfold.
  if (last == decimal) {
    if (document_decimal != decimal) return std::nullopt;
    return value_of(1);
  }
  if (is_group(last) && grouped(runs.size())) return value_of(runs.size());
  return std::nullopt;
}

char LanguageNumbers::DocumentDecimal(const TextReading& reading) const {
  size_t comma = 0, point = 0;
  for (size_t s = 0; s < reading.sentences().size(); ++s) {
    for (const Token& t : reading.SentenceTokens(s)) {
      if (t.kind != TokenKind::kNumber) continue;
      const std::string_view text = reading.Text(t);
      const size_t commas = static_cast<size_t>(std::count(text.begin(), text.end(), ','));
      const size_t points = static_cast<size_t>(std::count(text.begin(), text.end(), '.'));
      if (commas > 0 && points > 0) {  // the last mark is the decimal one
        (text.rfind(',') > text.rfind('.') ? comma : point) += 1;
      } else if (commas + points == 1) {
        const size_t at = commas == 1 ? text.find(',') : text.find('.');
        size_t digits = 0;
        while (at + 1 + digits < text.size() && IsDigit(text[at + 1 + digits])) ++digits;
        if (digits != 3 && digits > 0) (commas == 1 ? comma : point) += 1;
      } else if (commas >= 2) {
        ++point;  // "1,234,567": commas group, so a point is the decimal mark
      } else if (points >= 2) {
        ++comma;
      }
    }
  }
  if (comma > 0 && point == 0) return ',';
  if (point > 0 && comma == 0) return '.';
  return 0;
}

const LanguageNumbers::WordEntry* LanguageNumbers::MatchAt(const std::vector<std::string>& lower,
                                                           size_t first, WordKind kind) const {
  if (first >= lower.size()) return nullptr;
  const auto found = words_.find(lower[first]);
  if (found == words_.end()) return nullptr;
  const WordEntry* best = nullptr;
  for (const WordEntry& entry : found->second) {
    if (entry.kind != kind || first + entry.words.size() > lower.size()) continue;
    if (best != nullptr && entry.words.size() <= best->words.size()) continue;
    if (std::equal(entry.words.begin(), entry.words.end(),
                   lower.begin() + static_cast<std::ptrdiff_t>(first)))
      best = &entry;
  }
  return best;
}

std::optional<double> LanguageNumbers::WordNumber(std::string_view lower_word) const {
  // The word cut into parts, the longest part first at each place, all of it read: "drei"
  // "hundert" "neun" "und" "neunzig" "tausend" … Then summed as the words say: a hundred
  // multiplies what came before it, a thousand closes a group.
  if (lower_word.size() < 3 || lower_word.size() > 120) return std::nullopt;
  double total = 0, group = 0, current = 0;
  size_t parts = 0;
  bool only_part = true;  // "ein" alone is the article, no number
  for (size_t pos = 0; pos < lower_word.size();) {
    const Morpheme* best = nullptr;
    for (const Morpheme& m : morphemes_) {
      if (m.text.size() > lower_word.size() - pos) continue;
      if (lower_word.compare(pos, m.text.size(), m.text) != 0) continue;
      if (best == nullptr || m.text.size() > best->text.size()) best = &m;
    }
    if (best == nullptr) return std::nullopt;
    pos += best->text.size();
    ++parts;
    if (best->kind != Morpheme::kPart) only_part = false;
    switch (best->kind) {
      case Morpheme::kValue:
      case Morpheme::kPart:
        current += best->value;
        break;
      case Morpheme::kHundred:
        group += (current == 0 ? 1 : current) * best->value;
        current = 0;
        break;
      case Morpheme::kThousand:
        total += (group + current == 0 ? 1 : group + current) * best->value;
        group = current = 0;
        break;
      case Morpheme::kJoin:
        if (parts == 1 || pos == lower_word.size()) return std::nullopt;  // "und" alone
        break;
    }
  }
  if (only_part) return std::nullopt;
  return total + group + current;
}

const LanguageNumbers::WordEntry* LanguageNumbers::PrefixOf(std::string_view word,
                                                            WordKind kind) const {
  const WordEntry* best = nullptr;
  for (const auto& [first, entries] : words_) {
    if (first.size() > word.size() || word.compare(0, first.size(), first) != 0) continue;
    for (const WordEntry& entry : entries) {
      if (entry.kind == kind && entry.words.size() == 1 &&
          (best == nullptr || first.size() > best->words.front().size()))
        best = &entry;
    }
  }
  return best;
}

bool LanguageNumbers::ReadUnspacedAmount(const TextReading& reading,
                                         const std::vector<Token>& tokens, size_t first,
                                         size_t last, double value, QuantityMention& q,
                                         size_t& consumed) const {
  const std::string_view body = reading.body();
  const auto touch = [&](size_t a, size_t b) {
    return b < tokens.size() && tokens[a].end == tokens[b].begin;
  };
  // A date or time unit written on ("5月", "19日", "11時30分"), an ordinal's mark before
  // ("第11届"), a day after its month ("8月19"), a code ("93(01)班"): no figure.
  const auto starts_with_any = [](std::string_view word, const std::vector<std::string>& list) {
    return std::any_of(list.begin(), list.end(),
                       [&](const std::string& w) { return word.starts_with(w); });
  };
  const auto ends_with_any = [](std::string_view word, const std::vector<std::string>& list) {
    return std::any_of(list.begin(), list.end(),
                       [&](const std::string& w) { return word.ends_with(w); });
  };
  if (touch(last, last + 1) && tokens[last + 1].kind == TokenKind::kWord &&
      starts_with_any(reading.Text(tokens[last + 1]), date_units_))
    return false;
  if (first > 0 && touch(first - 1, first) && tokens[first - 1].kind == TokenKind::kWord &&
      (ends_with_any(reading.Text(tokens[first - 1]), ordinal_marks_) ||
       ends_with_any(reading.Text(tokens[first - 1]), date_units_)))
    return false;
  if (touch(last, last + 1) && reading.Text(tokens[last + 1]) == "(") return false;
  // Scales written against the digits, and digits after them: "1.2万", "24亿", "1천500",
  // "1만2천".
  double total = 0, current = value;
  bool scaled = false;
  uint32_t end = tokens[last].end;
  std::string_view rest;  // what follows the last scale in its word
  size_t k = last;
  while (k + 1 < tokens.size() && touch(k, k + 1) && tokens[k + 1].kind == TokenKind::kWord) {
    std::string_view word = reading.Text(tokens[k + 1]);
    // "900多万", "50余": more than, written between the number and its scale or noun.
    size_t more = 0;
    for (const std::string& mark : more_than_after_) {
      if (word.starts_with(mark)) more = mark.size();
    }
    if (more > 0) {
      q.approximation = Approximation::kMoreThan;
      word.remove_prefix(more);
    }
    const WordEntry* scale = PrefixOf(word, WordKind::kScale);
    if (scale == nullptr) {
      rest = word;
      break;
    }
    total += current * scale->factor;
    current = 0;
    scaled = true;
    const size_t scale_size = more + scale->words.front().size();
    word = reading.Text(tokens[k + 1]);
    end = tokens[k + 1].begin + static_cast<uint32_t>(scale_size);
    rest = word.substr(scale_size);
    const size_t next = k + 2;
    if (rest.empty() && next < tokens.size() && touch(k + 1, next) &&
        tokens[next].kind == TokenKind::kNumber &&
        reading.Text(tokens[next]).find_first_not_of("0123456789") == std::string_view::npos) {
      current = std::strtod(std::string(reading.Text(tokens[next])).c_str(), nullptr);
      end = tokens[next].end;
      k = next;
      rest = {};
      continue;
    }
    ++k;
    break;
  }
  value = total + current;
  consumed = k;
  // The unit: written on ("美元", "명"), a sign ("%"), or the next spaced word ("달러").
  if (!rest.empty()) {
    if (const WordEntry* unit = PrefixOf(rest, WordKind::kUnit)) {
      q.unit = unit->code;
      end = static_cast<uint32_t>(rest.data() - body.data() + unit->words.front().size());
    }
  } else if (k + 1 < tokens.size()) {
    const std::string_view next = reading.Text(tokens[k + 1]);
    if (const std::string_view sign = SignUnit(next); !sign.empty()) {
      q.unit = std::string(sign);
      end = tokens[k + 1].end;
    } else if (tokens[k + 1].kind == TokenKind::kWord) {
      if (const WordEntry* unit = PrefixOf(next, WordKind::kUnit)) {
        q.unit = unit->code;
        end = tokens[k + 1].begin + static_cast<uint32_t>(unit->words.front().size());
      }
    }
  }
  // A bare four-digit year is no figure.
  const std::string_view digits = reading.Text(tokens[first]);
  if (!scaled && q.unit.empty() && digits.size() == 4 && first == last &&
      digits.find_first_not_of("0123456789") == std::string_view::npos && value >= kFirstYear &&
      value <= kLastYear)
    return false;
  // The approximation written before: "约1,500", "近3000", "약 24억".
  uint32_t begin = tokens[first].begin;
  if (first > 0 && tokens[first - 1].kind == TokenKind::kWord) {
    const std::string_view before = reading.Text(tokens[first - 1]);
    for (const auto& [word, entries] : words_) {
      for (const WordEntry& entry : entries) {
        if (entry.kind != WordKind::kApprox || entry.words.size() != 1) continue;
        if (before.size() >= word.size() &&
            before.compare(before.size() - word.size(), word.size(), word) == 0) {
          q.approximation = ApproximationFromName(entry.code);
          begin = tokens[first - 1].end - static_cast<uint32_t>(word.size());
        }
      }
    }
  }
  q.value = value;
  q.span = {begin, end};
  q.text = std::string(body.substr(begin, end - begin));
  return true;
}

void LanguageNumbers::Annotate(const TextReading& reading, const std::vector<TimeMention>& times,
                               std::vector<QuantityMention>& out) const {
  const std::string_view body = reading.body();
  const char document_decimal = DocumentDecimal(reading);
  for (size_t s = 0; s < reading.sentences().size(); ++s) {
    const std::vector<Token>& tokens = reading.SentenceTokens(s);
    std::vector<std::string> lower;
    lower.reserve(tokens.size());
    for (const Token& t : tokens) {
      lower.push_back(t.kind == TokenKind::kWord ? LowerWord(reading.Text(t)) : std::string());
    }
    const auto is = [&](size_t k, std::string_view text) {
      return k < tokens.size() && reading.Text(tokens[k]) == text;
    };
    const auto touch = [&](size_t a, size_t b) {
      return a < tokens.size() && b < tokens.size() && tokens[a].end == tokens[b].begin;
    };
    for (size_t i = 0; i < tokens.size(); ++i) {
      std::optional<double> value;
      std::string digits;
      size_t last = i;
      bool spaced = false;
      const bool word_number = tokens[i].kind == TokenKind::kWord;
      if (word_number) {
        // A number written in words: "dreihundert", "zweiundzwanzig", "fünfzehntausend".
        if (morphemes_.empty()) continue;
        value = WordNumber(lower[i]);
        if (!value) continue;
      } else {
        if (tokens[i].kind != TokenKind::kNumber) continue;
        const std::string_view first_text = reading.Text(tokens[i]);
        if (!IsDigit(first_text.back())) continue;  // "3D", "5G", "18th": no figure
        // Groups split by a space, a no-break space or an apostrophe: "1 500", "12 000", "1'500".
        digits = std::string(first_text);
        while (last + 1 < tokens.size()) {
          const size_t next = last + 1;
          const Gap gap = GapBetween(body, tokens[last], tokens[next]);
          const bool run_of_digits = digits.find_first_not_of("0123456789") == std::string::npos;
          const std::string_view group = reading.Text(tokens[next]);
          // A regular space groups where the language does; anywhere before "000" ("30 000
          // Liter"): no number is written "000".
          const bool space_group =
              gap == Gap::kSpace && (space_groups_ || (group.size() == 3 && group[0] == '0'));
          if (tokens[next].kind == TokenKind::kNumber && group.size() == 3 &&
              group.find_first_not_of("0123456789") == std::string::npos && run_of_digits &&
              digits.size() <= 3 + 3 * (last - i) &&
              (space_group || (gap == Gap::kNoBreak && nbsp_groups_))) {
            digits += reading.Text(tokens[next]);
            last = next;
            spaced = true;
            continue;
          }
          if ((is(next, "'") || is(next, "\xE2\x80\x99")) && touch(last, next) &&
              touch(next, next + 1) && group_marks_.find('\'') != std::string::npos &&
              tokens[next + 1].kind == TokenKind::kNumber) {
            digits += '\'';
            digits += reading.Text(tokens[next + 1]);
            last = next + 1;
            continue;
          }
          break;
        }
        const Span number_span{tokens[i].begin, tokens[last].end};
        // References, scores, dates and clock times written with marks: "2:1", "1/2", "+49",
        // "Nr. 5"; ordinals "3. Liga".
        if (i > 0 && touch(i - 1, i) &&
            (is(i - 1, "/") || is(i - 1, ":") || is(i - 1, "+") || is(i - 1, "-") ||
             (tokens[i - 1].kind == TokenKind::kWord && !unspaced_) || is(i - 1, "#") ||
             is(i - 1, "\xC2\xA7"))) {
          i = last;
          continue;
        }
        if (touch(last, last + 1) &&
            (is(last + 1, ":") || is(last + 1, "/") || is(last + 1, "-")) &&
            last + 2 < tokens.size() && tokens[last + 2].kind == TokenKind::kNumber) {
          i = last + 2;
          continue;
        }
        // An ordinal or a list's number: "3. Liga", a paragraph opening "6. Setzen Sie".
        if (ordinal_dot_ && touch(last, last + 1) && is(last + 1, ".") &&
            (last + 2 < tokens.size() || i == 0)) {
          i = last;
          continue;
        }
        // "15. Jahrhundert" split into two sentences, "1. & 2. Liga": a number, its period, a
        // space. (A figure ending a sentence, "… betrug 15. Danach …", is lost with them.)
        if (ordinal_dot_ && touch(last, last + 1) && is(last + 1, ".") &&
            tokens[last + 1].end + 1 < body.size() && body[tokens[last + 1].end] == ' ') {
          i = last;
          continue;
        }
        // Numbers in a row with only spaces between them are a phone number, a code or groups
        // the language does not write ("+49 8161 4591", "29 900" in German): no figure.
        const auto space_number = [&](size_t a, size_t b) {
          return a < tokens.size() && b < tokens.size() && tokens[a].kind == TokenKind::kNumber &&
                 tokens[b].kind == TokenKind::kNumber &&
                 GapBetween(body, tokens[a], tokens[b]) != Gap::kOther &&
                 GapBetween(body, tokens[a], tokens[b]) != Gap::kNone;
        };
        if ((i > 0 && space_number(i - 1, i)) || space_number(last, last + 1)) {
          while (last + 1 < tokens.size() && space_number(last, last + 1)) ++last;
          i = last;
          continue;
        }
        // A word written against the number ("587sten"), or a label before it ("Nr. 71",
        // "Rang 12", "Abb. 6"): no figure.
        const size_t label = i >= 2 && is(i - 1, ".") ? i - 2 : i - 1;
        const auto is_label = [&](size_t k) {
          if (k >= tokens.size() || tokens[k].kind != TokenKind::kWord) return false;
          std::string word = lower[k];
          while (!word.empty() && word.back() == '.') word.pop_back();  // "Abs."
          return labels_.count(word) > 0;
        };
        // A day before its month ("7 de octubre", "13 марта") or an hour before "Uhr", also
        // in a span ("15 - 17 Uhr").
        const auto dates_or_clocks = [&](size_t k) {
          if (k < tokens.size() && links_.count(lower[k]) > 0) ++k;  // "de", "del"
          return k < tokens.size() && (months_.count(lower[k]) > 0 || clocks_.count(lower[k]) > 0);
        };
        // The word before the number in the body, past a period: the sentence splitter may have
        // ended a sentence at "Nr." or "Abs.".
        const auto label_before = [&]() {
          size_t end_at = tokens[i].begin;
          while (end_at > 0 && body[end_at - 1] == ' ') --end_at;
          if (end_at > 0 && body[end_at - 1] == '.') --end_at;
          size_t start_at = end_at;
          while (start_at > 0 && (static_cast<unsigned char>(body[start_at - 1]) >= 0x80 ||
                                  std::isalpha(static_cast<unsigned char>(body[start_at - 1]))))
            --start_at;
          return start_at < end_at &&
                 labels_.count(LowerWord(body.substr(start_at, end_at - start_at))) > 0;
        };
        const bool day_or_hour =
            dates_or_clocks(last + 1) ||
            ((is(last + 1, "-") || is(last + 1, "\xE2\x80\x93") ||
              (last + 1 < tokens.size() && lower[last + 1] == "bis")) &&
             last + 2 < tokens.size() && tokens[last + 2].kind == TokenKind::kNumber &&
             last + 3 < tokens.size() && clocks_.count(lower[last + 3]) > 0);
        if ((!unspaced_ && touch(last, last + 1) && tokens[last + 1].kind == TokenKind::kWord) ||
            (i > 0 && is_label(label)) || label_before() || day_or_hour ||
            (i > 0 && is(i - 1, "\xC2\xA7"))) {
          i = last;
          continue;
        }
        // Inside a web address or a query ("…?q=30%25%2020%", "www.x.de/2020/"): no figure.
        {
          size_t chunk_begin = tokens[i].begin, chunk_end = tokens[last].end;
          while (chunk_begin > 0 && body[chunk_begin - 1] != ' ' && body[chunk_begin - 1] != '\n')
            --chunk_begin;
          while (chunk_end < body.size() && body[chunk_end] != ' ' && body[chunk_end] != '\n')
            ++chunk_end;
          const std::string_view chunk = body.substr(chunk_begin, chunk_end - chunk_begin);
          if (chunk.find("://") != std::string_view::npos ||
              chunk.find("www.") != std::string_view::npos ||
              chunk.find('=') != std::string_view::npos ||
              chunk.find("%2") != std::string_view::npos) {
            i = last;
            continue;
          }
        }
        // A footnote "[9]", a list's number opening a paragraph "2. Aggregate …", numbers
        // strung with apostrophes "74'74'73".
        const bool footnote = i > 0 && is(i - 1, "[") && is(last + 1, "]");
        const bool list_number =
            i == 0 && touch(last, last + 1) && is(last + 1, ".") &&
            reading.paragraphs()[reading.ParagraphAt(tokens[i].begin)].begin == tokens[i].begin;
        const bool strung =
            (touch(last, last + 1) && (is(last + 1, "'") || is(last + 1, "\xE2\x80\x99")) &&
             last + 2 < tokens.size() && tokens[last + 2].kind == TokenKind::kNumber) ||
            (i >= 2 && touch(i - 1, i) && (is(i - 1, "'") || is(i - 1, "\xE2\x80\x99")) &&
             tokens[i - 2].kind == TokenKind::kNumber);
        if (footnote || list_number || strung) {
          i = last;
          continue;
        }
        // A number inside a name or code: "Wendelstein 7-X", "8-Mauricio"; a leading zero:
        // "N°01", "007".
        if ((touch(last, last + 1) && is(last + 1, "-") && last + 2 < tokens.size() &&
             tokens[last + 2].kind == TokenKind::kWord && touch(last + 1, last + 2)) ||
            (first_text.size() > 1 && first_text[0] == '0' && IsDigit(first_text[1]))) {
          i = last;
          continue;
        }
        if (InsideTime(times, number_span)) {
          i = last;
          continue;
        }
        value = spaced ? std::optional<double>(std::strtod(digits.c_str(), nullptr))
                       : ParseDigits(digits, document_decimal);
        if (!value) {
          i = last;
          continue;
        }
      }  // digits
      QuantityMention q;
      q.sentence = reading.sentences()[s];
      if (unspaced_) {
        size_t consumed = last;
        if (ReadUnspacedAmount(reading, tokens, i, last, *value, q, consumed))
          out.push_back(std::move(q));
        i = std::max(last, consumed);
        continue;
      }
      size_t end = last;  // last token of the expression
      // The scale, then the unit, after the number ("2,4 Milliarden Euro", "3,5 Prozent",
      // "1,5 Mio. €", "2.400 millones de euros").
      size_t k = last + 1;
      bool scaled = false;
      // A fraction: "zwei Drittel" is two thirds, "drei Viertel" three quarters.
      if (const WordEntry* fraction = MatchAt(lower, k, WordKind::kFraction)) {
        *value /= fraction->factor;
        scaled = true;
        end = k + fraction->words.size() - 1;
        k += fraction->words.size();
      } else if (const WordEntry* scale = MatchAt(lower, k, WordKind::kScale)) {
        *value *= scale->factor;
        scaled = true;
        k += scale->words.size();
        if (is(k, ".") && touch(k - 1, k)) ++k;  // "Mio.", "Mrd."
        end = k - 1;
        // The rest of the number in words: "zwei Millionen dreihundertneunundneunzigtausend".
        if (word_number && k < tokens.size() && tokens[k].kind == TokenKind::kWord) {
          if (const std::optional<double> rest = WordNumber(lower[k]);
              rest && *rest < scale->factor) {
            *value += *rest;
            end = k++;
          }
        }
      }
      if (const std::string_view sign =
              k < tokens.size() ? SignUnit(reading.Text(tokens[k])) : std::string_view();
          !sign.empty()) {
        q.unit = std::string(sign);
        end = k++;
      } else {
        size_t unit_at = k;
        if (unit_at < tokens.size() &&
            (links_.count(lower[unit_at]) > 0 || articles_.count(lower[unit_at]) > 0))
          ++unit_at;  // "millones de euros"
        if (const WordEntry* unit = MatchAt(lower, unit_at, WordKind::kUnit)) {
          q.unit = unit->code;
          k = unit_at + unit->words.size();
          if (is(k, ".") && touch(k - 1, k) && unit->words.back().size() <= 3) ++k;
          end = k - 1;
        }
      }
      // A currency sign before the number: "€ 2,4 Mrd.", "$5".
      size_t begin = i;
      if (q.unit.empty() && i > 0) {
        if (const std::string_view sign = SignUnit(reading.Text(tokens[i - 1]));
            !sign.empty() && sign != "%") {
          q.unit = std::string(sign);
          begin = i - 1;
        }
      }
      // A year is no figure ("im Jahr 2024", "en 2023"), unless a unit or scale says otherwise.
      const bool bare = q.unit.empty() && !scaled;
      const bool plain_digits =
          !digits.empty() && digits.find_first_not_of("0123456789") == std::string::npos;
      if (bare && plain_digits && !spaced && digits.size() == 4 && *value >= kFirstYear &&
          *value <= kLastYear) {
        i = last;
        continue;
      }
      // A long number without group marks is a postal code or a reference, not a figure.
      if (bare && plain_digits && !spaced && *value >= ungrouped_below_) {
        i = last;
        continue;
      }
      // The approximation before: "rund", "mehr als", "plus de", "более".
      for (size_t back = 1; back <= 3 && back <= begin; ++back) {
        const size_t at = begin - back;
        size_t match_at = at;
        if (is(at, ".") && at > 0) match_at = at - 1;  // "ca."
        if (const WordEntry* approx = MatchAt(lower, match_at, WordKind::kApprox);
            approx != nullptr &&
            match_at + approx->words.size() + (match_at != at ? 1 : 0) == begin) {
          q.approximation = ApproximationFromName(approx->code);
          begin = match_at;
          break;
        }
      }
      // A bare number after a capitalised word that is no function word names something:
      // "Office 365", "Haus 4", "iPhone 4", "Sud PTT 92".
      if (bare && q.approximation == Approximation::kExact && begin == i && i > 0 &&
          tokens[i - 1].kind == TokenKind::kWord &&
          (tokens[i - 1].capitalized || tokens[i - 1].all_caps) &&
          stops_.count(lower[i - 1]) == 0 && articles_.count(lower[i - 1]) == 0 &&
          approx_words_.count(lower[i - 1]) == 0) {
        i = last;
        continue;
      }
      // What it counts: the noun after it. German nouns are capitalised ("1.500 Soldaten",
      // past up to two adjectives: "1.500 nordkoreanische Soldaten"); elsewhere the next
      // word that is no stop word ("1 500 soldats", "1500 военных").
      if (q.unit.empty()) {
        size_t noun = end + 1;
        size_t adjectives = 0;
        while (capital_nouns_ && noun < tokens.size() && tokens[noun].kind == TokenKind::kWord &&
               !tokens[noun].capitalized && adjectives < kMaxAdjectives &&
               stops_.count(lower[noun]) == 0 && articles_.count(lower[noun]) == 0) {
          ++noun;
          ++adjectives;
        }
        if (noun < tokens.size() && tokens[noun].kind == TokenKind::kWord &&
            stops_.count(lower[noun]) == 0 && articles_.count(lower[noun]) == 0 &&
            (!capital_nouns_ || tokens[noun].capitalized)) {
          q.counts = std::string(
              body.substr(tokens[end + 1].begin, tokens[noun].end - tokens[end + 1].begin));
        }
      }
      // A number in words is a figure when it counts something, scales or has a unit.
      if (word_number && q.unit.empty() && !scaled && q.counts.empty()) {
        i = std::max(last, end);
        continue;
      }
      q.value = *value;
      q.span = {tokens[begin].begin, tokens[end].end};
      q.text = std::string(body.substr(q.span.begin, q.span.size()));
      out.push_back(std::move(q));
      i = std::max(last, end);
    }
  }
}

}  // namespace crosscheck
