// Double quotation marks as the world's news writes them, and which one closes which:
// English “…”, German „…“ and »…«, Polish and Hungarian „…”, French, Spanish and Russian «…»,
// Swedish and Finnish »…», Chinese and Japanese 「…」 and 『…』. Every reader that tracks
// whether it is inside a quotation (sentences, quotes, reuse shingles) asks this one table, so
// that a German closing “ is never read as an English opening one.
#ifndef CROSSCHECK_BASE_QUOTE_MARKS_H_
#define CROSSCHECK_BASE_QUOTE_MARKS_H_

#include <cstdint>

namespace crosscheck {

enum class QuoteMark : uint8_t {
  kNone,
  kStraight,          // "
  kLeftDouble,        // “ opens (English) or closes a „ (German)
  kRightDouble,       // ” closes
  kLowDouble,         // „ opens
  kLeftGuillemet,     // « (and ‹) opens (French) or closes a » (German)
  kRightGuillemet,    // » (and ›) closes a « or opens (German, Swedish)
  kLeftCorner,        // 「 opens
  kRightCorner,       // 」 closes
  kLeftWhiteCorner,   // 『 opens
  kRightWhiteCorner,  // 』 closes
};

// The double (or angle) quotation mark `code_point` is, or kNone.
QuoteMark QuoteMarkOf(char32_t code_point);

// Whether `mark` can open a quotation at all (a closing-only mark never does). Where it may
// open also depends on its context, which the caller judges (a » after a word closes).
bool MayOpenQuotation(QuoteMark mark);

// Whether `mark` closes a quotation opened by `opener`: „ by “ or ”, « by », » by « or »,
// “ by ”, " by ", 「 by 」, 『 by 』; a ” closes any opener but the corner brackets.
bool ClosesQuotation(QuoteMark opener, QuoteMark mark);

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_QUOTE_MARKS_H_
