#include "base/terminal_text.h"

#include "base/utf8.h"

namespace crosscheck {
namespace {

constexpr char kHex[] = "0123456789abcdef";
constexpr unsigned char kDelete = 0x7f;

void AppendByteEscape(unsigned char byte, std::string& out) {
  out += "\\x";
  out.push_back(kHex[byte >> 4]);
  out.push_back(kHex[byte & 0xF]);
}

// Code points above ASCII that steer the terminal or the line rather than print.
bool IsInvisibleControl(char32_t cp) {
  return (cp >= 0x80 && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F ||
         (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

void AppendCodePointEscape(char32_t cp, std::string& out) {
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out.push_back(kHex[(cp >> shift) & 0xF]);
}

}  // namespace

std::string EscapeForTerminal(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      ++pos;
      switch (byte) {
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        case '\\':
          out += "\\\\";
          break;
        default:
          if (byte < 0x20 || byte == kDelete) {
            AppendByteEscape(byte, out);
          } else {
            out.push_back(static_cast<char>(byte));
          }
      }
      continue;
    }
    const size_t start = pos;
    const char32_t cp = DecodeUtf8(text, pos);
    if (pos - start == 1) {  // a valid sequence above ASCII is at least two bytes
      AppendByteEscape(byte, out);
    } else if (IsInvisibleControl(cp)) {
      AppendCodePointEscape(cp, out);
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
  return out;
}

}  // namespace crosscheck
