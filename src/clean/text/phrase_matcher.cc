#include "clean/text/phrase_matcher.h"

#include <utf8proc.h>

#include <algorithm>
#include <deque>

namespace crosscheck::text {
namespace {

// Unicode \pL or \pN, as RE2 reads them.
bool IsLetterOrNumber(utf8proc_int32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

// The code point starting at `pos` (-1 for an invalid byte).
utf8proc_int32_t CodePointAt(std::string_view text, size_t pos) {
  utf8proc_int32_t cp = -1;
  const utf8proc_ssize_t n =
      utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                       static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  return n > 0 ? cp : -1;
}

// The code point ending just before `pos` (pos > 0).
utf8proc_int32_t CodePointBefore(std::string_view text, size_t pos) {
  size_t begin = pos - 1;
  while (begin > 0 && pos - begin < 4 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80)
    --begin;
  const utf8proc_int32_t cp = CodePointAt(text, begin);
  if (cp < 0) return -1;
  // Only when that code point really ends at `pos` (else a stray continuation byte).
  utf8proc_uint8_t buffer[4];
  return begin + static_cast<size_t>(utf8proc_encode_char(cp, buffer)) == pos ? cp : -1;
}

}  // namespace

std::string PhraseMatcher::Fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c));
      ++pos;
      continue;
    }
    utf8proc_int32_t cp = -1;
    const utf8proc_ssize_t n =
        utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                         static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
    if (n <= 0) {
      out.push_back(static_cast<char>(c));
      ++pos;
      continue;
    }
    utf8proc_uint8_t buffer[4];
    const utf8proc_ssize_t written = utf8proc_encode_char(utf8proc_tolower(cp), buffer);
    out.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(written));
    pos += static_cast<size_t>(n);
  }
  return out;
}

int PhraseMatcher::Add(std::string_view phrase, Placement placement) {
  const std::string folded = fold_case_ ? Fold(phrase) : std::string(phrase);
  if (folded.empty() || built_) return -1;
  uint32_t node = 0;
  for (const char ch : folded) {
    const auto byte = static_cast<unsigned char>(ch);
    uint32_t child = Child(node, byte);
    if (child == 0) {
      child = static_cast<uint32_t>(nodes_.size());
      nodes_.emplace_back();
      auto& next = nodes_[node].next;
      next.insert(std::lower_bound(next.begin(), next.end(), std::make_pair(byte, uint32_t{0})),
                  {byte, child});
      if (node == 0) root_next_[byte] = child;
    }
    node = child;
  }
  const auto index = static_cast<uint32_t>(phrases_.size());
  phrases_.push_back({static_cast<uint32_t>(folded.size()), placement});
  nodes_[node].phrases.push_back(index);
  return static_cast<int>(index);
}

uint32_t PhraseMatcher::Child(uint32_t node, unsigned char byte) const {
  // The root is where most bytes of a text end up: its children by direct index.
  if (node == 0) return root_next_[byte];
  const auto& next = nodes_[node].next;
  const auto it = std::lower_bound(next.begin(), next.end(), std::make_pair(byte, uint32_t{0}));
  return it != next.end() && it->first == byte ? it->second : 0;
}

uint32_t PhraseMatcher::Step(uint32_t node, unsigned char byte) const {
  while (true) {
    const uint32_t child = Child(node, byte);
    if (child != 0) return child;
    if (node == 0) return 0;
    node = nodes_[node].fail;
  }
}

void PhraseMatcher::Build() {
  root_next_.fill(0);
  for (const auto& [byte, child] : nodes_[0].next) root_next_[byte] = child;
  // Breadth first: a node's fail link is the longest proper suffix of its path in the trie.
  std::deque<uint32_t> queue;
  for (const auto& [byte, child] : nodes_[0].next) {
    nodes_[child].fail = 0;
    queue.push_back(child);
  }
  while (!queue.empty()) {
    const uint32_t node = queue.front();
    queue.pop_front();
    const uint32_t fail = nodes_[node].fail;
    nodes_[node].output_link = !nodes_[fail].phrases.empty() ? fail : nodes_[fail].output_link;
    for (const auto& [byte, child] : nodes_[node].next) {
      nodes_[child].fail = Step(fail, byte);
      queue.push_back(child);
    }
  }
  // The table: a class per byte that some phrase holds, class 0 for the rest.
  byte_class_.fill(0);
  classes_ = 1;
  for (const Node& node : nodes_) {
    for (const auto& [byte, child] : node.next) {
      if (byte_class_[byte] == 0) byte_class_[byte] = static_cast<uint16_t>(classes_++);
    }
  }
  std::array<unsigned char, 257> class_byte{};  // a byte of each class (class 0: none holds it)
  for (int byte = 255; byte >= 0; --byte)
    class_byte[byte_class_[byte]] = static_cast<unsigned char>(byte);
  next_.assign(nodes_.size() * classes_, 0);
  out_.assign(nodes_.size(), 0);
  for (uint32_t node = 0; node < nodes_.size(); ++node) {
    // Class 0 holds only bytes that lead nowhere: every node goes back to the root on them.
    for (uint32_t c = 1; c < classes_; ++c) next_[node * classes_ + c] = Step(node, class_byte[c]);
    out_[node] = nodes_[node].phrases.empty() ? nodes_[node].output_link : node;
  }
  built_ = true;
}

bool PhraseMatcher::Match(std::string_view text, std::vector<int>* hits) const {
  hits->clear();
  if (!built_ || phrases_.empty()) return false;
  const std::string folded = fold_case_ ? Fold(text) : std::string();
  const std::string_view view = fold_case_ ? std::string_view(folded) : text;
  std::vector<bool> seen(phrases_.size(), false);
  uint32_t node = 0;
  for (size_t i = 0; i < view.size(); ++i) {
    node = Next(node, static_cast<unsigned char>(view[i]));
    for (uint32_t out = out_[node]; out != 0; out = nodes_[out].output_link) {
      for (const uint32_t index : nodes_[out].phrases) {
        if (seen[index]) continue;
        const Phrase& phrase = phrases_[index];
        const size_t end = i + 1;
        const size_t begin = end - phrase.length;
        if (phrase.placement.at_start && begin != 0) continue;
        if (phrase.placement.word_start && begin > 0 &&
            IsLetterOrNumber(CodePointBefore(view, begin)))
          continue;
        if (phrase.placement.word_end && end < view.size() &&
            IsLetterOrNumber(CodePointAt(view, end)))
          continue;
        seen[index] = true;
        hits->push_back(static_cast<int>(index));
      }
    }
  }
  std::sort(hits->begin(), hits->end());
  return !hits->empty();
}

}  // namespace crosscheck::text
