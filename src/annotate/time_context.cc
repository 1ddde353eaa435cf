#include "annotate/time_context.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>
#include <vector>

#include "annotate/tokens.h"
#include "base/lexicon.h"

namespace crosscheck {
namespace {

constexpr size_t kMinEdPastLetters = 5;  // "moved", "announced"; not "bed", "need"

const std::unordered_map<std::string, Tense>& TenseTable() {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string, Tense>();
    for (std::string_view entry : LexiconEntries("tense_cues")) {
      const auto fields = LexiconFields(entry);
      if (fields.size() == 2) (*map)[std::string(fields[0])] = fields[1] == "future" ? Tense::kFuture : Tense::kPast;
    }
    return map;
  }();
  return *table;
}

// Lower-cased phrase with each run of spaces collapsed to one.
std::string NormalizePhrase(std::string_view phrase) {
  std::string out;
  for (char c : phrase) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return LowerAscii(out);
}

const std::unordered_map<std::string, std::string>& RefTable() {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string, std::string>();
    for (std::string_view entry : LexiconEntries("time_refs")) {
      const auto fields = LexiconFields(entry);
      if (fields.size() == 2) (*map)[NormalizePhrase(fields[0])] = std::string(fields[1]);
    }
    return map;
  }();
  return *table;
}

// The tense one lower-case word gives, read with the word before it (lower-cased):
//   "be" + -ed is a passive infinitive, no past ("will be named", "to be completed");
//   "had"/"been" + a future cue is a plan that was ("had been due to expire Friday");
//   "set to", "is to", "are to" announce ("set to resume Monday").
Tense LowerWordTense(const std::string& lower, std::string_view previous) {
  if (lower == "to") {
    return previous == "set" || previous == "is" || previous == "are" ? Tense::kFuture : Tense::kUnknown;
  }
  const auto& table = TenseTable();
  if (auto it = table.find(lower); it != table.end()) {
    if (it->second == Tense::kFuture && (previous == "had" || previous == "been")) return Tense::kPast;
    return it->second;
  }
  if (lower.size() > 3 && lower.ends_with("'ll")) return Tense::kFuture;
  if (lower.size() >= kMinEdPastLetters && lower.ends_with("ed")) {
    if (previous == "be") return Tense::kUnknown;
    return Tense::kPast;
  }
  return Tense::kUnknown;
}

bool IsCueByte(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\''; }

}  // namespace

Tense NearestTense(std::string_view sentence, size_t sentence_offset, size_t pos) {
  Tense best = Tense::kUnknown;
  size_t best_distance = 0;
  size_t k = 0;
  std::string previous;
  while (k < sentence.size()) {
    if (!IsCueByte(sentence[k])) {
      ++k;
      continue;
    }
    const size_t begin = k;
    while (k < sentence.size() && IsCueByte(sentence[k])) ++k;
    const std::string_view word = sentence.substr(begin, k - begin);
    std::string lower = LowerAscii(word);
    const Tense tense = LowerWordTense(lower, previous);
    previous = std::move(lower);
    if (tense == Tense::kUnknown) continue;
    const size_t at = sentence_offset + begin;
    const size_t distance = at > pos ? at - pos : pos - at;
    if (best == Tense::kUnknown || distance < best_distance) {
      best = tense;
      best_distance = distance;
    }
  }
  return best;
}

Tense CueTense(std::string_view word, std::string_view previous) {
  return LowerWordTense(LowerAscii(word), previous);
}

const std::string& TimeRefAlternation() {
  static const auto* alternation = [] {
    std::vector<std::string> phrases;
    for (const auto& [phrase, value] : RefTable()) phrases.push_back(phrase);
    std::sort(phrases.begin(), phrases.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    auto* out = new std::string();
    for (const std::string& phrase : phrases) {
      if (!out->empty()) *out += '|';
      for (char c : phrase) *out += c == ' ' ? std::string(R"(\s+)") : std::string(1, c);
    }
    return out;
  }();
  return *alternation;
}

std::string_view TimeRefValue(std::string_view phrase) {
  const auto& table = RefTable();
  auto it = table.find(NormalizePhrase(phrase));
  return it == table.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace crosscheck
