#include "annotate/quantity_lexicon.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "annotate/tokens.h"
#include "base/lexicon.h"

namespace crosscheck {
namespace {

template <typename Value>
using Table = std::unordered_map<std::string, Value>;

NumberWordKind NumberWordKindFromName(std::string_view name) {
  if (name == "scale") return NumberWordKind::kScale;
  if (name == "scales") return NumberWordKind::kScales;
  if (name == "fraction") return NumberWordKind::kFraction;
  return NumberWordKind::kNumber;
}

NounClass NounClassFromName(std::string_view name) {
  if (name == "plural") return NounClass::kPlural;
  if (name == "fraction") return NounClass::kFraction;
  if (name == "duration") return NounClass::kDuration;
  if (name == "vague") return NounClass::kVague;
  return NounClass::kOther;
}

// Builds a table from a lexicon whose entries have at least `min_fields` fields; `make`
// turns the fields into the value. Keys are lower-cased when `lower`.
template <typename Value, typename Make>
const Table<Value>* BuildTable(std::string_view lexicon, size_t min_fields, bool lower, Make make) {
  auto* table = new Table<Value>();
  for (std::string_view entry : LexiconEntries(lexicon)) {
    const auto fields = LexiconFields(entry);
    if (fields.size() < min_fields) continue;
    (*table)[lower ? LowerAscii(fields[0]) : std::string(fields[0])] = make(fields);
  }
  return table;
}

template <typename Value>
const Value* Find(const Table<Value>& table, const std::string& key) {
  auto it = table.find(key);
  return it == table.end() ? nullptr : &it->second;
}

// The number-word table with a cheap gate in front: most words of a text are no number
// word, and their length or first letter says so without hashing.
struct NumberWordTable {
  const Table<NumberWord>* words = nullptr;
  size_t max_length = 0;
  std::array<bool, 256> first_letters{};  // lower-case first bytes of the entries
};

const NumberWordTable& NumberWords() {
  static const NumberWordTable* table = [] {
    auto* t = new NumberWordTable();
    t->words = BuildTable<NumberWord>("number_words", 2, true, [](const auto& fields) {
      return NumberWord{
          std::strtod(std::string(fields[1]).c_str(), nullptr),
          fields.size() >= 3 ? NumberWordKindFromName(fields[2]) : NumberWordKind::kNumber};
    });
    for (const auto& [word, unused] : *t->words) {
      t->max_length = std::max(t->max_length, word.size());
      if (!word.empty()) t->first_letters[static_cast<unsigned char>(word[0])] = true;
    }
    return t;
  }();
  return *table;
}

}  // namespace

const NumberWord* FindNumberWord(std::string_view word) {
  const NumberWordTable& table = NumberWords();
  if (word.empty() || word.size() > table.max_length) return nullptr;
  const char first = LowerAsciiChar(word[0]);
  if (!table.first_letters[static_cast<unsigned char>(first)]) return nullptr;
  return Find(*table.words, LowerAscii(word));
}

const std::string* FindUnit(std::string_view written) {
  static const auto* table = BuildTable<std::string>(
      "units", 2, false, [](const auto& fields) { return std::string(fields[1]); });
  if (const std::string* exact = Find(*table, std::string(written))) return exact;
  // A single letter is case-sensitive: "5G" is a network generation, not 5 grams.
  if (written.size() == 1) return nullptr;
  return Find(*table, LowerAscii(written));
}

std::optional<Approximation> FindApproximationCue(std::string_view phrase) {
  static const auto* table = BuildTable<Approximation>(
      "quantity_cues", 2, true,
      [](const auto& fields) { return ApproximationFromName(fields[1]); });
  const Approximation* found = Find(*table, LowerAscii(phrase));
  return found ? std::optional<Approximation>(*found) : std::nullopt;
}

QuantityChange FindChangeWord(std::string_view word) {
  static const auto* table =
      BuildTable<QuantityChange>("quantity_changes", 2, true, [](const auto& fields) {
        return fields[1] == "up" ? QuantityChange::kUp : QuantityChange::kDown;
      });
  const QuantityChange* found = Find(*table, LowerAscii(word));
  return found ? *found : QuantityChange::kNone;
}

const CurrencyPrefix* FindCurrencyPrefix(std::string_view written) {
  static const auto* table =
      BuildTable<CurrencyPrefix>("currency_prefixes", 2, false, [](const auto& fields) {
        CurrencyPrefix prefix;
        prefix.currency = std::string(fields[1]);
        prefix.needs_symbol = fields.size() >= 3 && fields[2] == "symbol";
        prefix.attached_only = fields.size() >= 3 && fields[2] == "attached";
        return prefix;
      });
  return Find(*table, std::string(written));
}

bool IsNumberLabel(std::string_view word) {
  static const auto* table =
      BuildTable<bool>("number_labels", 1, true, [](const auto&) { return true; });
  return Find(*table, LowerAscii(word)) != nullptr;
}

bool IsStreetType(std::string_view word) {
  static const auto* table =
      BuildTable<bool>("street_types", 1, true, [](const auto&) { return true; });
  std::string_view bare = word;
  if (!bare.empty() && bare.back() == '.') bare.remove_suffix(1);  // "St."
  return Find(*table, LowerAscii(bare)) != nullptr;
}

bool IsMoneyWord(std::string_view word) {
  static const auto* table =
      BuildTable<bool>("money_words", 1, true, [](const auto&) { return true; });
  return Find(*table, LowerAscii(word)) != nullptr;
}

NounClass CountedNounClass(std::string_view word) {
  static const auto* table = BuildTable<NounClass>(
      "counted_nouns", 2, true, [](const auto& fields) { return NounClassFromName(fields[1]); });
  const NounClass* found = Find(*table, LowerAscii(word));
  return found ? *found : NounClass::kOther;
}

bool IsMeasureLink(std::string_view word) {
  static const auto* table =
      BuildTable<bool>("measure_links", 2, true, [](const auto&) { return true; });
  return Find(*table, LowerAscii(word)) != nullptr;
}

}  // namespace crosscheck
