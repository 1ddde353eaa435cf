#include "cluster/content_words.h"

#include <libstemmer.h>
#include <utf8proc.h>

#include <array>
#include <optional>
#include <utility>

#include "base/lexicon.h"
#include "base/string_set.h"
#include "base/utf8.h"

namespace crosscheck {
namespace {

struct LanguageName {
  std::string_view iso;
  std::string_view stemmer;
};

constexpr std::array<LanguageName, 24> kStemmers = {{
    {"ar", "arabic"},     {"ca", "catalan"},    {"da", "danish"},   {"de", "german"},
    {"el", "greek"},      {"en", "english"},    {"es", "spanish"},  {"eu", "basque"},
    {"fi", "finnish"},    {"fr", "french"},     {"ga", "irish"},    {"hi", "hindi"},
    {"hu", "hungarian"},  {"hy", "armenian"},   {"id", "indonesian"}, {"it", "italian"},
    {"lt", "lithuanian"}, {"nl", "dutch"},      {"no", "norwegian"}, {"pt", "portuguese"},
    {"ro", "romanian"},   {"ru", "russian"},    {"sv", "swedish"},  {"tr", "turkish"},
}};

// Words longer than this (in bytes) are URLs or junk, not content words.
constexpr size_t kMaxWordBytes = 40;

// Below this code point a one-letter word is an article, preposition or initial; above,
// one ideograph can be a whole content word.
constexpr char32_t kFirstIdeograph = 0x3000;

bool IsWordCodePoint(char32_t cp) {
  // ASCII: exactly the letters and digits (utf8proc's Lu, Ll and Nd there).
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_ND:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string_view StemmerNameForLanguage(std::string_view iso_639_1) {
  for (const LanguageName& entry : kStemmers) {
    if (entry.iso == iso_639_1) return entry.stemmer;
  }
  return "english";
}

// Stems remembered per language: news text repeats its words, and a lookup costs a fraction
// of running the Snowball stemmer again. Bounded: emptied when it reaches this many words.
constexpr size_t kMaxCachedStems = size_t{1} << 16;

struct ContentWords::Language {
  sb_stemmer* stemmer = nullptr;
  std::unordered_set<std::string_view> stop_words;  // views into embedded lexicons
  // Word -> its stem, or nullopt for a stop word: one lookup for a word seen before.
  StringMap<std::optional<std::string>> stems;
  ~Language() {
    if (stemmer != nullptr) sb_stemmer_delete(stemmer);
  }
};

ContentWords::ContentWords() = default;
ContentWords::~ContentWords() = default;

ContentWords::Language& ContentWords::LanguageFor(std::string_view iso_639_1) {
  auto it = languages_.find(std::string(iso_639_1));
  if (it != languages_.end()) return *it->second;
  auto language = std::make_unique<Language>();
  const std::string stemmer_name(StemmerNameForLanguage(iso_639_1));
  language->stemmer = sb_stemmer_new(stemmer_name.c_str(), "UTF_8");
  std::string lexicon = "stopwords_" + std::string(iso_639_1);
  if (EmbeddedLexicon(lexicon).empty()) lexicon = "stopwords_en";
  for (std::string_view word : LexiconEntries(lexicon)) language->stop_words.insert(word);
  Language& result = *language;
  languages_.emplace(std::string(iso_639_1), std::move(language));
  return result;
}

void ContentWords::AppendStems(std::string_view text, std::string_view language,
                               std::vector<std::string>& stems) {
  Language& lang = LanguageFor(language.empty() || language == "un" ? "en" : language);
  size_t pos = 0;
  while (pos < text.size()) {
    // Skip to the next word.
    char32_t cp = DecodeUtf8(text, pos);
    if (!IsWordCodePoint(cp)) continue;
    word_.clear();
    bool all_digits = true;
    size_t code_points = 0;
    while (true) {
      if (cp < 0x80) {
        word_.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp));
      } else {
        AppendUtf8(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))), word_);
      }
      if (cp < '0' || cp > '9') all_digits = false;
      ++code_points;
      if (pos >= text.size()) break;
      size_t next = pos;
      const char32_t next_cp = DecodeUtf8(text, next);
      if (!IsWordCodePoint(next_cp)) break;
      cp = next_cp;
      pos = next;
    }
    if (all_digits || word_.size() > kMaxWordBytes) continue;
    if (code_points == 1 && cp < kFirstIdeograph) continue;  // "a", "à": not content
    if (const auto cached = lang.stems.find(std::string_view(word_)); cached != lang.stems.end()) {
      if (cached->second) stems.push_back(*cached->second);
      continue;
    }
    std::optional<std::string> stem;  // nullopt: a stop word
    if (lang.stop_words.count(word_) == 0) {
      if (lang.stemmer == nullptr) {
        stem = word_;
      } else {
        const sb_symbol* stemmed =
            sb_stemmer_stem(lang.stemmer, reinterpret_cast<const sb_symbol*>(word_.data()),
                            static_cast<int>(word_.size()));
        if (stemmed == nullptr) {  // out of memory inside libstemmer: this once, unstemmed
          stems.push_back(word_);
          continue;
        }
        stem.emplace(reinterpret_cast<const char*>(stemmed),
                     static_cast<size_t>(sb_stemmer_length(lang.stemmer)));
      }
      stems.push_back(*stem);
    }
    if (lang.stems.size() >= kMaxCachedStems) lang.stems.clear();
    lang.stems.emplace(word_, std::move(stem));
  }
}

}  // namespace crosscheck
