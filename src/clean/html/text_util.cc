#include "clean/html/text_util.h"

namespace crosscheck::html {

std::string_view TrimSpace(std::string_view text) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

void AppendCollapsed(std::string_view text, std::string& out, bool& pending_space) {
  size_t pos = 0;
  while (pos < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    size_t width = 1;
    bool space = false, drop = false;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
    } else if (c == 0xC2 && pos + 1 < text.size()) {
      unsigned char next = static_cast<unsigned char>(text[pos + 1]);
      if (next == 0xA0) space = true, width = 2;          // no-break space
      else if (next == 0xAD) drop = true, width = 2;      // soft hyphen
    } else if (c == 0xE2 && pos + 2 < text.size() && static_cast<unsigned char>(text[pos + 1]) == 0x80) {
      unsigned char last = static_cast<unsigned char>(text[pos + 2]);
      if (last >= 0x80 && last <= 0x8A) space = true, width = 3;   // en quad .. hair space
      else if (last == 0xA8 || last == 0xA9 || last == 0xAF) space = true, width = 3;
      else if (last >= 0x8B && last <= 0x8D) drop = true, width = 3;  // zero-width
    } else if (c == 0xEF && pos + 2 < text.size() && static_cast<unsigned char>(text[pos + 1]) == 0xBB &&
               static_cast<unsigned char>(text[pos + 2]) == 0xBF) {
      drop = true, width = 3;  // byte order mark
    }
    if (space) {
      pending_space = true;
    } else if (!drop) {
      if (pending_space && !out.empty()) out.push_back(' ');
      pending_space = false;
      out.append(text.substr(pos, width));
    }
    pos += width;
  }
}

uint32_t CountCommas(std::string_view text) {
  uint32_t commas = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ',') {
      ++commas;
    } else if (c < 0xD8) {
      continue;  // ASCII and most lead bytes: no comma of the other scripts starts here
    } else if (text.compare(i, 3, "\xEF\xBC\x8C") == 0 || text.compare(i, 3, "\xE3\x80\x81") == 0) {
      ++commas;  // fullwidth comma, ideographic comma
    } else if (text.compare(i, 2, "\xD8\x8C") == 0) {
      ++commas;  // Arabic comma
    }
  }
  return commas;
}

}  // namespace crosscheck::html
