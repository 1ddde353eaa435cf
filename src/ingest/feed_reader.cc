// Feed reading with expat: a stack of open elements, each collecting its character data;
// an element's text is used when it closes, by its local name and its parent (an item's
// fields are its direct children, so an Atom entry's <source><title> never replaces the
// entry's title). Inside a content field (Atom type="xhtml", or markup an RSS description
// carries unescaped) child elements are written back as markup into the field's text.
#include "ingest/feed_reader.h"

#include <expat.h>

#include <memory>
#include <optional>
#include <utility>

#include "base/url.h"
#include "base/utf8.h"
#include "ingest/charset.h"

namespace crosscheck {
namespace {

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool IsXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsXmlSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsXmlSpace(text.back())) text.remove_suffix(1);
  return text;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (LowerAscii(a[i]) != LowerAscii(b[i])) return false;
  }
  return true;
}

// "dc:date" -> "date"; "feed" -> "feed".
std::string_view LocalName(std::string_view name) {
  const size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// Whether text written into a feed field is HTML: a tag or an entity reference in it.
bool LooksLikeMarkup(std::string_view text) {
  for (size_t pos = 0; pos + 1 < text.size(); ++pos) {
    const char next = text[pos + 1];
    if (text[pos] == '<' && ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') ||
                             next == '/' || next == '!')) {
      return true;
    }
    if (text[pos] == '&') {
      const size_t semicolon = text.find(';', pos);
      if (semicolon != std::string_view::npos && semicolon - pos <= 10 && semicolon > pos + 1) {
        return true;
      }
    }
  }
  return false;
}

// A title written as HTML, as text: tags dropped, the XML entities and numeric references
// decoded (other named ones kept as written), white space collapsed.
std::string MarkupToText(std::string_view html) {
  std::string text;
  bool pending_space = false;
  auto append = [&](std::string_view piece) {
    for (char c : piece) {
      if (IsXmlSpace(c)) {
        pending_space = !text.empty();
        continue;
      }
      if (pending_space) text.push_back(' ');
      pending_space = false;
      text.push_back(c);
    }
  };
  size_t pos = 0;
  while (pos < html.size()) {
    const char c = html[pos];
    if (c == '<') {
      const size_t close = html.find('>', pos);
      if (close == std::string_view::npos) break;
      pos = close + 1;
      continue;
    }
    if (c == '&') {
      const size_t semicolon = html.find(';', pos);
      if (semicolon != std::string_view::npos && semicolon - pos <= 10) {
        const std::string_view name = html.substr(pos + 1, semicolon - pos - 1);
        std::string decoded;
        if (name == "lt") decoded = "<";
        else if (name == "gt") decoded = ">";
        else if (name == "amp") decoded = "&";
        else if (name == "quot") decoded = "\"";
        else if (name == "apos") decoded = "'";
        else if (name == "nbsp") decoded = " ";
        else if (name.size() > 1 && name[0] == '#') {
          const bool hex = name[1] == 'x' || name[1] == 'X';
          uint32_t value = 0;
          bool digits = name.size() > (hex ? 2u : 1u);
          for (char digit : name.substr(hex ? 2 : 1)) {
            int number = -1;
            if (digit >= '0' && digit <= '9') number = digit - '0';
            else if (hex && digit >= 'a' && digit <= 'f') number = digit - 'a' + 10;
            else if (hex && digit >= 'A' && digit <= 'F') number = digit - 'A' + 10;
            if (number < 0 || value > 0x10FFFF) {
              digits = false;
              break;
            }
            value = value * (hex ? 16 : 10) + static_cast<uint32_t>(number);
          }
          if (digits) AppendUtf8(value == 0 ? char32_t{0xFFFD} : char32_t{value}, decoded);
        }
        if (!decoded.empty()) {
          append(decoded);
          pos = semicolon + 1;
          continue;
        }
      }
    }
    append(html.substr(pos, 1));
    ++pos;
  }
  return text;
}

void AppendEscaped(std::string_view text, bool attribute, std::string& out) {
  for (char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (attribute && c == '"') out += "&quot;";
    else out.push_back(c);
  }
}

// C1 control characters (U+0080..U+009F) as Windows-1252 reads their bytes: a feed that
// wrote cp1252 quotes as "&#146;" or declared Latin-1 for cp1252 bytes means "don’t".
void RepairC1Controls(std::string& text) {
  if (text.find('\xC2') == std::string::npos) return;
  std::string repaired;
  repaired.reserve(text.size());
  for (size_t pos = 0; pos < text.size(); ++pos) {
    const unsigned char next = pos + 1 < text.size() ? static_cast<unsigned char>(text[pos + 1]) : 0;
    if (text[pos] == '\xC2' && next >= 0x80 && next <= 0x9F) {
      repaired += DecodeWindows1252(std::string(1, static_cast<char>(next)));
      ++pos;
      continue;
    }
    repaired.push_back(text[pos]);
  }
  text = std::move(repaired);
}

// Base64 (Atom 0.3 mode="base64"), white space ignored; nullopt when it is not base64.
std::optional<std::string> DecodeBase64(std::string_view text) {
  std::string out;
  uint32_t bits = 0;
  int bit_count = 0;
  for (char c : text) {
    int value;
    if (c >= 'A' && c <= 'Z') value = c - 'A';
    else if (c >= 'a' && c <= 'z') value = c - 'a' + 26;
    else if (c >= '0' && c <= '9') value = c - '0' + 52;
    else if (c == '+') value = 62;
    else if (c == '/') value = 63;
    else if (c == '=' || IsXmlSpace(c)) continue;
    else return std::nullopt;
    bits = (bits << 6) | static_cast<uint32_t>(value);
    bit_count += 6;
    if (bit_count >= 8) {
      bit_count -= 8;
      out.push_back(static_cast<char>((bits >> bit_count) & 0xFF));
    }
  }
  if (!IsValidUtf8(out)) out = DecodeWindows1252(out);
  return out;
}

// Whether an Atom type / mode says the text is base64: Atom 0.3 mode="base64", or an Atom
// 1.0 type that is a MIME type but neither text nor XML ("application/octet-stream").
bool IsBase64Type(std::string_view type) {
  if (type == "base64") return true;
  if (type.find('/') == std::string_view::npos) return false;
  return !type.starts_with("text/") && !type.ends_with("+xml") && !type.ends_with("/xml");
}

// `href` resolved against `base` (RFC 3986 in its common cases: absolute, scheme-relative,
// host-relative, query, and path-relative with ./ and ../ segments kept as written).
std::string ResolveUrl(std::string_view base, std::string_view href) {
  href = Trim(href);
  if (base.empty()) return std::string(href);
  const size_t colon = href.find(':');
  const size_t first_delimiter = href.find_first_of("/?#");
  if (colon != std::string_view::npos && colon > 0 &&
      (first_delimiter == std::string_view::npos || colon < first_delimiter)) {
    return std::string(href);  // has a scheme
  }
  const size_t scheme_end = base.find("://");
  if (scheme_end == std::string_view::npos) return std::string(href);
  if (href.starts_with("//")) return std::string(base.substr(0, scheme_end + 1)) + std::string(href);
  const size_t host_end = base.find_first_of("/?#", scheme_end + 3);
  const std::string_view origin = base.substr(0, host_end);
  if (href.starts_with("/")) return std::string(origin) + std::string(href);
  const std::string_view path_and_more =
      host_end == std::string_view::npos ? std::string_view() : base.substr(host_end);
  const std::string_view path = path_and_more.substr(0, path_and_more.find_first_of("?#"));
  if (href.empty()) return std::string(base.substr(0, base.find('#')));
  if (href.starts_with("#") || href.starts_with("?")) {
    return std::string(origin) + std::string(path) + std::string(href);
  }
  const size_t last_slash = path.rfind('/');
  const std::string_view directory =
      last_slash == std::string_view::npos ? std::string_view("/") : path.substr(0, last_slash + 1);
  return std::string(origin) + std::string(directory) + std::string(href);
}

// The bytes of a feed as UTF-8: the XML spec's first-bytes rule for UTF-32 and for UTF-16
// without a byte order mark, then what DecodeHtml reads (BOM, <?xml encoding?>, detection).
DecodedText DecodeFeedBytes(std::string_view bytes) {
  struct Pattern {
    std::string_view bytes;
    std::string_view charset;
  };
  static constexpr Pattern kPatterns[] = {
      {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE"},
      {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE"},
      {std::string_view("\x00\x00\x00\x3C", 4), "UTF-32BE"},
      {std::string_view("\x3C\x00\x00\x00", 4), "UTF-32LE"},
      {std::string_view("\x00\x3C\x00\x3F", 4), "UTF-16BE"},
      {std::string_view("\x3C\x00\x3F\x00", 4), "UTF-16LE"},
  };
  DecodedText decoded;
  for (const Pattern& pattern : kPatterns) {
    if (bytes.starts_with(pattern.bytes) && DecodeAs(bytes, pattern.charset, decoded)) {
      std::string_view text = decoded.text;
      if (text.starts_with("\xEF\xBB\xBF")) decoded.text.erase(0, 3);
      return decoded;
    }
  }
  decoded = DecodeHtml(bytes, "");
  if (std::string_view(decoded.text).starts_with("\xEF\xBB\xBF")) decoded.text.erase(0, 3);
  return decoded;
}

// Feeds in the wild (and feedparser's suite) put a comment before the XML declaration,
// which XML forbids; such a declaration is blanked with spaces (lines and columns kept), its
// encoding having been read already, so the rest of the feed reads.
void BlankLateDeclaration(std::string& text) {
  size_t pos = 0;
  bool comment = false;
  while (true) {
    while (pos < text.size() && IsXmlSpace(text[pos])) ++pos;
    if (text.compare(pos, 4, "<!--") != 0) break;
    const size_t end = text.find("-->", pos + 4);
    if (end == std::string::npos) return;
    pos = end + 3;
    comment = true;
  }
  if (!comment || text.compare(pos, 5, "<?xml") != 0) return;
  const size_t end = text.find("?>", pos);
  if (end == std::string::npos) return;
  for (size_t idx = pos; idx < end + 2; ++idx) {
    if (!IsXmlSpace(text[idx])) text[idx] = ' ';
  }
}

enum class Field {
  kNone, kItem, kTitle, kLink, kGuid, kPublished, kUpdated, kContent, kAuthor, kAuthorName,
  kLanguage, kOther,
};

struct Frame {
  std::string local;  // local name, as written
  Field field = Field::kNone;
  std::string text;
  std::string type;        // Atom type / mode attribute, lower-cased
  bool markup = false;     // children are written back as markup into `text`
  bool is_permalink = true;
  std::string base;        // xml:base in effect
  std::string language;    // xml:lang in effect
  std::string author_name; // an Atom author's <name>
};

class FeedParser {
 public:
  explicit FeedParser(XML_Parser parser) : parser_(parser) {}

  static void OnStart(void* self, const XML_Char* name, const XML_Char** attributes) {
    static_cast<FeedParser*>(self)->Start(name, attributes);
  }
  static void OnEnd(void* self, const XML_Char* name) { static_cast<FeedParser*>(self)->End(name); }
  static void OnText(void* self, const XML_Char* text, int length) {
    static_cast<FeedParser*>(self)->Text(std::string_view(text, static_cast<size_t>(length)));
  }
  static void OnEntityDecl(void* self, const XML_Char*, int, const XML_Char*, int,
                           const XML_Char*, const XML_Char*, const XML_Char*, const XML_Char*) {
    static_cast<FeedParser*>(self)->Stop(
        UnsupportedError("the feed declares XML entities; entity expansion is off"));
  }

  Feed& feed() { return feed_; }
  const Status& stop_status() const { return stop_status_; }

 private:
  void Stop(Status status) {
    if (stop_status_.ok()) stop_status_ = std::move(status);
    XML_StopParser(parser_, XML_FALSE);
  }

  // The innermost open frame that collects markup, or nullptr.
  Frame* MarkupFrame() {
    return markup_frame_ < frames_.size() ? &frames_[markup_frame_] : nullptr;
  }

  void Start(std::string_view name, const XML_Char** attributes) {
    ++depth_;
    if (depth_ > kMaxFeedDepth) {
      return Stop(ResourceExhaustedError("elements nested deeper than " +
                                         std::to_string(kMaxFeedDepth)));
    }
    if (markup_frame_ >= frames_.size() && !frames_.empty() &&
        (frames_.back().field == Field::kTitle || frames_.back().field == Field::kContent)) {
      // Markup written unescaped inside a text field ("<description><p>...</p>"): the field
      // is HTML from here on; what it held so far was text, so it is escaped.
      Frame& field = frames_.back();
      std::string escaped;
      AppendEscaped(field.text, /*attribute=*/false, escaped);
      field.text = std::move(escaped);
      field.markup = true;
      markup_frame_ = frames_.size() - 1;
    }
    if (Frame* markup = MarkupFrame()) {
      markup->text.push_back('<');
      markup->text += LocalName(name);
      for (size_t idx = 0; attributes[idx] != nullptr && attributes[idx + 1] != nullptr; idx += 2) {
        const std::string_view key = attributes[idx];
        if (key == "xmlns" || key.starts_with("xmlns:")) continue;  // namespaces are not HTML
        markup->text.push_back(' ');
        markup->text += LocalName(attributes[idx]);
        markup->text += "=\"";
        AppendEscaped(attributes[idx + 1], /*attribute=*/true, markup->text);
        markup->text.push_back('"');
      }
      markup->text.push_back('>');
      return;
    }
    if (depth_ == 1) {
      if (!IsFeedRoot(name)) {
        return Stop(UnsupportedError("XML document with root <" + std::string(name) +
                                     ">, not an RSS or Atom feed"));
      }
      const std::string_view local = LocalName(name);
      feed_.kind = local == "feed" ? "atom" : local == "RDF" ? "rdf" : "rss";
    }
    Frame frame;
    frame.local = std::string(LocalName(name));
    if (!frames_.empty()) {
      frame.base = frames_.back().base;
      frame.language = frames_.back().language;
    }
    std::string rel, href;
    for (size_t idx = 0; attributes[idx] != nullptr && attributes[idx + 1] != nullptr; idx += 2) {
      const std::string_view key = attributes[idx];
      const std::string_view value = attributes[idx + 1];
      if (key == "xml:base") frame.base = ResolveUrl(frame.base, value);
      else if (key == "xml:lang") frame.language = std::string(Trim(value));
      else if (key == "type" || key == "mode") {
        if (key == "type" || frame.type.empty() || value != "escaped") {
          frame.type.clear();
          for (char c : Trim(value)) frame.type.push_back(LowerAscii(c));
        }
      } else if (key == "rel") rel = std::string(Trim(value));
      else if (key == "href") href = std::string(value);
      else if (key == "isPermaLink") frame.is_permalink = !EqualsIgnoreCase(Trim(value), "false");
    }
    frame.field = Classify(frame.local, name);
    if (frame.field == Field::kItem) {
      item_ = FeedItem();
      guid_link_.clear();
      item_.language = frame.language;
      item_frame_ = frames_.size();
    }
    if (frame.field == Field::kLink && !href.empty() && (rel.empty() || rel == "alternate")) {
      std::string& link = ParentIsItem() ? item_.link : feed_.link;
      if (link.empty() && (ParentIsItem() || ParentIsFeed())) link = ResolveUrl(frame.base, href);
    }
    if ((frame.field == Field::kContent || frame.field == Field::kTitle) &&
        (frame.type == "xhtml" || frame.type == "application/xhtml+xml" || frame.type == "xml")) {
      frame.markup = true;
    }
    frames_.push_back(std::move(frame));
    if (frames_.back().markup && markup_frame_ >= frames_.size()) markup_frame_ = frames_.size() - 1;
  }

  // What an element is, by its local name and where it sits.
  Field Classify(std::string_view local, std::string_view name) const {
    if ((local == "item" || local == "entry") && item_frame_ >= frames_.size()) return Field::kItem;
    if (!frames_.empty() && frames_.back().field == Field::kAuthor && local == "name") {
      return Field::kAuthorName;
    }
    if (!ParentIsItem() && !ParentIsFeed()) return Field::kOther;
    if (local == "title") return Field::kTitle;
    if (local == "link") return Field::kLink;
    if (local == "guid" || (local == "id" && name == local)) return Field::kGuid;
    if (local == "pubDate" || local == "published" || local == "issued" || local == "created") {
      return Field::kPublished;
    }
    if (local == "updated" || local == "modified" || local == "date") return Field::kUpdated;
    if (local == "encoded" || local == "content" || local == "description" ||
        local == "summary") {
      return Field::kContent;
    }
    if (local == "author" || local == "creator") return Field::kAuthor;
    if (local == "language") return Field::kLanguage;
    return Field::kOther;
  }

  bool ParentIsItem() const {
    return !frames_.empty() && item_frame_ == frames_.size() - 1;
  }
  // Whether the innermost open element is the feed itself (Atom <feed>, RSS <channel>).
  bool ParentIsFeed() const {
    if (frames_.empty() || item_frame_ < frames_.size()) return false;
    const std::string& parent = frames_.back().local;
    return parent == "channel" || (parent == "feed" && frames_.size() == 1);
  }

  void End(std::string_view name) {
    if (depth_ == 0) return;
    --depth_;
    if (Frame* markup = MarkupFrame(); markup != nullptr && depth_ >= frames_.size()) {
      markup->text += "</";
      markup->text += LocalName(name);
      markup->text.push_back('>');
      return;
    }
    if (frames_.empty()) return;
    Frame frame = std::move(frames_.back());
    frames_.pop_back();
    if (markup_frame_ == frames_.size()) markup_frame_ = SIZE_MAX;
    const bool in_item = ParentIsItem();
    const bool in_feed = ParentIsFeed();
    if (IsBase64Type(frame.type) && !frame.markup) {
      std::optional<std::string> decoded = DecodeBase64(frame.text);
      frame.text = decoded ? std::move(*decoded) : std::string();
      frame.type = LooksLikeMarkup(frame.text) ? "html" : "text";
    }
    RepairC1Controls(frame.text);
    switch (frame.field) {
      case Field::kItem:
        if (item_.link.empty() && (guid_link_.starts_with("http://") ||
                                   guid_link_.starts_with("https://"))) {
          item_.link = guid_link_;
        }
        guid_link_.clear();
        feed_.items.push_back(std::move(item_));
        item_ = FeedItem();
        item_frame_ = SIZE_MAX;
        return;
      case Field::kTitle: {
        const bool html = frame.markup || frame.type == "html" || frame.type == "text/html" ||
                          frame.type == "escaped" ||
                          (frame.type.empty() && LooksLikeMarkup(frame.text));
        std::string title = html ? MarkupToText(frame.text) : std::string(Trim(frame.text));
        if (in_item && item_.title.empty()) item_.title = std::move(title);
        else if (in_feed && feed_.title.empty()) feed_.title = std::move(title);
        return;
      }
      case Field::kLink: {
        std::string_view href = Trim(frame.text);
        if (href.empty()) return;
        std::string& link = in_item ? item_.link : feed_.link;
        if (link.empty()) link = ResolveUrl(frame.base, href);
        return;
      }
      case Field::kGuid:
        if (!in_item) return;
        if (item_.id.empty()) item_.id = std::string(Trim(frame.text));
        if (frame.local == "guid" && frame.is_permalink) guid_link_ = ResolveUrl(frame.base, Trim(frame.text));
        return;
      // Dates: the last value written wins, as in feedparser.
      case Field::kPublished:
        if (in_item && !Trim(frame.text).empty()) item_.published = std::string(Trim(frame.text));
        return;
      case Field::kUpdated:
        if (in_item && !Trim(frame.text).empty()) item_.updated = std::string(Trim(frame.text));
        return;
      case Field::kContent: {
        if (!in_item) return;
        const std::string_view text = Trim(frame.text);
        if (text.size() <= item_.content.size()) return;
        item_.content = std::string(text);
        item_.content_is_html = frame.markup ||
                                (frame.type != "text" && frame.type != "text/plain" &&
                                 LooksLikeMarkup(text));
        return;
      }
      case Field::kAuthorName:
        if (!frames_.empty()) frames_.back().author_name = std::string(Trim(frame.text));
        return;
      case Field::kAuthor: {
        if (!in_item) return;
        std::string author = !frame.author_name.empty() ? frame.author_name
                                                        : std::string(Trim(frame.text));
        if (!author.empty()) item_.authors.push_back(std::move(author));
        return;
      }
      case Field::kLanguage:
        if (in_feed && feed_.language.empty()) feed_.language = std::string(Trim(frame.text));
        return;
      case Field::kNone:
      case Field::kOther:
        return;
    }
  }

  void Text(std::string_view text) {
    if (frames_.empty()) return;
    if (Frame* markup = MarkupFrame()) {
      AppendEscaped(text, /*attribute=*/false, markup->text);
      return;
    }
    Frame& frame = frames_.back();
    if (frame.field == Field::kNone || frame.field == Field::kOther || frame.field == Field::kItem) {
      return;  // container text (white space between elements) and unused fields
    }
    frame.text += text;
  }

 private:
  XML_Parser parser_;
  std::string guid_link_;  // the open item's permalink guid: its link when it has no other
  Feed feed_;
  FeedItem item_;
  std::vector<Frame> frames_;
  size_t depth_ = 0;
  size_t item_frame_ = SIZE_MAX;    // index in frames_ of the open item, SIZE_MAX when none
  size_t markup_frame_ = SIZE_MAX;  // index in frames_ of the frame collecting markup
  Status stop_status_;
};

struct ParserDeleter {
  void operator()(XML_Parser parser) const { XML_ParserFree(parser); }
};

}  // namespace

bool IsFeedRoot(std::string_view root) {
  const std::string_view local = LocalName(root);
  return local == "rss" || local == "feed" || local == "RDF" || local == "channel";
}

bool LooksLikeXml(std::string_view prefix, std::string* root) {
  if (root != nullptr) root->clear();
  // ASCII-compatible bytes are read as they are; only UTF-16/32 are decoded first.
  std::string_view text = prefix;
  DecodedText decoded;
  size_t mark_length = 0;
  const std::string_view mark = DetectByteOrderMark(prefix, &mark_length);
  const bool wide = (!mark.empty() && mark != "UTF-8") ||
                    (prefix.size() >= 4 && (prefix[0] == '\0' || prefix[1] == '\0'));
  if (wide) {
    decoded = DecodeFeedBytes(prefix);
    text = decoded.text;
  } else {
    text.remove_prefix(mark_length);
  }
  if (!Trim(text).starts_with("<")) return false;
  bool prolog = false;
  while (true) {
    text = Trim(text);
    if (text.starts_with("<?")) {
      prolog = prolog || text.starts_with("<?xml");
      const size_t end = text.find("?>");
      if (end == std::string_view::npos) return prolog;
      text.remove_prefix(end + 2);
    } else if (text.starts_with("<!--")) {
      const size_t end = text.find("-->");
      if (end == std::string_view::npos) return prolog;
      text.remove_prefix(end + 3);
    } else if (text.starts_with("<!DOCTYPE") || text.starts_with("<!doctype")) {
      const size_t bracket = text.find('[');
      const size_t close = text.find('>');
      if (close == std::string_view::npos) return prolog;
      if (bracket != std::string_view::npos && bracket < close) {
        const size_t subset_end = text.find("]>");
        if (subset_end == std::string_view::npos) return prolog;
        text.remove_prefix(subset_end + 2);
      } else {
        text.remove_prefix(close + 1);
      }
    } else {
      break;
    }
  }
  if (!text.starts_with("<") || text.size() < 2) return prolog;
  const size_t name_end = text.find_first_of(" \t\r\n/>", 1);
  const std::string_view name = text.substr(1, name_end == std::string_view::npos ? text.size() - 1 : name_end - 1);
  if (root != nullptr) root->assign(name);
  return prolog || IsFeedRoot(name);
}

StatusOr<Feed> ParseFeed(std::string_view bytes) {
  DecodedText decoded = DecodeFeedBytes(bytes);
  BlankLateDeclaration(decoded.text);
  if (decoded.text.size() > static_cast<size_t>(INT32_MAX)) {
    return ResourceExhaustedError("feed larger than 2 GiB");
  }
  std::unique_ptr<XML_ParserStruct, ParserDeleter> parser(XML_ParserCreate("UTF-8"));
  if (parser == nullptr) return InternalError("cannot create an XML parser");
  FeedParser feed_parser(parser.get());
  XML_SetUserData(parser.get(), &feed_parser);
  XML_SetElementHandler(parser.get(), &FeedParser::OnStart, &FeedParser::OnEnd);
  XML_SetCharacterDataHandler(parser.get(), &FeedParser::OnText);
  XML_SetEntityDeclHandler(parser.get(), &FeedParser::OnEntityDecl);
  XML_SetParamEntityParsing(parser.get(), XML_PARAM_ENTITY_PARSING_NEVER);
  const XML_Status result = XML_Parse(parser.get(), decoded.text.data(),
                                      static_cast<int>(decoded.text.size()), XML_TRUE);
  Feed feed = std::move(feed_parser.feed());
  feed.charset = decoded.charset;
  Status problem = feed_parser.stop_status();
  if (problem.ok() && result != XML_STATUS_OK) {
    problem = DataLossError(
        "malformed XML at line " + std::to_string(XML_GetCurrentLineNumber(parser.get())) +
        ", column " + std::to_string(XML_GetCurrentColumnNumber(parser.get())) + ": " +
        XML_ErrorString(XML_GetErrorCode(parser.get())));
  }
  if (feed.kind.empty() && problem.ok()) problem = DataLossError("no root element");
  if (!problem.ok() && (feed.items.empty() || problem.code() == StatusCode::kUnsupported)) {
    return problem;
  }
  feed.stopped = std::move(problem);
  return feed;
}

StatusOr<Document> FeedItemToDocument(const Feed& feed, const FeedItem& item,
                                      std::string_view fallback_id) {
  Document document;
  const bool has_content = !Trim(item.content).empty();
  if (!has_content && Trim(item.title).empty()) return EmptyError("item has no title and no text");
  document.id = !item.id.empty() ? item.id : !item.link.empty() ? item.link : std::string(fallback_id);
  document.url = item.link;
  document.source = item.link;
  document.title = item.title;
  document.published = !item.published.empty() ? item.published : item.updated;
  document.authors = item.authors;
  document.language = !item.language.empty() ? item.language : feed.language;
  document.outlet = !feed.title.empty() ? feed.title : SiteOfUrl(item.link);
  if (document.outlet.empty()) document.outlet = SiteOfUrl(feed.link);
  document.format = has_content && item.content_is_html ? DocumentFormat::kHtml : DocumentFormat::kText;
  document.content = has_content ? item.content : item.title;
  document.input_bytes = item.content.size() + item.title.size();
  document.record_text = true;
  return document;
}

}  // namespace crosscheck
