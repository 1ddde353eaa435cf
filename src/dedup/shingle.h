// Word shingles for reuse detection: the text of each block turned into hashed runs of
// `kShingleWords` consecutive content words, normalized so that light edits still match.
//
// Normalization: case-folded (Unicode, accents stripped: "NATO" = "Nato", "Élysée" =
// "elysee"), punctuation-insensitive, numbers without separators ("1,500" = "1500"), stop
// words and one-letter tokens skipped ("said Friday" = "said on Friday"). Text inside quotation
// marks (straight "…", curly “…”, „…“, «…», ‹…›) is skipped: a shared quotation is not reused
// copy. Shingles never span blocks or quotations.
//
// Pure functions; the stop-word table is built once and shared (thread-safe).
#ifndef CROSSCHECK_DEDUP_SHINGLE_H_
#define CROSSCHECK_DEDUP_SHINGLE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace crosscheck {

// Content words per shingle. Three content words span about five running words of news text.
inline constexpr int kShingleWords = 3;

// One shingle occurrence: its 64-bit hash and the block it came from.
struct BlockShingle {
  uint64_t hash = 0;
  uint32_t block = 0;
  auto operator<=>(const BlockShingle&) const = default;
};

// Appends the shingles of one block's text, tagged with `block`, to `out` (unsorted, may
// repeat).
void AppendBlockShingles(std::string_view text, uint32_t block, std::vector<BlockShingle>& out);

// All shingles of an article's blocks (captions and title excluded), sorted by (hash, block),
// without repeats of the same (hash, block).
std::vector<BlockShingle> ShingleArticle(const Article& article);

// The same for blocks given as plain text (tests, evals, benchmarks).
std::vector<BlockShingle> ShingleBlocks(const std::vector<std::string_view>& blocks);

// The normalized content words of `text` as the shingler sees them, quotations skipped
// (for tests and debugging; slow).
std::vector<std::string> NormalizedContentWords(std::string_view text);

}  // namespace crosscheck

#endif  // CROSSCHECK_DEDUP_SHINGLE_H_
