#include "clean/html/markup_guard.h"

#include <gtest/gtest.h>

#include <string>

namespace crosscheck::html {
namespace {

TEST(GuardMarkup, OrdinaryPagesPassUntouched) {
  std::string page =
      "<html><body><p>One<p>Two<ul><li>a<li>b</ul><script>if (a<b) {}</script></body>";
  GuardedMarkup guarded;
  GuardMarkup(page, guarded);
  EXPECT_EQ(guarded.text.data(), page.data());
  EXPECT_EQ(guarded.text.size(), page.size());
  EXPECT_EQ(guarded.blanked_tags, 0u);
  EXPECT_FALSE(guarded.truncated);
  EXPECT_EQ(guarded.cut, MarkupCut::kNone);
}

TEST(GuardMarkup, DeepNestingIsBlankedKeepingOffsets) {
  std::string page;
  for (size_t i = 0; i < kMaxNesting + 100; ++i) page += "<div class=\"a>b\">";
  page += "text";
  GuardedMarkup guarded;
  GuardMarkup(page, guarded);
  EXPECT_EQ(guarded.blanked_tags, 100u);
  ASSERT_EQ(guarded.text.size(), page.size());
  EXPECT_EQ(guarded.text.substr(guarded.text.size() - 4), "text");
  EXPECT_EQ(guarded.text.find("<div", kMaxNesting * 17), std::string::npos);
}

TEST(GuardMarkup, UnclosedParagraphsNeverCountAsNesting) {
  std::string page;
  for (size_t i = 0; i < kMaxNesting * 4; ++i) page += "<p>x<li>y";
  GuardedMarkup guarded;
  GuardMarkup(page, guarded);
  EXPECT_EQ(guarded.blanked_tags, 0u);
}

TEST(GuardMarkup, TooManyElementsAreCut) {
  std::string page;
  for (size_t i = 0; i < kMaxElements + 10; ++i) page += "<b>x</b>";
  GuardedMarkup guarded;
  GuardMarkup(page, guarded);
  EXPECT_TRUE(guarded.truncated);
  EXPECT_EQ(guarded.cut, MarkupCut::kElements);
  EXPECT_EQ(guarded.elements, kMaxElements);
  EXPECT_EQ(guarded.text.size(), kMaxElements * 8);
}

TEST(GuardMarkup, UnterminatedConstructsEndTheScan) {
  for (std::string page : {"<!-- never closed <div>", "<div class='open", "<script>x", "<", "</"}) {
    GuardedMarkup guarded;
    GuardMarkup(page, guarded);
    EXPECT_EQ(guarded.text.size(), page.size()) << page;
  }
}

}  // namespace
}  // namespace crosscheck::html
