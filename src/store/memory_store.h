// The Store in memory: for tests, and the seam for `analyze` as an ingest into a temporary
// store (DESIGN.md; not wired yet). Same contract as SqliteStore (store.h), checked by the same
// tests; Commit() has nothing to make durable, and nothing outlives the object. Documents are
// kept as values, not encoded. Thread-compatible.
#ifndef CROSSCHECK_STORE_MEMORY_STORE_H_
#define CROSSCHECK_STORE_MEMORY_STORE_H_

#include <unordered_set>

#include "store/store.h"

namespace crosscheck {

class MemoryStore final : public Store {
 public:
  StatusOr<bool> HasFingerprint(uint64_t fingerprint) override;
  StatusOr<std::vector<std::string>> DocumentIds() override;
  StatusOr<size_t> DocumentCount() override;
  Status AddDocument(uint64_t fingerprint, const Article& article,
                     const Annotations& annotations) override;
  Status AddSkipped(std::string_view input, std::string_view reason) override;
  Status Commit() override { return Status::Ok(); }
  StatusOr<StoredCorpus> Load() override;

 private:
  StoredCorpus corpus_;
  std::vector<std::string> ids_;
  std::unordered_set<std::string> id_set_;
  std::unordered_set<uint64_t> fingerprints_;
  std::unordered_set<std::string> skipped_inputs_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_MEMORY_STORE_H_
