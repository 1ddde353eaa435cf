#include "base/quote_marks.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

TEST(QuoteMarksTest, EachOpenerHasItsClosers) {
  // German „…“ and Polish „…”.
  EXPECT_TRUE(ClosesQuotation(QuoteMark::kLowDouble, QuoteMarkOf(U'\u201C')));
  EXPECT_TRUE(ClosesQuotation(QuoteMark::kLowDouble, QuoteMarkOf(U'\u201D')));
  // English “…”: a second “ does not close.
  EXPECT_TRUE(ClosesQuotation(QuoteMark::kLeftDouble, QuoteMarkOf(U'\u201D')));
  EXPECT_FALSE(ClosesQuotation(QuoteMark::kLeftDouble, QuoteMarkOf(U'\u201C')));
  // French «…», German »…«, Swedish »…».
  EXPECT_TRUE(ClosesQuotation(QuoteMark::kLeftGuillemet, QuoteMarkOf(U'\u00BB')));
  EXPECT_FALSE(ClosesQuotation(QuoteMark::kLeftGuillemet, QuoteMarkOf(U'\u00AB')));
  EXPECT_TRUE(ClosesQuotation(QuoteMark::kRightGuillemet, QuoteMarkOf(U'\u00AB')));
  EXPECT_TRUE(ClosesQuotation(QuoteMark::kRightGuillemet, QuoteMarkOf(U'\u00BB')));
  // Corner brackets close only their own kind.
  EXPECT_TRUE(ClosesQuotation(QuoteMark::kLeftCorner, QuoteMarkOf(U'\u300D')));
  EXPECT_FALSE(ClosesQuotation(QuoteMark::kLeftCorner, QuoteMarkOf(U'\u201D')));
  EXPECT_TRUE(ClosesQuotation(QuoteMark::kLeftWhiteCorner, QuoteMarkOf(U'\u300F')));
  EXPECT_TRUE(ClosesQuotation(QuoteMark::kStraight, QuoteMarkOf(U'"')));
  EXPECT_FALSE(ClosesQuotation(QuoteMark::kNone, QuoteMarkOf(U'"')));
}

TEST(QuoteMarksTest, ClosingOnlyMarksNeverOpen) {
  for (char32_t cp : {U'\u201D', U'\u300D', U'\u300F'})
    EXPECT_FALSE(MayOpenQuotation(QuoteMarkOf(cp)));
  for (char32_t cp : {U'"', U'\u201C', U'\u201E', U'\u00AB', U'\u00BB', U'\u300C', U'\u300E'}) {
    EXPECT_TRUE(MayOpenQuotation(QuoteMarkOf(cp)));
  }
  EXPECT_EQ(QuoteMarkOf(U'a'), QuoteMark::kNone);
  EXPECT_FALSE(MayOpenQuotation(QuoteMark::kNone));
}

}  // namespace
}  // namespace crosscheck
