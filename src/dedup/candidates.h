// Candidate pairs for reuse: documents whose sketches share at least one sampled shingle.
//
// This is the LSH step, done as an inverted index over the sampled keys (each key a "band"
// of one): all (key, slot) entries are sorted by key and every run of equal keys yields its
// pairs. A run longer than kFullPostingLimit (a phrase many documents carry: boilerplate,
// or a story reprinted by many outlets) links each document only to the next
// kLongPostingWindow documents of the run, so cost stays linear and the documents stay
// connected for grouping, though not every pair of a large reprint family is listed.
// Cost: O(E log E) for E sampled entries, plus O(P) for P candidate pairs (hash-set dedup).
// Memory: 8 bytes per entry while sorting, 8 bytes per distinct candidate pair.
// Pure function; thread-safe.
#ifndef CROSSCHECK_DEDUP_CANDIDATES_H_
#define CROSSCHECK_DEDUP_CANDIDATES_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "dedup/sketch.h"

namespace crosscheck {

inline constexpr size_t kFullPostingLimit = 64;
inline constexpr size_t kLongPostingWindow = 16;

// Slot pairs (first < second), ascending, without repeats.
std::vector<std::pair<uint32_t, uint32_t>> FindCandidatePairs(const SketchStore& store);

}  // namespace crosscheck

#endif  // CROSSCHECK_DEDUP_CANDIDATES_H_
