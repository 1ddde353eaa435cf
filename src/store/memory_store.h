// The Store in memory: for tests, and the seam for `analyze` as an ingest into a temporary
// store (DESIGN.md; not wired yet). Same contract as SqliteStore (store.h), checked by the same
// tests; Commit() has nothing to make durable, and nothing outlives the object. Documents and
// the published report are kept as values, not encoded; search scans every document
// (MatchesAllWords, store/published.h), the reference the SQLite full-text index is tested
// against. Thread-compatible.
#ifndef CROSSCHECK_STORE_MEMORY_STORE_H_
#define CROSSCHECK_STORE_MEMORY_STORE_H_

#include <unordered_map>
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
  Status Commit() override;
  Status Rollback() override;
  Status LoadEach(const DocumentVisitor& document, std::vector<ReportSkipped>* skipped) override;

  StatusOr<std::unique_ptr<PublicationWriter>> BeginPublication(std::string_view at) override;
  StatusOr<PublishedState> LoadPublishedState() override;
  StatusOr<std::optional<Report>> LoadPublishedReport() override;
  StatusOr<std::vector<StorySummary>> StorySummaries() override;
  using Store::LoadStory;
  StatusOr<std::optional<StoryPage>> LoadStory(std::string_view id, size_t first,
                                               size_t count) override;
  StatusOr<std::optional<ReportDocument>> LoadDocument(std::string_view id) override;
  StatusOr<std::vector<SearchHit>> Search(std::string_view text, size_t limit) override;
  StatusOr<std::vector<ChangeRecord>> ChangesSince(std::string_view since, std::string_view story,
                                                   size_t limit) override;

 private:
  class Publication;  // its PublicationWriter

  StoredCorpus corpus_;
  std::vector<std::string> ids_;
  std::unordered_set<std::string> id_set_;
  std::unordered_set<uint64_t> fingerprints_;
  std::unordered_set<std::string> skipped_inputs_;
  // Documents and skipped inputs at the last Commit(), for Rollback().
  size_t committed_documents_ = 0;
  size_t committed_skipped_ = 0;
  std::vector<uint64_t> fingerprint_order_;  // parallel to ids_

  // The published report (documents with their bodies), its summaries, and per story the
  // hash of its encoded form and when that last changed.
  std::optional<Report> published_;
  std::vector<StorySummary> summaries_;
  std::unordered_map<std::string, std::pair<uint64_t, std::string>> story_versions_;
  PublishedState state_;
  std::vector<ChangeRecord> changes_;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_MEMORY_STORE_H_
