#include "ingest/feed_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "ingest/ingest_test_util.h"
#include "ingest/reader.h"

namespace crosscheck {
namespace {

constexpr std::string_view kRss2 = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment before the root -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example News</title>
  <link>https://www.example.com/</link>
  <language>en-us</language>
  <item>
    <title>Q&amp;amp;A: council &lt;b&gt;budget&lt;/b&gt;</title>
    <link>https://www.example.com/a/1</link>
    <guid isPermaLink="false">tag:example.com,2024:1</guid>
    <pubDate>Fri, 18 Oct 2024 10:02:00 GMT</pubDate>
    <dc:creator>Jane Roe</dc:creator>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>The council approved the budget on Friday.</p><p>It passed 7-2.</p>]]></content:encoded>
  </item>
  <item>
    <title>Only a headline</title>
    <guid>https://www.example.com/a/2</guid>
    <dc:date>2024-10-19T08:00:00Z</dc:date>
  </item>
</channel>
</rss>)";

TEST(FeedReaderTest, ReadsRss2Items) {
  StatusOr<Feed> feed = ParseFeed(kRss2);
  ASSERT_TRUE(feed.ok()) << feed.status().ToString();
  EXPECT_EQ(feed->kind, "rss");
  EXPECT_EQ(feed->title, "Example News");
  EXPECT_EQ(feed->language, "en-us");
  ASSERT_EQ(feed->items.size(), 2u);
  const FeedItem& first = feed->items[0];
  EXPECT_EQ(first.title, "Q&A: council budget");  // double-escaped markup, read as text
  EXPECT_EQ(first.link, "https://www.example.com/a/1");
  EXPECT_EQ(first.id, "tag:example.com,2024:1");
  EXPECT_EQ(first.published, "Fri, 18 Oct 2024 10:02:00 GMT");
  EXPECT_EQ(first.authors, (std::vector<std::string>{"Jane Roe"}));
  EXPECT_TRUE(first.content_is_html);
  EXPECT_EQ(first.content,
            "<p>The council approved the budget on Friday.</p><p>It passed 7-2.</p>");
  const FeedItem& second = feed->items[1];
  EXPECT_EQ(second.link, "https://www.example.com/a/2");  // a permalink guid
  EXPECT_EQ(second.updated, "2024-10-19T08:00:00Z");      // dc:date
  EXPECT_TRUE(second.content.empty());
  EXPECT_TRUE(feed->stopped.ok());
}

TEST(FeedReaderTest, ItemsBecomeTrustedRecords) {
  StatusOr<Feed> feed = ParseFeed(kRss2);
  ASSERT_TRUE(feed.ok());
  StatusOr<Document> first = FeedItemToDocument(*feed, feed->items[0], "f#1");
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->id, "tag:example.com,2024:1");
  EXPECT_EQ(first->url, "https://www.example.com/a/1");
  EXPECT_EQ(first->outlet, "Example News");
  EXPECT_EQ(first->language, "en-us");
  EXPECT_EQ(first->format, DocumentFormat::kHtml);
  EXPECT_TRUE(first->record_text);
  // A headline alone is still a document: its title is its text.
  StatusOr<Document> second = FeedItemToDocument(*feed, feed->items[1], "f#2");
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->content, "Only a headline");
  EXPECT_EQ(second->format, DocumentFormat::kText);
  FeedItem blank;
  EXPECT_EQ(FeedItemToDocument(*feed, blank, "f#3").status().code(), StatusCode::kEmpty);
  FeedItem image_only;
  image_only.title = "Photo of the day";
  image_only.content = "<p><img src=\"x.jpg\"></p>";
  image_only.content_is_html = true;
  StatusOr<Document> pictured = FeedItemToDocument(*feed, image_only, "f#4");
  ASSERT_TRUE(pictured.ok());
  EXPECT_EQ(pictured->content, "Photo of the day");
  EXPECT_EQ(pictured->format, DocumentFormat::kText);
}

TEST(FeedReaderTest, ReadsAtomWithBaseXhtmlAndAuthors) {
  constexpr std::string_view kAtom = R"(<feed xmlns="http://www.w3.org/2005/Atom"
      xml:base="http://example.org/news/" xml:lang="fr">
  <title type="html">Le &lt;b&gt;Journal&lt;/b&gt;</title>
  <link rel="self" href="/feed.atom"/>
  <entry>
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Crise <b>politique</b></div></title>
    <link rel="enclosure" href="photo.jpg"/>
    <link rel="alternate" href="2024/crise"/>
    <id>urn:uuid:1</id>
    <updated>2024-10-18T10:00:00+02:00</updated>
    <published>2024-10-17T09:00:00+02:00</published>
    <author><name>Marie Curie</name><email>m@example.org</email></author>
    <source><title>Other feed</title></source>
    <summary>Résumé court.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Un texte &amp; plus long.</p></div></content>
  </entry>
</feed>)";
  StatusOr<Feed> feed = ParseFeed(kAtom);
  ASSERT_TRUE(feed.ok()) << feed.status().ToString();
  EXPECT_EQ(feed->kind, "atom");
  EXPECT_EQ(feed->title, "Le Journal");
  ASSERT_EQ(feed->items.size(), 1u);
  const FeedItem& entry = feed->items[0];
  EXPECT_EQ(entry.title, "Crise politique");
  EXPECT_EQ(entry.link, "http://example.org/news/2024/crise");
  EXPECT_EQ(entry.id, "urn:uuid:1");
  EXPECT_EQ(entry.published, "2024-10-17T09:00:00+02:00");
  EXPECT_EQ(entry.updated, "2024-10-18T10:00:00+02:00");
  EXPECT_EQ(entry.language, "fr");
  EXPECT_EQ(entry.authors, (std::vector<std::string>{"Marie Curie"}));
  EXPECT_TRUE(entry.content_is_html);
  EXPECT_EQ(entry.content, "<div><p>Un texte &amp; plus long.</p></div>");
}

TEST(FeedReaderTest, ReadsRss1Rdf) {
  constexpr std::string_view kRdf = R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://example.net/"><title>Net News</title><link>http://example.net/</link></channel>
  <item rdf:about="http://example.net/1"><title>First</title><link>http://example.net/1</link>
    <description>Plain text, no markup.</description><dc:date>2004-01-01T19:48:21Z</dc:date></item>
</rdf:RDF>)";
  StatusOr<Feed> feed = ParseFeed(kRdf);
  ASSERT_TRUE(feed.ok()) << feed.status().ToString();
  EXPECT_EQ(feed->kind, "rdf");
  EXPECT_EQ(feed->title, "Net News");
  ASSERT_EQ(feed->items.size(), 1u);
  EXPECT_EQ(feed->items[0].title, "First");
  EXPECT_EQ(feed->items[0].updated, "2004-01-01T19:48:21Z");  // dc:date, as feedparser reads it
  EXPECT_FALSE(feed->items[0].content_is_html);
}

TEST(FeedReaderTest, XmlThatIsNotAFeedIsNamed) {
  StatusOr<Feed> feed = ParseFeed("<?xml version=\"1.0\"?><corpus><doc>x</doc></corpus>");
  ASSERT_FALSE(feed.ok());
  EXPECT_EQ(feed.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(feed.status().message().find("<corpus>"), std::string::npos);
}

TEST(FeedReaderTest, MalformedAfterAnItemKeepsWhatWasRead) {
  StatusOr<Feed> feed = ParseFeed(
      "<rss><channel><item><title>Kept</title></item><item><title>Cut &nbsp; here</title>");
  ASSERT_TRUE(feed.ok()) << feed.status().ToString();
  ASSERT_EQ(feed->items.size(), 1u);
  EXPECT_EQ(feed->items[0].title, "Kept");
  EXPECT_EQ(feed->stopped.code(), StatusCode::kDataLoss);
  EXPECT_NE(feed->stopped.message().find("line 1"), std::string::npos);
  // Malformed before any item: an error.
  EXPECT_EQ(ParseFeed("<rss><channel><title>x</chanel>").status().code(), StatusCode::kDataLoss);
  EXPECT_FALSE(ParseFeed("not xml at all").ok());
  EXPECT_FALSE(ParseFeed("").ok());
}

TEST(FeedReaderTest, EntityDeclarationsAndDeepNestingStop) {
  const std::string laughs =
      "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
      "\"&a;&a;&a;&a;&a;&a;&a;&a;\">]><rss><channel><item><title>&b;</title></item></channel></"
      "rss>";
  StatusOr<Feed> entities = ParseFeed(laughs);
  ASSERT_FALSE(entities.ok());
  EXPECT_NE(entities.status().message().find("entity"), std::string::npos);

  std::string deep = "<rss><channel><item><title>t</title></item>";
  for (size_t level = 0; level < kMaxFeedDepth + 10; ++level) deep += "<x>";
  StatusOr<Feed> nested = ParseFeed(deep);
  ASSERT_TRUE(nested.ok());
  EXPECT_EQ(nested->items.size(), 1u);
  EXPECT_EQ(nested->stopped.code(), StatusCode::kResourceExhausted);
}

TEST(FeedReaderTest, ReadsDeclaredAndWideCharsets) {
  // ISO-8859-1 as declared; then UTF-16LE without a byte order mark.
  const std::string latin1 =
      "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss><channel><item><title>caf\xE9"
      "</title></item></channel></rss>";
  StatusOr<Feed> feed = ParseFeed(latin1);
  ASSERT_TRUE(feed.ok()) << feed.status().ToString();
  ASSERT_EQ(feed->items.size(), 1u);
  EXPECT_EQ(feed->items[0].title, "caf\xC3\xA9");

  const std::string ascii =
      "<?xml version=\"1.0\" encoding=\"utf-16\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
      "<entry><title>wide</title></entry></feed>";
  std::string wide;
  for (char c : ascii) {
    wide.push_back(c);
    wide.push_back('\0');
  }
  std::string root;
  EXPECT_TRUE(LooksLikeXml(wide, &root));
  EXPECT_EQ(root, "feed");
  StatusOr<Feed> wide_feed = ParseFeed(wide);
  ASSERT_TRUE(wide_feed.ok()) << wide_feed.status().ToString();
  ASSERT_EQ(wide_feed->items.size(), 1u);
  EXPECT_EQ(wide_feed->items[0].title, "wide");
}

TEST(FeedReaderTest, NakedMarkupBase64AndCp1252Quotes) {
  constexpr std::string_view kFeed = R"(<feed version="0.3" xmlns="http://purl.org/atom/ns#">
<entry><title mode="base64">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</title>
<summary>Intro <p>naked &amp; markup</p></summary>
<issued>2004-01-01T00:00:00Z</issued><issued>2010-01-01T00:00:00Z</issued></entry>
<entry><title>don&#146;t</title></entry>
</feed>)";
  StatusOr<Feed> feed = ParseFeed(kFeed);
  ASSERT_TRUE(feed.ok()) << feed.status().ToString();
  ASSERT_EQ(feed->items.size(), 2u);
  EXPECT_EQ(feed->items[0].title, "Example Atom");
  EXPECT_EQ(feed->items[0].content, "Intro <p>naked &amp; markup</p>");
  EXPECT_TRUE(feed->items[0].content_is_html);
  EXPECT_EQ(feed->items[0].published, "2010-01-01T00:00:00Z");  // the last value wins
  EXPECT_EQ(feed->items[1].title, "don\xE2\x80\x99t");
}

TEST(FeedReaderTest, SniffsXmlRoots) {
  std::string root;
  EXPECT_TRUE(LooksLikeXml("\xEF\xBB\xBF<?xml version='1.0'?>\n<!-- c -->\n<rss>", &root));
  EXPECT_EQ(root, "rss");
  EXPECT_TRUE(LooksLikeXml("<rdf:RDF xmlns:rdf='x'>", &root));
  EXPECT_EQ(root, "rdf:RDF");
  EXPECT_TRUE(LooksLikeXml("<?xml version='1.0'?><corpus>", &root));
  EXPECT_EQ(root, "corpus");
  EXPECT_FALSE(LooksLikeXml("<b>bold</b> text", &root));
  EXPECT_FALSE(LooksLikeXml("<!DOCTYPE html><html>", &root));
  EXPECT_FALSE(LooksLikeXml("Plain text.", &root));
}

TEST(FeedReaderTest, ReaderDeliversItemsAndNamesOtherXml) {
  testing::CollectingSink sink;
  ReadBuffer("news.xml", kRss2, ReadOptions(), sink);
  ASSERT_EQ(sink.documents.size(), 2u);
  EXPECT_TRUE(sink.errors.empty());
  EXPECT_EQ(sink.documents[0].input, "news.xml#item-1");
  EXPECT_EQ(sink.documents[1].id, "https://www.example.com/a/2");
  EXPECT_EQ(sink.documents[1].source, "https://www.example.com/a/2");

  testing::CollectingSink gz_sink;
  ReadBuffer("news.rss.gz", testing::Gzip(kRss2), ReadOptions(), gz_sink);
  EXPECT_EQ(gz_sink.documents.size(), 2u);

  testing::CollectingSink other;
  ReadBuffer("corpus.xml", "<?xml version=\"1.0\"?>\n<corpus><doc>Text.</doc></corpus>",
             ReadOptions(), other);
  EXPECT_TRUE(other.documents.empty());
  ASSERT_EQ(other.errors.size(), 1u);
  EXPECT_EQ(other.errors[0].input, "corpus.xml");
  EXPECT_EQ(other.errors[0].status.code(), StatusCode::kUnsupported);
  EXPECT_NE(other.errors[0].status.message().find("not an RSS or Atom feed"), std::string::npos);

  testing::CollectingSink cut;
  ReadBuffer("-", "<rss><channel><item><title>One</title></item><item>", ReadOptions(), cut);
  EXPECT_EQ(cut.documents.size(), 1u);
  ASSERT_EQ(cut.errors.size(), 1u);
  EXPECT_NE(cut.errors[0].status.message().find("1 item before it read"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck
