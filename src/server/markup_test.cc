#include "server/markup.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

TEST(MarkupEscapeTest, EscapesMarkupAndQuotes) {
  EXPECT_EQ(MarkupEscape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
  EXPECT_EQ(MarkupEscape("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
}

TEST(MarkupEscapeTest, DropsWhatXmlForbidsAndKeepsText) {
  EXPECT_EQ(MarkupEscape(std::string("a\0b\x01\x1f", 5) + "\t\n\r"), "ab\t\n\r");
  EXPECT_EQ(MarkupEscape("caf\xc3\xa9 \xe2\x80\x94"), "caf\xc3\xa9 \xe2\x80\x94");
  EXPECT_EQ(MarkupEscape("\xef\xbf\xbe"), "");  // U+FFFE
  EXPECT_EQ(MarkupEscape("a\xff"
                         "b"),
            "a\xef\xbf\xbd"
            "b");  // invalid byte -> U+FFFD
}

TEST(PercentEncodeSegmentTest, KeepsUnreservedOnly) {
  EXPECT_EQ(PercentEncodeSegment("s1-a_b.c~"), "s1-a_b.c~");
  EXPECT_EQ(PercentEncodeSegment("a/b c?\"<"), "a%2Fb%20c%3F%22%3C");
  EXPECT_EQ(PercentEncodeSegment("\xc3\xa9"), "%C3%A9");
}

}  // namespace
}  // namespace crosscheck
