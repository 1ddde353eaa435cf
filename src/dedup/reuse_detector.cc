// The reuse detector: shingle each article on Add and keep its containment sketch; at the
// end, candidate pairs from the sketch index (candidates.h), judged on the sketches, and in
// VerifiedPairs re-shingled from the articles for exact figures and passages.
//
// Add also counts the document's block fingerprints (dedup/passage_frequency.h); verification
// weighs each block by how many documents carry it, so boilerplate shared by many documents
// does not make reuse (block fingerprints are kept per document, ~40 bytes, to look the
// weights up). Verification is skipped where the sketch already decides: when both documents
// were sketched whole and carry no common passage (the sketch figures are exact), when the
// (unweighted) estimate is more than kVerifyStandardErrors standard errors below the
// threshold, or when the pair shares only common keys (candidates.h) and its estimate is
// below the threshold itself. Full shingle lists and block weights are built once per
// document, on first use, and dropped after the document's last candidate pair, so the
// transient memory follows the candidate graph, not the corpus.
//
// Memory: sketches, fingerprints and the fingerprints waiting to be counted live in spill
// arenas (base/spill_arena.h: unlinked temporary files once past 1 MiB each), so what stays
// in memory is ~15 bytes per document plus the counts of common passages (those carried by
// more than common_passage_documents documents, the only ones weighing under 1).
#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "base/record_index.h"
#include "base/spill_arena.h"
#include "dedup/candidates.h"
#include "dedup/exact_reference.h"
#include "dedup/overlap.h"
#include "dedup/passage_frequency.h"
#include "dedup/reuse.h"
#include "dedup/shingle.h"
#include "dedup/sketch.h"

namespace crosscheck {
namespace {

// An estimate this many standard errors under min_containment is not worth verifying.
constexpr double kVerifyStandardErrors = 4.0;

bool PassesThresholds(const Overlap& overlap, double sample_scale, const ReuseOptions& options) {
  return overlap.SharedWeight() * sample_scale >= options.min_shared_shingles &&
         overlap.MaxContainment() >= options.min_containment;
}

// Could the exact containment reach the threshold, given a sample estimate?
bool WorthVerifying(const Overlap& estimate, const ReuseOptions& options) {
  const uint32_t sample = std::min(estimate.distinct_a, estimate.distinct_b);
  if (sample == 0) return true;
  const double p = std::clamp(options.min_containment, 0.01, 0.99);
  const double standard_error = std::sqrt(p * (1 - p) / sample);
  return estimate.MaxContainment() >= options.min_containment - kVerifyStandardErrors * standard_error;
}

// A document's every shingle with its block weights, for verification.
struct VerifiedShingles {
  ExactShingles shingles;
  std::vector<float> block_weights;
};

class SketchReuseDetector final : public ReuseDetector {
 public:
  explicit SketchReuseDetector(const ReuseOptions& options)
      : options_(options), frequency_(options.common_passage_documents) {}

  void Add(DocIndex index, const Article& article) override {
    shingles_.clear();
    for (size_t block = 0; block < article.blocks.size(); ++block) {
      AppendBlockShingles(article.blocks[block].text, static_cast<uint32_t>(block), shingles_);
    }
    store_.Add(index, shingles_);
    const std::vector<uint32_t> fingerprints = BlockFingerprints(shingles_);
    frequency_.AddDocument(fingerprints);
    fingerprints_.Append(fingerprints.data(), fingerprints.size() * sizeof(uint32_t));
    fingerprint_records_.Push(static_cast<uint32_t>(fingerprints.size()));
  }

  std::vector<ReusePair> Pairs() const override {
    std::vector<ReusePair> pairs;
    for (const auto& [slot_a, slot_b, common_only] : FindCandidatePairs(store_)) {
      const Overlap counts = store_.Compare(slot_a, slot_b, /*with_passages=*/false);
      const double scale = std::ldexp(1.0, std::max(store_.level(slot_a), store_.level(slot_b)));
      if (!PassesThresholds(counts, scale, options_)) continue;
      pairs.push_back(MakeReusePair(store_.doc(slot_a), store_.doc(slot_b),
                                    store_.Compare(slot_a, slot_b, /*with_passages=*/true)));
    }
    SortPairs(pairs);
    return pairs;
  }

  using ReuseDetector::VerifiedPairs;
  std::vector<ReusePair> VerifiedPairs(const ArticleLookup& articles, size_t count) const override {
    const std::vector<CandidatePair> candidates = FindCandidatePairs(store_);
    // Last candidate using each slot, to drop its full shingles after it.
    std::vector<size_t> last_use(store_.size(), 0);
    for (size_t i = 0; i < candidates.size(); ++i) {
      last_use[candidates[i].first] = i;
      last_use[candidates[i].second] = i;
    }
    std::unordered_map<uint32_t, VerifiedShingles> full;
    auto full_shingles = [&](uint32_t slot) -> const VerifiedShingles& {
      auto it = full.find(slot);
      if (it == full.end()) {
        const ArticleHandle article = articles(store_.doc(slot));
        const std::vector<BlockShingle> shingles =
            article != nullptr ? ShingleArticle(*article) : std::vector<BlockShingle>();
        it = full.emplace(slot, VerifiedShingles{ExactShingles(shingles),
                                                 frequency_.Weights(BlockFingerprints(shingles),
                                                                    options_.common_passage_documents)})
                 .first;
      }
      return it->second;
    };
    std::vector<ReusePair> pairs;
    for (size_t i = 0; i < candidates.size(); ++i) {
      const auto [slot_a, slot_b, common_only] = candidates[i];
      std::optional<ReusePair> pair = JudgeCandidate(slot_a, slot_b, common_only, count, full_shingles);
      if (pair) pairs.push_back(std::move(*pair));
      if (last_use[slot_a] == i) full.erase(slot_a);
      if (last_use[slot_b] == i) full.erase(slot_b);
    }
    SortPairs(pairs);
    return pairs;
  }

  size_t StateBytes() const override {
    return store_.MemoryBytes() + frequency_.MemoryBytes() + fingerprints_.MemoryBytes() +
           fingerprint_records_.MemoryBytes();
  }

 private:
  // One candidate of VerifiedPairs: the sketch rejects what it can, the articles decide.
  template <typename FullShingles>
  std::optional<ReusePair> JudgeCandidate(uint32_t slot_a, uint32_t slot_b, bool common_only,
                                          size_t count, FullShingles& full_shingles) const {
    const DocIndex doc_a = store_.doc(slot_a), doc_b = store_.doc(slot_b);
    const Overlap estimate = store_.Compare(slot_a, slot_b, /*with_passages=*/false);
    if (common_only && estimate.MaxContainment() < options_.min_containment) return std::nullopt;
    if (doc_a >= count || doc_b >= count) {
      const double scale = std::ldexp(1.0, std::max(store_.level(slot_a), store_.level(slot_b)));
      if (!PassesThresholds(estimate, scale, options_)) return std::nullopt;
      return MakeReusePair(doc_a, doc_b, store_.Compare(slot_a, slot_b, true));
    }
    if (store_.complete(slot_a) && store_.complete(slot_b) && AllBlocksRare(slot_a) && AllBlocksRare(slot_b)) {
      // Sketched whole and every block weighs 1: the sketch figures are the exact ones.
      if (!PassesThresholds(estimate, 1.0, options_)) return std::nullopt;
      return MakeReusePair(doc_a, doc_b, store_.Compare(slot_a, slot_b, /*with_passages=*/true));
    }
    if (!WorthVerifying(estimate, options_)) return std::nullopt;
    const VerifiedShingles& full_a = full_shingles(slot_a);
    const VerifiedShingles& full_b = full_shingles(slot_b);
    const auto columns_a = full_a.shingles.columns();
    const auto columns_b = full_b.shingles.columns();
    if (!PassesThresholds(MeasureOverlap(columns_a, columns_b, false, {}, full_a.block_weights, full_b.block_weights),
                          1.0, options_)) {
      return std::nullopt;
    }
    return MakeReusePair(doc_a, doc_b,
                         MeasureOverlap(columns_a, columns_b, /*with_passages=*/true, {}, full_a.block_weights,
                                        full_b.block_weights));
  }

  // True when no block of the slot's document is a common passage (all weigh 1).
  bool AllBlocksRare(uint32_t slot) const {
    const uint64_t begin = fingerprint_records_.start(slot);
    fingerprint_scratch_.resize(fingerprint_records_.length(slot));
    if (!fingerprints_.Read(begin * sizeof(uint32_t), fingerprint_scratch_.data(),
                            fingerprint_scratch_.size() * sizeof(uint32_t))) {
      return false;  // unknown: verify the pair against the articles
    }
    for (uint32_t fingerprint : fingerprint_scratch_) {
      if (CommonPassageWeight(frequency_.Count(fingerprint), options_.common_passage_documents) < 1.0f) {
        return false;
      }
    }
    return true;
  }

  static void SortPairs(std::vector<ReusePair>& pairs) {
    std::sort(pairs.begin(), pairs.end(), [](const ReusePair& x, const ReusePair& y) {
      return std::tie(x.a, x.b) < std::tie(y.a, y.b);
    });
  }

  ReuseOptions options_;
  SketchStore store_;
  BlockFrequency frequency_;
  // Block fingerprints of every slot, in one spill arena (on disk past 1 MiB), one record
  // per slot.
  SpillArena fingerprints_;
  RecordIndex<uint32_t> fingerprint_records_;
  mutable std::vector<uint32_t> fingerprint_scratch_;  // for AllBlocksRare
  std::vector<BlockShingle> shingles_;  // scratch for Add
};

}  // namespace

std::unique_ptr<ReuseDetector> NewReuseDetector(const ReuseOptions& options) {
  return std::make_unique<SketchReuseDetector>(options);
}

}  // namespace crosscheck
