// Page metadata read from a parsed HTML page: titles, site name, canonical URL, declared
// language, author and publication date from structured data (JSON-LD, Open Graph and other
// <meta> tags, itemprop attributes). Also the date in a URL path.
//
// ReadPageMetadata walks the whole tree once, iteratively (any depth), and parses at most
// kMaxJsonLdScripts JSON-LD scripts of at most kMaxJsonLdBytes each. Takes the DomTree
// borrowed; returns values. Pure functions; thread-safe.
#ifndef CROSSCHECK_CLEAN_HTML_PAGE_METADATA_H_
#define CROSSCHECK_CLEAN_HTML_PAGE_METADATA_H_

#include <optional>
#include <string>
#include <string_view>

#include "base/date.h"
#include "clean/html/dom_tree.h"

namespace crosscheck::html {

inline constexpr int kMaxJsonLdScripts = 16;
inline constexpr size_t kMaxJsonLdBytes = size_t{1} << 20;

struct PageMetadata {
  std::string html_title;     // <title>
  std::string meta_title;     // og:title, twitter:title, JSON-LD headline
  std::string first_h1;
  std::string site_name;      // og:site_name, JSON-LD publisher name, application-name
  std::string canonical_url;  // <link rel=canonical>, else og:url
  std::string language;       // primary subtag of <html lang>, lower case; "" when absent
  std::string author;         // JSON-LD author name(s), else <meta name=author>
  std::optional<Date> published;  // structured publication date (day precision preferred)
};

PageMetadata ReadPageMetadata(const DomTree& tree);

// Publication date written in a URL path: /2024/10/18/, /2024-10-18, /20241018/, /2024/10/
// (month precision). Years outside 1990..2100 are ignored.
std::optional<Date> DateFromUrl(std::string_view url);

// A date in a metadata value: ISO 8601 first, then any written form with a year.
std::optional<Date> ParseMetaDate(std::string_view value);

// Host of an absolute URL without "www." ("https://www.example.org/a" -> "example.org").
std::string HostOf(std::string_view url);

// `title` without a trailing or leading site name (" | Site", " - Site", "Site: ").
std::string StripSiteFromTitle(std::string_view title, std::string_view site_name,
                               std::string_view host);

}  // namespace crosscheck::html

#endif  // CROSSCHECK_CLEAN_HTML_PAGE_METADATA_H_
