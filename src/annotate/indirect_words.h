// Word classes and small helpers of reported-speech reading (internal to annotate/, used by
// indirect.cc): the words that may sit between a subject and its reporting verb, open a
// clause, break a subject phrase or fill the gap before a content. Pure functions; the lists
// are constants; thread-safe.
#ifndef CROSSCHECK_ANNOTATE_INDIRECT_WORDS_H_
#define CROSSCHECK_ANNOTATE_INDIRECT_WORDS_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "annotate/tokens.h"
#include "model/annotations.h"

namespace crosscheck::reported {

// The text of token `t` in `body`.
inline std::string_view TextOf(std::string_view body, const Token& t) {
  return body.substr(t.begin, t.end - t.begin);
}

template <size_t N>
bool InList(std::string_view lower, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), lower) != list.end();
}

// Verbs of saying whose clause often follows without "that" ("Lind said the board …").
bool IsSayVerb(std::string_view lower);
// Forms of "ask" and "wonder", whose content is a question ("asked whether …").
bool IsAskVerb(std::string_view lower);
// Present participles that hang a reported clause on the main clause ("…, saying that …").
bool IsParticipleCue(std::string_view lower);
// Words that may sit between a reporting verb and its clause or the sentence end.
bool IsTimeFiller(std::string_view word);
// Forms of "be" before a progressive ("is calling for").
bool IsBeForm(std::string_view lower);
// Modals and finite forms of "be", "have" and "do" ("would", "is", "has").
bool IsFiniteAuxiliary(std::string_view lower);
// Verbs of saying beyond IsSayVerb that may come before their speaker after a quotation or
// clause ("…, explained the minister", "…, asked X"): not "denied" or "rejected", which take
// an object there.
bool IsInvertingVerb(std::string_view lower);
// Verbs that put out a document or message ("issued", "sent", "posted", "emailed").
bool IsIssueVerb(std::string_view lower);
// Auxiliaries and adverbs between a subject and its reporting verb.
bool IsAuxiliary(const Token& t, std::string_view word);
// A dash setting off an insert: an em or en dash, or a hyphen standing alone ("X - who …
// - said", "X -- who … -- said": each hyphen of the pair is its own token).
bool IsDashWord(std::string_view token_text);
// `token` in lower case as a view into `lower_sentence`, its sentence lower-cased (which
// begins at byte `sentence_begin` of the body); `word` itself, as written, if the token lies
// outside the sentence.
inline std::string_view LowerOf(std::string_view lower_sentence, uint32_t sentence_begin,
                                const Token& token, std::string_view word) {
  if (token.begin < sentence_begin || token.end - sentence_begin > lower_sentence.size())
    return word;
  return lower_sentence.substr(token.begin - sentence_begin, token.end - token.begin);
}
// Conjunctions that open a subordinate clause, whose subject may be a source ("where polls
// show …", "after the ministry said …", "found that most voters support …").
bool IsSubordinator(std::string_view lower);
// Words that may precede a sentence-internal subject ("But the minister said …").
bool IsClauseOpener(std::string_view lower);
// Words that show a subject phrase is a clause of its own ("The plan that he said …").
bool IsClauseBreaker(std::string_view lower);
// Words that open a noun phrase.
bool IsDeterminer(std::string_view lower);
// Prepositions that turn a reporting verb into something else ("called for", "asked about")
// or open a prepositional phrase before the clause ("said in a statement that").
bool IsPreposition(std::string_view lower);
// Particles a proposed cue may take before its content ("referring to", "talking about").
bool IsCueParticle(std::string_view lower);
// Word tokens of `tokens` inside [begin, end).
size_t CountWords(const std::vector<Token>& tokens, uint32_t begin, uint32_t end);
// The sentence end without its final punctuation.
uint32_t ClauseEnd(std::string_view body, const Span& sentence);

}  // namespace crosscheck::reported

#endif  // CROSSCHECK_ANNOTATE_INDIRECT_WORDS_H_
