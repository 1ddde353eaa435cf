// The text pieces of a feed, apart from its XML structure: bytes to UTF-8 by the XML rules,
// titles written as HTML read as text, markup written back, base64, mislabelled cp1252
// quotes, relative links. Used by feed_reader.cc (and its tests and fuzzer). Pure functions
// over borrowed text; thread-safe.
#ifndef CROSSCHECK_INGEST_FEED_TEXT_H_
#define CROSSCHECK_INGEST_FEED_TEXT_H_

#include <optional>
#include <string>
#include <string_view>

#include "ingest/charset.h"

namespace crosscheck::feed_text {

// The bytes of a feed as UTF-8: the XML spec's first-bytes rule for UTF-32 (with or without a
// byte order mark) and for UTF-16 without one, then what DecodeHtml reads (BOM, <?xml
// encoding?>, detection). A UTF-8 byte order mark is removed.
DecodedText DecodeFeedBytes(std::string_view bytes);

// Feeds in the wild (and feedparser's suite) put a comment before the XML declaration, which
// XML forbids; such a declaration is blanked with spaces (lines and columns kept), its
// encoding having been read already, so the rest of the feed reads.
void BlankLateDeclaration(std::string& text);

// XML white space (space, tab, line feed, carriage return), and `text` without it at both ends.
bool IsXmlSpace(char c);
std::string_view Trim(std::string_view text);

// Whether text written into a feed field is HTML: a tag or an entity reference in it.
bool LooksLikeMarkup(std::string_view text);

// A title written as HTML, as text: tags dropped, &lt; &gt; &amp; &quot; &apos; &nbsp; and
// numeric references decoded (other named ones kept as written), white space collapsed.
std::string MarkupToText(std::string_view html);

// Appends `text` to `out` with & < > (and " in an attribute) escaped.
void AppendEscaped(std::string_view text, bool attribute, std::string& out);

// C1 control characters (U+0080..U+009F) as Windows-1252 reads their bytes: a feed that
// wrote cp1252 quotes as "&#146;" or declared Latin-1 for cp1252 bytes means "don’t".
void RepairC1Controls(std::string& text);

// Base64 (Atom 0.3 mode="base64"), white space ignored; bytes that are not UTF-8 are read as
// Windows-1252. nullopt when `text` is not base64.
std::optional<std::string> DecodeBase64(std::string_view text);

// `href` resolved against `base` (RFC 3986 in its common cases: absolute, scheme-relative,
// host-relative, query or fragment, and path-relative, with ./ and ../ kept as written).
std::string ResolveUrl(std::string_view base, std::string_view href);

}  // namespace crosscheck::feed_text

#endif  // CROSSCHECK_INGEST_FEED_TEXT_H_
