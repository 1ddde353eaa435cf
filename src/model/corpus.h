// Corpus-level results that later stages hand to each other: reuse between documents,
// syndication groups, stories. Documents are referred to by their index in the run's
// document order (the order the pipeline received them). Value types.
#ifndef CROSSCHECK_MODEL_CORPUS_H_
#define CROSSCHECK_MODEL_CORPUS_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/date.h"
#include "model/document.h"

namespace crosscheck {

using DocIndex = uint32_t;

// What the corpus stages read of every document without its text: kept in memory for every
// document of a run, however large (the texts themselves may be spilled to disk).
struct DocumentCard {
  std::string id;
  Date published;  // !valid() when none was found
  std::string outlet;
  std::vector<std::string> credits;
};
DocumentCard CardOf(const Article& article);

// Where a corpus stage finds a document's article when it needs its text: in memory, or read
// back from where the run spilled it (pipeline/document_shelf.h). The article stays valid
// while the handle lives; null for an index the lookup does not hold (or could not read).
// Callable from several threads at once.
using ArticleHandle = std::shared_ptr<const Article>;
using ArticleLookup = std::function<ArticleHandle(DocIndex)>;
// A lookup over articles in memory (no copy; `articles` must outlive it).
ArticleLookup LookupIn(std::span<const Article> articles);

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
