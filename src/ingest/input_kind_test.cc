#include "ingest/input_kind.h"

#include <gtest/gtest.h>

namespace crosscheck {
namespace {

TEST(InputKindTest, ExtensionsWithAndWithoutGzip) {
  struct Case {
    const char* path;
    InputKind kind;
    bool gzipped;
  };
  const Case cases[] = {
      {"a/b/000_x.txt", InputKind::kText, false}, {"x.MD", InputKind::kText, false},
      {"x.html.gz", InputKind::kHtml, true},      {"page.XHTML", InputKind::kHtml, false},
      {"feed.ndjson", InputKind::kJsonl, false},  {"feed.jsonl.gz", InputKind::kJsonl, true},
      {"crawl.warc.gz", InputKind::kWarc, true},  {"crawl.warc", InputKind::kWarc, false},
      {"notes.dat", InputKind::kUnknown, false},  {"blob.gz", InputKind::kUnknown, true},
      {"README", InputKind::kUnknown, false},     {".txt", InputKind::kUnknown, false},
  };
  for (const Case& c : cases) {
    const PathKind kind = InputKindFromPath(c.path);
    EXPECT_EQ(kind.kind, c.kind) << c.path;
    EXPECT_EQ(kind.gzipped, c.gzipped) << c.path;
  }
}

TEST(InputKindTest, SniffsContent) {
  EXPECT_EQ(SniffInputKind("WARC/1.0\r\nWARC-Type: warcinfo"), InputKind::kWarc);
  EXPECT_EQ(SniffInputKind("  \n{\"text\": \"<html>\"}"), InputKind::kJsonl);
  EXPECT_EQ(SniffInputKind("{\"text\": \"a\"}\r\n{\"text\": \"b\"}"), InputKind::kJsonl);
  EXPECT_EQ(SniffInputKind("{\"text\": \"" + std::string(5000, 'a')), InputKind::kJsonl);
  EXPECT_EQ(SniffInputKind("{\n  \"pretty\": true\n}\n"), InputKind::kJson);
  EXPECT_EQ(SniffInputKind("[\n  {\"a\": 1}\n]"), InputKind::kJson);
  EXPECT_EQ(SniffInputKind("[Update] A headline in brackets."), InputKind::kText);
  EXPECT_EQ(SniffInputKind("<!DOCTYPE html><html>"), InputKind::kHtml);
  EXPECT_EQ(SniffInputKind("\xEF\xBB\xBF  <HTML lang=en>"), InputKind::kHtml);
  EXPECT_EQ(SniffInputKind("<!-- x -->\n<head><title>t</title>"), InputKind::kHtml);
  EXPECT_EQ(SniffInputKind("Plain words, a headline.\n\nA paragraph."), InputKind::kText);
  EXPECT_EQ(SniffInputKind(std::string("PK\x03\x04\0\0\x08\0", 8)), InputKind::kBinary);
}

TEST(InputKindTest, SniffsXml) {
  EXPECT_EQ(SniffInputKind("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"), InputKind::kXml);
  EXPECT_EQ(SniffInputKind("<!-- c -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"),
            InputKind::kXml);
  EXPECT_EQ(SniffInputKind("<rdf:RDF xmlns:rdf=\"x\">"), InputKind::kXml);
  // XML that is not a feed is still XML: the feed reader names it.
  EXPECT_EQ(SniffInputKind("<?xml version=\"1.0\"?><corpus/>"), InputKind::kXml);
  // XHTML is HTML.
  EXPECT_EQ(SniffInputKind("<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html>"), InputKind::kHtml);
  // UTF-16 without a byte order mark, by the XML spec's first bytes.
  EXPECT_EQ(SniffInputKind(std::string("<\0?\0x\0m\0l\0 \0", 12)), InputKind::kXml);
  // A text that opens with a tag is still text.
  EXPECT_EQ(SniffInputKind("<b>Breaking:</b> a headline"), InputKind::kText);
  EXPECT_EQ(InputKindFromPath("news.rss").kind, InputKind::kXml);
  EXPECT_EQ(InputKindFromPath("news.atom.gz").kind, InputKind::kXml);
  EXPECT_EQ(InputKindFromPath("news.xml").kind, InputKind::kUnknown);  // sniffed
}

TEST(InputKindTest, BinaryDetection) {
  EXPECT_TRUE(LooksBinary(std::string("abc\0def", 7)));
  EXPECT_TRUE(LooksBinary("\x01\x02\x03\x04 some text"));
  EXPECT_FALSE(LooksBinary("tabs\tand\r\nnewlines\fand form feeds"));
  EXPECT_FALSE(LooksBinary("caf\xE9 \x93quoted\x94"));
  EXPECT_FALSE(LooksBinary(std::string("\xFF\xFEh\0i\0", 6)));  // UTF-16 with a BOM
  EXPECT_FALSE(LooksBinary(""));
}

TEST(InputKindTest, DocumentIds) {
  EXPECT_EQ(DocumentIdFromPath("a/b/000_x.txt"), "000_x");
  EXPECT_EQ(DocumentIdFromPath("x.html.gz"), "x");
  EXPECT_EQ(DocumentIdFromPath("dir/report.2024.txt"), "report.2024");
  EXPECT_EQ(DocumentIdFromPath("README"), "README");
  EXPECT_EQ(DocumentIdFromPath(".hidden"), ".hidden");
  EXPECT_EQ(DocumentIdFromPath("-"), "stdin");
}

}  // namespace
}  // namespace crosscheck
