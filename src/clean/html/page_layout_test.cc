#include "clean/html/page_layout.h"

#include <gtest/gtest.h>

#include <string>

namespace crosscheck::html {
namespace {

// The layout from the fast tree; the test fails when gumbo's tree gives other blocks.
PageLayout Flatten(std::string_view html, FlattenOptions options = {}) {
  PageLayout fast = FlattenPage(BuildDomTree(html, HtmlParser::kFast), options);
  PageLayout gumbo = FlattenPage(BuildDomTree(html, HtmlParser::kGumbo), options);
  EXPECT_EQ(fast.nodes.size(), gumbo.nodes.size()) << html;
  EXPECT_EQ(fast.blocks.size(), gumbo.blocks.size()) << html;
  for (size_t index = 0; index < fast.blocks.size() && index < gumbo.blocks.size(); ++index) {
    EXPECT_EQ(fast.blocks[index].text, gumbo.blocks[index].text) << html;
    EXPECT_EQ(fast.blocks[index].source_begin, gumbo.blocks[index].source_begin) << html;
    EXPECT_EQ(fast.blocks[index].source_end, gumbo.blocks[index].source_end) << html;
    EXPECT_EQ(fast.blocks[index].node, gumbo.blocks[index].node) << html;
  }
  return fast;
}

TEST(FlattenPage, BlocksCollapseWhitespaceAndDecodeEntities) {
  std::string html = "<body><p>  Fish &amp;\n  chips,&nbsp;<b>hot</b> </p><p>Two</p></body>";
  PageLayout layout = Flatten(html);
  ASSERT_EQ(layout.blocks.size(), 2u);
  EXPECT_EQ(layout.blocks[0].text, "Fish & chips, hot");
  EXPECT_EQ(layout.blocks[0].kind, BlockKind::kParagraph);
  // The source range covers the text nodes of the block.
  std::string_view source = std::string_view(html).substr(
      layout.blocks[0].source_begin, layout.blocks[0].source_end - layout.blocks[0].source_begin);
  EXPECT_EQ(source.substr(0, 4), "Fish");
  EXPECT_EQ(source.substr(source.size() - 3), "hot");
  EXPECT_EQ(layout.blocks[1].text, "Two");
}

TEST(FlattenPage, KindsFromEnclosingElements) {
  PageLayout layout = Flatten(
      "<h2>Head</h2><ul><li>One</li></ul><blockquote><p>Quote</p></blockquote>"
      "<figure><img src=x><figcaption>Cap</figcaption></figure>");
  ASSERT_EQ(layout.blocks.size(), 4u);
  EXPECT_EQ(layout.blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(layout.blocks[1].kind, BlockKind::kListItem);
  EXPECT_EQ(layout.blocks[2].kind, BlockKind::kBlockQuote);
  EXPECT_EQ(layout.blocks[3].kind, BlockKind::kCaption);
}

TEST(FlattenPage, SkipsScriptsNavigationHiddenAndUnlikely) {
  PageLayout layout = Flatten(
      "<nav>Menu</nav><script>var x;</script><p hidden>Hidden</p><p style='display: none'>No</p>"
      "<div class='comments'>Comment</div><div class='main-content comments'>Kept</div><p>Text</p>");
  ASSERT_EQ(layout.blocks.size(), 2u);
  EXPECT_EQ(layout.blocks[0].text, "Kept");
  EXPECT_EQ(layout.blocks[1].text, "Text");
  FlattenOptions keep_all;
  keep_all.strip_unlikely = false;
  EXPECT_EQ(Flatten("<div class='comments'>Comment</div>", keep_all).blocks.size(), 1u);
}

TEST(FlattenPage, SubtreeTotalsCountLinksAndParagraphs) {
  PageLayout layout = Flatten("<div id=x><p>abc, <a href=#>link</a></p><p>de</p></div>");
  const LayoutNode* div = nullptr;
  for (const auto& node : layout.nodes) if (node.tag == GUMBO_TAG_DIV) div = &node;
  ASSERT_NE(div, nullptr);
  EXPECT_EQ(div->paragraphs, 2u);
  EXPECT_EQ(div->link_chars, 4u);
  EXPECT_EQ(div->text_chars, std::string("abc, link").size() + 2);
  EXPECT_EQ(div->commas, 1u);
}

TEST(FlattenPage, DeepNestingDoesNotRecurse) {
  std::string html;
  constexpr int kDepth = 100000;
  for (int i = 0; i < kDepth; ++i) html += "<span>";
  html += "deep text";
  PageLayout layout = Flatten(html);
  ASSERT_EQ(layout.blocks.size(), 1u);
  EXPECT_EQ(layout.blocks[0].text, "deep text");
}

TEST(ClassWeight, PositiveAndNegativeNames) {
  EXPECT_EQ(ClassWeight("article-body", ""), 25);
  EXPECT_EQ(ClassWeight("sidebar", "footer"), -50);
  EXPECT_TRUE(IsUnlikelyCandidate("related-links", ""));
  EXPECT_FALSE(IsUnlikelyCandidate("related-article", ""));
}

}  // namespace
}  // namespace crosscheck::html
