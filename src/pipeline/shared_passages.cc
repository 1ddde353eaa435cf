#include "pipeline/shared_passages.h"

#include <algorithm>

namespace crosscheck {
namespace {

bool Listed(const ReusePair& pair, size_t document_count) {
  return pair.a < document_count && pair.b < document_count && !pair.passages.empty();
}

}  // namespace

SharedPassages::SharedPassages(const std::vector<ReusePair>& pairs, size_t document_count,
                               size_t batch_entries) {
  batch_entries = std::max<size_t>(batch_entries, 1);
  std::vector<uint32_t> count(document_count, 0);
  for (const ReusePair& pair : pairs) {
    if (!Listed(pair, document_count)) continue;
    count[pair.a] += static_cast<uint32_t>(pair.passages.size());
    count[pair.b] += static_cast<uint32_t>(pair.passages.size());
  }
  // Documents [first, last) at a time, as many as fit the batch (at least one): their entries
  // are gathered from one scan of the pairs, then appended in document order.
  std::vector<uint64_t> offset;
  std::vector<Entry> batch;
  for (size_t first = 0; first < document_count;) {
    size_t last = first;
    uint64_t total = 0;
    offset.assign(1, 0);
    while (last < document_count && (last == first || total + count[last] <= batch_entries)) {
      total += count[last++];
      offset.push_back(total);
    }
    if (total > 0) {
      batch.resize(total);
      std::vector<uint64_t> fill(offset.begin(), offset.end() - 1);
      const auto place = [&](DocIndex doc, DocIndex other, uint32_t block, double similarity) {
        if (doc < first || doc >= last) return;
        batch[fill[doc - first]++] = Entry{other, block, similarity};
      };
      for (const ReusePair& pair : pairs) {
        if (!Listed(pair, document_count)) continue;
        if ((pair.a < first || pair.a >= last) && (pair.b < first || pair.b >= last)) continue;
        for (const PassageMatch& passage : pair.passages) {
          place(pair.a, pair.b, passage.block_a, passage.similarity);
          place(pair.b, pair.a, passage.block_b, passage.similarity);
        }
      }
      arena_.Append(batch.data(), total * sizeof(Entry));
    }
    for (size_t doc = first; doc < last; ++doc) index_.Push(count[doc]);
    first = last;
  }
}

bool SharedPassages::Of(DocIndex doc, std::vector<Entry>* out) const {
  out->clear();
  if (doc >= index_.size() || index_.length(doc) == 0) return true;
  out->resize(index_.length(doc));
  return arena_.Read(index_.start(doc) * sizeof(Entry), out->data(), out->size() * sizeof(Entry));
}

}  // namespace crosscheck
