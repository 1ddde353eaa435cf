// Feeds: RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom (1.0 and 0.3) files, each item or
// entry read as one FeedItem, then as one Document.
//
// ParseFeed takes a whole feed file (its raw bytes, any charset: BOM, then the XML
// declaration's encoding, then detection as for HTML; UTF-16/32 by the XML spec's first-bytes
// rule) and returns its items in document order. XML is read with expat, without namespace
// processing (prefixes are matched as written: content:encoded, dc:date, dc:creator), and
// within bounds: no external entity or DTD is ever loaded, an internal entity declaration
// stops the parse (entity expansion is off), elements nest at most kMaxFeedDepth deep, and
// the caller bounds the file size. A file whose root is not rss, feed, RDF or channel is
// Unsupported, naming the root. Malformed XML after some items keeps the items read so far
// and says where it stopped (`stopped`); before any item it is DataLoss.
//
// Per item: title (text; an Atom html/xhtml title has its markup removed), link (RSS <link>,
// else a permalink <guid>; Atom rel="alternate" or no rel, relative hrefs resolved against
// xml:base), id (guid / atom:id), published (pubDate, published, issued, created) and
// updated (updated, modified, dc:date) as written, the last value of each winning as in
// feedparser, authors (author, dc:creator, Atom author/name), and content from
// content:encoded, Atom content, description, summary (the longest of the item's content
// fields wins), flagged as HTML unless it is declared or looks like plain text. Markup
// written unescaped inside a title or description is kept as markup; Atom 0.3 base64 is
// decoded; C1 controls (U+0080..U+009F, cp1252 bytes mislabelled) become their cp1252
// characters. Feed level: title (the outlet), link, language.
// Pure functions over borrowed bytes; thread-safe.
#ifndef CROSSCHECK_INGEST_FEED_READER_H_
#define CROSSCHECK_INGEST_FEED_READER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "model/document.h"

namespace crosscheck {

// Elements deeper than this stop the parse (ResourceExhausted, items so far kept).
inline constexpr size_t kMaxFeedDepth = 256;

struct FeedItem {
  std::string title, link, id, published, updated, language;
  std::vector<std::string> authors;
  std::string content;
  bool content_is_html = false;
};

struct Feed {
  std::string kind;  // "rss", "atom", "rdf"
  std::string title, link, language, charset;
  std::vector<FeedItem> items;
  Status stopped;  // OK, or why reading stopped early (items before it are kept)
};

// Whether `prefix` (the first bytes of an input, any charset) is an XML document: an XML
// declaration, or a root element after comments and a DOCTYPE. `root` gets the root element's
// name as written ("rss", "feed", "rdf:RDF") when it is within the prefix, else "".
bool LooksLikeXml(std::string_view prefix, std::string* root);

// Whether an XML root element name is one of a feed (rss, feed, RDF, channel; any prefix).
bool IsFeedRoot(std::string_view root);

// Reads a feed file. Errors: Unsupported (XML that is not a feed, naming its root),
// DataLoss (not XML, or malformed before any item), ResourceExhausted (nesting).
StatusOr<Feed> ParseFeed(std::string_view bytes);

// One item as a Document: id = item id (guid / atom:id), else its link, else `fallback_id`;
// url = link; outlet = the feed title, else the link's site; content = the item's content,
// else (none, or HTML with no text: an image alone) its title; record_text set. Empty when the item has neither content nor title.
StatusOr<Document> FeedItemToDocument(const Feed& feed, const FeedItem& item,
                                      std::string_view fallback_id);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_FEED_READER_H_
