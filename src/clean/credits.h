// Credits: the wire agencies or original publishers a text is credited to ("AFP", "Reuters",
// "AP/Reuters/AFP", "— AFP", "(AFP)", "Copyright Agence France-Presse", "told AFP" is NOT a
// credit). Names are canonical short forms from the `wire_agencies` lexicon (AFP, AP, Reuters,
// Yonhap, dpa, ...). Used by both extractors and by syndication. Thread-safe.
#ifndef CROSSCHECK_CLEAN_CREDITS_H_
#define CROSSCHECK_CLEAN_CREDITS_H_

#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

// Canonical names of the agencies `line` credits, in order of appearance, without repeats.
// `line` is one line or block (a dateline, a caption, a credit line, a copyright notice).
std::vector<std::string> FindCredits(std::string_view line);

// Canonical short name for an agency name or alias ("Agence France-Presse" -> "AFP"), or ""
// when `name` is not a known agency.
std::string CanonicalAgency(std::string_view name);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLEAN_CREDITS_H_
