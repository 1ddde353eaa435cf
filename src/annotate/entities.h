// Entity annotator: proper names found as runs of capitalized words, typed by lexicons.
//   person        — a title or role next to the name ("UN chief Ana Lind", "Mr Palmer",
//                   "spokesperson Tom Berle"), a speech verb after a multi-word name, a
//                   common first name before a surname ("Maria Lindqvist"), or a later
//                   mention of a known person's surname;
//   organization  — an organization keyword in the name ("... Safety Board"), a
//                   well-known organization, or an all-caps acronym;
//   place         — a country, capital, region or US state/Canadian province/Australian
//                   state from the gazetteer, a place keyword ending the name ("Ross Sea"),
//                   or a cue around it ("in X", "the city of X", "X, Ohio");
//   group         — a plural demonym ("Norwegians");
//   other         — events, laws and works ("World Cup", "Clean Air Act"), a known
//                   organization's products ("Acme Browser"), remaining names.
// A country acting ("Chile said", "Peru beat Chile") is an organization (its government or
// team). Places and known organizations inside a longer name, and a known person's name
// leading an organization's name, are mentions of their own ("North Carolina" in "University
// of North Carolina"). Names only a default would type are decided by a small learned typer
// when it is sure (entity_typer.h).
// Weak defaults, overridden by any typed mention of the same name in the document: "the"
// before a name makes it an organization (a place for a compass region: "the West"), two or
// three capitalized words or a given name alone a person; neither when the document also
// writes the name's words in lower case. A name
// typed once keeps that type for its untyped later (and earlier) mentions.
// Each mention's canonical name is the fullest name seen for it in the document (a later
// "Palmer" resolves to "Ruth Palmer"; "CAA" to "Civil Aviation Authority" when written
// "Civil Aviation Authority (CAA)"). Immutable; thread-safe.
#ifndef CROSSCHECK_ANNOTATE_ENTITIES_H_
#define CROSSCHECK_ANNOTATE_ENTITIES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "annotate/annotator.h"

namespace crosscheck {

class EntityAnnotator : public Annotator {
 public:
  void Annotate(const Article& article, const TextReading& reading,
                Annotations& out) const override;
};

// The names the learned typer (entity_typer.h) decides in `body`, with their features: what
// `make train` labels from a corpus. Annotate applies the typer to exactly these.
struct EntityTyperSample {
  Span span;
  std::vector<uint32_t> features;
};
std::vector<EntityTyperSample> EntityTyperSamples(std::string_view body);

// Gazetteer lookups (shared with reconcile). Country of a country/capital/alias/demonym
// name as written ("Paris" -> "France"), empty when unknown.
std::string_view GazetteerCountryOf(std::string_view name);
// Whether `name` is a country's seat of government ("Seoul", "Moscow").
bool IsCapitalCity(std::string_view name);
// Whether `name` is a plural demonym ("Norwegians", "Russians").
bool IsPluralDemonym(std::string_view name);
// Whether `name` is a demonym adjective ("Norwegian", "Russian").
bool IsDemonymAdjective(std::string_view name);
// The kind of public body a lower-case phrase names (agency_nouns.txt): "spy agency" and
// "intelligence service" -> "intelligence"; empty when the phrase is not listed.
std::string_view AgencyKindOf(std::string_view lower_phrase);
// The kind of body an organization's name says it is, by its last one to four words
// ("National Intelligence Service" -> "intelligence"); empty when none is listed.
std::string_view AgencyKindOfName(std::string_view name);

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_ENTITIES_H_
