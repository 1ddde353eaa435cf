#include "base/utf8.h"

#include <algorithm>

namespace crosscheck {
namespace {

// Length of a well-formed sequence starting at `pos`, or 0 when it is not well formed.
size_t ValidSequenceLength(std::string_view text, size_t pos) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  const size_t remaining = text.size() - pos;
  if (lead < 0x80) return 1;
  const auto is_cont = [&](size_t i) { return (byte(i) & 0xC0) == 0x80; };
  if (lead >= 0xC2 && lead <= 0xDF) {
    return remaining >= 2 && is_cont(pos + 1) ? 2 : 0;
  }
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (remaining < 3 || !is_cont(pos + 1) || !is_cont(pos + 2)) return 0;
    const unsigned char second = byte(pos + 1);
    if (lead == 0xE0 && second < 0xA0) return 0;  // overlong
    if (lead == 0xED && second > 0x9F) return 0;  // surrogate
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (remaining < 4 || !is_cont(pos + 1) || !is_cont(pos + 2) || !is_cont(pos + 3)) return 0;
    const unsigned char second = byte(pos + 1);
    if (lead == 0xF0 && second < 0x90) return 0;  // overlong
    if (lead == 0xF4 && second > 0x8F) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

size_t FindInvalidUtf8(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    // Fast path: ASCII runs.
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const size_t len = ValidSequenceLength(text, pos);
    if (len == 0) return pos;
    pos += len;
  }
  return text.size();
}

bool IsValidUtf8(std::string_view text) { return FindInvalidUtf8(text) == text.size(); }

char32_t DecodeUtf8Multibyte(std::string_view text, size_t& pos) {
  const unsigned char lead = static_cast<unsigned char>(text[pos]);
  const size_t len = ValidSequenceLength(text, pos);
  if (len == 0) {
    ++pos;
    return kReplacementChar;
  }
  char32_t cp = 0;
  switch (len) {
    case 1: cp = lead; break;
    case 2: cp = lead & 0x1F; break;
    case 3: cp = lead & 0x0F; break;
    default: cp = lead & 0x07; break;
  }
  for (size_t i = 1; i < len; ++i) {
    cp = (cp << 6) | (static_cast<unsigned char>(text[pos + i]) & 0x3F);
  }
  pos += len;
  return cp;
}

void AppendUtf8(char32_t cp, std::string& out) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacementChar;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string SanitizeUtf8(std::string_view text) {
  size_t bad = FindInvalidUtf8(text);
  if (bad == text.size()) return std::string(text);
  std::string out(text.substr(0, bad));
  size_t pos = bad;
  while (pos < text.size()) {
    const size_t len = ValidSequenceLength(text, pos);
    if (len == 0) {
      AppendUtf8(kReplacementChar, out);
      ++pos;
    } else {
      out.append(text.substr(pos, len));
      pos += len;
    }
  }
  return out;
}

size_t CountCodePoints(std::string_view text) {
  size_t count = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

CodePointIndex::CodePointIndex(std::string_view text) : size_(text.size()) {
  starts_.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts_.push_back(static_cast<uint32_t>(i));
  }
}

size_t CodePointIndex::ToCodePoint(size_t byte) const {
  if (byte >= size_) return starts_.size();
  // Index of the last code point start <= byte.
  auto it = std::upper_bound(starts_.begin(), starts_.end(), static_cast<uint32_t>(byte));
  return static_cast<size_t>(it - starts_.begin()) - (it == starts_.begin() ? 0 : 1);
}

}  // namespace crosscheck
