#include "server/atom.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

size_t Count(const std::string& text, std::string_view what) {
  size_t count = 0;
  for (size_t pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1))
    ++count;
  return count;
}

std::vector<ChangeRecord> TwoChanges() {
  return {{.seq = 7,
           .at = "2026-12-06T23:10:00Z",
           .kind = "status_changed",
           .story = "s1",
           .claim = "c1",
           .text = "single_source -> corroborated"},
          {.seq = 3,
           .at = "2026-12-05T08:00:00Z",
           .kind = "new_story",
           .story = "s/2",
           .claim = "",
           .text = "2 documents <b>&"}};
}

TEST(AtomTest, OneEntryPerChangeWithTheRequiredElements) {
  const std::string feed =
      RenderAtomFeed({.base_url = "http://127.0.0.1:8080",
                      .story = "",
                      .title = "changes",
                      .fallback_updated = "x"},
                     TwoChanges(), [](std::string_view id) {
                       return id == "s1" ? std::string("Quake <hits> town") : std::string();
                     });
  EXPECT_EQ(feed.rfind("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed "
                       "xmlns=\"http://www.w3.org/2005/Atom\">",
                       0),
            0u);
  EXPECT_EQ(Count(feed, "<entry>"), 2u);
  EXPECT_EQ(Count(feed, "<id>"), 3u);
  EXPECT_EQ(Count(feed, "<updated>"), 3u);
  EXPECT_NE(feed.find("<id>tag:crosscheck,2026:feed</id>"), std::string::npos);
  // The feed is as new as its newest entry.
  EXPECT_NE(feed.find("<title>changes</title>\n<updated>2026-12-06T23:10:00Z</updated>"),
            std::string::npos);
  EXPECT_NE(feed.find("<author><name>crosscheck</name></author>"), std::string::npos);
  EXPECT_NE(feed.find("<title>Status changed: Quake &lt;hits&gt; town</title>"), std::string::npos);
  // Unknown title: the id; ids in links are percent-encoded.
  EXPECT_NE(feed.find("<title>New story: s/2</title>"), std::string::npos);
  EXPECT_NE(feed.find("href=\"http://127.0.0.1:8080/stories/s%2F2\""), std::string::npos);
  EXPECT_NE(feed.find("<summary>2 documents &lt;b&gt;&amp;</summary>"), std::string::npos);
  EXPECT_NE(feed.find("<id>tag:crosscheck,2026:change/7/2026-12-06T23%3A10%3A00Z</id>"),
            std::string::npos);
  EXPECT_EQ(feed.find("<b>"), std::string::npos);
}

TEST(AtomTest, StoryFeedAndEmptyFeed) {
  const std::string feed = RenderAtomFeed(
      {.base_url = "http://h:1", .story = "s 1", .title = "one", .fallback_updated = "2026-12-01"},
      {}, nullptr);
  EXPECT_NE(feed.find("<id>tag:crosscheck,2026:feed/story/s%201</id>"), std::string::npos);
  EXPECT_NE(feed.find("<updated>2026-12-01T00:00:00Z</updated>"), std::string::npos);
  EXPECT_NE(
      feed.find(
          "rel=\"self\" type=\"application/atom+xml\" href=\"http://h:1/stories/s%201/feed.atom\""),
      std::string::npos);
  EXPECT_EQ(Count(feed, "<entry>"), 0u);
}

TEST(AtomTest, TimesAreAlwaysRfc3339) {
  EXPECT_EQ(Rfc3339Time("2026-12-06"), "2026-12-06T00:00:00Z");
  EXPECT_EQ(Rfc3339Time("2026-12-06T23:10:00Z"), "2026-12-06T23:10:00Z");
  EXPECT_EQ(Rfc3339Time("2026-12-06T23:10:00.25Z"), "2026-12-06T23:10:00.25Z");
  EXPECT_EQ(Rfc3339Time("yesterday"), "1970-01-01T00:00:00Z");
  EXPECT_EQ(Rfc3339Time("2026-12-06T23:10:00"), "1970-01-01T00:00:00Z");
  EXPECT_EQ(Rfc3339Time(""), "1970-01-01T00:00:00Z");
}

TEST(AtomTest, KindLabels) {
  EXPECT_EQ(ChangeKindLabel("new_story"), "New story");
  EXPECT_EQ(ChangeKindLabel("story_grew"), "Story grew");
  EXPECT_EQ(ChangeKindLabel("odd_kind"), "Odd kind");
  EXPECT_EQ(ChangeKindLabel(""), "Change");
}

}  // namespace
}  // namespace crosscheck
