// The reuse detector: shingle each article on Add and keep its containment sketch; at the
// end, candidate pairs from the sketch index (candidates.h), judged on the sketches, and in
// VerifiedPairs re-shingled from the articles for exact figures and passages.
//
// Verification is skipped where the sketch already decides: when both documents were
// sketched whole (the estimate is the exact value), or when the estimate is more than
// kVerifyStandardErrors standard errors below the threshold. Full shingle lists are built
// once per document, on first use, and dropped after the document's last candidate pair,
// so the transient memory follows the candidate graph, not the corpus.
#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "dedup/candidates.h"
#include "dedup/exact_reference.h"
#include "dedup/overlap.h"
#include "dedup/reuse.h"
#include "dedup/shingle.h"
#include "dedup/sketch.h"

namespace crosscheck {
namespace {

// An estimate this many standard errors under min_containment is not worth verifying.
constexpr double kVerifyStandardErrors = 4.0;

bool PassesThresholds(const Overlap& overlap, double sample_scale, const ReuseOptions& options) {
  return overlap.shared * sample_scale >= options.min_shared_shingles &&
         overlap.ContainmentOfSmaller() >= options.min_containment;
}

// Could the exact containment reach the threshold, given a sample estimate?
bool WorthVerifying(const Overlap& estimate, const ReuseOptions& options) {
  const uint32_t sample = std::min(estimate.distinct_a, estimate.distinct_b);
  if (sample == 0) return true;
  const double p = std::clamp(options.min_containment, 0.01, 0.99);
  const double standard_error = std::sqrt(p * (1 - p) / sample);
  return estimate.ContainmentOfSmaller() >= options.min_containment - kVerifyStandardErrors * standard_error;
}

class SketchReuseDetector final : public ReuseDetector {
 public:
  explicit SketchReuseDetector(const ReuseOptions& options) : options_(options) {}

  void Add(DocIndex index, const Article& article) override {
    shingles_.clear();
    for (size_t block = 0; block < article.blocks.size(); ++block) {
      AppendBlockShingles(article.blocks[block].text, static_cast<uint32_t>(block), shingles_);
    }
    store_.Add(index, shingles_);
  }

  std::vector<ReusePair> Pairs() const override {
    std::vector<ReusePair> pairs;
    for (const auto& [slot_a, slot_b] : FindCandidatePairs(store_)) {
      const Overlap counts = store_.Compare(slot_a, slot_b, /*with_passages=*/false);
      const double scale = std::ldexp(1.0, std::max(store_.level(slot_a), store_.level(slot_b)));
      if (!PassesThresholds(counts, scale, options_)) continue;
      pairs.push_back(MakeReusePair(store_.doc(slot_a), store_.doc(slot_b),
                                    store_.Compare(slot_a, slot_b, /*with_passages=*/true)));
    }
    SortPairs(pairs);
    return pairs;
  }

  std::vector<ReusePair> VerifiedPairs(std::span<const Article> articles) const override {
    const std::vector<std::pair<uint32_t, uint32_t>> candidates = FindCandidatePairs(store_);
    // Last candidate using each slot, to drop its full shingles after it.
    std::vector<size_t> last_use(store_.size(), 0);
    for (size_t i = 0; i < candidates.size(); ++i) {
      last_use[candidates[i].first] = i;
      last_use[candidates[i].second] = i;
    }
    std::unordered_map<uint32_t, ExactShingles> full;
    auto full_shingles = [&](uint32_t slot) -> const ExactShingles& {
      auto it = full.find(slot);
      if (it == full.end()) it = full.emplace(slot, ExactShingles(ShingleArticle(articles[store_.doc(slot)]))).first;
      return it->second;
    };
    std::vector<ReusePair> pairs;
    for (size_t i = 0; i < candidates.size(); ++i) {
      const auto [slot_a, slot_b] = candidates[i];
      std::optional<ReusePair> pair = JudgeCandidate(slot_a, slot_b, articles, full_shingles);
      if (pair) pairs.push_back(std::move(*pair));
      if (last_use[slot_a] == i) full.erase(slot_a);
      if (last_use[slot_b] == i) full.erase(slot_b);
    }
    SortPairs(pairs);
    return pairs;
  }

  size_t StateBytes() const override { return store_.MemoryBytes(); }

 private:
  // One candidate of VerifiedPairs: the sketch decides when it can, the articles otherwise.
  template <typename FullShingles>
  std::optional<ReusePair> JudgeCandidate(uint32_t slot_a, uint32_t slot_b,
                                          std::span<const Article> articles,
                                          FullShingles& full_shingles) const {
    const DocIndex doc_a = store_.doc(slot_a), doc_b = store_.doc(slot_b);
    const Overlap estimate = store_.Compare(slot_a, slot_b, /*with_passages=*/false);
    const bool exact_already = store_.complete(slot_a) && store_.complete(slot_b);
    const bool have_articles = doc_a < articles.size() && doc_b < articles.size();
    if (exact_already || !have_articles) {
      const double scale = std::ldexp(1.0, std::max(store_.level(slot_a), store_.level(slot_b)));
      if (!PassesThresholds(estimate, scale, options_)) return std::nullopt;
      if (!have_articles) return MakeReusePair(doc_a, doc_b, store_.Compare(slot_a, slot_b, true));
    } else if (!WorthVerifying(estimate, options_)) {
      return std::nullopt;
    }
    const auto columns_a = full_shingles(slot_a).columns();
    const auto columns_b = full_shingles(slot_b).columns();
    if (!PassesThresholds(MeasureOverlap(columns_a, columns_b, false), 1.0, options_)) {
      return std::nullopt;
    }
    return MakeReusePair(doc_a, doc_b, MeasureOverlap(columns_a, columns_b, /*with_passages=*/true));
  }

  static void SortPairs(std::vector<ReusePair>& pairs) {
    std::sort(pairs.begin(), pairs.end(), [](const ReusePair& x, const ReusePair& y) {
      return std::tie(x.a, x.b) < std::tie(y.a, y.b);
    });
  }

  ReuseOptions options_;
  SketchStore store_;
  std::vector<BlockShingle> shingles_;  // scratch for Add
};

}  // namespace

std::unique_ptr<ReuseDetector> NewReuseDetector(const ReuseOptions& options) {
  return std::make_unique<SketchReuseDetector>(options);
}

}  // namespace crosscheck
