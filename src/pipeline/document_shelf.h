// The shelf: where a run keeps its analysed documents between the per-document stages and the
// corpus stages. Small runs keep them in memory; once what they keep passes
// `spill_after_bytes`, every document goes to a temporary file (the store codec's blobs,
// store/codec.h) and is read back when a corpus stage needs its text, so what a run holds in
// memory per document is its card (model/corpus.h: id, date, outlet, credits) and the
// stages' own sketches, not its text and mentions: a million documents fit in memory that
// could never hold their text.
//
// The spill file is a SpillArena (base/spill_arena.h) in `spill_dir`, unlinked at once: it
// never outlives the process, whatever kills it. A write that fails (a full disk) is an error of the run, named;
// a read that fails afterwards marks the shelf failed (error()), and the caller reports it.
//
// Thread-safety: Add and Take from one thread; Get (and the lookup) from any number of
// threads at once, between Adds.
#ifndef CROSSCHECK_PIPELINE_DOCUMENT_SHELF_H_
#define CROSSCHECK_PIPELINE_DOCUMENT_SHELF_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/record_index.h"
#include "base/spill_arena.h"
#include "base/status.h"
#include "model/annotations.h"
#include "model/corpus.h"
#include "model/document.h"

namespace crosscheck {

struct ShelfOptions {
  // Kept bytes (DocumentProcessor::KeptBytes) after which documents go to the spill file;
  // SIZE_MAX = never (everything in memory), 0 = from the first document. Default: 256 MiB.
  size_t spill_after_bytes = size_t{256} << 20;
  // Where the spill file goes; empty = $TMPDIR, else /tmp.
  std::string spill_dir;
};

class DocumentShelf {
 public:
  explicit DocumentShelf(ShelfOptions options = {});
  // Everything in memory, as given (parallel vectors; never spills).
  DocumentShelf(std::vector<Article> articles, std::vector<Annotations> annotations);
  DocumentShelf(const DocumentShelf&) = delete;
  DocumentShelf& operator=(const DocumentShelf&) = delete;

  // Shelves the next document (index size()). `kept_bytes` is what it holds in memory. An
  // error (the spill file cannot be made or written) fails the shelf's run: the document is
  // not added, and further Adds are refused.
  Status Add(Article&& article, Annotations&& annotations, size_t kept_bytes);

  size_t size() const { return cards_.size(); }
  bool spilled() const { return spill_ != nullptr; }
  // Bytes in the spill file (0 when nothing was spilled).
  uint64_t spilled_bytes() const { return spill_ != nullptr ? spill_->size() : 0; }
  const std::vector<DocumentCard>& cards() const { return cards_; }

  // A document as the corpus stages read it; the pointers stay valid while `keep` lives.
  struct Entry {
    const Article* article = nullptr;
    const Annotations* annotations = nullptr;
    std::shared_ptr<const void> keep;
  };
  // Document `index`; nullptr fields when it cannot be read (then error() says why).
  Entry Get(DocIndex index) const;
  // Only the article (annotations not decoded): for stages that read text, not mentions.
  ArticleHandle GetArticle(DocIndex index) const;
  ArticleLookup Lookup() const {
    return [this](DocIndex index) { return GetArticle(index); };
  }
  // The document's last use: moved out of memory, or decoded from the spill. After Take(i),
  // Get(i) must not be called for a document kept in memory.
  bool Take(DocIndex index, Article* article, Annotations* annotations);

  // The first read error since construction, or ok.
  Status error() const;

 private:
  Status StartSpill();
  Status Spill(const Article& article, const Annotations& annotations);
  bool ReadBlob(DocIndex index, std::string* blob) const;
  // Document `index` read back from the spill and decoded with `decode`; nullopt, and the
  // shelf failed, when it cannot be read or decoded.
  template <typename T>
  std::optional<T> ReadBack(DocIndex index, StatusOr<T> (*decode)(std::string_view)) const;
  void Fail(const Status& status) const;

  ShelfOptions options_;
  std::vector<DocumentCard> cards_;
  // In memory: every document until the spill starts, none after.
  std::vector<Article> articles_;
  std::vector<Annotations> annotations_;
  size_t kept_bytes_ = 0;
  // Spilled: every document, blob i at blobs_.start(i), blobs_.length(i) bytes long.
  std::unique_ptr<SpillArena> spill_;
  RecordIndex<uint32_t> blobs_;

  mutable std::mutex error_mutex_;
  mutable Status error_ = Status::Ok();
};

}  // namespace crosscheck

#endif  // CROSSCHECK_PIPELINE_DOCUMENT_SHELF_H_
