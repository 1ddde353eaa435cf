// The measured phrase is found in two steps. First the noun phrase right before the figure:
// walk back over the words that link a subject to its figure (function words, change words,
// approximation cues, speech verbs, participles, the measure_links lexicon's verbs, time
// adjuncts and adverbs), then take up to kMaxMeasuredWords content words. When nothing is
// there (the figure opens its clause, or the words before are another figure), the subject of
// the clause: the first content words after the clause's boundary (a comma, a semicolon, a
// relative or contrast word), trying up to kMaxClauses boundaries back ("Healthcare, 2018's
// best performing sector, dropped 1.61%"). A pronoun subject names nothing: empty.
#include "annotate/quantity_concepts.h"

#include <string_view>

#include "annotate/entities.h"
#include "annotate/quantity_lexicon.h"
#include "annotate/tokens.h"

namespace crosscheck {
namespace {

constexpr size_t kMaxCountedWords = 3;
constexpr size_t kMaxModifierWords = 3;
constexpr size_t kMaxLinkWords = 6;
constexpr size_t kMaxMeasuredWords = 4;
constexpr size_t kMaxClauses = 3;

bool IsDash(const AmountReader& t, size_t j) { return t.Is(j, "-") || t.Is(j, "\xE2\x80\x93"); }

// Whether token j links a figure to the noun phrase before it. `with_lexicon`: also the
// measure_links words, many of which are nouns too ("trade", "cost"): they link only where
// they stand between the figure and the phrase, and stay inside a phrase ("trade deficit").
bool IsLink(const AmountReader& t, size_t j, bool with_lexicon = true) {
  const std::string_view word = t.Text(j);
  if (!t.IsWord(j)) return IsDash(t, j);  // "a shot at goal - from 30 yards"
  if (!t.IsLowerWord(j))
    return with_lexicon && IsMeasureLink(word) && !t[j].all_caps;  // "on Sunday"
  // A verb after "to" or a modal ("to send", "could deploy"), or a participle after
  // "has"/"had" ("had taken").
  const bool verb =
      j > 0 && (IsOneOf(t.Text(j - 1), {"to", "will", "would", "could", "can", "may", "might",
                                        "must", "should", "did"}) ||
                (word.ends_with("en") && IsOneOf(t.Text(j - 1), {"has", "have", "had", "been"})));
  return verb || IsFunctionWord(word) || FindChangeWord(word) != QuantityChange::kNone ||
         FindApproximationCue(word) || IsSpeechVerb(word) ||
         (with_lexicon && IsMeasureLink(word)) || (word.size() > 4 && word.ends_with("ly")) ||
         (word.size() > 4 && word.ends_with("ed") && !word.ends_with("eed")) ||
         (word.size() > 5 && word.ends_with("ing"));
}

// Whether token j can be part of the measured phrase.
bool IsPhraseWord(const AmountReader& t, size_t j) {
  return t.IsWord(j) && !IsFunctionWord(t.Text(j)) && !t.WordNumberAt(j) &&
         !(t.IsLowerWord(j) && IsLink(t, j, /*with_lexicon=*/false));
}

bool IsSubjectPronoun(std::string_view word) {
  return IsOneOf(word, {"i", "we", "you", "he", "she", "it", "they", "there", "who", "which", "one",
                        "some", "many", "most"});
}

// A clause boundary: punctuation other than a hyphen, or a word opening a new clause.
bool IsClauseBoundary(const AmountReader& t, size_t j) {
  if (!t.IsWord(j))  // brackets stay inside the clause: "Ford (F), which has 13,000 workers"
    return !t.IsNumberToken(j) && !IsDash(t, j) && !t.Is(j, "'") && !t.Is(j, "$") &&
           !t.Is(j, "(") && !t.Is(j, ")");
  return IsOneOf(t.Text(j), {"while", "whereas", "but", "which", "who", "that", "when", "where",
                             "after", "before", "because", "although", "though", "if", "as",
                             "since", "until", "unless"});
}

std::string Join(const AmountReader& t, size_t begin, size_t end) {
  std::string phrase;
  for (size_t j = begin; j < end; ++j) {
    if (!phrase.empty()) phrase += ' ';
    phrase += std::string(t.Text(j));
  }
  return phrase;
}

bool IsRelativePronoun(const AmountReader& t, size_t j) {
  return t.IsWord(j) && IsOneOf(t.Text(j), {"which", "who"});
}

// The noun phrase ending before token `end` (a comma before `end` skipped): the antecedent of
// a relative pronoun at `end` ("The material, which ...").
std::string PhraseBefore(const AmountReader& t, size_t end) {
  if (end > 0 && t.Is(end - 1, ",")) --end;
  // A bracketed abbreviation after the name: "Ford (F) which has ...".
  if (end >= 3 && t.Is(end - 1, ")") && t.Is(end - 3, "(")) end -= 3;
  size_t begin = end;
  while (begin > 0 && end - begin < kMaxMeasuredWords && IsPhraseWord(t, begin - 1)) --begin;
  return Join(t, begin, end);
}

// The subject of the clause that ends before token `end`, or empty.
std::string ClauseSubject(const AmountReader& t, size_t end) {
  size_t limit = end;
  for (size_t clause = 0; clause < kMaxClauses && limit > 0; ++clause) {
    size_t start = limit;
    while (start > 0 && !IsClauseBoundary(t, start - 1)) --start;
    // A relative clause's subject is its antecedent ("The company, which has ...").
    if (start > 0 && IsRelativePronoun(t, start - 1)) {
      std::string antecedent = PhraseBefore(t, start - 1);
      if (!antecedent.empty()) return antecedent;
    }
    size_t j = start;
    if (j < limit && t.IsWord(j) && IsSubjectPronoun(t.Text(j))) return std::string();
    // Adjuncts opening the clause ("So far this year Tesla shares ...") are not its subject;
    // a link word before a lower-case noun is a modifier ("the trade deficit").
    while (j < limit && t.IsWord(j) &&
           (IsFunctionWord(t.Text(j)) ||
            (IsLink(t, j) &&
             !(t.IsLowerWord(j + 1) && IsPhraseWord(t, j + 1) && !IsMeasureLink(t.Text(j + 1))))))
      ++j;
    size_t phrase_end = j;
    // A verb after the subject ends it ("the deficit hit").
    while (phrase_end < limit && phrase_end - j < kMaxMeasuredWords &&
           IsPhraseWord(t, phrase_end) &&
           !(phrase_end > j && t.IsLowerWord(phrase_end) && IsMeasureLink(t.Text(phrase_end))))
      ++phrase_end;
    if (phrase_end > j) return Join(t, j, phrase_end);
    if (start == 0) break;
    limit = start - 1;
  }
  return std::string();
}

}  // namespace

std::string MeasuredBefore(const AmountReader& t, size_t first, const PreviousFigure& previous) {
  // "87 mph (140 km/h)": the figure in brackets restates the one before it.
  if (first > 0 && t.Is(first - 1, "(") && previous.measured) return *previous.measured;
  // Whether token j is part of the previous figure ("up 9.4 per cent to $84").
  auto in_previous = [&](size_t j) {
    return previous.measured && t[j].begin >= previous.span.begin && t[j].end <= previous.span.end;
  };
  size_t k = first;
  size_t links = 0;
  // Digits that are no figure (a year: "China's economy in 2022 grew by 3%") link too.
  while (k > 0 && links < kMaxLinkWords && !in_previous(k - 1) &&
         (IsLink(t, k - 1) || t.IsNumberToken(k - 1))) {
    // "bank stocks, which were up 2.8%": the antecedent.
    if (IsRelativePronoun(t, k - 1)) return PhraseBefore(t, k - 1);
    --k;
    ++links;
  }
  if (k > 0 && in_previous(k - 1)) return *previous.measured;
  size_t begin = k;
  while (begin > 0 && k - begin < kMaxMeasuredWords && IsPhraseWord(t, begin - 1)) --begin;
  // "up 19 cents at US $58.24": the words before are the unit of another figure.
  if (begin > 0 && begin < k && in_previous(begin - 1)) return *previous.measured;
  if (begin < k) return Join(t, begin, k);
  if (k > 0 && t.IsWord(k - 1) && IsSubjectPronoun(t.Text(k - 1))) return std::string();
  return ClauseSubject(t, k);
}

std::string CountedNounAfter(const AmountReader& t, size_t k) {
  if (t.IsLower(k, "of") && !IsFunctionWord(k + 1 < t.size() ? t.Text(k + 1) : "the")) {
    ++k;  // "thousands of students"
  } else if (t.IsLower(k, "of") && t.IsWord(k + 1) &&
             IsOneOf(t.Text(k + 1), {"the", "its", "their", "his", "her", "our"}) &&
             t.IsLowerWord(k + 2) && !IsFunctionWord(t.Text(k + 2))) {
    k += 2;  // "60% of the workers"
  }
  // Capitalized modifiers ("North Korean troops") are skipped when a lower-case noun follows.
  size_t modifiers = 0;
  while (modifiers < kMaxModifierWords && t.IsWord(k + modifiers) && t[k + modifiers].capitalized &&
         !IsFunctionWord(t.Text(k + modifiers)))
    ++modifiers;
  // "1,307,000 Americans", "millions of North Koreans": a people counted by its name.
  for (size_t words = modifiers; words >= 1; --words) {
    std::string name = Join(t, k, k + words);
    if (IsPluralDemonym(name)) return name;
  }
  if (modifiers > 0 && t.IsLowerWord(k + modifiers)) k += modifiers;
  std::string phrase;
  size_t words = 0;
  while (words < kMaxCountedWords && t.IsLowerWord(k)) {
    const std::string_view word = t.Text(k);
    if (IsFunctionWord(word) || IsSpeechVerb(word) || FindNumberWord(word) ||
        FindChangeWord(word) != QuantityChange::kNone)
      break;
    if (words > 0 && (word.ends_with("ed") || word.ends_with("ly"))) break;
    if (!phrase.empty()) phrase += ' ';
    phrase += word;
    ++words;
    ++k;
    // A plural noun closes the phrase ("special forces", "containers", "people worldwide").
    if (word.size() > 3 && word.back() == 's' && !word.ends_with("ss")) break;
    if (CountedNounClass(word) == NounClass::kPlural) break;
  }
  return phrase;
}

}  // namespace crosscheck
