// The stance of a headline toward the claim it reports (for / against / observing, as the
// Emergent corpus labels it), learned: a linear model over hashed binary features of the
// headline and of the headline against the claim, trained by `make train`
// (scripts/train-stance.sh: liblinear on the Emergent train split only) and embedded as
// data/lexicons/stance_model.txt. The same feature code serves training (eval_reconcile
// --write-features) and inference, so the two cannot drift.
// Takes borrowed text, returns values or views into static storage. Thread-safe: the model is
// read once, immutable afterwards (the stemmer is per thread).
#ifndef CROSSCHECK_RECONCILE_STANCE_CLASSIFIER_H_
#define CROSSCHECK_RECONCILE_STANCE_CLASSIFIER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::reconcile {

// Feature ids are FNV-1a hashes of the feature names modulo this, plus one (liblinear counts
// from 1). Only the buckets that occur in training are written to the model file.
inline constexpr uint32_t kStanceBuckets = 1u << 20;

// Feature families, to switch on and off when choosing them by cross-validation.
enum StanceFeatureGroup : uint32_t {
  kStanceUnigrams = 1u << 0,     // "u:<word>": the headline's lower-case words
  kStanceBigrams = 1u << 1,      // "b:<w1>_<w2>" with "^" and "$" at the ends
  kStanceStems = 1u << 2,        // "s:<stem>": Snowball stems of the words
  kStanceCues = 1u << 3,         // refute / hedge words of stance_cues.txt, and where they sit
  kStanceRule = 1u << 4,         // "r:<stance>": the rule's decision (HeadlineStance)
  kStancePunctuation = 1u << 5,  // question mark, closing "-- source", colon, quotes, "!"
  kStanceClaim = 1u << 6,        // claim against headline: word overlap, negation, cues
  kStanceLength = 1u << 7,       // the headline's length in words, binned
  kStanceClaimWords = 1u << 8,   // "cu:<word>": the claim's lower-case words
  kStanceRuleWords = 1u << 10,   // "ru:<stance>&<word>": the rule's decision with each word
};
// The families the shipped model uses (chosen by cross-validation on Emergent train).
// (A model file names its own groups; ClassifyHeadlineStance uses those.)
inline constexpr uint32_t kStanceDefaultGroups = kStanceBigrams | kStanceStems | kStanceCues | kStanceRule |
                                                 kStancePunctuation | kStanceClaim;

// The readable feature names of a (claim, headline) pair; `claim` may be empty (then no claim
// features). Sorted, without duplicates.
std::vector<std::string> StanceFeatureNames(std::string_view claim, std::string_view headline,
                                            uint32_t groups = kStanceDefaultGroups);
// The same features as sorted, distinct ids in [1, kStanceBuckets].
std::vector<uint32_t> StanceFeatureIds(std::string_view claim, std::string_view headline,
                                       uint32_t groups = kStanceDefaultGroups);

// "for", "against" or "observing": the model's highest-scoring class. Falls back to the rules
// (HeadlineStance) when the embedded model is missing or malformed.
std::string_view ClassifyHeadlineStance(std::string_view claim, std::string_view headline);
// Whether the embedded model was read (false means ClassifyHeadlineStance uses the rules).
bool StanceModelLoaded();

}  // namespace crosscheck::reconcile

#endif  // CROSSCHECK_RECONCILE_STANCE_CLASSIFIER_H_
