// Metadata around the main region of a flattened page.
//
// Everything is read near the article: titles, datelines and "Published" lines sit just
// above it (the header zone), credits also just below it ("AP/Reuters/AFP") and in copyright
// notices anywhere. Dates printed further away (teasers, "today is" banners) are ignored.
// Date sources, in order of trust: a "Published/Posted" line (kByline), a dateline
// (kDateline), a bare timestamp line (kByline), a date in a URL printed in the text (kUrl).
// Cost: O(paragraphs near the region).
#include "clean/text/text_metadata.h"

#include <re2/re2.h>
#include <utf8proc.h>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "base/lexicon.h"
#include "base/utf8.h"
#include "clean/credits.h"

namespace crosscheck::text {
namespace {

// How far above the region the header zone reaches, and how far into it.
constexpr size_t kHeaderLookback = 20;
constexpr size_t kHeaderLookahead = 8;
constexpr size_t kTailLookahead = 5;
// Shapes.
constexpr size_t kMinTitleWords = 2;
constexpr size_t kMaxTitleWords = 30;
constexpr size_t kMaxDateLineWords = 12;
constexpr size_t kMaxBylineWords = 10;
// A byline with a date or the outlet after the name ("By Jane Doe | Example Media").
constexpr size_t kMaxBylineLineWords = 20;
// A closing heading ("About the author", "About Jane Doe", "Sources:") is at most this long.
constexpr size_t kMaxClosingHeadingWords = 5;
// "About Jane Doe": the name after the label has this many capitalized words.
constexpr size_t kMinAboutNameWords = 2;
constexpr size_t kMaxAboutNameWords = 3;
// A link box's label that ends with "More" has at most this many words.
constexpr size_t kMaxMoreLabelWords = 5;
constexpr size_t kMaxPhotoCreditWords = 15;
constexpr size_t kMaxCreditScanWords = 15;
constexpr size_t kDatelinePrefixBytes = 100;
constexpr size_t kGluedPrefixBytes = 20;
constexpr size_t kMaxOutletBytes = 60;

std::string LowerUtf8(std::string_view text) {
  std::string lower;
  lower.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    const char32_t cp = DecodeUtf8(text, pos);
    AppendUtf8(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))), lower);
  }
  return lower;
}

// Length of the longest label of `kind` that starts `text` (followed by a non-letter), or 0.
size_t LabelPrefix(std::string_view text, std::string_view kind) {
  static const std::vector<std::pair<std::string_view, std::string_view>> kLabels = [] {
    std::vector<std::pair<std::string_view, std::string_view>> labels;
    for (std::string_view entry : LexiconEntries("page_labels")) {
      const auto fields = LexiconFields(entry);
      if (fields.size() >= 2) labels.emplace_back(fields[0], fields[1]);
    }
    std::stable_sort(labels.begin(), labels.end(),
                     [](const auto& a, const auto& b) { return a.second.size() > b.second.size(); });
    return labels;
  }();
  const std::string lower = LowerUtf8(text.substr(0, std::min<size_t>(text.size(), 48)));
  for (const auto& [label_kind, label] : kLabels) {
    if (label_kind != kind || !std::string_view(lower).starts_with(label)) continue;
    if (lower.size() == label.size()) return label.size();
    const unsigned char next = static_cast<unsigned char>(lower[label.size()]);
    if (next == ' ' || next == ':' || next == '|' || next == '-' || next == ',') return label.size();
  }
  return 0;
}

// The first words of the page_labels entries of the given kinds ("by" of "byline: by",
// "about" of "closing: about the author"): a cheap test before LabelPrefix.
std::unordered_set<std::string> LabelFirstWords(std::initializer_list<std::string_view> kinds) {
  std::unordered_set<std::string> words;
  for (std::string_view entry : LexiconEntries("page_labels")) {
    const auto fields = LexiconFields(entry);
    if (fields.size() >= 2 && std::find(kinds.begin(), kinds.end(), fields[0]) != kinds.end()) {
      words.emplace(fields[1].substr(0, fields[1].find(' ')));
    }
  }
  return words;
}

// Whether the text's first word (up to one of `delimiters`), lower-cased, is in `words`.
bool FirstWordIn(std::string_view text, const std::unordered_set<std::string>& words, const char* delimiters) {
  const size_t end = std::min(text.find_first_of(delimiters), text.size());
  return words.contains(LowerUtf8(text.substr(0, end)));
}

bool IsDateShaped(const Paragraph& paragraph) {
  return paragraph.words <= kMaxDateLineWords && FindDateWithYear(paragraph.text).has_value();
}

bool IsDateline(const Paragraph& paragraph) {
  if (paragraph.text.empty()) return false;
  const std::string_view prefix =
      std::string_view(paragraph.text).substr(0, std::min(paragraph.text.size(), kDatelinePrefixBytes));
  size_t pos = 0;
  if (!utf8proc_isupper(static_cast<utf8proc_int32_t>(DecodeUtf8(prefix, pos)))) return false;
  return !FindCredits(prefix).empty() &&
         (prefix.find('(') != std::string_view::npos || prefix.find(" - ") != std::string_view::npos ||
          prefix.find("\xE2\x80\x94") != std::string_view::npos || prefix.find("\xE2\x80\x93") != std::string_view::npos);
}

// What follows a byline label ("By", "Von: ", ...) when it starts with a capital letter (a
// name); nullopt when the paragraph has no byline label or no capitalized name after it.
std::optional<std::string_view> BylineRest(const Paragraph& paragraph) {
  const size_t label = LabelPrefix(paragraph.text, "byline");
  if (label == 0) return std::nullopt;
  std::string_view rest = std::string_view(paragraph.text).substr(label);
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == ':')) rest.remove_prefix(1);
  size_t pos = 0;
  if (rest.empty() || !utf8proc_isupper(static_cast<utf8proc_int32_t>(DecodeUtf8(rest, pos)))) return std::nullopt;
  return rest;
}

bool IsByline(const Paragraph& paragraph, std::string* name) {
  if (paragraph.words > kMaxBylineWords || paragraph.text.find("http") != std::string::npos) return false;
  const std::optional<std::string_view> rest = BylineRest(paragraph);
  if (!rest) return false;
  if (name != nullptr) *name = std::string(*rest);
  return true;
}

// A line that is another nearby line with a word glued in front ("NewsNorth Korea ..." next
// to "North Korea ..."): a section label stuck to the title by the flattener.
bool IsGluedTitle(const std::vector<Paragraph>& paragraphs, size_t idx) {
  const std::string& text = paragraphs[idx].text;
  const size_t from = idx >= 3 ? idx - 3 : 0;
  const size_t to = std::min(paragraphs.size(), idx + 4);
  for (size_t other = from; other < to; ++other) {
    const std::string& candidate = paragraphs[other].text;
    if (other == idx || candidate.size() >= text.size() || candidate.size() < kGluedPrefixBytes) continue;
    if (text.size() - candidate.size() <= kGluedPrefixBytes && text.ends_with(candidate)) return true;
  }
  return false;
}

std::string FindTitle(const std::vector<Paragraph>& paragraphs, const std::vector<ParagraphClass>& classes,
                      Region region) {
  const size_t stop = region.begin > kHeaderLookback ? region.begin - kHeaderLookback : 0;
  for (size_t idx = region.begin; idx-- > stop;) {
    const Paragraph& paragraph = paragraphs[idx];
    if (classes[idx] == ParagraphClass::kCaption || classes[idx] == ParagraphClass::kDuplicate ||
        classes[idx] == ParagraphClass::kEndMarker) {
      continue;
    }
    if (paragraph.words < kMinTitleWords || paragraph.words > kMaxTitleWords || paragraph.bullet ||
        paragraph.image_alt || paragraph.boilerplate != 0 || paragraph.truncated) {
      continue;
    }
    if (paragraph.sentence_final && paragraph.text.back() == '.') continue;
    if (IsPhotoCredit(paragraph) || IsSiteNameLine(paragraph) || IsDateShaped(paragraph) ||
        IsByline(paragraph, nullptr) || !FindCredits(paragraph.text).empty() ||
        LabelPrefix(paragraph.text, "published") > 0 || LabelPrefix(paragraph.text, "updated") > 0) {
      continue;
    }
    if (IsGluedTitle(paragraphs, idx)) continue;
    return paragraph.text;
  }
  return "";
}

struct DatedLine {
  Date date;
  DateSource source = DateSource::kNone;
  int rank = 0;  // lower is more trusted
};

std::optional<DatedLine> DateOf(const Paragraph& paragraph) {
  const bool published = LabelPrefix(paragraph.text, "published") > 0;
  const bool updated = LabelPrefix(paragraph.text, "updated") > 0;
  const bool dateline = IsDateline(paragraph);
  if (!published && !updated && !dateline && !IsDateShaped(paragraph)) return std::nullopt;
  const auto match = FindDateWithYear(paragraph.text);
  if (!match) return std::nullopt;
  if (published) return DatedLine{match->date, DateSource::kByline, 0};
  if (dateline) return DatedLine{match->date, DateSource::kDateline, 1};
  if (updated) return DatedLine{match->date, DateSource::kByline, 3};
  if (paragraph.words > kMaxDateLineWords) return std::nullopt;
  return DatedLine{match->date, DateSource::kByline, 2};
}

// A date inside a URL printed in the text: ".../2024-10-24/..." or ".../2019/11/18/...".
std::optional<Date> UrlDate(const std::vector<Paragraph>& paragraphs) {
  static const RE2 kUrlDate(R"(https?://\S*?/((?:19|20)\d\d)[/-](\d\d?)[/-](\d\d?)(?:[/-]|$))");
  for (const Paragraph& paragraph : paragraphs) {
    if (paragraph.text.find("http") == std::string::npos) continue;
    int year = 0, month = 0, day = 0;
    if (RE2::PartialMatch(paragraph.text, kUrlDate, &year, &month, &day) && IsValidDay(year, month, day)) {
      return Date{year, month, day};
    }
  }
  return std::nullopt;
}

// "© 2024 The Outlet. All rights reserved" -> "The Outlet"; "" when none or an agency.
std::string OutletFromCopyright(std::string_view text) {
  size_t mark = text.find("\xC2\xA9");
  size_t skip = 2;
  if (mark == std::string_view::npos) return "";
  std::string_view rest = text.substr(mark + skip);
  const auto skip_noise = [&] {
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '-' || std::isdigit(static_cast<unsigned char>(rest.front())))) {
      rest.remove_prefix(1);
    }
  };
  skip_noise();
  if (rest.starts_with("\xE2\x80\x93")) rest.remove_prefix(3);  // "2020–2024"
  skip_noise();
  size_t end = rest.size();
  for (std::string_view stop : {". ", " |", "|", ",", " - ", " \xE2\x80\x94", " \xE2\x80\x93", " All ", " all "}) {
    end = std::min(end, rest.find(stop));
  }
  std::string outlet(rest.substr(0, end));
  while (!outlet.empty() && (outlet.back() == '.' || outlet.back() == ' ')) outlet.pop_back();
  if (outlet.size() < 2 || outlet.size() > kMaxOutletBytes) return "";
  if (!CanonicalAgency(outlet).empty() || !FindCredits(outlet).empty()) return "";
  if (outlet.find(' ') == std::string::npos && outlet.find('.') == std::string::npos &&
      !utf8proc_isupper(static_cast<utf8proc_int32_t>(static_cast<unsigned char>(outlet[0])))) {
    return "";
  }
  return outlet;
}

}  // namespace

std::optional<DateMatch> FindDateWithYear(std::string_view text) {
  size_t offset = 0;
  while (offset < text.size()) {
    const auto match = FindDate(text.substr(offset));
    if (!match) return std::nullopt;
    if (match->date.has_year()) {
      return DateMatch{match->date, match->begin + offset, match->end + offset};
    }
    offset += std::max<size_t>(match->end, 1);
  }
  return std::nullopt;
}

bool IsBylineLine(const Paragraph& paragraph) {
  // Cheap tests first: this runs on every paragraph of the page. The label may be lower case
  // ("by Jane Doe"), the name is not.
  if (paragraph.words > kMaxBylineLineWords || paragraph.bullet || paragraph.capitalized == 0) return false;
  // The first word must be the first word of a byline label ("by", "von", "par", ...).
  static const std::unordered_set<std::string> kFirstWords = LabelFirstWords({"byline"});
  if (!FirstWordIn(paragraph.text, kFirstWords, " :|")) return false;
  const std::optional<std::string_view> rest = BylineRest(paragraph);
  if (!rest) return false;
  const bool dated = FindDate(*rest).has_value();
  const bool piped = rest->find('|') != std::string_view::npos;
  // A date line ends with "a.m." or "p.m.": only undated lines must not end a sentence.
  if (!dated && paragraph.sentence_final) return false;
  return paragraph.words <= kMaxBylineWords || dated || piped;
}

bool IsClosingHeading(const Paragraph& paragraph) {
  // Cheap tests first: this runs on every paragraph of the page.
  if (paragraph.words == 0 || paragraph.words > kMaxClosingHeadingWords || paragraph.bullet ||
      paragraph.sentence_final || paragraph.capitalized == 0) {
    return false;
  }
  static const std::unordered_set<std::string> kFirstWords = LabelFirstWords({"closing", "about"});
  const std::string_view text = paragraph.text;
  if (!FirstWordIn(text, kFirstWords, " :")) return false;
  const auto rest_after = [&](size_t label) {
    std::string_view rest = text.substr(label);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == ':')) rest.remove_prefix(1);
    while (!rest.empty() && (rest.back() == ' ' || rest.back() == ':')) rest.remove_suffix(1);
    return rest;
  };
  // The label alone ("Sources:", "About the author").
  if (const size_t label = LabelPrefix(text, "closing"); label > 0 && rest_after(label).empty()) return true;
  // "About" and a name: two or three capitalized words.
  const size_t label = LabelPrefix(text, "about");
  if (label == 0) return false;
  const std::string_view name = rest_after(label);
  size_t name_words = 0;
  for (size_t pos = 0; pos < name.size();) {
    while (pos < name.size() && name[pos] == ' ') ++pos;
    if (pos >= name.size()) break;
    size_t at = pos;
    if (!utf8proc_isupper(static_cast<utf8proc_int32_t>(DecodeUtf8(name, at)))) return false;
    ++name_words;
    while (pos < name.size() && name[pos] != ' ') ++pos;
  }
  return name_words >= kMinAboutNameWords && name_words <= kMaxAboutNameWords;
}

bool IsMoreLabel(const Paragraph& paragraph) {
  if (paragraph.words == 0 || paragraph.words > kMaxMoreLabelWords || paragraph.sentence_final) return false;
  static const std::unordered_set<std::string> kMoreWords = LabelFirstWords({"more"});  // one word each
  std::string_view text = paragraph.text;
  while (!text.empty() && (text.back() == ':' || text.back() == ' ')) text.remove_suffix(1);
  const size_t space = text.rfind(' ');
  const std::string_view last = space == std::string_view::npos ? text : text.substr(space + 1);
  return kMoreWords.contains(LowerUtf8(last));
}

bool IsPhotoCredit(const Paragraph& paragraph) {
  if (paragraph.words == 0 || paragraph.words > kMaxPhotoCreditWords) return false;
  const size_t label = LabelPrefix(paragraph.text, "photo");
  if (label == 0) return false;
  const std::string_view rest = std::string_view(paragraph.text).substr(label);
  return rest.starts_with(":") || rest.starts_with(" :") || rest.starts_with(" by ") ||
         rest.starts_with(" credit") || rest.starts_with(" source") || rest.starts_with(" |");
}

bool IsSiteNameLine(const Paragraph& paragraph, std::string* site) {
  static const RE2 kBanner(
      R"(^((?:[\pL\pN][\pL\pN-]*\.)+(?:com|net|org|info|news|media|online|[a-z]{2}))(?:\s*(?:[-|:·]|–|—)\s*(.*))?$)");
  std::string domain, tagline;
  if (paragraph.words > kMaxTitleWords / 2) return false;
  if (!RE2::FullMatch(paragraph.text, kBanner, &domain, &tagline)) return false;
  if (site != nullptr) *site = domain;
  return true;
}

PageMetadata FindMetadata(const std::vector<Paragraph>& paragraphs, const std::vector<ParagraphClass>& classes,
                          Region region) {
  PageMetadata metadata;
  const size_t count = paragraphs.size();
  const size_t header_begin = region.begin > kHeaderLookback ? region.begin - kHeaderLookback : 0;
  const size_t header_end = std::min(region.end, region.begin + kHeaderLookahead);
  const size_t tail_end = std::min(count, region.end + kTailLookahead);

  metadata.title = FindTitle(paragraphs, classes, region);

  // Date.
  std::optional<DatedLine> best;
  for (size_t idx = header_begin; idx < header_end; ++idx) {
    const auto dated = DateOf(paragraphs[idx]);
    if (dated && (!best || dated->rank < best->rank)) best = dated;
  }
  if (best) {
    metadata.published = best->date;
    metadata.published_from = best->source;
  } else if (const auto url_date = UrlDate(paragraphs)) {
    metadata.published = *url_date;
    metadata.published_from = DateSource::kUrl;
  }

  // Byline.
  for (size_t idx = header_begin; idx < header_end && metadata.byline.empty(); ++idx) {
    IsByline(paragraphs[idx], &metadata.byline);
  }

  // Outlet: a "©" notice anywhere, else a site banner above the article.
  for (const Paragraph& paragraph : paragraphs) {
    if (!(paragraph.boilerplate & kCopyright)) continue;
    metadata.outlet = OutletFromCopyright(paragraph.text);
    if (!metadata.outlet.empty()) break;
  }
  for (size_t idx = 0; idx < region.begin && metadata.outlet.empty(); ++idx) {
    IsSiteNameLine(paragraphs[idx], &metadata.outlet);
  }

  // Captions: lines printed twice and photo credits near the article.
  const size_t caption_begin = header_begin;
  const size_t caption_end = std::min(count, region.end + 3);
  for (size_t idx = caption_begin; idx < caption_end; ++idx) {
    if (classes[idx] == ParagraphClass::kCaption || IsPhotoCredit(paragraphs[idx])) {
      metadata.caption_paragraphs.push_back(idx);
    }
  }

  // Credits of the text, in document order: header zone, short lines inside and just after
  // the article, the first and last body paragraphs, copyright notices anywhere. Captions and
  // photo-credit lines credit pictures ("... in North Korea. — AFP" under a photo), so they
  // are skipped; FindCredits itself drops picture credits inside other lines.
  std::vector<bool> is_caption(count, false);
  for (size_t idx : metadata.caption_paragraphs) is_caption[idx] = true;
  std::vector<size_t> credit_sources;
  for (size_t idx = 0; idx < count; ++idx) {
    const Paragraph& paragraph = paragraphs[idx];
    if (is_caption[idx] || classes[idx] == ParagraphClass::kCaption || classes[idx] == ParagraphClass::kDuplicate) {
      continue;
    }
    const bool near = idx >= header_begin && idx < tail_end;
    const bool short_line = paragraph.words <= kMaxCreditScanWords;
    const bool edge = idx == region.begin || idx + 1 == region.end;
    const bool notice = (paragraph.boilerplate & kCopyright) != 0;
    if ((near && (short_line || edge || IsDateline(paragraph))) || notice) {
      credit_sources.push_back(idx);
    }
  }
  for (size_t idx : credit_sources) {
    const std::string& text = paragraphs[idx].text;
    // Long paragraphs: only their start (dateline) and end ("— AFP") are credit positions.
    std::vector<std::string> found;
    if (paragraphs[idx].words <= kMaxCreditScanWords || (paragraphs[idx].boilerplate & kCopyright)) {
      found = FindCredits(text);
    } else {
      found = FindCredits(std::string_view(text).substr(0, std::min(text.size(), kDatelinePrefixBytes)));
      const size_t tail = text.size() > kDatelinePrefixBytes ? text.size() - kDatelinePrefixBytes : 0;
      for (std::string& name : FindCredits(std::string_view(text).substr(tail))) found.push_back(std::move(name));
    }
    for (std::string& name : found) {
      if (std::find(metadata.credits.begin(), metadata.credits.end(), name) == metadata.credits.end()) {
        metadata.credits.push_back(std::move(name));
      }
    }
  }
  return metadata;
}

}  // namespace crosscheck::text
