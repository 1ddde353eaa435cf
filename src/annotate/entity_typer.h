// A small learned typer for the names the entity rules leave to a default: a linear model
// (multi-class logistic regression, trained by liblinear on GUM wikinews train only; `make
// train` reproduces it) over hashed features of the name and the words around it. It decides
// person / organization / place / none for candidates no strong rule typed (the weak "person"
// and "organization after the" defaults and untyped names); strong evidence (titles, lexicons,
// gazetteer, cues) is never overridden. The model is an embedded lexicon file
// (data/lexicons/entity_typer_model.txt, liblinear's text format); without it the typer
// abstains. Immutable once loaded; thread-safe.
#ifndef CROSSCHECK_ANNOTATE_ENTITY_TYPER_H_
#define CROSSCHECK_ANNOTATE_ENTITY_TYPER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/tokens.h"
#include "model/annotations.h"

namespace crosscheck {

// Feature ids (1-based, < kEntityTyperBuckets + 1) of the name spanning tokens first..last of
// `tokens` (spans into `body`); `default_type` is the type the rules' default gave (or kOther).
// Sorted, without duplicates (liblinear's input order).
inline constexpr uint32_t kEntityTyperBuckets = 4096;
std::vector<uint32_t> EntityTyperFeatures(std::string_view body, const std::vector<Token>& tokens,
                                          size_t first, size_t last, EntityType default_type,
                                          bool after_article, bool sentence_initial);
// The features' texts ("w:orla", "p1:week", ...): what EntityTyperFeatures hashes as it reads
// the words (the tests hold the two equal).
std::vector<std::string> EntityTyperFeatureStrings(std::string_view body,
                                                   const std::vector<Token>& tokens, size_t first,
                                                   size_t last, EntityType default_type,
                                                   bool after_article, bool sentence_initial);

// The type the model gives those features: person, organization or place, kOther for "none";
// nullopt when there is no model or the model is not sure enough (the default stands).
std::optional<EntityType> PredictEntityType(const std::vector<uint32_t>& features);

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_ENTITY_TYPER_H_
