// UTF-8 helpers: validation, code point decoding, and byte <-> code point offset mapping.
//
// All text inside crosscheck is UTF-8 in std::string; spans are byte offsets internally and
// become Unicode code point offsets only at the annotations output boundary (the schema's
// unit). Functions are pure and thread-safe.
#ifndef CROSSCHECK_BASE_UTF8_H_
#define CROSSCHECK_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

inline constexpr char32_t kReplacementChar = 0xFFFD;

// Returns true when `text` is entirely well-formed UTF-8 (no overlongs, no surrogates).
bool IsValidUtf8(std::string_view text);

// Byte offset of the first invalid sequence, or text.size() when valid.
size_t FindInvalidUtf8(std::string_view text);

// DecodeUtf8 beyond ASCII (out of line).
char32_t DecodeUtf8Multibyte(std::string_view text, size_t& pos);

// Decodes one code point at `pos`; advances `pos`. Invalid bytes decode as U+FFFD, one byte
// consumed, so the loop always progresses. ASCII, most of the text every stage reads, is
// decoded inline.
inline char32_t DecodeUtf8(std::string_view text, size_t& pos) {
  const unsigned char lead = static_cast<unsigned char>(text[pos]);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  return DecodeUtf8Multibyte(text, pos);
}

// Appends the UTF-8 encoding of `cp` (U+FFFD for invalid values).
void AppendUtf8(char32_t cp, std::string& out);

// Replaces every invalid sequence by U+FFFD.
std::string SanitizeUtf8(std::string_view text);

// Number of code points in `text`.
size_t CountCodePoints(std::string_view text);

// Maps byte offsets of one text to code point offsets. Build once per text: O(n) memory
// (one entry per byte would be wasteful, so it stores one entry per code point start).
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  // Code point offset of byte offset `byte` (a byte inside a sequence maps to its start).
  size_t ToCodePoint(size_t byte) const;

 private:
  std::vector<uint32_t> starts_;  // byte offset of each code point, ascending
  size_t size_ = 0;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_UTF8_H_
