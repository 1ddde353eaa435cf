// Documents' terms (cluster/document_terms.h) read ahead of the story and topic stages, on
// worker threads, and handed over one at a time in the stages' order. The stories and topics
// must see documents in publication order, one after another; reading a document's words
// (stems, counts) is most of that work and needs no stream state, so it runs in parallel,
// a batch ahead of the clusterers. Same result for any number of readers.
#ifndef CROSSCHECK_PIPELINE_TERMS_AHEAD_H_
#define CROSSCHECK_PIPELINE_TERMS_AHEAD_H_

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <span>
#include <thread>
#include <vector>

#include "cluster/document_terms.h"
#include "model/corpus.h"
#include "pipeline/document_shelf.h"

namespace crosscheck {

class TermsAhead {
 public:
  // Reads the documents of `order` from `shelf` (both must outlive this) on `readers`
  // threads; 0 readers read each document on the caller's thread when it is asked for.
  TermsAhead(std::span<const DocIndex> order, const DocumentShelf& shelf, unsigned readers);
  ~TermsAhead();  // stops and joins the readers
  TermsAhead(const TermsAhead&) = delete;
  TermsAhead& operator=(const TermsAhead&) = delete;

  // The terms of order[i] for i = 0, 1, 2, ... in turn; nullptr for a document the shelf
  // could not give back (its error() says why) and after the last one. Valid until the next
  // call.
  const DocumentTerms* Next();

 private:
  // Documents read per batch; two batches are in flight (one read while the other is used).
  static constexpr size_t kBatch = 64;

  struct Batch {
    size_t first = 0;              // position in order_ of its first document
    size_t size = 0;               // documents in it (0: nothing asked)
    size_t claimed = 0, done = 0;  // readers' progress
    std::vector<DocumentTerms> terms;
    std::vector<bool> present;  // the shelf gave the document back
  };

  void ReaderLoop();
  // Asks the readers for the batch starting at `first` into `batch`. Requires mutex_.
  void Request(Batch& batch, size_t first);
  // Reads document `index` into `terms`; false when the shelf cannot give it back.
  bool ReadOne(DocumentTermReader& reader, DocIndex index, DocumentTerms& terms) const;

  std::span<const DocIndex> order_;
  const DocumentShelf& shelf_;
  size_t next_ = 0;  // position of the next document Next() hands out

  // Without readers: the caller reads.
  DocumentTermReader inline_reader_;
  DocumentTerms inline_terms_;

  std::mutex mutex_;
  std::condition_variable work_;      // readers wait for a batch to claim from
  std::condition_variable finished_;  // the caller waits for its batch to be read
  Batch batches_[2];
  size_t current_ = 0;  // the batch Next() reads from
  bool stopping_ = false;
  std::vector<std::thread> readers_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_PIPELINE_TERMS_AHEAD_H_
