// ASCII case folding for text that is UTF-8: only the bytes 'A'..'Z' change, so every other
// byte (and so every multi-byte code point) keeps its place and the result has the input's
// length and offsets. One home for what the ingest, cleaning, annotation and report stages
// each used to write for themselves. Pure functions; thread-safe.
#ifndef CROSSCHECK_BASE_ASCII_H_
#define CROSSCHECK_BASE_ASCII_H_

#include <string>
#include <string_view>

namespace crosscheck {

// The byte lower-cased when it is an ASCII capital, else unchanged.
constexpr char LowerAsciiChar(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// `text` with ASCII capitals lower-cased (same length, same offsets).
std::string LowerAscii(std::string_view text);

// A word ASCII lower-cased for a lookup, on the stack when it is short (every lexicon word
// is) so that it allocates nothing; view() lives as long as the object.
class LowerAsciiWord {
 public:
  explicit LowerAsciiWord(std::string_view word) {
    if (word.size() <= sizeof(buffer_)) {
      for (size_t k = 0; k < word.size(); ++k) buffer_[k] = LowerAsciiChar(word[k]);
      view_ = std::string_view(buffer_, word.size());
    } else {
      heap_ = LowerAscii(word);
      view_ = heap_;
    }
  }
  LowerAsciiWord(const LowerAsciiWord&) = delete;
  LowerAsciiWord& operator=(const LowerAsciiWord&) = delete;
  std::string_view view() const { return view_; }

 private:
  char buffer_[48];
  std::string heap_;
  std::string_view view_;
};

// Whether `text`, ASCII lower-cased, equals `lower` (given in lower case).
bool EqualsLowerAscii(std::string_view text, std::string_view lower);

// Whether `a` and `b` are equal when both are ASCII lower-cased ("WARC-Type", "warc-type").
bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b);

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_ASCII_H_
