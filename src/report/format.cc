#include "report/format.h"

#include <cmath>
#include <cstdio>

#include "base/utf8.h"

namespace crosscheck {

std::string CountOf(size_t count, std::string_view singular, std::string_view plural) {
  return std::to_string(count) + " " + std::string(count == 1 ? singular : plural);
}

std::string FormatNumber(double value) {
  if (!std::isfinite(value)) return "?";
  if (value != std::floor(value) || std::fabs(value) >= 1e15) {
    char buf[32];
    std::snprintf(buf, sizeof(buf), "%g", value);
    return buf;
  }
  const bool negative = value < 0;
  std::string digits = std::to_string(static_cast<long long>(std::fabs(value)));
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return negative ? "-" + out : out;
}

std::string FormatQuantity(const ReportQuantity& quantity) {
  std::string out;
  const std::string& approx = quantity.approximation;
  if (approx == "about") out = "about ";
  else if (approx == "at_least") out = "at least ";
  else if (approx == "more_than") out = "more than ";
  else if (approx == "at_most") out = "at most ";
  else if (approx == "up_to") out = "up to ";
  if (quantity.unit == "USD") out += "$";
  out += FormatNumber(quantity.value);
  if (quantity.upper) out += "–" + FormatNumber(*quantity.upper);
  if (!quantity.unit.empty() && quantity.unit != "USD") {
    out += quantity.unit == "%" ? "%" : " " + quantity.unit;
  }
  if (!quantity.counts.empty()) out += " " + quantity.counts;
  return out;
}

std::string JoinStrings(const std::vector<std::string>& values, std::string_view separator) {
  std::string out;
  for (const std::string& value : values) {
    if (!out.empty()) out += separator;
    out += value;
  }
  return out;
}

std::string Shorten(std::string_view text, size_t max_chars) {
  if (CountCodePoints(text) <= max_chars) return std::string(text);
  size_t pos = 0;
  size_t chars = 0;
  size_t last_space = 0;
  while (pos < text.size() && chars < max_chars) {
    if (text[pos] == ' ') last_space = pos;
    DecodeUtf8(text, pos);
    ++chars;
  }
  const size_t cut = last_space > max_chars / 2 ? last_space : pos;
  return std::string(text.substr(0, cut)) + "…";
}

std::string DescribeSource(const ReportSource& source) {
  std::string name = source.origin.empty() ? source.group : source.origin;
  return name + " (" + JoinStrings(source.documents, ", ") + ")";
}

std::string EntityName(const ReportStory& story, std::string_view entity_id) {
  for (const ReportEntity& entity : story.entities) {
    if (entity.id == entity_id) return entity.name;
  }
  return std::string(entity_id);
}

}  // namespace crosscheck
