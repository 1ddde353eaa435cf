// The word lists behind indirect_words.h.
#include "annotate/indirect_words.h"

#include <string>

namespace crosscheck::reported {

// Verbs of saying whose clause often follows without "that" ("Lind said the board …").
bool IsSayVerb(std::string_view lower) {
  static constexpr std::array<std::string_view, 12> kSay = {"said",   "says",   "say",   "told",
                                                            "tells",  "tell",   "added", "adds",
                                                            "stated", "states", "wrote", "writes"};
  return InList(lower, kSay);
}

bool IsInvertingVerb(std::string_view lower) {
  static constexpr std::array<std::string_view, 34> kInverting = {
      "asked",     "asks",      "explained", "explains",     "noted",     "notes",    "continued",
      "continues", "replied",   "replies",   "recalled",     "recalls",   "argued",   "argues",
      "warned",    "warns",     "insisted",  "insists",      "declared",  "observed", "remarked",
      "cautioned", "conceded",  "concedes",  "countered",    "quipped",   "joked",    "added",
      "answered",  "responded", "admitted",  "acknowledged", "according", "reported"};
  return InList(lower, kInverting);
}

// Present participles that hang a reported clause on the main clause ("…, saying that …").
bool IsParticipleCue(std::string_view lower) {
  return lower.ends_with("ing") && lower != "according";
}

// Words that may sit between a reporting verb and its clause or the sentence end.
bool IsTimeFiller(std::string_view word) {
  static constexpr std::array<std::string_view, 21> kFillers = {
      "on",    "in",        "at",    "this",       "last",     "earlier",   "later",
      "today", "yesterday", "week",  "month",      "morning",  "afternoon", "evening",
      "night", "also",      "again", "previously", "recently", "then",      "separately"};
  return InList(LowerAscii(word), kFillers) || WeekdayNumber(word) != 0;
}

// Forms of "be" before a progressive ("is calling for").
bool IsBeForm(std::string_view lower) {
  return lower == "is" || lower == "are" || lower == "was" || lower == "were" || lower == "been" ||
         lower == "be" || lower == "\x27s" || lower == "\xE2\x80\x99s" || lower == "am";
}

// Verbs that put out a document or message ("issued a statement saying …", "sent an email to
// supporters inviting …"): its author speaks through it.
bool IsIssueVerb(std::string_view lower) {
  static constexpr std::array<std::string_view, 24> kIssue = {
      "issued",     "issues",     "issue",     "released",  "releases", "release",
      "sent",       "sends",      "send",      "posted",    "posts",    "post",
      "emailed",    "emails",     "published", "publishes", "tweeted",  "tweets",
      "circulated", "circulates", "wrote",     "writes",    "put",      "distributed"};
  return InList(lower, kIssue);
}

// Modals and finite forms of "be" and "have": the verb of a clause after its subject.
bool IsFiniteAuxiliary(std::string_view lower) {
  static constexpr std::array<std::string_view, 16> kFinite = {
      "would", "will", "could", "should", "can", "may",  "might", "must",
      "is",    "was",  "are",   "were",   "has", "have", "had",   "does"};
  return InList(lower, kFinite);
}

// Auxiliaries and adverbs between a subject and its reporting verb.
bool IsAuxiliary(const Token& t, std::string_view word) {
  static constexpr std::array<std::string_view, 32> kAux = {
      "has",   "have",   "had",       "also",    "would", "will",  "could", "may",
      "might", "did",    "does",      "do",      "never", "again", "later", "earlier",
      "then",  "once",   "long",      "already", "often", "still", "now",   "just",
      "even",  "always", "sometimes", "should",  "can",   "must",  "only",  "all"};
  if (t.kind != TokenKind::kWord || t.capitalized) return false;
  const std::string lower = LowerAscii(word);
  // Negation: "not", "didn't", "doesn’t" (the tokenizer keeps a contraction whole).
  const bool negation =
      lower == "not" || lower.ends_with("n't") || lower.ends_with("n\xE2\x80\x99t");
  return InList(lower, kAux) || negation || (lower.size() > 4 && lower.ends_with("ly"));
}

// Conjunctions that open a subordinate clause, whose subject may be a source ("where polls
// show …", "after the ministry said …", "found that most voters support …").
bool IsSubordinator(std::string_view lower) {
  static constexpr std::array<std::string_view, 14> kSubordinators = {
      "where", "as",   "after", "while", "although", "though", "because",
      "since", "when", "if",    "that",  "before",   "unless", "whereas"};
  return InList(lower, kSubordinators);
}

// Words that may precede a sentence-internal subject ("But the minister said …").
bool IsClauseOpener(std::string_view lower) {
  static constexpr std::array<std::string_view, 12> kOpeners = {
      ",",   ";",   ":",  "\xE2\x80\x94", "--",        "but",
      "and", "yet", "so", "however",      "meanwhile", "now"};
  // A free-standing hyphen, en dash or horizontal bar is a dash here (the tokenizer keeps
  // "F-16" whole).
  return InList(lower, kOpeners) || IsSubordinator(lower) || IsDashWord(lower);
}

// Words that show a subject phrase is a clause of its own ("The plan that he said …").
bool IsClauseBreaker(std::string_view lower) {
  static constexpr std::array<std::string_view, 23> kBreakers = {
      "that",    "which", "who",  "whom",  "whose", "when", "where", "if",
      "because", "is",    "was",  "are",   "were",  "be",   "been",  "has",
      "have",    "had",   "will", "would", "not",   "to",   "as"};
  return InList(lower, kBreakers);
}

// Words that open a noun phrase.
bool IsDeterminer(std::string_view lower) {
  static constexpr std::array<std::string_view, 12> kDeterminers = {
      "the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those", "some"};
  return InList(lower, kDeterminers);
}

// Prepositions that turn a reporting verb into something else ("called for", "asked about")
// or open a prepositional phrase before the clause ("said in a statement that").
bool IsPreposition(std::string_view lower) {
  static constexpr std::array<std::string_view, 20> kPrepositions = {
      "to", "for", "on",   "of",    "about",  "with", "by",      "at",     "from", "into",
      "as", "in",  "over", "after", "before", "up",   "against", "during", "out",  "via"};
  return InList(lower, kPrepositions);
}

bool IsAskVerb(std::string_view lower) {
  static constexpr std::array<std::string_view, 8> kAsk = {
      "ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering"};
  return InList(lower, kAsk);
}

bool IsCueParticle(std::string_view lower) {
  static constexpr std::array<std::string_view, 8> kParticles = {"to",      "about", "on",   "for",
                                                                 "against", "with",  "over", "at"};
  return InList(lower, kParticles);
}

size_t CountWords(const std::vector<Token>& tokens, uint32_t begin, uint32_t end) {
  size_t words = 0;
  for (const Token& t : tokens)
    words += (t.begin >= begin && t.end <= end && t.kind == TokenKind::kWord) ? 1 : 0;
  return words;
}

// The sentence end without its final punctuation.
uint32_t ClauseEnd(std::string_view body, const Span& sentence) {
  uint32_t end = sentence.end;
  while (end > sentence.begin &&
         (body[end - 1] == '.' || body[end - 1] == ' ' || body[end - 1] == '!' ||
          body[end - 1] == '\n' || body[end - 1] == '\r'))
    --end;
  return end;
}

bool IsDashWord(std::string_view token_text) {
  // Em dash, en dash, horizontal bar (U+2015, some sites' datelines), hyphen.
  return token_text == "\xE2\x80\x94" || token_text == "\xE2\x80\x93" ||
         token_text == "\xE2\x80\x95" || token_text == "-";
}

}  // namespace crosscheck::reported
