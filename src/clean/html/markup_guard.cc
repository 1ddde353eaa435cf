#include "clean/html/markup_guard.h"

#include <vector>

namespace crosscheck::html {
namespace {

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool NameIs(std::string_view name, std::string_view lower) {
  if (name.size() != lower.size()) return false;
  for (size_t i = 0; i < name.size(); ++i) {
    if (Lower(name[i]) != lower[i]) return false;
  }
  return true;
}

// Elements that never nest: void elements and those whose end tag the parser implies.
bool NeverNests(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "area", "base",   "br",       "col",      "embed",   "hr",     "img",   "input", "link",
      "meta", "param",  "source",   "track",    "wbr",     "keygen", "p",     "li",    "dt",
      "dd",   "option", "optgroup", "tr",       "td",      "th",     "thead", "tbody", "tfoot",
      "rb",   "rt",     "rp",       "colgroup", "caption", "html",   "head",  "body",  "image"};
  for (std::string_view candidate : kNames) {
    if (NameIs(name, candidate)) return true;
  }
  return false;
}

bool IsRawText(std::string_view name) {
  return NameIs(name, "script") || NameIs(name, "style") || NameIs(name, "textarea") ||
         NameIs(name, "title") || NameIs(name, "xmp") || NameIs(name, "plaintext");
}

// Position just past the '>' closing the tag that starts at `pos` ('<' + name), honouring
// quoted attribute values; page.size() when the tag never closes.
size_t TagEnd(std::string_view page, size_t pos, bool& self_closing) {
  char quote = 0;
  for (size_t i = pos + 1; i < page.size(); ++i) {
    char c = page[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      // Quotes only open a value right after '=' (possibly after spaces).
      size_t back = i;
      while (back > pos &&
             (page[back - 1] == ' ' || page[back - 1] == '\t' || page[back - 1] == '\n'))
        --back;
      if (back > pos && page[back - 1] == '=') quote = c;
    } else if (c == '>') {
      self_closing = page[i - 1] == '/';
      return i + 1;
    }
  }
  self_closing = false;
  return page.size();
}

// Position after the end tag "</name" that closes a raw-text element, or page.size().
size_t SkipRawText(std::string_view page, size_t pos, std::string_view name) {
  for (size_t i = page.find("</", pos); i != std::string_view::npos; i = page.find("</", i + 2)) {
    if (i + 2 + name.size() <= page.size() && NameIs(page.substr(i + 2, name.size()), name)) {
      return i;
    }
  }
  return page.size();
}

}  // namespace

void GuardMarkup(std::string_view page, GuardedMarkup& out) {
  out.storage.clear();
  out.elements = 0;
  out.blanked_tags = 0;
  out.truncated = false;
  out.cut = MarkupCut::kNone;
  if (page.size() > kMaxParsedBytes) {
    page = page.substr(0, kMaxParsedBytes);
    out.truncated = true;
    out.cut = MarkupCut::kBytes;
  }
  std::vector<std::pair<size_t, size_t>> blanks;
  size_t depth = 0;
  size_t pos = 0;
  while ((pos = page.find('<', pos)) != std::string_view::npos) {
    if (pos + 1 >= page.size()) break;
    char next = page[pos + 1];
    if (next == '!') {
      size_t end =
          page.compare(pos, 4, "<!--") == 0 ? page.find("-->", pos + 4) : page.find('>', pos);
      if (end == std::string_view::npos) break;
      pos = end + 1;
      continue;
    }
    bool end_tag = next == '/';
    size_t name_begin = pos + (end_tag ? 2 : 1);
    if (name_begin >= page.size() || !IsAsciiLetter(page[name_begin])) {
      ++pos;
      continue;
    }
    size_t name_end = name_begin;
    while (name_end < page.size() && page[name_end] != '>' && page[name_end] != '/' &&
           page[name_end] != ' ' && page[name_end] != '\t' && page[name_end] != '\n' &&
           page[name_end] != '\r' && page[name_end] != '\f') {
      ++name_end;
    }
    std::string_view name = page.substr(name_begin, name_end - name_begin);
    bool self_closing = false;
    size_t tag_end = TagEnd(page, pos, self_closing);
    if (end_tag) {
      if (!NeverNests(name) && depth > 0) --depth;
      pos = tag_end;
      continue;
    }
    if (out.elements >= kMaxElements) {
      page = page.substr(0, pos);
      out.truncated = true;
      out.cut = MarkupCut::kElements;
      break;
    }
    ++out.elements;
    if (IsRawText(name)) {
      std::string lower;
      for (char c : name) lower.push_back(Lower(c));
      pos = SkipRawText(page, tag_end, lower);
      continue;
    }
    if (!self_closing && !NeverNests(name)) {
      if (depth >= kMaxNesting) {
        blanks.emplace_back(pos, tag_end);
      } else {
        ++depth;
      }
    }
    pos = tag_end;
  }
  out.blanked_tags = blanks.size();
  if (blanks.empty()) {
    out.text = page;
    return;
  }
  out.storage.assign(page);
  for (const auto& [begin, end] : blanks) {
    for (size_t i = begin; i < end; ++i) out.storage[i] = ' ';
  }
  out.text = out.storage;
}

}  // namespace crosscheck::html
