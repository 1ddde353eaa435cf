// Corpus-level results that later stages hand to each other: reuse between documents,
// syndication groups, stories. Documents are referred to by their index in the run's
// document order (the order the pipeline received them). Value types.
#ifndef CROSSCHECK_MODEL_CORPUS_H_
#define CROSSCHECK_MODEL_CORPUS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace crosscheck {

using DocIndex = uint32_t;

// One passage of document `a` that is reused in document `b` (or the other way round).
struct PassageMatch {
  uint32_t block_a = 0;  // index into Article::blocks of a
  uint32_t block_b = 0;  // index into Article::blocks of b
  double similarity = 0;  // 0..1, how closely the two passages agree
};

// Reused text between two documents, a < b.
struct ReusePair {
  DocIndex a = 0;
  DocIndex b = 0;
  double containment_a_in_b = 0;  // share of a's shingles found in b
  double containment_b_in_a = 0;
  double jaccard = 0;
  std::vector<PassageMatch> passages;
};

// Documents that share reused wire or copied text. `origin` is the wire agency or the
// earliest publisher when known.
struct SyndicationGroup {
  std::string id;
  std::optional<std::string> origin;
  std::vector<DocIndex> members;  // ascending
};

struct SyndicationResult {
  std::vector<SyndicationGroup> groups;
  std::vector<uint32_t> group_of;                // per document: index into groups
  std::vector<std::optional<DocIndex>> duplicate_of;  // per document: near-exact copy of
  std::vector<ReusePair> pairs;                  // every reuse pair found
};

struct StoryCluster {
  std::vector<DocIndex> members;  // ascending
};

}  // namespace crosscheck

#endif  // CROSSCHECK_MODEL_CORPUS_H_
