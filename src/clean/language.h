// Language identification (cld2), per document. Judged on the body only, so a footer or menu
// in another script cannot flip an English page. Thread-safe.
#ifndef CROSSCHECK_CLEAN_LANGUAGE_H_
#define CROSSCHECK_CLEAN_LANGUAGE_H_

#include <string>
#include <string_view>

namespace crosscheck {

// ISO 639-1 code of the main language of `text` ("en", "de"), or "un" when unknown.
std::string DetectLanguage(std::string_view text);

}  // namespace crosscheck

#endif  // CROSSCHECK_CLEAN_LANGUAGE_H_
