// Entity annotator: proper names found as runs of capitalized words, typed by lexicons.
//   person        — a title or role next to the name ("NATO chief Mark Rutte", "Mr Austin",
//                   "spokesperson John Kirby"), a speech verb after a multi-word name, or a
//                   later mention of a known person's surname;
//   organization  — an organization keyword in the name ("... Intelligence Service"), a
//                   well-known organization, or an all-caps acronym;
//   place         — a country, capital or region from the gazetteer;
//   group         — a plural demonym ("North Koreans");
//   other         — remaining multi-word names and mid-sentence capitalized words.
// Each mention's canonical name is the fullest name seen for it in the document (a later
// "Austin" resolves to "Lloyd Austin"; "NIS" to "National Intelligence Service" when written
// "National Intelligence Service (NIS)"). Immutable; thread-safe.
#ifndef CROSSCHECK_ANNOTATE_ENTITIES_H_
#define CROSSCHECK_ANNOTATE_ENTITIES_H_

#include <string_view>

#include "annotate/annotator.h"

namespace crosscheck {

class EntityAnnotator : public Annotator {
 public:
  void Annotate(const Article& article, std::string_view body, Annotations& out) const override;
};

// Gazetteer lookups (shared with reconcile). Country of a country/capital/alias/demonym
// name as written ("Seoul" -> "South Korea"), empty when unknown.
std::string_view GazetteerCountryOf(std::string_view name);
// Whether `name` is a plural demonym ("North Koreans", "Russians").
bool IsPluralDemonym(std::string_view name);
// Whether `name` is a demonym adjective ("North Korean", "Russian").
bool IsDemonymAdjective(std::string_view name);

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_ENTITIES_H_
