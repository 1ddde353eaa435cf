// Subject phrases of one sentence's reporting verbs (internal to annotate/, used by
// indirect.cc): the phrase before a verb past auxiliaries, with titles and modifiers, a
// quantifier, a parenthesis or a relative clause inside it, before an apposition, or opening
// the sentence past an adverbial. Borrows the sentence's tokens, the finder and the cue flags
// (all must outlive it); immutable once built; O(bounded window) per question.
#ifndef CROSSCHECK_ANNOTATE_INDIRECT_SUBJECTS_H_
#define CROSSCHECK_ANNOTATE_INDIRECT_SUBJECTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/indirect_words.h"
#include "annotate/speakers.h"
#include "annotate/tokens.h"

namespace crosscheck::reported {

class SentenceSubjects {
 public:
  using PhraseResult = SpeakerFinder::PhraseResult;

  // `is_cue`: per token, whether it is a reporting word (the reader's cue flags).
  SentenceSubjects(std::string_view body, const std::vector<Token>& tokens,
                   const SpeakerFinder& finder, const std::vector<uint8_t>& is_cue,
                   std::string_view lower_sentence, uint32_t sentence_begin)
      : body_(body),
        tokens_(tokens),
        finder_(finder),
        is_cue_(is_cue),
        lower_(lower_sentence),
        sentence_begin_(sentence_begin) {}

  // The subject phrase before the verb at `verb`, skipping auxiliaries; `cue_first` is set to
  // the first auxiliary (the cue reads "has said").
  PhraseResult Subject(size_t verb, size_t& cue_first) const;
  // A subject phrase from a clause opener to `verb` with modifiers and titles ("Texas Sen. Ted
  // Cruz", "Sanders' aides"); `found` is the phrase the finder took, if any.
  PhraseResult WholeSubject(size_t verb, const PhraseResult& found) const;
  // The phrase with an honorific's stop the tokenizer left apart ("Mr. Farid").
  PhraseResult WithHonorific(PhraseResult phrase) const;
  // The name phrase before an apposition ending at the comma tokens[comma].
  // The capitalized name opening its clause before the comma at tokens_[first - 1], when
  // the phrase at `first` describes it ("Ana Ruiz, the editor of …, said").
  // `name` (a capitalized phrase) widened back over the names its "of/in/at/from" chain
  // hangs on ("Jo Ray of the Baptist Church in Marion", "The Workers of America").
  PhraseResult WithNameChain(PhraseResult name) const;
  // A share of people ending right before tokens_[verb], opening its clause: "Nearly half of
  // the voters", "42% of Democrats", "4 in 10", "another 12 percent".
  PhraseResult QuantifierSubject(size_t verb) const;
  PhraseResult NameBeforeApposition(size_t first) const;
  PhraseResult SubjectBeforeApposition(size_t comma) const;
  // "One of the report's authors, Ari Smith, said", "Her rival, Sen. Jo Ray (D-Ga.), said":
  // when the phrase before an apposition is no name, the apposition ending at the comma
  // tokens[comma] is, if it is a capitalized name opening right after a comma that follows a
  // subject-like phrase (from the sentence start or a clause opener, no verb or relative
  // word inside).
  PhraseResult AppositiveName(size_t comma) const;
  // The subject before an insert ending at the comma or dash tokens_[insert_end]: the name in
  // the apposition first (AppositiveName), else the phrase before it
  // (SubjectBeforeApposition); not found when tokens_[insert_end] is neither.
  PhraseResult SubjectBeforeInsert(size_t insert_end) const;
  // The subject opening the sentence (from token `from`), before the main verb at `limit`.
  PhraseResult MainSubject(size_t limit, size_t from = 0) const;
  // MainSubject, or past an opening phrase ("In an interview, the minister hit back, …").
  PhraseResult MainSubjectPastOpening(size_t limit) const;
  // The subject of the clause a participle after the comma tokens_[comma] hangs on ("Lund
  // went after Berg, calling him …", "The veteran trawlerman began by …, saying …",
  // "Hours later, X returned the favour, telling …", "X, the favourite, has been …,
  // warning …"): past opening adjuncts and inserts, the words before the clause's first
  // finite verb; a later coordinated clause with its own subject ("…, and Y has sued the
  // city, saying") wins. Not found when no segment has a verb after a noun phrase.
  PhraseResult ClauseSubject(size_t comma) const;
  // Whether tokens[k] reads as a finite verb: an auxiliary or modal, a reporting word, a past
  // form (-ed, not right after a determiner), or a common irregular past.
  bool LooksFiniteVerb(size_t k) const;
  // Whether a comma sits among tokens[from, to).
  bool CommaBetween(size_t from, size_t to) const;

 private:
  std::string_view Word(size_t k) const { return TextOf(body_, tokens_[k]); }
  std::string_view Lower(size_t k) const {
    return LowerOf(lower_, sentence_begin_, tokens_[k], Word(k));
  }
  bool IsCue(size_t k) const { return is_cue_[k] != 0; }
  PhraseResult SubjectAroundInsert(size_t verb) const;
  PhraseResult Coordinated(PhraseResult phrase) const;
  bool ClosedInsertAfter(size_t comma, size_t limit) const;
  bool OpensAdjunct(size_t k) const;
  bool NounPhrase(size_t from, size_t to) const;
  bool AbstractHead(size_t from, size_t to) const;
  size_t EndBeforeTime(size_t from, size_t end) const;
  PhraseResult SegmentSubject(size_t from, size_t limit) const;

  std::string_view body_;
  const std::vector<Token>& tokens_;
  const SpeakerFinder& finder_;
  const std::vector<uint8_t>& is_cue_;
  std::string_view lower_;  // the sentence lower-cased (Lower)
  uint32_t sentence_begin_;
};

}  // namespace crosscheck::reported

#endif  // CROSSCHECK_ANNOTATE_INDIRECT_SUBJECTS_H_
