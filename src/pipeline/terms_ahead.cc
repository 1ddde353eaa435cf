#include "pipeline/terms_ahead.h"

#include <algorithm>

namespace crosscheck {

TermsAhead::TermsAhead(std::span<const DocIndex> order, const DocumentShelf& shelf,
                       unsigned readers)
    : order_(order), shelf_(shelf) {
  if (readers == 0 || order.empty()) return;
  for (Batch& batch : batches_) {
    batch.terms.resize(kBatch);
    batch.present.resize(kBatch);
  }
  {
    std::lock_guard lock(mutex_);
    Request(batches_[0], 0);
    Request(batches_[1], kBatch);
  }
  for (unsigned r = 0; r < readers; ++r) readers_.emplace_back([this] { ReaderLoop(); });
}

TermsAhead::~TermsAhead() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  work_.notify_all();
  for (std::thread& reader : readers_) reader.join();
}

void TermsAhead::Request(Batch& batch, size_t first) {
  batch.first = first;
  batch.size = first < order_.size() ? std::min(kBatch, order_.size() - first) : 0;
  batch.claimed = 0;
  batch.done = 0;
}

bool TermsAhead::ReadOne(DocumentTermReader& reader, DocIndex index, DocumentTerms& terms) const {
  const DocumentShelf::Entry entry = shelf_.Get(index);
  if (entry.article == nullptr) return false;
  reader.Read(*entry.article, entry.annotations, terms);
  return true;
}

void TermsAhead::ReaderLoop() {
  DocumentTermReader reader;  // one per thread: it owns stemmers
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    // The batch the caller needs first, then the one after it.
    Batch* batch = nullptr;
    for (size_t k = 0; k < 2 && batch == nullptr; ++k) {
      Batch& candidate = batches_[(current_ + k) % 2];
      if (candidate.claimed < candidate.size) batch = &candidate;
    }
    if (batch == nullptr) {
      work_.wait(lock);
      continue;
    }
    const size_t slot = batch->claimed++;
    const DocIndex index = order_[batch->first + slot];
    lock.unlock();
    const bool present = ReadOne(reader, index, batch->terms[slot]);
    lock.lock();
    batch->present[slot] = present;
    if (++batch->done == batch->size) finished_.notify_all();
  }
}

const DocumentTerms* TermsAhead::Next() {
  if (next_ >= order_.size()) return nullptr;
  const size_t position = next_++;
  if (readers_.empty()) {
    return ReadOne(inline_reader_, order_[position], inline_terms_) ? &inline_terms_ : nullptr;
  }
  std::unique_lock lock(mutex_);
  Batch* batch = &batches_[current_];
  if (position >= batch->first + batch->size) {
    // The current batch is used up: ask for the one after the next, and move on.
    Request(*batch, position + kBatch);
    work_.notify_all();
    current_ = (current_ + 1) % 2;
    batch = &batches_[current_];
  }
  finished_.wait(lock, [batch] { return batch->done == batch->size; });
  const size_t slot = position - batch->first;
  return batch->present[slot] ? &batch->terms[slot] : nullptr;
}

}  // namespace crosscheck
