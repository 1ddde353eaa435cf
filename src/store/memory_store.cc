#include "store/memory_store.h"

namespace crosscheck {

StatusOr<bool> MemoryStore::HasFingerprint(uint64_t fingerprint) {
  return fingerprints_.count(fingerprint) != 0;
}

StatusOr<std::vector<std::string>> MemoryStore::DocumentIds() { return ids_; }

StatusOr<size_t> MemoryStore::DocumentCount() { return ids_.size(); }

Status MemoryStore::AddDocument(uint64_t fingerprint, const Article& article,
                                const Annotations& annotations) {
  if (!id_set_.insert(article.id).second) {
    return InvalidArgumentError("store in memory: document id " + article.id +
                                " is already stored");
  }
  ids_.push_back(article.id);
  fingerprints_.insert(fingerprint);
  corpus_.articles.push_back(article);
  corpus_.annotations.push_back(annotations);
  return Status::Ok();
}

Status MemoryStore::AddSkipped(std::string_view input, std::string_view reason) {
  if (skipped_inputs_.emplace(input).second) {
    corpus_.skipped.push_back({std::string(input), std::string(reason)});
  }
  return Status::Ok();
}

StatusOr<StoredCorpus> MemoryStore::Load() { return corpus_; }

}  // namespace crosscheck
