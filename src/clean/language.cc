// Language identification with cld2 (Debian's libcld2).
//
// cld2 scores the text by script runs and returns the top three languages with the share of
// bytes each covers. The text given here is the article body, so menus and footers are
// already gone; on top of that we take cld2's *top* language by share rather than anything
// about the tail, so a short footer in another script (a Polish legal notice, a Chinese
// link title) cannot flip an English page. A language is reported only when cld2 calls the
// guess reliable or when it covers at least half of the scored bytes; otherwise "un".
#include "clean/language.h"

#include <cld2/public/compact_lang_det.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <string>

#include "base/utf8.h"

namespace crosscheck {
namespace {

// Share (percent of scored bytes) the top language needs when cld2 says "unreliable".
constexpr int kMinTopPercent = 50;
// cld2 looks at a bounded prefix anyway; cap what we hand it so huge inputs stay cheap.
constexpr size_t kMaxDetectBytes = 64 * 1024;

// "en" from cld2's code; "zh-Hant" -> "zh"; cld2's "un" and unknowns -> "un".
std::string IsoCode(CLD2::Language language) {
  const char* code = CLD2::LanguageCode(language);
  if (code == nullptr) return "un";
  std::string iso(code);
  if (const size_t dash = iso.find('-'); dash != std::string::npos) iso.resize(dash);
  if (iso.size() != 2) return "un";  // cld2's 3-letter codes have no ISO 639-1 form
  return iso;
}

}  // namespace

namespace {

// A word of at most 8 bytes as an integer: its bytes, zero-padded (no word holds a zero).
uint64_t WordKey(std::string_view word) {
  uint64_t key = 0;
  for (size_t i = 0; i < word.size() && i < 8; ++i)
    key |= static_cast<uint64_t>(static_cast<unsigned char>(word[i])) << (8 * i);
  return key;
}

}  // namespace

bool LooksPlainlyEnglish(std::string_view text) {
  constexpr size_t kMinWords = 60;
  // The commonest English function words of news text. A few are words of other languages
  // written in Latin letters too ("in", "is", "an", "was", "will", "on", "to"), which cannot
  // reach the bars alone.
  static constexpr std::string_view kFunctionWords[] = {
      "the",  "of",   "and",  "to",    "a",    "in",  "is",   "that",  "for",   "on",
      "was",  "with", "he",   "it",    "as",   "at",  "by",   "from",  "his",   "said",
      "be",   "have", "has",  "are",   "were", "an",  "this", "which", "but",   "not",
      "they", "who",  "will", "their", "been", "had", "or",   "its",   "after", "would"};
  // The words as integers (their bytes, at most 5), sorted: one binary search per word.
  static const std::array<uint64_t, std::size(kFunctionWords)> kFunctionWordKeys = [] {
    std::array<uint64_t, std::size(kFunctionWords)> keys{};
    for (size_t i = 0; i < keys.size(); ++i) keys[i] = WordKey(kFunctionWords[i]);
    std::sort(keys.begin(), keys.end());
    return keys;
  }();
  static const uint64_t kTheKey = WordKey("the");
  if (text.size() > kMaxDetectBytes) text = text.substr(0, kMaxDetectBytes);
  size_t words = 0, function_words = 0, the = 0, non_ascii = 0;
  char word[8];
  size_t pos = 0;
  const size_t n = text.size();
  while (pos < n) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c >= 0x80) ++non_ascii;
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!letter) {
      ++pos;
      continue;
    }
    size_t length = 0;
    while (pos < n) {
      const unsigned char d = static_cast<unsigned char>(text[pos]);
      if (!((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z'))) break;
      if (length < sizeof(word)) word[length] = static_cast<char>(d | 0x20);
      ++length;
      ++pos;
    }
    ++words;
    if (length > 5) continue;  // longer than every function word
    const uint64_t key = WordKey(std::string_view(word, length));
    if (std::binary_search(kFunctionWordKeys.begin(), kFunctionWordKeys.end(), key)) {
      ++function_words;
      the += key == kTheKey;
    }
  }
  // English news runs at 25-40% function words and 3-8% "the"; text in other languages at
  // most 16% (a German page quoting English) and 5% (see language.h).
  return words >= kMinWords && non_ascii * 20 <= n && function_words * 100 >= words * 22 &&
         the * 40 >= words;
}

std::string DetectLanguage(std::string_view text) {
  if (LooksPlainlyEnglish(text)) return "en";
  return DetectLanguageByCld2(text);
}

std::string DetectLanguageByCld2(std::string_view text) {
  if (text.size() > kMaxDetectBytes) {
    // Cut on a code point boundary (continuation bytes are 10xxxxxx).
    size_t cut = kMaxDetectBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut);
  }
  // cld2 requires interchange-valid UTF-8; the document model promises UTF-8 but a fuzzer or a
  // bad decoder may not, so repair rather than trust.
  std::string repaired;
  if (!IsValidUtf8(text)) {
    repaired = SanitizeUtf8(text);
    text = repaired;
  }
  CLD2::Language top3[3];
  int percent3[3] = {0, 0, 0};
  int text_bytes = 0;
  bool reliable = false;
  const CLD2::Language language =
      CLD2::DetectLanguageSummary(text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true,
                                  top3, percent3, &text_bytes, &reliable);
  (void)language;  // the summary's first entry is the same or better (it ignores the default)
  if (top3[0] == CLD2::UNKNOWN_LANGUAGE) return "un";
  if (!reliable && percent3[0] < kMinTopPercent) return "un";
  return IsoCode(top3[0]);
}

}  // namespace crosscheck
