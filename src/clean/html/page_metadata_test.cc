#include "clean/html/page_metadata.h"

#include <gtest/gtest.h>

#include <memory>

namespace crosscheck::html {
namespace {

// The metadata of `html` read from both trees; the test fails when they disagree.
PageMetadata ReadBoth(std::string_view html) {
  PageMetadata gumbo = ReadPageMetadata(BuildDomTree(html, HtmlParser::kGumbo));
  PageMetadata fast = ReadPageMetadata(BuildDomTree(html, HtmlParser::kFast));
  EXPECT_EQ(gumbo.html_title, fast.html_title);
  EXPECT_EQ(gumbo.meta_title, fast.meta_title);
  EXPECT_EQ(gumbo.first_h1, fast.first_h1);
  EXPECT_EQ(gumbo.site_name, fast.site_name);
  EXPECT_EQ(gumbo.canonical_url, fast.canonical_url);
  EXPECT_EQ(gumbo.language, fast.language);
  EXPECT_EQ(gumbo.author, fast.author);
  EXPECT_EQ(gumbo.published, fast.published);
  return fast;
}

TEST(DateFromUrl, FindsCommonPathForms) {
  EXPECT_EQ(DateFromUrl("https://example.org/2019/11/19/politics/story.html"), (Date{2019, 11, 19}));
  EXPECT_EQ(DateFromUrl("https://example.org/news/2019-11-19-story"), (Date{2019, 11, 19}));
  EXPECT_EQ(DateFromUrl("https://example.org/a/20191119/story"), (Date{2019, 11, 19}));
  EXPECT_EQ(DateFromUrl("https://example.org/2019/11/story"), (Date{2019, 11, 0}));
}

TEST(DateFromUrl, IgnoresIdsAndHosts) {
  EXPECT_FALSE(DateFromUrl("https://example.org/article/14848164.php"));
  EXPECT_FALSE(DateFromUrl("https://2019.example.org/news"));
  EXPECT_FALSE(DateFromUrl("https://example.org/story?date=2019/11/19"));
  EXPECT_FALSE(DateFromUrl("https://example.org/2019/13/40/x"));
}

TEST(ParseMetaDate, IsoAndWrittenForms) {
  EXPECT_EQ(ParseMetaDate("2019-11-19T08:00:00Z"), (Date{2019, 11, 19}));
  EXPECT_EQ(ParseMetaDate(" Nov 19, 2019 "), (Date{2019, 11, 19}));
  EXPECT_FALSE(ParseMetaDate("yesterday"));
}

TEST(StripSiteFromTitle, RemovesSiteSuffixAndPrefix) {
  EXPECT_EQ(StripSiteFromTitle("Storm hits the coast | Daily Planet", "Daily Planet", ""), "Storm hits the coast");
  EXPECT_EQ(StripSiteFromTitle("Storm hits the coast - dailyplanet.com", "", "dailyplanet.com"), "Storm hits the coast");
  EXPECT_EQ(StripSiteFromTitle("Daily Planet: Storm hits the coast", "Daily Planet", ""), "Daily Planet: Storm hits the coast");
  EXPECT_EQ(StripSiteFromTitle("Rock - paper - scissors", "", ""), "Rock - paper - scissors");
}

TEST(HostOf, DropsSchemeWwwAndPath) {
  EXPECT_EQ(HostOf("https://www.Example.org:8080/a/b"), "example.org");
  EXPECT_EQ(HostOf("not a url"), "");
}

TEST(ReadPageMetadata, JsonLdWinsOverMetaTags) {
  PageMetadata metadata = ReadBoth(R"(<html lang="en-GB"><head><title>Storm | Planet</title>
    <meta property="og:title" content="Storm hits the coast">
    <meta property="og:site_name" content="Daily Planet">
    <meta property="article:published_time" content="2024-10-17T10:00:00Z">
    <meta name="author" content="Jane Roe">
    <link rel="canonical" href="https://www.dailyplanet.example/storm">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"NewsArticle","headline":"Storm","datePublished":"2024-10-18",
       "author":[{"@type":"Person","name":"Ann Lee"},{"name":"Bo Chen"}],
       "publisher":{"name":"Planet Media"}}]}</script>
    </head><body><h1>Storm hits</h1></body></html>)");
  EXPECT_EQ(metadata.language, "en");
  EXPECT_EQ(metadata.html_title, "Storm | Planet");
  EXPECT_EQ(metadata.meta_title, "Storm hits the coast");
  EXPECT_EQ(metadata.first_h1, "Storm hits");
  EXPECT_EQ(metadata.site_name, "Daily Planet");
  EXPECT_EQ(metadata.canonical_url, "https://www.dailyplanet.example/storm");
  EXPECT_EQ(metadata.author, "Ann Lee, Bo Chen");
  ASSERT_TRUE(metadata.published);
  EXPECT_EQ(*metadata.published, (Date{2024, 10, 18}));
}

TEST(ReadPageMetadata, BrokenJsonLdFallsBackToMeta) {
  PageMetadata metadata = ReadBoth(R"(<head><script type="application/ld+json">{"datePublished": "2024-</script>
    <meta name="pubdate" content="2024-10-16"><meta property="article:published_time" content="2024-10-15">)");
  ASSERT_TRUE(metadata.published);
  EXPECT_EQ(*metadata.published, (Date{2024, 10, 15}));
}

}  // namespace
}  // namespace crosscheck::html
