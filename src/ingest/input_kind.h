// What an input is: by file extension first, by sniffing its first bytes otherwise.
//
// Extensions (case-insensitive, each optionally followed by .gz): .txt .text .md -> text;
// .html .htm .xhtml -> HTML; .jsonl .ndjson -> JSON lines; .warc -> WARC; .rss .atom .rdf
// -> XML; anything else (.xml too: XHTML pages carry it) is sniffed from the first
// kSniffBytes (after gzip, if the bytes are gzip): "WARC/" magic, an XML document (after a
// BOM, an XML declaration, comments and a DOCTYPE: a root element html is HTML, anything
// else with a declaration, or a feed root rss/feed/rdf:RDF without one, is kXml, read as a
// feed or named as XML that is not one; UTF-16/32 by the XML spec's first bytes), a
// first line that is a whole '{...}' object (JSON lines; a long first line that does not
// end within the sample counts too), other JSON ('{' alone on its line, '[' then '{' or '[')
// as kJson, an HTML start ("<!doctype html", "<html", "<head" near the
// top), text when the bytes look like text, binary otherwise. Binary = a NUL byte, or more than
// 5% control bytes (other than tab, newline, carriage return, form feed, escape) in the
// sample; UTF-16 with a byte order mark is text. Pure functions; thread-safe.
#ifndef CROSSCHECK_INGEST_INPUT_KIND_H_
#define CROSSCHECK_INGEST_INPUT_KIND_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace crosscheck {

// kJson: one JSON document spread over lines (not JSON lines); not an input we read.
// kXml: an XML document; the feed reader reads RSS/Atom and names anything else.
// kXml: an XML document other than HTML (feeds); kReuters: Reuters-21578 SGML records.
enum class InputKind { kUnknown, kText, kHtml, kJsonl, kWarc, kJson, kXml, kReuters, kBinary };

// How many leading bytes sniffing looks at.
inline constexpr size_t kSniffBytes = 4096;

struct PathKind {
  InputKind kind = InputKind::kUnknown;  // kUnknown: sniff the content
  bool gzipped = false;                  // the name ends in .gz
};

// Classifies a path by its extension(s).
PathKind InputKindFromPath(std::string_view path);

// Classifies content by its first bytes (already decompressed). Never returns kUnknown.
InputKind SniffInputKind(std::string_view prefix);

// True when the first bytes start like an HTML document.
bool LooksLikeHtml(std::string_view prefix);

// True when the sample looks binary (see the file comment).
bool LooksBinary(std::string_view sample);

// The document id for a file: its name without directories and extension(s)
// ("a/b/000_x.txt" -> "000_x", "x.html.gz" -> "x"); "stdin" for "-".
std::string DocumentIdFromPath(std::string_view path);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_INPUT_KIND_H_
