#include "annotate/speakers.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_set>

#include "annotate/attribution_verbs.h"
#include "annotate/cue_model.h"
#include "annotate/entity_cues.h"
#include "annotate/indirect_words.h"
#include "annotate/sentences.h"
#include "base/lexicon.h"

namespace crosscheck {
namespace {

constexpr size_t kMaxPhraseTokens = 8;
// Prepositional phrases between a subject noun and its verb ("an envoy to the UN in Geneva").
constexpr size_t kMaxPrepositionHops = 3;
// Tokens of an apposition between a speaker's name and the verb after a quote.
constexpr size_t kMaxAppositionTokens = 20;
constexpr uint32_t kRoleWindowBytes = 48;
// Tokens between a verb that introduces a quote and its opening mark (`said: "`, `said, "`).
constexpr size_t kMaxIntroducingGap = 2;
// An antecedent (for a pronoun or a role) is looked for among at most this many entity
// mentions before the quote: the nearest ones, and a bound that keeps a document of
// thousands of "he said" lines linear.
constexpr size_t kMaxAntecedentLookback = 256;

// The first entity (in body order) with span.begin >= pos.
std::vector<EntityMention>::const_iterator FirstAtOrAfter(
    const std::vector<EntityMention>& entities, uint32_t pos) {
  return std::lower_bound(entities.begin(), entities.end(), pos,
                          [](const EntityMention& e, uint32_t p) { return e.span.begin < p; });
}

bool IsArticle(std::string_view word) {
  const std::string lower = LowerAscii(word);
  return lower == "the" || lower == "a" || lower == "an";
}

// Words that open a noun phrase whose head may be any noun ("the host", "one of those
// advisers", "a source"): after a quote's closing mark, "DETERMINER NOUN VERB." is a subject.
bool IsDeterminerWord(std::string_view lower) {
  // Not "that" and "this": "…, says that Okafor …" opens a clause.
  return lower == "the" || lower == "a" || lower == "an" || lower == "these" ||
         lower == "those" || lower == "his" || lower == "her" ||
         lower == "their" || lower == "its" || lower == "our" || lower == "one" ||
         lower == "another" || lower == "each" || lower == "some" || lower == "many" ||
         lower == "both" || lower == "two" || lower == "three" || lower == "several";
}

// "one of those advisers", "some of the protesters": a quantity of a group.
bool IsPartitiveHead(std::string_view lower) {
  return lower == "one" || lower == "some" || lower == "many" || lower == "two" ||
         lower == "three" || lower == "several" || lower == "each" || lower == "both" ||
         lower == "most" || lower == "none" || lower == "all";
}

// Adjectives that follow a noun with their preposition ("a source close to X").
bool IsPostModifierAdjective(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kAdjectives = {
      "close", "familiar", "loyal", "near", "sympathetic", "hostile", "friendly"};
  return std::find(kAdjectives.begin(), kAdjectives.end(), word) != kAdjectives.end();
}

// A participle that may end a noun phrase after its head, by its ending.
bool IsParticipleWord(std::string_view word) {
  return word.size() > 4 && (word.ends_with("ed") || word.ends_with("ing"));
}

// A participle or relative that ends a noun phrase after its head ("a source involved in …",
// "an aide speaking on condition of anonymity").
bool IsPostModifier(const Token& t, std::string_view word) {
  return !t.capitalized && IsParticipleWord(word);
}

// Prepositions that link a speaker noun to what it belongs to ("a spokesman for X",
// "residents of X", "officials in X").
bool IsChainPreposition(std::string_view word) {
  const std::string lower = LowerAscii(word);
  return lower == "to" || lower == "of" || lower == "at" || lower == "for" || lower == "from" ||
         lower == "in" || lower == "with";
}

// The gender a word right before a person's mention gives ("Mrs", "Mr.", "spokeswoman",
// "Queen"): 'f', 'm', or 0.
char GenderWordBefore(std::string_view body, uint32_t begin) {
  size_t end = begin;
  while (end > 0 && (body[end - 1] == ' ' || body[end - 1] == '.')) --end;
  size_t start = end;
  while (start > 0 && ((body[start - 1] >= 'a' && body[start - 1] <= 'z') ||
                       (body[start - 1] >= 'A' && body[start - 1] <= 'Z')))
    --start;
  if (start == end || end - start > 16) return 0;
  const std::string word = LowerAscii(body.substr(start, end - start));
  static constexpr std::string_view kFemale[] = {
      "mrs",        "ms",          "miss",     "dame",     "lady",          "queen",
      "princess",   "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "actress",
      "mother",     "wife",        "daughter", "sister",   "grandmother",   "duchess",
      "empress",    "sister-in-law", "niece",  "aunt",     "girlfriend",    "widow"};
  static constexpr std::string_view kMale[] = {
      "mr",        "sir",       "lord",      "king",      "prince",        "spokesman",
      "chairman",  "congressman", "businessman", "actor", "father",        "husband",
      "son",       "brother",   "grandfather", "duke",    "emperor",       "nephew",
      "uncle",     "boyfriend", "widower",   "pope"};
  for (std::string_view w : kFemale)
    if (word == w) return 'f';
  for (std::string_view w : kMale)
    if (word == w) return 'm';
  return 0;
}

// Words between a subject and its reporting verb: "she also noted", "it now says", "he
// then added", "they have said".
bool IsSubjectVerbFiller(std::string_view lower) {
  return lower == "also" || lower == "now" || lower == "then" || lower == "later" ||
         lower == "has" || lower == "have" || lower == "had" || lower == "once" ||
         lower == "again" || lower == "further" || lower == "previously" || lower == "often" ||
         lower == "recently" || lower == "repeatedly" || lower == "reportedly" ||
         // Modals: "people would say '…'", "critics will say '…'".
         lower == "will" || lower == "would" || lower == "could" || lower == "can" ||
         lower == "may" || lower == "might" || lower == "should" || lower == "must";
}

// The end of the subject before tokens[verb]: back over at most two words between subject and
// verb that `between` accepts ("has long backed", "she also noted").
template <typename Between>
size_t SubjectEndBefore(std::string_view body, const std::vector<Token>& tokens, size_t verb,
                        const Between& between) {
  size_t end = verb;
  while (end > 0 && verb - end < 2 && tokens[end - 1].kind == TokenKind::kWord &&
         between(tokens[end - 1],
                 LowerAscii(body.substr(tokens[end - 1].begin,
                                        tokens[end - 1].end - tokens[end - 1].begin))))
    --end;
  return end;
}

// "read"/"reads" close an attribution only right after a quote ("…," the statement read).
bool IsReadVerb(std::string_view word) { return word == "read" || word == "reads"; }

bool IsClauseWord(std::string_view word) {
  const std::string lower = LowerAscii(word);
  return lower == "and" || lower == "that" || lower == "but" || lower == "who" ||
         lower == "which" || lower == "while";
}

// Whether `t` reads as the finite verb of a clause after its pronoun subject ("he does",
// "she would", "they wanted", "he believes").
bool OpensPredicate(const Token& t, std::string_view word) {
  if (t.kind != TokenKind::kWord || t.capitalized) return false;
  const std::string lower = LowerAscii(word);
  if (reported::IsFiniteAuxiliary(lower) || lower == "do" || lower == "did") return true;
  return lower.size() > 3 && (lower.ends_with("ed") || lower.ends_with("s"));
}

// Auxiliaries and adverbs between a subject and its verb ("has long backed").
bool IsAuxiliaryWord(const std::string& lower) {
  return lower == "has" || lower == "have" || lower == "had" || lower == "also" || lower == "is" ||
         lower == "was" || lower == "are" || lower == "were" || lower == "long" ||
         lower == "repeatedly" || lower == "once" || lower == "even";
}

std::string StripLeadingArticle(std::string_view text) {
  const std::string lower = LowerAscii(text.substr(0, 4));
  if (lower == "the ") return std::string(text.substr(4));
  return std::string(text);
}

}  // namespace

bool SpeakerFinder::IsCue(const Token& token) const {
  if (token.kind != TokenKind::kWord) return false;
  const std::string_view word = Text(token);
  if (token.capitalized) return word == "According" && IsSpeechVerb(word);
  return IsSpeechVerb(word);
}

std::optional<Span> SpeakerFinder::SentenceSubject(const std::vector<Token>& tokens,
                                                   size_t verb) const {
  if (tokens.empty()) return std::nullopt;
  const uint32_t limit = tokens[std::min(verb, kMaxPhraseTokens)].begin;
  const EntityMention* subject = nullptr;
  for (const EntityMention& e : entities_) {
    if (e.span.begin < tokens[0].begin || e.span.end > limit) continue;
    if (e.type == EntityType::kPerson) return e.span;
    if (!subject && (e.type == EntityType::kOrganization || e.type == EntityType::kGroup))
      subject = &e;
  }
  if (subject) return subject->span;
  // "He also issued a statement, saying, '…'", "He went on to say, '…'": a personal pronoun
  // opening the sentence.
  if (tokens[0].kind == TokenKind::kWord && IsPronoun(Text(tokens[0])) &&
      !InsideQuote(tokens[0].begin))
    return Span{tokens[0].begin, tokens[0].end};
  return std::nullopt;
}

std::vector<Span> SpeakerFinder::SortedByBegin(std::vector<Span> spans) {
  std::stable_sort(spans.begin(), spans.end(),
                   [](const Span& a, const Span& b) { return a.begin < b.begin; });
  return spans;
}

std::vector<uint32_t> SpeakerFinder::RunningMaxEnd(const std::vector<Span>& spans) {
  std::vector<uint32_t> max_end;
  max_end.reserve(spans.size());
  uint32_t running = 0;
  for (const Span& q : spans) {
    running = std::max(running, q.end);
    max_end.push_back(running);
  }
  return max_end;
}

bool SpeakerFinder::InsideQuote(uint32_t pos) const {
  // Some span with begin <= pos < end exists iff the largest end among spans opening at or
  // before pos lies beyond pos.
  const auto after = std::upper_bound(quoted_.begin(), quoted_.end(), pos,
                                      [](uint32_t p, const Span& q) { return p < q.begin; });
  if (after == quoted_.begin()) return false;
  return quoted_max_end_[static_cast<size_t>(after - quoted_.begin()) - 1] > pos;
}

Span SpeakerFinder::CueSpan(const std::vector<Token>& tokens, size_t verb) const {
  Span cue{tokens[verb].begin, tokens[verb].end};
  const std::string lower = LowerAscii(Text(tokens[verb]));
  const size_t next = verb + 1;
  if (lower == "according" && next < tokens.size() && LowerAscii(Text(tokens[next])) == "to") {
    cue.end = tokens[next].end;
  } else if ((lower == "told" || lower == "tells") && next < tokens.size() &&
             tokens[next].kind == TokenKind::kWord && !IsFunctionWord(Text(tokens[next]))) {
    cue.end = tokens[next].end;  // "told reporters", "told AFP"
  }
  return cue;
}

bool SpeakerFinder::IsInitialPeriod(const std::vector<Token>& tokens, size_t k) const {
  if (k < 2 || k + 1 >= tokens.size() || Text(tokens[k]) != ".") return false;
  const std::string_view initial = Text(tokens[k - 1]);
  // One name word after it, then no other ("Malcolm X. Ana Berg" is two names).
  const bool another_name = k + 2 < tokens.size() && tokens[k + 2].kind == TokenKind::kWord &&
                            tokens[k + 2].capitalized;
  return initial.size() == 1 && initial[0] >= 'A' && initial[0] <= 'Z' &&
         tokens[k - 1].end == tokens[k].begin && tokens[k - 2].kind == TokenKind::kWord &&
         tokens[k - 2].capitalized && tokens[k + 1].kind == TokenKind::kWord &&
         tokens[k + 1].capitalized && !another_name;
}

bool SpeakerFinder::IsTitlePeriod(const std::vector<Token>& tokens, size_t k) const {
  if (k < 1 || k + 1 >= tokens.size() || Text(tokens[k]) != ".") return false;
  const Token& title = tokens[k - 1];
  const std::string_view word = Text(title);
  // An honorific, or a two-letter abbreviation of a place name ("St. Louis", "Ft. Worth").
  const bool abbreviation =
      IsHonorific(word) || (word.size() == 2 && word[1] >= 'a' && word[1] <= 'z');
  return title.kind == TokenKind::kWord && title.capitalized && title.end == tokens[k].begin &&
         abbreviation && tokens[k + 1].kind == TokenKind::kWord && tokens[k + 1].capitalized;
}

SpeakerFinder::PhraseResult SpeakerFinder::PhraseBefore(const std::vector<Token>& tokens,
                                                        size_t verb, size_t lower) const {
  PhraseResult result;
  if (verb == 0 || verb <= lower) return result;
  size_t k = verb;
  // A pronoun right before the verb is the whole phrase ("it said").
  if (tokens[k - 1].kind == TokenKind::kWord && IsPronoun(Text(tokens[k - 1]))) {
    return {true, Span{tokens[k - 1].begin, tokens[k - 1].end}, k - 1};
  }
  // "Madrid's claims": the verb form is a noun here.
  if (tokens[k - 1].kind == TokenKind::kPossessive) return result;
  // "those surveyed say", "those polled said": a participle after "those" names the group.
  if (k >= 2 && tokens[k - 1].kind == TokenKind::kWord && !tokens[k - 1].capitalized &&
      Text(tokens[k - 1]).ends_with("ed") && LowerAscii(Text(tokens[k - 2])) == "those")
    return {true, Span{tokens[k - 2].begin, tokens[k - 1].end}, k - 2};
  size_t taken = 0;
  while (k > lower && taken < kMaxPhraseTokens) {
    const Token& t = tokens[k - 1];
    if (t.kind == TokenKind::kPossessive) {
      --k;
      ++taken;
      continue;
    }
    // "Thomas K. Lund": a middle initial's period inside the name.
    if (IsInitialPeriod(tokens, k - 1)) {
      --k;
      continue;
    }
    // "a Harbour/Lake poll", "the ABC/Lake survey": a slash joining two names, unspaced.
    if (Text(t) == "/" && k >= 2 && k < verb && tokens[k - 2].kind == TokenKind::kWord &&
        tokens[k - 2].capitalized && tokens[k].capitalized && tokens[k - 2].end == t.begin &&
        t.end == tokens[k].begin) {
      --k;
      continue;
    }
    if (t.kind != TokenKind::kWord) break;
    const std::string_view word = Text(t);
    if (IsArticle(word)) {
      --k;
      break;
    }
    // A reporting word right after a determiner is a noun: "the report said", "a statement".
    const bool noun_cue = IsCue(t) && k >= 2 && tokens[k - 2].kind == TokenKind::kWord &&
                          IsDeterminerWord(LowerAscii(Text(tokens[k - 2])));
    if ((IsFunctionWord(word) && !t.all_caps) || (IsCue(t) && !noun_cue) || IsClauseWord(word))
      break;
    // A verb or adverb is not part of a name phrase ("previously dismissed").
    if (!t.capitalized && (word.ends_with("ed") || word.ends_with("ly"))) break;
    --k;
    ++taken;
  }
  if (k == verb || (k + 1 == verb && IsArticle(Text(tokens[k])))) return result;
  if (tokens[k].kind == TokenKind::kPossessive) return result;
  const Span phrase{tokens[k].begin, tokens[verb - 1].end};
  if (!NamesSpeaker(phrase, tokens[verb - 1])) return result;
  return {true, phrase, k};
}

SpeakerFinder::PhraseResult SpeakerFinder::PersonBeforePlace(const std::vector<Token>& tokens,
                                                             PhraseResult phrase,
                                                             size_t lower) const {
  // "Sen. Jo Lind of Texas said", "Robert Dole of Kansas said": a person's name, then "of"
  // and the place the person comes from or speaks for. The person speaks, not the place.
  if (!phrase.found || phrase.first_token < lower + 2 ||
      LowerAscii(Text(tokens[phrase.first_token - 1])) != "of" ||
      !EntityOfTypeSpans(EntityType::kPlace, phrase.span))
    return phrase;
  const size_t of = phrase.first_token - 1;
  if (!EntityOfTypeEndsAt(EntityType::kPerson, tokens[of - 1].end)) return phrase;
  const PhraseResult person = PhraseBefore(tokens, of, lower);
  return person.found ? person : phrase;
}

bool SpeakerFinder::EntityOfTypeEndsAt(EntityType type, uint32_t end) const {
  for (const EntityMention& e : entities_) {
    if (e.span.begin >= end) break;
    if (e.type == type && e.span.end == end) return true;
  }
  return false;
}

bool SpeakerFinder::EntityOfTypeSpans(EntityType type, const Span& span) const {
  for (const EntityMention& e : entities_) {
    if (e.span.begin > span.begin) break;
    if (e.type == type && e.span.begin == span.begin && e.span.end == span.end) return true;
  }
  return false;
}

bool SpeakerFinder::NamesSpeaker(const Span& phrase, const Token& head) const {
  if (head.kind != TokenKind::kWord) return false;
  const std::string_view head_text = Text(head);
  // "said Sunday", "on Friday declared": a weekday alone is a time, never a speaker.
  if (phrase.begin == head.begin && WeekdayNumber(head_text) != 0) return false;
  if (head.capitalized || head.all_caps || IsPronoun(head_text) || IsSpeakerNoun(head_text))
    return true;
  // The singular of a plural speaker noun ("organizer" as "organizers").
  if (head_text.size() > 3 && !head_text.ends_with("s") &&
      IsSpeakerNoun(std::string(head_text) + "s"))
    return true;
  // A name anywhere in the phrase: "Madrid's tax office", "the ministry's press office".
  for (const EntityMention& e : entities_) {
    if (e.span.begin >= phrase.end) break;
    if (e.span.begin >= phrase.begin && e.span.end <= phrase.end) return true;
  }
  return false;
}

SpeakerFinder::PhraseResult SpeakerFinder::SubjectBefore(const std::vector<Token>& tokens,
                                                         size_t verb) const {
  PhraseResult phrase = PersonBeforePlace(tokens, PhraseBefore(tokens, verb, 0), 0);
  if (!phrase.found) return phrase;
  // "a representative to the United Nations in Geneva called …": the phrase right before
  // the verb may end a chain of prepositional phrases; the subject is the common noun that
  // opens the chain. A phrase that names a person ("Secretary of State X") is the subject
  // itself unless a common noun opens the chain ("a lawyer for X", "residents of X", where
  // X may be a place taken for a person).
  bool names_person = false;
  for (const EntityMention& e : entities_) {
    if (e.span.begin >= phrase.span.end) break;
    if (e.type == EntityType::kPerson && e.span.begin >= phrase.span.begin) names_person = true;
  }
  const auto is_link = [&](size_t k) { return IsChainPreposition(Text(tokens[k])); };
  PhraseResult chain = phrase, opening = phrase;
  for (size_t hop = 0; hop < kMaxPrepositionHops && chain.first_token >= 2; ++hop) {
    // "officials in Kyiv and Moscow": the chain's last object may be the second of two
    // names joined by "and" or "or" (both after the same preposition).
    const std::string joiner = LowerAscii(Text(tokens[chain.first_token - 1]));
    const size_t name_first =
        chain.first_token + (LowerAscii(Text(tokens[chain.first_token])) == "the" ? 1 : 0);
    if ((joiner == "and" || joiner == "or") && name_first < tokens.size() &&
        tokens[name_first].capitalized) {
      const PhraseResult conjunct = PhraseBefore(tokens, chain.first_token - 1, 0);
      if (!conjunct.found || conjunct.first_token < 2 || !is_link(conjunct.first_token - 1)) break;
      chain = conjunct;
    }
    if (!is_link(chain.first_token - 1)) break;
    // "a source close to X", "people familiar with X", "officials briefed on X": an
    // adjective or participle between the noun and its preposition.
    size_t head_at = chain.first_token - 2;
    if (head_at >= 1 && tokens[head_at].kind == TokenKind::kWord && !tokens[head_at].capitalized &&
        (IsPostModifier(tokens[head_at], Text(tokens[head_at])) ||
         IsPostModifierAdjective(Text(tokens[head_at]))) &&
        tokens[head_at - 1].kind == TokenKind::kWord &&
        (IsSpeakerNoun(Text(tokens[head_at - 1])) ||
         LowerAscii(Text(tokens[head_at - 1])) == "those"))
      --head_at;
    // "Those close to X say": the demonstrative is the whole noun phrase.
    const bool those =
        LowerAscii(Text(tokens[head_at])) == "those" && head_at + 1 < chain.first_token - 1;
    const PhraseResult before =
        those ? PhraseResult{true, {tokens[head_at].begin, tokens[head_at].end}, head_at}
              : PhraseBefore(tokens, head_at + 1, 0);
    if (!before.found) break;
    const Token& head = tokens[head_at];
    // A capital opening the sentence does not make a name ("Residents of Kherson said").
    const bool initial =
        before.first_token == 0 || (tokens[before.first_token - 1].kind == TokenKind::kPunct &&
                                    Text(tokens[before.first_token - 1]) != ",");
    // A title of an office is the subject too: "the Secretary of State", "Mayor of London".
    const bool title = IsPersonTitle(Text(head));
    const bool determined = before.first_token + 1 == chain.first_token - 1 &&
                            IsArticle(Text(tokens[before.first_token]));
    const bool common = !head.capitalized ||
                        (initial && !head.all_caps && !(title && !Text(head).ends_with("s"))) ||
                        (!names_person && title && determined);
    if ((common && IsSpeakerNoun(Text(head))) || those)
      opening = {true, {before.span.begin, phrase.span.end}, before.first_token};
    chain = before;
  }
  // A name after a comma may end an apposition of a name before it ("Jo Ray, economist for
  // X, said", X taken for a person): left to the apposition readings, which take that name.
  if (names_person && opening.first_token != phrase.first_token && opening.first_token > 0 &&
      Text(tokens[opening.first_token - 1]) == ",")
    return phrase;
  return opening;
}

std::optional<Span> SpeakerFinder::PhraseAfter(const std::vector<Token>& tokens, size_t from,
                                               bool after_quote) const {
  size_t k = from;
  bool determined = false;  // the phrase opens with a determiner ("the host", "one of …")
  size_t noun_words = 0;    // words after the determiner
  while (k < tokens.size() && k - from < kMaxPhraseTokens) {
    const Token& t = tokens[k];
    if (t.kind == TokenKind::kPossessive || IsInitialPeriod(tokens, k) ||
        IsTitlePeriod(tokens, k)) {
      ++k;
      continue;
    }
    if (t.kind != TokenKind::kWord) break;
    const std::string_view word = Text(t);
    const std::string lower = LowerAscii(word);
    if (k == from && IsPronoun(word)) {
      // "…,” said he does not …": the pronoun opens the verb's clause, no inverted speaker.
      if (after_quote && k + 1 < tokens.size() &&
          OpensPredicate(tokens[k + 1], Text(tokens[k + 1])))
        return std::nullopt;
      return Span{t.begin, t.end};
    }
    if (k == from && (IsArticle(word) || (after_quote && IsDeterminerWord(lower)))) {
      determined = true;
      ++k;
      // "one of those advisers": the partitive's group is the head.
      if (IsPartitiveHead(lower) && k + 1 < tokens.size() &&
          LowerAscii(Text(tokens[k])) == "of") {
        ++k;
        if (k < tokens.size() && tokens[k].kind == TokenKind::kWord &&
            IsDeterminerWord(LowerAscii(Text(tokens[k]))))
          ++k;
      }
      continue;
    }
    // A title of an office runs on to its name: "said Secretary of State Jo Lind",
    // "said Minister for Foreign Affairs Ana Ruiz", "Chancellor of the Exchequer X".
    if ((lower == "of" || lower == "for") && noun_words > 0 && k + 1 < tokens.size() &&
        IsPersonTitle(Text(tokens[k - 1]))) {
      size_t next = k + 1;
      if (LowerAscii(Text(tokens[next])) == "the" && next + 1 < tokens.size()) ++next;
      if (tokens[next].kind == TokenKind::kWord && tokens[next].capitalized) {
        k = next;
        continue;
      }
    }
    // A reporting word right after a determiner is a noun ("said the statement").
    const bool noun_cue = determined && noun_words == 0 && IsCue(t);
    if ((IsFunctionWord(word) && !t.all_caps) || (IsCue(t) && !noun_cue) || IsClauseWord(word))
      break;
    if (noun_words > 0 && IsPostModifier(t, word)) break;  // "a source involved in …"
    ++noun_words;
    ++k;
  }
  if (k == from || noun_words == 0) return std::nullopt;
  const Span phrase{tokens[from].begin, tokens[k - 1].end};
  size_t head = k - 1;
  while (head > from && tokens[head].kind != TokenKind::kWord) --head;
  if (NamesSpeaker(phrase, tokens[head])) return phrase;
  // Right after a quote, "said the host." names a speaker by its shape: a determiner, a few
  // lower-case nouns, then the end of the clause or a prepositional phrase ("said the
  // authors of the report").
  const std::string next = k < tokens.size() ? LowerAscii(Text(tokens[k])) : std::string();
  const bool closes = k == tokens.size() || tokens[k].kind == TokenKind::kPunct ||
                      (tokens[k].kind == TokenKind::kWord &&
                       (next == "of" || next == "for" || next == "at"));
  if (after_quote && determined && noun_words <= 3 && closes && !tokens[head].capitalized)
    return phrase;
  return std::nullopt;
}

std::optional<SpeakerCue> SpeakerFinder::CueAfter(const std::vector<Token>& tokens,
                                                  size_t first) const {
  size_t k = first;
  while (k < tokens.size() && tokens[k].kind == TokenKind::kPunct &&
         (Text(tokens[k]) == "," || Text(tokens[k]) == "\xE2\x80\x94"))
    ++k;
  if (k >= tokens.size() || tokens[k].kind != TokenKind::kWord) return std::nullopt;
  // Inverted: "said the NATO chief", "according to Yonhap", "read the statement".
  if (IsCue(tokens[k]) || (!tokens[k].capitalized && IsReadVerb(Text(tokens[k])))) {
    const Span cue = CueSpan(tokens, k);
    size_t after = k + 1;
    while (after < tokens.size() && tokens[after].end <= cue.end) ++after;
    if (auto phrase = PhraseAfter(tokens, after, /*after_quote=*/true))
      return SpeakerCue{cue, *phrase};
    return std::nullopt;
  }
  // Subject first: "Lind told reporters", "White House spokesperson Tom Berle said"; a verb
  // of the attribution lexicon when it closes the clause ("…," the board recommended.).
  // ("…," he points out.: a particle may close it with the verb.)
  const auto closing_attribution_verb = [&](size_t verb) {
    const Token& t = tokens[verb];
    if (t.capitalized || !(IsAttributionVerb(Text(t)) || IsReadVerb(Text(t)))) return false;
    size_t next = verb + 1;
    if (next < tokens.size() && tokens[next].kind == TokenKind::kWord) {
      const std::string particle = LowerAscii(Text(tokens[next]));
      if (particle == "out" || particle == "in" || particle == "back") ++next;
    }
    return next == tokens.size() || tokens[next].kind == TokenKind::kPunct;
  };
  // "…," the host said.  A determiner right after the quote, a few lower-case nouns and the
  // verb: a subject whatever its noun (the noun lexicon need not know "host").
  const auto determined_subject = [&](size_t verb) -> std::optional<Span> {
    if (verb < k + 2 || verb - k > 4) return std::nullopt;
    if (!IsDeterminerWord(LowerAscii(Text(tokens[k])))) return std::nullopt;
    for (size_t w = k + 1; w < verb; ++w) {
      const Token& t = tokens[w];
      // "the 61-year-old": a number or hyphen may be part of the noun.
      if (t.kind == TokenKind::kNumber || Text(t) == "-") continue;
      if (t.kind != TokenKind::kWord || t.capitalized || IsFunctionWord(Text(t)))
        return std::nullopt;
    }
    return Span{tokens[k].begin, tokens[verb - 1].end};
  };
  for (size_t verb = k + 1; verb < tokens.size() && verb <= k + kMaxPhraseTokens; ++verb) {
    const Token& t = tokens[verb];
    if (t.kind == TokenKind::kPossessive) continue;
    // "Mr. Novak said": the tokenizer leaves an honorific's stop apart.
    if (Text(t) == "." && verb > k && IsHonorific(Text(tokens[verb - 1]))) continue;
    // "…," Jan Novak, a columnist for a Rome daily, wrote.
    if (Text(t) == "," && verb > k) return CueAfterApposition(tokens, k, verb);
    if (t.kind == TokenKind::kNumber || Text(t) == "-") continue;  // "the 61-year-old"
    if (t.kind != TokenKind::kWord) return std::nullopt;
    // "the report said": a reporting word after a determiner is the subject's noun.
    if (IsCue(t) && IsDeterminerWord(LowerAscii(Text(tokens[verb - 1])))) continue;
    if ((IsCue(t) && LowerAscii(Text(t)) != "according") || closing_attribution_verb(verb)) {
      if (auto phrase = PersonBeforePlace(tokens, PhraseBefore(tokens, verb, k), k); phrase.found)
        return SpeakerCue{CueSpan(tokens, verb), phrase.span};
      if (auto phrase = determined_subject(verb)) return SpeakerCue{CueSpan(tokens, verb), *phrase};
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::optional<SpeakerCue> SpeakerFinder::CueAfterApposition(const std::vector<Token>& tokens,
                                                            size_t first, size_t comma) const {
  const PhraseResult name = PhraseBefore(tokens, comma, first);
  // The name opens the attribution, after an honorific's period at most ("Gov. Tomas …").
  const bool after_honorific = name.first_token == first + 2 && Text(tokens[first + 1]) == "." &&
                               IsHonorific(Text(tokens[first]));
  if (!name.found || (name.first_token != first && !after_honorific)) return std::nullopt;
  for (size_t k = comma + 1; k < tokens.size() && k - comma <= kMaxAppositionTokens; ++k) {
    const std::string_view text = Text(tokens[k]);
    // "Gov. Tomas Berg, R-Ore., said": an abbreviation's period inside the apposition.
    const bool abbreviation = text == "." && k > 0 && tokens[k - 1].kind == TokenKind::kWord &&
                              tokens[k - 1].capitalized && Text(tokens[k - 1]).size() <= 5 &&
                              tokens[k - 1].end == tokens[k].begin;
    if (IsQuoteMark(text) || (text == "." && !abbreviation) || text == ";") return std::nullopt;
    if (text != "," || k + 1 >= tokens.size()) continue;
    const Token& verb = tokens[k + 1];
    if (verb.kind == TokenKind::kWord && !verb.capitalized &&
        (IsCue(verb) || IsAttributionVerb(Text(verb))) && LowerAscii(Text(verb)) != "according")
      return SpeakerCue{CueSpan(tokens, k + 1), name.span};
  }
  return std::nullopt;
}

std::optional<Span> SpeakerFinder::DeterminedSubjectBefore(const std::vector<Token>& tokens,
                                                           size_t verb) const {
  constexpr size_t kMaxNouns = 3;
  size_t first = verb;
  while (first > 0 && verb - first < kMaxNouns) {
    const Token& t = tokens[first - 1];
    if (t.kind != TokenKind::kWord || t.capitalized || IsFunctionWord(Text(t)) || IsCue(t)) break;
    --first;
  }
  if (first == verb || first == 0) return std::nullopt;
  const Token& determiner = tokens[first - 1];
  if (determiner.kind != TokenKind::kWord || !IsDeterminerWord(LowerAscii(Text(determiner))))
    return std::nullopt;
  // The phrase opens its clause: the sentence start, a comma or a conjunction before it.
  if (first - 1 > 0) {
    const std::string before = LowerAscii(Text(tokens[first - 2]));
    if (before != "," && before != "and" && before != "but" && before != ";") return std::nullopt;
  }
  return Span{determiner.begin, tokens[verb - 1].end};
}

std::optional<size_t> SpeakerFinder::IssueVerbBefore(const std::vector<Token>& tokens,
                                                     size_t verb) const {
  size_t noun_end = verb;
  while (noun_end > 1 && tokens[noun_end - 1].kind == TokenKind::kWord &&
         reported::IsTimeFiller(Text(tokens[noun_end - 1])))
    --noun_end;
  const PhraseResult document = SubjectBefore(tokens, noun_end);
  if (!document.found) return std::nullopt;
  // The object may carry a prepositional phrase ("an email to supporters").
  constexpr size_t kMaxObjectTokens = 6;
  const size_t object = document.first_token;
  for (size_t issue = object; issue-- > 1 && object - issue <= kMaxObjectTokens;) {
    const Token& t = tokens[issue];
    if (t.kind != TokenKind::kWord) return std::nullopt;
    if (!t.capitalized && reported::IsIssueVerb(LowerAscii(Text(t)))) return issue;
  }
  return std::nullopt;
}

std::optional<Span> SpeakerFinder::AuthorBefore(const std::vector<Token>& tokens,
                                                size_t verb) const {
  const std::optional<size_t> issue = IssueVerbBefore(tokens, verb);
  if (!issue) return std::nullopt;
  const size_t subject_end = SubjectEndBefore(
      body_, tokens, *issue,
      [](const Token&, const std::string& lower) { return IsSubjectVerbFiller(lower); });
  const PhraseResult author = SubjectBefore(tokens, subject_end);
  if (!author.found) return std::nullopt;
  return author.span;
}

std::optional<SpeakerCue> SpeakerFinder::CueBefore(const std::vector<Token>& tokens, size_t end,
                                                   bool adjacent_only) const {
  for (size_t verb = end; verb-- > 0;) {
    const Token& t = tokens[verb];
    if (InsideQuote(t.begin)) return std::nullopt;  // another quotation in between
    if (adjacent_only && end - verb > 2) return std::nullopt;
    const bool attribution_verb =
        !IsCue(t) && t.kind == TokenKind::kWord && !t.capitalized &&
        (IsAttributionVerb(Text(t)) || ProposesCue(body_, tokens, verb));
    if (!IsCue(t) && !attribution_verb) continue;
    const Span cue = CueSpan(tokens, verb);
    if (attribution_verb) {
      // "X called the plan 'a disaster'", "X has long backed …": the verb's subject.
      const size_t subject_end =
          SubjectEndBefore(body_, tokens, verb, [](const Token& word, const std::string& lower) {
            return !word.capitalized && IsAuxiliaryWord(lower);
          });
      if (auto phrase = SubjectBefore(tokens, subject_end); phrase.found)
        return SpeakerCue{cue, phrase.span};
      return std::nullopt;
    }
    if (LowerAscii(Text(t)) == "according") {
      size_t after = verb + 1;
      while (after < tokens.size() && tokens[after].end <= cue.end) ++after;
      if (auto phrase = PhraseAfter(tokens, after, /*after_quote=*/false))
        return SpeakerCue{cue, *phrase};
      return std::nullopt;
    }
    // "X issued a statement on Tuesday saying: '…'": the document's author speaks.
    if (auto author = AuthorBefore(tokens, verb)) return SpeakerCue{cue, *author};
    if (auto phrase = SubjectBefore(tokens, verb); phrase.found)
      return SpeakerCue{cue, phrase.span};
    // "she also noted", "it now says": an adverb or auxiliary between subject and verb.
    if (const size_t subject_end = SubjectEndBefore(
            body_, tokens, verb,
            [](const Token&, const std::string& lower) { return IsSubjectVerbFiller(lower); });
        subject_end != verb) {
      if (auto phrase = SubjectBefore(tokens, subject_end); phrase.found)
        return SpeakerCue{cue, phrase.span};
    }
    // "X has described … and warned that …": the sentence's subject speaks; so it does when
    // the verb introduces the quote ("X, who managed Y, said: '…'", "X took to Twitter,
    // writing: '…'").
    const bool introduces = end - verb <= kMaxIntroducingGap;
    if (verb > 0 && (introduces || LowerAscii(Text(tokens[verb - 1])) == "and")) {
      if (auto subject = SentenceSubject(tokens, verb)) return SpeakerCue{cue, *subject};
    }
    // "The author wrote, '…'", "Another reader said: '…'": a determiner and a few lower-case
    // nouns opening the clause, whatever the noun (the noun lexicon need not know "author").
    if (introduces) {
      if (auto subject = DeterminedSubjectBefore(tokens, verb)) return SpeakerCue{cue, *subject};
    }
    // "said X:" before a quote is rare; stop at the first verb.
    return std::nullopt;
  }
  return std::nullopt;
}

char SpeakerFinder::GenderOf(const EntityMention& person) const {
  if (!genders_built_) {
    // One pass: each person mention's evidence, joined per canonical name; evidence both
    // ways leaves the name unknown.
    constexpr char kConflict = '?';
    for (const EntityMention& e : entities_) {
      if (e.type != EntityType::kPerson) continue;
      char evidence = 0;
      const std::string_view canonical = e.canonical;
      evidence = GivenNameGender(canonical.substr(0, canonical.find(' ')));
      if (evidence == 0) evidence = GenderWordBefore(body_, e.span.begin);
      if (evidence == 0) continue;
      auto [it, inserted] = genders_.emplace(e.canonical, evidence);
      if (!inserted && it->second != evidence) it->second = kConflict;
    }
    for (auto& [name, gender] : genders_) {
      if (gender == kConflict) gender = 0;
    }
    genders_built_ = true;
  }
  const auto it = genders_.find(person.canonical);
  return it == genders_.end() ? 0 : it->second;
}

std::string SpeakerFinder::ResolvePronoun(std::string_view pronoun, uint32_t before,
                                          const QuoteMention* previous, int depth) const {
  constexpr int kMaxChain = 4;
  const std::string lower = LowerAscii(pronoun);
  if (depth > kMaxChain) return {};
  const bool person = lower == "he" || lower == "she" || lower == "i";
  const char gender = lower == "he" ? 'm' : lower == "she" ? 'f' : 0;
  // The previous quote's speaker, when of the right kind, is the likeliest antecedent.
  if (previous && !previous->speaker_name.empty()) {
    const EntityMention* e = FirstNamed(previous->speaker_name);
    if (e != nullptr && (e->type == EntityType::kPerson) == person &&
        (gender == 0 || !person || GenderOf(*e) == 0 || GenderOf(*e) == gender))
      return previous->speaker_name;
  }
  const EntityMention* antecedent = LatestBefore(before, person, gender);
  if (antecedent == nullptr) return {};
  if (gender != 0) {
    // Subject preference: when the nearest fitting person is not its sentence's subject and
    // that sentence opens with the same pronoun ("He went looking for his brother, Petr
    // Novak, in the south. He said ..."), the pronoun continues the subject's chain: it stands
    // for what the opening pronoun stands for.
    if (const std::optional<uint32_t> subject = OpeningPronounBefore(antecedent->span.begin, lower);
        subject && *subject < antecedent->span.begin) {
      std::string chained = ResolvePronoun(lower, *subject, nullptr, depth + 1);
      if (!chained.empty()) return chained;
    }
    // The same when the sentence opens with another fitting person's name ("Ana Lind met
    // Tom Berg. She said ..."): the subject outranks a later mention.
    if (const EntityMention* opening = OpeningPersonBefore(antecedent->span.begin);
        opening != nullptr && opening != antecedent && opening->canonical != antecedent->canonical) {
      const char known = GenderOf(*opening);
      if (known == gender) return opening->canonical;
    }
  }
  return antecedent->canonical;
}

bool SpeakerFinder::EntityStartsAt(uint32_t begin) const {
  const auto it = FirstAtOrAfter(entities_, begin);
  return it != entities_.end() && it->span.begin == begin;
}

uint32_t SpeakerFinder::SentenceStartBefore(uint32_t pos) const {
  return sentences_.empty() ? 0 : sentences_[SentenceIndexAt(sentences_, pos)].begin;
}

const EntityMention* SpeakerFinder::OpeningPersonBefore(uint32_t pos) const {
  const uint32_t start = SentenceStartBefore(pos);
  bool first = true;
  for (auto it = FirstAtOrAfter(entities_, start); it != entities_.end() && it->span.begin < pos;
       ++it) {
    if (it->type != EntityType::kPerson || InsideQuote(it->span.begin)) continue;
    // A name opening the sentence (or after one opening word) is its subject.
    const std::string_view lead = body_.substr(start, it->span.begin - start);
    if (first && std::count(lead.begin(), lead.end(), ' ') <= 1) return &*it;
    first = false;
    // So is a name right before the sentence's verb of saying, past an apposition's comma
    // ("Several hours later, the top commander, Gen. Ana Lind, said …").
    size_t after = it->span.end;
    while (after < body_.size() && (body_[after] == ',' || body_[after] == ' ')) ++after;
    size_t word_end = after;
    while (word_end < body_.size() && body_[word_end] >= 'a' && body_[word_end] <= 'z') ++word_end;
    if (word_end > after && IsSpeechVerb(body_.substr(after, word_end - after))) return &*it;
  }
  return nullptr;
}

std::optional<uint32_t> SpeakerFinder::OpeningPronounBefore(uint32_t pos,
                                                            std::string_view lower) const {
  size_t start = SentenceStartBefore(pos);
  // Its first word, past one opening adverb or conjunction ("Then he", "When he").
  for (int word = 0; word < 2 && start < pos; ++word) {
    size_t end = start;
    while (end < pos && body_[end] != ' ' && body_[end] != ',') ++end;
    if (LowerAscii(body_.substr(start, end - start)) == lower) return static_cast<uint32_t>(start);
    start = end;
    while (start < pos && (body_[start] == ' ' || body_[start] == ',')) ++start;
  }
  return std::nullopt;
}

const EntityMention* SpeakerFinder::LatestBefore(uint32_t before, bool person,
                                                 char gender) const {
  const auto first = std::make_reverse_iterator(FirstAtOrAfter(entities_, before));
  const auto last = entities_.rend() - first > static_cast<std::ptrdiff_t>(kMaxAntecedentLookback)
                        ? first + static_cast<std::ptrdiff_t>(kMaxAntecedentLookback)
                        : entities_.rend();
  for (auto it = first; it != last; ++it) {
    if (InsideQuote(it->span.begin)) continue;
    if (person && it->type == EntityType::kPerson) {
      if (gender != 0) {
        const char known = GenderOf(*it);
        if (known != 0 && known != gender) continue;
      }
      return &*it;
    }
    if (!person && (it->type == EntityType::kOrganization || it->type == EntityType::kGroup))
      return &*it;
  }
  return nullptr;
}

const EntityMention* SpeakerFinder::SalientOrganizationBefore(uint32_t before,
                                                              std::string_view kind) const {
  // Salience: the organization named most often before `before` outside quotations (a
  // business story's company, not the agency it "told"); ties go to the latest. Public
  // bodies and events ("Commission", "League", "Council") are no company, firm or club.
  static constexpr std::string_view kInstitutions[] = {
      "commission", "association", "council",        "committee", "league",     "agency",
      "department", "ministry",    "court",          "union",     "federation", "party",
      "parliament", "assembly",    "office",         "service",   "authority",  "institute",
      "university", "cup",         "administration", "congress",  "senate",     "journal",
      "one",        "show",        "news",           "school"};
  const auto institution = [](std::string_view lower_name) {
    const size_t space = lower_name.rfind(' ');
    const std::string_view last =
        space == std::string_view::npos ? lower_name : lower_name.substr(space + 1);
    return std::find(std::begin(kInstitutions), std::end(kInstitutions), last) !=
           std::end(kInstitutions);
  };
  // Nor are countries acting, nor the press a company "told" ("told Reuters", "the BBC").
  static const auto* press = [] {
    auto* names = new std::unordered_set<std::string>{"BBC", "CNN", "Bloomberg",        "Reuters",
                                                      "AP",  "AFP", "Press Association"};
    for (std::string_view entry : LexiconEntries("wire_agencies"))
      names->emplace(entry.substr(0, entry.find('\t')));
    return names;
  }();
  std::unordered_map<std::string_view, size_t> count;
  const EntityMention* best = nullptr;
  size_t best_count = 0;
  for (auto it = entities_.begin(); it != entities_.end() && it->span.begin < before; ++it) {
    if (it->type != EntityType::kOrganization || InsideQuote(it->span.begin)) continue;
    const std::string name = LowerAscii(it->canonical);
    if (institution(name) || press->count(it->canonical) > 0 ||
        FindGazetteer(it->canonical) != nullptr)
      continue;
    // A mention opening its sentence (the subject, as a rule) weighs three; a name that
    // says the kind ("the bank": "Riggs Bank", "the airline": "US Airways") ten.
    const bool opening = it->span.begin - SentenceStartBefore(it->span.begin + 1) <= 4;
    const bool says_kind =
        (kind == "bank" && name.find("bank") != std::string::npos) ||
        ((kind == "airline" || kind == "carrier") &&
         (name.find("airline") != std::string::npos || name.find("airways") != std::string::npos ||
          name.starts_with("air ")));
    const size_t n = count[it->canonical] += says_kind ? 10 : opening ? 3 : 1;
    if (n >= best_count) {
      best = &*it;
      best_count = n;
    }
  }
  return best;
}

const EntityMention* SpeakerFinder::PersonWithRole(std::string_view role, uint32_t before) const {
  const std::string role_lower = LowerAscii(role);
  const auto first = std::make_reverse_iterator(FirstAtOrAfter(entities_, before));
  const auto last = entities_.rend() - first > static_cast<std::ptrdiff_t>(kMaxAntecedentLookback)
                        ? first + static_cast<std::ptrdiff_t>(kMaxAntecedentLookback)
                        : entities_.rend();
  for (auto it = first; it != last; ++it) {
    if (it->type != EntityType::kPerson || InsideQuote(it->span.begin)) continue;
    const uint32_t from = it->span.begin > kRoleWindowBytes ? it->span.begin - kRoleWindowBytes : 0;
    const std::string window = LowerAscii(body_.substr(from, it->span.begin - from));
    const size_t found = window.rfind(role_lower);
    if (found != std::string::npos && (found == 0 || window[found - 1] == ' ')) return &*it;
  }
  return nullptr;
}

const EntityMention* SpeakerFinder::FirstNamed(const std::string& name) const {
  if (!first_named_built_) {
    // Built on first use: one pass, the first mention per canonical name and per written form.
    for (const EntityMention& e : entities_) {
      first_named_.emplace(e.canonical, &e);
      first_named_.emplace(e.text, &e);
    }
    first_named_built_ = true;
  }
  const auto it = first_named_.find(name);
  return it == first_named_.end() ? nullptr : it->second;
}

// Whether the speaker phrase `phrase` is a common noun linked to the person `named` inside
// it ("a spokesman for X", "the lawyer for X", "residents of X", X perhaps a place taken for
// a person): the phrase speaks, not X. A title before the name ("Secretary of State X")
// leaves X the speaker.
bool SpeakerFinder::SpeaksForNamed(const Span& phrase, const EntityMention& named) const {
  if (named.span.begin <= phrase.begin) return false;
  std::string_view before = body_.substr(phrase.begin, named.span.begin - phrase.begin);
  const auto last_word = [](std::string_view& text) {
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    const size_t space = text.find_last_of(' ');
    const std::string_view word = space == std::string_view::npos ? text : text.substr(space + 1);
    text.remove_suffix(word.size());
    return word;
  };
  const std::string link = LowerAscii(last_word(before));
  if (!IsChainPreposition(link)) return false;
  std::string_view head = last_word(before);
  // "sources close to X", "people familiar with X".
  if (!head.empty() && (IsPostModifierAdjective(head) || IsParticipleWord(head)))
    head = last_word(before);
  if (head.empty() || !IsSpeakerNoun(head)) return false;
  // "an email from X", "a statement from X": X wrote it and speaks through it; "aides from
  // X's office" still speak themselves.
  if (link == "from" && !IsPersonTitle(head) &&
      !(head.size() > 3 && head.back() == 's' && IsPersonTitle(head.substr(0, head.size() - 1))))
    return false;
  const bool opens = before.find_first_not_of(' ') == std::string_view::npos;
  const bool capitalized = head[0] >= 'A' && head[0] <= 'Z';
  return !capitalized || (opens && !IsPersonTitle(head));
}

namespace {

// Whether `phrase` is "the" and at most two modifiers before a noun naming a kind of
// organization ("the company", "the US firm", "the Japanese carmaker").
bool IsOrganizationDescription(std::string_view phrase) {
  static constexpr std::string_view kKinds[] = {
      "company",     "firm",     "bank",    "airline", "carrier",   "club",         "network",
      "broadcaster", "retailer", "insurer", "maker",   "carmaker",  "manufacturer", "operator",
      "giant",       "business", "chain",   "studio",  "publisher", "label",        "conglomerate",
      "supermarket", "lender",   "brewer",  "miner"};
  std::vector<std::string_view> words;
  for (size_t at = 0; at < phrase.size();) {
    const size_t space = std::min(phrase.find(' ', at), phrase.size());
    if (space > at) words.push_back(phrase.substr(at, space - at));
    at = space + 1;
  }
  if (words.size() < 2 || words.size() > 4 || LowerAscii(words.front()) != "the") return false;
  // A capitalized word after "the" names the body itself ("the Argonaut group").
  for (size_t w = 1; w < words.size(); ++w) {
    if (words[w][0] >= 'A' && words[w][0] <= 'Z' && FindGazetteer(words[w]) == nullptr)
      return false;
  }
  const std::string last = LowerAscii(words.back());
  return std::find(std::begin(kKinds), std::end(kKinds), last) != std::end(kKinds);
}

}  // namespace

Span SpeakerFinder::SubjectPronounEnding(Span phrase) const {
  // "Then a radiologist dismissed …", "So the council said …": a sentence adverb opening the
  // phrase is not part of the speaker.
  {
    static constexpr std::array<std::string_view, 14> kAdverbs = {
        "then",  "so",  "now",     "meanwhile", "still",   "also",   "instead",
        "later", "yet", "however", "thus",      "finally", "indeed", "eventually"};
    const std::string_view text = body_.substr(phrase.begin, phrase.size());
    const size_t space = text.find(' ');
    if (space != std::string_view::npos && space + 1 < text.size()) {
      std::string first = LowerAscii(text.substr(0, space));
      if (!first.empty() && first.back() == ',') first.pop_back();
      if (std::find(kAdverbs.begin(), kAdverbs.end(), first) != kAdverbs.end())
        phrase.begin += static_cast<uint32_t>(space + 1);
    }
  }
  const std::string_view text = body_.substr(phrase.begin, phrase.size());
  // The last word, and a pronoun's contraction ("I’m", "we've", "you'd") cut to the pronoun.
  const size_t space = text.find_last_of(' ');
  const size_t last = space == std::string_view::npos ? 0 : space + 1;
  std::string_view word = text.substr(last);
  for (std::string_view apostrophe : {std::string_view("'"), std::string_view("\u2019")}) {
    const size_t at = word.find(apostrophe);
    if (at != std::string_view::npos && at > 0) word = word.substr(0, at);
  }
  const std::string lower = LowerAscii(word);
  const bool subject_pronoun = lower == "he" || lower == "she" || lower == "they" ||
                               lower == "we" || lower == "i" || lower == "you";
  if (!subject_pronoun || (last == 0 && word.size() == text.size())) return phrase;
  // "provided they maintain", "does he plan", "in how he sees", "I’m still amazed at": the
  // pronoun right before the verb is its subject, not the words before it.
  return Span{phrase.begin + static_cast<uint32_t>(last),
              phrase.begin + static_cast<uint32_t>(last + word.size())};
}

void SpeakerFinder::Attribute(const SpeakerCue& cue, uint32_t before, QuoteMention& quote,
                              const QuoteMention* previous) const {
  quote.cue = cue.cue;
  quote.cue_text = std::string(body_.substr(cue.cue.begin, cue.cue.size()));
  const Span phrase = SubjectPronounEnding(cue.speaker);
  const std::string_view phrase_text = body_.substr(phrase.begin, phrase.size());

  // A name inside the phrase: a person first, then any other entity.
  const EntityMention* named = nullptr;
  for (auto it = FirstAtOrAfter(entities_, phrase.begin);
       it != entities_.end() && it->span.begin < phrase.end; ++it) {
    const EntityMention& e = *it;
    if (e.span.end > phrase.end) continue;
    if (e.type == EntityType::kPerson)
      named = &e;
    else if (!named || named->type != EntityType::kPerson)
      named = named ? named : &e;
  }
  // The phrase's last word, for roles ("the NATO chief") and pronouns.
  size_t head_begin = phrase_text.find_last_of(' ');
  head_begin = head_begin == std::string_view::npos ? 0 : head_begin + 1;
  const std::string_view head = phrase_text.substr(head_begin);

  if (named && named->type == EntityType::kPerson && !SpeaksForNamed(phrase, *named)) {
    quote.speaker = named->span;
    quote.speaker_text = named->text;
    quote.speaker_name = named->canonical;
    return;
  }
  // "Oslo police", "Bergen officials": a place before a speaker noun only says which
  // ones; the phrase is the speaker.
  if (named && named->type == EntityType::kPlace && named->span.end < phrase.end &&
      IsSpeakerNoun(head) && !IsPronoun(phrase_text)) {
    quote.speaker = phrase;
    quote.speaker_text = std::string(phrase_text);
    quote.speaker_name = std::string(phrase_text);
    return;
  }
  quote.speaker = phrase;
  quote.speaker_text = std::string(phrase_text);
  if (IsPronoun(phrase_text)) {
    const std::string lower = LowerAscii(phrase_text);
    // "We" outside quotation marks is the publication ("because we believe in …"), and "I"
    // its writer (a column, a blog, a review: "I think …", "I wonder about …"), not an
    // organization or a person named earlier: no antecedent. (A letter reproduced without
    // marks loses its writer's name this way; taking the latest person named gave columns
    // and blogs the speakers they write about.)
    if ((lower == "we" || lower == "i") && !InsideQuote(phrase.begin)) return;
    quote.speaker_name = ResolvePronoun(lower, before, previous);
    return;
  }
  // "The 25-year-old said", "the 30-year-old striker said": the age phrase (the finder
  // stops at its number) stands for the nearest person named before it.
  if (phrase_text.starts_with("year-old") && (phrase_text.size() == 8 || phrase_text[8] == ' ') &&
      phrase.begin > 0 && body_[phrase.begin - 1] == '-') {
    uint32_t begin = phrase.begin - 1;
    while (begin > 0 && body_[begin - 1] >= '0' && body_[begin - 1] <= '9') --begin;
    if (begin >= 4 && LowerAscii(body_.substr(begin - 4, 4)) == "the ") begin -= 4;
    quote.speaker = Span{begin, phrase.end};
    quote.speaker_text = std::string(body_.substr(begin, phrase.end - begin));
    const EntityMention* person = LatestBefore(before, /*person=*/true, 0);
    quote.speaker_name = person != nullptr ? person->canonical : quote.speaker_text;
    return;
  }
  // An owner standing for its antecedent: "his claim that …", "its plan to …".
  {
    const std::string lower = LowerAscii(phrase_text);
    const std::string_view as_pronoun = lower == "his"     ? "he"
                                        : lower == "her"   ? "she"
                                        : lower == "its"   ? "it"
                                        : lower == "their" ? "they"
                                                           : "";
    if (!as_pronoun.empty()) {
      quote.speaker_name = ResolvePronoun(as_pronoun, before, previous);
      return;
    }
  }
  if (IsPersonTitle(head) && !IsOrgKeyword(head)) {
    if (const EntityMention* person = PersonWithRole(head, before)) {
      quote.speaker_name = person->canonical;
      return;
    }
  }
  // "the company said", "the Japanese carmaker said": a definite description of a kind of
  // organization stands for the most salient organization named before it.
  if (IsOrganizationDescription(phrase_text)) {
    const size_t space = phrase_text.rfind(' ');
    const std::string kind = LowerAscii(phrase_text.substr(space + 1));
    if (const EntityMention* antecedent = SalientOrganizationBefore(before, kind)) {
      quote.speaker_name = antecedent->canonical;
      return;
    }
  }
  if (named && StripLeadingArticle(phrase_text) == named->text) {
    quote.speaker_name = named->canonical;
    return;
  }
  quote.speaker_name = StripLeadingArticle(phrase_text);
}

}  // namespace crosscheck
