// The store: what `crosscheck ingest` keeps between runs so that `crosscheck report` can write
// the report later without reading the inputs again. Per analysed document: its unique id (as
// `analyze` would give it), a fingerprint of the input it came from (to recognise the same
// document when it comes again) and its Article and Annotations (store/codec.h); per skipped
// input: its name and why. Both in ingest order.
//
// Writes go into an open batch that Commit() makes durable all at once; what was added since
// the last Commit() is lost if the process dies, and nothing else is. Reads see committed and
// uncommitted writes of this object alike.
//
// What it does not keep yet: corpus state (reuse sketches, stories, claims). `report` runs the
// corpus stages over every stored document (pipeline/analyzer.h, BuildReport).
//
// One object per thread: implementations are thread-compatible, not thread-safe.
#ifndef CROSSCHECK_STORE_STORE_H_
#define CROSSCHECK_STORE_STORE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "model/annotations.h"
#include "model/document.h"
#include "model/report.h"

namespace crosscheck {

// What a report is built from, in ingest order; `articles` and `annotations` are parallel.
struct StoredCorpus {
  std::vector<Article> articles;
  std::vector<Annotations> annotations;
  std::vector<ReportSkipped> skipped;
};

class Store {
 public:
  virtual ~Store() = default;

  // Whether a document whose input had this fingerprint (DocumentFingerprint) is stored.
  virtual StatusOr<bool> HasFingerprint(uint64_t fingerprint) = 0;
  // Every stored document id, in ingest order.
  virtual StatusOr<std::vector<std::string>> DocumentIds() = 0;
  virtual StatusOr<size_t> DocumentCount() = 0;

  // Adds one analysed document. Its id must be unique in the store (the pipeline makes it
  // so, as analyze does); a repeated id is an InvalidArgument error.
  virtual Status AddDocument(uint64_t fingerprint, const Article& article,
                             const Annotations& annotations) = 0;
  // Adds one skipped input; an input already recorded as skipped is kept once (the first
  // reason stays).
  virtual Status AddSkipped(std::string_view input, std::string_view reason) = 0;
  // Makes everything added so far durable.
  virtual Status Commit() = 0;

  // Reads everything stored, in ingest order.
  virtual StatusOr<StoredCorpus> Load() = 0;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_STORE_H_
