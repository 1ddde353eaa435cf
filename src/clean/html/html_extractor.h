// The HTML extractor with a chosen tree builder (see dom_tree.h). NewHtmlExtractor()
// (clean/extractor.h) is this with the default builder; the gumbo one stays selectable to
// check the fast one (eval_extract --parser gumbo). Same contract as Extractor: immutable,
// thread-safe.
#ifndef CROSSCHECK_CLEAN_HTML_HTML_EXTRACTOR_H_
#define CROSSCHECK_CLEAN_HTML_HTML_EXTRACTOR_H_

#include <memory>

#include "clean/extractor.h"
#include "clean/html/dom_tree.h"

namespace crosscheck {

// The builder NewHtmlExtractor() uses.
inline constexpr html::HtmlParser kDefaultHtmlParser = html::HtmlParser::kFast;

std::unique_ptr<Extractor> NewHtmlExtractorWithParser(html::HtmlParser parser);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLEAN_HTML_HTML_EXTRACTOR_H_
