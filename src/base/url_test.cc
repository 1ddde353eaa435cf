#include "base/url.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

TEST(SiteOfUrlTest, HostWithoutWwwPortOrUser) {
  EXPECT_EQ(SiteOfUrl("https://www.bbc.co.uk/news/world-1"), "bbc.co.uk");
  EXPECT_EQ(SiteOfUrl("HTTP://WWW.Example.COM:8080?q=1"), "example.com");
  EXPECT_EQ(SiteOfUrl("http://user:pw@news.example.org./a"), "news.example.org");
  EXPECT_EQ(SiteOfUrl("https://apnews.com"), "apnews.com");
}

TEST(SiteOfUrlTest, NotAWebAddressGivesNothing) {
  EXPECT_EQ(SiteOfUrl(""), "");
  EXPECT_EQ(SiteOfUrl("corpus/a.txt"), "");
  EXPECT_EQ(SiteOfUrl("urn:uuid:1234"), "");
  EXPECT_EQ(SiteOfUrl("ftp://example.com/x"), "");
  EXPECT_EQ(SiteOfUrl("https:///path"), "");
}

}  // namespace
}  // namespace crosscheck
