// Splitting flattened text into paragraphs and measuring them.
//
// Lines are cut at '\n' ('\r' dropped), trimmed, and list markers removed. Most flattened
// pages put a paragraph on one line (a text browser at a wide width, a scraper joining DOM
// text), so a line is a paragraph. Hard-wrapped text is the exception: when many lines stop
// near one width, a line that reaches that width continues on the next. Elsewhere a long line
// that stops mid-sentence continues only when the next one starts in lower case.
//
// Boilerplate phrases, caption cues and appeal cues run together in Aho-Corasick automata
// (phrase_matcher.h: one pass per paragraph, whatever the number of phrases), built once from
// the `boilerplate_phrases`, `caption_cues` and `appeal_cues` lexicons.
#include "clean/text/text_lines.h"

#include <re2/re2.h>
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "base/ascii.h"
#include "base/lexicon.h"
#include "base/string_set.h"
#include "base/utf8.h"
#include "clean/text/phrase_matcher.h"

namespace crosscheck::text {
namespace {

// Hard-wrap detection: enough lines, a moderate width, many lines close to it.
constexpr size_t kMinLinesForWrapCheck = 10;
constexpr size_t kMaxWrapWidth = 120;
constexpr double kNearWidthShare = 0.3;
constexpr double kNearWidthFactor = 0.8;
constexpr double kContinueFactor = 0.75;
// A one-line paragraph may continue on the next line when it is at least this long.
constexpr size_t kMinJoinChars = 40;
// How much of a paragraph's start counts as "leading" for notices.
constexpr size_t kLeadingBytes = 60;
constexpr char32_t kFirstWideCodePoint = 0x2E80;  // CJK radicals onwards
constexpr size_t kWideCharWeight = 3;
// Last code point of the Latin blocks (Basic Latin to Latin Extended-B, IPA, spacing
// modifiers); Latin Extended Additional (Vietnamese) is Latin too.
constexpr char32_t kLastLatinCodePoint = 0x2FF;
constexpr char32_t kLatinExtendedAdditionalBegin = 0x1E00;
constexpr char32_t kLatinExtendedAdditionalEnd = 0x1EFF;
// A shouting line: this many words, this many upper-case letters, and at most one
// lower-case letter per kAllCapsLowerShare upper-case ones.
constexpr size_t kMinAllCapsWords = 3;
constexpr size_t kMinAllCapsLetters = 12;
constexpr size_t kAllCapsLowerShare = 20;

bool IsLatin(char32_t cp) {
  return cp <= kLastLatinCodePoint ||
         (cp >= kLatinExtendedAdditionalBegin && cp <= kLatinExtendedAdditionalEnd);
}

bool IsUnicodeSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\f' || cp == '\v' || cp == 0xA0 || cp == 0x1680 ||
         (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F || cp == 0x3000 ||
         cp == 0xFEFF;
}

// List markers a text browser or scraper prints before items.
constexpr std::array<std::string_view, 16> kBulletMarkers = {
    "\xE2\x80\xA2",  // •
    "\xC2\xB7",      // ·
    "\xE2\x96\xA1",  // □
    "\xE2\x97\xA6",  // ◦
    "\xE2\x96\xAA",  // ▪
    "\xE2\x96\xA0",  // ■
    "\xE2\x97\x8B",  // ○
    "\xE2\x96\xBA",  // ►
    "\xE2\x96\xB8",  // ▸
    "\xE2\x80\xA3",  // ‣
    "\xC2\xBB",      // »
    "- ",
    "* ",
    "+ ",
    "\xE2\x80\x93 ",  // "– "
    "\xE2\x80\x94 ",  // "— " (a leading em dash is a list marker too, not a credit)
};

struct RawLine {
  uint32_t begin = 0;  // trimmed, marker removed
  uint32_t end = 0;
  bool bullet = false;
  size_t chars = 0;
};

// Trims spaces (ASCII and Unicode) from both ends of [begin, end) in `text`.
void TrimSpan(std::string_view text, uint32_t& begin, uint32_t& end) {
  while (begin < end) {
    size_t pos = begin;
    if (!IsUnicodeSpace(DecodeUtf8(text, pos)) || pos > end) break;
    begin = static_cast<uint32_t>(pos);
  }
  while (begin < end) {
    // Step back to the start of the last code point.
    size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    size_t pos = start;
    if (!IsUnicodeSpace(DecodeUtf8(text, pos))) break;
    end = static_cast<uint32_t>(start);
  }
}

RawLine MakeLine(std::string_view document, uint32_t begin, uint32_t end) {
  RawLine line;
  TrimSpan(document, begin, end);
  for (bool stripped = true; stripped && begin < end;) {
    stripped = false;
    for (std::string_view marker : kBulletMarkers) {
      if (document.substr(begin, end - begin).starts_with(marker) && end - begin > marker.size()) {
        begin += static_cast<uint32_t>(marker.size());
        TrimSpan(document, begin, end);
        line.bullet = stripped = true;
        break;
      }
    }
  }
  line.begin = begin;
  line.end = end;
  line.chars = CountCodePoints(document.substr(begin, end - begin));
  return line;
}

bool EndsSentence(std::string_view text) {
  // Drop closing quotes and brackets: “… he said.”  (… ) »
  constexpr std::array<std::string_view, 8> kClosers = {
      "\"", "'", ")", "]", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB", "*"};
  for (bool again = true; again && !text.empty();) {
    again = false;
    for (std::string_view closer : kClosers) {
      if (text.ends_with(closer)) {
        text.remove_suffix(closer.size());
        again = true;
      }
    }
  }
  if (text.empty()) return false;
  const char last = text.back();
  return last == '.' || last == '!' || last == '?' || text.ends_with("\xE2\x80\xA6") ||  // …
         text.ends_with("\xE3\x80\x82") || text.ends_with("\xEF\xBC\x81") ||             // 。！
         text.ends_with("\xEF\xBC\x9F");                                                 // ？
}

bool StartsLowercase(std::string_view text) {
  size_t pos = 0;
  const char32_t cp = DecodeUtf8(text, pos);
  return utf8proc_islower(static_cast<utf8proc_int32_t>(cp));
}


// The Unicode category of `cp`, without utf8proc's table for ASCII.
utf8proc_category_t CategoryOf(char32_t cp) {
  // ASCII (spaces and punctuation as much as letters) from a table made once with utf8proc.
  static const auto* ascii = [] {
    auto* table = new std::array<utf8proc_category_t, 0x80>();
    for (utf8proc_int32_t c = 0; c < 0x80; ++c)
      (*table)[static_cast<size_t>(c)] = utf8proc_category(c);
    return table;
  }();
  if (cp < 0x80) return (*ascii)[cp];
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp));
}

const StringSet& Stopwords() {
  static const StringSet kStopwords = [] {
    StringSet words;
    for (std::string_view name : {"stopwords_en", "stopwords_de", "stopwords_fr", "stopwords_es"}) {
      for (std::string_view entry : LexiconEntries(name)) words.emplace(LexiconFields(entry)[0]);
    }
    return words;
  }();
  return kStopwords;
}

// Category of the caption cues in the phrase matcher; kept apart from the boilerplate bits.
constexpr uint32_t kPictureCue = 1u << 31;
// Category of an appeal phrase that opens the paragraph ("Subscribe now", "Donate").
constexpr uint32_t kAppealOpening = 1u << 30;
// A label of a few words with an appeal phrase is an appeal by itself when it opens with the
// phrase or is no sentence (a button or box title: "Sign in", "Donate now!", "Weekly
// newsletter"); sentences need the appeal's other parts.
constexpr size_t kMaxAppealLabelWords = 6;
// A "tail" caption cue lies within this many bytes of the end of the line.
constexpr size_t kCaptionTailBytes = 80;

struct BoilerplateMatcher {
  PhraseMatcher phrases;
  std::vector<uint32_t> category_of;  // per phrase index: a BoilerplateBits value or kPictureCue
};

uint32_t CategoryBit(std::string_view name) {
  if (name == "copyright") return kCopyright;
  if (name == "appeal") return kAppeal;
  if (name == "ad") return kAd;
  if (name == "social") return kSocial;
  if (name == "end") return kEnd;
  if (name == "box") return kBox;
  if (name == "continues") return kContinues;
  return 0;
}

// Whether a cue phrase needs a word boundary after it: when it ends with a letter or digit
// ("photo by" must not match "photo byline"; "photo:" needs none).
bool NeedsWordEnd(std::string_view phrase) {
  return !phrase.empty() && (std::isalnum(static_cast<unsigned char>(phrase.back())) ||
                             static_cast<unsigned char>(phrase.back()) >= 0x80);
}

const BoilerplateMatcher& Phrases() {
  static const BoilerplateMatcher kMatcher = [] {
    BoilerplateMatcher matcher;
    auto add = [&](std::string_view phrase, PhraseMatcher::Placement placement, uint32_t bit) {
      if (matcher.phrases.Add(phrase, placement) >= 0) matcher.category_of.push_back(bit);
    };
    // Boilerplate phrases anywhere, as whole words.
    for (std::string_view entry : LexiconEntries("boilerplate_phrases")) {
      const std::vector<std::string_view> fields = LexiconFields(entry);
      if (fields.size() < 2) continue;
      const uint32_t bit = CategoryBit(fields[0]);
      if (bit == 0) continue;
      add(fields[1], {}, bit);
    }
    // Appeal phrases that open the paragraph (the short-label test of IsAppealLabel).
    for (std::string_view entry : LexiconEntries("boilerplate_phrases")) {
      const std::vector<std::string_view> fields = LexiconFields(entry);
      if (fields.size() < 2 || CategoryBit(fields[0]) != kAppeal) continue;
      add(fields[1], {.at_start = true, .word_start = false, .word_end = NeedsWordEnd(fields[1])},
          kAppealOpening);
    }
    // Caption cues that open the line.
    for (std::string_view entry : LexiconEntries("caption_cues")) {
      const std::vector<std::string_view> fields = LexiconFields(entry);
      if (fields.size() < 2 || fields[0] != "lead") continue;
      add(fields[1], {.at_start = true, .word_start = false, .word_end = NeedsWordEnd(fields[1])},
          kPictureCue);
    }
    matcher.phrases.Build();
    return matcher;
  }();
  return kMatcher;
}

// Caption cues that end the line ("... (Image: Getty)"), matched on the line's last
// kCaptionTailBytes bytes only.
const PhraseMatcher& TailCues() {
  static const PhraseMatcher kMatcher = [] {
    PhraseMatcher matcher;
    for (std::string_view entry : LexiconEntries("caption_cues")) {
      const std::vector<std::string_view> fields = LexiconFields(entry);
      if (fields.size() < 2 || fields[0] != "tail") continue;
      matcher.Add(fields[1],
                  {.at_start = false, .word_start = true, .word_end = NeedsWordEnd(fields[1])});
    }
    matcher.Build();
    return matcher;
  }();
  return kMatcher;
}

// The other parts of an appeal (the `appeal_cues` lexicon): words addressing the reader, and
// what an appeal asks for (a payment or membership word, or a sum). Case-sensitive, each word
// also with a capital first letter, so "us" is never "US". Run only on paragraphs with an
// appeal phrase.
enum AppealCue : int { kReaderCue = 0, kAskCue = 1 };

struct AppealCueMatcher {
  PhraseMatcher words{/*fold_case=*/false};
  std::vector<AppealCue> cue_of;  // per phrase index
  std::unique_ptr<RE2> sum;       // a currency sign next to a number: an ask
};

const AppealCueMatcher& AppealCues() {
  static const AppealCueMatcher kMatcher = [] {
    AppealCueMatcher matcher;
    auto add = [&](std::string_view word, AppealCue cue) {
      if (matcher.words.Add(word, {}) >= 0) matcher.cue_of.push_back(cue);
    };
    for (std::string_view entry : LexiconEntries("appeal_cues")) {
      const std::vector<std::string_view> fields = LexiconFields(entry);
      if (fields.size() < 2 || fields[1].empty() || (fields[0] != "reader" && fields[0] != "asks"))
        continue;
      const AppealCue cue = fields[0] == "reader" ? kReaderCue : kAskCue;
      std::string word(fields[1]);
      add(word, cue);
      if (std::islower(static_cast<unsigned char>(word[0]))) {
        word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
        add(word, cue);
      }
    }
    matcher.words.Build();
    // A sum: a currency sign next to a number ("$5", "£ 3", "5 €", "10€").
    RE2::Options options;
    options.set_log_errors(false);
    matcher.sum = std::make_unique<RE2>(
        "[$\\x{00A3}\\x{20AC}\\x{00A5}\\x{20B9}]\\s?\\d|\\d\\s?[$\\x{00A3}\\x{20AC}\\x{00A5}\\x{"
        "20B9}]",
        options);
    if (!matcher.sum->ok()) matcher.sum.reset();
    return matcher;
  }();
  return kMatcher;
}

// Quotation marks: an appeal quoted in an article ("We need your donations," she said) is
// reported speech, not the site's appeal.
bool HasQuotationMark(std::string_view text) {
  constexpr std::array<std::string_view, 6> kMarks = {"\"",       "\xE2\x80\x9C", "\xE2\x80\x9D",
                                                      "\xC2\xAB", "\xC2\xBB",     "\xE2\x80\x9E"};
  return std::any_of(kMarks.begin(), kMarks.end(), [&](std::string_view mark) {
    return text.find(mark) != std::string_view::npos;
  });
}

// Settles what an appeal phrase found in `paragraph` means. The phrase alone is not enough
// ("The price of a cup of coffee ...", "Lawmakers voted to donate $5m" are article text):
// the paragraph is an appeal when it is a label of a few words (see kMaxAppealLabelWords),
// or when it addresses the reader and asks for something (a payment, a membership, a sum),
// outside quotation marks. Otherwise the kAppeal bit is cleared. `appeal_to_reader` records a
// phrase addressed to the reader, which joins a neighbouring appeal (line_classifier.cc).
void SettleAppeal(Paragraph& paragraph, bool opens_with_appeal) {
  if (!(paragraph.boilerplate & kAppeal)) return;
  bool reader = false, ask = false;
  const AppealCueMatcher& cues = AppealCues();
  std::vector<int> hits;
  if (cues.words.Match(paragraph.text, &hits)) {
    for (int hit : hits) {
      (cues.cue_of[static_cast<size_t>(hit)] == kReaderCue ? reader : ask) = true;
    }
  }
  if (!ask && cues.sum && RE2::PartialMatch(paragraph.text, *cues.sum)) ask = true;
  const bool quoted = HasQuotationMark(paragraph.text);
  const bool label =
      paragraph.words <= kMaxAppealLabelWords && (opens_with_appeal || !paragraph.sentence_final);
  paragraph.appeal_to_reader = reader && !quoted;
  if (label || (paragraph.appeal_to_reader && ask)) return;
  paragraph.boilerplate &= ~static_cast<uint32_t>(kAppeal);
  paragraph.leading_boilerplate &= ~static_cast<uint32_t>(kAppeal);
  paragraph.appeal_hits = 0;
}

}  // namespace

bool Paragraph::IsShort() const { return chars < kShortChars; }

bool Paragraph::AllCaps() const {
  return words >= kMinAllCapsWords && upper_letters >= kMinAllCapsLetters &&
         lower_letters * kAllCapsLowerShare < upper_letters;
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t pos = 0; pos < text.size();) {
    const size_t start = pos;
    const char32_t cp = DecodeUtf8(text, pos);
    if (IsUnicodeSpace(cp) || cp == '\n' || cp == '\r') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.append(text.substr(start, pos - start));
  }
  return out;
}

bool IsStopword(std::string_view word) {
  // ASCII words (nearly all of them) lower-cased on the stack.
  if (std::all_of(word.begin(), word.end(), [](char c) { return (c & 0x80) == 0; }))
    return Stopwords().contains(LowerAsciiWord(word).view());
  std::string lower;
  lower.reserve(word.size());
  for (size_t pos = 0; pos < word.size();) {
    const char32_t cp = DecodeUtf8(word, pos);
    AppendUtf8(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))), lower);
  }
  return Stopwords().contains(lower);
}

void ComputeShape(Paragraph& paragraph) {
  const std::string_view text = paragraph.text;
  paragraph.chars = 0;
  paragraph.upper_letters = paragraph.lower_letters = 0;
  size_t latin_letters = 0, other_letters = 0;
  for (size_t pos = 0; pos < text.size();) {
    const char32_t cp = DecodeUtf8(text, pos);
    // Wide (CJK) characters carry about as much as a short Latin word: weigh them so that
    // length thresholds mean the same in every script.
    paragraph.chars += cp >= kFirstWideCodePoint ? kWideCharWeight : 1;
    const auto category = CategoryOf(cp);
    if (category < UTF8PROC_CATEGORY_LU || category > UTF8PROC_CATEGORY_LO) continue;
    ++(IsLatin(cp) ? latin_letters : other_letters);
    if (category == UTF8PROC_CATEGORY_LU) ++paragraph.upper_letters;
    if (category == UTF8PROC_CATEGORY_LL) ++paragraph.lower_letters;
  }
  paragraph.latin_script = latin_letters >= other_letters;
  paragraph.words = paragraph.stopwords = paragraph.capitalized = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    const size_t word_begin = pos;
    while (pos < text.size() && text[pos] != ' ') ++pos;
    std::string_view token = text.substr(word_begin, pos - word_begin);
    // Strip punctuation around the word; keep inner apostrophes and hyphens.
    size_t first = 0;
    char32_t first_cp = 0;
    bool has_letter_or_digit = false;
    for (size_t scan = 0; scan < token.size();) {
      const size_t at = scan;
      const char32_t cp = DecodeUtf8(token, scan);
      const auto category = CategoryOf(cp);
      const bool alnum = (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) ||
                         (category >= UTF8PROC_CATEGORY_ND && category <= UTF8PROC_CATEGORY_NO);
      if (alnum && !has_letter_or_digit) {
        first = at;
        first_cp = cp;
        has_letter_or_digit = true;
      }
    }
    if (!has_letter_or_digit) continue;
    ++paragraph.words;
    if (utf8proc_isupper(static_cast<utf8proc_int32_t>(first_cp))) ++paragraph.capitalized;
    token.remove_prefix(first);
    while (!token.empty() &&
           std::string_view(".,;:!?\"')]}").find(token.back()) != std::string_view::npos) {
      token.remove_suffix(1);
    }
    if (token.ends_with("\xE2\x80\x9D") || token.ends_with("\xE2\x80\x99")) token.remove_suffix(3);
    if (IsStopword(token)) ++paragraph.stopwords;
  }
  paragraph.sentence_final = EndsSentence(text);
  const bool dots = text.ends_with("...") || text.ends_with("\xE2\x80\xA6");
  if (dots) {
    std::string_view before = text.substr(0, text.size() - (text.ends_with("...") ? 3 : 3));
    paragraph.truncated = !before.empty() && before.back() != ' ';
  }
  paragraph.image_alt = text.size() >= 2 && text.front() == '[' && text.back() == ']' &&
                        text.find(']') == text.size() - 1;
}

void MatchBoilerplate(Paragraph& paragraph) {
  const BoilerplateMatcher& matcher = Phrases();
  paragraph.boilerplate = paragraph.leading_boilerplate = 0;
  paragraph.copyright_hits = paragraph.appeal_hits = 0;
  paragraph.picture_cue = false;
  paragraph.appeal_to_reader = false;
  std::vector<int> hits;
  size_t tail =
      paragraph.text.size() > kCaptionTailBytes ? paragraph.text.size() - kCaptionTailBytes : 0;
  while (tail > 0 && (static_cast<unsigned char>(paragraph.text[tail]) & 0xC0) == 0x80) --tail;
  paragraph.picture_cue = TailCues().Match(std::string_view(paragraph.text).substr(tail), &hits);
  if (!matcher.phrases.Match(paragraph.text, &hits)) return;
  bool opens_with_appeal = false;
  for (int hit : hits) {
    const uint32_t bit = matcher.category_of[static_cast<size_t>(hit)];
    if (bit == kPictureCue) {
      paragraph.picture_cue = true;
      continue;
    }
    if (bit == kAppealOpening) {
      opens_with_appeal = true;
      continue;
    }
    paragraph.boilerplate |= bit;
    if (bit == kCopyright) ++paragraph.copyright_hits;
    if (bit == kAppeal) ++paragraph.appeal_hits;
  }
  // A notice opens with its phrase ("This website uses cookies", "All rights reserved"):
  // a long paragraph that starts that way is a notice, whatever its length.
  if (paragraph.text.size() <= kLeadingBytes) {
    paragraph.leading_boilerplate = paragraph.boilerplate;  // caption cues are not among the bits
    SettleAppeal(paragraph, opens_with_appeal);
    return;
  }
  size_t cut = kLeadingBytes;
  while (cut > 0 && (static_cast<unsigned char>(paragraph.text[cut]) & 0xC0) == 0x80) --cut;
  hits.clear();
  if (matcher.phrases.Match(std::string_view(paragraph.text).substr(0, cut), &hits)) {
    for (int hit : hits) {
      const uint32_t bit = matcher.category_of[static_cast<size_t>(hit)];
      if (bit != kPictureCue && bit != kAppealOpening) paragraph.leading_boilerplate |= bit;
    }
  }
  SettleAppeal(paragraph, opens_with_appeal);
}

std::vector<Paragraph> SplitParagraphs(std::string_view document) {
  // 1. Lines.
  std::vector<RawLine> lines;
  for (size_t begin = 0; begin <= document.size();) {
    size_t end = document.find('\n', begin);
    if (end == std::string_view::npos) end = document.size();
    size_t content_end = end;
    if (content_end > begin && document[content_end - 1] == '\r') --content_end;
    lines.push_back(
        MakeLine(document, static_cast<uint32_t>(begin), static_cast<uint32_t>(content_end)));
    begin = end + 1;
  }
  // 2. Is the text hard-wrapped? Width = the 90th percentile of non-blank line lengths.
  std::vector<size_t> lengths;
  for (const RawLine& line : lines) {
    if (line.chars > 0) lengths.push_back(line.chars);
  }
  size_t wrap_width = 0;
  if (lengths.size() >= kMinLinesForWrapCheck) {
    std::vector<size_t> sorted = lengths;
    std::sort(sorted.begin(), sorted.end());
    const size_t width = sorted[sorted.size() * 9 / 10];
    const size_t near =
        static_cast<size_t>(std::count_if(sorted.begin(), sorted.end(), [&](size_t n) {
          return n >= kNearWidthFactor * static_cast<double>(width) && n <= width + 2;
        }));
    if (width <= kMaxWrapWidth && near >= kNearWidthShare * static_cast<double>(sorted.size())) {
      wrap_width = width;
    }
  }
  // 3. Paragraphs.
  std::vector<Paragraph> paragraphs;
  bool blank_before = true;
  for (size_t line_idx = 0; line_idx < lines.size(); ++line_idx) {
    const RawLine& line = lines[line_idx];
    if (line.begin == line.end) {
      blank_before = true;
      continue;
    }
    Paragraph paragraph;
    paragraph.begin = line.begin;
    paragraph.end = line.end;
    paragraph.first_line = paragraph.last_line = line_idx;
    paragraph.bullet = line.bullet;
    paragraph.blank_before = blank_before;
    blank_before = false;
    while (paragraph.last_line + 1 < lines.size()) {
      const RawLine& current = lines[paragraph.last_line];
      const RawLine& next = lines[paragraph.last_line + 1];
      if (next.begin == next.end || next.bullet) break;
      const std::string_view current_text =
          document.substr(current.begin, current.end - current.begin);
      const std::string_view next_text = document.substr(next.begin, next.end - next.begin);
      const bool wrapped_continues =
          wrap_width > 0 && current.chars >= kContinueFactor * static_cast<double>(wrap_width);
      const bool sentence_continues = current.chars >= kMinJoinChars &&
                                      !EndsSentence(current_text) && StartsLowercase(next_text);
      if (!wrapped_continues && !sentence_continues) break;
      ++paragraph.last_line;
      paragraph.end = next.end;
    }
    paragraph.text =
        CollapseWhitespace(document.substr(paragraph.begin, paragraph.end - paragraph.begin));
    line_idx = paragraph.last_line;
    ComputeShape(paragraph);
    MatchBoilerplate(paragraph);
    paragraphs.push_back(std::move(paragraph));
  }
  // 4. Repeats.
  std::unordered_map<std::string_view, size_t> counts;
  for (const Paragraph& paragraph : paragraphs) ++counts[paragraph.text];
  for (Paragraph& paragraph : paragraphs) paragraph.repeats = counts[paragraph.text];
  return paragraphs;
}

}  // namespace crosscheck::text
