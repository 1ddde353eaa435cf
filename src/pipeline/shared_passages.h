// SharedPassages: each document's passages shared with other documents, from the reuse pairs,
// kept in a SpillArena (base/spill_arena.h) from syndication until the documents' output.
//
// The reuse pairs are only read again when each document's `shared_passages` are written,
// after stories, topics and reconciliation. At a million documents they were the biggest
// corpus state held through those stages (a vector and a heap block per pair). Here they are
// regrouped by document, in order, into an arena that moves to an unlinked temporary file
// past 1 MiB; what stays in memory is about 4 bytes a document (base/record_index.h).
//
// A document's entries come in the order of the pairs it takes part in (pairs sorted by
// (a, b): ascending other document), each pair's passages in their order. Pairs without
// passages, or naming a document past `document_count`, are dropped.
//
// Cost: construction O(P * (1 + E / batch_entries)) for P pairs and E entries (each batch of
// documents rescans the pairs, so the regrouping holds at most `batch_entries` entries);
// Of() O(entries of the document) plus one read. Not thread-safe.
#ifndef CROSSCHECK_PIPELINE_SHARED_PASSAGES_H_
#define CROSSCHECK_PIPELINE_SHARED_PASSAGES_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "base/record_index.h"
#include "base/spill_arena.h"
#include "model/corpus.h"

namespace crosscheck {

class SharedPassages {
 public:
  struct Entry {
    DocIndex other = 0;      // the document the passage is shared with
    uint32_t block = 0;      // index into this document's Article::blocks
    double similarity = 0;   // PassageMatch::similarity
  };

  SharedPassages(const std::vector<ReusePair>& pairs, size_t document_count,
                 size_t batch_entries = size_t{1} << 20);

  // Replaces `*out` with the entries of `doc` (none for a document past the count). False
  // when the arena could not be read back (an I/O error of its temporary file).
  bool Of(DocIndex doc, std::vector<Entry>* out) const;

  size_t documents() const { return index_.size(); }
  uint64_t entries() const { return index_.end(); }
  // Bytes held in memory: the index and the arena's in-memory tail.
  size_t MemoryBytes() const { return index_.MemoryBytes() + arena_.MemoryBytes(); }

 private:
  SpillArena arena_;
  RecordIndex<uint32_t> index_;  // per document: its number of entries
};

}  // namespace crosscheck

#endif  // CROSSCHECK_PIPELINE_SHARED_PASSAGES_H_
