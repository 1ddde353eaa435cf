#include "reconcile/happenings.h"

#include <unordered_map>

#include "annotate/tokens.h"
#include "base/ascii.h"
#include "base/lexicon.h"
#include "reconcile/story_parts.h"

namespace crosscheck::reconcile {
namespace {

// Adds one class line (words separated by tabs or spaces) to `table`: word -> its class's
// first word. A word already in an earlier class keeps that class.
void AddClassLine(std::string_view entry, std::unordered_map<std::string, std::string>& table) {
  std::string first;
  size_t pos = 0;
  while (pos < entry.size()) {
    while (pos < entry.size() && (entry[pos] == ' ' || entry[pos] == '\t')) ++pos;
    size_t end = pos;
    while (end < entry.size() && entry[end] != ' ' && entry[end] != '\t') ++end;
    if (end > pos) {
      const std::string word = LowerAscii(entry.substr(pos, end - pos));
      if (first.empty()) first = word;
      table.emplace(word, first);
    }
    pos = end;
  }
}

// The embedded happening_classes.txt, built once; immutable and shared.
std::shared_ptr<const std::unordered_map<std::string, std::string>> EmbeddedClasses() {
  static const auto classes = [] {
    auto table = std::make_shared<std::unordered_map<std::string, std::string>>();
    for (std::string_view entry : LexiconEntries("happening_classes")) AddClassLine(entry, *table);
    return std::shared_ptr<const std::unordered_map<std::string, std::string>>(std::move(table));
  }();
  return classes;
}

}  // namespace

HappeningKeys::HappeningKeys(bool word_classes)
    : classes_(word_classes ? EmbeddedClasses() : nullptr) {}

HappeningKeys HappeningKeys::WithClasses(std::string_view classes_text) {
  auto table = std::make_shared<ClassTable>();
  while (!classes_text.empty()) {
    const size_t newline = classes_text.find('\n');
    const std::string_view line = classes_text.substr(0, newline);
    if (!line.empty() && line.front() != '#') AddClassLine(line, *table);
    classes_text =
        newline == std::string_view::npos ? std::string_view() : classes_text.substr(newline + 1);
  }
  HappeningKeys keys(false);
  keys.classes_ = std::move(table);
  return keys;
}

std::string HappeningKeys::KeyOf(const std::vector<std::string_view>& words) const {
  std::string_view head;
  for (std::string_view word : words) {
    if (word.empty() || !StartsWithLetter(word)) continue;
    if (head.empty()) head = word;  // the first word, unless a content word follows
    if (!IsFunctionWord(word)) {
      head = word;
      break;
    }
  }
  if (head.empty()) return std::string();
  const std::string lower = LowerAscii(head);
  if (classes_) {
    if (const auto it = classes_->find(lower); it != classes_->end()) return it->second;
  }
  return Stem(lower);
}

}  // namespace crosscheck::reconcile
