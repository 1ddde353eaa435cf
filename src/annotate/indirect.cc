// Reported speech, one sentence at a time.
//
// A sentence is read against a few shapes, in this order; the first that fits wins:
//   0. "X [aux] been informed|told|briefed… by NP that CLAUSE." (the passive's agent speaks)
//   1. "According to NP, CLAUSE."                      (the cue opens the sentence)
//   2. "CLAUSE, NP [aux] VERB [trailer]."              (the attribution closes the sentence:
//      "CLAUSE, said NP[, APPOSITION]."                 it is the outer one, and an earlier
//      "CLAUSE, according to NP."                       "X said" belongs to the clause)
//   3. "CLAUSE, NP VERB, CLAUSE."                      (the attribution splits the content)
//   4. "NP [aux] VERB [object|PP] [that] CLAUSE."      (the subject opens the sentence or
//                                                       follows a comma or a conjunction)
//   5. "MAIN CLAUSE, saying|adding|arguing [that] CLAUSE." (the main clause's subject speaks)
// and, when none of these fit, 6. the unsourced "NP is expected to …" / "Asked whether …".
// Beside them: 7. statement nouns with an owner ("her claim that …"), 8. passives with their
// agent ("X was endorsed by NP"), and the question beside its answer ("Asked about X, Y
// said …"). A statement's content ends where the speaker's next statement begins ("…, but
// has since said", "…, adding that", "and has called for" after an object).
// VERB is any entry of the speech_verbs lexicon, or of attribution_verbs with what its frames
// allow after it (a clause, a to-infinitive, an object, a particle and its noun phrase);
// [aux] are auxiliaries and adverbs ("has also said"); the trailer is a few words without
// punctuation ("in a statement on Tuesday").
// The content keeps its "that" (as PolNeAR and PARC mark it) and drops the final stop.
//
// Cost: every shape walks the sentence's tokens a bounded number of times (the verb loop
// times a bounded phrase/trailer window), so a document costs O(tokens).
#include "annotate/indirect.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>

#include "annotate/attribution_verbs.h"
#include "annotate/cue_model.h"
#include "annotate/indirect_subjects.h"
#include "annotate/indirect_words.h"
#include "annotate/quantity_lexicon.h"
#include "base/date.h"

namespace crosscheck {
namespace {

using namespace reported;  // this file's own word classes (indirect_words.h)

// Nouns of time that end an adjunct, not a subject ("last year", "through the century").
constexpr std::array<std::string_view, 10> kTimeNouns = {
    "year", "years", "day", "days", "decade", "decades", "century", "time", "weekend", "hour"};

// Quantifiers and possessives that open an object noun phrase ("blamed several factors").
bool IsQuantifier(std::string_view lower) {
  static constexpr std::array<std::string_view, 17> kQuantifiers = {
      "several", "many",  "more", "most", "all",  "both", "each", "every", "any",
      "another", "other", "such", "few",  "much", "my",   "your", "no"};
  return InList(lower, kQuantifiers);
}

constexpr size_t kMinClauseWords = 3;
// An object noun phrase or infinitive may be short ("denied the transfers").
constexpr size_t kMinObjectWords = 1;
// Tokens of a dateline opening a sentence ("DES MOINES, Iowa (AP) —").
constexpr size_t kMaxDatelineTokens = 12;
// Tokens of an "as" attribution's source ("as the Harbour Gazette reported") and of the whole
// attribution with its trailer ("as the Gazette reported on Saturday in its print edition").
constexpr size_t kMaxAsSourceTokens = 6;
constexpr size_t kMaxAsAttributionTokens = 12;
// Tokens of an adjunct before a sentence's "according to" ("In addition, according to").
constexpr size_t kMaxAccordingOpeningTokens = 8;
// Tokens of an adjunct between "asked" and its question ("asked during a debate why").
constexpr size_t kMaxAskedAdjunctTokens = 8;
// Words after a closing "X said" before the sentence ends ("in a statement on Tuesday").
constexpr size_t kMaxTrailingTokens = 8;
// Tokens of a time or place after an inverted attribution's name ("…, said NP during a
// press conference in the capital on Wednesday").
constexpr size_t kMaxAdjunctTokens = 12;
// Words between "told" and "that" ("told the Associated Press on Tuesday that").
constexpr size_t kMaxObjectTokens = 8;
// Auxiliaries and adverbs between the subject and the verb ("has also repeatedly said").
constexpr size_t kMaxAuxTokens = 3;
// Tokens of an apposition between a subject and its verb ("X, a former official at Y, said").
constexpr size_t kMaxAppositionTokens = 24;
// Words of a passive's agent after "by" ("by some of his rivals in the Senate").
constexpr size_t kMaxAgentTokens = 10;
// Words of a bare common-noun subject before its finite verb ("hopes voter anger will …").
constexpr size_t kMaxBareSubjectTokens = 3;
// Words of a quotation short enough to sit inside an apposition ("who called it a “sham”").
constexpr size_t kMaxShortQuoteTokens = 6;
// Tokens of a subject found by its clause boundaries alone ("Nearly half of the voters").
constexpr size_t kMaxLooseSubjectTokens = 16;

// Nouns that name a statement, belief or stance, with what may follow them: "that" and a
// clause, "to" and an infinitive, or a preposition and the noun phrase the stance is about.
struct NounCue {
  std::string_view noun;
  bool that = false;
  bool infinitive = false;
  std::array<std::string_view, 3> prepositions{};
};
constexpr std::array<NounCue, 107> kNounCues = {{
    {"claim", true, false, {"about", "of"}},
    {"claims", true, false, {"about", "of"}},
    {"allegation", true, false, {"of", "about"}},
    {"allegations", true, false, {"of", "about"}},
    {"accusation", true, false, {"of", "against"}},
    {"accusations", true, false, {"of", "against"}},
    {"assertion", true, false, {}},
    {"insistence", true, false, {"on"}},
    {"argument", true, false, {"for", "against"}},
    {"arguments", true, false, {"for", "against"}},
    {"belief", true, false, {"in"}},
    {"view", true, false, {"of", "on"}},
    {"views", false, false, {"on", "about"}},
    {"promise", true, true, {"of"}},
    {"promises", true, true, {"of"}},
    {"pledge", true, true, {}},
    {"vow", true, true, {}},
    {"plan", false, true, {"for"}},
    {"plans", false, true, {"for"}},
    {"proposal", true, true, {"for"}},
    {"proposals", false, true, {"for"}},
    {"call", true, true, {"for"}},
    {"calls", true, true, {"for"}},
    {"support", false, false, {"for", "of"}},
    {"criticism", false, false, {"of"}},
    {"critique", false, false, {"of"}},
    {"attack", false, false, {"on", "against"}},
    {"attacks", false, false, {"on", "against"}},
    {"opposition", false, false, {"to"}},
    {"endorsement", false, false, {"of"}},
    {"decision", true, true, {}},
    {"questions", false, false, {"about"}},
    {"concerns", true, false, {"about", "over"}},
    {"concern", true, false, {"about", "over"}},
    {"warning", true, false, {"about", "of"}},
    {"warnings", true, false, {"about", "of"}},
    {"suggestion", true, false, {}},
    {"demand", true, true, {"for"}},
    {"demands", true, true, {"for"}},
    {"refusal", false, true, {}},
    {"denial", true, false, {"of"}},
    {"praise", false, false, {"for", "of"}},
    {"condemnation", false, false, {"of"}},
    {"complaint", true, false, {"about"}},
    {"complaints", true, false, {"about"}},
    {"fear", true, false, {"of"}},
    {"fears", true, false, {"of", "about"}},
    {"hope", true, false, {"for"}},
    {"hopes", true, false, {"for"}},
    {"desire", true, true, {"for"}},
    {"commitment", true, true, {}},
    {"announcement", true, false, {"of"}},
    {"remarks", false, false, {"about", "on"}},
    {"comments", false, false, {"about", "on"}},
    {"rhetoric", false, false, {"about", "on"}},
    {"position", true, false, {"on"}},
    {"stance", false, false, {"on"}},
    {"defense", false, false, {"of"}},
    {"embrace", false, false, {"of"}},
    {"goal", false, true, {"of"}},
    {"goals", false, true, {"of", "for"}},
    {"message", true, false, {"of", "on"}},
    {"positions", false, false, {"on"}},
    {"faith", false, false, {"in"}},
    {"assessment", true, false, {"of"}},
    {"disagreement", false, false, {"with", "over"}},
    {"disagreements", false, false, {"with", "over"}},
    {"push", false, true, {"for"}},
    {"assurance", true, false, {}},
    {"assurances", true, false, {}},
    {"policy", false, true, {"of", "toward", "on"}},
    {"reluctance", false, true, {}},
    {"unwillingness", false, true, {}},
    {"passion", false, false, {"for"}},
    {"speech", false, false, {"on", "about"}},
    {"speeches", false, false, {"on", "about"}},
    {"ban", false, false, {"on"}},
    {"order", false, true, {}},
    {"estimate", true, false, {"of"}},
    {"estimates", true, false, {"of"}},
    {"reply", false, false, {"to"}},
    {"answer", false, false, {"to"}},
    {"declaration", true, false, {"of"}},
    {"declarations", true, false, {"of"}},
    {"criticisms", false, false, {"of"}},
    {"interpretation", false, false, {"of"}},
    {"dislike", false, false, {"of", "for"}},
    {"respect", false, false, {"for"}},
    {"reversal", false, false, {"on"}},
    {"reversals", false, false, {"on"}},
    {"tone", false, false, {"toward", "on"}},
    {"threat", true, true, {"of"}},
    {"threats", true, true, {"of", "against"}},
    {"request", true, true, {"for"}},
    {"requests", true, true, {"for"}},
    {"admission", true, false, {"of"}},
    {"prediction", true, false, {"of"}},
    {"predictions", true, false, {"of"}},
    {"recommendation", true, true, {"for"}},
    {"advice", true, true, {"on"}},
    {"opinion", true, false, {"of", "on"}},
    {"statement", true, false, {"on", "about"}},
    {"testimony", true, false, {"about", "on"}},
    {"appeal", true, true, {"for"}},
    {"offer", false, true, {"of"}},
    {"endorsements", false, false, {"of"}},
    {"attitude", false, false, {"toward", "towards", "to"}},
}};
const NounCue* FindNounCue(std::string_view lower) {
  static const auto* index = [] {
    auto* map = new std::unordered_map<std::string_view, const NounCue*>();
    for (const NounCue& cue : kNounCues) map->emplace(cue.noun, &cue);  // the first wins
    return map;
  }();
  const auto it = index->find(lower);
  return it == index->end() ? nullptr : it->second;
}
bool IsPossessivePronoun(std::string_view lower) {
  return lower == "his" || lower == "her" || lower == "their" || lower == "its" || lower == "my" ||
         lower == "our";
}
// Modifiers between an owner and its statement noun ("his repeated public attacks on").
constexpr size_t kMaxNounModifiers = 3;
constexpr bool kPronounOwners = true;
// Words of an owner's name before "'s" ("Hillary Rodham Clinton's").
constexpr size_t kMaxPhraseWords = 5;

class SentenceReader {
 public:
  SentenceReader(std::string_view body, const Span& sentence, const std::vector<Token>& tokens,
                 const SpeakerFinder& finder, std::vector<QuoteMention>& out)
      : body_(body),
        sentence_(sentence),
        tokens_(tokens),
        finder_(finder),
        out_(out),
        clause_end_(ClauseEnd(body, sentence)),
        lower_(LowerAscii(body.substr(sentence.begin, sentence.size()))),
        is_cue_(CueFlags()),
        subjects_(body, tokens, finder, is_cue_, lower_, sentence.begin) {}

  bool Read() {
    if (tokens_.size() < kMinClauseWords + 2) return false;
    if (Lower(0) == "according" && Lower(1) == "to") return ReadAccordingFirst(0);
    // "But according to NP, CLAUSE", "Yet, according to NP, CLAUSE".
    for (size_t k = 1; k + 1 < tokens_.size() && k <= 2; ++k) {
      if (!IsClauseOpener(Lower(k - 1))) break;
      if (Lower(k) == "according" && Lower(k + 1) == "to") return ReadAccordingFirst(k);
    }
    // "In addition, according to NP, CLAUSE", "About 10 p.m., according to NP, CLAUSE",
    // "(According to NP, CLAUSE.)": after an opening adjunct with no verb in it.
    for (size_t k = 1; k + 1 < tokens_.size() && k <= kMaxAccordingOpeningTokens + 1; ++k) {
      if (Lower(k) != "according" || Lower(k + 1) != "to") continue;
      if (Word(k - 1) != "," && Word(k - 1) != "(") break;
      bool verb = false;
      for (size_t j = 0; j + 1 < k && !verb; ++j) verb = subjects_.LooksFiniteVerb(j);
      if (!verb) return ReadAccordingFirst(k);
      break;
    }
    bool any = ReadAsAttribution() || ReadPassiveAgent() || ReadClosingAttribution() ||
               ReadOpeningAttribution() || ReadUnsourced();
    if (any) ReadQuestionBesideAnswer();
    if (ReadNounCues()) any = true;
    if (ReadPassiveBy()) any = true;
    return any;
  }

 private:
  std::string_view Word(size_t k) const { return TextOf(body_, tokens_[k]); }
  // A reporting word: the finder's cues, a lower-case attribution verb, or a cue the learned
  // model proposes (cue_model.h) (flags computed
  // once per sentence: the shapes ask about the same tokens many times).
  bool IsCue(size_t k) const { return is_cue_[k] != 0; }
  std::vector<uint8_t> CueFlags() const {
    std::vector<uint8_t> flags(tokens_.size(), 0);
    for (size_t k = 0; k < tokens_.size(); ++k) {
      const Token& t = tokens_[k];
      flags[k] = finder_.IsCue(t) ||
                 (t.kind == TokenKind::kWord && !t.capitalized && FramesOf(Lower(k)) != nullptr) ||
                 ProposesCue(body_, tokens_, k);
      if (flags[k] != 0 && IsNounFirst(k)) flags[k] = 0;
    }
    return flags;
  }
  // "Asked about X, Y said …", "When asked whether …, Y replied …": the question beside the
  // answer another shape read (unless that shape read the question itself). The question
  // ends before the answer's speaker, comma or not ("Asked about X Mr Y told …").
  void ReadQuestionBesideAnswer() {
    const size_t asked = Lower(0) == "when" ? 1 : 0;
    if (Lower(asked) != "asked" ||
        (!out_.empty() && LowerAscii(out_.back().cue_text).starts_with("asked")))
      return;
    uint32_t limit = clause_end_;
    if (const std::optional<Span> speaker = out_.empty() ? std::nullopt : out_.back().speaker;
        speaker && speaker->begin > tokens_[asked].end) {
      size_t first = 0;
      while (first + 1 < tokens_.size() && tokens_[first].end <= speaker->begin) ++first;
      if (first > 0 && IsHonorific(Word(first - 1))) --first;  // "Mr Johnson"
      limit = tokens_[first].begin;
    }
    ReadAskedQuestion(asked, limit);
  }

  // Whether tokens_[k] is a reporting word of the finder or the lexicons (not one only the
  // learned model proposes).
  bool LexiconCue(size_t k) const {
    return finder_.IsCue(tokens_[k]) || FramesOf(Lower(k)) != nullptr;
  }
  // Words that are nouns or other verbs unless their cue frame shows: "state"/"states" only
  // before "that" ("Kentucky state Rep. X", "all five states included …"), "put" only in
  // "put it" ("as X put it").
  bool IsNounFirst(size_t k) const {
    const std::string_view lower = Lower(k);
    const std::string_view next = k + 1 < tokens_.size() ? Lower(k + 1) : std::string_view();
    if (lower == "state" || lower == "states") return next != "that";
    if (lower == "put") return next != "it";
    // Compound nouns with a reporting word: "think tank", "talk show", "talk radio", "show
    // host", "game show".
    if ((lower == "think" && (next == "tank" || next == "tanks")) ||
        (lower == "talk" && (next == "show" || next == "shows" || next == "radio")))
      return true;
    if (lower == "show" || lower == "shows") {
      const std::string_view before = k > 0 ? Lower(k - 1) : std::string_view();
      return next == "host" || next == "hosts" || next == "business" || before == "talk" ||
             before == "game" || before == "news" || before == "radio" || before == "tv" ||
             before == "chat" || before == "cooking";
    }
    // "Alston added 20 points and eight assists", "added a second goal": a count or tally
    // after "added" is no statement.
    if ((lower == "added" || lower == "adds" || lower == "adding") && k + 1 < tokens_.size() &&
        (tokens_[k + 1].kind == TokenKind::kNumber || FindNumberWord(next) != nullptr ||
         (next == "another" && (k + 2 >= tokens_.size() || Lower(k + 2) == "for" ||
                                tokens_[k + 2].kind == TokenKind::kPunct)) ||
         ((next == "a" || next == "another") && k + 2 < tokens_.size() &&
          (Lower(k + 2) == "second" || Lower(k + 2) == "third" || Lower(k + 2) == "late" ||
           Lower(k + 2) == "fourth"))))
      return true;
    if (finder_.IsCue(tokens_[k])) return false;
    return AttributionWordIsNoun(k, lower, next);
  }
  // An attribution word of the lexicons read as a noun: "Emergency rule was imposed" (an
  // auxiliary right after it opens no content: it is the clause's subject), "demand and
  // supply", "Storage demands and the need …" (a present or base form joined by "and"/"or"),
  // "language voice control", "3rd party demand" (a base form after a singular noun, with
  // which a present-tense verb would not agree).
  bool AttributionWordIsNoun(size_t k, std::string_view lower, std::string_view next) const {
    const VerbFrames* frames = FramesOf(lower);
    if (frames == nullptr) return false;
    // "the list of demands", "with questions about …": after a preposition the word is a
    // noun ("by denouncing", "in declaring": a gerund is not; "to discuss": an infinitive).
    if (!lower.ends_with("ing") && k > 0 && tokens_[k - 1].kind == TokenKind::kWord &&
        Lower(k - 1) != "to" && IsPreposition(Lower(k - 1)))
      return true;
    const bool base = frames->base;
    if (next == "is" || next == "was" || next == "are" || next == "were" || next == "has" ||
        next == "have" || next == "had")
      return true;
    const bool present = base || (lower.ends_with("s") && !lower.ends_with("ss"));
    if (present && (next == "and" || next == "or") && k + 2 < tokens_.size() &&
        tokens_[k + 2].kind == TokenKind::kWord)
      return true;
    if (!base || k == 0 || tokens_[k - 1].kind != TokenKind::kWord) return false;
    const Token& prev = tokens_[k - 1];
    const std::string_view before = Lower(k - 1);
    static constexpr std::array<std::string_view, 13> kPluralNouns = {
        "people", "police", "men",  "women", "children", "media",    "staff",
        "public", "data",   "folk", "youth", "clergy",   "personnel"};
    if (before.ends_with("s") || before.ends_with("ly") || IsFunctionWord(before) ||
        IsPronoun(Word(k - 1)) || InList(before, kPluralNouns) || IsAuxiliary(prev, Word(k - 1)))
      return false;
    if (before == "cannot" || before == "better" || before == "rather") return false;
    // "Supporters of the law hope", "The book and film blame": the noun before is not the
    // subject's head, or the subject is plural.
    for (size_t j = k - 1; j-- > 0 && j + 6 > k;) {
      if (tokens_[j].kind != TokenKind::kWord) break;
      const std::string_view word = Lower(j);
      if (IsPreposition(word) || word == "and" || word == "or" || word == "who" || word == "that")
        return false;
    }
    // A lower-case singular noun, or a capitalized word opening the sentence alone.
    return !prev.capitalized || (k == 1 && !prev.all_caps);
  }
  // tokens_[k] in lower case: a view into the sentence lower-cased once.
  std::string_view Lower(size_t k) const {
    return LowerOf(lower_, sentence_.begin, tokens_[k], Word(k));
  }
  // The comma before a closing mark at tokens_[k] (and its twin apostrophe) when the mark
  // closes a few quoted words (at most kMaxShortQuoteTokens); else `k`.
  size_t CommaInsideShortQuote(size_t k) const {
    size_t comma = k;
    while (comma > 1 && IsMarkAt(comma) && (Word(comma - 1) == "," || IsMarkAt(comma - 1))) --comma;
    if (comma == k || Word(comma) != ",") return k;
    size_t open = comma;
    while (open > 0 && comma - open <= kMaxShortQuoteTokens && !IsMarkAt(open - 1)) --open;
    return open > 1 && IsMarkAt(open - 1) && comma - open <= kMaxShortQuoteTokens ? comma : k;
  }
  // The comma before the closing mark at tokens_[k] when the quotation, however long, opens
  // inside this sentence after words of the clause it completes ("The soldiers “are expected
  // to …,” it said."), else k.
  size_t CommaInsideClauseQuote(size_t k) const {
    size_t comma = k;
    while (comma > 1 && IsMarkAt(comma) && (Word(comma - 1) == "," || IsMarkAt(comma - 1))) --comma;
    if (comma == k || Word(comma) != ",") return k;
    size_t open = comma;
    while (open > 0 && !IsMarkAt(open - 1)) --open;
    if (open < 3 || !IsMarkAt(open - 1) || tokens_[open - 2].kind != TokenKind::kWord) return k;
    // Only a subject before the mark: a few words, no punctuation ("South Korea's president
    // met X on Friday, with Seoul calling the move “…,” his office said" is a report of
    // its own around the quoted words).
    if (open - 1 > kMaxShortQuoteTokens) return k;
    for (size_t w = 0; w + 1 < open; ++w) {
      if (tokens_[w].kind == TokenKind::kPunct) return k;
    }
    return comma;
  }
  // Whether the closing mark at tokens_[mark] ends a few title-case words (a show or paper:
  // "“Morning Hour,”"), not a quotation.
  bool ClosesTitle(size_t mark) const {
    size_t open = mark;
    while (open > 0 && mark - open <= kMaxShortQuoteTokens && !IsMarkAt(open - 1)) --open;
    if (open == 0 || mark - open > kMaxShortQuoteTokens || open == mark) return false;
    for (size_t k = open; k < mark; ++k) {
      if (Word(k) == ",") continue;
      if (tokens_[k].kind != TokenKind::kWord) return false;
      if (!tokens_[k].capitalized && !(k > open && IsFunctionWord(Lower(k)))) return false;
    }
    return true;
  }
  // Whether tokens_[k] is a quotation mark, or one of two straight apostrophes written for a
  // double mark (''like this'', as many newspaper archives write it).
  bool IsMarkAt(size_t k) const {
    if (Word(k) == "\xE2\x80\x99" && IsBarePossessive(k)) return false;
    if (IsQuoteMark(Word(k))) return true;
    if (Word(k) != "'") return false;
    return (k > 0 && Word(k - 1) == "'" && tokens_[k - 1].end == tokens_[k].begin) ||
           (k + 1 < tokens_.size() && Word(k + 1) == "'" && tokens_[k].end == tokens_[k + 1].begin);
  }
  // Whether the right single mark at tokens_[k] is the apostrophe of a plural or name in -s
  // ("Sanders’ campaign"): attached to it, a word after, no left single mark before it in
  // the sentence.
  size_t FirstLeftSingleMark() const {
    for (size_t k = 0; k < tokens_.size(); ++k) {
      if (Word(k) == "\xE2\x80\x98") return k;
    }
    return tokens_.size();
  }
  bool IsBarePossessive(size_t k) const {
    if (k == 0 || k + 1 >= tokens_.size() || tokens_[k - 1].end != tokens_[k].begin ||
        tokens_[k].end == tokens_[k + 1].begin || tokens_[k + 1].kind != TokenKind::kWord)
      return false;
    const std::string_view before = Word(k - 1);
    if (before.empty() || (before.back() != 's' && before.back() != 'S')) return false;
    return first_left_single_ > k;
  }
  // The tokens from the one after byte `name_end` up to `last` (excluded) are a time or place
  // adjunct of the attribution, not more of its content: they open with a preposition of time
  // or place or a time word ("on Tuesday", "during a visit to Rome", "Friday") and hold no
  // verb of saying and no "that".
  bool AdjunctAfterName(const Span& name, size_t last) const {
    size_t first = 0;
    while (first < last && tokens_[first].end <= name.end) ++first;
    if (first == 0 || first >= last || tokens_[first - 1].end != name.end) return false;
    // A named or described speaker ("John Smith", "the minister"), not a pronoun: "…, put it
    // in her memoir" is no attribution to "it".
    size_t name_first = 0;
    while (name_first < first && tokens_[name_first].begin < name.begin) ++name_first;
    if (name_first >= first) return false;
    if (!tokens_[name_first].capitalized && Lower(name_first) != "the") return false;
    const std::string_view opener = Lower(first);
    static constexpr std::string_view kOpeners[] = {
        "on",   "in",    "at",    "during",  "after",     "before",  "from",  "via",
        "over", "while", "today", "tonight", "yesterday", "earlier", "later", "last"};
    if (std::find(std::begin(kOpeners), std::end(kOpeners), opener) == std::end(kOpeners) &&
        WeekdayNumber(Word(first)) == 0)
      return false;
    for (size_t k = first; k < last; ++k) {
      if (Lower(k) == "that" || IsCue(k)) return false;
    }
    return true;
  }

  // The sentence's end: past its tokens, or its final full stop or exclamation mark. A period
  // with words after it is an abbreviation's ("said Mrs. Smith had …", "Rep. Bobby Scott"),
  // not the end of a closing attribution.
  bool IsStop(size_t k) const {
    if (k >= tokens_.size()) return true;
    if (Word(k) != "." && Word(k) != "!") return false;
    return k >= last_word_;
  }
  // Index of the sentence's last word or number token (0 when none).
  size_t LastWordIndex() const {
    for (size_t k = tokens_.size(); k-- > 0;)
      if (tokens_[k].kind == TokenKind::kWord || tokens_[k].kind == TokenKind::kNumber) return k;
    return 0;
  }

  // Appends the statement `clause` (or, when `first` and `second` are given, the two pieces
  // of a content split by its attribution, `clause` spanning both).
  bool Fill(Span clause, const SpeakerCue* cue, const Span* first = nullptr,
            const Span* second = nullptr) {
    while (clause.end > clause.begin &&
           (body_[clause.end - 1] == ',' || body_[clause.end - 1] == ' '))
      --clause.end;
    clause.begin = PastDateline(clause.begin);
    const size_t min_words = object_content_ ? kMinObjectWords : kMinClauseWords;
    // "75 percent said yes": an answer is a whole content.
    const std::string_view answer = body_.substr(clause.begin, clause.size());
    const bool yes_no = answer == "yes" || answer == "no" || answer == "Yes" || answer == "No";
    // "X said he would.": a pronoun and an auxiliary are a whole (elliptical) clause.
    const size_t space = answer.find(' ');
    const bool elliptical = space != std::string_view::npos &&
                            answer.find(' ', space + 1) == std::string_view::npos &&
                            IsPronoun(answer.substr(0, space)) &&
                            IsFiniteAuxiliary(LowerAscii(answer.substr(space + 1)));
    if (clause.empty() ||
        (!yes_no && !elliptical && CountWords(tokens_, clause.begin, clause.end) < min_words))
      return false;
    // The sentence's previous statement, for a pronoun ("X denied …, but they promised …").
    const QuoteMention* previous = out_.size() > first_statement_ ? &out_.back() : nullptr;
    const std::optional<QuoteMention> previous_copy =
        previous ? std::optional<QuoteMention>(*previous) : std::nullopt;
    QuoteMention& quote = out_.emplace_back();
    quote.kind = QuoteKind::kIndirect;
    quote.span = clause;
    quote.text = std::string(body_.substr(clause.begin, clause.size()));
    if (first != nullptr && second != nullptr) {
      Span head = *first;
      while (head.end > head.begin && (body_[head.end - 1] == ',' || body_[head.end - 1] == ' '))
        --head.end;
      quote.contents = {head, *second};
      quote.text = std::string(body_.substr(head.begin, head.size())) + ' ' +
                   std::string(body_.substr(second->begin, second->size()));
    }
    object_content_ = false;
    if (cue != nullptr) {
      quote.act = IsAct(*cue, clause) || IsAnonymityRequest(quote.text);
      finder_.Attribute(*cue, std::min(clause.begin, cue->speaker.begin), quote,
                        previous_copy ? &*previous_copy : nullptr);
      // "It seems that …", "it would appear …", "It is believed that …": an expletive "it"
      // stands for no one (not the organization before it).
      if (quote.speaker && quote.cue &&
          IsExpletiveSubject(
              quote.speaker_text,
              body_.substr(quote.cue->begin, std::min<size_t>(body_.size(), quote.cue->end + 6) -
                                                 quote.cue->begin))) {
        quote.speaker.reset();
        quote.speaker_text.clear();
        quote.speaker_name.clear();
      }
      // "Both A and B denied …, but they promised …": within a sentence, a plural pronoun
      // is the earlier statement's source even when that is no single named entity.
      const std::string pronoun = LowerAscii(quote.speaker_text);
      if ((pronoun == "they" || pronoun == "we") && previous_copy &&
          !previous_copy->speaker_name.empty())
        quote.speaker_name = previous_copy->speaker_name;
    }
    return true;
  }

  // Whether `subject` is an expletive "it" or "there" of `cue` (with the few bytes after it):
  // a verb of seeming ("seems", "would appear"; not "appears to …", said of a thing) or a
  // passive of belief or report ("is believed", "was widely reported").
  static bool IsExpletiveSubject(std::string_view subject, std::string_view cue) {
    const std::string lower_subject = LowerAscii(subject);
    if (lower_subject != "it" && lower_subject != "there") return false;
    const std::string lower = LowerAscii(cue);
    size_t from = 0;
    bool passive = false;
    while (from < lower.size()) {
      size_t to = lower.find(' ', from);
      if (to == std::string::npos) to = lower.size();
      const std::string_view word = std::string_view(lower).substr(from, to - from);
      from = to + 1;
      if (word.starts_with("seem") || word.starts_with("appear")) {
        const std::string_view rest = std::string_view(lower).substr(std::min(from, lower.size()));
        return !rest.starts_with("to ") || rest.starts_with("to me") || rest.starts_with("to us");
      }
      if (word == "is" || word == "was" || word == "been" || word == "be") {
        passive = true;
        continue;
      }
      if (passive && word.size() > 3 &&
          (word.ends_with("ed") || word == "known" || word == "thought" || word == "said"))
        return true;
      // Adverbs and modals before the verb: "it now seems", "it would appear".
      if (!word.ends_with("ly") && word != "also" && word != "now" && word != "still" &&
          word != "would" && word != "may" && word != "might" && word != "could")
        return false;
    }
    return false;
  }

  // A source's request to stay unnamed ("who asked not to be named", "declined to be
  // identified", "requested anonymity"): how the story was sourced, not something said.
  // Not when the content runs on into what the source said ("not to be identified, said
  // that …": the reading took both).
  static bool IsAnonymityRequest(std::string_view content) {
    static constexpr std::string_view kOpenings[] = {
        "not to be named",   "not to be identified", "to be named",
        "to be identified",  "not to be quoted",     "to be quoted",
        "anonymity",         "to remain anonymous",  "not be named",
        "not be identified", "that he not be named", "that she not be named"};
    const std::string lower = LowerAscii(content.substr(0, 40));
    const bool opens = std::any_of(std::begin(kOpenings), std::end(kOpenings), [&](auto opening) {
      return lower.starts_with(opening) &&
             (lower.size() == opening.size() ||
              !std::isalpha(static_cast<unsigned char>(lower[opening.size()])));
    });
    if (!opens) return false;
    // Only then the whole content, for a verb of saying further on.
    static constexpr std::string_view kSaid[] = {" said", " says", " told", " stated", " added"};
    const std::string whole = LowerAscii(content);
    return std::none_of(std::begin(kSaid), std::end(kSaid), [&](std::string_view said) {
      return whole.find(said) != std::string::npos;
    });
  }

  // Whether the statement of `cue` with content `clause` is an act toward a noun phrase read
  // through a cue only the learned model proposes, or a verb of doing (IsDoingVerb)
  // (QuoteMention::act): the content follows the cue and opens neither with a clause word
  // ("that", "whether", …) nor with a to-infinitive, nor after one.
  bool IsAct(const SpeakerCue& cue, Span clause) const {
    size_t head = 0;
    while (head < tokens_.size() && tokens_[head].begin < cue.cue.begin) ++head;
    if (head >= tokens_.size() || tokens_[head].begin >= cue.cue.end) return false;
    // Any lexicon word of the cue ("has vehemently denied", "also rejected") makes it theirs,
    // unless it is a verb of doing rather than saying ("offered 335 horsepower", "found the
    // car", "ordered a pizza"), which is an act with a noun phrase too.
    for (size_t k = head; k < tokens_.size() && tokens_[k].end <= cue.cue.end; ++k)
      if (LexiconCue(k) && !IsDoingVerb(Lower(k))) return false;
    if (clause.begin < cue.cue.end) return false;  // "…, X hinted": the content before its cue
    size_t first = head;
    while (first < tokens_.size() && tokens_[first].begin < clause.begin) ++first;
    const auto is_clause_word = [](std::string_view lower) {
      return lower == "that" || lower == "whether" || lower == "if" || lower == "how" ||
             lower == "why" || lower == "what" || lower == "when" || lower == "where";
    };
    if (first > head + 1 && is_clause_word(Lower(first - 1))) return false;
    if (first >= tokens_.size()) return false;
    if (is_clause_word(Lower(first))) return false;
    if (Lower(first) == "to" && first + 1 < tokens_.size() &&
        tokens_[first + 1].kind == TokenKind::kWord && !tokens_[first + 1].capitalized &&
        !IsFunctionWord(Word(first + 1)))
      return false;
    // A clause without "that": a subject and its auxiliary or modal soon after ("doctors found
    // she had cancer", "the study found the mass could be cut").
    constexpr size_t kMaxSubjectTokens = 6;
    static constexpr std::array<std::string_view, 10> kJoins = {
        "and", "but", "while", "as", "when", "after", "before", "because", "which", "who"};
    for (size_t k = first; k < tokens_.size() && k <= first + kMaxSubjectTokens; ++k) {
      if (tokens_[k].kind == TokenKind::kPunct && Word(k) != "-") break;
      // "took a deflection and X was left clear": a clause joined after the object is not it.
      if (InList(Lower(k), kJoins)) break;
      if (k > first && IsFiniteAuxiliary(Lower(k))) return false;
    }
    return true;
  }

  // Attribution verbs of the lexicon that PolNeAR reads as attributions but that, with a
  // noun phrase, mostly tell what someone did, not said ("offered a deal", "sought asylum",
  // "addressed the crowd", "ordered an inquiry", "thanked supporters", "posted a record").
  static bool IsDoingVerb(std::string_view lower) {
    static constexpr std::array<std::string_view, 12> kStems = {
        "offer", "find",  "found",  "seek",     "sought",    "address",
        "order", "thank", "posted", "celebrat", "congratul", "remind"};
    for (std::string_view stem : kStems)
      if (lower.starts_with(stem)) return true;
    return false;
  }

  // `begin` past a dateline opening the sentence there ("MOGADISHU (Reuters) - ", "DES
  // MOINES, Iowa (AP) — "): capitals, an optional place after a comma and a parenthesis, a
  // dash. Unchanged when no dateline opens at `begin`.
  uint32_t PastDateline(uint32_t begin) const {
    if (tokens_.empty() || tokens_.front().begin < begin) return begin;  // only at its opening
    return AfterDateline(body_, tokens_).value_or(begin);
  }

  // 0. "X has been informed by NP that CLAUSE": the agent of a passive verb of telling is
  // the source ("was told by officials that …", "had been assured by the ministry that …").
  bool ReadPassiveAgent() {
    static constexpr std::array<std::string_view, 8> kTold = {
        "informed", "told", "briefed", "advised", "assured", "warned", "notified", "reminded"};
    static constexpr std::array<std::string_view, 6> kBe = {"been", "was", "were",
                                                            "is",   "are", "be"};
    for (size_t verb = 1; verb + 3 < tokens_.size(); ++verb) {
      const std::string_view lower = Lower(verb);
      if (std::find(kTold.begin(), kTold.end(), lower) == kTold.end()) continue;
      if (std::find(kBe.begin(), kBe.end(), Lower(verb - 1)) == kBe.end()) continue;
      if (Lower(verb + 1) != "by") continue;
      // The agent: words up to "that", without punctuation, at most kMaxObjectTokens.
      size_t that = verb + 2;
      while (that < tokens_.size() && that - verb - 2 < kMaxObjectTokens &&
             tokens_[that].kind != TokenKind::kPunct && Lower(that) != "that")
        ++that;
      if (that >= tokens_.size() || that == verb + 2 || Lower(that) != "that") return false;
      const SpeakerCue cue{{tokens_[verb].begin, tokens_[verb + 1].end},
                           {tokens_[verb + 2].begin, tokens_[that - 1].end}};
      return Fill({tokens_[that].begin, clause_end_}, &cue);
    }
    return false;
  }

  // 1. "According to NP, CLAUSE"
  // "According to NP, CLAUSE" with "according" at tokens_[at].
  bool ReadAccordingFirst(size_t at) {
    // "(According to NP, CLAUSE.)": the closing parenthesis and its stop are no content.
    uint32_t end = clause_end_;
    if (at > 0 && Word(at - 1) == "(") {
      size_t last = tokens_.size();
      while (last > at && (Word(last - 1) == ")" || Word(last - 1) == ".")) --last;
      if (last > at) end = tokens_[last - 1].end;
    }
    for (size_t k = at + 2; k + 1 < tokens_.size(); ++k) {
      if (Word(k) != "," && !IsDashWord(Word(k))) continue;
      if (k == at + 2) return false;
      const SpeakerCue cue{{tokens_[at].begin, tokens_[at + 1].end},
                           {tokens_[at + 2].begin, tokens_[k - 1].end}};
      return Fill({tokens_[k + 1].begin, std::max(end, tokens_[k + 1].end)}, &cue);
    }
    return false;
  }

  // Whether the sentence opens with an adverbial phrase or clause ("In an email, X asked …",
  // "Even as …, X insisted …"): words before the attribution's comma that are no content.
  bool OpensWithAdverbial() const {
    if (tokens_.empty() || tokens_[0].kind != TokenKind::kWord) return false;
    const std::string_view first = Lower(0);
    return (IsPreposition(first) || IsSubordinator(first) || first == "even") && first != "that";
  }

  // Whether tokens after `from` up to the sentence end are a short trailer without
  // punctuation or a clause of their own.
  bool OnlyTrailerAfter(size_t from) const {
    // A trailer opens with a preposition or a time word ("in a statement", "on Tuesday"), or
    // is the object of "told" ("told reporters"); "said he was facing …" is a clause.
    if (!IsStop(from) && tokens_[from].kind == TokenKind::kWord && from > 0 &&
        !IsPreposition(Lower(from)) && !IsTimeFiller(Word(from)) && Lower(from - 1) != "told" &&
        Lower(from - 1) != "tells")
      return false;
    size_t after = from;
    while (after < tokens_.size() && after - from < kMaxTrailingTokens && !IsStop(after) &&
           tokens_[after].kind != TokenKind::kPunct && Lower(after) != "that")
      ++after;
    return IsStop(after);
  }

  // 2a. "CLAUSE, as per NP." / "CLAUSE, per NP.": the source closes the sentence, as after
  // "according to" (a name phrase, to the sentence end).
  bool ReadClosingPer() {
    for (size_t k = tokens_.size(); k-- > 2;) {
      if (Lower(k) != "per") continue;
      const size_t opener = Lower(k - 1) == "as" ? k - 1 : k;
      if (opener == 0 || Word(opener - 1) != ",") return false;
      size_t last = k + 1;
      while (last < tokens_.size() && last - k <= kMaxTrailingTokens && !IsStop(last) &&
             tokens_[last].kind != TokenKind::kPunct)
        ++last;
      if (last == k + 1 || !IsStop(last)) return false;
      const SpeakerCue cue{{tokens_[opener].begin, tokens_[k].end},
                           {tokens_[k + 1].begin, tokens_[last - 1].end}};
      return Fill({sentence_.begin, tokens_[opener - 1].begin}, &cue);
    }
    return false;
  }

  // 2b. An "as" attribution: "As reported by NP, CLAUSE", "As NP reported on Tuesday, CLAUSE"
  // (opening the sentence), "CLAUSE, as NP reported[, …]" and "CLAUSE, as reported by NP"
  // (after the clause). The reporting verb is one of saying or reporting; the source a short
  // phrase; the content the clause on the other side of the attribution's comma.
  bool ReadAsAttribution() {
    for (size_t k = 0; k + 2 < tokens_.size(); ++k) {
      if (Lower(k) != "as") continue;
      const bool opening = k == 0 || (k == 1 && IsClauseOpener(Lower(0)));
      const bool closing = k >= kMinClauseWords && Word(k - 1) == ",";
      if (!opening && !closing) continue;
      size_t source_first = 0, source_end = 0, cue_end = 0;
      if (Lower(k + 1) == "reported" && k + 3 < tokens_.size() && Lower(k + 2) == "by") {
        source_first = k + 3;  // "as reported by NP"
        source_end = source_first;
        while (source_end < tokens_.size() && source_end - source_first < kMaxAsSourceTokens &&
               (tokens_[source_end].kind == TokenKind::kWord ||
                tokens_[source_end].kind == TokenKind::kPossessive))
          ++source_end;
        cue_end = k + 2;
      } else {
        size_t verb = k + 1;  // "as NP reported"
        while (verb < tokens_.size() && verb - k <= kMaxAsSourceTokens &&
               (tokens_[verb].kind == TokenKind::kWord ||
                tokens_[verb].kind == TokenKind::kPossessive) &&
               !IsAsReportingVerb(Lower(verb)))
          ++verb;
        if (verb >= tokens_.size() || verb == k + 1 || !IsAsReportingVerb(Lower(verb))) continue;
        source_first = k + 1;
        source_end = verb;
        // "as the Gazette has noted", "as the paper first reported": auxiliaries and adverbs are
        // the cue's.
        while (source_end > source_first + 1 &&
               (IsAuxiliary(tokens_[source_end - 1], Word(source_end - 1)) ||
                Lower(source_end - 1) == "first"))
          --source_end;
        cue_end = verb;
        // The source is a name, a described source or a pronoun ("as if to say", "as well
        // as", "As in the United States" are none).
        const Token& first = tokens_[source_first];
        const std::string_view opener = Lower(source_first);
        if (first.kind != TokenKind::kWord ||
            !(first.capitalized || IsDeterminer(opener) || IsPronoun(Word(source_first)) ||
              opener == "one" || opener == "many") ||
            IsPreposition(opener) || IsSubordinator(opener) || opener == "well")
          continue;
      }
      if (source_end <= source_first) continue;
      // The attribution ends at the next comma or the sentence's end, past a short trailer
      // ("on Tuesday", "in his book").
      size_t end = std::max(cue_end, source_end);
      while (end < tokens_.size() && end - k <= kMaxAsAttributionTokens && !IsStop(end) &&
             Word(end) != "," && !IsMarkAt(end))
        ++end;
      if (end - k > kMaxAsAttributionTokens) continue;
      // The cue: "As reported by", or the verb of "as NP reported".
      const uint32_t cue_begin = cue_end == k + 2 ? tokens_[k].begin : tokens_[cue_end].begin;
      const SpeakerCue cue{{cue_begin, tokens_[cue_end].end},
                           {tokens_[source_first].begin, tokens_[source_end - 1].end}};
      if (opening) {
        if (end + 1 >= tokens_.size() || Word(end) != ",") continue;
        return Fill({tokens_[end + 1].begin, clause_end_}, &cue);
      }
      return Fill({sentence_.begin, tokens_[k - 1].begin}, &cue);
    }
    return false;
  }
  static bool IsAsReportingVerb(std::string_view lower) {
    static constexpr std::array<std::string_view, 14> kVerbs = {
        "said",   "says",  "reported", "reports", "noted", "notes",  "explained",
        "wrote",  "writes", "put",     "told",    "added", "stated", "observed"};
    return InList(lower, kVerbs);
  }

  // 2. The attribution closes the sentence.
  bool ReadClosingAttribution() {
    if (ReadClosingPer()) return true;
    for (size_t verb = tokens_.size(); verb-- > 1;) {
      const Token& t = tokens_[verb];
      if (!IsCue(verb)) continue;
      const std::string_view lower = Lower(verb);
      if (lower == "according") {
        // "CLAUSE, according to NP." (the comma is often left out: "X leads by 271 delegates
        // according to a count by Y.")
        const bool comma = Word(verb - 1) == ",";
        if ((!comma && (verb < 4 || tokens_[verb - 1].kind != TokenKind::kWord)) ||
            verb + 2 >= tokens_.size() || Lower(verb + 1) != "to")
          continue;
        // The source runs to the sentence end, or to a comma or parenthesis that opens its
        // apposition or modifier ("the Tax Policy Center, a nonpartisan group").
        size_t last = verb + 2;
        while (last + 1 < tokens_.size() && tokens_[last + 1].kind != TokenKind::kPunct) ++last;
        if (!comma && !IsStop(last + 1)) continue;  // without a comma, only at the end
        size_t end = last + 1;
        while (end < tokens_.size() && end - verb <= kMaxAppositionTokens && !IsStop(end) &&
               Word(end) != ";" && Word(end) != ":" && !IsMarkAt(end))
          ++end;
        if (!IsStop(end) && !(end < tokens_.size() && Word(end) == ")")) continue;
        const SpeakerCue cue{{t.begin, tokens_[verb + 1].end},
                             {tokens_[verb + 2].begin, tokens_[last].end}};
        return Fill({sentence_.begin, comma ? tokens_[verb - 1].begin : t.begin}, &cue);
      }
      // "CLAUSE, said NP." (not "…, saying NP": a participle opens the content), also with a
      // time or place after the name ("…, said NP on Tuesday", "…, said NP during a visit").
      if (Word(verb - 1) == ",") {
        if (IsParticipleCue(lower)) continue;
        // Only verbs of saying invert ("…, said the minister", "…, wrote X"); after "…, denied"
        // or "…, rejected" comes an object ("The landlord, Jo Ray, denied the charge Friday.").
        if (!IsSayVerb(lower) && !IsInvertingVerb(lower)) continue;
        size_t last = verb + 1;
        while (last < tokens_.size() && last - verb <= kMaxTrailingTokens + kMaxAdjunctTokens &&
               !IsStop(last) && tokens_[last].kind != TokenKind::kPunct)
          ++last;
        // "…, said Ed Rendell, a former governor, who …": an apposition may follow the name.
        const bool apposition = last < tokens_.size() && Word(last) == "," && !IsStop(last + 1) &&
                                !IsParticipleCue(Lower(last + 1));
        // "…, said X, adding that …": the participle goes on with X's next statement.
        const bool participle = last + 1 < tokens_.size() && Word(last) == "," &&
                                IsParticipleCue(Lower(last + 1)) && IsCue(last + 1) &&
                                IsSayVerb(lower);
        if (last > verb + 1 && (IsStop(last) || apposition || participle) && !IsStop(verb + 1)) {
          // The words after the verb must be the speaker's name phrase, all of them.
          const std::optional<SpeakerCue> cue = finder_.CueAfter(tokens_, verb - 1);
          if (cue && (cue->speaker.end == tokens_[last - 1].end ||
                      (IsStop(last) && AdjunctAfterName(cue->speaker, last)))) {
            if (!Fill({sentence_.begin, tokens_[verb - 1].begin}, &*cue)) return false;
            if (participle) {
              statement_speaker_ = cue->speaker;
              ReadParticiple(last + 1);
            }
            return true;
          }
        }
        continue;
      }
      // "…, in response to the 2001 terrorist attacks.": a verb taking only a noun phrase or a
      // particle ("attack NP", "call for NP") closes no clause of its speaker.
      if (const VerbFrames* frames = FramesOf(lower);
          frames != nullptr && !frames->clause && !finder_.IsCue(t))
        continue;
      size_t cue_first = verb;
      const SpeakerFinder::PhraseResult phrase = subjects_.Subject(verb, cue_first);
      if (!phrase.found || phrase.first_token == 0) continue;
      // "…, too, with mobile services added into the mix.": a phrase opening with a
      // preposition is no subject.
      if (IsPreposition(Lower(phrase.first_token))) continue;
      // "CLAUSE “A FEW WORDS,” X said.": the comma sits inside the closing mark of a partial
      // quote, which the content keeps (a whole quoted sentence is a direct quote instead,
      // and the statement is dropped beside it).
      const size_t opener = phrase.first_token - 1;
      const bool comma_in_mark = opener >= 2 && IsMarkAt(opener) && Word(opener - 1) == "," &&
                                 !IsMarkAt(0) &&
                                 (CommaInsideShortQuote(opener) == opener - 1 ||
                                  CommaInsideClauseQuote(opener) == opener - 1);
      if (Word(opener) != "," && !comma_in_mark) continue;
      // An opening adverbial alone is no content ("In an email, X asked."); followed by a
      // clause of its own it is part of one ("With that unresolved, the agency …, X said.").
      if (!OnlyTrailerAfter(verb + 1) ||
          (OpensWithAdverbial() && !subjects_.CommaBetween(1, opener)))
        continue;
      const SpeakerCue cue{{tokens_[cue_first].begin, t.end}, phrase.span};
      const uint32_t end = comma_in_mark ? tokens_[opener].end : tokens_[opener].begin;
      return Fill({sentence_.begin, end}, &cue);
    }
    return false;
  }

  // 3.–5. The attribution opens the sentence or sits inside it.
  bool ReadOpeningAttribution() {
    bool any = false;
    for (size_t verb = 1; verb < tokens_.size(); ++verb) {
      const Token& t = tokens_[verb];
      if (!IsCue(verb)) continue;
      const std::string_view lower = Lower(verb);
      if (lower == "according") continue;
      if (IsParticipleCue(lower)) {
        const bool after_comma =
            Word(verb - 1) == "," || (verb > 2 && IsMarkAt(verb - 1) && Word(verb - 2) == ",");
        if (after_comma && ReadParticiple(verb)) return true;
        // "X is calling for …": a progressive form reads as the verb itself.
        if (!IsBeForm(Lower(verb - 1))) {
          if (ReadEmbeddedParticiple(verb, lower)) any = true;
          continue;
        }
      }
      size_t cue_first = verb;
      // "NP, who said CLAUSE, …": the noun the clause describes speaks; the clause ends at
      // the next comma.
      size_t who = verb - 1;  // "who has long argued": past auxiliaries
      while (who > 1 && verb - who <= kMaxAuxTokens && Lower(who) != "who" &&
             Lower(who) != "which" &&
             (IsAuxiliary(tokens_[who], Word(who)) || IsBeForm(Lower(who))))
        --who;
      // "NP, which endorsed X, …": an organization's relative clause, after its comma.
      const bool which =
          who >= 1 && Lower(who) == "which" && Word(who - 1) == "," && LexiconCue(verb);
      if (who >= 1 && (Lower(who) == "who" || which) &&
          (Word(who - 1) == "," || tokens_[who - 1].kind == TokenKind::kWord)) {
        // "NP, who said CLAUSE," and "a surrogate who said CLAUSE".
        const size_t noun_end = Word(who - 1) == "," ? who - 1 : who;
        SpeakerFinder::PhraseResult noun = subjects_.WithNameChain(
            subjects_.WithHonorific(finder_.SubjectBefore(tokens_, noun_end)));
        // "another 12 percent who say …": a share of people.
        if (!noun.found) noun = subjects_.QuantifierSubject(noun_end);
        if (!noun.found) continue;
        SpeakerCue cue{{tokens_[who + 1].begin, t.end}, noun.span};
        const size_t content = ClauseAfterVerb(verb, lower, cue);
        if (content == 0) continue;
        size_t comma = content;
        while (comma < tokens_.size() && Word(comma) != "," && !IsStop(comma)) ++comma;
        const uint32_t end = comma < tokens_.size() ? tokens_[comma].begin : clause_end_;
        if (Fill({tokens_[content].begin, end}, &cue)) {
          // The relative pronoun is the written source (as PolNeAR and PARC mark it), like
          // "he"; the noun it describes stays the speaker's name.
          QuoteMention& quote = out_.back();
          quote.speaker = {tokens_[who].begin, tokens_[who].end};
          quote.speaker_text = std::string(Word(who));
          any = true;
        }
        verb = comma;
        continue;
      }
      SpeakerFinder::PhraseResult phrase = subjects_.Subject(verb, cue_first);
      if (phrase.found && cue_first > 0) {
        // "Last November the league said": the time adjunct is no part of the speaker (the
        // phrase's first token stays where it was for the shapes read from it).
        const size_t past = PastLeadingTime(phrase.first_token, cue_first - 1);
        if (past != phrase.first_token) phrase.span.begin = tokens_[past].begin;
      }
      if (!phrase.found && cue_first > 0) {
        // "NP, APPOSITION, said CLAUSE" and "NP did this and said CLAUSE". The apposition's
        // comma may sit inside the closing mark of a few words quoted in it ("X, who calls Y
        // a “crook,” said CLAUSE"), not of a quotation ("“…,” said X").
        // A name after the verb makes it an inverted attribution of the quote instead
        // ("“…,” said Jo Ray").
        const bool name_after = verb + 1 < tokens_.size() && tokens_[verb + 1].capitalized &&
                                !IsTimeFiller(Word(verb + 1));
        // Auxiliaries may follow the insert ("X, a Republican, has not endorsed Y").
        size_t aux_first = cue_first;
        const bool progressive = lower.ends_with("ing");  // "X, a Democrat, is backing Y"
        while (aux_first > 1 && verb - aux_first < kMaxAuxTokens &&
               (IsAuxiliary(tokens_[aux_first - 1], Word(aux_first - 1)) ||
                (progressive && IsBeForm(Lower(aux_first - 1)))))
          --aux_first;
        if (aux_first != cue_first && Word(aux_first - 1) != "," &&
            !IsDashWord(Word(aux_first - 1)))
          aux_first = cue_first;
        const size_t insert_end = name_after ? aux_first - 1 : CommaInsideShortQuote(aux_first - 1);
        if (Word(insert_end) == "," || IsDashWord(Word(insert_end))) {
          // The name in the apposition first ("One of the report's authors, Ana Ruiz, said").
          phrase = subjects_.SubjectBeforeInsert(insert_end);
          if (phrase.found) cue_first = aux_first;
        } else if (const size_t aux_first = AuxiliariesAfterConjunction(verb, 1, cue_first, !any);
                   Lower(aux_first - 1) == "and" || Lower(aux_first - 1) == "but") {
          // "X warned that CLAUSE and appealed to …": the statement before the conjunction,
          // read from this sentence, has the subject both verbs share.
          cue_first = aux_first;
          if (any && !out_.empty() && out_.back().speaker &&
              out_.back().speaker->begin >= sentence_.begin) {
            phrase.found = true;
            phrase.span = *out_.back().speaker;
          } else {
            phrase = subjects_.MainSubjectPastOpening(cue_first - 1);
          }
        } else if (LooseAllowed(verb)) {
          phrase = LooseSubject(verb, cue_first);  // see below
        }
        if (!phrase.found) continue;
        SpeakerCue cue{{tokens_[cue_first].begin, t.end}, phrase.span};
        const size_t content = ClauseAfterVerb(verb, lower, cue);
        if (content == 0) continue;
        verb = FillUpToNextStatement(content, cue);
        any = true;
        continue;
      }
      // A subject the name-phrase rules do not take ("Nearly half said", "A news report
      // said", "Wilcox, whose education at X, said"): the words back to the clause's opening.
      if ((!phrase.found ||
           (phrase.first_token != 0 && !IsClauseOpener(Lower(phrase.first_token - 1)) &&
            Lower(phrase.first_token - 1) != "as")) &&
          LooseAllowed(verb)) {
        const SpeakerFinder::PhraseResult loose = LooseSubject(verb, cue_first);
        if (loose.found) {
          SpeakerCue cue{{tokens_[cue_first].begin, t.end}, loose.span};
          // "As another study from 2011 noted, CLAUSE".
          if (!any && loose.first_token > 0 && Lower(loose.first_token - 1) == "as" &&
              verb + 2 < tokens_.size() && Word(verb + 1) == "," && IsSayVerb(lower)) {
            if (Fill({tokens_[verb + 2].begin, clause_end_}, &cue)) return true;
          }
          const size_t content = ClauseAfterVerb(verb, lower, cue);
          if (content != 0) {
            verb = FillUpToNextStatement(content, cue);
            any = true;
            continue;
          }
        }
      }
      if (!phrase.found) continue;
      SpeakerCue cue{{tokens_[cue_first].begin, t.end}, phrase.span};
      const bool after_comma = phrase.first_token > 0 && Word(phrase.first_token - 1) == ",";
      // 3. "CLAUSE, NP said, CLAUSE"
      if (after_comma && !any) {
        size_t after = verb + 1;
        while (after < tokens_.size() && after - verb <= kMaxTrailingTokens &&
               tokens_[after].kind == TokenKind::kWord && IsTimeFiller(Word(after)))
          ++after;
        // The content is the two clauses around the attribution.
        if (after < tokens_.size() && Word(after) == "," && after + 1 < tokens_.size()) {
          const Span before{sentence_.begin, tokens_[phrase.first_token - 1].begin};
          const Span rest{tokens_[after + 1].begin, clause_end_};
          if (before.empty() || rest.empty()) return any;
          // "CLAUSE, NP said, adding that CLAUSE": two statements, the second the
          // participle's.
          if (IsParticipleCue(Lower(after + 1)) && IsCue(after + 1) && IsSayVerb(lower)) {
            if (!Fill(before, &cue)) return any;
            statement_speaker_ = cue.speaker;
            ReadParticiple(after + 1);
            return true;
          }
          return Fill({before.begin, rest.end}, &cue, &before, &rest) || any;
        }
      }
      // "As NP said, CLAUSE" and "CLAUSE, as NP put it."
      if (phrase.first_token > 0 && Lower(phrase.first_token - 1) == "as") {
        if (any) continue;
        size_t after = verb + 1;
        if (after < tokens_.size() && Lower(after) == "it") ++after;
        if (after < tokens_.size() && Word(after) == "," && after + 1 < tokens_.size())
          return Fill({tokens_[after + 1].begin, clause_end_}, &cue) || any;
        const size_t as = phrase.first_token - 1;
        if (IsStop(after) && as > 0 && Word(as - 1) == ",")
          return Fill({sentence_.begin, tokens_[as - 1].begin}, &cue) || any;
        continue;
      }
      // 4. "NP said [that] CLAUSE" (the opener's comma may sit inside a title's closing
      // mark: 'Speaking on “Morning Hour,” X said …').
      const size_t opener = phrase.first_token > 0 ? phrase.first_token - 1 : 0;
      const bool comma_in_mark =
          opener > 0 && IsMarkAt(opener) && Word(opener - 1) == "," && ClosesTitle(opener);
      if (phrase.first_token != 0 && !IsClauseOpener(Lower(opener)) && !comma_in_mark) continue;
      const size_t content = ClauseAfterVerb(verb, lower, cue);
      if (content == 0) continue;
      // "While he has said CLAUSE, MAIN CLAUSE": a statement in an opening subordinate clause
      // ends at its comma.
      size_t limit = tokens_.size();
      if (phrase.first_token == 1 && IsSubordinator(Lower(0)) && Lower(0) != "that") {
        for (size_t k = content + 1; k < tokens_.size(); ++k) {
          if (Word(k) == ",") {
            limit = k;
            break;
          }
        }
      }
      verb = FillUpToNextStatement(content, cue, limit);
      any = true;
    }
    return any;
  }

  // 7. A statement named by a noun whose owner speaks: "Trump's support for Israel", "her
  // claim that CLAUSE", "his repeated attacks on the press", "their plan to VP". The owner (a
  // possessive, up to kMaxNounModifiers words before the noun) is the source; the content is
  // the clause after "that", the infinitive after "to" (kept), or the noun phrase after the
  // noun's preposition, up to the next comma. Statements the verb shapes found are kept.
  bool ReadNounCues() {
    bool any = false;
    for (size_t k = 1; k + 2 < tokens_.size(); ++k) {
      if (tokens_[k].kind != TokenKind::kWord || tokens_[k].capitalized) continue;
      const NounCue* noun = FindNounCue(Lower(k));
      if (noun == nullptr) continue;
      const std::string_view next = Lower(k + 1);
      size_t content = 0;
      bool clause = false;
      if (next == "that" && noun->that) {
        content = k + 1;
        clause = true;
      } else if (next == "to" && noun->infinitive && k + 2 < tokens_.size() &&
                 tokens_[k + 2].kind == TokenKind::kWord && !IsDeterminer(Lower(k + 2)) &&
                 !tokens_[k + 2].capitalized) {
        content = k + 1;
      } else if (!noun->prepositions.empty() &&
                 std::find(noun->prepositions.begin(), noun->prepositions.end(), next) !=
                     noun->prepositions.end()) {
        content = k + 2;
      } else {
        continue;
      }
      // The owner: a possessive before the noun and its modifiers.
      size_t owner_end = k;  // one past the possessive's noun phrase
      while (owner_end > 0 && k - owner_end < kMaxNounModifiers &&
             tokens_[owner_end - 1].kind == TokenKind::kWord &&
             !tokens_[owner_end - 1].capitalized && !IsFunctionWord(Word(owner_end - 1)) &&
             !IsPossessivePronoun(Lower(owner_end - 1)))
        --owner_end;
      if (owner_end == 0) continue;
      std::optional<Span> owner;
      size_t owner_first = owner_end - 1;
      if (kPronounOwners && IsPossessivePronoun(Lower(owner_end - 1))) {
        owner = Span{tokens_[owner_end - 1].begin, tokens_[owner_end - 1].end};
      } else if (tokens_[owner_end - 1].kind == TokenKind::kPossessive && owner_end >= 2) {
        size_t first = owner_end - 1;
        while (first > 0 && owner_end - 1 - first < kMaxPhraseWords &&
               tokens_[first - 1].kind == TokenKind::kWord &&
               (tokens_[first - 1].capitalized || tokens_[first - 1].all_caps))
          --first;
        if (first == owner_end - 1) continue;
        owner = Span{tokens_[first].begin, tokens_[owner_end - 1].end};
        owner_first = first;
      }
      if (!owner) continue;
      size_t end = content;
      while (end < tokens_.size() && !IsStop(end) && Word(end) != ";" && Word(end) != ":" &&
             Word(end) != ")" && (clause || (Word(end) != "," && !IsMarkAt(end))))
        ++end;
      if (end <= content) continue;
      const Span span{tokens_[content].begin,
                      end < tokens_.size() ? tokens_[end - 1].end : clause_end_};
      if (AlreadyRead(span)) continue;
      SpeakerCue cue{{tokens_[k].begin, tokens_[content - 1].end}, *owner};
      if (next == "that" || next == "to") cue.cue.end = tokens_[k].end;
      object_content_ = !clause;
      if (Fill(span, &cue)) any = true;
      (void)owner_first;
    }
    return any;
  }

  // 8. A passive with its agent: "X has been criticized by NP", "X was endorsed by NP", "X,
  // first reported by NP, …". The agent is the source; the passive's subject (or the noun
  // phrase the participle follows, after a comma) is the content. Verbs of the lexicons
  // ending in "-ed" only; "told by … that" is shape 0, "asked by" the questions' shape.
  bool ReadPassiveBy() {
    bool any = false;
    for (size_t k = 1; k + 2 < tokens_.size(); ++k) {
      if (tokens_[k].kind != TokenKind::kWord || tokens_[k].capitalized) continue;
      const std::string_view lower = Lower(k);
      // Verbs of the lexicons that take an object ("backed NP", "reported NP"): a passive of
      // one says who did it.
      if (!lower.ends_with("ed") || !IsCue(k) || !LexiconCue(k) || lower == "asked" ||
          lower == "informed" || lower == "advised" || lower == "assured" || lower == "warned" ||
          lower == "responded" || lower == "continued" || lower == "decided" ||
          lower == "concluded" || lower == "replied")
        continue;
      size_t by = k + 1;
      if (Lower(by).ends_with("ly") && by + 1 < tokens_.size()) ++by;  // "criticized sharply by"
      if (Lower(by) != "by") continue;
      // The agent: a noun phrase, "of" and "and" inside it ("some of his rivals", "X and Y").
      size_t agent_end = by + 1;
      while (agent_end < tokens_.size() && agent_end - by <= kMaxAgentTokens &&
             (tokens_[agent_end].kind == TokenKind::kWord ||
              tokens_[agent_end].kind == TokenKind::kNumber ||
              tokens_[agent_end].kind == TokenKind::kPossessive)) {
        const std::string_view word = Lower(agent_end);
        if ((IsPreposition(word) && word != "of") || IsSubordinator(word) || word == "who" ||
            word == "which" || word == "for")
          break;
        ++agent_end;
      }
      if (agent_end == by + 1) continue;
      // A gerund or participle opens no agent ("by saying", "by failing"), nor does a margin
      // ("decided by 5 votes").
      if (Lower(by + 1).ends_with("ing") || Lower(by + 1).ends_with("ed") ||
          tokens_[by + 1].kind == TokenKind::kNumber || Lower(by + 1) == "less" ||
          Lower(by + 1) == "more")
        continue;
      const Span agent{tokens_[by + 1].begin, tokens_[agent_end - 1].end};
      // Adverbs before the participle ("first reported", "jointly written").
      size_t cue_first = k;
      while (cue_first > 1 && k - cue_first < kMaxAuxTokens &&
             tokens_[cue_first - 1].kind == TokenKind::kWord &&
             (Lower(cue_first - 1).ends_with("ly") || Lower(cue_first - 1) == "first" ||
              Lower(cue_first - 1) == "also"))
        --cue_first;
      std::optional<Span> content;
      size_t be = cue_first;
      while (be > 1 && cue_first - be < kMaxAuxTokens &&
             (IsBeForm(Lower(be - 1)) || IsAuxiliary(tokens_[be - 1], Word(be - 1))))
        --be;
      const bool passive =
          be < cue_first && (IsBeForm(Lower(cue_first - 1)) || IsBeForm(Lower(be)));
      if (passive) {
        // The subject: back to the clause's opening, no verb inside.
        size_t first = be;
        while (first > 0 && be - first < kMaxLooseSubjectTokens) {
          const std::string_view before = Lower(first - 1);
          if (IsClauseOpener(before) || before == "(" || IsMarkAt(first - 1)) break;
          if (IsCue(first - 1) || IsClauseBreaker(before) || IsBeForm(before)) {
            first = be;
            break;
          }
          --first;
        }
        if (first < be) content = Span{tokens_[first].begin, tokens_[be - 1].end};
        cue_first = be;
      } else if (Word(cue_first - 1) == ",") {
        // "The campaign, first reported by NP, …": the noun phrase before the comma.
        const size_t comma = cue_first - 1;
        size_t first = comma;
        while (first > 0 && comma - first < kMaxLooseSubjectTokens &&
               !IsClauseOpener(Lower(first - 1)) && !IsCue(first - 1) &&
               tokens_[first - 1].kind != TokenKind::kPunct)
          --first;
        if (first < comma && (first == 0 || IsClauseOpener(Lower(first - 1))))
          content = Span{tokens_[first].begin, tokens_[comma - 1].end};
      }
      if (!content || AlreadyRead(*content)) continue;
      const SpeakerCue cue{{tokens_[cue_first].begin, tokens_[by].end}, agent};
      object_content_ = true;
      if (Fill(*content, &cue)) any = true;
      k = agent_end;
    }
    return any;
  }

  // Whether a statement of this sentence already has the content `span`.
  bool AlreadyRead(const Span& span) const {
    for (size_t q = first_statement_; q < out_.size(); ++q)
      if (out_[q].span.begin == span.begin || out_[q].span.end == span.end) return true;
    return false;
  }

  // 6. Attributions without a written source, when no other shape fits the sentence:
  //   "NP is expected to VP", "NP appears/seems [to be] …", "NP reportedly VP"
  //        (the content is the subject and the predicate, in two pieces, the cue between);
  //   "Asked whether|if|how … CLAUSE, …", "Asked about NP, …", "X was asked whether …"
  //        (the question is the content, up to the next comma).
  bool ReadUnsourced() {
    for (size_t k = 0; k + 1 < tokens_.size(); ++k) {
      if (tokens_[k].kind != TokenKind::kWord) continue;
      const std::string_view lower = Lower(k);
      if (lower == "asked" &&
          (k == 0 || Lower(k - 1) == "when" || IsBeForm(Lower(k - 1)) || Lower(k - 1) == "been"))
        return ReadAskedQuestion(k);
      if (tokens_[k].capitalized) continue;
      // "is expected to", and passives of belief and report: "is said to", "is believed to",
      // "is widely seen as", "is considered", "is known for".
      const bool passive_belief = lower == "expected" || lower == "believed" || lower == "said" ||
                                  lower == "thought" || lower == "rumored" ||
                                  lower == "considered" || lower == "seen" || lower == "viewed" ||
                                  lower == "regarded" || lower == "known";
      const std::string_view after_passive = Lower(k + 1);
      const bool expected =
          passive_belief && k > 0 &&
          (IsBeForm(Lower(k - 1)) || Lower(k - 1) == "been" ||
           (k > 1 && IsBeForm(Lower(k - 2)) && Lower(k - 1).ends_with("ly")) ||
           (k > 1 && IsBeForm(Lower(k - 2)) && Lower(k - 1) == "not")) &&
          (after_passive == "to" || (lower != "expected" && lower != "said" &&
                                     (after_passive == "as" || after_passive == "for")));
      const bool seems = lower == "appears" || lower == "appeared" || lower == "appear" ||
                         lower == "seems" || lower == "seemed" || lower == "seem";
      const bool reportedly = lower == "reportedly";
      if (!expected && !seems && !reportedly) continue;
      // "appeared on television", "appeared before the committee": no attribution.
      if (seems) {
        const std::string_view next = Lower(k + 1);
        if ((IsPreposition(next) && next != "to") || IsDeterminer(next) ||
            tokens_[k + 1].capitalized)
          continue;
      }
      // The subject: back over auxiliaries to the clause's opening.
      size_t cue_first = k;
      while (cue_first > 0 && k - cue_first < kMaxAuxTokens &&
             (IsBeForm(Lower(cue_first - 1)) || Lower(cue_first - 1) == "been" ||
              IsAuxiliary(tokens_[cue_first - 1], Word(cue_first - 1))))
        --cue_first;
      if (reportedly) cue_first = k;
      size_t first = cue_first;
      while (first > 0 && cue_first - first < kMaxLooseSubjectTokens) {
        const std::string_view before = Lower(first - 1);
        if (IsClauseOpener(before) || before == "(" || IsMarkAt(first - 1)) break;
        if (before == "which" || before == "who") {
          --first;  // the relative pronoun is the subject
          break;
        }
        if (IsCue(first - 1) || IsClauseBreaker(before)) return false;
        --first;
      }
      if (first > 0 && !IsClauseOpener(Lower(first - 1)) && Lower(first - 1) != "(" &&
          !IsMarkAt(first - 1) && Lower(first) != "which" && Lower(first) != "who")
        return false;
      size_t rest = k + 1;
      if (rest >= tokens_.size() || IsStop(rest) || tokens_[rest].kind == TokenKind::kPunct)
        return false;
      // "It appears that …", "it seems": no subject piece.
      const bool expletive = first + 1 == cue_first && Lower(first) == "it";
      // "X, the party's nominee, is expected to …": the subject before the apposition.
      std::optional<Span> subject;
      if (first == cue_first && cue_first > 1) {
        if (const SpeakerFinder::PhraseResult phrase = subjects_.SubjectBeforeInsert(cue_first - 1);
            phrase.found)
          subject = phrase.span;
      }
      if (first == cue_first && !expletive && !subject) return false;
      const size_t before_quotes = out_.size();
      const Span tail{tokens_[rest].begin, clause_end_};
      if (expletive) {
        if (!Fill(tail, nullptr)) return false;
      } else {
        const Span head =
            subject ? *subject : Span{tokens_[first].begin, tokens_[cue_first - 1].end};
        if (!Fill({head.begin, tail.end}, nullptr, &head, &tail)) return false;
      }
      if (out_.size() > before_quotes) {
        out_.back().cue = Span{tokens_[cue_first].begin, tokens_[k].end};
        out_.back().cue_text = std::string(
            body_.substr(tokens_[cue_first].begin, tokens_[k].end - tokens_[cue_first].begin));
      }
      return true;
    }
    return false;
  }

  // "Asked whether …, X said": the question, from its wh-word (or after "about") to the
  // next comma. `asked` is the index of "asked".
  bool ReadAskedQuestion(size_t asked, uint32_t limit = UINT32_MAX) {
    size_t from = asked + 1;
    // "Asked during a debate why …", "When asked by a reporter on Thursday about …": an
    // adjunct opening with a preposition before the question, with no comma in it.
    if (from < tokens_.size() && IsPreposition(Lower(from)) && Lower(from) != "about") {
      size_t k = from + 1;
      while (k < tokens_.size() && k - from <= kMaxAskedAdjunctTokens &&
             tokens_[k].kind != TokenKind::kPunct && !IsQuestionOpener(Lower(k)))
        ++k;
      if (k < tokens_.size() && IsQuestionOpener(Lower(k))) from = k;
    }
    if (from < tokens_.size() && tokens_[from].kind == TokenKind::kWord &&
        !IsFunctionWord(Word(from)) && Lower(from) != "what" && Lower(from) != "how" &&
        Lower(from) != "why" && Lower(from) != "who" && Lower(from) != "which" &&
        Lower(from) != "when" && Lower(from) != "where")
      ++from;  // "asked reporters whether"
    if (from >= tokens_.size()) return false;
    size_t cue_end = asked;
    const std::string_view next = Lower(from);
    if (next == "about") {
      cue_end = from;
      ++from;
    } else if (!IsQuestionOpener(next)) {
      return false;
    }
    size_t end = from;
    while (end < tokens_.size() && Word(end) != "," && Word(end) != ";" && !IsStop(end) &&
           !IsMarkAt(end) && Word(end) != "?" && tokens_[end].end <= limit)
      ++end;
    if (end == from) return false;
    const size_t before_quotes = out_.size();
    object_content_ = true;  // a short question or topic is whole ("asked about it")
    // "Asked by Matt Ray whether …": the one who asks is the source.
    std::optional<SpeakerCue> asker;
    if (asked + 2 < from && Lower(asked + 1) == "by") {
      size_t agent_end = asked + 2;
      while (agent_end < from && tokens_[agent_end].kind == TokenKind::kWord &&
             !IsPreposition(Lower(agent_end)) && !IsQuestionOpener(Lower(agent_end)))
        ++agent_end;
      if (agent_end > asked + 2)
        asker = SpeakerCue{{tokens_[asked].begin, tokens_[asked + 1].end},
                           {tokens_[asked + 2].begin, tokens_[agent_end - 1].end}};
    }
    if (!Fill({tokens_[from].begin, tokens_[end - 1].end}, asker ? &*asker : nullptr)) return false;
    if (out_.size() > before_quotes) {
      out_.back().cue = Span{tokens_[asked].begin, tokens_[cue_end].end};
      out_.back().cue_text = std::string(
          body_.substr(tokens_[asked].begin, tokens_[cue_end].end - tokens_[asked].begin));
    }
    return true;
  }

  // Words that open an indirect question or its topic after "asked".
  static bool IsQuestionOpener(std::string_view lower) {
    static constexpr std::array<std::string_view, 10> kOpeners = {
        "whether", "if", "what", "how", "why", "who", "which", "when", "where", "about"};
    return InList(lower, kOpeners);
  }

  // Whether a subject found by its clause boundaries (LooseSubject) may speak for the cue at
  // `verb`: a reporting word of the lexicons, written in lower case (not one the cue model
  // proposes: its loose subjects were mostly adjuncts or objects on PolNeAR train) ("A
  // bipartisan coalition of politicians and legal experts have vouched for …", "Large
  // majorities of primary voters in six states said …").
  bool LooseAllowed(size_t verb) const {
    const Token& t = tokens_[verb];
    return finder_.IsCue(t) || (IsCue(verb) && !t.capitalized && FramesOf(Lower(verb)) != nullptr);
  }
  // The subject of a reporting word at `verb` when no name phrase is found: the words between
  // the clause's opening (sentence start, punctuation, a conjunction or relative word) and the
  // verb's auxiliaries (and the "be" of a progressive: "are already confirming"), at most
  // kMaxLooseSubjectTokens, ending in a noun-like word; no other reporting word inside.
  // `cue_first` is set to the first auxiliary.
  // The first token of a subject running over tokens_[first, last] past a leading time
  // adjunct, which is no part of it ("Last November the league said", "In 2019 the board
  // voted"); `first` when there is none or nothing would be left.
  size_t PastLeadingTime(size_t first, size_t last) const {
    // "last/next/this/early/late" or a month or a year opens it; months, weekdays, years and
    // "week", "month", "year", "weekend" go on.
    const auto time_word = [&](size_t k) {
      const std::string_view lower = Lower(k);
      return MonthFromName(Word(k)) != 0 || WeekdayNumber(Word(k)) != 0 || lower == "week" ||
             lower == "month" || lower == "year" || lower == "weekend" ||
             (tokens_[k].kind == TokenKind::kNumber && Word(k).size() == 4);
    };
    const std::string_view opener = Lower(first);
    size_t lead = first;
    if (opener == "last" || opener == "next" || opener == "this" || opener == "early" ||
        opener == "late")
      ++lead;
    else if (!time_word(first))
      return first;
    while (lead < last && time_word(lead)) ++lead;
    if (lead > first && lead <= last && tokens_[lead].kind == TokenKind::kWord &&
        !IsPreposition(Lower(lead)) && !time_word(lead))
      return lead;
    return first;
  }

  SpeakerFinder::PhraseResult LooseSubject(size_t verb, size_t& cue_first) const {
    cue_first = verb;
    // "said at a rally …" would take the rally for the content; "states that" is a noun.
    const std::string_view lower_verb = Lower(verb);
    if (verb + 1 >= tokens_.size() || IsPreposition(Lower(verb + 1)) || lower_verb == "state" ||
        lower_verb == "states")
      return {};
    const bool progressive = lower_verb.ends_with("ing");
    while (cue_first > 0 && verb - cue_first < kMaxAuxTokens &&
           (IsAuxiliary(tokens_[cue_first - 1], Word(cue_first - 1)) ||
            (progressive && IsBeForm(Lower(cue_first - 1)))))
      --cue_first;
    if (cue_first == 0) return {};
    const size_t head = cue_first - 1;
    const Token& last = tokens_[head];
    const std::string_view head_lower = Lower(head);
    // Poll groups: "Men under 35 support …", "voters polled say …".
    const bool age =
        last.kind == TokenKind::kNumber && head > 0 &&
        (Lower(head - 1) == "under" || Lower(head - 1) == "over" || Lower(head - 1) == "than");
    const bool polled = head_lower == "polled" || head_lower == "surveyed" ||
                        head_lower == "interviewed" || head_lower == "sampled";
    if (!age && !polled &&
        (last.kind != TokenKind::kWord || (IsFunctionWord(Word(head)) && !IsPronoun(Word(head))) ||
         IsCue(head) || IsClauseBreaker(head_lower) || IsPreposition(head_lower) ||
         (!last.capitalized && head_lower.ends_with("ed"))))
      return {};
    // A pronoun is a whole subject: the words before it are another clause ("… released
    // photos he said proved …").
    if (IsPronoun(Word(head)) && head > 0 && !IsClauseOpener(Lower(head - 1))) return {};
    size_t first = cue_first;
    while (first > 0) {
      const size_t k = first - 1;
      const std::string_view lower = Lower(k);
      // After a quotation the words are its attribution, read with the quote (quotes.cc).
      if (IsMarkAt(k)) return {};
      if (IsClauseOpener(lower) || lower == "who" || lower == "which" || lower == "what" ||
          lower == "(" || lower == ")")
        break;
      if (cue_first - first >= kMaxLooseSubjectTokens || IsClauseBreaker(lower)) return {};
      // Another speech verb opens a statement of its own; a proposed cue may be a participle
      // of the subject ("The memo seen by Reuters said").
      // A past participle after a noun, before a preposition or time, modifies it ("A
      // statement posted on the website said", "The report released Tuesday said").
      const bool participle_modifier =
          lower.ends_with("ed") && k > 0 && k + 1 < cue_first &&
          tokens_[k - 1].kind == TokenKind::kWord && !IsFunctionWord(Lower(k - 1)) &&
          !IsPronoun(Word(k - 1)) && !tokens_[k - 1].capitalized &&
          (IsPreposition(Lower(k + 1)) || Lower(k + 1) == "by" || IsTimeFiller(Word(k + 1)));
      if (finder_.IsCue(tokens_[k]) && !(k > 0 && IsDeterminer(Lower(k - 1))) &&
          !participle_modifier)
        return {};
      if (tokens_[k].kind == TokenKind::kPunct && lower != "." && lower != "-" && lower != "'" &&
          lower != "\xE2\x80\x99")
        return {};
      --first;
    }
    if (first == cue_first) return {};
    first = PastLeadingTime(first, head);
    // A time or place adjunct is no subject ("…, on Wednesday urged …", "last year backed …").
    const std::string_view opener = Lower(first);
    if (IsPreposition(opener) || IsSubordinator(opener) || IsTimeFiller(Word(head)) ||
        InList(head_lower, kTimeNouns))
      return {};
    // "Lund and his wife have said": a name joined to a possessive phrase opens the subject.
    if ((opener == "his" || opener == "her" || opener == "their") && first >= 2 &&
        Lower(first - 1) == "and") {
      const SpeakerFinder::PhraseResult name = finder_.SubjectBefore(tokens_, first - 1);
      if (name.found && tokens_[name.first_token].capitalized &&
          (name.first_token == 0 || IsClauseOpener(Lower(name.first_token - 1))))
        first = name.first_token;
    }
    return {true, {tokens_[first].begin, tokens_[head].end}, first};
  }

  // Fills the clause opening at tokens_[content] up to the next statement of the sentence
  // (", and NP said …", "; NP said …") or its end; returns the index of the token before
  // that statement's subject (the caller's verb loop goes on from there).
  size_t FillUpToNextStatement(size_t content, const SpeakerCue& cue, size_t limit = SIZE_MAX) {
    const bool object = object_content_;  // NextStatement reads further verbs
    const size_t opener = std::min(NextStatement(content + 1), limit);
    object_content_ = object;
    const uint32_t end = opener < tokens_.size() ? tokens_[opener].begin : clause_end_;
    if (Fill({tokens_[content].begin, end}, &cue)) statement_speaker_ = cue.speaker;
    return opener;
  }

  // The first of the auxiliaries and adverbs before a lexicon verb at `verb` ("…, but has
  // since said") when a comma and a conjunction precede them (not before `floor`): a second
  // statement of the subject, where "X said he had not Y and never Z" coordinates inside the
  // content. `cue_first` otherwise.
  // With `comma_needed` false (after an object noun phrase, which holds no verb of its own:
  // "X questions Y and has called for Z"), no comma is needed.
  size_t AuxiliariesAfterConjunction(size_t verb, size_t floor, size_t cue_first,
                                     bool comma_needed = true) const {
    if (!LexiconCue(verb)) return cue_first;
    size_t first = verb;
    while (first > floor && verb - first < kMaxAuxTokens &&
           (IsAuxiliary(tokens_[first - 1], Word(first - 1)) || Lower(first - 1) == "since"))
      --first;
    if (first == verb || first < 2 || (comma_needed && Word(first - 2) != ",")) return cue_first;
    const std::string_view conjunction = Lower(first - 1);
    return conjunction == "and" || conjunction == "but" ? first : cue_first;
  }

  // Index of the clause opener ("," ";" "and" "but") of the first statement "NP VERB CLAUSE"
  // at or after token `from`, or tokens_.size() when none follows.
  size_t NextStatement(size_t from) const {
    const bool object = object_content_;  // the content opening at `from` is a noun phrase
    for (size_t verb = from + 1; verb < tokens_.size(); ++verb) {
      if (!IsCue(verb)) continue;
      const std::string_view lower = Lower(verb);
      if (lower == "according") continue;
      if (IsParticipleCue(lower)) {
        // "…, telling reporters that CLAUSE", "…, while noting that CLAUSE": a statement of
        // the same speaker.
        // The comma may sit inside a closing mark ("called it a “sham,” noting that …").
        const size_t comma = Word(verb - 1) == "," ? verb - 1
                             : verb > 2 && IsSubordinator(Lower(verb - 1)) && Word(verb - 2) == ","
                                 ? verb - 2
                             : verb > 2 && IsMarkAt(verb - 1) && Word(verb - 2) == "," ? verb - 1
                                                                                       : 0;
        SpeakerCue unused{};
        if (comma > from &&
            ClauseAfterVerb(verb, finder_.IsCue(tokens_[verb]) ? "said" : lower, unused) != 0)
          return comma;
        continue;
      }
      size_t cue_first = verb;
      const SpeakerFinder::PhraseResult phrase = subjects_.Subject(verb, cue_first);
      if (!phrase.found && cue_first > from + 1) {
        // "X admitted CLAUSE, but [has since] said CLAUSE": a second statement of the same
        // subject (Subject leaves auxiliaries out when it finds no subject before them).
        const size_t conjunction =
            AuxiliariesAfterConjunction(verb, from + 2, cue_first, !object) - 1;
        const std::string_view joiner = Lower(conjunction);
        const bool comma = Word(conjunction - 1) == ",";
        SpeakerCue unused{};
        if ((joiner == "and" || joiner == "but") &&
            (comma || IsSayVerb(lower) || FramesOf(lower) != nullptr ||
             finder_.IsCue(tokens_[verb])) &&
            ClauseAfterVerb(verb, lower, unused) != 0)
          return comma ? conjunction - 1 : conjunction;
      }
      if (!phrase.found || phrase.first_token <= from) continue;
      size_t opener = phrase.first_token - 1;
      const std::string_view before = Lower(opener);
      // ", and NP said", ", while NP said", ", even though NP doubts".
      const bool subordinate =
          IsSubordinator(before) && opener > from &&
          (Word(opener - 1) == "," ||
           (Lower(opener - 1) == "even" && opener - 1 > from && Word(opener - 2) == ","));
      if (before != "," && before != ";" && before != "and" && before != "but" && !subordinate)
        continue;
      SpeakerCue unused{};
      if (ClauseAfterVerb(verb, lower, unused) == 0) continue;
      if (before != "," && before != ";" && opener > from && Lower(opener - 1) == "even") --opener;
      if (before != "," && before != ";" && opener > from && Word(opener - 1) == ",") --opener;
      return opener;
    }
    return tokens_.size();
  }

  // Past adjuncts between a verb of saying and a clause without "that": "for weeks" (a
  // span of time) and "in a statement [Thursday night]", "in an interview [with X]" when a
  // pronoun or a name opens the clause after them. `next` is returned when none applies.
  size_t PastSayingAdjuncts(size_t next) const {
    static constexpr std::array<std::string_view, 6> kSpans = {"hours",  "days",  "weeks",
                                                               "months", "years", "decades"};
    static constexpr std::array<std::string_view, 8> kMessages = {
        "statement", "interview", "email", "letter", "speech", "tweet", "post", "release"};
    size_t k = next;
    if (k + 1 < tokens_.size() && Lower(k) == "for" && InList(Lower(k + 1), kSpans)) return k + 2;
    if (k + 2 >= tokens_.size() || Lower(k) != "in" ||
        (Lower(k + 1) != "a" && Lower(k + 1) != "an") || !InList(Lower(k + 2), kMessages))
      return next;
    k += 3;
    if (k + 1 < tokens_.size() && Lower(k) == "with" && tokens_[k + 1].capitalized) {
      k += 2;
      while (k < tokens_.size() && tokens_[k].capitalized) ++k;
    }
    while (k < tokens_.size() && tokens_[k].kind == TokenKind::kWord && IsTimeFiller(Word(k)) &&
           !IsPreposition(Lower(k)))
      ++k;
    if (k + 1 >= tokens_.size() || tokens_[k].kind != TokenKind::kWord) return next;
    // A pronoun subject ("they pulled"), or a capitalized one not opening a name of the
    // message ("in a statement Thursday" is a time, read above).
    const bool subject = IsPronoun(Word(k)) && Lower(k) != "it" ? true : tokens_[k].capitalized;
    return subject && tokens_[k + 1].kind == TokenKind::kWord && !IsPreposition(Lower(k + 1))
               ? k
               : next;
  }

  // Index of the first token of the clause a reporting verb at `verb` introduces, or 0 when
  // none does. Extends `cue` over the object of "told" ("told reporters").
  size_t ClauseAfterVerb(size_t verb, std::string_view lower, SpeakerCue& cue) const {
    object_content_ = false;
    size_t next = verb + 1;
    if (next >= tokens_.size()) return 0;
    // "that" within a short window without punctuation: "told the AP on Tuesday that",
    // "said in a statement that", "warned repeatedly that".
    const bool tells = lower == "told" || lower == "tells" || lower == "tell";
    size_t marks = 0;  // marks of a show's title in the window ('said on “Face the Week” that')
    // An adjunct of place or medium may run longer ("noted in a guest column in Saturday's
    // Harbour Gazette that").
    const size_t window = kMaxObjectTokens + (Lower(next) == "in" || Lower(next) == "on" ? 4 : 0);
    for (size_t k = next; k < tokens_.size() && k - next < window + marks; ++k) {
      if (IsMarkAt(k) ||
          (Word(k) == "," && k + 1 < tokens_.size() && IsMarkAt(k + 1) && marks % 2 == 1)) {
        ++marks;
        continue;
      }
      if ((tokens_[k].kind == TokenKind::kPunct && !IsBarePossessive(k)) || IsCue(k)) break;
      // "says a violent hit that used to …": a "that" after an object noun is a relative.
      if (k == next && !tells && IsDeterminer(Lower(k))) break;
      // "explained to CBS why …": after "to NP", an indirect question opens the content too.
      const bool question = (Lower(k) == "why" || Lower(k) == "how" || Lower(k) == "whether") &&
                            k > next + 1 && Lower(next) == "to";
      if (Lower(k) != "that" && !question) continue;
      // Inside quoted words the "that" is the quotation's own ('said it had “found that …').
      if (marks % 2 == 1) break;
      // "said that's what …": "that" is the clause's subject ("that is"), the content opens
      // with it.
      if (k + 1 < tokens_.size() && tokens_[k + 1].kind == TokenKind::kPossessive) {
        if (k > next) cue.cue.end = tokens_[k - 1].end;
        return k;
      }
      if (k > next) cue.cue.end = tokens_[k - 1].end;
      // "says that “as a town, we …”": the clause may open with quoted words, or with an
      // adjunct set off by commas ("added that, in Ohio, …").
      const size_t opening =
          k + 1 < tokens_.size() && (IsMarkAt(k + 1) || Word(k + 1) == ",") ? k + 2 : k + 1;
      return opening < tokens_.size() && (tokens_[opening].kind == TokenKind::kWord ||
                                           tokens_[opening].kind == TokenKind::kNumber)
                 ? k
                 : 0;
    }
    if ((lower == "told" || lower == "tells" || lower == "tell") &&
        tokens_[next].kind == TokenKind::kWord && !IsFunctionWord(Word(next))) {
      cue.cue.end = tokens_[next].end;  // "told reporters", "told CNN"
      ++next;
    }
    // "said Tuesday …", "said on Friday …", "said last week …": a time before the content (a
    // preposition only when a time follows it: "said at a news conference" has no content).
    // ("described Friday's meeting as …": a weekday owning a noun is no time adjunct.)
    while (next < tokens_.size() && tokens_[next].kind == TokenKind::kWord &&
           IsTimeFiller(Word(next)) &&
           !(next + 1 < tokens_.size() && tokens_[next + 1].kind == TokenKind::kPossessive) &&
           !(IsPreposition(Lower(next)) &&
             !(next + 1 < tokens_.size() && tokens_[next + 1].kind == TokenKind::kWord &&
               IsTimeFiller(Word(next + 1)) && !IsPreposition(Lower(next + 1)))))
      ++next;
    if (IsSayVerb(lower)) next = PastSayingAdjuncts(next);
    // "says, however, that …": an adverb set off by commas right after the verb.
    static constexpr std::array<std::string_view, 8> kInsertedAdverbs = {
        "however", "though", "too", "again", "also", "instead", "moreover", "meanwhile"};
    if (next + 3 < tokens_.size() && Word(next) == "," && Word(next + 2) == "," &&
        Lower(next + 3) == "that" && InList(Lower(next + 1), kInsertedAdverbs))
      return next + 3;
    if (next >= tokens_.size() ||
        (tokens_[next].kind != TokenKind::kWord && tokens_[next].kind != TokenKind::kNumber))
      return 0;
    const std::string_view following = Lower(next);
    const VerbFrames* frames = FramesOf(lower);
    if (frames != nullptr) {
      const bool word_after =
          next + 1 < tokens_.size() && (tokens_[next + 1].kind == TokenKind::kWord ||
                                        tokens_[next + 1].kind == TokenKind::kNumber);
      // "called for a ban", "pointed to the polls": the particle joins the cue.
      if (word_after && std::find(frames->particles.begin(), frames->particles.end(), following) !=
                            frames->particles.end()) {
        cue.cue.end = tokens_[next].end;
        object_content_ = true;
        return next + 1;
      }
      // "vowed to cut taxes": the content keeps its "to".
      if (word_after && frames->infinitive && following == "to") {
        object_content_ = true;
        return next;
      }
      // "questioned whether|how|why CLAUSE": an indirect question is the clause or object.
      if (word_after && (following == "whether" || following == "how" || following == "why") &&
          (frames->clause || frames->object))
        return next;
    }
    // A proposed cue (no lexicon frames) with a particle: "referring to the plan", "vented
    // about the vote", "reacted to the shooting": the particle joins the cue, its noun phrase
    // is the content.
    if (frames == nullptr && !finder_.IsCue(tokens_[verb]) && IsCueParticle(following) &&
        next + 1 < tokens_.size() &&
        (tokens_[next + 1].kind == TokenKind::kWord ||
         tokens_[next + 1].kind == TokenKind::kNumber)) {
      cue.cue.end = tokens_[next].end;
      object_content_ = true;
      return next + 1;
    }
    // "said if X wins, Y", "asked whether X": the conditional or question is the content.
    if ((following == "if" || following == "whether") && (IsSayVerb(lower) || IsAskVerb(lower)) &&
        next + 1 < tokens_.size() && tokens_[next + 1].kind == TokenKind::kWord)
      return next;
    if (IsPreposition(following) || following == "by" || following == "whether" ||
        following == "if")
      return 0;
    if (IsSayVerb(lower)) return next;
    if (frames != nullptr) {
      // "endorsed the senator": an object noun phrase, not an adverb.
      const bool object_pronoun = following == "it" || following == "them" || following == "him" ||
                                  following == "her" || following == "us";
      if (frames->object && !following.ends_with("ly") &&
          (tokens_[next].kind == TokenKind::kNumber || !IsFunctionWord(following) ||
           IsDeterminer(following) || object_pronoun || IsQuantifier(following))) {
        object_content_ = true;
        return next;
      }
      if (!frames->clause && !finder_.IsCue(tokens_[verb])) return 0;
    }
    // Other verbs take a clause or object that opens with a subject-like word, or a clause
    // whose common-noun subject a finite verb soon follows ("hopes obstruction would …").
    const Token& first = tokens_[next];
    if (first.capitalized || first.kind == TokenKind::kNumber || IsPronoun(Word(next)) ||
        IsFunctionWord(Word(next)))
      return next;
    if (frames != nullptr && frames->clause) {
      for (size_t k = next + 1; k < tokens_.size() && k <= next + kMaxBareSubjectTokens; ++k) {
        if (tokens_[k].kind != TokenKind::kWord) break;
        if (IsFiniteAuxiliary(Lower(k))) return next;
      }
    }
    return 0;
  }

  // A participle inside a clause: "supporters seeking to defeat X" (the noun before it
  // speaks), "X rose by questioning Y's eligibility" (after "by", "in", "while", "after",
  // "when", "before": the sentence's subject speaks). The content runs to the next comma.
  bool ReadEmbeddedParticiple(size_t verb, std::string_view lower) {
    if (verb == 0 || tokens_[verb - 1].kind != TokenKind::kWord) return false;
    const std::string_view before = Lower(verb - 1);
    SpeakerFinder::PhraseResult source;
    if (before == "by" || before == "in" || before == "while" || before == "after" ||
        before == "when" || before == "before") {
      source = subjects_.MainSubjectPastOpening(verb - 1);
    } else if (!IsFunctionWord(before) && !IsAuxiliary(tokens_[verb - 1], Word(verb - 1)) &&
               !IsCue(verb - 1)) {
      source = subjects_.WithHonorific(finder_.SubjectBefore(tokens_, verb));
      // "X shot back in an article stating …", "X replied in a statement saying …": a message
      // after a preposition (and a determiner) is the medium; its author, the clause's
      // subject, speaks.
      static constexpr std::array<std::string_view, 14> kMessages = {
          "statement", "article", "interview", "email",  "letter", "speech", "tweet",
          "post",      "release", "op-ed",     "column", "memo",   "video",  "message"};
      size_t preposition = verb >= 2 ? verb - 2 : 0;  // before "a statement": "in"
      if (preposition > 0 && IsDeterminer(Lower(preposition))) --preposition;
      if (InList(before, kMessages) && preposition > 0 && IsPreposition(Lower(preposition))) {
        const SpeakerFinder::PhraseResult author = subjects_.MainSubjectPastOpening(preposition);
        if (author.found && author.span.end <= tokens_[preposition].begin) source = author;
      }
      // "X issued a statement on Tuesday saying …": the document's author speaks.
      if (const std::optional<size_t> issue = finder_.IssueVerbBefore(tokens_, verb)) {
        size_t cue_first = *issue;
        if (const SpeakerFinder::PhraseResult author = subjects_.Subject(*issue, cue_first);
            author.found)
          source = author;
      }
    }
    if (!source.found) return false;
    SpeakerCue cue{{tokens_[verb].begin, tokens_[verb].end}, source.span};
    const size_t content =
        ClauseAfterVerb(verb, finder_.IsCue(tokens_[verb]) ? "said" : lower, cue);
    if (content == 0) return false;
    size_t comma = content;
    while (comma < tokens_.size() && Word(comma) != "," && Word(comma) != ";" && !IsStop(comma))
      ++comma;
    const uint32_t end = comma < tokens_.size() ? tokens_[comma].begin : clause_end_;
    return Fill({tokens_[content].begin, end}, &cue);
  }

  // 5. "MAIN CLAUSE, saying [that] CLAUSE": the main clause's subject speaks.
  bool ReadParticiple(size_t verb) {
    SpeakerCue cue{{tokens_[verb].begin, tokens_[verb].end}, {}};
    // A speech verb's participle reads like "said"; others by their own frames.
    const size_t content =
        ClauseAfterVerb(verb, finder_.IsCue(tokens_[verb]) ? "said" : Lower(verb), cue);
    if (content == 0) return false;
    const Span clause{tokens_[content].begin, clause_end_};
    // "A, X said, adding that …": the statement's speaker before the main clause's subject
    // (the clause is then the speaker's content, not its source).
    // ("“… I think …,” he said, adding …": a speaker inside quoted words, a quotation mark
    // between it and the participle, speaks only there.)
    bool speaker_quoted = false;
    if (statement_speaker_) {
      for (size_t k = 0; k < verb && !speaker_quoted; ++k)
        speaker_quoted = tokens_[k].begin >= statement_speaker_->end && IsMarkAt(k);
    }
    if (statement_speaker_ && !speaker_quoted) {
      cue.speaker = *statement_speaker_;
    } else if (const std::optional<Span> speaker = ParticipleSpeaker(verb)) {
      cue.speaker = *speaker;
    } else {
      return Fill(clause, nullptr);
    }
    return Fill(clause, &cue);
  }

  // See ClauseSubjectBefore in indirect.h.
 public:
  std::optional<Span> ClauseSubject(size_t limit) const {
    const SpeakerFinder::PhraseResult subject = subjects_.ClauseSubject(limit);
    if (!subject.found) return std::nullopt;
    return subject.span;
  }

  // See SubjectBeforeInsert in indirect.h.
  std::optional<Span> SubjectBeforeInsert(size_t verb) const {
    if (verb < 2) return std::nullopt;
    const SpeakerFinder::PhraseResult phrase =
        subjects_.SubjectBeforeInsert(CommaInsideShortQuote(verb - 1));
    if (!phrase.found) return std::nullopt;
    return phrase.span;
  }

  // See ParticipleSpeaker in indirect.h; tokens_[verb - 1] is a comma.
  std::optional<Span> ParticipleSpeaker(size_t verb) const {
    if (verb < 2) return std::nullopt;
    // "…, X said, adding …" (not "…, X said they were …, adding"): a reporting verb right
    // before the comma, with its subject.
    // "X said CLAUSE, saying …" too: the latest verb of saying in the clause before it.
    for (size_t k = verb - 1; k-- > 0;) {
      if (Word(k) == ";" || IsMarkAt(k)) break;
      if (is_cue_[k] == 0 || !IsSayVerb(Lower(k))) continue;
      if (k > 0 && Word(k - 1) == ",") {  // "…, said X, adding …"
        if (const std::optional<SpeakerCue> inverted = finder_.CueAfter(tokens_, k - 1);
            inverted && inverted->speaker.end <= tokens_[verb - 1].begin)
          return inverted->speaker;
        break;
      }
      // A pronoun may be a relative clause's ("the photos he said proved …"): the
      // clause's subject below reads it when it is the main one.
      size_t cue_first = k;
      if (const SpeakerFinder::PhraseResult said = subjects_.Subject(k, cue_first);
          said.found && said.span.end <= tokens_[k].begin &&
          !IsPronoun(body_.substr(said.span.begin, said.span.size())))
        return said.span;
      break;
    }
    if (const std::optional<Span> quoted = QuoteSpeakerBefore(verb)) return quoted;
    SpeakerFinder::PhraseResult subject = subjects_.ClauseSubject(verb - 1);
    // A participle that is no verb of saying ("trying to", "hoping to") speaks for its subject
    // only when that can speak ("The grant will help the museum, hoping to reopen …" is the
    // museum's hoping, not the grant's).
    if (subject.found && !finder_.IsCue(tokens_[verb])) {
      size_t head = subject.first_token;
      while (head + 1 < tokens_.size() && tokens_[head + 1].end <= subject.span.end) ++head;
      if (!finder_.NamesSpeaker(subject.span, tokens_[head])) subject = {};
    }
    if (!subject.found) subject = subjects_.MainSubjectPastOpening(verb);
    if (subject.found) return subject.span;
    return std::nullopt;
  }

 private:
  // The speaker of a quotation's attribution before the participle at `verb` ("“…,” he said,
  // adding that …", "“…,” said X, a former aide, recalling …"): the cue after the sentence's
  // last closing quotation mark before `verb`.
  std::optional<Span> QuoteSpeakerBefore(size_t verb) const {
    size_t mark = verb;
    while (mark > 0 && !IsMarkAt(mark - 1)) --mark;
    if (mark == 0 || mark >= verb) return std::nullopt;
    const std::optional<SpeakerCue> cue = finder_.CueAfter(tokens_, mark);
    if (!cue || cue->cue.end > tokens_[verb].begin) return std::nullopt;
    return cue->speaker;
  }

  std::string_view body_;
  const Span& sentence_;
  const std::vector<Token>& tokens_;
  const SpeakerFinder& finder_;
  std::vector<QuoteMention>& out_;
  const uint32_t clause_end_;
  const std::string lower_;  // the sentence, ASCII capitals lower-cased (Lower)
  const std::vector<uint8_t> is_cue_;  // per token: IsCue
  // The first left single quotation mark of the sentence (tokens_.size() when none), for
  // IsBarePossessive.
  const size_t first_left_single_ = FirstLeftSingleMark();
  const size_t last_word_ = LastWordIndex();
  const SentenceSubjects subjects_;
  // The speaker phrase of the sentence's latest statement, for a participle after it.
  std::optional<Span> statement_speaker_;
  // Whether the latest ClauseAfterVerb found an object or infinitive rather than a clause.
  mutable bool object_content_ = false;
  // out_'s size before this sentence: statements from index first_statement_ on are its own.
  const size_t first_statement_ = out_.size();
};

// Labels that open a headline before a colon and name no source ("Update: …").
bool IsHeadlineLabel(std::string_view lower) {
  static constexpr std::array<std::string_view, 14> kLabels = {
      "update", "updated", "breaking", "exclusive", "watch",   "video",     "photos",
      "live",   "opinion", "analysis", "editorial", "factbox", "explainer", "correction"};
  return InList(lower, kLabels);
}

// Words of a headline's source before its verb or colon ("GOP Rep McCaul Announces …").
constexpr size_t kMaxHeadlineSourceTokens = 6;

}  // namespace

std::optional<uint32_t> AfterDateline(std::string_view body, const std::vector<Token>& tokens) {
  const auto word = [&](size_t k) { return TextOf(body, tokens[k]); };
  size_t j = 0;
  if (!tokens.empty() && word(0) == "(") {  // "(PressMediaWire) NEW YORK, …": the wire first
    while (j < tokens.size() && word(j) != ")" && j < kMaxDatelineTokens) ++j;
    ++j;
  }
  const size_t place = j;
  while (j < tokens.size() && j < kMaxDatelineTokens && tokens[j].kind == TokenKind::kWord &&
         tokens[j].all_caps)
    ++j;
  if (j == place) return std::nullopt;
  if (j + 1 < tokens.size() && word(j) == "," && tokens[j + 1].capitalized) {
    j += 2;  // ", Iowa", ", Jan. 8, 2008 /PRNewswire/"
    while (j < tokens.size() && j < kMaxDatelineTokens &&
           (word(j) == "." || word(j) == "," || word(j) == "/" || tokens[j].capitalized ||
            tokens[j].kind == TokenKind::kNumber))
      ++j;
  }
  if (j < tokens.size() && word(j) == "(") {
    while (j < tokens.size() && word(j) != ")" && j < kMaxDatelineTokens) ++j;
    if (j < tokens.size()) ++j;
  }
  if (j + 1 < tokens.size() && (IsDashWord(word(j)) || word(j) == "--")) return tokens[j + 1].begin;
  return std::nullopt;
}

bool ReadHeadline(std::string_view body, const Span& sentence, const std::vector<Token>& tokens,
                  const SpeakerFinder& finder, std::vector<QuoteMention>& out) {
  if (tokens.size() < 4) return false;
  const auto word = [&](size_t k) { return TextOf(body, tokens[k]); };
  const auto lower = [&](size_t k) { return LowerAscii(word(k)); };
  const uint32_t end = ClauseEnd(body, sentence);
  const auto fill = [&](size_t cue_first, size_t cue_last, size_t source_first, size_t source_end,
                        size_t content) {
    if (content >= tokens.size() || tokens[content].begin >= end ||
        CountWords(tokens, tokens[content].begin, end) < 2)
      return false;
    QuoteMention& quote = out.emplace_back();
    quote.kind = QuoteKind::kIndirect;
    quote.span = {tokens[content].begin, end};
    quote.text = std::string(body.substr(quote.span.begin, quote.span.size()));
    const SpeakerCue cue{{tokens[cue_first].begin, tokens[cue_last].end},
                         {tokens[source_first].begin, tokens[source_end - 1].end}};
    finder.Attribute(cue, tokens[source_first].begin, quote);
    return true;
  };
  // "Insiders: CLAUSE", "Newspaper: CLAUSE".
  for (size_t k = 1; k < tokens.size() && k <= kMaxHeadlineSourceTokens; ++k) {
    if (word(k) == ":") {
      if (IsHeadlineLabel(lower(0)) || k + 1 >= tokens.size()) return false;
      // "30 December 2007 9:00 GMT - …": a clock's colon, digits on both sides.
      if (tokens[k - 1].kind == TokenKind::kNumber || tokens[k + 1].kind == TokenKind::kNumber)
        return false;
      return fill(k, k, 0, k, k + 1);
    }
    if (tokens[k].kind == TokenKind::kPunct) break;
  }
  // "X Says CLAUSE", "X Tells Y CLAUSE", "X wants Y banned": the first reporting word after
  // a source of names and nouns, capitalized or not.
  for (size_t k = 1; k + 2 < tokens.size() && k <= kMaxHeadlineSourceTokens; ++k) {
    if (tokens[k].kind != TokenKind::kWord && tokens[k].kind != TokenKind::kPossessive) break;
    if (tokens[k].kind != TokenKind::kWord) continue;
    const std::string verb = lower(k);
    if (!IsSpeechVerb(verb) && FramesOf(verb) == nullptr) continue;
    if (verb == "state" || verb == "states" || IsFunctionWord(word(k - 1))) return false;
    size_t content = k + 1;
    if (verb == "tells" || verb == "told" || verb == "tell") {
      // "Maher Tells Guest CLAUSE": the addressee is one capitalized word.
      if (tokens[content].capitalized && content + 2 < tokens.size()) ++content;
    }
    // "spoke in Madrid": a verb with its place or time is no statement.
    if (IsPreposition(lower(content))) return false;
    return fill(k, k, 0, k, content);
  }
  return false;
}

bool ReadIndirectSpeech(std::string_view body, const Span& sentence,
                        const std::vector<Token>& tokens, const SpeakerFinder& finder,
                        std::vector<QuoteMention>& out) {
  return SentenceReader(body, sentence, tokens, finder, out).Read();
}

std::optional<Span> ClauseSubjectBefore(std::string_view body, const Span& sentence,
                                        const std::vector<Token>& tokens,
                                        const SpeakerFinder& finder, size_t limit) {
  if (limit == 0 || limit > tokens.size()) return std::nullopt;
  std::vector<QuoteMention> unused;
  return SentenceReader(body, sentence, tokens, finder, unused).ClauseSubject(limit);
}

std::optional<Span> SubjectBeforeInsert(std::string_view body, const Span& sentence,
                                        const std::vector<Token>& tokens,
                                        const SpeakerFinder& finder, size_t verb) {
  if (verb < 2 || verb >= tokens.size()) return std::nullopt;
  // Checked before the reading is built (it lower-cases the sentence and flags its cues):
  // an insert ends in a comma or dash, or in a mark closing a few quoted words.
  const std::string_view before = TextOf(body, tokens[verb - 1]);
  if (before != "," && !IsDashWord(before) && !IsQuoteMark(before)) return std::nullopt;
  std::vector<QuoteMention> unused;
  return SentenceReader(body, sentence, tokens, finder, unused).SubjectBeforeInsert(verb);
}

std::optional<Span> ParticipleSpeaker(std::string_view body, const Span& sentence,
                                      const std::vector<Token>& tokens,
                                      const SpeakerFinder& finder, size_t verb) {
  if (verb >= tokens.size() || verb < 2 || TextOf(body, tokens[verb - 1]) != ",")
    return std::nullopt;
  std::vector<QuoteMention> unused;
  return SentenceReader(body, sentence, tokens, finder, unused).ParticipleSpeaker(verb);
}

}  // namespace crosscheck
