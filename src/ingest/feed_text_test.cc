#include "ingest/feed_text.h"

#include <gtest/gtest.h>

namespace crosscheck::feed_text {
namespace {

TEST(FeedTextTest, ResolvesRelativeLinks) {
  const std::string base = "http://example.org/news/today/index.html?x=1";
  EXPECT_EQ(ResolveUrl(base, "story.html"), "http://example.org/news/today/story.html");
  EXPECT_EQ(ResolveUrl(base, "/about"), "http://example.org/about");
  EXPECT_EQ(ResolveUrl(base, "//cdn.example.net/a"), "http://cdn.example.net/a");
  EXPECT_EQ(ResolveUrl(base, "#top"), "http://example.org/news/today/index.html#top");
  EXPECT_EQ(ResolveUrl(base, "https://other.example/x"), "https://other.example/x");
  EXPECT_EQ(ResolveUrl("", "relative/only"), "relative/only");
  EXPECT_EQ(ResolveUrl("http://example.org", "a"), "http://example.org/a");
}

TEST(FeedTextTest, MarkupToTextAndBack) {
  EXPECT_EQ(MarkupToText("Example <b>Atom</b> &amp; &#8220;more&#x201D;\n  text"),
            "Example Atom & \xE2\x80\x9Cmore\xE2\x80\x9D text");
  EXPECT_EQ(MarkupToText("&unknown; &#; &#xZZ; a<b"), "&unknown; &#; &#xZZ; a");
  std::string escaped;
  AppendEscaped("a<b & \"c\"", /*attribute=*/true, escaped);
  EXPECT_EQ(escaped, "a&lt;b &amp; &quot;c&quot;");
  EXPECT_TRUE(LooksLikeMarkup("<p>x</p>"));
  EXPECT_TRUE(LooksLikeMarkup("Q&amp;A"));
  EXPECT_FALSE(LooksLikeMarkup("3 < 4 & 5 > 2"));
}

TEST(FeedTextTest, Base64AndCp1252Repair) {
  EXPECT_EQ(DecodeBase64(" RXhh\nbXBsZQ== "), "Example");
  EXPECT_FALSE(DecodeBase64("not base64!").has_value());
  std::string quote = "don\xC2\x92t";  // U+0092 written for the cp1252 byte 0x92
  RepairC1Controls(quote);
  EXPECT_EQ(quote, "don\xE2\x80\x99t");
}

TEST(FeedTextTest, LateDeclarationIsBlanked) {
  std::string text = "<!-- note -->\n<?xml version=\"1.0\"?>\n<rss/>";
  BlankLateDeclaration(text);
  EXPECT_EQ(text.find("<?xml"), std::string::npos);
  EXPECT_EQ(text.size(), std::string("<!-- note -->\n<?xml version=\"1.0\"?>\n<rss/>").size());
  std::string proper = "<?xml version=\"1.0\"?><rss/>";
  BlankLateDeclaration(proper);
  EXPECT_EQ(proper, "<?xml version=\"1.0\"?><rss/>");
}

}  // namespace
}  // namespace crosscheck::feed_text
