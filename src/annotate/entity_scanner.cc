// Pass 1 of entity annotation: candidate names per sentence, typed by rules (entities.h
// lists them in order). The learned typer's features are recorded for the names only a
// default typed, or none; pass 2 (entities.cc) resolves names across the document.
#include "annotate/entity_scanner.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "annotate/entity_cues.h"
#include "annotate/entity_typer.h"
#include "annotate/tokens.h"
#include "base/date.h"
#include "base/lexicon.h"

namespace crosscheck {

std::string JoinWords(const std::vector<std::string_view>& words, size_t from, size_t to) {
  std::string out;
  for (size_t k = from; k < to; ++k) {
    if (!out.empty()) out += ' ';
    out += words[k];
  }
  return out;
}

namespace {

// The default for a name no rule typed: two or three capitalized words, none all capitals
// and none a function word ("Ana Ruiz", "Jean-Paul Sartre") are most often a person in news.
bool LooksLikePersonName(const Candidate& candidate) {
  if (candidate.words.size() < 2 || candidate.words.size() > 3) return false;
  for (std::string_view word : candidate.words) {
    if (!StartsWithUpper(word) || IsFunctionWord(word) || IsNameParticle(word)) return false;
    size_t upper = 0;
    for (char ch : word) upper += (ch >= 'A' && ch <= 'Z') ? 1 : 0;
    if (upper == word.size() && word.size() > 1) return false;
  }
  return true;
}

class DocumentScanner {
 public:
  explicit DocumentScanner(const TextReading& reading)
      : reading_(reading), body_(reading.body()), sports_report_(IsSportsReport(reading)) {}

  std::vector<Candidate> Scan() {
    for (size_t s = 0; s < reading_.sentences().size(); ++s)
      ScanSentence(reading_.sentences()[s], reading_.SentenceTokens(s));
    return std::move(candidates_);
  }

  // Words the document writes in lower case ("image", "magic"), filled by Scan: a name made
  // of such words is not a person by default.
  const std::unordered_set<std::string_view>& LowerCaseWords() const { return lower_words_; }

 private:
  std::string_view Text(const Token& token) const {
    return body_.substr(token.begin, token.end - token.begin);
  }

  bool IsNameWord(const Token& token) const {
    if (token.kind != TokenKind::kWord || !(token.capitalized || token.all_caps)) return false;
    const std::string_view text = Text(token);
    if (IsFunctionWord(text) && !token.all_caps) return false;
    if (WeekdayNumber(text) != 0) return false;
    // Month names ("Oct", "October"); "May", "June", "April", "August" and "Jan" are also given
    // names.
    if (MonthFromName(text) != 0 && text != "May" && text != "June" && text != "April" &&
        text != "August" && text != "Jan")
      return false;
    return true;
  }

  // A month that is also a given name ("June", "August", "May") written alone where a date
  // is: "a summit in June", "since last August", "early May", "June 2024". ("May said" stays.)
  bool MonthInDateContext(const std::vector<Token>& tokens, size_t k) const {
    if (MonthFromName(Text(tokens[k])) == 0) return false;
    if (k + 1 < tokens.size() && tokens[k + 1].kind == TokenKind::kNumber) return true;
    if (k == 0 || tokens[k - 1].kind != TokenKind::kWord) return false;
    static constexpr std::string_view kBefore[] = {
        "in",    "since", "last",  "next",    "early", "late",  "mid",     "this", "of",
        "until", "by",    "from",  "through", "to",    "and",   "or",      "between",
        "before", "after", "during", "each",  "every", "throughout"};
    const std::string before = LowerAscii(Text(tokens[k - 1]));
    return std::find(std::begin(kBefore), std::end(kBefore), before) != std::end(kBefore);
  }

  void ScanSentence(const Span& sentence, const std::vector<Token>& tokens) {
    for (const Token& token : tokens) {
      if (token.kind == TokenKind::kWord && !token.capitalized && !token.all_caps)
        lower_words_.insert(Text(token));
    }
    size_t i = 0;
    while (i < tokens.size()) {
      const bool date_month = i + 1 < tokens.size() && tokens[i + 1].kind == TokenKind::kNumber &&
                              MonthFromName(Text(tokens[i])) != 0;  // "May 3", "Jan 5"
      if (!IsNameWord(tokens[i]) || date_month) {
        ++i;
        continue;
      }
      // Grow the run.
      size_t last = i;
      bool has_org_keyword = IsOrgKeyword(Text(tokens[i]));
      size_t k = i + 1;
      while (k < tokens.size()) {
        const Token& t = tokens[k];
        // "Theresa May": a capitalized word that is also a function word ("May") goes on a
        // name when it follows the name's word directly.
        const bool name_may = k == last + 1 && t.kind == TokenKind::kWord && t.capitalized &&
                              Text(t) == "May";
        if (IsNameWord(t) || name_may) {
          has_org_keyword = has_org_keyword || IsOrgKeyword(Text(t));
          last = k++;
          continue;
        }
        // "Mr. Smith": an honorific's period; "Thomas K. Lund": a middle initial's.
        const std::string_view before = Text(tokens[last]);
        // (one name word after it, then no other: "… starred in Malcolm X. Ana Berg said …" is
        // a title's end and a new name).
        const bool initial = last > i && before.size() == 1 && before[0] >= 'A' &&
                             before[0] <= 'Z' &&
                             !(k + 2 < tokens.size() && IsNameWord(tokens[k + 2]));
        if (t.kind == TokenKind::kPunct && Text(t) == "." && k == last + 1 &&
            (IsHonorific(before) || initial) && k + 1 < tokens.size() && IsNameWord(tokens[k + 1])) {
          ++k;
          continue;
        }
        if (t.kind == TokenKind::kWord && k + 1 < tokens.size() && IsNameWord(tokens[k + 1])) {
          const std::string_view word = Text(t);
          const bool joins_org = (word == "of" || word == "for" || word == "and") &&
                                 (has_org_keyword || IsOrgKeyword(Text(tokens[k + 1])));
          if (IsNameParticle(word) || joins_org) {
            ++k;
            continue;
          }
        }
        break;
      }
      if (!(last == i && MonthInDateContext(tokens, i))) AddRun(tokens, i, last, sentence);
      i = last + 1;
    }
  }

  // "Jr", "Sr", "II", "III", "IV": written after a person's name.
  static bool IsNameSuffix(std::string_view word) {
    return word == "Jr" || word == "Sr" || word == "II" || word == "III" || word == "IV";
  }

  // Splits a run at a title and types its parts.
  void AddRun(const std::vector<Token>& tokens, size_t first, size_t last, const Span& sentence) {
    std::vector<size_t> word_tokens;
    for (size_t k = first; k <= last; ++k) {
      if (tokens[k].kind == TokenKind::kWord) word_tokens.push_back(k);
    }
    // Find the last title inside the run that has a name after it.
    size_t name_from = 0;  // index into word_tokens
    size_t title_from = word_tokens.size();
    for (size_t w = 0; w + 1 < word_tokens.size(); ++w) {
      for (size_t len = 3; len >= 1; --len) {
        if (w + len >= word_tokens.size()) continue;
        std::string phrase = LowerAscii(Text(tokens[word_tokens[w]]));
        for (size_t extra = 1; extra < len; ++extra)
          phrase += " " + LowerAscii(Text(tokens[word_tokens[w + extra]]));
        // "Martin Luther King Jr": a title word followed only by a generational suffix is
        // part of the name, not a title before one.
        const auto only_suffixes_after = [&] {
          return std::all_of(word_tokens.begin() + static_cast<std::ptrdiff_t>(w + len),
                             word_tokens.end(),
                             [&](size_t k) { return IsNameSuffix(Text(tokens[k])); });
        };
        if (IsPersonTitle(phrase) && !only_suffixes_after()) {
          if (title_from == word_tokens.size() || w > name_from)
            title_from = std::min(title_from, w);
          name_from = w + len;
          w += len - 1;
          break;
        }
      }
    }
    // "Premier League", "Chancellor Group": what follows the title ends in an organization
    // keyword, so the title word is part of the body's name, not a person's title.
    if (name_from > 0 && name_from < word_tokens.size() &&
        IsOrgKeyword(Text(tokens[word_tokens.back()])))
      name_from = 0;
    if (name_from > 0 && name_from < word_tokens.size()) {
      if (title_from > 0) {
        AddCandidate(tokens, word_tokens[0], word_tokens[title_from - 1], sentence,
                     /*person=*/false);
      }
      AddCandidate(tokens, word_tokens[name_from], word_tokens.back(), sentence, /*person=*/true);
      return;
    }
    // "Secretary of State Jo Ray", "Minister of Finance Ana Ruiz", "Minister for Foreign
    // Affairs X", "Chancellor of the Exchequer X": after a title's "of" or "for" (and "the"),
    // the run opens with the office's department, then the person's name (from a known
    // first name on).
    const size_t link =
        first >= 1 && LowerAscii(Text(tokens[first - 1])) == "the" ? first - 1 : first;
    const std::string link_word = link >= 2 ? LowerAscii(Text(tokens[link - 1])) : std::string();
    const bool after_title_of = link >= 2 && (link_word == "of" || link_word == "for") &&
                                tokens[link - 2].capitalized &&
                                IsPersonTitle(Text(tokens[link - 2]));
    // "the Secretary of State": a department alone names no one.
    static constexpr std::array<std::string_view, 14> kDepartments = {
        "state",  "defense",   "defence", "finance",  "justice",  "labor",       "labour",
        "health", "education", "energy",  "commerce", "treasury", "agriculture", "interior"};
    if (after_title_of && word_tokens.size() == 1 &&
        std::find(kDepartments.begin(), kDepartments.end(),
                  LowerAscii(Text(tokens[word_tokens[0]]))) != kDepartments.end())
      return;
    // The body before the person's name is a mention of its own when it names an
    // organization ("CEO of the Refugee Council Ana Ruiz"), not a department ("State").
    const auto add_body_before = [&](size_t person) {
      if (IsOrgKeyword(Text(tokens[word_tokens[person - 1]])))
        AddCandidate(tokens, word_tokens[0], word_tokens[person - 1], sentence, /*person=*/false);
    };
    // (Not when the run ends as an organization's name does: "the San Francisco Police
    // Department" holds a first name.)
    if (after_title_of && word_tokens.size() >= 2 &&
        !IsOrgKeyword(Text(tokens[word_tokens.back()]))) {
      for (size_t w = 1; w < word_tokens.size(); ++w) {
        if (IsFirstName(Text(tokens[word_tokens[w]]))) {
          add_body_before(w);
          AddCandidate(tokens, word_tokens[w], word_tokens.back(), sentence, /*person=*/true);
          return;
        }
      }
    }
    const size_t added = candidates_.size();
    AddCandidate(tokens, first, last, sentence, /*person=*/false);
    // "the Mayor of Tarnby said": one name after a title's "of" is the office's place or
    // body, never the person holding it; another mention may type it.
    if (after_title_of && word_tokens.size() == 1 && candidates_.size() > added &&
        candidates_.back().type == EntityType::kPerson) {
      candidates_.back().type = EntityType::kOther;
      candidates_.back().typed = false;
    }
  }

  // Known organizations and gazetteer places (up to three words, the longest first) written
  // inside a longer name, each a mention of its own: "Acme Science Fair" holds "Acme" when Acme
  // is a known organization, "University of North Carolina" holds "North Carolina".
  void AddNamesInside(const std::vector<Token>& tokens, size_t first, size_t last,
                      const Span& sentence) {
    constexpr size_t kMaxInnerWords = 3;
    std::vector<size_t> words;  // token indices of the words
    for (size_t k = first; k <= last; ++k) {
      if (tokens[k].kind == TokenKind::kWord) words.push_back(k);
    }
    for (size_t w = 0; w < words.size();) {
      size_t taken = 0;
      for (size_t len = std::min(kMaxInnerWords, words.size() - w); len >= 1 && taken == 0; --len) {
        if (len == words.size()) continue;  // the whole name
        const size_t from = words[w], to = words[w + len - 1];
        const std::string_view text = body_.substr(tokens[from].begin, tokens[to].end - tokens[from].begin);
        if (text.find_first_of(",;:()") != std::string_view::npos) continue;
        const GazetteerEntry* g = FindGazetteer(text);
        const bool place = g && g->kind != GazetteerKind::kAdjective && g->kind != GazetteerKind::kPlural;
        if (!place && !IsKnownOrganization(text)) continue;
        Candidate inner;
        inner.begin = tokens[from].begin;
        inner.end = tokens[to].end;
        for (size_t k = w; k < w + len; ++k) inner.words.push_back(Text(tokens[words[k]]));
        inner.type = place ? EntityType::kPlace : EntityType::kOrganization;
        inner.typed = true;
        inner.sentence_initial = tokens[from].begin == sentence.begin;
        candidates_.push_back(std::move(inner));
        taken = len;
      }
      w += taken == 0 ? 1 : taken;
    }
  }

  // "spokesperson Tom Berle", "defence minister, Lee Soo-min" (a lower-case role word).
  bool RoleBefore(const std::vector<Token>& tokens, size_t first) const {
    if (first == 0) return false;
    if (first >= 2 && Text(tokens[first - 1]) == "," &&
        tokens[first - 2].kind == TokenKind::kWord && !tokens[first - 2].capitalized &&
        IsPersonTitle(Text(tokens[first - 2])))
      return true;
    const Token& prev = tokens[first - 1];
    if (prev.kind != TokenKind::kWord || prev.capitalized) return false;
    if (IsPersonTitle(Text(prev))) return true;
    if (first >= 2 && tokens[first - 2].kind == TokenKind::kWord) {
      std::string two = std::string(Text(tokens[first - 2])) + " " + std::string(Text(prev));
      if (IsPersonTitle(two)) return true;
    }
    return false;
  }

  // "Cho Hae-jin, a professor" / "Lee Soo-min, the defence minister".
  bool RoleAfter(const std::vector<Token>& tokens, size_t last) const {
    if (last + 3 >= tokens.size() + 0 || Text(tokens[last + 1]) != ",") return false;
    const std::string lower = LowerAscii(Text(tokens[last + 2]));
    if (lower != "a" && lower != "an" && lower != "the") return false;
    for (size_t k = last + 3; k < std::min(tokens.size(), last + 7); ++k) {
      if (tokens[k].kind != TokenKind::kWord) break;
      if (IsPersonTitle(Text(tokens[k]))) return true;
    }
    return false;
  }

  // An all-capital word of two to six letters, no digit, no Roman numeral and no common
  // noun's abbreviation ("DNA"): taken for an organization's acronym ("NASA", "WTA").
  static bool IsOrganizationAcronym(const Token& token, std::string_view word) {
    constexpr size_t kMinLetters = 2, kMaxLetters = 6;
    return token.all_caps && word.size() >= kMinLetters && word.size() <= kMaxLetters &&
           word.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string_view::npos &&
           word.find_first_not_of("IVXLC") != std::string_view::npos && !IsCommonAcronym(word) &&
           !FindGazetteer(word);
  }

  // "a player from X": X is a place, also in a match report.
  bool FromBefore(const std::vector<Token>& tokens, size_t first) const {
    return first > 0 && tokens[first - 1].kind == TokenKind::kWord &&
           LowerAscii(Text(tokens[first - 1])) == "from";
  }

  // "said Ruth Palmer in a conversation".
  bool SpeechVerbBefore(const std::vector<Token>& tokens, size_t first) const {
    return first > 0 && tokens[first - 1].kind == TokenKind::kWord &&
           !tokens[first - 1].capitalized && IsSpeechVerb(Text(tokens[first - 1])) &&
           Text(tokens[first - 1]) != "according";
  }

  bool SpeechVerbAfter(const std::vector<Token>& tokens, size_t last) const {
    return last + 1 < tokens.size() && tokens[last + 1].kind == TokenKind::kWord &&
           !tokens[last + 1].capitalized && IsSpeechVerb(Text(tokens[last + 1])) &&
           LowerAscii(Text(tokens[last + 1])) != "according";
  }

  void AddCandidate(const std::vector<Token>& tokens, size_t first, size_t last,
                    const Span& sentence, bool person) {
    Candidate candidate;
    for (size_t k = first; k <= last; ++k) {
      if (tokens[k].kind != TokenKind::kWord) continue;
      // A middle initial keeps its period: "Thomas K. Lund", not "Thomas K Lund".
      const bool initial = k > first && k < last && tokens[k].end - tokens[k].begin == 1 &&
                           Text(tokens[k + 1]) == "." && tokens[k + 1].begin == tokens[k].end;
      candidate.words.push_back(initial ? body_.substr(tokens[k].begin, 2) : Text(tokens[k]));
    }
    // Drop honorifics and leading titles that stayed in the run ("Mr Palmer" -> "Palmer").
    size_t skip = 0;
    // Not before an organization keyword closing the name: "Premier League" is a body.
    const bool names_body = candidate.words.size() >= 2 && IsOrgKeyword(candidate.words.back());
    while (!names_body && skip < candidate.words.size() &&
           (IsHonorific(candidate.words[skip]) || IsPersonTitle(candidate.words[skip])))
      ++skip;
    if (skip == candidate.words.size()) return;  // a bare office ("Attorney General"), not a name
    // A title closing the run with no name after it, after a known body: "the Pentagon Chief
    // visited", "State Department Spokesperson" are the body's officer, a role; the body is
    // the name. (A title after anything else stays: "Prime Minister", "Home Secretary".)
    if (candidate.words.size() > 1 && !person && IsPersonTitle(candidate.words.back()) &&
        !IsOrgKeyword(candidate.words.back())) {
      const std::string body_name = JoinWords(candidate.words, 0, candidate.words.size() - 1);
      const GazetteerEntry* g = FindGazetteer(body_name);
      bool org_keyword = false;
      for (size_t w = 0; w + 1 < candidate.words.size(); ++w)
        org_keyword = org_keyword || IsOrgKeyword(candidate.words[w]);
      if (IsKnownOrganization(body_name) || org_keyword ||
          (g && g->kind != GazetteerKind::kAdjective && g->kind != GazetteerKind::kPlural)) {
        candidate.words.pop_back();
        while (last > first && Text(tokens[last]) != candidate.words.back()) --last;
      }
    }
    if (candidate.words.size() == 1 && !person) {
      const std::string_view word = candidate.words.front();
      // "Russian-made", "Kremlin-backed": a place or body joined to a lower-case word is an
      // adjective, not a name.
      if (const size_t hyphen = word.find('-'); hyphen != std::string_view::npos &&
                                                hyphen + 1 < word.size() &&
                                                word[hyphen + 1] >= 'a' && word[hyphen + 1] <= 'z') {
        const std::string_view head = word.substr(0, hyphen);
        if (FindGazetteer(head) || IsKnownOrganization(head)) return;
      }
      // "Experts said", "Officials warned": a common noun of speakers capitalized at a
      // sentence's start.
      const bool opens_sentence = tokens[first].begin == sentence.begin ||
                                  (first > 0 && tokens[first - 1].kind == TokenKind::kPunct);
      if (opens_sentence && !tokens[first].all_caps && IsSpeakerNoun(word)) return;
    }
    if (skip > 0) {
      person = true;
      candidate.words.erase(candidate.words.begin(),
                            candidate.words.begin() + static_cast<long>(skip));
      while (first <= last && Text(tokens[first]) != candidate.words.front()) ++first;
    }
    // A leading demonym adjective before an organization: "Dutch Safety Board",
    // "Brazilian Space Agency", "the Indonesian Navy" (then one keyword is enough).
    bool org_after_demonym = false;
    for (size_t len = 2; len >= 1 && !person; --len) {
      if (candidate.words.size() <= len) continue;
      const std::string head = JoinWords(candidate.words, 0, len);
      const GazetteerEntry* g = FindGazetteer(head);
      if (g && g->kind == GazetteerKind::kAdjective) {
        std::vector<std::string_view> rest(candidate.words.begin() + static_cast<long>(len),
                                           candidate.words.end());
        const std::string rest_name = JoinWords(rest, 0, rest.size());
        bool rest_is_org = IsKnownOrganization(rest_name);
        for (std::string_view w : rest) rest_is_org = rest_is_org || IsOrgKeyword(w);
        if (rest_is_org) {
          org_after_demonym = true;
          candidate.words = rest;
          while (first <= last && Text(tokens[first]) != candidate.words.front()) ++first;
        }
        break;
      }
    }
    if (candidate.words.empty()) return;
    // A leading country before a person's name: "President of Chile Ana Rojas".
    if (!person && candidate.words.size() >= 3) {
      const GazetteerEntry* lead = FindGazetteer(candidate.words.front());
      bool rest_is_org = false;
      for (size_t w = 1; w < candidate.words.size(); ++w)
        rest_is_org = rest_is_org || IsOrgKeyword(candidate.words[w]);
      if (lead && lead->kind != GazetteerKind::kAdjective && lead->kind != GazetteerKind::kPlural &&
          !rest_is_org && !FindGazetteer(JoinWords(candidate.words, 0, candidate.words.size()))) {
        AddCandidate(tokens, first, first, sentence, /*person=*/false);
        size_t rest = first + 1;
        while (rest <= last && tokens[rest].kind != TokenKind::kWord) ++rest;
        AddCandidate(tokens, rest, last, sentence, /*person=*/false);
        return;
      }
    }
    candidate.begin = tokens[first].begin;
    candidate.sentence_initial = tokens[first].begin == sentence.begin ||
                                 (first > 0 && tokens[first - 1].kind == TokenKind::kPunct &&
                                  (first == 1 || IsQuoteMark(Text(tokens[first - 1]))));
    // A caption's picture-credit label before a colon ends no name: "as Belle Image: Jo Doe".
    if (last + 1 < tokens.size() && Text(tokens[last + 1]) == ":" &&
        IsPhotoLabel(candidate.words.back())) {
      candidate.words.pop_back();
      if (candidate.words.empty()) return;
      while (last > first && Text(tokens[last]) != candidate.words.back()) --last;
    }
    candidate.end = tokens[last].end;
    // A label opening a sentence ("Image: ...", "Update: ..."), a single word and a colon: not
    // a name unless the gazetteer or the organization list knows it.
    if (candidate.sentence_initial && candidate.words.size() == 1 && last + 1 < tokens.size() &&
        Text(tokens[last + 1]) == ":" && !FindGazetteer(candidate.words.front()) &&
        !IsKnownOrganization(candidate.words.front()))
      return;
    candidate.after_article = first > 0 && tokens[first - 1].kind == TokenKind::kWord &&
                              LowerAscii(Text(tokens[first - 1])) == "the";
    const std::string name = JoinWords(candidate.words, 0, candidate.words.size());
    const GazetteerEntry* gazetteer = FindGazetteer(name);
    bool any_org_keyword = false;
    for (std::string_view w : candidate.words) any_org_keyword = any_org_keyword || IsOrgKeyword(w);
    // An acronym names an organization unless it holds a digit ("IE9": a product or version),
    // is a Roman numeral ("XVII"), follows "a"/"an" ("an ROV": a kind of thing) or abbreviates
    // a common noun ("DNA", "CEO").
    const bool indefinite = first > 0 && tokens[first - 1].kind == TokenKind::kWord &&
                            (LowerAscii(Text(tokens[first - 1])) == "a" ||
                             LowerAscii(Text(tokens[first - 1])) == "an");
    const bool acronym = candidate.words.size() == 1 && tokens[first].all_caps &&
                         name.size() <= 6 && !indefinite && !IsCommonAcronym(name) &&
                         name.find_first_of("0123456789") == std::string::npos &&
                         name.find_first_not_of("IVXLC") != std::string::npos;

    candidate.typed = true;
    if (person) {
      candidate.type = EntityType::kPerson;
    } else if (IsKnownOrganization(name) || org_after_demonym) {
      candidate.type = EntityType::kOrganization;
    } else if (gazetteer && gazetteer->kind == GazetteerKind::kPlural) {
      candidate.type = EntityType::kGroup;
    } else if (gazetteer && gazetteer->kind == GazetteerKind::kAdjective) {
      return;  // "South African" troops: an adjective, not a name
    } else if (gazetteer && gazetteer->kind != GazetteerKind::kPlace &&
               gazetteer->kind != GazetteerKind::kCapital &&
               (ActorVerbAfter(body_, tokens, last) || OpponentCueBefore(body_, tokens, first) ||
                (sports_report_ && !PlaceCueBefore(body_, tokens, first) &&
                 !FromBefore(tokens, first)))) {
      // The country acting (its government, team), or any country in a match report unless
      // "in X" or "from X" makes it the place.
      candidate.type = EntityType::kOrganization;
    } else if (gazetteer) {
      candidate.type = EntityType::kPlace;
    } else if (IsEventKeyword(candidate.words.back(), /*first_word=*/false) ||
               IsEventKeyword(candidate.words.front(), /*first_word=*/true)) {
      candidate.type = EntityType::kOther;  // an event, law or work: "World Cup", "Clean Air Act"
      AddNamesInside(tokens, first, last, sentence);
    } else if (any_org_keyword && candidate.words.size() >= 2) {
      candidate.type = EntityType::kOrganization;
      AddNamesInside(tokens, first, last, sentence);
    } else if (candidate.words.size() >= 2 && IsPlaceKeyword(candidate.words.back())) {
      candidate.type = EntityType::kPlace;
    } else if (candidate.words.size() == 2 && IsCompassRegion(candidate.words.back()) &&
               (IsCompassRegion(candidate.words.front()) ||
                IsRegionQualifier(candidate.words.front()))) {
      candidate.type = EntityType::kPlace;  // "Far East", "Middle East", "North West"
    } else if (acronym) {
      candidate.type = EntityType::kOrganization;
    } else if (candidate.words.size() == 1 && IsCommonAcronym(name)) {
      candidate.type = EntityType::kOther;  // "the DNA", "a CEO": a common noun
      candidate.typed = false;
    } else if (RoleBefore(tokens, first) || RoleAfter(tokens, last)) {
      candidate.type = EntityType::kPerson;
    } else if (candidate.words.size() >= 2 &&
               (SpeechVerbAfter(tokens, last) || SpeechVerbBefore(tokens, first))) {
      candidate.type = EntityType::kPerson;
    } else if (candidate.words.size() >= 2 && IsFirstName(candidate.words.front())) {
      candidate.type = EntityType::kPerson;
    } else if (candidate.words.size() == 1 && IsFirstName(candidate.words.front()) &&
               !candidate.sentence_initial) {
      candidate.type = EntityType::kPerson;  // a given name alone: "as Marilyn" (weak)
      candidate.weak = true;
    } else if (PlaceCueBefore(body_, tokens, first) || PlaceCueAfter(body_, tokens, last)) {
      candidate.type = EntityType::kPlace;
    } else if (!acronym && SpeechVerbAfter(tokens, last) &&
               IsPastOrPresentSpeech(Text(tokens[last + 1]))) {
      candidate.type = EntityType::kPerson;
    } else if (candidate.after_article && candidate.words.size() == 1 &&
               IsCompassRegion(candidate.words.front())) {
      candidate.type = EntityType::kPlace;  // "the West", "the Midwest": a region
    } else if (candidate.after_article) {
      candidate.type = EntityType::kOrganization;  // weak: a typed mention of the same name wins
      candidate.weak = true;
    } else if (LooksLikePersonName(candidate) && IsKnownOrganization(candidate.words.front())) {
      // A known organization's product or unit: "Acme Browser" (the organization inside).
      candidate.type = EntityType::kOther;
      AddNamesInside(tokens, first, last, sentence);
    } else if (LooksLikePersonName(candidate)) {
      candidate.type = EntityType::kPerson;
      candidate.weak = true;
    } else {
      candidate.type = EntityType::kOther;
      candidate.typed = false;
    }
    // An acronym leading a name no rule typed as a whole names the organization the rest
    // belongs to: "NASA Discovery", "WTA Tour" (the organization as a mention of its own).
    if ((!candidate.typed || candidate.type == EntityType::kOther) && candidate.words.size() >= 2 &&
        IsOrganizationAcronym(tokens[first], candidate.words.front())) {
      Candidate inner;
      inner.begin = tokens[first].begin;
      inner.end = tokens[first].end;
      inner.words = {candidate.words.front()};
      inner.type = EntityType::kOrganization;
      inner.typed = true;
      inner.sentence_initial = candidate.sentence_initial;
      candidates_.push_back(std::move(inner));
    }
    if (candidate.weak || !candidate.typed) {
      candidate.features = EntityTyperFeatures(
          body_, tokens, first, last, candidate.typed ? candidate.type : EntityType::kOther,
          candidate.after_article, candidate.sentence_initial);
    }
    candidates_.push_back(std::move(candidate));
  }

  const TextReading& reading_;
  std::string_view body_;
  bool sports_report_;  // a match report: countries are teams (IsSportsReport)
  std::vector<Candidate> candidates_;
  std::unordered_set<std::string_view> lower_words_;
};

}  // namespace

ScannedCandidates ScanEntityCandidates(const TextReading& reading) {
  DocumentScanner scanner(reading);
  ScannedCandidates out;
  out.candidates = scanner.Scan();
  out.lower_case_words = scanner.LowerCaseWords();
  return out;
}

}  // namespace crosscheck
