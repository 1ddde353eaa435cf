// Speaker attribution helpers for the quote annotator (internal to annotate/): find the
// reporting cue next to a quote within its sentence, take the noun phrase that names the
// speaker, and resolve it to a name.
//   after a quote:  "…," Lind told reporters   "…," said the NATO chief   "…," he said
//   before a quote: Lind said: "…"   Lind said the board was "in close touch"   According to X, "…"
//   (before a quote, a verb of the attribution lexicon or one the learned cue model proposes
//   counts too: "Lind derided the 'so-called plan'")
// A speaker phrase must name a person or organization (see NamesSpeaker). A name inside the
// phrase wins (a person first); a role head ("the NATO chief") resolves to
// the latest earlier person written next to that role; a pronoun resolves to the latest
// earlier person (he, she, I) or organization/group (it, they, we) outside quotations.
// Pure functions over borrowed inputs. A SpeakerFinder is made per document and used by one
// thread (it caches a name index on first use); separate instances are independent.
#ifndef CROSSCHECK_ANNOTATE_SPEAKERS_H_
#define CROSSCHECK_ANNOTATE_SPEAKERS_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "annotate/tokens.h"
#include "model/annotations.h"

namespace crosscheck {

struct SpeakerCue {
  Span cue;      // "said", "told reporters", "according to"
  Span speaker;  // the noun phrase naming the speaker
};

class SpeakerFinder {
 public:
  // `entities` sorted by span.begin; `quoted` are spans inside quotation marks (pronoun and
  // role antecedents are never taken from inside a quote); `sentences` the body's sentence
  // spans in order (TextReading::sentences). `body`, `entities` and `sentences` are borrowed
  // (must outlive this); `quoted` is copied.
  SpeakerFinder(std::string_view body, const std::vector<EntityMention>& entities,
                const std::vector<Span>& quoted, const std::vector<Span>& sentences)
      : body_(body),
        entities_(entities),
        sentences_(sentences),
        quoted_(SortedByBegin(quoted)),
        quoted_max_end_(RunningMaxEnd(quoted_)) {}

  // Cue right after a quote: tokens[first] is the first token after the closing mark.
  std::optional<SpeakerCue> CueAfter(const std::vector<Token>& tokens, size_t first) const;
  // Nearest cue before a quote: tokens[0, end) precede the opening mark. `adjacent_only`
  // accepts only a verb within two tokens of the mark (for direct quotes: `said: "…"`).
  std::optional<SpeakerCue> CueBefore(const std::vector<Token>& tokens, size_t end,
                                      bool adjacent_only) const;

  // The subject phrase right before the reporting verb at tokens[verb] ("NIS", "the NATO
  // chief", "he"); first_token is the index of its first token.
  struct PhraseResult {
    bool found = false;
    Span span;
    size_t first_token = 0;
  };
  PhraseResult SubjectBefore(const std::vector<Token>& tokens, size_t verb) const;

  // Fills speaker, speaker_text, speaker_name and cue of `quote` from `cue`; antecedents are
  // looked for before byte `before`; a pronoun prefers `previous` quote's speaker when given.
  void Attribute(const SpeakerCue& cue, uint32_t before, QuoteMention& quote,
                 const QuoteMention* previous = nullptr) const;

  // A reporting word: a lower-case speech verb, or "According" opening a sentence.
  bool IsCue(const Token& token) const;

  // The index of a verb that puts out the document or message named right before
  // tokens[verb], past a time adjunct ("X issued a statement on Tuesday saying", "sent out an
  // email to supporters urging"); nullopt when none comes right before the document.
  std::optional<size_t> IssueVerbBefore(const std::vector<Token>& tokens, size_t verb) const;

  // Whether an entity mention starts at byte `begin`.
  bool EntityStartsAt(uint32_t begin) const;

  // Whether a phrase ending in `head` can name a speaker: a pronoun, a name (capitalized head
  // or an entity inside), or a person/organization noun ("analysts", "the airline"); not a
  // common-noun phrase such as "Government guidance".
  bool NamesSpeaker(const Span& phrase, const Token& head) const;

  // The name a third-person pronoun ("he", "she", "it", "they"; also "I" for a letter
  // reproduced without marks) written before byte `before` stands for: the nearest fitting
  // antecedent outside quotations, preferring `previous` quote's speaker when it fits. Fitting:
  // a person for he/she/I, an organization or group for it/they/we; for he and she, no person
  // whose gender the document gives otherwise (a given name, an honorific or a gendered role
  // word before a mention of the name). Empty when nothing fits.
  // A pronoun opening the sentence of the nearest fitting person, when that person is not
  // the subject, continues the subject's chain (subject preference); `depth` bounds the chain.
  std::string ResolvePronoun(std::string_view pronoun, uint32_t before,
                             const QuoteMention* previous, int depth = 0) const;

 private:
  // `phrase` without a sentence adverb opening it ("Then a radiologist" -> "a radiologist"),
  // and cut to its last word when that is a subject pronoun (or a pronoun's contraction)
  // after other words: "provided they", "does he", "I’m" -> "they", "he", "I".
  Span SubjectPronounEnding(Span phrase) const;
  bool SpeaksForNamed(const Span& phrase, const EntityMention& named) const;
  std::string_view Text(const Token& token) const {
    return body_.substr(token.begin, token.end - token.begin);
  }
  PhraseResult PhraseBefore(const std::vector<Token>& tokens, size_t verb, size_t lower) const;
  // The author of a document or message named right before tokens[verb], past a time
  // adjunct, when a verb that puts it out comes before it ("X issued a statement on Tuesday
  // saying"): the subject of that verb.
  std::optional<Span> AuthorBefore(const std::vector<Token>& tokens, size_t verb) const;
  // "The author" / "Another reader" right before tokens[verb]: a determiner and at most three
  // lower-case nouns opening their clause.
  std::optional<Span> DeterminedSubjectBefore(const std::vector<Token>& tokens, size_t verb) const;
  // Whether tokens[k] is the period of a middle initial between two name words ("Tomas K.
  // Lund", "Ana M. Berg").
  bool IsInitialPeriod(const std::vector<Token>& tokens, size_t k) const;
  // Whether tokens[k] is the period of a title's abbreviation written against it, before a
  // name: "Mr. Jo Lind", "Sen. Ana Ruiz", "Gen. Bo Hale".
  bool IsTitlePeriod(const std::vector<Token>& tokens, size_t k) const;
  // `phrase` ("Texas" in "Sen. Jo Lind of Texas said"), or the person's name before it when
  // it is a place after "of" and a person's name (PhraseBefore from `lower`).
  PhraseResult PersonBeforePlace(const std::vector<Token>& tokens, PhraseResult phrase,
                                 size_t lower) const;
  // Whether an entity mention of `type` ends at byte `end` / covers exactly `span`
  // (entities_ is sorted by start).
  bool EntityOfTypeEndsAt(EntityType type, uint32_t end) const;
  bool EntityOfTypeSpans(EntityType type, const Span& span) const;
  // "NAME, APPOSITION, VERB" after a quote: tokens[first, comma) the name, the verb after the
  // apposition's closing comma.
  std::optional<SpeakerCue> CueAfterApposition(const std::vector<Token>& tokens, size_t first,
                                               size_t comma) const;
  // The speaker phrase opening at tokens[from] after an inverted cue ("said the NATO chief");
  // `after_quote`: the cue follows a quote's closing mark, where "said the host." needs no
  // speaker noun.
  std::optional<Span> PhraseAfter(const std::vector<Token>& tokens, size_t from,
                                  bool after_quote) const;
  Span CueSpan(const std::vector<Token>& tokens, size_t verb) const;
  bool InsideQuote(uint32_t pos) const;
  // The first person (else organization or group) among the sentence's first words.
  std::optional<Span> SentenceSubject(const std::vector<Token>& tokens, size_t verb) const;
  // The latest person (else organization or group) mention before `before` outside quotes;
  // with `gender` ('f' or 'm'), no person of the other known gender.
  const EntityMention* LatestBefore(uint32_t before, bool person, char gender = 0) const;
  // The organization a definite description of `kind` ("company", "bank") stands for.
  const EntityMention* SalientOrganizationBefore(uint32_t before, std::string_view kind) const;
  // The offset of `lower` (a pronoun) opening the sentence that holds byte `pos`, as its
  // first word or after one opening word ("Then he"); nullopt when it does not.
  std::optional<uint32_t> OpeningPronounBefore(uint32_t pos, std::string_view lower) const;
  // The first byte of the sentence holding `pos`.
  uint32_t SentenceStartBefore(uint32_t pos) const;
  // The subject person of the sentence holding `pos` (before `pos`): the person named first
  // when it opens the sentence (or follows one opening word), else a person named right
  // before a verb of saying ("…, Gen. Ana Lind, said …"); nullptr otherwise.
  const EntityMention* OpeningPersonBefore(uint32_t pos) const;
  // A person's gender from the document's evidence ('f', 'm', 0 unknown or conflicting).
  char GenderOf(const EntityMention& person) const;
  // The first entity mention (in body order) whose canonical name or written form is `name`.
  const EntityMention* FirstNamed(const std::string& name) const;
  const EntityMention* PersonWithRole(std::string_view role, uint32_t before) const;

  static std::vector<Span> SortedByBegin(std::vector<Span> spans);
  static std::vector<uint32_t> RunningMaxEnd(const std::vector<Span>& spans);

  std::string_view body_;
  const std::vector<EntityMention>& entities_;
  const std::vector<Span>& sentences_;  // the body's sentences (TextReading), in order
  // Quoted spans sorted by begin, and the running maximum of their ends, so that
  // InsideQuote is a binary search even when spans nest or overlap.
  std::vector<Span> quoted_;
  std::vector<uint32_t> quoted_max_end_;
  // FirstNamed's index, built on first use.
  mutable std::unordered_map<std::string, const EntityMention*> first_named_;
  mutable bool first_named_built_ = false;
  // GenderOf's evidence per canonical name, built on first use.
  mutable std::unordered_map<std::string, char> genders_;
  mutable bool genders_built_ = false;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_SPEAKERS_H_
