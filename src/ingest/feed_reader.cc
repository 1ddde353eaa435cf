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

#include "base/ascii.h"
#include "base/url.h"
#include "ingest/charset.h"
#include "ingest/feed_text.h"

namespace crosscheck {
namespace {

using feed_text::AppendEscaped;
using feed_text::DecodeBase64;
using feed_text::DecodeFeedBytes;
using feed_text::LooksLikeMarkup;
using feed_text::MarkupToText;
using feed_text::RepairC1Controls;
using feed_text::ResolveUrl;

using feed_text::Trim;

// "dc:date" -> "date"; "feed" -> "feed".
std::string_view LocalName(std::string_view name) {
  const size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// Whether an Atom type / mode says the text is base64: Atom 0.3 mode="base64", or an Atom
// 1.0 type that is a MIME type but neither text nor XML ("application/octet-stream").
bool IsBase64Type(std::string_view type) {
  if (type == "base64") return true;
  if (type.find('/') == std::string_view::npos) return false;
  return !type.starts_with("text/") && !type.ends_with("+xml") && !type.ends_with("/xml");
}

enum class Field {
  kNone,
  kItem,
  kTitle,
  kLink,
  kGuid,
  kPublished,
  kUpdated,
  kContent,
  kAuthor,
  kAuthorName,
  kLanguage,
  kOther,
};

struct Frame {
  std::string local;  // local name, as written
  Field field = Field::kNone;
  std::string text;
  std::string type;     // Atom type / mode attribute, lower-cased
  bool markup = false;  // children are written back as markup into `text`
  bool is_permalink = true;
  std::string base;         // xml:base in effect
  std::string language;     // xml:lang in effect
  std::string author_name;  // an Atom author's <name>
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
  static void OnEntityDecl(void* self, const XML_Char*, int, const XML_Char*, int, const XML_Char*,
                           const XML_Char*, const XML_Char*, const XML_Char*) {
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
      return Stop(
          ResourceExhaustedError("elements nested deeper than " + std::to_string(kMaxFeedDepth)));
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
      if (key == "xml:base")
        frame.base = ResolveUrl(frame.base, value);
      else if (key == "xml:lang")
        frame.language = std::string(Trim(value));
      else if (key == "type" || key == "mode") {
        if (key == "type" || frame.type.empty() || value != "escaped") {
          frame.type = LowerAscii(Trim(value));
        }
      } else if (key == "rel")
        rel = std::string(Trim(value));
      else if (key == "href")
        href = std::string(value);
      else if (key == "isPermaLink")
        frame.is_permalink = !EqualsLowerAscii(Trim(value), "false");
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
    if (frames_.back().markup && markup_frame_ >= frames_.size())
      markup_frame_ = frames_.size() - 1;
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
    if (local == "encoded" || local == "content" || local == "description" || local == "summary") {
      return Field::kContent;
    }
    if (local == "author" || local == "creator") return Field::kAuthor;
    if (local == "language") return Field::kLanguage;
    return Field::kOther;
  }

  bool ParentIsItem() const { return !frames_.empty() && item_frame_ == frames_.size() - 1; }
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
        if (item_.link.empty() &&
            (guid_link_.starts_with("http://") || guid_link_.starts_with("https://"))) {
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
        if (in_item && item_.title.empty())
          item_.title = std::move(title);
        else if (in_feed && feed_.title.empty())
          feed_.title = std::move(title);
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
        if (frame.local == "guid" && frame.is_permalink)
          guid_link_ = ResolveUrl(frame.base, Trim(frame.text));
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
        item_.content_is_html =
            frame.markup ||
            (frame.type != "text" && frame.type != "text/plain" && LooksLikeMarkup(text));
        return;
      }
      case Field::kAuthorName:
        if (!frames_.empty()) frames_.back().author_name = std::string(Trim(frame.text));
        return;
      case Field::kAuthor: {
        if (!in_item) return;
        std::string author =
            !frame.author_name.empty() ? frame.author_name : std::string(Trim(frame.text));
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
    if (frame.field == Field::kNone || frame.field == Field::kOther ||
        frame.field == Field::kItem) {
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
  const std::string_view name =
      text.substr(1, name_end == std::string_view::npos ? text.size() - 1 : name_end - 1);
  if (root != nullptr) root->assign(name);
  return prolog || IsFeedRoot(name);
}

StatusOr<Feed> ParseFeed(std::string_view bytes) {
  DecodedText decoded = DecodeFeedBytes(bytes);
  feed_text::BlankLateDeclaration(decoded.text);
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
  const XML_Status result =
      XML_Parse(parser.get(), decoded.text.data(), static_cast<int>(decoded.text.size()), XML_TRUE);
  Feed feed = std::move(feed_parser.feed());
  feed.charset = decoded.charset;
  Status problem = feed_parser.stop_status();
  if (problem.ok() && result != XML_STATUS_OK) {
    problem = DataLossError("malformed XML at line " +
                            std::to_string(XML_GetCurrentLineNumber(parser.get())) + ", column " +
                            std::to_string(XML_GetCurrentColumnNumber(parser.get())) + ": " +
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
  // Content with no text of its own (an image, an empty paragraph) gives way to the title.
  const bool has_content =
      !Trim(item.content).empty() &&
      (!item.content_is_html || !feed_text::MarkupToText(item.content).empty());
  if (!has_content && Trim(item.title).empty()) return EmptyError("item has no title and no text");
  document.id = !item.id.empty()     ? item.id
                : !item.link.empty() ? item.link
                                     : std::string(fallback_id);
  document.url = item.link;
  document.source = item.link;
  document.title = item.title;
  document.published = !item.published.empty() ? item.published : item.updated;
  document.authors = item.authors;
  document.language = !item.language.empty() ? item.language : feed.language;
  document.outlet = !feed.title.empty() ? feed.title : SiteOfUrl(item.link);
  if (document.outlet.empty()) document.outlet = SiteOfUrl(feed.link);
  document.format =
      has_content && item.content_is_html ? DocumentFormat::kHtml : DocumentFormat::kText;
  document.content = has_content ? item.content : item.title;
  document.input_bytes = item.content.size() + item.title.size();
  document.record_text = true;
  return document;
}

}  // namespace crosscheck
