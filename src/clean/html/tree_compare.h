// Test support: a DomTree written out as text, one line per element or text run, so that the
// trees of the two builders (dom_tree.h) can be compared and a difference shown as a line.
// Each line is indented by depth: an element as "<tag name=value ...>" (kept attributes in
// DomAttr order), a text run (adjacent text nodes joined) as its collapsed text; white space
// alone is left out. Pure functions; thread-safe.
#ifndef CROSSCHECK_CLEAN_HTML_TREE_COMPARE_H_
#define CROSSCHECK_CLEAN_HTML_TREE_COMPARE_H_

#include <string>
#include <vector>

#include "clean/html/dom_tree.h"

namespace crosscheck::html {

std::vector<std::string> TreeLines(const DomTree& tree);

// The first line where `a` and `b` differ, as "line N: <a's> | <b's>"; "" when equal.
std::string FirstDifference(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace crosscheck::html

#endif  // CROSSCHECK_CLEAN_HTML_TREE_COMPARE_H_
