// What the per-language readers (quote_languages.h, quantity_languages.h, time_languages.h)
// share: one reader per language, made on first use from data/lang/<code>/ and kept for the
// run, and the splitting of a data entry into lower-case words.
#ifndef CROSSCHECK_ANNOTATE_LANGUAGE_DATA_H_
#define CROSSCHECK_ANNOTATE_LANGUAGE_DATA_H_

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/lexicon.h"

namespace crosscheck {

// A word in lower case (Unicode simple case mapping): "Laut" -> "laut", "По" -> "по".
std::string LowerWord(std::string_view word);

// The space-separated words of a data entry, lower case: "La semaine dernière" -> {"la",
// "semaine", "dernière"}.
std::vector<std::string> LowerWords(std::string_view entry);

// The shared `Reader` for `language`, built from data/lang/<language>/ on first use, or
// nullptr when that folder has no `required` file (data/lang/<language>/<required>.txt).
// Thread-safe; the readers live for the whole run.
template <typename Reader>
const Reader* LanguageReader(std::string_view language, std::string_view required) {
  if (language.empty() || language.size() > 8) return nullptr;
  static std::mutex mutex;
  static std::unordered_map<std::string, std::unique_ptr<Reader>> readers;
  const std::lock_guard lock(mutex);
  const std::string code(language);
  auto found = readers.find(code);
  if (found == readers.end()) {
    std::unique_ptr<Reader> reader;
    if (!LexiconEntries("lang/" + code + "/" + std::string(required)).empty()) {
      reader = std::make_unique<Reader>(code);
    }
    found = readers.emplace(code, std::move(reader)).first;
  }
  return found->second.get();
}

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_LANGUAGE_DATA_H_
