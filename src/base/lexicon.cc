#include "base/lexicon.h"

namespace crosscheck {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::vector<std::string_view> LexiconEntries(std::string_view name) {
  std::vector<std::string_view> entries;
  std::string_view text = EmbeddedLexicon(name);
  while (!text.empty()) {
    const size_t newline = text.find('\n');
    std::string_view line = Trim(text.substr(0, newline));
    text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
    if (line.empty() || line.front() == '#') continue;
    entries.push_back(line);
  }
  return entries;
}

std::vector<std::string_view> LexiconFields(std::string_view entry) {
  std::vector<std::string_view> fields;
  while (true) {
    const size_t tab = entry.find('\t');
    fields.push_back(Trim(entry.substr(0, tab)));
    if (tab == std::string_view::npos) break;
    entry.remove_prefix(tab + 1);
  }
  return fields;
}

}  // namespace crosscheck
