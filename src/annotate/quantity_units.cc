#include "annotate/quantity_units.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

#include "annotate/quantity_lexicon.h"
#include "annotate/tokens.h"

namespace crosscheck {
namespace {

// Vertical resolutions written "<lines>p" ("720p", "1080p"): no price in pence.
constexpr double kVideoLines[] = {240, 360, 480, 576, 720, 1080, 1440, 2160, 4320};

// "$", "£", "€": a symbol the units lexicon reads as a currency code ("USD").
bool IsCurrencySign(std::string_view text) {
  const std::string* unit = FindUnit(text);
  return unit && unit->size() == 3 &&
         std::all_of(unit->begin(), unit->end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

void ReadPoundsAndPence(const AmountReader& t, size_t unit_last, bool scaled, QuantityMention& q) {
  const std::string written = LowerAscii(t.Text(unit_last));
  if (q.unit == "GBp") {
    if (written.ends_with('p') &&
        std::find(std::begin(kVideoLines), std::end(kVideoLines), q.value) != std::end(kVideoLines))
      q.unit.clear();
    return;
  }
  if (q.unit != "GBP" || scaled || (written != "pounds" && written != "pound")) return;
  for (size_t k = 0; k < t.size(); ++k) {
    if (t.IsWord(k) ? IsMoneyWord(t.Text(k)) : IsCurrencySign(t.Text(k))) return;
  }
  q.unit = "lb";
}

void ReadMetresAndAges(const AmountReader& t, const NumberRead& number, size_t first, size_t last,
                       bool& scaled, QuantityMention& q) {
  if (!q.unit.empty() || q.upper) return;
  // "aged 35", "at the age of 27", "under the age of 10".
  if ((first > 0 && t.IsLower(first - 1, "aged")) ||
      (first > 1 && t.IsLower(first - 1, "of") && t.IsLower(first - 2, "age"))) {
    q.unit = "age";
    return;
  }
  const std::string_view written = t.Text(number.last);
  if (!number.scaled || number.is_word || !written.ends_with('m') || !t.Is(last + 1, "(")) return;
  const std::optional<Amount> converted = t.ReadAmount(last + 2);
  if (!converted || !IsOneOf(converted->unit, {"ft", "yd", "mi", "in"})) return;
  q.value = number.unscaled;
  q.unit = "m";
  scaled = false;
}

}  // namespace crosscheck
