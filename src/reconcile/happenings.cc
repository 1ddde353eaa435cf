#include "reconcile/happenings.h"

#include <unordered_map>

#include "annotate/tokens.h"
#include "base/ascii.h"
#include "base/lexicon.h"
#include "reconcile/story_parts.h"

namespace crosscheck::reconcile {
namespace {

// Word -> its class's first word, from happening_classes.txt (one class a line, words
// separated by tabs or spaces). Built once; immutable.
const std::unordered_map<std::string, std::string>& HappeningClasses() {
  static const auto* classes = [] {
    auto* table = new std::unordered_map<std::string, std::string>();
    for (std::string_view entry : LexiconEntries("happening_classes")) {
      std::string first;
      size_t pos = 0;
      while (pos < entry.size()) {
        while (pos < entry.size() && (entry[pos] == ' ' || entry[pos] == '\t')) ++pos;
        size_t end = pos;
        while (end < entry.size() && entry[end] != ' ' && entry[end] != '\t') ++end;
        if (end > pos) {
          const std::string word = LowerAscii(entry.substr(pos, end - pos));
          if (first.empty()) first = word;
          table->emplace(word, first);
        }
        pos = end;
      }
    }
    return table;
  }();
  return *classes;
}

}  // namespace

HappeningKeys::HappeningKeys(bool word_classes) : word_classes_(word_classes) {}

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
  if (word_classes_) {
    const auto& classes = HappeningClasses();
    if (const auto it = classes.find(lower); it != classes.end()) return it->second;
  }
  return Stem(lower);
}

}  // namespace crosscheck::reconcile
