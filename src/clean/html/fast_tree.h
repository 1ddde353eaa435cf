// placeholder
#ifndef CROSSCHECK_CLEAN_HTML_FAST_TREE_H_
#define CROSSCHECK_CLEAN_HTML_FAST_TREE_H_
#include <string_view>
#include "clean/html/dom_tree.h"
namespace crosscheck::html {
DomTree BuildTreeFast(std::string_view html);
}
#endif
