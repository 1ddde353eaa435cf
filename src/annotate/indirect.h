// Indirect speech (internal to annotate/): reported statements without quotation marks, read
// from one sentence, with any verb of the speech_verbs lexicon or of the attribution_verbs
// lexicon by its frames ("vowed to …", "called for …", "endorsed NP"; attribution_verbs.h)
// (shapes in indirect.cc):
//   NP [has also] said [to X | in a statement] [that] CLAUSE   (content keeps "that")
//   CLAUSE, NP said [in a statement on Tuesday].   CLAUSE, said NP.
//   NP, APPOSITION, said CLAUSE      40 percent of voters said CLAUSE   As NP put it, CLAUSE
//   MAIN CLAUSE, saying [that] CLAUSE (the main clause's subject; none found: no speaker)
//   According to NP, CLAUSE / CLAUSE, according to NP.
//   NP, who said CLAUSE, …   (the noun the clause describes speaks)
//   Nearly half of voters said CLAUSE   (a subject the name rules miss: the words back to the
//                                        clause's opening, for verbs of either lexicon; a
//                                        pronoun is a whole subject)
//   One of the report's authors, NAME, said CLAUSE   (the name in the apposition speaks)
//   X's support for NP / her claim that CLAUSE / their plan to VP / his request for NP
//                                        (statement nouns; the owner speaks)
//   NP is expected|said|believed to VP / NP appears … / NP reportedly VP / Asked whether …,
//                                        (no written source; the content in two pieces)
// A sentence may hold several statements ("NP said CLAUSE, and NP said CLAUSE"): each
// content ends where the next "NP VERB" opens after a comma, semicolon, "and" or "but".
// O(tokens of the sentence) per statement.
// Pure; thread-safe.
#ifndef CROSSCHECK_ANNOTATE_INDIRECT_H_
#define CROSSCHECK_ANNOTATE_INDIRECT_H_

#include <optional>
#include <string_view>
#include <vector>

#include "annotate/speakers.h"
#include "annotate/tokens.h"
#include "model/annotations.h"

namespace crosscheck {

// Appends to `out` one quote per reported statement of `sentence` (tokens: its tokens; kind
// indirect, span = the reported clause, speaker, cue) and returns whether it found any.
bool ReadIndirectSpeech(std::string_view body, const Span& sentence,
                        const std::vector<Token>& tokens, const SpeakerFinder& finder,
                        std::vector<QuoteMention>& out);

// The speaker phrase of the participle tokens[verb] that follows a comma ("…, saying, '…'"):
// the attribution closing the clause before it ("…, X said, adding …"), a quotation's
// attribution before it ("'…,' X said, adding …"), else the subject of the clause it hangs on
// (past opening adjuncts and inserts). nullopt when none is found.
std::optional<Span> ParticipleSpeaker(std::string_view body, const Span& sentence,
                                      const std::vector<Token>& tokens,
                                      const SpeakerFinder& finder, size_t verb);

// The subject of the clause of `sentence` that holds tokens[limit] (see ParticipleSpeaker),
// e.g. for words quoted without a cue ("The mayor likes 'The Night Harbour'"). nullopt
// when none is found.
std::optional<Span> ClauseSubjectBefore(std::string_view body, const Span& sentence,
                                        const std::vector<Token>& tokens,
                                        const SpeakerFinder& finder, size_t limit);

// The subject of the verb tokens[verb] set off from it by an insert: an apposition, a
// relative clause, an age or a place ("X, a former aide, said", "X, 22, of Leeds, said", "One
// of the authors, Ana Ruiz, said"). nullopt when no comma or dash comes right before the verb
// or no subject is found.
std::optional<Span> SubjectBeforeInsert(std::string_view body, const Span& sentence,
                                        const std::vector<Token>& tokens,
                                        const SpeakerFinder& finder, size_t verb);

// Where a sentence's text starts after a dateline opening it ("MOGADISHU (Reuters) - ", "DES
// MOINES, Iowa (AP) — ", "LAS VEGAS, Jan. 8 /PRNewswire/ -- ", "(Wire) NEW YORK -- "): an
// optional parenthesis, words in capitals, an optional place or date after a comma and a
// parenthesis, a dash. `tokens` are the
// sentence's; nullopt when no dateline opens it.
std::optional<uint32_t> AfterDateline(std::string_view body, const std::vector<Token>& tokens);

// A headline (the body's first sentence when it is a paragraph of its own) read as an
// attribution: "Source: CLAUSE" (not a label such as "Update:"), or "Source Says|Wants|Tells
// X CLAUSE" with the reporting word in any case. Appends one quote and returns whether it did.
bool ReadHeadline(std::string_view body, const Span& sentence, const std::vector<Token>& tokens,
                  const SpeakerFinder& finder, std::vector<QuoteMention>& out);

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_INDIRECT_H_
