// Happenings named across documents. A happening key stands for the word that names a
// happening ("attacked", "attacks", "attack" -> one key), so that mentions in one story with
// the same key are read as the same happening: the lemma rule of cross-document event
// coreference. The head of a mention is its first content word ("checked into" -> "checked",
// "the earthquake" -> "earthquake"); its key is the Snowball stem of the head, lower case,
// unless data/lexicons/happening_classes.txt puts the head in a class of words news uses for
// one kind of happening (irregular forms and the noun beside its verb: "shot" with "shoot",
// "death" with "die") or words news uses for the same happening ("killed" with "died", "beat"
// with "victory" and "defeat"), whose first word is then the key.
//
// Measured on ECB+ with gold mentions (eval/event_coref_eval.cc, `make eval-reconcile`).
// Thread-safe (stems with reconcile's thread-local Snowball stemmer, Stem in story_parts.h).
#ifndef CROSSCHECK_RECONCILE_HAPPENINGS_H_
#define CROSSCHECK_RECONCILE_HAPPENINGS_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace crosscheck::reconcile {

class HappeningKeys {
 public:
  // `word_classes` false: stems only, the plain lemma baseline (for evaluation).
  explicit HappeningKeys(bool word_classes = true);
  // Keys with the classes of `classes_text` (happening_classes.txt's format) instead of the
  // embedded ones: for tests and for trying a class list in evaluation without a rebuild.
  static HappeningKeys WithClasses(std::string_view classes_text);

  // The key of a mention given as its words in order; empty when it has no word.
  std::string KeyOf(const std::vector<std::string_view>& words) const;

 private:
  using ClassTable = std::unordered_map<std::string, std::string>;  // word -> class key
  // The embedded table (shared, immutable) or one owned by this object; null: stems only.
  std::shared_ptr<const ClassTable> classes_;
};

}  // namespace crosscheck::reconcile

#endif  // CROSSCHECK_RECONCILE_HAPPENINGS_H_
