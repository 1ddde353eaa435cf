// Evidence the entity annotator types names by, apart from titles and organization
// keywords (tokens.h): the gazetteer (countries, capitals, demonyms, first-level regions,
// continents), common first names, and the words around a name that make it a place
// ("in X", "the city of X", "X, Texas"). Tables are built once from the lexicons on first
// use, immutable and safe to share across threads; every lookup is a hash probe.
#ifndef CROSSCHECK_ANNOTATE_ENTITY_CUES_H_
#define CROSSCHECK_ANNOTATE_ENTITY_CUES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/reading.h"
#include "annotate/tokens.h"

namespace crosscheck {

enum class GazetteerKind : uint8_t {
  kCountry,    // "South Korea"
  kCapital,    // "Seoul"
  kAlias,      // "US" for "United States"
  kPlace,      // a continent, sea or region across countries, or a state or province
  kAdjective,  // "South Korean"
  kPlural,     // "South Koreans"
};

struct GazetteerEntry {
  GazetteerKind kind;
  std::string country;  // the country (for kPlace: the place itself)
};

// The gazetteer entry of a name as written, or null.
const GazetteerEntry* FindGazetteer(std::string_view name);

// Whether `word` is a common given name ("Maria", "John"), as written.
bool IsFirstName(std::string_view word);
// The usual gender of a given name in news: 'f', 'm', or 0 when unknown or common for both.
char GivenNameGender(std::string_view word);

// Whether `word` (any case), ending a capitalized name, makes it a place: "Sea", "Station".
bool IsPlaceKeyword(std::string_view word);

// Whether `word`, after "the", names a compass region: "the West", "the Midwest".
bool IsCompassRegion(std::string_view word);
// A word that makes a compass point a region's name before it: "Far East", "Middle East".
bool IsRegionQualifier(std::string_view word);
// Whether a lower-case `word` may join capitalized words inside one name ("de", "bin", "van").
bool IsNameParticle(std::string_view word);
// Whether `verb`, after a lone capitalized word, makes it a speaker ("Ortiz said"): "said",
// "says", "told" or a past form in -ed, not a plural noun ("Recent reports").
bool IsPastOrPresentSpeech(std::string_view verb);

// Whether `word` (any case) makes a capitalized name an event, law or work (event_keywords.txt):
// ending it ("World Cup", "Clean Air Act"), or, for the words marked so, starting it
// ("Operation Desert Fox").
bool IsEventKeyword(std::string_view word, bool first_word);

// Whether the word after a country's name makes the country an actor, its government or team
// ("Sweden beat Panama", "Japan has protested", "Norway said"): a finite verb, by a short list
// of common ones, the speech verbs and past forms in -ed.
bool ActorVerbAfter(std::string_view body, const std::vector<Token>& tokens, size_t last);

// Whether `word` (any case) is a picture-credit label of page_labels.txt ("Image", "Photo"),
// which captions write before a colon: "... as Belle Image: Jo Doe".
bool IsPhotoLabel(std::string_view word);

// Whether the word before a country's name makes it a side in a contest, its team or
// government: "against Sweden", "defeated Panama", "faced Belgium".
bool OpponentCueBefore(std::string_view body, const std::vector<Token>& tokens, size_t first);

// Whether `word`, as written, is an all-capital abbreviation of a common noun
// (common_acronyms.txt: "DNA", "CEO", "GPS"), not an organization's name.
bool IsCommonAcronym(std::string_view word);

// Whether the document reports on a contest: it writes (in lower case) at least
// kMinSportsWords distinct words of sports_words.txt ("goal", "referee", "penalty"). There a
// country's name stands for its team. O(tokens), one hash probe per lower-case word.
bool IsSportsReport(const TextReading& reading);

// Whether the words before token `first` of `tokens` (spans into `body`) make the name that
// starts there a place: "in X", "the city of X", "the state of X"; never for a name ending like
// a belief, field or quality ("in Buddhism", "in Geology").
bool PlaceCueBefore(std::string_view body, const std::vector<Token>& tokens, size_t first);

// Whether the words after token `last` make the name that ends there a place: "X, Texas",
// "X, Italy" (a comma and a country, capital or region of the gazetteer).
bool PlaceCueAfter(std::string_view body, const std::vector<Token>& tokens, size_t last);

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_ENTITY_CUES_H_
