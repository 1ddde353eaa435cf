// Subject phrases of reporting verbs, for indirect.cc (see indirect_subjects.h).
#include "annotate/indirect_subjects.h"

#include <algorithm>
#include <array>

namespace crosscheck::reported {
namespace {

// Auxiliaries and adverbs between the subject and the verb ("has also repeatedly said").
constexpr size_t kMaxAuxTokens = 3;
// Tokens of a quantified subject ("nearly 40 percent of Clinton voters").
constexpr size_t kMaxPhraseTokens = 8;
// Tokens of an apposition between a subject and its verb ("X, a former official at Y, said").
constexpr size_t kMaxAppositionTokens = 24;
// Tokens of a subject with its modifiers and titles ("Former Florida Gov. Jeb Bush").
constexpr size_t kMaxWholeSubjectTokens = 10;
// Tokens of a parenthesis between a subject and its verb ("(D-Ga.)", "(I-Vt.)").
constexpr size_t kMaxParenthesisTokens = 8;
// Tokens of a relative clause inside a subject ("who spoke with The Huffington Post").
constexpr size_t kMaxRelativeTokens = 10;
// Tokens of an insert between a subject and its verb ("Trump, meanwhile, was …").
constexpr size_t kMaxInsertTokens = 12;
// Words of a subject phrase without a name in it ("the veteran trawler captain").
constexpr size_t kMaxCommonSubjectWords = 5;
// Words of an opening phrase before the sentence's subject ("In an interview,").
constexpr size_t kMaxOpeningTokens = 8;
// Places and institutions after a name in an apposition ("Jo Ray of the Baptist Church in Marion").
constexpr size_t kMaxNameHops = 3;

// Words that open a quantified subject ("many", "half", "two", "percent").
bool IsQuantifierWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 28> kQuantifiers = {
      "many",  "most",    "some",     "others",  "few",      "both",    "all",
      "half",  "percent", "majority", "several", "none",     "one",     "two",
      "three", "four",    "five",     "six",     "seven",    "eight",   "nine",
      "ten",   "third",   "thirds",   "quarter", "quarters", "another", "minority"};
  return InList(lower, kQuantifiers);
}

}  // namespace

// The subject phrase before the verb at `verb`, skipping auxiliaries; `cue_first` is set to
// the first auxiliary (the cue reads "has said").
SentenceSubjects::PhraseResult SentenceSubjects::Subject(size_t verb, size_t& cue_first) const {
  cue_first = verb;
  // "are already confirming": a progressive's "be" is an auxiliary of the cue.
  const bool progressive = IsParticipleCue(Lower(verb)) || Lower(verb).ends_with("ing");
  // "has since said": "since" between an auxiliary and the verb is an adverb.
  while (cue_first > 0 && verb - cue_first < kMaxAuxTokens &&
         (IsAuxiliary(tokens_[cue_first - 1], Word(cue_first - 1)) ||
          (progressive && IsBeForm(Lower(cue_first - 1))) ||
          (Lower(cue_first - 1) == "since" && cue_first >= 2 &&
           IsAuxiliary(tokens_[cue_first - 2], Word(cue_first - 2))) ||
          // "he's said", "she’s also said": a pronoun's "'s" is "has".
          (tokens_[cue_first - 1].kind == TokenKind::kPossessive && cue_first >= 2 &&
           IsPronoun(Word(cue_first - 2)))))
    --cue_first;
  const size_t aux_first = cue_first;
  SpeakerFinder::PhraseResult phrase = finder_.SubjectBefore(tokens_, cue_first);
  if (!phrase.found && cue_first != verb) {
    cue_first = verb;
    phrase = finder_.SubjectBefore(tokens_, verb);
  }
  if (!phrase.found) {
    // "X on Friday announced", "X Wednesday reacted to", "Officials there have said": a time
    // or place between the subject and its verb (a weekday alone is no subject).
    size_t gap_first = aux_first;
    while (gap_first > 1 && aux_first - gap_first < kMaxAuxTokens &&
           tokens_[gap_first - 1].kind == TokenKind::kWord &&
           (IsTimeFiller(Word(gap_first - 1)) || Lower(gap_first - 1) == "there" ||
            Lower(gap_first - 1) == "here"))
      --gap_first;
    if (gap_first != aux_first) {
      const SpeakerFinder::PhraseResult before = finder_.SubjectBefore(tokens_, gap_first);
      if (before.found) {
        phrase = before;
        cue_first = aux_first;
      }
    }
  }
  if (cue_first > 0 && (!phrase.found || (phrase.first_token > 0 &&
                                          !IsClauseOpener(Lower(phrase.first_token - 1))))) {
    if (const SpeakerFinder::PhraseResult quantified = QuantifierSubject(cue_first);
        quantified.found) {
      phrase = quantified;
    } else if (const SpeakerFinder::PhraseResult whole = WholeSubject(cue_first, phrase);
               whole.found) {
      phrase = whole;
    }
  }
  if (cue_first > 1 && (!phrase.found || (phrase.first_token > 0 &&
                                          !IsClauseOpener(Lower(phrase.first_token - 1))))) {
    if (const SpeakerFinder::PhraseResult around = SubjectAroundInsert(cue_first); around.found) {
      phrase = around;
    } else if (aux_first != cue_first && aux_first > 1) {
      // "Sen. Jo Ray (D-Ga.) has said": the insert before the auxiliaries.
      if (const SpeakerFinder::PhraseResult before_aux = SubjectAroundInsert(aux_first);
          before_aux.found) {
        phrase = before_aux;
        cue_first = aux_first;
      }
    }
  }
  // "X continued to say", "X declined to say", "X went on to say": the subject of the verb
  // the infinitive hangs on, which joins the cue.
  if (!phrase.found && cue_first >= 3 && Lower(cue_first - 1) == "to" && IsSayVerb(Lower(verb))) {
    size_t head = cue_first - 2;
    if (Lower(head) == "on" && head > 1) --head;  // "went on to say"
    if (tokens_[head].kind == TokenKind::kWord && !tokens_[head].capitalized &&
        !IsFunctionWord(Lower(head))) {
      size_t head_first = head;
      const SpeakerFinder::PhraseResult outer = Subject(head, head_first);
      if (outer.found) {
        cue_first = head_first;
        return outer;
      }
    }
  }
  // A subject read back from the verb past its auxiliaries ("A spokesman for X's campaign
  // didn't respond"): the auxiliaries belong to the cue.
  if (phrase.found && aux_first < cue_first && phrase.first_token < aux_first &&
      phrase.span.end > tokens_[aux_first - 1].end) {
    phrase.span.end = tokens_[aux_first - 1].end;
    cue_first = aux_first;
  }
  phrase = Coordinated(WithHonorific(phrase));
  // A verb inside quoted words has no subject outside them ("X said it had “detected that
  // …”": "detected" is the quotation's word, not a statement of "it").
  if (phrase.found) {
    for (size_t k = phrase.first_token; k < verb; ++k) {
      if (tokens_[k].begin >= phrase.span.end && IsQuoteMark(Word(k))) return {};
    }
  }
  if (phrase.found) {
    size_t end = phrase.first_token;
    while (end < tokens_.size() && tokens_[end].end <= phrase.span.end) ++end;
    const size_t trimmed = EndBeforeTime(phrase.first_token, end);
    if (trimmed < end) phrase.span.end = tokens_[trimmed - 1].end;
  }
  return phrase;
}

// `end` (one past a subject phrase's last token opening at `from`) before a trailing time
// adjunct: "The port authority on Friday", "the ministry last week" end before it.
size_t SentenceSubjects::EndBeforeTime(size_t from, size_t end) const {
  size_t trimmed = end;
  while (trimmed > from + 1 && tokens_[trimmed - 1].kind == TokenKind::kWord &&
         !tokens_[trimmed - 1].all_caps &&
         (WeekdayNumber(Word(trimmed - 1)) != 0 || IsTimeFiller(Word(trimmed - 1))))
    --trimmed;
  if (trimmed == end) return end;
  if (trimmed > from + 1 &&
      (Lower(trimmed - 1) == "on" || Lower(trimmed - 1) == "in" || Lower(trimmed - 1) == "at"))
    --trimmed;
  return trimmed > from ? trimmed : end;
}

// A subject whose phrase is cut from its verb (at `verb`) by a parenthesis ("Sen. Jo Ray
// (D-Ga.) said") or a relative clause ("Officials who spoke with the Post said",
// "executives who have worked with him say"): the phrase before the insert.
SentenceSubjects::PhraseResult SentenceSubjects::SubjectAroundInsert(size_t verb) const {
  size_t open = verb;
  if (Word(verb - 1) == ")") {
    while (open > 0 && verb - open < kMaxParenthesisTokens && Word(open - 1) != "(") --open;
    if (open == 0 || Word(open - 1) != "(") return {};
    --open;
  } else {
    while (open > 0 && verb - open < kMaxRelativeTokens && Lower(open - 1) != "who") {
      const size_t k = open - 1;
      if (tokens_[k].kind == TokenKind::kPunct || Lower(k) == "that") return {};
      --open;
    }
    if (open == 0 || Lower(open - 1) != "who") return {};
    --open;
  }
  if (open == 0) return {};
  // "Those who know him say", "Many of those who voted for X say": the demonstrative names
  // no one without its relative clause, which stays in the subject.
  // Not before auxiliaries ("Those who bought tickets are being urged to …": a passive,
  // or a modal's verb).
  if (Word(verb - 1) != ")" && Lower(open - 1) == "those" &&
      !IsAuxiliary(tokens_[verb - 1], Word(verb - 1)) && !IsBeForm(Lower(verb - 1)) &&
      Lower(verb - 1) != "to" && Lower(verb - 1) != "being") {
    size_t first = open - 1;
    while (first > 0 && open - first < kMaxWholeSubjectTokens &&
           !IsClauseOpener(Lower(first - 1)) &&
           (Lower(first - 1) == "of" || Lower(first - 1) == "all" ||
            tokens_[first - 1].kind == TokenKind::kNumber || IsQuantifierWord(Lower(first - 1))))
      --first;
    if (first > 0 && !IsClauseOpener(Lower(first - 1))) return {};
    return {true, {tokens_[first].begin, tokens_[verb - 1].end}, first};
  }
  SpeakerFinder::PhraseResult phrase = finder_.SubjectBefore(tokens_, open);
  if (!phrase.found || (phrase.first_token > 0 && !IsClauseOpener(Lower(phrase.first_token - 1))))
    phrase = WholeSubject(open, phrase);
  if (!phrase.found) return {};
  // The parenthesis belongs to the name; a relative clause is left out (a name inside it
  // is not the speaker: "executives who have worked with X say").
  if (Word(verb - 1) == ")") phrase.span.end = tokens_[verb - 1].end;
  return phrase;
}

// "Paris and Berlin have denied …": two names joined by "and" opening the clause are one
// subject (not "X said A and B said …", where the first name is inside a content).
SentenceSubjects::PhraseResult SentenceSubjects::Coordinated(
    SpeakerFinder::PhraseResult phrase) const {
  // The second name may be a possessive phrase: "Lund and his wife have said".
  const std::string_view opening = Lower(phrase.first_token);
  const bool possessive = opening == "his" || opening == "her" || opening == "their";
  if (!phrase.found || phrase.first_token < 2 || Lower(phrase.first_token - 1) != "and" ||
      !(tokens_[phrase.first_token].capitalized || possessive))
    return phrase;
  const SpeakerFinder::PhraseResult first = finder_.SubjectBefore(tokens_, phrase.first_token - 1);
  if (!first.found || !tokens_[first.first_token].capitalized) return phrase;
  size_t opener = first.first_token;
  if (opener > 0 && Lower(opener - 1) == "both") --opener;
  if (opener > 0 && !IsClauseOpener(Lower(opener - 1))) return phrase;
  return {true, {first.span.begin, phrase.span.end}, opener};
}

// A subject phrase running from a clause opener (or the sentence start) to the verb at
// `verb`, with the modifiers and titles the name-phrase finder stops at: "Texas Sen. Ted
// Cruz", "A teary-eyed Bush", "The billionaire real estate magnate", "Sanders' aides".
// `found` is the phrase the finder took, if any. No verb-like or clause word may sit inside.
SentenceSubjects::PhraseResult SentenceSubjects::WholeSubject(
    size_t verb, const SpeakerFinder::PhraseResult& found) const {
  size_t first = found.found ? found.first_token : verb;
  while (first > 0 && verb - first < kMaxWholeSubjectTokens) {
    const size_t k = first - 1;
    const Token& t = tokens_[k];
    const std::string_view lower = Lower(k);
    if (IsClauseOpener(lower)) break;
    // "the party's", "Sanders' aides" (a bare apostrophe after an s), "F-16", "2016".
    const bool bare_possessive = (lower == "'" || lower == "\xE2\x80\x99") && k > 0 &&
                                 Word(k - 1).ends_with("s") && tokens_[k - 1].end == t.begin;
    if (t.kind == TokenKind::kPossessive || lower == "-" || t.kind == TokenKind::kNumber ||
        bare_possessive) {
      --first;
      continue;
    }
    // "A report", "his claim": a cue word after a determiner is a noun.
    if (IsCue(k) && k > 0 && IsDeterminer(Lower(k - 1))) {
      --first;
      continue;
    }
    // "Sen." / "Gov.": the tokenizer leaves a title's stop apart.
    if (lower == "." && k > 0 && tokens_[k - 1].capitalized && IsPersonTitle(Word(k - 1))) {
      --first;
      continue;
    }
    if (t.kind != TokenKind::kWord || IsCue(k) || IsPronoun(lower) || IsClauseBreaker(lower))
      return {};
    --first;
  }
  if (first == verb || (first > 0 && !IsClauseOpener(Lower(first - 1)))) return {};
  // The head (the word before the verb) names someone: the finder's phrase, a capitalized
  // or speaker noun, or a plain noun after a determiner or possessive ("The campaign").
  const size_t head = verb - 1;
  if (tokens_[head].kind != TokenKind::kWord) return {};
  const std::string_view head_lower = Lower(head);
  if (!found.found) {
    if (IsFunctionWord(head_lower) || head_lower.ends_with("ly") || head_lower.ends_with("ing") ||
        head_lower.ends_with("ed"))
      return {};
    // Not a capitalized common-noun phrase ("Government guidance said …").
    const bool determined = IsDeterminer(Lower(first)) || tokens_[first].kind == TokenKind::kNumber;
    // A plural head names people, groups or papers ("Abortion rights advocates said",
    // "Romney's associates say", "Gay rights groups condemned"); a singular one seldom does.
    const bool plural = head_lower.size() > 3 && head_lower.ends_with("s") &&
                        !head_lower.ends_with("ss") && !head_lower.ends_with("us");
    if (!determined && !plural) return {};
  }
  return {true, {tokens_[first].begin, tokens_[head].end}, first};
}

// "many said", "26 percent of voters said", "half of the delegates said": a quantifier
// or a share opens the subject (the phrase finder stops at such function words).
SentenceSubjects::PhraseResult SentenceSubjects::QuantifierSubject(size_t verb) const {
  // Words inside a share: "two in three", "more than half of the voters".
  static constexpr std::array<std::string_view, 16> kShareWords = {
      "of",     "the",   "other",  "those", "in",    "out",     "than", "more",
      "nearly", "about", "almost", "over",  "fewer", "roughly", "them", "us"};
  size_t first = verb;
  bool quantified = false;
  while (first > 0 && verb - first < kMaxPhraseTokens) {
    const Token& t = tokens_[first - 1];
    if (t.kind == TokenKind::kNumber || Word(first - 1) == "%") {
      // "42% say …", "4 in 10 say …": a share.
      quantified =
          quantified || Word(first - 1) == "%" ||
          (first >= 3 && Lower(first - 2) == "in" && tokens_[first - 3].kind == TokenKind::kNumber);
      --first;
      continue;
    }
    if (t.kind != TokenKind::kWord) break;
    const std::string_view lower = Lower(first - 1);
    if (IsQuantifierWord(lower)) {
      quantified = true;
    } else if (!(InList(lower, kShareWords) || (!IsFunctionWord(lower) && !IsCue(first - 1)))) {
      break;
    }
    --first;
  }
  // The phrase must open with the quantifier or its number, after a clause opener.
  while (first < verb && (Lower(first) == "of" || Lower(first) == "the")) ++first;
  if (!quantified || first == verb || (first > 0 && !IsClauseOpener(Lower(first - 1)))) return {};
  return {true, {tokens_[first].begin, tokens_[verb - 1].end}, first};
}

// "Mr. Farid": the tokenizer leaves the abbreviation's stop apart; take it into the phrase.
SentenceSubjects::PhraseResult SentenceSubjects::WithHonorific(
    SpeakerFinder::PhraseResult phrase) const {
  const size_t first = phrase.first_token;
  if (phrase.found && first >= 2 && Word(first - 1) == "." && IsHonorific(Word(first - 2))) {
    phrase.first_token = first - 2;
    phrase.span.begin = tokens_[first - 2].begin;
  }
  return phrase;
}

// Whether a comma sits among tokens_[from, to).
bool SentenceSubjects::CommaBetween(size_t from, size_t to) const {
  for (size_t k = from; k < to && k < tokens_.size(); ++k) {
    if (Word(k) == ",") return true;
  }
  return false;
}

// See indirect_subjects.h.
SentenceSubjects::PhraseResult SentenceSubjects::WithNameChain(PhraseResult name) const {
  for (size_t hop = 0; hop < kMaxNameHops && name.found && name.first_token >= 3; ++hop) {
    const std::string_view preposition = Lower(name.first_token - 1);
    if (preposition != "of" && preposition != "in" && preposition != "at" && preposition != "from")
      break;
    const PhraseResult before = WithHonorific(finder_.SubjectBefore(tokens_, name.first_token - 1));
    if (!before.found) break;
    // "of the Baptist Church": an article may open an institution's name.
    const size_t head = before.first_token + (Lower(before.first_token) == "the" ? 1 : 0);
    if (head >= name.first_token || !tokens_[head].capitalized) break;
    name.first_token = before.first_token;
    name.span.begin = before.span.begin;
  }
  return name;
}

// See indirect_subjects.h.
SentenceSubjects::PhraseResult SentenceSubjects::AppositiveName(size_t comma) const {
  if (comma < 3) return {};
  PhraseResult name = WithHonorific(finder_.SubjectBefore(tokens_, comma));
  // "spokesman Jo Ray": the phrase may open with its lower-case role.
  while (name.found && name.first_token + 1 < comma && !tokens_[name.first_token].capitalized &&
         tokens_[name.first_token].kind == TokenKind::kWord &&
         !IsFunctionWord(Lower(name.first_token)))
    ++name.first_token;
  if (name.found) name.span.begin = tokens_[name.first_token].begin;
  if (!name.found || name.first_token < 2 || !tokens_[name.first_token].capitalized) return {};
  // "Jo Ray of the Baptist Church in Marion": the name before its chain of places.
  name = WithNameChain(name);
  // The chain may open the sentence ("Deputy Leader Jo Ray of Vermont, said …"): then no
  // comma opens an apposition before it.
  if (name.first_token < 2) return {};
  // Titles and places before the name ("Vermont Sen. Bernie Sanders").
  size_t name_first = name.first_token;
  while (name_first > 2 && comma - name_first < kMaxWholeSubjectTokens &&
         (tokens_[name_first - 1].capitalized || Word(name_first - 1) == "."))
    --name_first;
  name.first_token = name_first;
  name.span.begin = tokens_[name_first].begin;
  // A role in lower case may open the apposition ("His wife, longtime aide Jo Ray, said"):
  // a person title right before the name, with at most two words before it.
  size_t role_first = name.first_token;
  if (role_first > 2 && !tokens_[role_first - 1].capitalized &&
      tokens_[role_first - 1].kind == TokenKind::kWord && IsPersonTitle(Word(role_first - 1))) {
    --role_first;
    for (size_t extra = 0; extra < 2 && role_first > 2 && !tokens_[role_first - 1].capitalized &&
                           tokens_[role_first - 1].kind == TokenKind::kWord &&
                           !IsFunctionWord(Lower(role_first - 1)) && !IsCue(role_first - 1);
         ++extra)
      --role_first;
  }
  // The name, with a parenthesis after it ("(D-Ga.)"), fills the apposition.
  const size_t opening_comma = role_first - 1;
  if (Word(opening_comma) != "," && !IsDashWord(Word(opening_comma))) return {};
  for (size_t k = name.first_token; k < comma; ++k) {
    if (tokens_[k].kind == TokenKind::kPunct && Word(k) != "." && Word(k) != "(" &&
        Word(k) != ")" && Word(k) != "-")
      return {};
  }
  // The phrase before it: from the sentence start or a clause opener, no verb, no relative.
  size_t first = opening_comma;
  while (first > 0 && opening_comma - first < kMaxWholeSubjectTokens) {
    const size_t k = first - 1;
    const std::string_view lower = Lower(k);
    if (IsClauseOpener(lower)) break;
    const bool noun =
        k > 0 && (IsDeterminer(Lower(k - 1)) || tokens_[k - 1].kind == TokenKind::kPossessive);
    // A participle modifies the noun ("One pastor supporting X, Jo Ray, said").
    const bool participle = lower.ends_with("ing") && k > 0 && !IsClauseOpener(Lower(k - 1));
    if ((IsCue(k) && !noun && !participle) || lower == "who" || lower == "which" ||
        lower == "that" ||
        (tokens_[k].kind == TokenKind::kPunct && Word(k) != "." && Word(k) != "'" &&
         Word(k) != "\xE2\x80\x99"))
      return {};
    --first;
  }
  if (first == opening_comma || (first > 0 && !IsClauseOpener(Lower(first - 1)))) return {};
  // A noun phrase: it opens with a word, not a preposition ("In Ohio, Gov. X said").
  if (IsPreposition(Lower(first)) || IsSubordinator(Lower(first))) return {};
  // "Ana Ruiz, the editor of the city's paper, The Harbour Gazette, said": the phrase is an
  // apposition itself, of the name before it, which speaks.
  if (NameBeforeApposition(first).found) return {};
  return name;
}

// The capitalized name opening its clause right before the comma at tokens_[first - 1], when
// the phrase at `first` is an apposition of it ("Ana Ruiz, the editor of …").
SentenceSubjects::PhraseResult SentenceSubjects::NameBeforeApposition(size_t first) const {
  if (first < 2 || Word(first - 1) != ",") return {};
  const PhraseResult earlier = WithHonorific(finder_.SubjectBefore(tokens_, first - 1));
  if (!earlier.found || !tokens_[earlier.first_token].capitalized ||
      (earlier.first_token > 0 && !IsClauseOpener(Lower(earlier.first_token - 1))))
    return {};
  return earlier;
}

// See indirect_subjects.h.
SentenceSubjects::PhraseResult SentenceSubjects::SubjectBeforeInsert(size_t insert_end) const {
  if (insert_end >= tokens_.size() || (Word(insert_end) != "," && !IsDashWord(Word(insert_end))))
    return {};
  const PhraseResult name = AppositiveName(insert_end);
  return name.found ? name : SubjectBeforeApposition(insert_end);
}

// The name phrase before the comma that opens an apposition ending at the comma
// tokens_[comma]: "Asa Khalif, an organizer with the coalition, said …".
SentenceSubjects::PhraseResult SentenceSubjects::SubjectBeforeApposition(size_t comma) const {
  // A verb or "that" may only sit in a relative clause ("who advises the party") or a
  // participle phrase ("based in Ohio") of the apposition; the apposition may hold commas
  // of its own ("X, who founded Y, a group based in Ohio, said").
  bool clause_inside = false, relative = false;
  for (size_t k = comma; k-- > 1 && comma - k <= kMaxAppositionTokens;) {
    const std::string_view lower = Lower(k);
    if (lower == "who" || lower == "which") relative = true;
    if ((IsCue(k) && !IsParticipleCue(lower) && !lower.ends_with("ed")) || lower == "that")
      clause_inside = true;
    if (Word(k) != "," && !IsDashWord(Word(k))) continue;
    if (clause_inside && !relative) break;
    // "Rep. Jo Ray (D-Mich.), a member of …, said": the name before its parenthesis.
    size_t name_end = k;
    if (k >= 2 && Word(k - 1) == ")") {
      size_t open = k - 1;
      while (open > 0 && k - open <= kMaxParenthesisTokens && Word(open - 1) != "(") --open;
      if (open > 1 && Word(open - 1) == "(") name_end = open - 1;
    }
    const SpeakerFinder::PhraseResult phrase =
        WithHonorific(finder_.SubjectBefore(tokens_, name_end));
    // "X, 22, of Leeds, said", "X, during a visit to Y, said": an insert of its own, not the
    // name; the walk goes on to the comma before it.
    const auto insert = [&](const SpeakerFinder::PhraseResult& p) {
      return p.found &&
             (IsPreposition(Lower(p.first_token)) || IsSubordinator(Lower(p.first_token)) ||
              tokens_[p.first_token].kind == TokenKind::kNumber);
    };
    if (insert(phrase)) continue;
    if (phrase.found &&
        (phrase.first_token == 0 || IsClauseOpener(Lower(phrase.first_token - 1)))) {
      // "Ana Ruiz, the editor of the city's paper, The Harbour Gazette, said": a common noun
      // phrase describing the name before it.
      if (!tokens_[phrase.first_token].capitalized) {
        if (const PhraseResult earlier = NameBeforeApposition(phrase.first_token); earlier.found)
          return earlier;
      }
      return phrase;
    }
    // "Alabama Sen. Jeff Sessions, a Trump supporter, said": titles before the name.
    if (const SpeakerFinder::PhraseResult whole = WholeSubject(name_end, phrase); whole.found) {
      if (insert(whole)) continue;
      return whole;
    }
    // "X, 22, of Leeds, said": the name after a preposition, in an insert of its own.
    if (phrase.found && phrase.first_token > 0 &&
        (IsPreposition(Lower(phrase.first_token - 1)) ||
         IsSubordinator(Lower(phrase.first_token - 1))))
      continue;
    if (phrase.found) break;
  }
  return {};
}

// The subject phrase opening the sentence, before the main verb at or before `limit`:
// a pronoun, or a name phrase followed by a lower-case word.
SentenceSubjects::PhraseResult SentenceSubjects::MainSubject(size_t limit, size_t from) const {
  if (from >= limit) return {};
  if (tokens_[from].kind == TokenKind::kWord && IsPronoun(Word(from)))
    return {true, {tokens_[from].begin, tokens_[from].end}, from};
  for (size_t k = from + 1; k < limit && k <= from + kMaxOpeningTokens; ++k) {
    // "Trump, meanwhile, was making …", "Davis, a longtime liberal, lashed out …": the name
    // before the first comma, when the clause goes on past the insert.
    const bool insert = Word(k) == "," && k + 1 < limit;
    if (!insert && (tokens_[k].kind != TokenKind::kWord || tokens_[k].capitalized)) continue;
    if (insert && !ClosedInsertAfter(k, limit)) break;
    SpeakerFinder::PhraseResult phrase = WithHonorific(finder_.SubjectBefore(tokens_, k));
    if (phrase.found && phrase.first_token == from) return phrase;
    if (insert) break;
  }
  return {};
}

// Whether the comma tokens_[comma] opens an insert closed by another comma before `limit`
// ("Trump, meanwhile, was …", "Davis, a longtime liberal, lashed out …"), with no reporting
// word or stop inside, after a name that is no dateline ("PARIS", "DES MOINES"), adverb
// ("Likewise", "Essentially") or time ("Sunday").
bool SentenceSubjects::ClosedInsertAfter(size_t comma, size_t limit) const {
  if (comma == 0) return false;
  const Token& before = tokens_[comma - 1];
  const std::string_view lower = Lower(comma - 1);
  if (before.kind != TokenKind::kWord || before.all_caps || lower.ends_with("ly") ||
      lower == "likewise" || lower == "meanwhile" || lower == "still" || IsTimeFiller(lower))
    return false;
  for (size_t k = comma + 1; k < limit && k - comma <= kMaxInsertTokens; ++k) {
    if (Word(k) == ",") return k > comma + 1;
    if (IsCue(k) || Word(k) == "." || Word(k) == ";" || Word(k) == ":") return false;
  }
  return false;
}

// MainSubject, or past an opening phrase: "In an interview, the minister hit back, saying
// …", "Speaking on Sunday, X admitted …, but said …".
SentenceSubjects::PhraseResult SentenceSubjects::MainSubjectPastOpening(size_t limit) const {
  SpeakerFinder::PhraseResult subject = MainSubject(limit);
  // "Speaking Sunday on ABC, X said …": a participle opening the sentence is no name.
  if (subject.found && IsParticipleCue(Lower(0)) && CommaBetween(1, limit)) subject = {};
  for (size_t comma = 1; !subject.found && comma + 1 < limit && comma <= kMaxOpeningTokens;
       ++comma) {
    if (Word(comma) == ",") subject = MainSubject(limit, comma + 1);
  }
  return subject;
}

namespace {

// Past forms of common irregular verbs: a clause's finite verb when no auxiliary or -ed form
// shows one ("Lund went after …", "the mayor struck a tone", "the firm wrote to …").
bool IsIrregularPast(std::string_view lower) {
  static constexpr std::array<std::string_view, 58> kPast = {
      "began",   "brought", "built",  "bought", "came",   "caught", "chose",  "dove",
      "drew",    "drove",   "ate",    "fell",   "felt",   "fought", "found",  "flew",
      "forgot",  "gave",    "got",    "grew",   "held",   "hit",    "hung",   "kept",
      "knew",    "laid",    "led",    "left",   "lent",   "let",    "lost",   "made",
      "meant",   "met",     "paid",   "put",    "ran",    "rose",   "saw",    "sent",
      "set",     "shook",   "shot",   "sought", "spent",  "spoke",  "stood",  "stole",
      "struck",  "swore",   "took",   "taught", "tore",   "threw",  "went",   "won",
      "withdrew", "wrote"};
  return InList(lower, kPast);
}

// Words that open an adjunct before a clause's subject ("Late last month, …", "Hours later,
// …", "Besides attacking …, X …").
bool IsAdjunctOpener(std::string_view lower) {
  static constexpr std::array<std::string_view, 28> kOpeners = {
      "late",    "early",  "hours",   "days",    "weeks",   "months", "years",
      "moments", "later",  "since",   "until",   "besides", "despite", "unlike",
      "instead", "asked",  "alongside", "beside", "behind", "near",   "outside",
      "inside",  "across", "around",  "through", "toward",  "towards", "beyond"};
  return InList(lower, kOpeners);
}

}  // namespace

// Whether tokens_[k] reads as a finite verb: an auxiliary or modal, a reporting word, a past
// form (-ed, not right after a determiner: "the retired surgeon"), or an irregular past.
bool SentenceSubjects::LooksFiniteVerb(size_t k) const {
  if (tokens_[k].kind != TokenKind::kWord || tokens_[k].capitalized) return false;
  const std::string_view lower = Lower(k);
  static constexpr std::array<std::string_view, 20> kFinite = {
      "is",   "was",   "are",   "were",  "has",   "have",  "had",    "will",  "would", "can",
      "could", "may",  "might", "must",  "should", "did",  "does",   "do",    "\x27s", "am"};
  if (InList(lower, kFinite)) return k > 0;
  if (k > 0 && (Lower(k - 1) == "to" || IsDeterminer(Lower(k - 1)) ||
                tokens_[k - 1].kind == TokenKind::kPossessive))
    return false;
  if (IsCue(k) || IsIrregularPast(lower)) return true;
  return lower.size() > 4 && lower.ends_with("ed");
}

// Whether the segment opening at tokens_[k] is an adjunct, not a clause's subject: a
// preposition or subordinator, a participle, an adverb, a time word, a number.
bool SentenceSubjects::OpensAdjunct(size_t k) const {
  const Token& t = tokens_[k];
  if (t.kind == TokenKind::kNumber) return true;
  if (t.kind != TokenKind::kWord) return false;
  const std::string_view lower = Lower(k);
  return IsPreposition(lower) || IsSubordinator(lower) || IsParticipleCue(lower) ||
         IsAdjunctOpener(lower) || IsTimeFiller(lower) || (lower.size() > 4 && lower.ends_with("ly")) ||
         lower == "in" || lower == "for" || lower == "with" || lower == "without" ||
         lower == "amid" || lower == "among" || lower == "following" || lower == "under" ||
         lower == "throughout" || lower == "once" || lower == "like";
}

// Whether the head of the phrase tokens_[from, to) (its last word before a preposition) is a
// lower-case abstract noun, which does not speak ("The performance drew cheers …,
// suggesting …", "the scale of the damage has left …"): -ance, -ence, -ment, -ness,
// -ity, -sure, -sion, unless a speaker noun ("government", "authority", "commission").
bool SentenceSubjects::AbstractHead(size_t from, size_t to) const {
  size_t head = from;
  for (size_t k = from; k < to; ++k) {
    if (tokens_[k].kind != TokenKind::kWord) continue;
    if (k > from && IsPreposition(Lower(k))) break;
    head = k;
  }
  if (tokens_[head].capitalized || IsSpeakerNoun(Word(head))) return false;
  std::string_view lower = Lower(head);
  if (lower.size() > 4 && lower.ends_with("s")) lower.remove_suffix(1);
  static constexpr std::array<std::string_view, 7> kSuffixes = {"ance", "ence", "ment", "ness",
                                                                "ity",  "sure", "sion"};
  for (std::string_view suffix : kSuffixes)
    if (lower.size() > suffix.size() + 2 && lower.ends_with(suffix)) return true;
  return false;
}

// Whether tokens_[from, to) can be a subject: a few words opening with a name, a determiner,
// a pronoun or a quantifier, with no clause word or punctuation but possessives, periods of
// abbreviations and parentheses.
bool SentenceSubjects::NounPhrase(size_t from, size_t to) const {
  if (from >= to || to - from > kMaxWholeSubjectTokens) return false;
  const Token& first = tokens_[from];
  if (first.kind != TokenKind::kWord) return false;
  const std::string_view opening = Lower(from);
  if (!first.capitalized && !IsDeterminer(opening) && !IsPronoun(Word(from)) &&
      opening != "many" && opening != "several" && opening != "both" && opening != "other" &&
      opening != "most" && opening != "all" && opening != "one")
    return false;
  if (first.capitalized && (IsPreposition(opening) || IsSubordinator(opening) ||
                            WeekdayNumber(Word(from)) != 0 || IsAdjunctOpener(opening) ||
                            opening == "it" || opening == "there" || opening == "this"))
    return false;
  // A capitalized word alone opening the sentence is a name only when the entity annotator
  // found one there, a speaker noun or a plural of a party or people ("Republicans",
  // "Democrats", "Conservatives"), not "Guns are …" or "Shortly, …".
  if (to - from == 1 && from == 0 && first.capitalized && !first.all_caps &&
      !IsPronoun(Word(from)) && !finder_.EntityStartsAt(first.begin) &&
      !IsSpeakerNoun(Word(from)) &&
      !opening.ends_with("ans") && !opening.ends_with("ats") && !opening.ends_with("ists") &&
      !opening.ends_with("ives"))
    return false;
  bool head = false;  // a word past the determiner
  bool named = false;  // a capitalized word past the first
  size_t words = 0;
  for (size_t k = from; k < to; ++k) {
    const Token& t = tokens_[k];
    if (t.kind == TokenKind::kPossessive || t.kind == TokenKind::kNumber) continue;
    head = head || (t.kind == TokenKind::kWord && !(k == from && IsDeterminer(opening)));
    if (t.kind == TokenKind::kPunct) {
      const std::string_view w = Word(k);
      if (w == "." || w == "(" || w == ")") continue;
      return false;
    }
    const std::string_view lower = Lower(k);
    if (IsClauseBreaker(lower) || IsSubordinator(lower) || IsParticipleCue(lower)) return false;
    // "The so-called …" read as "The so": words of degree and comparison end no subject.
    if (k > from && !t.capitalized &&
        (lower == "so" || lower == "such" || lower == "very" || lower == "too" ||
         lower == "than" || lower == "not"))
      return false;
    ++words;
    named = named || (k > from && t.capitalized);
  }
  // A long phrase of common words is rather a clause the verb test missed ("Its findings
  // include broad support from …").
  if (words > kMaxCommonSubjectWords && !named) return false;
  return head && !AbstractHead(from, to);
}

// The subject of the clause in tokens_[from, limit) when its first finite verb follows a noun
// phrase; `found` false when the clause opens with its verb or has none.
SentenceSubjects::PhraseResult SentenceSubjects::SegmentSubject(size_t from, size_t limit) const {
  // "even a senior strategist said", "only the mayor has": a focus adverb before the subject.
  while (from < limit && tokens_[from].kind == TokenKind::kWord &&
         (Lower(from) == "even" || Lower(from) == "only" || Lower(from) == "also" ||
          Lower(from) == "then" || Lower(from) == "now"))
    ++from;
  for (size_t k = from; k < limit && k - from <= kMaxWholeSubjectTokens; ++k) {
    if (!LooksFiniteVerb(k)) continue;
    size_t end = k;
    // "Lund openly admitted", "Berg also went": adverbs belong to the verb.
    while (end > from && tokens_[end - 1].kind == TokenKind::kWord &&
           (IsAuxiliary(tokens_[end - 1], Word(end - 1)) || Lower(end - 1) == "only" ||
            Lower(end - 1) == "meanwhile" || Lower(end - 1) == "however" ||
            Lower(end - 1) == "too" || Lower(end - 1) == "though"))
      --end;
    end = EndBeforeTime(from, end);
    if (!NounPhrase(from, end)) return {};
    return WithHonorific({true, {tokens_[from].begin, tokens_[end - 1].end}, from});
  }
  return {};
}

SentenceSubjects::PhraseResult SentenceSubjects::ClauseSubject(size_t comma) const {
  if (comma == 0 || comma >= tokens_.size()) return {};
  // The latest clause boundary with a subject of its own: "; Y has …", ", and Y has …".
  for (size_t k = comma; k-- > 1;) {
    const std::string_view w = Lower(k);
    const bool boundary = w == ";" || ((w == "and" || w == "but") && Word(k - 1) == ",");
    if (!boundary) continue;
    // Only with a verb that cannot be a participle of the phrase ("…, and the party, a group
    // allied with the government, saying …" has none): an auxiliary, a reporting word or an
    // irregular past.
    if (const PhraseResult later = SegmentSubject(k + 1, comma); later.found) {
      size_t verb = later.first_token;
      while (verb < comma && tokens_[verb].end <= later.span.end) ++verb;
      while (verb < comma && IsAuxiliary(tokens_[verb], Word(verb)) && !LooksFiniteVerb(verb))
        ++verb;
      if (verb < comma && !(Lower(verb).ends_with("ed") && !IsCue(verb))) return later;
    }
    break;
  }
  size_t start = 0;
  // A dateline ("PARIS —", "DES MOINES, Iowa (AP) —") is no subject.
  for (size_t k = 0; k < comma && k < kMaxOpeningTokens; ++k) {
    if (IsDashWord(Word(k)) || Word(k) == "--") {
      start = k + 1;
      break;
    }
    if (tokens_[k].kind == TokenKind::kWord && !tokens_[k].all_caps && !tokens_[k].capitalized) break;
  }
  // "But", "And", "Yet" open the sentence without opening an adjunct.
  while (start < comma && tokens_[start].kind == TokenKind::kWord &&
         (Lower(start) == "but" || Lower(start) == "and" || Lower(start) == "yet" ||
          Lower(start) == "so" || Lower(start) == "still" || Lower(start) == "meanwhile"))
    ++start;
  PhraseResult candidate;  // a subject cut from its verb by inserts ("X, the nominee, has …")
  while (start < comma) {
    size_t end = start;
    while (end < comma && Word(end) != ",") ++end;
    if (OpensAdjunct(start) || Lower(start) == "who" || Lower(start) == "which") {
      // An opening adjunct, or a relative clause inside the subject: skip it.
    } else if (const PhraseResult subject = SegmentSubject(start, end); subject.found) {
      return subject;
    } else if (LooksFiniteVerb(start) || IsAuxiliary(tokens_[start], Word(start))) {
      return candidate;  // the clause goes on with its verb: the phrase before the inserts
    } else if (!candidate.found && NounPhrase(start, end)) {
      candidate = WithHonorific({true, {tokens_[start].begin, tokens_[end - 1].end}, start});
    }
    start = end + 1;
  }
  return {};
}

}  // namespace crosscheck::reported
