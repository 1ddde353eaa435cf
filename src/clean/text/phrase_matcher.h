// Which of a few hundred literal phrases occur in a text, case-insensitively (or as written),
// each as whole words: an Aho-Corasick automaton over case-folded UTF-8, built in about a
// millisecond.
//
// It stands in for an RE2::Set of patterns "(?:^|[^\pL\pN])PHRASE(?:[^\pL\pN]|$)" (and
// "^PHRASE…" for phrases that must open the text), which took ~0.3 s of CPU and tens of MB to
// compile at every start of the binary. The semantics are the same: a phrase matches where the
// character before it (if any) and the character after it (if any) are neither letters nor
// numbers (Unicode \pL, \pN), comparing case-folded text (utf8proc's simple lower case, per
// code point) with the case-folded phrase. `phrase_matcher_test.cc` checks it against that
// RE2::Set on generated text.
#ifndef CROSSCHECK_CLEAN_TEXT_PHRASE_MATCHER_H_
#define CROSSCHECK_CLEAN_TEXT_PHRASE_MATCHER_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::text {

class PhraseMatcher {
 public:
  // `fold_case` false: phrases match only as written (RE2's default case-sensitive mode).
  explicit PhraseMatcher(bool fold_case = true) : fold_case_(fold_case) {}

  // Where a phrase must lie and which word boundaries it needs.
  struct Placement {
    bool at_start = false;   // only at the text's first byte (RE2 "^")
    bool word_start = true;  // the character before is no letter or number (or none)
    bool word_end = true;    // the character after is no letter or number (or none)
  };

  // Adds a phrase (non-empty; any case) and returns its index, counted from 0 in the order of
  // Add; an empty phrase is not added and gives -1.
  int Add(std::string_view phrase, Placement placement);
  // Builds the automaton; call once, after the last Add. Match before Build finds nothing.
  void Build();

  // Indices of the phrases found in `text`, each once, ascending; `hits` is cleared first.
  // Returns whether any was found. Thread-safe after Build (const, no caches).
  bool Match(std::string_view text, std::vector<int>* hits) const;

  size_t size() const { return phrases_.size(); }

  // `text` folded as the matcher compares it: each code point to its simple lower case;
  // invalid bytes kept as they are.
  static std::string Fold(std::string_view text);

 private:
  struct Phrase {
    uint32_t length = 0;  // bytes of the folded phrase
    Placement placement;
  };
  struct Node {
    std::vector<std::pair<unsigned char, uint32_t>> next;  // sorted by byte
    uint32_t fail = 0;
    uint32_t output_link = 0;       // nearest node on the fail chain with phrases, 0 = none
    std::vector<uint32_t> phrases;  // phrases ending here
  };

  uint32_t Child(uint32_t node, unsigned char byte) const;  // 0 when none (0 is the root)
  uint32_t Step(uint32_t node, unsigned char byte) const;
  // Step through the table Build makes: one lookup per byte, fail links followed in advance.
  uint32_t Next(uint32_t node, unsigned char byte) const {
    return next_[node * classes_ + byte_class_[byte]];
  }

  std::vector<Phrase> phrases_;
  std::vector<Node> nodes_ = std::vector<Node>(1);
  std::array<uint32_t, 256> root_next_{};  // the root's children by byte (Build), 0 = none
  // The automaton as a table (Build): bytes that no phrase holds share class 0, every other
  // byte has a class of its own; next_[node * classes_ + class] is Step(node, byte), and
  // out_[node] the first node of its output chain with phrases (0 = none).
  std::array<uint16_t, 256> byte_class_{};
  uint32_t classes_ = 1;
  std::vector<uint32_t> next_;
  std::vector<uint32_t> out_;
  bool fold_case_ = true;
  bool built_ = false;
};

}  // namespace crosscheck::text

#endif  // CROSSCHECK_CLEAN_TEXT_PHRASE_MATCHER_H_
