#include "base/quote_marks.h"

namespace crosscheck {

QuoteMark QuoteMarkOf(char32_t code_point) {
  switch (code_point) {
    case U'"':
      return QuoteMark::kStraight;
    case U'\u201C':
      return QuoteMark::kLeftDouble;
    case U'\u201D':
      return QuoteMark::kRightDouble;
    case U'\u201E':
      return QuoteMark::kLowDouble;
    case U'\u00AB':
    case U'\u2039':
      return QuoteMark::kLeftGuillemet;
    case U'\u00BB':
    case U'\u203A':
      return QuoteMark::kRightGuillemet;
    case U'\u300C':
    case U'\uFF62':
      return QuoteMark::kLeftCorner;
    case U'\u300D':
    case U'\uFF63':
      return QuoteMark::kRightCorner;
    case U'\u300E':
      return QuoteMark::kLeftWhiteCorner;
    case U'\u300F':
      return QuoteMark::kRightWhiteCorner;
    default:
      return QuoteMark::kNone;
  }
}

bool MayOpenQuotation(QuoteMark mark) {
  return mark != QuoteMark::kNone && mark != QuoteMark::kRightDouble &&
         mark != QuoteMark::kRightCorner && mark != QuoteMark::kRightWhiteCorner;
}

bool ClosesQuotation(QuoteMark opener, QuoteMark mark) {
  switch (opener) {
    case QuoteMark::kNone:
      return false;
    case QuoteMark::kStraight:
      return mark == QuoteMark::kStraight || mark == QuoteMark::kRightDouble;
    case QuoteMark::kLeftDouble:
      return mark == QuoteMark::kRightDouble;
    case QuoteMark::kLowDouble:
      return mark == QuoteMark::kLeftDouble || mark == QuoteMark::kRightDouble;
    case QuoteMark::kLeftGuillemet:
      return mark == QuoteMark::kRightGuillemet || mark == QuoteMark::kRightDouble;
    case QuoteMark::kRightGuillemet:
      return mark == QuoteMark::kLeftGuillemet || mark == QuoteMark::kRightGuillemet ||
             mark == QuoteMark::kRightDouble;
    case QuoteMark::kLeftCorner:
      return mark == QuoteMark::kRightCorner;
    case QuoteMark::kLeftWhiteCorner:
      return mark == QuoteMark::kRightWhiteCorner;
    case QuoteMark::kRightDouble:
    case QuoteMark::kRightCorner:
    case QuoteMark::kRightWhiteCorner:
      return false;
  }
  return false;
}

}  // namespace crosscheck
