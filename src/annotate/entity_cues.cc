#include "annotate/entity_cues.h"

#include <algorithm>
#include <array>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "annotate/entities.h"
#include "base/lexicon.h"
#include "base/string_set.h"

namespace crosscheck {
namespace {

std::string_view TokenText(std::string_view body, const Token& token) {
  return body.substr(token.begin, token.end - token.begin);
}

const std::unordered_map<std::string, GazetteerEntry>& Gazetteer() {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string, GazetteerEntry>();
    for (std::string_view entry : LexiconEntries("gazetteer")) {
      auto fields = LexiconFields(entry);
      if (fields.size() < 3) continue;
      if (fields[0] == "alias") {
        map->emplace(std::string(fields[1]),
                     GazetteerEntry{GazetteerKind::kAlias, std::string(fields[2])});
        continue;
      }
      if (fields[0] == "adjective") {
        map->emplace(std::string(fields[1]),
                     GazetteerEntry{GazetteerKind::kAdjective, std::string(fields[2])});
        continue;
      }
      if (fields[0] == "place") {
        map->emplace(std::string(fields[1]),
                     GazetteerEntry{GazetteerKind::kPlace, std::string(fields[1])});
        continue;
      }
      const std::string country(fields[0]);
      map->emplace(country, GazetteerEntry{GazetteerKind::kCountry, country});
      map->emplace(std::string(fields[1]), GazetteerEntry{GazetteerKind::kCapital, country});
      if (fields.size() >= 4) {
        map->emplace(std::string(fields[2]), GazetteerEntry{GazetteerKind::kAdjective, country});
        map->emplace(std::string(fields[3]), GazetteerEntry{GazetteerKind::kPlural, country});
      }
    }
    return map;
  }();
  return *table;
}

// Lower-case nouns that, after "the ... of", name a kind of place: "the city of X".
bool IsPlaceKindNoun(std::string_view word) {
  static constexpr std::string_view kKinds[] = {
      "city",   "town",     "village", "state",  "province", "region",   "county",
      "island", "district", "capital", "suburb", "port",     "republic", "municipality"};
  return std::find(std::begin(kKinds), std::end(kKinds), word) != std::end(kKinds);
}

// Prepositions after which a capitalized name that nothing else typed is most often a place.
bool IsPlacePreposition(std::string_view word) { return word == "in"; }

// Verbs of going somewhere, whose "to"/"from" names a place ("moved to", "fled from").
bool IsMotionVerb(std::string_view lower) {
  static constexpr std::array<std::string_view, 30> kVerbs = {
      "moved",    "move",     "moves",    "moving",   "flew",     "fly",      "flies",
      "flying",   "traveled", "travelled", "travel",  "travels",  "returned", "return",
      "returns",  "returning", "fled",    "flee",     "relocated", "emigrated", "immigrated",
      "sailed",   "drove",    "headed",   "heading",  "went",     "came",     "deported",
      "evacuated", "commuted"};
  return std::find(kVerbs.begin(), kVerbs.end(), lower) != kVerbs.end();
}

}  // namespace

const GazetteerEntry* FindGazetteer(std::string_view name) {
  const auto& table = Gazetteer();
  auto it = table.find(std::string(name));
  return it == table.end() ? nullptr : &it->second;
}

namespace {
// Given name -> its gender field ("f", "m" or "" when common for both).
const StringMap<std::string>& GivenNames() {
  static const auto* names = [] {
    auto* map = new StringMap<std::string>();
    for (std::string_view entry : LexiconEntries("first_names")) {
      const std::vector<std::string_view> fields = LexiconFields(entry);
      map->emplace(std::string(fields[0]), fields.size() > 1 ? std::string(fields[1]) : "");
    }
    return map;
  }();
  return *names;
}
}  // namespace

bool IsFirstName(std::string_view word) { return GivenNames().contains(word); }

char GivenNameGender(std::string_view word) {
  const auto it = GivenNames().find(word);
  if (it == GivenNames().end() || it->second.empty()) return 0;
  return it->second[0];
}

bool IsPlaceKeyword(std::string_view word) {
  static const auto* set = [] {
    auto* words = new std::unordered_set<std::string>();
    for (std::string_view entry : LexiconEntries("place_keywords"))
      words->emplace(LowerAscii(entry));
    return words;
  }();
  return set->count(LowerAscii(word)) > 0;
}

// A compass point or region written as a name after "the": "the West", "the Midwest".
bool IsCompassRegion(std::string_view word) {
  static constexpr std::string_view kRegions[] = {"North", "South",   "East",    "West",
                                                  "Midwest", "Northeast", "Northwest",
                                                  "Southeast", "Southwest"};
  return std::find(std::begin(kRegions), std::end(kRegions), word) != std::end(kRegions);
}

// A word that makes a compass point a region's name before it: "Far East", "Middle East".
bool IsRegionQualifier(std::string_view word) {
  static constexpr std::string_view kQualifiers[] = {"Far",   "Middle", "Near",   "Deep",
                                                     "Upper", "Lower",  "Greater", "Central"};
  return std::find(std::begin(kQualifiers), std::end(kQualifiers), word) != std::end(kQualifiers);
}

// Lower-case words that may join capitalized words inside one name.
bool IsNameParticle(std::string_view word) {
  static constexpr std::string_view kParticles[] = {"de",  "da",  "du",  "dos", "del", "al",
                                                    "el",  "bin", "ibn", "van", "von", "der",
                                                    "den", "la",  "le",  "di"};
  return std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles);
}

// A speech verb that, after a lone capitalized word, makes it a speaker ("Ortiz said"):
// "said", "says", "told" or a past form in -ed, not a plural noun ("Recent reports").
bool IsPastOrPresentSpeech(std::string_view verb) {
  return verb == "said" || verb == "says" || verb == "told" || verb.ends_with("ed");
}

bool IsEventKeyword(std::string_view word, bool first_word) {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string, bool>();  // word -> marks a first word
    for (std::string_view entry : LexiconEntries("event_keywords")) {
      const auto fields = LexiconFields(entry);
      if (!fields.empty())
        map->emplace(std::string(fields[0]), fields.size() >= 2 && fields[1] == "first");
    }
    return map;
  }();
  const auto it = table->find(LowerAscii(word));
  return it != table->end() && it->second == first_word;
}

bool ActorVerbAfter(std::string_view body, const std::vector<Token>& tokens, size_t last) {
  static constexpr std::string_view kVerbs[] = {
      "has",  "had",  "have", "will", "would", "won",   "lost",  "beat",  "put",
      "puts", "made", "makes", "took", "takes", "sent",  "sends", "gave",  "gives",
      "wants", "plans", "faces", "must", "could"};
  if (last + 1 >= tokens.size()) return false;
  const Token& next = tokens[last + 1];
  if (next.kind != TokenKind::kWord || next.capitalized || next.all_caps) return false;
  const std::string_view word = TokenText(body, next);
  if (word == "according") return false;
  if (std::find(std::begin(kVerbs), std::end(kVerbs), word) != std::end(kVerbs)) return true;
  return IsSpeechVerb(word) || (word.size() > 4 && word.ends_with("ed"));
}

bool IsPhotoLabel(std::string_view word) {
  static const auto* set = [] {
    auto* labels = new std::unordered_set<std::string>();
    for (std::string_view entry : LexiconEntries("page_labels")) {
      const auto fields = LexiconFields(entry);
      if (fields.size() >= 2 && fields[0] == "photo" &&
          fields[1].find(' ') == std::string_view::npos)
        labels->emplace(fields[1]);
    }
    return labels;
  }();
  return set->count(LowerAscii(word)) > 0;
}

bool OpponentCueBefore(std::string_view body, const std::vector<Token>& tokens, size_t first) {
  static constexpr std::string_view kCues[] = {"against", "beat",   "beating", "defeated",
                                               "faced",   "facing", "versus",  "vs"};
  if (first == 0 || tokens[first - 1].kind != TokenKind::kWord) return false;
  const std::string_view word = TokenText(body, tokens[first - 1]);
  return std::find(std::begin(kCues), std::end(kCues), word) != std::end(kCues);
}

bool IsCommonAcronym(std::string_view word) {
  static const auto* set = [] {
    auto* words = new std::unordered_set<std::string>();
    for (std::string_view entry : LexiconEntries("common_acronyms")) words->emplace(entry);
    return words;
  }();
  return set->count(std::string(word)) > 0;
}

bool IsSportsReport(const TextReading& reading) {
  // Chosen on GUM train: a match report writes nine, a story that touches a contest (a
  // robotics team's medal) four.
  constexpr size_t kMinSportsWords = 5;
  static const auto* words = [] {
    auto* set = new StringSet();
    for (std::string_view entry : LexiconEntries("sports_words")) set->emplace(entry);
    return set;
  }();
  std::unordered_set<std::string_view> seen;
  for (size_t s = 0; s < reading.sentences().size(); ++s) {
    for (const Token& token : reading.SentenceTokens(s)) {
      if (token.kind != TokenKind::kWord || token.capitalized || token.all_caps) continue;
      const std::string_view word = reading.Lower(token);
      if (words->find(word) == words->end()) continue;
      seen.insert(word);
      if (seen.size() >= kMinSportsWords) return true;
    }
  }
  return false;
}

std::string_view AgencyKindOf(std::string_view lower_phrase) {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string, std::string>();
    for (std::string_view entry : LexiconEntries("agency_nouns")) {
      const auto fields = LexiconFields(entry);
      if (fields.size() >= 2) map->emplace(std::string(fields[1]), std::string(fields[0]));
    }
    return map;
  }();
  const auto it = table->find(std::string(lower_phrase));
  return it == table->end() ? std::string_view() : std::string_view(it->second);
}

std::string_view AgencyKindOfName(std::string_view name) {
  constexpr size_t kMaxPhraseWords = 4;
  const std::string lower = LowerAscii(name);
  // Suffixes of up to kMaxPhraseWords words, longest first.
  std::vector<size_t> starts;  // byte offsets where a word starts
  for (size_t pos = 0; pos < lower.size(); ++pos) {
    if (lower[pos] != ' ' && (pos == 0 || lower[pos - 1] == ' ')) starts.push_back(pos);
  }
  const size_t first = starts.size() > kMaxPhraseWords ? starts.size() - kMaxPhraseWords : 0;
  for (size_t s = first; s < starts.size(); ++s) {
    if (std::string_view kind = AgencyKindOf(std::string_view(lower).substr(starts[s]));
        !kind.empty())
      return kind;
  }
  return {};
}

// Endings of nouns for beliefs, fields and qualities, which "in" precedes as often as a place:
// "in Buddhism", "in Geology", "in Christianity".
bool HasAbstractNounEnding(std::string_view word) {
  return word.size() > 5 &&
         (word.ends_with("ism") || word.ends_with("ology") || word.ends_with("ity"));
}

bool PlaceCueBefore(std::string_view body, const std::vector<Token>& tokens, size_t first) {
  if (first == 0 || HasAbstractNounEnding(TokenText(body, tokens[first]))) return false;
  const Token& prev = tokens[first - 1];
  if (prev.kind != TokenKind::kWord || prev.capitalized) return false;
  const std::string_view word = TokenText(body, prev);
  if (IsPlacePreposition(word)) return true;
  // "moved to X", "fled from X", "flew into X": a verb of motion before "to", "from", "into".
  if ((word == "to" || word == "from" || word == "into") && first >= 2 &&
      tokens[first - 2].kind == TokenKind::kWord &&
      IsMotionVerb(LowerAscii(TokenText(body, tokens[first - 2]))))
    return true;
  return word == "of" && first >= 2 && tokens[first - 2].kind == TokenKind::kWord &&
         IsPlaceKindNoun(TokenText(body, tokens[first - 2]));
}

bool PlaceCueAfter(std::string_view body, const std::vector<Token>& tokens, size_t last) {
  if (last + 2 >= tokens.size() || TokenText(body, tokens[last + 1]) != ",") return false;
  // The longest gazetteer name of up to three words after the comma.
  std::string name;
  for (size_t k = last + 2; k < std::min(tokens.size(), last + 5); ++k) {
    if (tokens[k].kind != TokenKind::kWord || !tokens[k].capitalized) break;
    if (!name.empty()) name += ' ';
    name += TokenText(body, tokens[k]);
    const GazetteerEntry* entry = FindGazetteer(name);
    const bool name_ends = k + 1 >= tokens.size() || tokens[k + 1].kind != TokenKind::kWord ||
                           !tokens[k + 1].capitalized;
    if (entry && name_ends && entry->kind != GazetteerKind::kAdjective &&
        entry->kind != GazetteerKind::kPlural)
      return true;
  }
  return false;
}

}  // namespace crosscheck
