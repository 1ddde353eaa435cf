// Reconciliation: one story's cross-checked content from its documents' annotations —
// entities merged across documents, quotes grouped (the same words said once, with every
// document that carries them), figures grouped by what they count, claims with each source's
// stance, and a dated timeline. Every item names the documents it came from.
// Pure function of its inputs; thread-safe.
#ifndef CROSSCHECK_RECONCILE_RECONCILER_H_
#define CROSSCHECK_RECONCILE_RECONCILER_H_

#include <span>
#include <string>

#include "model/annotations.h"
#include "model/corpus.h"
#include "model/document.h"
#include "model/report.h"

namespace crosscheck {

struct CorpusView {
  std::span<const Article> articles;
  std::span<const Annotations> annotations;  // parallel to articles
  const SyndicationResult* syndication = nullptr;
};

// Builds the report entry of one story. `story.members` index into the corpus view.
ReportStory ReconcileStory(const CorpusView& corpus, const StoryCluster& story,
                           const std::string& story_id);

// One document of a story, wherever the run keeps it: its index in the run and its article
// and annotations (valid for the call).
struct StoryMember {
  DocIndex index = 0;
  const Article* article = nullptr;
  const Annotations* annotations = nullptr;
};
// The same for a story whose documents are handed in one by one (ascending index), in a run
// of `document_count` documents whose syndication is `syndication` (may be null).
ReportStory ReconcileStory(std::span<const StoryMember> members,
                           const SyndicationResult* syndication, size_t document_count,
                           const std::string& story_id);

}  // namespace crosscheck

#endif  // CROSSCHECK_RECONCILE_RECONCILER_H_
