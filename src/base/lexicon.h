// Lexicons: word lists that rules use (month names, wire agencies, speech verbs, boilerplate
// phrases), kept as data files in data/lexicons/ and embedded in the binary at build time.
//
// File format: one entry per line, UTF-8; '#' starts a comment line; blank lines ignored.
// A line may hold tab-separated fields (e.g. "oct\t10"). Returned views point into static
// storage and live for the whole program. Thread-safe.
#ifndef CROSSCHECK_BASE_LEXICON_H_
#define CROSSCHECK_BASE_LEXICON_H_

#include <string_view>
#include <vector>

namespace crosscheck {

// The raw text of data/lexicons/<name>.txt, or an empty view when there is no such lexicon.
std::string_view EmbeddedLexicon(std::string_view name);

// The entries of a lexicon: non-blank, non-comment lines, trimmed.
std::vector<std::string_view> LexiconEntries(std::string_view name);

// Splits one entry into its tab-separated fields.
std::vector<std::string_view> LexiconFields(std::string_view entry);

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_LEXICON_H_
