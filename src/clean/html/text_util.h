// Small text helpers shared by the HTML extractor's files: whitespace
// collapsing the way a browser renders inline text.
// Pure functions; thread-safe.
#ifndef CROSSCHECK_CLEAN_HTML_TEXT_UTIL_H_
#define CROSSCHECK_CLEAN_HTML_TEXT_UTIL_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "base/ascii.h"  // LowerAscii, EqualsLowerAscii: the extractor's case folding

namespace crosscheck::html {

std::string_view TrimSpace(std::string_view text);

// Appends `text` to `out` with every run of white space (ASCII, no-break space, line and
// paragraph separators) turned into one space; zero-width characters and soft hyphens are
// dropped. `pending_space` carries a space across calls so that runs spanning two text nodes
// collapse too; no space is written at the start of `out`.
void AppendCollapsed(std::string_view text, std::string& out, bool& pending_space);

// Commas in `text`, counting the CJK and Arabic ones too.
uint32_t CountCommas(std::string_view text);

}  // namespace crosscheck::html

#endif  // CROSSCHECK_CLEAN_HTML_TEXT_UTIL_H_
