// Candidate pairs for reuse: documents whose sketches share at least two stored keys (one
// when either is sampled at level 2 or deeper, where one trace may be all a reprint leaves).
//
// This is the LSH step, done as an inverted index over the sampled keys (each key a "band"
// of one): all (key, slot) entries are sorted by key and every run of equal keys yields its
// pairs. A run longer than kFullPostingLimit (a phrase many documents carry: boilerplate,
// or a story reprinted by many outlets) links each document only to the next
// kLongPostingWindow documents of the run, so cost stays linear and the documents stay
// connected for grouping, though not every pair of a large reprint family is listed.
// Cost: O(E log E) for E stored entries, plus O(P) for P key-sharing pairs (hash-map count).
// Memory: 8 bytes per entry while sorting, 12 bytes per distinct key-sharing pair.
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
