// Credits: the wire agencies or original publishers a text is credited to ("AFP", "Reuters",
// "AP/Reuters/AFP", "— AFP", "(AFP)", "Copyright Agence France-Presse", "told AFP" is NOT a
// credit), told apart from picture credits ("Photo: Reuters"), which say nothing about the text. Names are canonical short forms from the `wire_agencies` lexicon (AFP, AP, Reuters,
// Yonhap, dpa, ...). Used by both extractors and by syndication. Thread-safe.
#ifndef CROSSCHECK_CLEAN_CREDITS_H_
#define CROSSCHECK_CLEAN_CREDITS_H_

#include <string>
#include <string_view>
#include <vector>

namespace crosscheck {

// Canonical names of the agencies `line` credits the text to, in order of appearance, without
// repeats. `line` is one line or block (a dateline, a credit line, a copyright notice).
// Picture credits ("Photo: Reuters", "Images source: © PAP", "(AFP photo)") are not returned.
std::vector<std::string> FindCredits(std::string_view line);

// Canonical names of the agencies `line` credits a picture to ("Photo: Reuters" -> Reuters,
// "REUTERS/Jane Doe" -> Reuters), in order of appearance, without repeats.
std::vector<std::string> FindPhotoCredits(std::string_view line);

// Canonical short name for an agency name or alias ("Agence France-Presse" -> "AFP"), or ""
// when `name` is not a known agency.
std::string CanonicalAgency(std::string_view name);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLEAN_CREDITS_H_
