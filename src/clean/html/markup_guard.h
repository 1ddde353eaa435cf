// MarkupGuard: bounds what the HTML parser is given, before it is given it.
//
// gumbo builds a full tree (about 200 bytes per node) and searches its stack of open elements
// for every start tag, so an element-dense page costs memory and a deeply nested one costs
// quadratic time (100,000 nested <div>: 11 s). One linear scan of the page, a tag scanner
// that knows comments, raw-text elements (script, style) and quoted attributes, fixes both:
//   - the page is cut before its kMaxElements-th start tag and at kMaxParsedBytes;
//   - start tags nested deeper than kMaxNesting (counting only elements whose end tag is
//     required, so unclosed <p> and <li> never count) are overwritten with spaces.
// Blanking keeps every byte offset, so positions in the guarded text are positions in the
// page. The original is returned untouched (no copy) when nothing had to be blanked.
// Pure function; thread-safe.
#ifndef CROSSCHECK_CLEAN_HTML_MARKUP_GUARD_H_
#define CROSSCHECK_CLEAN_HTML_MARKUP_GUARD_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace crosscheck::html {

inline constexpr size_t kMaxParsedBytes = size_t{16} << 20;
inline constexpr size_t kMaxElements = 150000;
inline constexpr size_t kMaxNesting = 512;

// Which bound cut the page, when one did.
enum class MarkupCut { kNone, kBytes, kElements };

struct GuardedMarkup {
  std::string_view text;             // what to parse: a prefix of the page, or of `storage`
  std::string storage;               // the blanked copy, when one was needed
  size_t elements = 0;               // start tags seen in `text`
  size_t blanked_tags = 0;           // start tags overwritten because of nesting
  bool truncated = false;            // the page was cut (bytes or elements)
  MarkupCut cut = MarkupCut::kNone;  // which bound cut it; kNone unless truncated

  GuardedMarkup() = default;
  // `text` may point into `storage`: copying would leave it dangling.
  GuardedMarkup(const GuardedMarkup&) = delete;
  GuardedMarkup& operator=(const GuardedMarkup&) = delete;
};

// Fills `out` for `page` (borrowed: `out.text` may point into it).
void GuardMarkup(std::string_view page, GuardedMarkup& out);

}  // namespace crosscheck::html

#endif  // CROSSCHECK_CLEAN_HTML_MARKUP_GUARD_H_
