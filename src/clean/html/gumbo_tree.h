// The reference tree builder: gumbo (Debian libgumbo, the HTML5 parsing algorithm) parses the
// page, and its tree is converted into a DomTree under the keep rules of dom_tree.h.
//
// Takes the page borrowed; returns a DomTree that owns its strings. gumbo records no parse
// errors here (max_errors = 0: it copies the open-element stack into each one). The
// conversion is iterative (any nesting depth). Cost: gumbo's parse (about 200 pages/s on news
// pages) plus a linear copy. Pure function; thread-safe.
#ifndef CROSSCHECK_CLEAN_HTML_GUMBO_TREE_H_
#define CROSSCHECK_CLEAN_HTML_GUMBO_TREE_H_

#include <string_view>

#include "clean/html/dom_tree.h"

namespace crosscheck::html {

DomTree BuildTreeWithGumbo(std::string_view html);

}  // namespace crosscheck::html

#endif  // CROSSCHECK_CLEAN_HTML_GUMBO_TREE_H_
