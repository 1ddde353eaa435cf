// Named character references (&amp;, &eacute;, ...) for the fast tokenizer: a sorted table
// (html_entities.cc) searched in O(log n). Immutable data; thread-safe.
#ifndef CROSSCHECK_CLEAN_HTML_HTML_ENTITIES_H_
#define CROSSCHECK_CLEAN_HTML_HTML_ENTITIES_H_

#include <cstdint>
#include <string_view>

namespace crosscheck::html {

inline constexpr size_t kMaxEntityNameBytes = 8;  // longest name in the table ("thetasym")

// Whether `name` (case-sensitive, no '&' or ';') is in the table; sets `utf8` to its
// characters. With `without_semicolon`, only names browsers accept without ';' match.
bool LookupNamedEntity(std::string_view name, bool without_semicolon, std::string_view& utf8);

// The character a numeric reference (&#N; / &#xN;) stands for, as the HTML standard reads
// it: 0x80..0x9F as their Windows-1252 characters, 0, surrogates and values beyond U+10FFFF
// as U+FFFD, anything else as itself.
char32_t NumericReferenceCodePoint(uint32_t value);

}  // namespace crosscheck::html

#endif  // CROSSCHECK_CLEAN_HTML_HTML_ENTITIES_H_
