// Attribution verbs (internal to annotate/): verbs beyond plain saying that attribute a
// content to a source (cognition, intention, stance, report), each with the frames its content
// may take, from data/lexicons/attribution_verbs.txt ("believes CLAUSE", "vowed to …",
// "endorsed NP", "called for NP"). The table is built once on first use, immutable and safe to
// share across threads; a lookup is one hash probe.
#ifndef CROSSCHECK_ANNOTATE_ATTRIBUTION_VERBS_H_
#define CROSSCHECK_ANNOTATE_ATTRIBUTION_VERBS_H_

#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

// What may follow an attribution verb as its content.
struct VerbFrames {
  bool clause = false;                 // "believes (that) CLAUSE"
  bool infinitive = false;             // "vowed to VERB …"
  bool object = false;                 // "endorsed NP"
  std::vector<std::string> particles;  // "called for NP", "pointed to NP"
  bool base = false;                   // the base form ("demand", "voice"): present tense
                                       // only after a plural subject, else a noun
};

// The frames of a lower-case word form, or nullptr when it is no attribution verb.
const VerbFrames* FramesOf(std::string_view lower);

// Whether `word` (any case) is an attribution verb ("believes", "vowed", "recommended").
bool IsAttributionVerb(std::string_view word);

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_ATTRIBUTION_VERBS_H_
