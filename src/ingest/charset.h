// Charset decoding: raw input bytes -> UTF-8, for plain text and HTML.
//
// Order of evidence, strongest first (after the WHATWG encoding standard):
//   1. a byte order mark (UTF-8 is stripped; UTF-16 LE/BE is converted);
//   2. for HTML, the transport charset (HTTP Content-Type), then <meta charset> /
//      <meta http-equiv content="...; charset=..."> / <?xml encoding?> in the head;
//   3. detection.
// A declaration is overruled when the bytes disprove it: bytes that are valid UTF-8 and hold
// multi-byte sequences are decoded as UTF-8 whatever the page claims (legacy text passing as
// UTF-8 by chance is vanishingly rare), and a page declared UTF-8 that is not goes to
// detection. Detection: valid UTF-8 stays UTF-8; otherwise, when the invalid bytes outnumber
// the valid multi-byte sequences (the text was never UTF-8), ICU's detector may name a
// non-Latin legacy charset it is confident about (windows-1251, Shift_JIS, GB18030, ...),
// else the text is Windows-1252 (a superset of printable Latin-1; undefined bytes map to C1
// controls as WHATWG does). When valid multi-byte sequences dominate (UTF-8 with a few stray
// bytes), each invalid sequence becomes U+FFFD and the text is still delivered.
// Windows-1252 / Latin-1 / ASCII use an own table (the common case, no ICU call); other
// labels go through ICU ucnv, with WHATWG label aliases (gb2312 -> GB18030, shift_jis ->
// windows-31j, iso-8859-9 -> windows-1254, ...). Pure functions; thread-safe.
#ifndef CROSSCHECK_INGEST_CHARSET_H_
#define CROSSCHECK_INGEST_CHARSET_H_

#include <string>
#include <string_view>

namespace crosscheck {

struct DecodedText {
  std::string text;            // UTF-8
  std::string charset;         // the charset used: "UTF-8", "windows-1252", an ICU name
  bool replaced_invalid = false;  // some bytes could not be decoded and became U+FFFD
};

// Windows-1252 bytes -> UTF-8 (ASCII runs copied as they are).
std::string DecodeWindows1252(std::string_view bytes);

// The canonical name for a charset label ("UTF-8", "windows-1252", "UTF-16LE", "UTF-16BE",
// or a name ICU can open), or "" when the label is empty or unknown.
std::string CanonicalCharset(std::string_view label);

// The charset named by a byte order mark at the start of `bytes` ("UTF-8", "UTF-16LE",
// "UTF-16BE") and the mark's length, or "" and 0.
std::string_view DetectByteOrderMark(std::string_view bytes, size_t* mark_length);

// The charset label declared in the head of an HTML document (<meta charset>, <meta
// http-equiv=Content-Type content="...charset=...">, <?xml ... encoding=...?>), as written, or
// "" when none is found before <body> or within the first 64 KiB.
std::string FindDeclaredCharset(std::string_view html);

// The charset parameter of a MIME Content-Type value ("text/html; charset=utf-8"), or "".
std::string CharsetFromContentType(std::string_view content_type);

// Decodes `bytes` as `label` (any label CanonicalCharset accepts). False when the label is
// unknown; `out` then stays untouched.
bool DecodeAs(std::string_view bytes, std::string_view label, DecodedText& out);

// Plain text: BOM, else detection (see the file comment).
DecodedText DecodePlainText(std::string_view bytes);

// HTML: BOM, else `transport_charset` (may be empty), else the declared charset, else
// detection; a declaration the bytes disprove is overruled (see the file comment).
DecodedText DecodeHtml(std::string_view bytes, std::string_view transport_charset);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_CHARSET_H_
