#include "clean/html/fast_tree.h"
#include "clean/html/gumbo_tree.h"
namespace crosscheck::html {
DomTree BuildTreeFast(std::string_view html) { return BuildTreeWithGumbo(html); }
}
