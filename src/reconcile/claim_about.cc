// What a claim is about, in words a reader understands, taken from the text itself.
//
// A statement's stance comes from a cue ("cannot confirm", "denied", "is expected to"); the
// matter is the words the cue governs:
//   - holder cues (confirm, deny, reject, dismiss, estimate, plan to, intend to) take what
//     follows, up to the clause's end: "Mr Straw denied [it amounted to a crisis]". A
//     reporting noun before "that" goes ("cannot confirm reports that [X]" -> X), and so does
//     anything before a nearby "that" ("confirmed on 24 October that [X]" -> X). A passive
//     ("claims denied by Labour", "His claims were denied") takes the subject instead.
//   - "expected to", "planned" describe their subject: the cue's whole clause is the matter,
//     without the attribution that opens it ("Kennedy is expected to attack Blair's words").
// Figures read "number of <counted phrase as written>[ <participle>]":
//   "3,000 North Korean troops have been deployed" -> "number of North Korean troops deployed";
// with a unit "<phrase> (<unit>)" ("interest rates (%)"), a fraction "share of <what>".
// A matter under kMinMatterWords words reads on past commas.
// Phrases are cut at kMaxMatterWords words. Pure functions; thread-safe.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "annotate/tokens.h"
#include "base/lexicon.h"
#include "reconcile/story_parts.h"

namespace crosscheck::reconcile {
namespace {

constexpr size_t kMaxMatterWords = 12;
constexpr size_t kMinMatterWords = 3;
constexpr size_t kMaxSubjectWords = 6;
constexpr size_t kMaxWordsBeforeThat = 5;
constexpr size_t kMaxReportingNounWords = 3;
constexpr size_t kMaxAttributionWords = 8;

struct CueEntry {
  std::string_view text;
  std::string_view stance;
  bool describes_subject;  // "is expected to": the clause's subject is the matter
  bool verb_of_denial = false;  // "denied", "rejected": read as its clause's verb (IsRefusal,
                                // IsDenialOfAClaim, NameThenSecondObject)
};

constexpr CueEntry kCues[] = {
    {"cannot yet confirm", "cannot_confirm", false},
    {"could not yet confirm", "cannot_confirm", false},
    {"cannot confirm", "cannot_confirm", false},
    {"could not confirm", "cannot_confirm", false},
    {"can't confirm", "cannot_confirm", false},
    {"couldn't confirm", "cannot_confirm", false},
    {"unable to confirm", "cannot_confirm", false},
    {"not yet confirm", "cannot_confirm", false},
    {"not confirmed", "cannot_confirm", false},
    {"denied", "denies", false, true},
    {"denies", "denies", false, true},
    {"dismissed", "denies", false, true},
    {"rejected", "denies", false, true},
    {"refuted", "denies", false, true},
    {"estimated", "estimates", false},
    {"estimates", "estimates", false},
    {"expects", "expects", false},
    {"expected to", "expects", true},
    {"plans to", "expects", false},
    {"are planned", "expects", true},
    {"planned", "expects", true},
    {"intends to", "expects", false},
    {"confirmed", "asserts", false},
    {"confirms", "asserts", false},
    {"confirming", "asserts", false},
    // Evidence and belief: asserted, or estimated, by whoever holds it.
    {"there is evidence", "asserts", false},
    {"there was evidence", "asserts", false},
    {"there is clear evidence", "asserts", false},
    {"has evidence", "asserts", false},
    {"have evidence", "asserts", false},
    {"had evidence", "asserts", false},
    {"is believed to", "estimates", true},
    {"are believed to", "estimates", true},
    // A claim called untrue without a verb of denial.
    {"fake news", "denies", false},
    {"groundless", "denies", false},
    {"baseless", "denies", false},
};

// What someone can be denied or refused (a request, a visa, entry): "denied" near one of these
// is a refusal, not a denial of a claim ("their request was denied", "denied him a visa").
bool IsRefusableNoun(std::string_view lower) {
  static constexpr std::string_view kNouns[] = {
      "request", "requests", "application", "applications", "bid", "visa", "visas", "entry",
      "access", "bail", "permission", "permit", "permits", "licence", "license", "asylum", "parole",
      "citizenship", "passage", "opportunity", "opportunities", "chance", "chances", "right",
      "rights", "treatment", "boarding", "appeal", "appeals", "petition", "admission", "funding",
      // What is rejected as a decision, not as untrue: a proposal, an offer, an attempt.
      "proposal", "proposals", "offer", "offers", "attempt", "attempts", "motion", "plea", "deal",
      "bill", "amendment", "nomination", "candidacy", "resignation", "invitation"};
  return std::find(std::begin(kNouns), std::end(kNouns), lower) != std::end(kNouns);
}

// Words for something said or believed, which a denial or dismissal calls untrue.
bool IsClaimNoun(std::string_view lower) {
  static constexpr std::string_view kNouns[] = {
      "claim",        "claims",      "report",      "reports",    "allegation",  "allegations",
      "accusation",   "accusations", "charge",      "charges",    "rumour",      "rumours",
      "rumor",        "rumors",      "speculation", "suggestion", "suggestions", "story",
      "stories",      "account",     "accounts",    "assertion",  "assertions",  "concern",
      "concerns",     "criticism",   "criticisms",  "idea",       "notion",      "theory",
      "theories",     "fears",       "warnings",    "it",         "this",        "that",
      "them",         "these",       "those",       "reporting",  "findings",    "assessment",
      "intelligence", "evidence",    "statement",   "remarks",    "comments",    "news",
      "talk",         "suspicion",   "suspicions",  "wrongdoing", "involvement"};
  return std::find(std::begin(kNouns), std::end(kNouns), lower) != std::end(kNouns);
}

bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' || c == '-' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Length of a typographic punctuation mark at `pos` (curly quotes, dashes, ellipsis: E2 80 xx),
// else 0. A right single quote between letters is an apostrophe ("Korea’s"), not a mark.
size_t PunctuationMarkAt(std::string_view text, size_t pos) {
  if (pos + 2 >= text.size() || text[pos] != '\xE2' || text[pos + 1] != '\x80') return 0;
  const unsigned char third = static_cast<unsigned char>(text[pos + 2]);
  if (third == 0x99 && pos > 0 && IsWordChar(text[pos - 1]) && pos + 3 < text.size() && IsWordChar(text[pos + 3])) return 0;
  return (third >= 0x93 && third <= 0x9F) || third == 0xA6 ? 3 : 0;
}

// `phrase` without quotation marks: a claim's matter describes, it does not quote.
std::string WithoutQuoteMarks(std::string_view phrase) {
  std::string out;
  for (size_t pos = 0; pos < phrase.size();) {
    if (const size_t mark = PunctuationMarkAt(phrase, pos); mark && phrase.substr(pos, 3) != "\xE2\x80\xA6" &&
                                                           phrase.substr(pos, 3) != "\xE2\x80\x93" && phrase.substr(pos, 3) != "\xE2\x80\x94") {
      pos += mark;
      continue;
    }
    if (phrase[pos] == '"') {
      ++pos;
      continue;
    }
    out += phrase[pos++];
  }
  return out;
}

// Words of `text` with their byte ranges (letters, digits, inner ' and -, UTF-8 kept).
struct Word {
  size_t begin = 0, end = 0;
  std::string lower;
};

std::vector<Word> WordsOf(std::string_view text) {
  std::vector<Word> words;
  size_t pos = 0;
  while (pos < text.size()) {
    if (const size_t mark = PunctuationMarkAt(text, pos)) {
      pos += mark;
      continue;
    }
    if (!IsWordChar(text[pos])) {
      ++pos;
      continue;
    }
    size_t end = pos;
    while (end < text.size() && IsWordChar(text[end]) && !PunctuationMarkAt(text, end)) ++end;
    const std::string_view word = text.substr(pos, end - pos);
    if (word.find_first_not_of("-'") != std::string_view::npos) words.push_back({pos, end, LowerAscii(word)});
    pos = end;
  }
  return words;
}

// Punctuation and words that end a clause; with `commas_too` false a comma does not (to read
// past an apposition: "Mr Yeo, his spokesman, said …").
bool EndsClauseBetween(std::string_view text, size_t from, size_t to, bool commas_too = true) {
  for (size_t k = from; k < to; ++k) {
    const char c = text[k];
    if ((c == ',' && commas_too) || c == ';' || c == ':' || c == '(' || c == ')' || c == '?' || c == '!') return true;
    if (c == '-' && k > 0 && text[k - 1] == ' ') return true;                    // " - "
    if (text.substr(k, 3) == "\xE2\x80\x94" || text.substr(k, 3) == "\xE2\x80\x93") return true;  // dashes
  }
  return false;
}

bool IsClauseBreakWord(std::string_view lower) {
  static constexpr std::array<std::string_view, 10> kWords = {"but", "saying", "because", "although", "though",
                                                              "while", "adding", "who", "which", "whereas"};
  for (std::string_view w : kWords) {
    if (lower == w) return true;
  }
  return false;
}

bool IsReportingNoun(std::string_view lower) {
  static constexpr std::array<std::string_view, 18> kNouns = {
      "reports", "report", "claims", "claim", "intelligence", "suggestions", "allegations", "speculation",
      "rumours", "rumors", "news", "evidence", "information", "accounts", "assertions", "idea", "notion", "suggestion"};
  for (std::string_view w : kNouns) {
    if (lower == w) return true;
  }
  return false;
}

bool IsAuxiliary(std::string_view lower) {
  static constexpr std::array<std::string_view, 11> kWords = {"is", "are", "was", "were", "be", "been", "being",
                                                              "has", "have", "had", "will"};
  for (std::string_view w : kWords) {
    if (lower == w) return true;
  }
  return false;
}

bool IsLeadingFiller(std::string_view lower) {
  static constexpr std::array<std::string_view, 11> kWords = {"that", "yet", "also", "previously", "earlier", "now",
                                                              "today", "yesterday", "meanwhile", "and", "but"};
  for (std::string_view w : kWords) {
    if (lower == w) return true;
  }
  return WeekdayNumber(lower) != 0;
}

// Text of words [first, last) of `text`, cut at kMaxMatterWords with an ellipsis.
std::string Phrase(std::string_view text, const std::vector<Word>& words, size_t first, size_t last) {
  if (first >= last || first >= words.size()) return {};
  const bool cut = last - first > kMaxMatterWords;
  if (cut) last = first + kMaxMatterWords;
  // Do not end on a function word ("... to support the").
  while (cut && last > first + 1 && IsFunctionWord(words[last - 1].lower)) --last;
  std::string phrase = WithoutQuoteMarks(text.substr(words[first].begin, words[last - 1].end - words[first].begin));
  if (cut) phrase += "\xE2\x80\xA6";
  return phrase;
}

// Index of the first word at or after byte `pos`.
size_t WordAt(const std::vector<Word>& words, size_t pos) {
  size_t k = 0;
  while (k < words.size() && words[k].begin < pos) ++k;
  return k;
}

// The end (exclusive word index) of the clause that starts at word `first`.
size_t ClauseEnd(std::string_view text, const std::vector<Word>& words, size_t first, bool commas_too = true) {
  size_t last = first;
  while (last < words.size()) {
    if (last > first &&
        (EndsClauseBetween(text, words[last - 1].end, words[last].begin, commas_too) || IsClauseBreakWord(words[last].lower)))
      break;
    ++last;
  }
  return last;
}

// The first word of the clause that holds word `at`.
size_t ClauseStart(std::string_view text, const std::vector<Word>& words, size_t at) {
  size_t first = at;
  while (first > 0 && !EndsClauseBetween(text, words[first - 1].end, words[first].begin) && !IsClauseBreakWord(words[first].lower))
    --first;
  return first;
}

}  // namespace

std::string_view ClauseHolding(std::string_view text, size_t begin, size_t end) {
  const std::vector<Word> words = WordsOf(text);
  const size_t first_word = WordAt(words, begin);
  if (first_word >= words.size()) return text;
  size_t last_word = WordAt(words, end);
  if (last_word > first_word) --last_word;  // the word holding end - 1
  const size_t from = ClauseStart(text, words, first_word);
  const size_t to = ClauseEnd(text, words, last_word);
  return text.substr(words[from].begin, words[to - 1].end - words[from].begin);
}

// Whether the denial cue at [begin, end) of `lower` refuses something rather than denying a
// claim: a refusable noun among the kRefusalWindow words after it ("denied him entry"), or a
// passive ("was denied") whose clause holds one before it ("their request ... was denied").
bool IsRefusal(std::string_view lower, size_t begin, size_t end) {
  constexpr size_t kRefusalWindow = 7;
  const std::vector<Word> after = WordsOf(lower.substr(end));
  // "denied he had been given the right …": a clause follows, a denial.
  static constexpr std::string_view kSubjects[] = {"he", "she", "they", "we", "i", "it"};
  if (!after.empty() &&
      std::find(std::begin(kSubjects), std::end(kSubjects), after[0].lower) != std::end(kSubjects))
    return false;
  for (size_t k = 0; k < after.size() && k < kRefusalWindow; ++k) {
    if (k > 0 && EndsClauseBetween(lower.substr(end), after[k - 1].end, after[k].begin)) break;
    if (after[k].lower == "that") break;  // "denied that the request …": a denial
    if (IsRefusableNoun(after[k].lower)) return true;
  }
  // "denied him a visa", "denied Kevin Davies a free shot": a second object after the first.
  static constexpr std::string_view kObjects[] = {"him", "her", "them", "us", "me"};
  static constexpr std::string_view kArticles[] = {"a", "an", "any", "the"};
  const auto article = [&](size_t k) {
    return k < after.size() && std::find(std::begin(kArticles), std::end(kArticles),
                                         after[k].lower) != std::end(kArticles);
  };
  if (!after.empty() &&
      std::find(std::begin(kObjects), std::end(kObjects), after[0].lower) != std::end(kObjects) &&
      article(1))
    return true;

  const std::vector<Word> before = WordsOf(lower.substr(0, begin));
  if (before.empty() || !IsAuxiliary(before.back().lower)) return false;
  const size_t start = ClauseStart(lower, before, before.size() - 1);
  for (size_t k = start; k < before.size(); ++k) {
    if (IsRefusableNoun(before[k].lower)) return true;
  }
  return false;
}

// Whether a name of one to three capitalized words follows the cue at `end` of `sentence`,
// then an article: "denied Kevin Davies a free shot at goal" withholds, it calls nothing untrue.
bool NameThenSecondObject(std::string_view sentence, size_t end) {
  const std::vector<Word> after = WordsOf(sentence.substr(end));
  size_t names = 0;
  while (names < after.size() && names < 3) {
    const char first = sentence[end + after[names].begin];
    if (first < 'A' || first > 'Z') break;
    ++names;
  }
  if (names == 0 || names >= after.size()) return false;
  const std::string_view next = after[names].lower;
  return next == "a" || next == "an" || next == "any";
}

// Whether the denial cue at [begin, end) of `lower` calls something untrue as a verb of its
// clause: not an adjective ("on dismissed military men", "the rejected bid"), not "denied to
// comment" (declined); a passive ("was rejected by voters", "was dismissed") only when its
// subject is a claim ("the reports were dismissed"); "dismissed" only with a claim for object
// ("dismissed Seoul's claims as fake news", not "dismissed the coach", "dismissed Obama as
// too lightweight").
bool IsDenialOfAClaim(std::string_view lower, size_t begin, size_t end) {
  constexpr size_t kObjectWindow = 6;
  const std::vector<Word> before = WordsOf(lower.substr(0, begin));
  const std::vector<Word> after = WordsOf(lower.substr(end));
  static constexpr std::string_view kAdjectiveOpeners[] = {
      "the", "a", "an", "on", "of", "in", "with", "by", "for", "as", "their", "his", "her", "its"};
  if (!before.empty() && std::find(std::begin(kAdjectiveOpeners), std::end(kAdjectiveOpeners),
                                   before.back().lower) != std::end(kAdjectiveOpeners))
    return false;
  if (!after.empty() && after.front().lower == "to") return false;
  if (!before.empty() && IsAuxiliary(before.back().lower) && before.back().lower != "has" &&
      before.back().lower != "have" && before.back().lower != "had") {
    // "this could be dismissed as …": a passive under a modal supposes, it does not deny.
    static constexpr std::string_view kModals[] = {"could", "would",  "might", "may",
                                                   "can",   "should", "must"};
    if (before.size() >= 2 && std::find(std::begin(kModals), std::end(kModals),
                                        before[before.size() - 2].lower) != std::end(kModals))
      return false;
    const size_t start = ClauseStart(lower, before, before.size() - 1);
    for (size_t k = start; k < before.size(); ++k) {
      if (IsClaimNoun(before[k].lower) && before[k].lower != "that") return true;
    }
    return false;
  }
  if (lower.substr(begin, end - begin) != "dismissed") return true;
  for (size_t k = 0; k < after.size() && k < kObjectWindow; ++k) {
    if (k > 0 && EndsClauseBetween(lower.substr(end), after[k - 1].end, after[k].begin)) break;
    if (IsClaimNoun(after[k].lower)) return true;
  }
  return false;
}

std::optional<StanceCue> FindStanceCue(std::string_view sentence) {
  const std::string lower = LowerAscii(sentence);
  // The cues by their first byte, so the sentence is read once (it was searched once per cue:
  // 3% of analyze's CPU on BBC).
  static const auto* const by_first_byte = [] {
    auto* table = new std::array<std::vector<uint8_t>, 256>();
    for (size_t i = 0; i < std::size(kCues); ++i) {
      (*table)[static_cast<unsigned char>(kCues[i].text.front())].push_back(
          static_cast<uint8_t>(i));
    }
    return table;
  }();
  static_assert(std::size(kCues) <= 256);
  // Every whole-word occurrence of every cue; the first cue of the list that has a valid one
  // wins, at its first valid place.
  std::vector<std::pair<uint8_t, size_t>> found;  // cue index, position
  for (size_t pos = 0; pos < lower.size(); ++pos) {
    if (pos > 0 && IsWordChar(lower[pos - 1])) continue;
    for (uint8_t cue : (*by_first_byte)[static_cast<unsigned char>(lower[pos])]) {
      const std::string_view text = kCues[cue].text;
      if (std::string_view(lower).substr(pos, text.size()) != text) continue;
      const size_t end = pos + text.size();
      if (end < lower.size() && IsWordChar(lower[end])) continue;
      found.emplace_back(cue, pos);
    }
  }
  std::sort(found.begin(), found.end());
  for (const auto& [cue, pos] : found) {
    const CueEntry& entry = kCues[cue];
    const size_t end = pos + entry.text.size();
    if (entry.verb_of_denial && (IsRefusal(lower, pos, end) || !IsDenialOfAClaim(lower, pos, end) ||
                                 NameThenSecondObject(sentence, end)))
      continue;
    return StanceCue{std::string(entry.stance), pos, end, entry.describes_subject};
  }
  return std::nullopt;
}

std::optional<StanceCue> FindStanceCueReference(std::string_view sentence) {
  const std::string lower = LowerAscii(sentence);
  for (const CueEntry& entry : kCues) {
    for (size_t pos = lower.find(entry.text); pos != std::string::npos; pos = lower.find(entry.text, pos + 1)) {
      const bool starts_word = pos == 0 || !IsWordChar(lower[pos - 1]);
      const size_t end = pos + entry.text.size();
      const bool ends_word = end >= lower.size() || !IsWordChar(lower[end]);
      if (!starts_word || !ends_word) continue;
      if (entry.verb_of_denial &&
          (IsRefusal(lower, pos, end) || !IsDenialOfAClaim(lower, pos, end) ||
           NameThenSecondObject(sentence, end)))
        continue;
      return StanceCue{std::string(entry.stance), pos, end, entry.describes_subject};
    }
  }
  return std::nullopt;
}

std::string StatementMatter(std::string_view sentence, const StanceCue& cue) {
  const std::vector<Word> words = WordsOf(sentence);
  const size_t cue_first = WordAt(words, cue.begin);
  const size_t after_cue = WordAt(words, cue.end);
  if (cue.describes_subject) {
    // The cue's clause, without an opening attribution ("Officials said the summit is …").
    size_t first = ClauseStart(sentence, words, cue_first);
    for (size_t k = first; k < cue_first && k < first + kMaxAttributionWords; ++k) {
      if (IsSpeechVerb(words[k].lower)) {
        first = k + 1;
        break;
      }
    }
    while (first < cue_first && IsLeadingFiller(words[first].lower)) ++first;
    const size_t last = ClauseEnd(sentence, words, cue_first);
    bool has_subject = false;
    for (size_t k = first; k < cue_first; ++k) has_subject = has_subject || !IsAuxiliary(words[k].lower);
    if (!has_subject && first > 0) {
      // "A delegation, including officials, is expected to …": the subject opens the sentence.
      size_t subject = 0;
      for (size_t k = 0; k < first && k < kMaxAttributionWords; ++k) {
        if (IsSpeechVerb(words[k].lower)) subject = k + 1;
      }
      const size_t subject_end = ClauseEnd(sentence, words, subject);
      if (subject < subject_end && subject_end <= first && subject_end - subject <= kMaxSubjectWords)
        return Phrase(sentence, words, subject, subject_end) + " \xE2\x80\xA6 " + Phrase(sentence, words, first, last);
    }
    return Phrase(sentence, words, first, last);
  }
  size_t first = after_cue;
  // "confirmed on 24 October that X", "cannot confirm reports that X": start after "that".
  for (size_t k = first; k < words.size() && k < first + kMaxWordsBeforeThat; ++k) {
    if (k > first && EndsClauseBetween(sentence, words[k - 1].end, words[k].begin)) break;
    if (words[k].lower != "that") continue;
    const bool reporting_noun = k > first && k - first <= kMaxReportingNounWords && IsReportingNoun(words[k - 1].lower);
    const bool only_fillers = [&] {
      for (size_t f = first; f < k; ++f) {
        if (!(IsFunctionWord(words[f].lower) || IsLeadingFiller(words[f].lower) || words[f].lower.front() <= '9' ||
              sentence[words[f].begin] < 'a'))
          return false;
      }
      return true;
    }();
    if (reporting_noun || only_fillers) first = k + 1;
    break;
  }
  while (first < words.size() && IsLeadingFiller(words[first].lower)) ++first;
  const bool passive = first >= words.size() || words[first].lower == "by" ||
                       EndsClauseBetween(sentence, words[after_cue - 1].end, first < words.size() ? words[first].begin : sentence.size());
  if (passive && cue_first > 0) {
    // "His claims were denied by X": the subject is the matter.
    size_t last = cue_first;
    while (last > 0 && IsAuxiliary(words[last - 1].lower)) --last;
    const size_t start = last > 0 ? ClauseStart(sentence, words, last - 1) : 0;
    if (start + kMinMatterWords <= last) return Phrase(sentence, words, start, last);
    if (start < last) return Phrase(sentence, words, 0, ClauseEnd(sentence, words, 0, /*commas_too=*/false));
  }
  size_t last = ClauseEnd(sentence, words, first);
  // Too short to say anything ("denied Mr Yeo, his spokesman, said …"): read past commas.
  if (last < first + kMinMatterWords) last = ClauseEnd(sentence, words, first, /*commas_too=*/false);
  return Phrase(sentence, words, first, last);
}

const std::unordered_map<std::string, bool>& StanceCues() {
  static const auto* cues = [] {
    auto* map = new std::unordered_map<std::string, bool>();
    for (std::string_view entry : LexiconEntries("stance_cues")) {
      const std::vector<std::string_view> fields = LexiconFields(entry);
      if (fields.size() >= 2) map->emplace(std::string(fields[0]), fields[1] == "refute");
    }
    return map;
  }();
  return *cues;
}

HeadlineWords ReadHeadlineWords(std::string_view text) {
  HeadlineWords out;
  std::string word;
  size_t upper = 0, letters = 0;
  const auto end_word = [&] {
    while (!word.empty() && word.back() == '\'') word.pop_back();
    if (!word.empty()) out.lower.push_back(word);
    if (letters >= kCapitalsMinLetters && upper == letters) ++out.capital_words;
    word.clear();
    upper = letters = 0;
  };
  for (size_t pos = 0; pos < text.size(); ++pos) {
    const char c = text[pos];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word += c;
      letters += c >= 'a';
    } else if (c >= 'A' && c <= 'Z') {
      word += static_cast<char>(c - 'A' + 'a');
      ++letters, ++upper;
    } else if (c == '\'' && !word.empty()) {
      word += c;
    } else if (text.substr(pos, 3) == "\xE2\x80\x99" && !word.empty()) {  // ’ as '
      word += '\'';
      pos += 2;
    } else {
      end_word();
    }
  }
  end_word();
  return out;
}

std::string_view HeadlineStance(std::string_view headline) {
  const auto& cues = StanceCues();
  bool refutes = false, hedges = headline.find('?') != std::string_view::npos;
  for (const std::string& word : ReadHeadlineWords(headline).lower) {
    const auto it = cues.find(word);
    if (it != cues.end()) (it->second ? refutes : hedges) = true;
  }
  if (refutes) return "against";
  if (hedges) return "observing";
  // Attribution after a dash closing the headline ("… -- analyst"). (A colon opening one is
  // as often a topic label, "Apple Watch: …", as a source: not a cue.)
  return ClosesWithSource(headline) ? "observing" : "for";
}

bool ClosesWithSource(std::string_view headline) {
  constexpr long kMaxSourceSpaces = 3;
  for (std::string_view dash : {" -- ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 "}) {
    const size_t at = headline.rfind(dash);
    if (at != std::string_view::npos &&
        std::count(headline.begin() + static_cast<std::ptrdiff_t>(at + dash.size()),
                   headline.end(), ' ') < kMaxSourceSpaces)
      return true;
  }
  return false;
}

std::string FigureMatter(std::string_view body, const QuantityMention& q) {
  if (q.counts.empty()) return {};
  const std::string_view sentence = body.substr(q.sentence.begin, q.sentence.size());
  const size_t from = q.span.end >= q.sentence.begin ? q.span.end - q.sentence.begin : 0;
  const size_t at = sentence.find(q.counts, from);
  // The counted phrase as written, with the modifiers the annotator left out ("North Korean").
  std::string phrase = q.counts;
  size_t phrase_end = std::string_view::npos;
  if (at != std::string_view::npos && at - from <= q.counts.size() + 40) {
    std::string_view written = sentence.substr(from, at + q.counts.size() - from);
    while (!written.empty() && !IsWordChar(written.front())) written.remove_prefix(1);
    phrase = std::string(written);
    phrase_end = at + q.counts.size();
  }
  // A participle after it: "troops have been deployed", "officers were killed".
  if (phrase_end != std::string_view::npos) {
    const std::vector<Word> words = WordsOf(sentence.substr(phrase_end));
    size_t k = 0;
    while (k < words.size() && k < 3 && IsAuxiliary(words[k].lower)) ++k;
    static constexpr std::array<std::string_view, 12> kIrregular = {"sent", "held", "seen", "taken", "given", "made",
                                                                    "found", "lost", "sold", "paid", "hurt", "shot"};
    if (k > 0 && k < words.size()) {
      const std::string& w = words[k].lower;
      bool participle = w.size() > 4 && w.ends_with("ed");
      for (std::string_view irregular : kIrregular) participle = participle || w == irregular;
      if (participle) phrase += " " + w;
    }
  }
  // "two thirds of voters" -> "share of voters"; "15% interest rates" -> "interest rates (%)".
  if (phrase_end != std::string_view::npos && !q.unit.empty()) return phrase + " (" + q.unit + ")";
  const std::string head = LowerAscii(phrase.substr(phrase.rfind(' ') == std::string::npos ? 0 : phrase.rfind(' ') + 1));
  static constexpr std::array<std::string_view, 8> kFractions = {"half", "halves", "third", "thirds",
                                                                 "quarter", "quarters", "fifths", "tenths"};
  for (std::string_view fraction : kFractions) {
    if (head != fraction || phrase_end == std::string_view::npos) continue;
    const std::vector<Word> words = WordsOf(sentence.substr(phrase_end));
    if (words.size() >= 2 && words[0].lower == "of") {
      size_t last = 1;
      while (last < words.size() && last < 4 && !IsFunctionWord(words[last].lower)) ++last;
      if (last > 1) return "share of " + std::string(sentence.substr(phrase_end + words[1].begin, words[last - 1].end - words[1].begin));
    }
  }
  if (!q.unit.empty()) return q.counts + " (" + q.unit + ")";
  return "number of " + phrase;
}

}  // namespace crosscheck::reconcile
