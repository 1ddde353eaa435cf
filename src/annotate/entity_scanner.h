// Pass 1 of entity annotation (entities.h): the candidate names of one document, each typed
// by the first rule that fires. Maximal runs of capitalized words, joined by name particles
// ("de", "bin") and, inside organization names, by "of"/"for" ("Ministry of Defence"); a run
// holding a title ("UN Secretary General Ana Lind") is cut in two: the words before the title
// form their own candidate, the words after it are a person. Known organizations and places
// inside a longer name are candidates of their own. Takes a borrowed TextReading; the
// candidates' words are views into its body, which must outlive them. Stateless; thread-safe.
#ifndef CROSSCHECK_ANNOTATE_ENTITY_SCANNER_H_
#define CROSSCHECK_ANNOTATE_ENTITY_SCANNER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "annotate/reading.h"
#include "model/annotations.h"

namespace crosscheck {

struct Candidate {
  uint32_t begin = 0, end = 0;  // byte span in the body
  std::vector<std::string_view> words;
  EntityType type = EntityType::kOther;
  bool typed = false;  // a rule fired (else: weak "other")
  bool sentence_initial = false;
  bool after_article = false;  // "the" right before: "the Sea Org" (rarely a person)
  bool weak = false;           // typed by a default, not by evidence
  bool drop = false;
  bool resolved = false;       // typed in pass 2 by another mention (a person, the same name)
  std::vector<uint32_t> features;  // for the learned typer, when weak or untyped
};

// The words from..to of a name joined by single spaces.
std::string JoinWords(const std::vector<std::string_view>& words, size_t from, size_t to);

struct ScannedCandidates {
  std::vector<Candidate> candidates;  // in text order, nested names after their outer name
  // Words the document writes in lower case ("image", "magic"): a name made of such words is
  // not a person by default.
  std::unordered_set<std::string_view> lower_case_words;
};
ScannedCandidates ScanEntityCandidates(const TextReading& reading);

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_ENTITY_SCANNER_H_
