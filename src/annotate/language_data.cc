#include "annotate/language_data.h"

#include <utf8proc.h>

#include <algorithm>

#include "base/utf8.h"

namespace crosscheck {

std::string LowerWord(std::string_view word) {
  std::string lower;
  lower.reserve(word.size());
  size_t pos = 0;
  while (pos < word.size()) {
    const char32_t cp = DecodeUtf8(word, pos);
    AppendUtf8(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))), lower);
  }
  return lower;
}

std::vector<std::string> LowerWords(std::string_view entry) {
  std::vector<std::string> words;
  size_t pos = 0;
  while (pos < entry.size()) {
    const size_t space = std::min(entry.find(' ', pos), entry.size());
    if (space > pos) words.push_back(LowerWord(entry.substr(pos, space - pos)));
    pos = space + 1;
  }
  return words;
}

}  // namespace crosscheck
