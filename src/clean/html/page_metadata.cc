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
  explicit MetadataReader(const DomTree& tree) : tree_(tree) {}

  PageMetadata Run() {
    std::vector<int32_t> stack{tree_.root()};
    while (!stack.empty()) {
      int32_t node = stack.back();
      stack.pop_back();
      if (tree_.node(node).is_text) continue;
      Visit(node);
      GumboTag tag = tree_.node(node).tag;
      if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TITLE) continue;
      for (int32_t child = tree_.node(node).last_child; child != kNoDomNode;
           child = tree_.node(child).prev_sibling) {
        stack.push_back(child);
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
  std::string_view Attribute(int32_t node, DomAttr name) const { return tree_.Attribute(node, name); }

  void Visit(int32_t node) {
    switch (tree_.node(node).tag) {
      case GUMBO_TAG_HTML: {
        std::string lang = LowerAscii(TrimSpace(Attribute(node, DomAttr::kLang)));
        size_t dash = lang.find_first_of("-_");
        if (dash != std::string::npos) lang.resize(dash);
        if (lang.size() == 2) metadata_.language = lang;
        break;
      }
      case GUMBO_TAG_TITLE:
        if (metadata_.html_title.empty()) metadata_.html_title = SubtreeText(tree_, node, kMaxTitleBytes);
        break;
      case GUMBO_TAG_H1:
        if (metadata_.first_h1.empty()) metadata_.first_h1 = SubtreeText(tree_, node, kMaxTitleBytes);
        break;
      case GUMBO_TAG_META:
        VisitMeta(node);
        break;
      case GUMBO_TAG_LINK:
        if (EqualsLowerAscii(Attribute(node, DomAttr::kRel), "canonical") && metadata_.canonical_url.empty()) {
          metadata_.canonical_url = std::string(TrimSpace(Attribute(node, DomAttr::kHref)));
        }
        break;
      case GUMBO_TAG_SCRIPT:
        if (EqualsLowerAscii(TrimSpace(Attribute(node, DomAttr::kType)), "application/ld+json")) VisitJsonLd(node);
        break;
      default:
        break;
    }
    std::string_view itemprop = Attribute(node, DomAttr::kItemprop);
    if (itemprop == "datePublished") {
      std::string_view value = Attribute(node, DomAttr::kContent);
      if (value.empty()) value = Attribute(node, DomAttr::kDatetime);
      OfferDate("datepublished", value);
    }
  }

  void VisitMeta(int32_t node) {
    std::string key = LowerAscii(Attribute(node, DomAttr::kProperty));
    if (key.empty()) key = LowerAscii(Attribute(node, DomAttr::kName));
    if (key.empty()) key = LowerAscii(Attribute(node, DomAttr::kItemprop));
    std::string_view content = TrimSpace(Attribute(node, DomAttr::kContent));
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
        if (meta_author_.size() > 3 && EqualsLowerAscii(meta_author_.substr(0, 3), "by ")) {
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

  void VisitJsonLd(int32_t node) {
    if (++json_scripts_ > kMaxJsonLdScripts) return;
    int32_t text = tree_.node(node).first_child;
    if (text == kNoDomNode || !tree_.node(text).is_text) return;
    std::string_view json = tree_.Text(text);
    if (json.size() > kMaxJsonLdBytes) return;
    simdjson::dom::element root;
    if (parser_.parse(json.data(), json.size()).get(root) != simdjson::SUCCESS) return;
    SearchJsonLd(root, 0, json_);
  }

  const DomTree& tree_;
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

PageMetadata ReadPageMetadata(const DomTree& tree) {
  if (tree.empty()) return {};
  return MetadataReader(tree).Run();
}

std::optional<Date> ParseMetaDate(std::string_view value) {
  value = TrimSpace(value);
  if (value.empty()) return std::nullopt;
  return ParsePublishedDate(value);  // the one parser for dates given as metadata
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
  std::string host = LowerAscii(url);
  if (host.rfind("www.", 0) == 0) host.erase(0, 4);
  return host;
}

std::string StripSiteFromTitle(std::string_view title, std::string_view site_name,
                               std::string_view host) {
  std::string text = Collapsed(title);
  static constexpr std::array kSeparators = {" | ", " - ", " — ", " – ", " :: ", " · ", " » "};
  std::string site = LowerAscii(site_name);
  std::string host_name = LowerAscii(host);
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
    std::string lower = LowerAscii(TrimSpace(part));
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
