// Learned attribution cues (internal to annotate/): a linear classifier over one token of a
// sentence that answers "is this word the head of an attribution cue" for lower-case words
// the speech and attribution lexicons miss ("admired", "bash", "invoked"). Reported-speech
// reading (indirect.cc) treats a proposed cue like a lexicon verb without frames: its subject
// must name a speaker and its content must open like a clause or object.
// Model: L1-regularized logistic regression (liblinear -s 6) fitted by `make train`
// (scripts/train-cue-model.sh) on PolNeAR train only; hashed features, so no vocabulary file;
// weights in data/lexicons/cue_model.txt, read once on first use (immutable, thread-safe).
// Cost: a few string hashes per candidate word.
#ifndef CROSSCHECK_ANNOTATE_CUE_MODEL_H_
#define CROSSCHECK_ANNOTATE_CUE_MODEL_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "annotate/tokens.h"

namespace crosscheck {

// Hash buckets of the cue model's features (ids 1..kCueModelBuckets).
inline constexpr uint32_t kCueModelBuckets = 1u << 16;

// Whether tokens[k] is a word the model is asked about: lower case, three letters or more,
// no function word.
bool IsCueCandidate(std::string_view body, const std::vector<Token>& tokens, size_t k);

// Hashed features of candidate tokens[k] (word, suffixes, neighbours, shape, lexicon flags,
// position), sorted and unique. `tokens` are one sentence's.
std::vector<uint32_t> CueFeatures(std::string_view body, const std::vector<Token>& tokens,
                                  size_t k);

// The model's probability that the features' token heads a cue (0 when no model is embedded).
double CueProbability(const std::vector<uint32_t>& features);

// Whether the model proposes tokens[k] of a sentence as a cue: a candidate, not right after a
// determiner or preposition (a noun there: no subject phrase could precede it as a verb's),
// sure enough.
bool ProposesCue(std::string_view body, const std::vector<Token>& tokens, size_t k);

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_CUE_MODEL_H_
