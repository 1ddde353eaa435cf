#include "reconcile/happenings.h"

#include <libstemmer.h>

#include <unordered_map>

#include "annotate/tokens.h"
#include "base/ascii.h"
#include "base/lexicon.h"

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

struct HappeningKeys::Impl {
  sb_stemmer* stemmer = sb_stemmer_new("english", "UTF_8");
  ~Impl() {
    if (stemmer != nullptr) sb_stemmer_delete(stemmer);
  }
};

HappeningKeys::HappeningKeys(bool word_classes)
    : word_classes_(word_classes), impl_(std::make_unique<Impl>()) {}
HappeningKeys::~HappeningKeys() = default;

std::string HappeningKeys::KeyOf(const std::vector<std::string_view>& words) {
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
  if (impl_->stemmer == nullptr) return lower;
  const sb_symbol* stem = sb_stemmer_stem(impl_->stemmer, reinterpret_cast<const sb_symbol*>(lower.data()),
                                          static_cast<int>(lower.size()));
  if (stem == nullptr) return lower;
  return std::string(reinterpret_cast<const char*>(stem), static_cast<size_t>(sb_stemmer_length(impl_->stemmer)));
}

}  // namespace crosscheck::reconcile
