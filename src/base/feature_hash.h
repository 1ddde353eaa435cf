// Hashed feature ids for the learned linear models (entity typer, headline stance, attribution
// cues): the 32-bit FNV-1a of a feature's text folded into 1..buckets (liblinear numbers
// features from 1). Training writes features with the same function, so a model file and the
// binary agree. Streaming form for features built as they are read: FeatureHasher.
// Pure; thread-safe.
#ifndef CROSSCHECK_BASE_FEATURE_HASH_H_
#define CROSSCHECK_BASE_FEATURE_HASH_H_

#include <cstdint>
#include <string_view>

namespace crosscheck {

class FeatureHasher {
 public:
  void Add(char ch) {
    hash_ ^= static_cast<uint8_t>(ch);
    hash_ *= kPrime;
  }
  void Add(std::string_view text) {
    for (char ch : text) Add(ch);
  }
  // The id in 1..buckets (buckets > 0).
  uint32_t Id(uint32_t buckets) const { return hash_ % buckets + 1; }

 private:
  static constexpr uint32_t kOffsetBasis = 2166136261u;
  static constexpr uint32_t kPrime = 16777619u;
  uint32_t hash_ = kOffsetBasis;
};

inline uint32_t HashedFeatureId(std::string_view feature, uint32_t buckets) {
  FeatureHasher hasher;
  hasher.Add(feature);
  return hasher.Id(buckets);
}

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_FEATURE_HASH_H_
