#include "annotate/indirect.h"

#include <string>

namespace crosscheck {
namespace {

constexpr size_t kMinClauseWords = 4;
constexpr size_t kMaxTrailingTokens = 4;

std::string_view TextOf(std::string_view body, const Token& t) { return body.substr(t.begin, t.end - t.begin); }

bool IsSayVerb(std::string_view word) {
  const std::string lower = LowerAscii(word);
  return lower == "said" || lower == "says" || lower == "told" || lower == "tells" || lower == "added" ||
         lower == "adds" || lower == "stated" || lower == "states";
}

// Words that may sit between a reporting verb and its clause or the sentence end.
bool IsTimeFiller(std::string_view word) {
  const std::string lower = LowerAscii(word);
  static constexpr std::string_view kFillers[] = {"on", "in", "at", "this", "last", "earlier", "later", "today", "yesterday",
                                                  "week", "month", "morning", "afternoon", "evening", "night", "also", "again",
                                                  "previously", "recently", "then", "separately"};
  for (std::string_view f : kFillers) {
    if (lower == f) return true;
  }
  return WeekdayNumber(word) != 0;
}

size_t CountWords(const std::vector<Token>& tokens, uint32_t begin, uint32_t end) {
  size_t words = 0;
  for (const Token& t : tokens) words += (t.begin >= begin && t.end <= end && t.kind == TokenKind::kWord) ? 1 : 0;
  return words;
}

// The sentence end without its final punctuation.
uint32_t ClauseEnd(std::string_view body, const Span& sentence) {
  uint32_t end = sentence.end;
  while (end > sentence.begin && (body[end - 1] == '.' || body[end - 1] == ' ' || body[end - 1] == '!')) --end;
  return end;
}

bool Fill(std::string_view body, const std::vector<Token>& tokens, Span clause, const SpeakerCue& cue,
          const SpeakerFinder& finder, QuoteMention& quote) {
  while (clause.end > clause.begin && (body[clause.end - 1] == ',' || body[clause.end - 1] == ' ')) --clause.end;
  if (clause.empty() || CountWords(tokens, clause.begin, clause.end) < kMinClauseWords) return false;
  quote.kind = QuoteKind::kIndirect;
  quote.span = clause;
  quote.text = std::string(body.substr(clause.begin, clause.size()));
  finder.Attribute(cue, std::min(clause.begin, cue.speaker.begin), quote);
  return true;
}

}  // namespace

bool ReadIndirectSpeech(std::string_view body, const Span& sentence, const std::vector<Token>& tokens,
                        const SpeakerFinder& finder, QuoteMention& quote) {
  if (tokens.size() < kMinClauseWords + 2) return false;
  const uint32_t clause_end = ClauseEnd(body, sentence);
  // "According to NP, CLAUSE"
  if (LowerAscii(TextOf(body, tokens[0])) == "according" && LowerAscii(TextOf(body, tokens[1])) == "to") {
    for (size_t k = 2; k < tokens.size(); ++k) {
      if (TextOf(body, tokens[k]) != ",") continue;
      if (k == 2) return false;
      const SpeakerCue cue{{tokens[0].begin, tokens[1].end}, {tokens[2].begin, tokens[k - 1].end}};
      if (k + 1 >= tokens.size()) return false;
      return Fill(body, tokens, {tokens[k + 1].begin, clause_end}, cue, finder, quote);
    }
    return false;
  }
  // "CLAUSE, NP said [time]." first: the attribution that closes the sentence is the outer
  // one, and an earlier "X said" belongs to the reported clause ("Guidance said e-mails
  // should go, Mr Thomas said.").
  for (size_t verb = tokens.size(); verb-- > 1;) {
    const Token& t = tokens[verb];
    if (!finder.IsCue(t) || LowerAscii(TextOf(body, t)) == "according") continue;
    SpeakerFinder::PhraseResult phrase = finder.SubjectBefore(tokens, verb);
    if (!phrase.found || phrase.first_token == 0 || TextOf(body, tokens[phrase.first_token - 1]) != ",") continue;
    size_t after = verb + 1;
    while (after < tokens.size() && after - verb <= kMaxTrailingTokens && tokens[after].kind == TokenKind::kWord &&
           IsTimeFiller(TextOf(body, tokens[after])))
      ++after;
    if (after == tokens.size() || TextOf(body, tokens[after]) == "." || TextOf(body, tokens[after]) == "!") {
      const SpeakerCue cue{{t.begin, t.end}, phrase.span};
      return Fill(body, tokens, {sentence.begin, tokens[phrase.first_token - 1].begin}, cue, finder, quote);
    }
  }
  for (size_t verb = 1; verb < tokens.size(); ++verb) {
    const Token& t = tokens[verb];
    if (!finder.IsCue(t)) continue;
    const std::string lower = LowerAscii(TextOf(body, t));
    // "CLAUSE, according to NP."
    if (lower == "according") {
      if (verb + 2 < tokens.size() && TextOf(body, tokens[verb - 1]) == "," && LowerAscii(TextOf(body, tokens[verb + 1])) == "to") {
        size_t last = verb + 2;
        while (last + 1 < tokens.size() && tokens[last + 1].kind != TokenKind::kPunct) ++last;
        const SpeakerCue cue{{t.begin, tokens[verb + 1].end}, {tokens[verb + 2].begin, tokens[last].end}};
        return Fill(body, tokens, {sentence.begin, tokens[verb - 1].begin}, cue, finder, quote);
      }
      continue;
    }
    SpeakerFinder::PhraseResult phrase = finder.SubjectBefore(tokens, verb);
    if (!phrase.found) continue;
    SpeakerCue cue{{t.begin, t.end}, phrase.span};
    // "CLAUSE, NP said, CLAUSE" — the attribution sits mid-sentence after a comma.
    if (phrase.first_token > 0 && TextOf(body, tokens[phrase.first_token - 1]) == ",") {
      size_t after = verb + 1;
      while (after < tokens.size() && after - verb <= kMaxTrailingTokens && tokens[after].kind == TokenKind::kWord &&
             IsTimeFiller(TextOf(body, tokens[after])))
        ++after;
      if (after < tokens.size() && TextOf(body, tokens[after]) == ",") {
        return Fill(body, tokens, {sentence.begin, tokens[phrase.first_token - 1].begin}, cue, finder, quote);
      }
    }
    // "NP said [that] CLAUSE" — the phrase opens the sentence or follows a comma.
    if (phrase.first_token != 0 && TextOf(body, tokens[phrase.first_token - 1]) != ",") continue;
    size_t next = verb + 1;
    if ((lower == "told" || lower == "tells") && next < tokens.size() && tokens[next].kind == TokenKind::kWord &&
        !IsFunctionWord(TextOf(body, tokens[next]))) {
      cue.cue.end = tokens[next].end;
      ++next;
    }
    while (next < tokens.size() && tokens[next].kind == TokenKind::kWord && IsTimeFiller(TextOf(body, tokens[next]))) ++next;
    if (next >= tokens.size()) return false;
    const std::string following = LowerAscii(TextOf(body, tokens[next]));
    const bool has_that = following == "that";
    if (has_that) ++next;
    if (!has_that && !IsSayVerb(lower)) continue;
    if (next >= tokens.size() || tokens[next].kind != TokenKind::kWord || following == "to" || following == "by") continue;
    return Fill(body, tokens, {tokens[next].begin, clause_end}, cue, finder, quote);
  }
  return false;
}

}  // namespace crosscheck
