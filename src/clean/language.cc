// Language identification with cld2 (Debian's libcld2).
//
// cld2 scores the text by script runs and returns the top three languages with the share of
// bytes each covers. The text given here is the article body, so menus and footers are
// already gone; on top of that we take cld2's *top* language by share rather than anything
// about the tail, so a short footer in another script (a Polish legal notice, a Chinese
// link title) cannot flip an English page. A language is reported only when cld2 calls the
// guess reliable or when it covers at least half of the scored bytes; otherwise "un".
#include "clean/language.h"

#include <cld2/public/compact_lang_det.h>

#include <climits>
#include <string>

#include "base/utf8.h"

namespace crosscheck {
namespace {

// Share (percent of scored bytes) the top language needs when cld2 says "unreliable".
constexpr int kMinTopPercent = 50;
// cld2 looks at a bounded prefix anyway; cap what we hand it so huge inputs stay cheap.
constexpr size_t kMaxDetectBytes = 64 * 1024;

// "en" from cld2's code; "zh-Hant" -> "zh"; cld2's "un" and unknowns -> "un".
std::string IsoCode(CLD2::Language language) {
  const char* code = CLD2::LanguageCode(language);
  if (code == nullptr) return "un";
  std::string iso(code);
  if (const size_t dash = iso.find('-'); dash != std::string::npos) iso.resize(dash);
  if (iso.size() != 2) return "un";  // cld2's 3-letter codes have no ISO 639-1 form
  return iso;
}

}  // namespace

std::string DetectLanguage(std::string_view text) {
  if (text.size() > kMaxDetectBytes) {
    // Cut on a code point boundary (continuation bytes are 10xxxxxx).
    size_t cut = kMaxDetectBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut);
  }
  // cld2 requires interchange-valid UTF-8; the document model promises UTF-8 but a fuzzer or a
  // bad decoder may not, so repair rather than trust.
  std::string repaired;
  if (!IsValidUtf8(text)) {
    repaired = SanitizeUtf8(text);
    text = repaired;
  }
  CLD2::Language top3[3];
  int percent3[3] = {0, 0, 0};
  int text_bytes = 0;
  bool reliable = false;
  const CLD2::Language language =
      CLD2::DetectLanguageSummary(text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true,
                                  top3, percent3, &text_bytes, &reliable);
  (void)language;  // the summary's first entry is the same or better (it ignores the default)
  if (top3[0] == CLD2::UNKNOWN_LANGUAGE) return "un";
  if (!reliable && percent3[0] < kMinTopPercent) return "un";
  return IsoCode(top3[0]);
}

}  // namespace crosscheck
