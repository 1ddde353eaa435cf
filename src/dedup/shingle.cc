// Shingler. One pass over the bytes of a block: ASCII words are lower-cased into a small
// buffer as they are read (the common case); a word holding any non-ASCII letter is folded
// with utf8proc afterwards (FoldWordFallback). Each finished word is hashed once with XXH3;
// stop words are found by that hash in a small open-addressing table; the last
// kShingleWords content-word hashes form a ring from which each shingle hash is mixed.
// Cost: O(bytes) per block, no allocation per word on the ASCII path.
#include "dedup/shingle.h"

#include <utf8proc.h>
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>

#include "base/lexicon.h"
#include "base/quote_marks.h"
#include "base/utf8.h"

namespace crosscheck {
namespace {

// Stop-word lexicons of the languages the pipeline sees most; each is optional (an absent
// lexicon is empty), so the shingler works, less tolerantly, without them.
constexpr std::array<std::string_view, 4> kStopWordLexicons = {"stopwords_en", "stopwords_de",
                                                               "stopwords_fr", "stopwords_es"};

uint64_t Fmix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

uint64_t RotateLeft(uint64_t value, int bits) { return (value << bits) | (value >> (64 - bits)); }

// Order-sensitive mix of the three word hashes of one shingle.
uint64_t MixShingle(uint64_t first, uint64_t second, uint64_t third) {
  static_assert(kShingleWords == 3, "MixShingle takes exactly kShingleWords hashes");
  return Fmix64(first * 0x9E3779B97F4A7C15ULL ^ RotateLeft(second * 0xC2B2AE3D27D4EB4FULL, 21) ^
                RotateLeft(third * 0x165667B19E3779F9ULL, 42));
}

uint64_t HashWord(std::string_view word) { return XXH3_64bits(word.data(), word.size()); }

// Case-folds, strips accents and composes a word with non-ASCII letters.
std::string FoldWordFallback(std::string_view word) {
  utf8proc_uint8_t* folded = nullptr;
  const utf8proc_ssize_t length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(word.data()), static_cast<utf8proc_ssize_t>(word.size()),
      &folded,
      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
                                     UTF8PROC_STRIPMARK));
  std::string result;
  if (length >= 0 && folded != nullptr) result.assign(reinterpret_cast<char*>(folded), length);
  std::free(folded);
  return result;
}

// Tracks whether the reader is inside a quotation. A stray closing mark is ignored; an
// unclosed quotation ends with its block.
class QuotationState {
 public:
  bool inside() const { return opener_ != QuoteMark::kNone; }
  // Returns true when the mark changed the state.
  bool Apply(QuoteMark mark) {
    if (mark == QuoteMark::kNone) return false;
    if (!inside()) {
      if (!MayOpenQuotation(mark)) return false;  // stray closer
      opener_ = mark;
      return true;
    }
    if (!ClosesQuotation(opener_, mark)) return false;
    opener_ = QuoteMark::kNone;
    return true;
  }

 private:
  QuoteMark opener_ = QuoteMark::kNone;
};

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}
bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Ideographs and kana are written without spaces: each one counts as a word.
bool IsUnspacedScript(char32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF);
}

bool IsWordCodePoint(char32_t cp) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

// Reads normalized words from text. For each word calls on_word(normalized); calls
// on_break() where a shingle must not continue (entering or leaving a quotation).
template <typename OnWord, typename OnBreak>
void ForEachWord(std::string_view text, OnWord&& on_word, OnBreak&& on_break) {
  std::string word;
  bool word_has_non_ascii = false;
  QuotationState quotation;
  auto finish_word = [&]() {
    if (word.empty()) return;
    if (!quotation.inside()) {
      if (word_has_non_ascii) {
        on_word(std::string_view(FoldWordFallback(word)));
      } else {
        on_word(std::string_view(word));
      }
    }
    word.clear();
    word_has_non_ascii = false;
  };
  size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      if (IsAsciiAlnum(c)) {
        word.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c));
      } else if ((c == ',' || c == '.') && !word.empty() && IsAsciiDigit(word.back()) &&
                 pos + 1 < text.size() && IsAsciiDigit(static_cast<unsigned char>(text[pos + 1]))) {
        // Digit group or decimal separator: "1,500" = "1500".
      } else {
        finish_word();
        if (c == '"' && quotation.Apply(QuoteMark::kStraight)) on_break();
      }
      ++pos;
      continue;
    }
    const size_t start = pos;
    const char32_t cp = DecodeUtf8(text, pos);
    const QuoteMark mark = QuoteMarkOf(cp);
    if (mark != QuoteMark::kNone) {
      finish_word();
      if (quotation.Apply(mark)) on_break();
    } else if (IsUnspacedScript(cp)) {
      finish_word();
      word.assign(text.substr(start, pos - start));
      word_has_non_ascii = true;
      finish_word();
    } else if (IsWordCodePoint(cp)) {
      word.append(text.substr(start, pos - start));
      word_has_non_ascii = true;
    } else {
      finish_word();
    }
  }
  finish_word();
}

// Open-addressing set of 64-bit word hashes (stop words). Built once, read-only after.
class StopWordTable {
 public:
  StopWordTable() {
    for (std::string_view lexicon : kStopWordLexicons) {
      for (std::string_view entry : LexiconEntries(lexicon)) {
        std::vector<uint64_t> hashes;
        ForEachWord(entry, [&](std::string_view word) { hashes.push_back(HashWord(word)); },
                    [] {});
        if (hashes.size() == 1) Insert(hashes.front());
      }
    }
  }
  bool Contains(uint64_t hash) const {
    for (size_t slot = hash & kMask;; slot = (slot + 1) & kMask) {
      if (slots_[slot] == hash) return true;
      if (slots_[slot] == kEmpty) return false;
    }
  }

 private:
  static constexpr size_t kSlots = 4096;  // power of two, well above the lexicons' size
  static constexpr size_t kMask = kSlots - 1;
  static constexpr uint64_t kEmpty = 0;
  void Insert(uint64_t hash) {
    if (hash == kEmpty || size_ * 2 >= kSlots) return;  // keep probes short
    size_t slot = hash & kMask;
    while (slots_[slot] != kEmpty) {
      if (slots_[slot] == hash) return;
      slot = (slot + 1) & kMask;
    }
    slots_[slot] = hash;
    ++size_;
  }
  std::array<uint64_t, kSlots> slots_{};
  size_t size_ = 0;
};

const StopWordTable& StopWords() {
  static const StopWordTable* const table = new StopWordTable();
  return *table;
}

// A word that carries content: not a stop word, not a lone ASCII letter ("s" of "Nato's").
bool IsContentWord(std::string_view word, uint64_t hash, const StopWordTable& stop_words) {
  if (word.size() == 1 && !IsAsciiDigit(static_cast<unsigned char>(word[0]))) return false;
  return !stop_words.Contains(hash);
}

}  // namespace

void AppendBlockShingles(std::string_view text, uint32_t block, std::vector<BlockShingle>& out) {
  const StopWordTable& stop_words = StopWords();
  std::array<uint64_t, kShingleWords> ring{};
  size_t words_in_window = 0;
  ForEachWord(
      text,
      [&](std::string_view word) {
        const uint64_t hash = HashWord(word);
        if (!IsContentWord(word, hash, stop_words)) return;
        ring[words_in_window % kShingleWords] = hash;
        ++words_in_window;
        if (words_in_window >= kShingleWords) {
          const size_t oldest = words_in_window % kShingleWords;
          out.push_back({MixShingle(ring[oldest], ring[(oldest + 1) % kShingleWords],
                                    ring[(oldest + 2) % kShingleWords]),
                         block});
        }
      },
      [&] { words_in_window = 0; });
}

namespace {
void SortUnique(std::vector<BlockShingle>& shingles) {
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
}
}  // namespace

std::vector<BlockShingle> ShingleArticle(const Article& article) {
  std::vector<BlockShingle> shingles;
  for (size_t block = 0; block < article.blocks.size(); ++block) {
    AppendBlockShingles(article.blocks[block].text, static_cast<uint32_t>(block), shingles);
  }
  SortUnique(shingles);
  return shingles;
}

std::vector<BlockShingle> ShingleBlocks(const std::vector<std::string_view>& blocks) {
  std::vector<BlockShingle> shingles;
  for (size_t block = 0; block < blocks.size(); ++block) {
    AppendBlockShingles(blocks[block], static_cast<uint32_t>(block), shingles);
  }
  SortUnique(shingles);
  return shingles;
}

std::vector<std::string> NormalizedContentWords(std::string_view text) {
  const StopWordTable& stop_words = StopWords();
  std::vector<std::string> words;
  ForEachWord(
      text,
      [&](std::string_view word) {
        if (IsContentWord(word, HashWord(word), stop_words)) words.emplace_back(word);
      },
      [] {});
  return words;
}

}  // namespace crosscheck
