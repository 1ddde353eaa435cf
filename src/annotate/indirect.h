// Indirect speech (internal to annotate/): reported statements without quotation marks, read
// from one sentence.
//   NP said [that] CLAUSE      "Rutte said Friday the alliance could not yet confirm …"
//   NP confirmed that CLAUSE   (verbs other than say/tell/add/state need "that")
//   CLAUSE, NP said [time].    "More troops are likely to be sent soon, NIS said."
//   According to NP, CLAUSE / CLAUSE, according to NP.
// Pure; thread-safe.
#ifndef CROSSCHECK_ANNOTATE_INDIRECT_H_
#define CROSSCHECK_ANNOTATE_INDIRECT_H_

#include <string_view>
#include <vector>

#include "annotate/speakers.h"
#include "annotate/tokens.h"
#include "model/annotations.h"

namespace crosscheck {

// Fills `quote` (kind indirect, span = the reported clause, speaker, cue) and returns true
// when `sentence` (tokens: its tokens) reports speech.
bool ReadIndirectSpeech(std::string_view body, const Span& sentence, const std::vector<Token>& tokens,
                        const SpeakerFinder& finder, QuoteMention& quote);

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_INDIRECT_H_
