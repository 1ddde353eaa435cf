// Quantity annotation, one sentence at a time over word tokens: find a number (digits or
// number words), grow it with a scale ("million"), a currency or unit, a range end and an
// approximation cue before it, then read the counted noun phrase after it.
#include "annotate/quantities.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <vector>

#include "annotate/sentences.h"
#include "annotate/tokens.h"
#include "base/date.h"
#include "base/lexicon.h"

namespace crosscheck {
namespace {

constexpr size_t kMaxCountedWords = 3;
constexpr size_t kMaxModifierWords = 3;

struct NumberWord {
  double value = 0;
  bool scale = false;
};

const std::unordered_map<std::string, NumberWord>& NumberWords() {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string, NumberWord>();
    for (std::string_view entry : LexiconEntries("number_words")) {
      auto fields = LexiconFields(entry);
      if (fields.size() < 2) continue;
      NumberWord word;
      word.value = std::strtod(std::string(fields[1]).c_str(), nullptr);
      word.scale = fields.size() >= 3 && fields[2] == "scale";
      (*map)[std::string(fields[0])] = word;
    }
    return map;
  }();
  return *table;
}

const NumberWord* FindNumberWord(std::string_view word) {
  const auto& table = NumberWords();
  auto it = table.find(LowerAscii(word));
  return it == table.end() ? nullptr : &it->second;
}

const std::unordered_map<std::string, std::string>& LexiconMap(std::string_view name) {
  static auto* cues = new std::unordered_map<std::string, std::string>();
  static auto* units = new std::unordered_map<std::string, std::string>();
  static const bool loaded = [] {
    for (auto [lexicon, map] : {std::pair{"quantity_cues", cues}, std::pair{"units", units}}) {
      for (std::string_view entry : LexiconEntries(lexicon)) {
        auto fields = LexiconFields(entry);
        if (fields.size() == 2) (*map)[std::string(fields[0])] = std::string(fields[1]);
      }
    }
    return true;
  }();
  (void)loaded;
  return name == "units" ? *units : *cues;
}

// What a counted noun is, from the counted_nouns lexicon.
enum class NounClass : uint8_t { kOther, kPlural, kFraction, kDuration, kVague };

NounClass CountedNounClass(std::string_view word) {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string, NounClass>();
    for (std::string_view entry : LexiconEntries("counted_nouns")) {
      auto fields = LexiconFields(entry);
      if (fields.size() < 2) continue;
      NounClass kind = NounClass::kOther;
      if (fields[1] == "plural") kind = NounClass::kPlural;
      if (fields[1] == "fraction") kind = NounClass::kFraction;
      if (fields[1] == "duration") kind = NounClass::kDuration;
      if (fields[1] == "vague") kind = NounClass::kVague;
      (*map)[std::string(fields[0])] = kind;
    }
    return map;
  }();
  auto it = table->find(LowerAscii(word));
  return it == table->end() ? NounClass::kOther : it->second;
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

bool IsDefiniteDeterminer(std::string_view word) {
  static constexpr std::string_view kDeterminers[] = {"the", "these", "those", "its", "their", "his", "her",
                                                      "our", "my", "your", "all", "both", "other"};
  const std::string lower = LowerAscii(word);
  for (std::string_view d : kDeterminers) {
    if (lower == d) return true;
  }
  return false;
}

Approximation ApproximationFromName(std::string_view name) {
  if (name == "about") return Approximation::kAbout;
  if (name == "at_least") return Approximation::kAtLeast;
  if (name == "more_than") return Approximation::kMoreThan;
  if (name == "at_most") return Approximation::kAtMost;
  if (name == "up_to") return Approximation::kUpTo;
  return Approximation::kExact;
}

// "7bn", "3m": digits followed by a scale word.
bool HasScaleSuffix(std::string_view number) {
  size_t digits_end = 0;
  while (digits_end < number.size() && ((number[digits_end] >= '0' && number[digits_end] <= '9') || number[digits_end] == ',' ||
                                        number[digits_end] == '.'))
    ++digits_end;
  if (digits_end == number.size()) return false;
  const NumberWord* scale = FindNumberWord(number.substr(digits_end));
  return scale && scale->scale;
}

bool IsOrdinalSuffix(std::string_view suffix) {
  const std::string lower = LowerAscii(suffix);
  return lower == "st" || lower == "nd" || lower == "rd" || lower == "th";
}

// Time spans sorted by begin with the running maximum of their ends: whether a byte range
// overlaps any time is one binary search, even if times overlap or come unsorted.
class TimeSpanIndex {
 public:
  explicit TimeSpanIndex(const std::vector<TimeMention>& times) {
    spans_.reserve(times.size());
    for (const TimeMention& t : times) spans_.push_back(t.span);
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

class SentenceScanner {
 public:
  SentenceScanner(std::string_view body, const Span& sentence, const TimeSpanIndex& times,
                  std::vector<QuantityMention>& out)
      : body_(body), sentence_(sentence), times_(times), out_(out),
        tokens_(Tokenize(body.substr(sentence.begin, sentence.size()), sentence.begin)) {}

  void Scan() {
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (auto next = TryQuantityAt(i)) i = *next;
    }
  }

 private:
  std::string_view Text(size_t i) const { return body_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin); }
  bool IsWord(size_t i) const { return i < tokens_.size() && tokens_[i].kind == TokenKind::kWord; }
  bool IsLowerWord(size_t i) const { return IsWord(i) && !tokens_[i].capitalized && !tokens_[i].all_caps; }

  bool InTime(uint32_t begin, uint32_t end) const { return times_.Overlaps(begin, end); }

  // Value of the number at token i (digits or a number word), or nullopt.
  std::optional<double> NumberAt(size_t i, bool& is_word) const {
    if (i >= tokens_.size()) return std::nullopt;
    is_word = tokens_[i].kind == TokenKind::kWord;
    if (is_word) {
      const NumberWord* word = FindNumberWord(Text(i));
      if (word && !word->scale && Text(i).size() > 1) return word->value;
      // "twenty-five"
      const std::string_view text = Text(i);
      const size_t hyphen = text.find('-');
      if (hyphen != std::string_view::npos) {
        const NumberWord* tens = FindNumberWord(text.substr(0, hyphen));
        const NumberWord* ones = FindNumberWord(text.substr(hyphen + 1));
        if (tens && ones && !tens->scale && !ones->scale && tens->value >= 20 && ones->value < 10) return tens->value + ones->value;
      }
      return std::nullopt;
    }
    if (tokens_[i].kind != TokenKind::kNumber) return std::nullopt;
    return ParseNumber(Text(i));
  }

  std::optional<size_t> TryQuantityAt(size_t i) {
    bool is_word = false;
    std::optional<double> value = NumberAt(i, is_word);
    if (!value) return std::nullopt;
    const std::string_view text = Text(i);
    if (!is_word) {
      size_t digits_end = 0;
      while (digits_end < text.size() && ((text[digits_end] >= '0' && text[digits_end] <= '9') || text[digits_end] == ',' || text[digits_end] == '.'))
        ++digits_end;
      if (IsOrdinalSuffix(text.substr(digits_end))) return std::nullopt;
    }
    if (InTime(tokens_[i].begin, tokens_[i].end)) return std::nullopt;
    // Parts of paths, URLs and codes: "24/7", "/104510626".
    if ((i > 0 && tokens_[i - 1].end == tokens_[i].begin && (Text(i - 1) == "/" || Text(i - 1) == "-" || Text(i - 1) == ":")) ||
        (i + 1 < tokens_.size() && tokens_[i + 1].begin == tokens_[i].end && (Text(i + 1) == "/" || Text(i + 1) == ":")))
      return std::nullopt;
    // Inside a name: "Boeing 737", "Wales 52"; after "No." or "#".
    if (i > 0) {
      const std::string_view previous = Text(i - 1);
      if (previous == "#" || previous == "No" || (previous == "." && i >= 2 && Text(i - 2) == "No")) return std::nullopt;
      if (!is_word && IsWord(i - 1) && tokens_[i - 1].capitalized && i - 1 > 0 && !IsFunctionWord(previous) &&
          MonthFromName(previous) == 0 && (!IsLowerWord(i + 1) || Text(i + 1).ends_with("ed")) && Text(i - 1) != "US")
        return std::nullopt;
    }

    // A position in a list or ranking: "top 10", "number one".
    if (i > 0 && IsWord(i - 1) && (LowerAscii(Text(i - 1)) == "top" || LowerAscii(Text(i - 1)) == "number")) return std::nullopt;
    // A number word opening a name: "Six Nations".
    if (is_word && tokens_[i].capitalized && IsWord(i + 1) && tokens_[i + 1].capitalized) return std::nullopt;

    QuantityMention q;
    q.value = *value;
    bool scaled = false;  // a scale word or suffix multiplied the number ("two million", "7bn")
    uint32_t begin = tokens_[i].begin;
    uint32_t end = tokens_[i].end;
    size_t next = i + 1;
    // "a dozen"
    // Scale words: "3 million", "1.5 billion".
    if (IsWord(next)) {
      const NumberWord* scale = FindNumberWord(Text(next));
      if (scale && scale->scale && Text(next).size() > 2) {
        q.value *= scale->value;
        scaled = true;
        end = tokens_[next].end;
        ++next;
      }
    }
    // Range: "5-10", "5 to 10", "between 5 and 10".
    bool between = i > 0 && LowerAscii(Text(i - 1)) == "between";
    if (next + 1 < tokens_.size() &&
        (Text(next) == "-" || Text(next) == "\xE2\x80\x93" || Text(next) == "to" || (between && Text(next) == "and"))) {
      bool upper_is_word = false;
      if (auto upper = NumberAt(next + 1, upper_is_word); upper && upper_is_word == is_word) {
        double upper_value = *upper;
        size_t after = next + 2;
        if (IsWord(after)) {
          const NumberWord* scale = FindNumberWord(Text(after));
          if (scale && scale->scale && Text(after).size() > 2) {
            upper_value *= scale->value;
            if (q.value < scale->value) q.value *= scale->value;
            ++after;
          }
        }
        if (upper_value > q.value) {
          q.upper = upper_value;
          q.approximation = Approximation::kRange;
          end = tokens_[after - 1].end;
          next = after;
        }
      }
    }
    // Currency symbol before: "$7bn", "US$ 3", "£40".
    const auto& units = LexiconMap("units");
    size_t first = i;
    if (first > 0 && tokens_[first - 1].kind == TokenKind::kPunct) {
      auto it = units.find(std::string(Text(first - 1)));
      if (it != units.end() && it->second != "%") {
        q.unit = it->second;
        --first;
        if (first > 0 && Text(first - 1) == "US" && tokens_[first - 1].end == tokens_[first].begin) --first;
        begin = tokens_[first].begin;
      }
    }
    // Unit after: "%", "percent", "per cent", "dollars", "km".
    if (q.unit.empty() && next < tokens_.size()) {
      std::string two = next + 1 < tokens_.size() ? LowerAscii(Text(next)) + " " + LowerAscii(Text(next + 1)) : "";
      auto it = units.find(two);
      if (!two.empty() && it != units.end()) {
        q.unit = it->second;
        end = tokens_[next + 1].end;
        next += 2;
      } else if (it = units.find(LowerAscii(Text(next))); it != units.end() && (tokens_[next].kind != TokenKind::kPunct || it->second == "%")) {
        q.unit = it->second;
        end = tokens_[next].end;
        ++next;
      }
    }
    // A suffix on the digits: "7bn", "3m", "10km".
    if (!is_word) ApplySuffix(text, q);
    if (q.upper && !is_word) {
      // keep ranges' suffix scale consistent ("5-7bn")
    }
    // Approximation cue before the number.
    if (q.approximation == Approximation::kExact) {
      const auto& cues = LexiconMap("cues");
      for (size_t len = 3; len >= 1; --len) {
        if (first < len) continue;
        std::string phrase;
        bool words_only = true;
        for (size_t k = first - len; k < first; ++k) {
          words_only = words_only && IsWord(k);
          if (!phrase.empty()) phrase += ' ';
          phrase += LowerAscii(Text(k));
        }
        auto it = cues.find(phrase);
        if (words_only && it != cues.end()) {
          q.approximation = ApproximationFromName(it->second);
          begin = tokens_[first - len].begin;
          break;
        }
      }
    } else if (between) {
      begin = tokens_[i - 1].begin;
    }
    q.counts = CountedNounAfter(next);
    if (!is_word && HasScaleSuffix(text)) scaled = true;  // "7bn", "3m"
    if (!IsFigure(i, is_word, scaled, q)) return std::nullopt;
    q.span = {begin, end};
    q.text = std::string(body_.substr(begin, end - begin));
    q.sentence = sentence_;
    out_.push_back(std::move(q));
    return next > i + 1 ? next - 1 : i;
  }

  // Whether the quantity read at token i is a figure a reader would check; clears a counted
  // phrase that is not what the number counts ("three times", "100 list"). Number words need
  // a real counted noun, and "one"/"two", a word after "the"/"their", or a duration ("two
  // hours") only count with a unit, a scale or a fraction ("two million", "two thirds").
  bool IsFigure(size_t i, bool is_word, bool scaled, QuantityMention& q) const {
    std::string head = q.counts.substr(q.counts.rfind(' ') == std::string::npos ? 0 : q.counts.rfind(' ') + 1);
    head = LowerAscii(head);
    const NounClass kind = q.counts.empty() ? NounClass::kOther : CountedNounClass(head);
    if (!q.counts.empty() && !IsCountedHead(head, kind, q.value, q.unit.empty() && !scaled)) q.counts.clear();
    if (!is_word) return true;
    const bool strong = !q.unit.empty() || scaled || (!q.counts.empty() && kind == NounClass::kFraction);
    if (strong) return true;
    if (q.counts.empty() || q.value <= 2 || kind == NounClass::kDuration) return false;
    return !(i > 0 && IsWord(i - 1) && IsDefiniteDeterminer(Text(i - 1)));
  }

  static void ApplySuffix(std::string_view text, QuantityMention& q) {
    size_t digits_end = 0;
    while (digits_end < text.size() && ((text[digits_end] >= '0' && text[digits_end] <= '9') || text[digits_end] == ',' || text[digits_end] == '.'))
      ++digits_end;
    const std::string suffix = LowerAscii(text.substr(digits_end));
    if (suffix.empty()) return;
    if (const NumberWord* scale = FindNumberWord(suffix); scale && scale->scale) return;  // ParseNumber applied it
    const auto& units = LexiconMap("units");
    if (auto it = units.find(suffix); it != units.end() && q.unit.empty()) q.unit = it->second;
  }

  // The counted noun phrase starting at token `k`.
  std::string CountedNounAfter(size_t k) const {
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
      if (IsFunctionWord(word) || IsSpeechVerb(word) || FindNumberWord(word)) break;
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
  const TimeSpanIndex& times_;
  std::vector<QuantityMention>& out_;
  std::vector<Token> tokens_;
};

}  // namespace

std::optional<double> ParseNumber(std::string_view text) {
  if (text.empty()) return std::nullopt;
  if (const NumberWord* word = FindNumberWord(text); word && !word->scale) return word->value;
  std::string digits;
  size_t pos = 0;
  for (; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (c >= '0' && c <= '9') {
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
    if (const NumberWord* scale = FindNumberWord(suffix); scale && scale->scale) value *= scale->value;
  }
  return value;
}

void QuantityAnnotator::Annotate(const Article& /*article*/, std::string_view body, Annotations& out) const {
  const size_t first_new = out.quantities.size();
  const TimeSpanIndex times(out.times);
  for (const Span& sentence : SplitSentences(body)) {
    SentenceScanner(body, sentence, times, out.quantities).Scan();
  }
  std::stable_sort(out.quantities.begin() + static_cast<long>(first_new), out.quantities.end(),
                   [](const QuantityMention& a, const QuantityMention& b) { return a.span.begin < b.span.begin; });
}

}  // namespace crosscheck
