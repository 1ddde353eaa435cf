// Escaping for what the server writes around data from the store (titles, ids, texts, all of
// them from strangers' pages): HTML and XML text and double-quoted attributes, and a path
// segment of a link. Pure functions; thread-safe.
#ifndef CROSSCHECK_SERVER_MARKUP_H_
#define CROSSCHECK_SERVER_MARKUP_H_

#include <string>
#include <string_view>

namespace crosscheck {

// `text` safe in HTML and XML 1.0 text and in a double-quoted attribute: & < > " ' as
// entities, invalid UTF-8 as U+FFFD, and the code points XML 1.0 forbids (C0 controls other
// than tab, newline and carriage return; U+FFFE, U+FFFF) dropped, so an Atom feed stays
// well-formed whatever the documents held.
std::string MarkupEscape(std::string_view text);

// `segment` percent-encoded for one path segment of a URL: unreserved bytes (A-Z a-z 0-9
// - . _ ~) stay, every other byte becomes %XX. "a/b c" -> "a%2Fb%20c".
std::string PercentEncodeSegment(std::string_view segment);

}  // namespace crosscheck

#endif  // CROSSCHECK_SERVER_MARKUP_H_
