#include "clean/html/page_metadata.h"

#include <simdjson.h>

#include <array>
#include <vector>

#include "clean/html/text_util.h"

namespace crosscheck::html {
namespace {

// JSON-LD objects nest (graphs, authors, publishers); deeper is not metadata.
constexpr int kMaxJsonDepth = 12;
constexpr size_t kMaxTitleBytes = 2048;
constexpr int kMinYear = 1990;
constexpr int kMaxYear = 2100;

std::string_view Attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* attribute = gumbo_get_attribute(&node->v.element.attributes, name);
  return attribute ? std::string_view(attribute->value) : std::string_view();
}

std::string Collapsed(std::string_view text) {
  std::string out;
  bool pending_space = false;
  AppendCollapsed(text, out, pending_space);
  return out;
}

// Meta names and properties that carry a publication date, most trusted first.
constexpr std::array kDateMetaNames = {
    "article:published_time", "og:published_time", "datepublished", "article.published",
    "publish-date", "publish_date", "publishdate", "pubdate", "dc.date.issued", "dcterms.issued",
    "dc.date", "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
    "date", "original-publish-date", "article_date_original", "cxenseparse:recs:publishtime"};

int DateMetaRank(std::string_view lower_name) {
  for (size_t rank = 0; rank < kDateMetaNames.size(); ++rank) {
    if (lower_name == kDateMetaNames[rank]) return static_cast<int>(rank);
  }
  return -1;
}

struct JsonLdFindings {
  std::string date_published;
  std::string headline;
  std::string author;
  std::string publisher;
};

std::string JsonName(simdjson::dom::element value) {
  std::string_view text;
  if (value.get_string().get(text) == simdjson::SUCCESS) return std::string(text);
  simdjson::dom::element name;
  if (value.is_object() && value["name"].get(name) == simdjson::SUCCESS &&
      name.get_string().get(text) == simdjson::SUCCESS) {
    return std::string(text);
  }
  return {};
}

void AppendAuthors(simdjson::dom::element value, std::string& authors) {
  auto append = [&](simdjson::dom::element one) {
    std::string name = Collapsed(JsonName(one));
    if (name.empty() || name.find("://") != std::string::npos) return;
    if (!authors.empty()) authors += ", ";
    authors += name;
  };
  if (value.is_array()) {
    for (simdjson::dom::element item : value.get_array()) append(item);
  } else {
    append(value);
  }
}

void SearchJsonLd(simdjson::dom::element value, int depth, JsonLdFindings& findings) {
  if (depth > kMaxJsonDepth) return;
  if (value.is_array()) {
    for (simdjson::dom::element item : value.get_array()) SearchJsonLd(item, depth + 1, findings);
    return;
  }
  if (!value.is_object()) return;
  simdjson::dom::object object = value.get_object();
  simdjson::dom::element field;
  std::string_view text;
  bool is_article_like = false;
  if (object["datePublished"].get(field) == simdjson::SUCCESS && field.get_string().get(text) == simdjson::SUCCESS) {
    if (findings.date_published.empty()) findings.date_published = std::string(text);
    is_article_like = true;
  }
  if (is_article_like || object["articleBody"].error() == simdjson::SUCCESS) {
    if (findings.headline.empty() && object["headline"].get(field) == simdjson::SUCCESS &&
        field.get_string().get(text) == simdjson::SUCCESS) {
      findings.headline = Collapsed(text);
    }
    if (findings.author.empty() && object["author"].get(field) == simdjson::SUCCESS) {
      AppendAuthors(field, findings.author);
    }
    if (findings.publisher.empty() && object["publisher"].get(field) == simdjson::SUCCESS) {
      findings.publisher = Collapsed(JsonName(field));
    }
  }
  if (object["@graph"].get(field) == simdjson::SUCCESS) SearchJsonLd(field, depth + 1, findings);
  if (object["mainEntity"].get(field) == simdjson::SUCCESS) SearchJsonLd(field, depth + 1, findings);
}

class MetadataReader {
 public:
  PageMetadata Run(const GumboNode* root) {
    std::vector<const GumboNode*> stack{root};
    while (!stack.empty()) {
      const GumboNode* node = stack.back();
      stack.pop_back();
      if (node->type != GUMBO_NODE_ELEMENT) continue;
      Visit(node);
      GumboTag tag = node->v.element.tag;
      if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TITLE) continue;
      const GumboVector& children = node->v.element.children;
      for (unsigned i = children.length; i-- > 0;) {
        stack.push_back(static_cast<const GumboNode*>(children.data[i]));
      }
    }
    if (metadata_.meta_title.empty()) metadata_.meta_title = json_.headline;
    if (metadata_.site_name.empty()) metadata_.site_name = json_.publisher;
    if (metadata_.site_name.empty()) metadata_.site_name = application_name_;
    metadata_.author = json_.author.empty() ? meta_author_ : json_.author;
    if (auto date = ParseMetaDate(json_.date_published)) {
      metadata_.published = date;
    } else if (best_meta_rank_ >= 0) {
      metadata_.published = ParseMetaDate(best_meta_date_);
    }
    if (metadata_.canonical_url.empty()) metadata_.canonical_url = og_url_;
    return std::move(metadata_);
  }

 private:
  void Visit(const GumboNode* node) {
    switch (node->v.element.tag) {
      case GUMBO_TAG_HTML: {
        std::string lang = AsciiLower(TrimSpace(Attribute(node, "lang")));
        size_t dash = lang.find_first_of("-_");
        if (dash != std::string::npos) lang.resize(dash);
        if (lang.size() == 2) metadata_.language = lang;
        break;
      }
      case GUMBO_TAG_TITLE:
        if (metadata_.html_title.empty()) metadata_.html_title = NodeText(node, kMaxTitleBytes);
        break;
      case GUMBO_TAG_H1:
        if (metadata_.first_h1.empty()) metadata_.first_h1 = NodeText(node, kMaxTitleBytes);
        break;
      case GUMBO_TAG_META:
        VisitMeta(node);
        break;
      case GUMBO_TAG_LINK:
        if (AsciiLowerEquals(Attribute(node, "rel"), "canonical") && metadata_.canonical_url.empty()) {
          metadata_.canonical_url = std::string(TrimSpace(Attribute(node, "href")));
        }
        break;
      case GUMBO_TAG_SCRIPT:
        if (AsciiLowerEquals(TrimSpace(Attribute(node, "type")), "application/ld+json")) VisitJsonLd(node);
        break;
      default:
        break;
    }
    std::string_view itemprop = Attribute(node, "itemprop");
    if (itemprop == "datePublished") {
      std::string_view value = Attribute(node, "content");
      if (value.empty()) value = Attribute(node, "datetime");
      OfferDate("datepublished", value);
    }
  }

  void VisitMeta(const GumboNode* node) {
    std::string key = AsciiLower(Attribute(node, "property"));
    if (key.empty()) key = AsciiLower(Attribute(node, "name"));
    if (key.empty()) key = AsciiLower(Attribute(node, "itemprop"));
    std::string_view content = TrimSpace(Attribute(node, "content"));
    if (key.empty() || content.empty()) return;
    if (key == "og:title" || key == "twitter:title") {
      if (metadata_.meta_title.empty()) metadata_.meta_title = Collapsed(content);
    } else if (key == "og:site_name") {
      if (metadata_.site_name.empty()) metadata_.site_name = Collapsed(content);
    } else if (key == "application-name") {
      if (application_name_.empty()) application_name_ = Collapsed(content);
    } else if (key == "og:url") {
      if (og_url_.empty()) og_url_ = std::string(content);
    } else if (key == "author" || key == "article:author" || key == "byl" || key == "sailthru.author") {
      if (meta_author_.empty() && content.find("://") == std::string_view::npos) {
        meta_author_ = Collapsed(content);
        if (meta_author_.size() > 3 && AsciiLowerEquals(meta_author_.substr(0, 3), "by ")) {
          meta_author_.erase(0, 3);
        }
      }
    } else {
      OfferDate(key, content);
    }
  }

  void OfferDate(std::string_view lower_key, std::string_view value) {
    int rank = DateMetaRank(lower_key);
    if (rank < 0 || value.empty()) return;
    if (best_meta_rank_ >= 0 && rank >= best_meta_rank_) return;
    if (!ParseMetaDate(value)) return;
    best_meta_rank_ = rank;
    best_meta_date_ = std::string(value);
  }

  void VisitJsonLd(const GumboNode* node) {
    if (++json_scripts_ > kMaxJsonLdScripts) return;
    const GumboVector& children = node->v.element.children;
    if (children.length == 0) return;
    const GumboNode* text = static_cast<const GumboNode*>(children.data[0]);
    if (text->type != GUMBO_NODE_TEXT && text->type != GUMBO_NODE_CDATA &&
        text->type != GUMBO_NODE_WHITESPACE) {
      return;
    }
    std::string_view json(text->v.text.text);
    if (json.size() > kMaxJsonLdBytes) return;
    simdjson::dom::element root;
    if (parser_.parse(json.data(), json.size()).get(root) != simdjson::SUCCESS) return;
    SearchJsonLd(root, 0, json_);
  }

  PageMetadata metadata_;
  JsonLdFindings json_;
  simdjson::dom::parser parser_;
  int json_scripts_ = 0;
  int best_meta_rank_ = -1;
  std::string best_meta_date_;
  std::string application_name_;
  std::string og_url_;
  std::string meta_author_;
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int DigitsValue(std::string_view text) {
  int value = 0;
  for (char c : text) value = value * 10 + (c - '0');
  return value;
}

bool AllDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

}  // namespace

PageMetadata ReadPageMetadata(const GumboNode* root) {
  if (!root) return {};
  return MetadataReader().Run(root);
}

std::optional<Date> ParseMetaDate(std::string_view value) {
  value = TrimSpace(value);
  if (value.empty()) return std::nullopt;
  if (auto iso = ParseIsoDate(value); iso && iso->year >= kMinYear && iso->year <= kMaxYear) {
    return iso;
  }
  if (auto match = FindDate(value); match && match->date.has_year()) return match->date;
  return std::nullopt;
}

std::optional<Date> DateFromUrl(std::string_view url) {
  size_t scheme = url.find("://");
  size_t path_begin = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path_begin == std::string_view::npos) return std::nullopt;
  std::string_view path = url.substr(path_begin);
  path = path.substr(0, path.find_first_of("?#"));
  // Split the path into digit runs with the separator that precedes each.
  struct Run { std::string_view digits; char before; };
  std::vector<Run> runs;
  for (size_t pos = 0; pos < path.size();) {
    if (!IsDigit(path[pos])) {
      ++pos;
      continue;
    }
    size_t end = pos;
    while (end < path.size() && IsDigit(path[end])) ++end;
    runs.push_back({path.substr(pos, end - pos), pos > 0 ? path[pos - 1] : '/'});
    pos = end;
  }
  auto year_ok = [](int year) { return year >= kMinYear && year <= kMaxYear; };
  for (size_t i = 0; i < runs.size(); ++i) {
    std::string_view run = runs[i].digits;
    if (run.size() == 8 && AllDigits(run)) {  // 20241018
      int year = DigitsValue(run.substr(0, 4)), month = DigitsValue(run.substr(4, 2));
      int day = DigitsValue(run.substr(6, 2));
      if (year_ok(year) && IsValidDay(year, month, day)) return Date{year, month, day};
    }
    if (run.size() != 4 || !year_ok(DigitsValue(run))) continue;
    if (runs[i].before != '/' && runs[i].before != '-' && runs[i].before != '_') continue;
    int year = DigitsValue(run);
    if (i + 1 < runs.size() && runs[i + 1].digits.size() <= 2) {
      int month = DigitsValue(runs[i + 1].digits);
      if (month < 1 || month > 12) continue;
      if (i + 2 < runs.size() && runs[i + 2].digits.size() <= 2) {
        int day = DigitsValue(runs[i + 2].digits);
        if (IsValidDay(year, month, day)) return Date{year, month, day};
      }
      if (runs[i].before == '/') return Date{year, month, 0};
    }
  }
  return std::nullopt;
}

std::string HostOf(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) {
    if (url.substr(0, 2) != "//") return {};
    scheme = 0;
    url.remove_prefix(2);
  } else {
    url.remove_prefix(scheme + 3);
  }
  url = url.substr(0, url.find_first_of("/?#:"));
  std::string host = AsciiLower(url);
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

std::string StripSiteFromTitle(std::string_view title, std::string_view site_name,
                               std::string_view host) {
  std::string text = Collapsed(title);
  static constexpr std::array kSeparators = {" | ", " - ", " — ", " – ", " :: ", " · ", " » "};
  std::string site = AsciiLower(site_name);
  std::string host_name = AsciiLower(host);
  auto count_words = [](std::string_view s) {
    size_t words = 0;
    bool in_word = false;
    for (char c : s) {
      bool space = c == ' ';
      if (!space && !in_word) ++words;
      in_word = !space;
    }
    return words;
  };
  auto names_site = [&](std::string_view part) {
    std::string lower = AsciiLower(TrimSpace(part));
    if (lower.empty()) return false;
    if (!site.empty() && (lower == site || site.find(lower) != std::string::npos ||
                          lower.find(site) != std::string::npos)) {
      return true;
    }
    std::string squeezed;
    for (char c : lower) if (c != ' ') squeezed.push_back(c);
    return !host_name.empty() && host_name.find(squeezed) != std::string::npos;
  };
  for (const char* separator : kSeparators) {
    size_t last = text.rfind(separator);
    if (last == std::string::npos || last == 0) continue;
    std::string_view head(text.data(), last);
    std::string_view tail = std::string_view(text).substr(last + std::string_view(separator).size());
    if (names_site(tail) || (count_words(tail) <= 3 && count_words(head) >= 4)) {
      return StripSiteFromTitle(head, site_name, host);
    }
    size_t first = text.find(separator);
    std::string_view lead(text.data(), first);
    if (names_site(lead)) {
      return std::string(TrimSpace(std::string_view(text).substr(first + std::string_view(separator).size())));
    }
  }
  return text;
}

}  // namespace crosscheck::html
