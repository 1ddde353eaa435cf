// Paragraph classification and the main region.
//
// The classes follow jusText (Pomikálek 2011), adapted to text without markup: we have no
// link density, so list markers, runs of short unpunctuated lines, truncated titles and
// repeats stand in for it. The region search is a maximum-sum contiguous subarray (Kadane)
// over per-paragraph scores: prose adds its length, furniture subtracts, end markers
// subtract a lot, captions are neutral. Short undecided lines cost a little, so a subhead
// between two prose paragraphs stays inside while a menu before the article does not.
// Cost: O(paragraphs).
#include "clean/text/line_classifier.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "base/date.h"
#include "clean/text/text_metadata.h"

namespace crosscheck::text {
namespace {

// Stop-word shares for prose: jusText's stopwords_high (0.32) for good; a low bar for
// near-good, since our lists are shorter than jusText's.
constexpr double kGoodStopwordRatio = 0.32;
constexpr double kNearGoodStopwordRatio = 0.12;
// Length (code points) from which prose is "long" (jusText's length_high is 200).
constexpr size_t kLongChars = 140;
constexpr size_t kVeryLongChars = 300;
// A document whose long paragraphs have fewer stop words than this is in a language our
// lists do not cover: judge by sentence shape alone.
constexpr double kKnownLanguageStopwordRatio = 0.08;
// Boilerplate phrases decide short paragraphs; long ones need several distinct hits.
constexpr size_t kMaxBoilerplateWords = 25;
constexpr size_t kMaxMarkerWords = 6;
// Link-title shape, and how many in a row (no blank line between) make a link list.
constexpr size_t kMaxLinkTitleChars = 120;
constexpr size_t kMinLinkRun = 3;
// Caption lines must be long enough not to be a repeated label ("Share", "Video").
constexpr size_t kMinCaptionChars = 15;
// Two copies of a line at most this many paragraphs apart make it furniture.
constexpr size_t kNearRepeatDistance = 4;
// A date line carries at most this many words besides the date ("Updated", "Published").
constexpr size_t kMaxDateLineExtraWords = 5;
// A list item with fewer words is a menu entry.
constexpr size_t kMinListItemWords = 4;
// This many timestamp lines on a page mean a comment thread.
constexpr size_t kMinCommentTimestamps = 3;
// This many comment headers on a page mean a comment thread.
constexpr size_t kMinCommentHeaders = 2;
// Date lines at most this many paragraphs apart, this many in a chain: a stream of dated
// teasers or posts (title, author, date, blurb), not one article.
constexpr size_t kMinDatedBlockSpacing = 2;
constexpr size_t kMaxDatedBlockSpacing = 6;
constexpr size_t kMinDatedBlocks = 3;
// How far (paragraphs) a notice block reaches to its neighbours.
constexpr size_t kNoticeBlockReach = 2;
// How close (paragraphs) prose must follow a short line for it to stay in the body.
constexpr size_t kShortLineReach = 2;
// How far apart (paragraphs) a line and its extended copy may be.
constexpr size_t kPrefixRepeatDistance = 2;
// Furniture lines in a row the region extension may cross.
constexpr size_t kMaxExtensionGap = 1;
// Lines of a list introduced by "...:" that the introduction reaches.
constexpr size_t kMaxIntroducedListItems = 40;
// Fewer words make a label, not a list item or a table row.
constexpr size_t kMinExtensionWords = 3;
// Heading shape.
constexpr size_t kMaxHeadingWords = 15;
// A line with a caption cue ("Photo by ...", "... (Image: Getty)") is a caption up to this
// many words; longer text quoting such a phrase is prose.
constexpr size_t kMaxCaptionWords = 80;
// Two lines a few paragraphs apart that open with the same text, this many bytes and at
// least half of the shorter one, are copies of one caption (a gallery printing the caption
// cut with "... more" and whole with "less", or with its credit glued on).
constexpr size_t kMinCaptionCopyPrefix = 60;

// A link box: a label ("Related", "Trending", "More from ...") and at least this many, at
// most kMaxBoxItems, headline-shaped lines under it.
constexpr size_t kMinBoxItems = 2;
constexpr size_t kMaxBoxItems = 10;
// An insert after "Story continues below" reaches at most this many lines.
constexpr size_t kMaxInsertLines = 30;

// Region scores.
constexpr double kEndMarkerScore = -8.0;
constexpr double kShortScore = -0.3;
constexpr double kShortSentenceScore = 0.3;

bool IsDateLine(const Paragraph& paragraph) {
  if (paragraph.words > kMaxDateLineExtraWords + 6) return false;
  const auto match = FindDate(paragraph.text);
  if (!match) return false;
  // Count words outside the date span.
  const std::string_view text = paragraph.text;
  std::string_view rest_before = text.substr(0, match->begin);
  std::string_view rest_after = text.substr(match->end);
  const auto count_words = [](std::string_view part) {
    size_t words = 0;
    bool in_word = false;
    for (char c : part) {
      const bool letter =
          std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
      if (letter && !in_word) ++words;
      in_word = letter;
    }
    return words;
  };
  return count_words(rest_before) + count_words(rest_after) <= kMaxDateLineExtraWords;
}

// "6:34", "18:05": a clock time.
bool HasTimeOfDay(std::string_view text) {
  for (size_t colon = text.find(':'); colon != std::string_view::npos;
       colon = text.find(':', colon + 1)) {
    if (colon > 0 && colon + 2 < text.size() &&
        std::isdigit(static_cast<unsigned char>(text[colon - 1])) &&
        std::isdigit(static_cast<unsigned char>(text[colon + 1])) &&
        std::isdigit(static_cast<unsigned char>(text[colon + 2]))) {
      return true;
    }
  }
  return false;
}

// "Alex on September 17, 2018 at 6:34 am said:": the header of a reader comment.
bool IsCommentHeader(const Paragraph& paragraph) {
  return paragraph.words <= kMaxHeadingWords && !paragraph.text.empty() &&
         paragraph.text.back() == ':' && FindDate(paragraph.text).has_value();
}

// "name@example.com": a contact line.
bool HasEmailAddress(std::string_view text) {
  const size_t at = text.find('@');
  return at != std::string_view::npos && at > 0 && text.find('.', at) != std::string_view::npos &&
         std::isalnum(static_cast<unsigned char>(text[at - 1]));
}

bool LinkTitleShaped(const Paragraph& paragraph) {
  const bool title_case = paragraph.capitalized * 2 > paragraph.words;
  return !paragraph.sentence_final && paragraph.chars < kMaxLinkTitleChars &&
         (title_case || !paragraph.bullet);
}

ParagraphClass BaseClass(const Paragraph& paragraph, bool known_document_language) {
  // Stop words say nothing about a paragraph in a script our lexicons do not cover (a
  // Japanese paragraph on a page with English menus): judge it by its shape alone.
  const bool known_language = known_document_language && paragraph.latin_script;
  if (paragraph.image_alt) return ParagraphClass::kBad;
  if (paragraph.picture_cue && paragraph.words <= kMaxCaptionWords) return ParagraphClass::kCaption;
  if ((paragraph.boilerplate & kEnd) && paragraph.words <= kMaxMarkerWords) {
    return ParagraphClass::kEndMarker;
  }
  if ((paragraph.boilerplate & (kAd | kSocial | kBox)) && paragraph.words <= kMaxMarkerWords) {
    return ParagraphClass::kBad;
  }
  if (paragraph.leading_boilerplate & (kCopyright | kAppeal)) return ParagraphClass::kBad;
  if (IsCommentHeader(paragraph)) return ParagraphClass::kEndMarker;
  if ((paragraph.boilerplate & (kCopyright | kAppeal)) &&
      (paragraph.words <= kMaxBoilerplateWords || paragraph.copyright_hits >= 2 ||
       paragraph.appeal_hits >= 2)) {
    return ParagraphClass::kBad;
  }
  if (paragraph.truncated) return ParagraphClass::kBad;
  // The byline belongs to the metadata (FindMetadata reads it), never to the body.
  if (IsBylineLine(paragraph)) return ParagraphClass::kBad;
  // "About the author", "About Jane Doe", "Sources:": the blurb or the source list after it
  // is not the article.
  if (IsClosingHeading(paragraph)) return ParagraphClass::kEndMarker;
  if (paragraph.words <= kMaxDateLineExtraWords + 6 && IsDateLine(paragraph))
    return ParagraphClass::kBad;
  const double ratio = paragraph.StopwordRatio();
  if (paragraph.bullet) {
    const bool prose_words = !known_language || ratio >= kNearGoodStopwordRatio;
    if (paragraph.sentence_final && paragraph.chars >= kShortChars && prose_words)
      return ParagraphClass::kNearGood;
    // A list item that reads like a phrase of the article (sentence end, or not a title:
    // mostly lower-case words) is undecided; menu entries and link titles are furniture.
    const bool title_case = paragraph.capitalized * 2 > paragraph.words;
    if (paragraph.words >= kMinListItemWords && prose_words &&
        (paragraph.sentence_final || !title_case)) {
      return ParagraphClass::kShort;
    }
    return ParagraphClass::kBad;
  }
  if (paragraph.IsShort()) return ParagraphClass::kShort;
  const bool sentence_like = paragraph.sentence_final || paragraph.chars >= kVeryLongChars;
  if (!known_language) {
    if (sentence_like && paragraph.chars >= kLongChars) return ParagraphClass::kGood;
    return sentence_like ? ParagraphClass::kNearGood : ParagraphClass::kShort;
  }
  if (paragraph.chars >= kLongChars && ratio >= kGoodStopwordRatio && sentence_like) {
    return ParagraphClass::kGood;
  }
  if (ratio >= kNearGoodStopwordRatio && sentence_like) return ParagraphClass::kNearGood;
  // Prose words without a sentence end: a headline or a subhead, undecided.
  if (ratio >= kNearGoodStopwordRatio) {
    return paragraph.chars >= kLongChars ? ParagraphClass::kNearGood : ParagraphClass::kShort;
  }
  return ParagraphClass::kLowProse;
}

double RegionScore(const Paragraph& paragraph, ParagraphClass cls) {
  const double chars = static_cast<double>(paragraph.chars);
  switch (cls) {
    case ParagraphClass::kGood:
      return 1.0 + std::min(chars, 800.0) / 100.0;
    case ParagraphClass::kNearGood:
      return 0.5 + std::min(chars, 400.0) / 200.0;
    case ParagraphClass::kShort:
      return paragraph.sentence_final && paragraph.StopwordRatio() >= kNearGoodStopwordRatio
                 ? kShortSentenceScore
                 : kShortScore;
    case ParagraphClass::kBad:
    case ParagraphClass::kLowProse:
      return -(0.5 + std::min(chars, 600.0) / 150.0);
    case ParagraphClass::kEndMarker:
      return kEndMarkerScore;
    case ParagraphClass::kCaption:
    case ParagraphClass::kDuplicate:
    case ParagraphClass::kBoxItem:
      return 0.0;
  }
  return 0.0;
}

// The maximum-sum run of paragraph scores in [from, to) that ends on prose (Kadane).
std::optional<Region> DensestRun(const std::vector<Paragraph>& paragraphs,
                                 const std::vector<ParagraphClass>& classes, size_t from,
                                 size_t to) {
  double best = 0.0, running = 0.0;
  size_t running_begin = from;
  std::optional<Region> region;
  for (size_t idx = from; idx < to; ++idx) {
    if (running <= 0.0) {
      running = 0.0;
      running_begin = idx;
    }
    running += RegionScore(paragraphs[idx], classes[idx]);
    const bool prose =
        classes[idx] == ParagraphClass::kGood || classes[idx] == ParagraphClass::kNearGood;
    if (prose && running > best) {
      best = running;
      region = Region{running_begin, idx + 1, idx + 1};
    }
  }
  return region;
}

// Where a comment thread starts: the first of several comment headers ("Alex on May 2, 2019
// at 6:34 am said:"), or the second of several timestamp lines (the first may date the
// article). paragraphs.size() when the page has no thread.
size_t CommentThreadStart(const std::vector<Paragraph>& paragraphs) {
  std::vector<size_t> headers, timestamps;
  for (size_t idx = 0; idx < paragraphs.size(); ++idx) {
    if (IsCommentHeader(paragraphs[idx])) headers.push_back(idx);
    if (paragraphs[idx].words <= kMaxHeadingWords && HasTimeOfDay(paragraphs[idx].text) &&
        IsDateLine(paragraphs[idx])) {
      timestamps.push_back(idx);
    }
  }
  size_t start = paragraphs.size();
  if (headers.size() >= kMinCommentHeaders) start = headers.front();
  if (timestamps.size() >= kMinCommentTimestamps) start = std::min(start, timestamps[1]);
  return start;
}

// Whether a paragraph ends the article for the extension: an end marker, a notice, share
// buttons, an ad label, a link-box label, a contact address, or prose that the region
// search left out (a second article, an author blurb).
bool StopsExtension(const Paragraph& paragraph, ParagraphClass cls) {
  if (cls == ParagraphClass::kEndMarker || cls == ParagraphClass::kGood ||
      cls == ParagraphClass::kNearGood) {
    return true;
  }
  if (paragraph.boilerplate & (kCopyright | kAppeal | kEnd | kSocial | kAd | kBox)) return true;
  return paragraph.IsShort() && HasEmailAddress(paragraph.text);
}

// Lines the extension passes over without counting them: pictures and their captions.
bool NeutralForExtension(const Paragraph& paragraph, ParagraphClass cls) {
  return paragraph.image_alt || cls == ParagraphClass::kCaption ||
         cls == ParagraphClass::kDuplicate;
}

// Whether a line continues the article after its densest run: a short sentence, a list item
// (a bullet, or lines one under the other with no blank between), a table row or numbered
// item (starts with a number), or the line that introduces them (ends with ':'). Labels do not
// ("Close", "Advert": few words), nor headline teasers, which a text browser prints one per block,
// a blank line apart.
bool ContinuesArticle(const Paragraph& paragraph, ParagraphClass cls) {
  if (cls != ParagraphClass::kShort && cls != ParagraphClass::kLowProse) return false;
  if (paragraph.words < kMinExtensionWords) return false;
  const bool title_case = paragraph.capitalized * 2 > paragraph.words;
  const bool numbered = std::isdigit(static_cast<unsigned char>(paragraph.text.front()));
  const bool introduces_list = paragraph.text.back() == ':';
  return paragraph.sentence_final || paragraph.bullet || numbered || introduces_list ||
         (!paragraph.blank_before && !title_case);
}

// Whether a line belongs to a list that a line ending with ':' introduces ("Tour dates:"
// then one date and venue per line): the intro line itself, or a line of the tight run (no
// blank line between) that follows it. Dates, names and places in such a list are article
// text even when each line alone looks like furniture.
bool InIntroducedList(const std::vector<Paragraph>& paragraphs,
                      const std::vector<ParagraphClass>& classes, size_t idx) {
  const auto introduces = [&](size_t at) {
    return paragraphs[at].text.back() == ':' && paragraphs[at].words >= kMinExtensionWords &&
           classes[at] != ParagraphClass::kEndMarker && paragraphs[at].boilerplate == 0;
  };
  if (introduces(idx)) return true;
  for (size_t at = idx; at > 0 && idx - at < kMaxIntroducedListItems; --at) {
    if (paragraphs[at].blank_before) return false;
    if (introduces(at - 1)) return true;
  }
  return false;
}

// Second pass: the densest run stops where the prose stops, but articles go on with lists,
// tables and data lines that score as furniture on their own. Walk forward from the run over
// such lines, across at most kMaxExtensionGap other lines in a row (a label, a subhead), and
// stop at the first end marker, notice or rejected prose.
void ExtendRegion(const std::vector<Paragraph>& paragraphs,
                  const std::vector<ParagraphClass>& classes, Region& region) {
  size_t gap = 0;
  for (size_t idx = region.end; idx < paragraphs.size(); ++idx) {
    if (StopsExtension(paragraphs[idx], classes[idx])) break;
    if (NeutralForExtension(paragraphs[idx], classes[idx])) continue;
    if (!ContinuesArticle(paragraphs[idx], classes[idx]) &&
        !InIntroducedList(paragraphs, classes, idx)) {
      if (++gap > kMaxExtensionGap) break;
      continue;
    }
    gap = 0;
    region.end = idx + 1;
  }
}

}  // namespace

const char* ParagraphClassName(ParagraphClass cls) {
  switch (cls) {
    case ParagraphClass::kGood:
      return "good";
    case ParagraphClass::kNearGood:
      return "near-good";
    case ParagraphClass::kShort:
      return "short";
    case ParagraphClass::kBad:
      return "bad";
    case ParagraphClass::kLowProse:
      return "low-prose";
    case ParagraphClass::kEndMarker:
      return "end";
    case ParagraphClass::kCaption:
      return "caption";
    case ParagraphClass::kDuplicate:
      return "duplicate";
    case ParagraphClass::kBoxItem:
      return "box-item";
  }
  return "?";
}

bool LooksLikeHeading(const Paragraph& paragraph) {
  const bool question = !paragraph.text.empty() && paragraph.text.back() == '?';
  return paragraph.words >= 1 && paragraph.words <= kMaxHeadingWords &&
         (!paragraph.sentence_final || question) && !paragraph.bullet && !paragraph.image_alt &&
         paragraph.boilerplate == 0;
}

std::vector<ParagraphClass> ClassifyParagraphs(const std::vector<Paragraph>& paragraphs) {
  // Is the language one our stop-word lists cover?
  size_t long_words = 0, long_stopwords = 0;
  for (const Paragraph& paragraph : paragraphs) {
    if (paragraph.chars < kLongChars) continue;
    long_words += paragraph.words;
    long_stopwords += paragraph.stopwords;
  }
  const bool known_language =
      long_words == 0 || static_cast<double>(long_stopwords) >=
                             kKnownLanguageStopwordRatio * static_cast<double>(long_words);

  std::vector<ParagraphClass> classes;
  classes.reserve(paragraphs.size());
  for (const Paragraph& paragraph : paragraphs)
    classes.push_back(BaseClass(paragraph, known_language));

  // Reader comments: many short date lines with a time of day ("November 19, 2019 at 6:34
  // am"). The first may be the article's own timestamp; the others head comments.
  std::vector<size_t> timestamps;
  for (size_t idx = 0; idx < paragraphs.size(); ++idx) {
    if (paragraphs[idx].words <= kMaxHeadingWords && HasTimeOfDay(paragraphs[idx].text) &&
        IsDateLine(paragraphs[idx])) {
      timestamps.push_back(idx);
    }
  }
  if (timestamps.size() >= kMinCommentTimestamps) {
    for (size_t k = 1; k < timestamps.size(); ++k)
      classes[timestamps[k]] = ParagraphClass::kEndMarker;
  }
  // Dated teasers: a chain of date lines a few paragraphs apart (each story's title, author
  // and date above its blurb) lists other stories. Each date opens a teaser and ends whatever
  // came before, except a first date above all prose, the article's own.
  std::vector<size_t> date_lines;
  for (size_t idx = 0; idx < paragraphs.size(); ++idx) {
    if (paragraphs[idx].words <= kMaxDateLineExtraWords + 6 && IsDateLine(paragraphs[idx]))
      date_lines.push_back(idx);
  }
  for (size_t chain_begin = 0; chain_begin < date_lines.size();) {
    size_t chain_end = chain_begin + 1;
    // Date lines one under the other are a list (tour dates, a timeline), not teasers.
    while (chain_end < date_lines.size() &&
           date_lines[chain_end] - date_lines[chain_end - 1] <= kMaxDatedBlockSpacing &&
           date_lines[chain_end] - date_lines[chain_end - 1] >= kMinDatedBlockSpacing) {
      ++chain_end;
    }
    if (chain_end - chain_begin >= kMinDatedBlocks) {
      // The first date heads a teaser too when prose came before it (the article's own date
      // sits above the article).
      const bool after_prose = std::any_of(
          classes.begin(), classes.begin() + static_cast<std::ptrdiff_t>(date_lines[chain_begin]),
          [](ParagraphClass cls) { return cls == ParagraphClass::kGood; });
      for (size_t k = after_prose ? chain_begin : chain_begin + 1; k < chain_end; ++k) {
        classes[date_lines[k]] = ParagraphClass::kEndMarker;
      }
    }
    chain_begin = chain_end;
  }
  // Appeals and notices come in blocks: a paragraph with a notice phrase next to a paragraph
  // already judged a notice belongs to the same block, and so does a paragraph that speaks
  // to the reader with an appeal phrase ("You can help us keep this free") next to an
  // appeal. An appeal phrase with no word for the reader never joins (article text).
  for (size_t idx = 0; idx < paragraphs.size(); ++idx) {
    const Paragraph& paragraph = paragraphs[idx];
    const uint32_t kinds =
        (paragraph.boilerplate & kCopyright) | (paragraph.appeal_to_reader ? kAppeal : 0u);
    if (kinds == 0 || classes[idx] == ParagraphClass::kBad) continue;
    const size_t from = idx >= kNoticeBlockReach ? idx - kNoticeBlockReach : 0;
    const size_t to = std::min(paragraphs.size(), idx + kNoticeBlockReach + 1);
    for (size_t other = from; other < to; ++other) {
      if (other != idx && classes[other] == ParagraphClass::kBad &&
          (paragraphs[other].boilerplate & kinds)) {
        classes[idx] = ParagraphClass::kBad;
        break;
      }
    }
  }
  // Captions: the same line twice in a row.
  for (size_t idx = 0; idx + 1 < paragraphs.size(); ++idx) {
    if (paragraphs[idx].chars >= kMinCaptionChars &&
        paragraphs[idx].text == paragraphs[idx + 1].text &&
        classes[idx] != ParagraphClass::kDuplicate) {
      classes[idx] = ParagraphClass::kCaption;
      classes[idx + 1] = ParagraphClass::kDuplicate;
    }
  }
  // Copies of one caption that differ at the end (cut, or with a credit appended).
  for (size_t idx = 0; idx + 1 < paragraphs.size(); ++idx) {
    for (size_t next = idx + 1; next < paragraphs.size() && next <= idx + kPrefixRepeatDistance;
         ++next) {
      const std::string& first = paragraphs[idx].text;
      const std::string& second = paragraphs[next].text;
      if (first == second) continue;
      const size_t shorter = std::min(first.size(), second.size());
      const auto mismatch = std::mismatch(
          first.begin(), first.begin() + static_cast<std::ptrdiff_t>(shorter), second.begin());
      const size_t common = static_cast<size_t>(mismatch.first - first.begin());
      if (common < kMinCaptionCopyPrefix || common * 2 < shorter) continue;
      if (classes[idx] != ParagraphClass::kDuplicate) classes[idx] = ParagraphClass::kCaption;
      classes[next] = ParagraphClass::kDuplicate;
    }
  }
  // Link boxes inside an article: under a box label, the short lines up to the next prose
  // (pictures and captions between them) are other stories' headlines, even when they are
  // bulleted in sentence case like a list of the article.
  for (size_t idx = 0; idx < paragraphs.size(); ++idx) {
    const bool labelled =
        (paragraphs[idx].boilerplate & (kBox | kEnd)) && paragraphs[idx].words <= kMaxMarkerWords;
    if (!labelled && !IsMoreLabel(paragraphs[idx])) continue;
    std::vector<size_t> items;
    for (size_t next = idx + 1; next < paragraphs.size() && items.size() <= kMaxBoxItems; ++next) {
      const ParagraphClass cls = classes[next];
      if (paragraphs[next].image_alt || cls == ParagraphClass::kCaption ||
          cls == ParagraphClass::kDuplicate)
        continue;
      if ((cls != ParagraphClass::kShort && cls != ParagraphClass::kLowProse) ||
          paragraphs[next].chars >= kMaxLinkTitleChars || paragraphs[next].boilerplate != 0) {
        break;
      }
      items.push_back(next);
    }
    if (items.size() < kMinBoxItems || items.size() > kMaxBoxItems) continue;
    for (size_t item : items) classes[item] = ParagraphClass::kBoxItem;
  }
  // An insert the page says the article goes on after ("Story continues below gallery"):
  // the marker and everything up to the next prose (pictures, their captions, a counter
  // "1 of 6") are neutral for the region, which goes on after them, and not kept.
  for (size_t idx = 0; idx < paragraphs.size(); ++idx) {
    if (!(paragraphs[idx].boilerplate & kContinues) || paragraphs[idx].words > kMaxMarkerWords)
      continue;
    classes[idx] = ParagraphClass::kBoxItem;
    for (size_t next = idx + 1; next < paragraphs.size() && next <= idx + kMaxInsertLines; ++next) {
      const ParagraphClass cls = classes[next];
      if (cls == ParagraphClass::kGood || cls == ParagraphClass::kNearGood ||
          cls == ParagraphClass::kEndMarker)
        break;
      classes[next] = ParagraphClass::kBoxItem;
    }
  }
  // Link lists: runs of link-title-shaped lines with no blank line between them.
  for (size_t start = 0; start < paragraphs.size();) {
    size_t end = start;
    while (end < paragraphs.size() && LinkTitleShaped(paragraphs[end]) &&
           (end == start || !paragraphs[end].blank_before)) {
      ++end;
    }
    if (end - start >= kMinLinkRun) {
      for (size_t idx = start; idx < end; ++idx) {
        if (classes[idx] == ParagraphClass::kShort || classes[idx] == ParagraphClass::kNearGood ||
            classes[idx] == ParagraphClass::kLowProse) {
          classes[idx] = ParagraphClass::kBad;
        }
      }
    }
    start = std::max(end, start + 1);
  }
  // A line repeated a few lines further on (a teaser printing its title above and below its
  // date, a menu label): furniture, unless prose. Far repeats (a recipe's "Meal 1" in two
  // plans) say nothing.
  // A short line next to the same line with a word or two appended ("Title" and "Title
  // image", a caption and the caption with "Credit: ..." glued on): a teaser or a picture.
  for (size_t idx = 0; idx + 1 < paragraphs.size(); ++idx) {
    for (size_t next = idx + 1; next < paragraphs.size() && next <= idx + kPrefixRepeatDistance;
         ++next) {
      const std::string& first = paragraphs[idx].text;
      const std::string& second = paragraphs[next].text;
      const std::string& shorter = first.size() < second.size() ? first : second;
      const std::string& longer = first.size() < second.size() ? second : first;
      if (shorter.size() < kMinCaptionChars || shorter.size() == longer.size() ||
          !longer.starts_with(shorter) || paragraphs[idx].chars >= kLongChars ||
          paragraphs[next].chars >= kLongChars) {
        continue;
      }
      for (size_t copy : {idx, next}) {
        if (classes[copy] == ParagraphClass::kShort || classes[copy] == ParagraphClass::kLowProse) {
          classes[copy] = ParagraphClass::kBad;
        }
      }
    }
  }
  for (size_t idx = 0; idx < paragraphs.size(); ++idx) {
    if (paragraphs[idx].repeats < 2) continue;
    for (size_t next = idx + 2; next < paragraphs.size() && next <= idx + kNearRepeatDistance;
         ++next) {
      if (paragraphs[next].text != paragraphs[idx].text) continue;
      for (size_t copy : {idx, next}) {
        if (classes[copy] == ParagraphClass::kShort || classes[copy] == ParagraphClass::kNearGood ||
            classes[copy] == ParagraphClass::kLowProse) {
          classes[copy] = ParagraphClass::kBad;
        }
      }
    }
  }
  return classes;
}

std::optional<Region> FindMainRegion(const std::vector<Paragraph>& paragraphs,
                                     const std::vector<ParagraphClass>& classes) {
  // A comment thread follows the article: when the page has one, look for the article before
  // it first, so that a long discussion does not outweigh a short post.
  const size_t thread_start = CommentThreadStart(paragraphs);
  std::optional<Region> region;
  if (thread_start < paragraphs.size()) region = DensestRun(paragraphs, classes, 0, thread_start);
  if (!region) region = DensestRun(paragraphs, classes, 0, paragraphs.size());
  if (region) ExtendRegion(paragraphs, classes, *region);
  return region;
}

std::vector<size_t> SelectBody(const std::vector<Paragraph>& paragraphs,
                               const std::vector<ParagraphClass>& classes, Region region) {
  std::vector<size_t> body;
  for (size_t idx = region.begin; idx < region.end; ++idx) {
    if (idx >= region.core_end) {  // the extension keeps every line that continues the article
      if (ContinuesArticle(paragraphs[idx], classes[idx]) ||
          InIntroducedList(paragraphs, classes, idx)) {
        body.push_back(idx);
      }
      continue;
    }
    switch (classes[idx]) {
      case ParagraphClass::kGood:
      case ParagraphClass::kNearGood:
        body.push_back(idx);
        break;
      case ParagraphClass::kShort: {
        const Paragraph& paragraph = paragraphs[idx];
        if (paragraph.bullet) {  // a list item inside the article
          body.push_back(idx);
          break;
        }
        if (paragraph.sentence_final && paragraph.StopwordRatio() >= kNearGoodStopwordRatio) {
          body.push_back(idx);
          break;
        }
        // A subhead or a short line of the article (a data line, a one-line quote): inside
        // the region, free of boilerplate, and followed by prose within a few paragraphs.
        if (paragraph.boilerplate != 0 || paragraph.image_alt) break;
        // A shouting line between paragraphs is a promo link ("CLICK HERE TO GET THE APP",
        // another story's headline), not a subhead, which articles set in sentence or title
        // case. It stays undecided for the region search: boxes of them sit inside articles.
        if (paragraph.AllCaps()) break;
        if (ContinuesArticle(paragraph, classes[idx])) {  // a list item or table row
          body.push_back(idx);
          break;
        }
        for (size_t next = idx + 1; next < region.end && next <= idx + kShortLineReach; ++next) {
          if (classes[next] == ParagraphClass::kGood ||
              classes[next] == ParagraphClass::kNearGood) {
            body.push_back(idx);
            break;
          }
        }
        break;
      }
      default:
        break;
    }
  }
  return body;
}

}  // namespace crosscheck::text
