#include "ingest/reader.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include "ingest/ingest_test_util.h"

namespace crosscheck {
namespace {

using testing::CollectingSink;
using testing::Gzip;
using testing::HttpBlock;
using testing::ScratchDir;
using testing::WarcRecord;

constexpr std::string_view kCafeUtf8 = "caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D";

CollectingSink Read(const std::vector<std::string>& paths, ReadOptions options = {}) {
  CollectingSink sink;
  EXPECT_TRUE(ReadInputs(paths, options, sink).ok());
  return sink;
}

std::string ErrorsToString(const CollectingSink& sink) {
  std::string out;
  for (const auto& error : sink.errors) out += error.input + " " + error.status.ToString() + "\n";
  return out;
}

std::string SampleWarc() {
  return WarcRecord("warcinfo", "info", "", "software: test\r\n") +
         WarcRecord("request", "req-1", "http://news.example/1", "GET /1 HTTP/1.1\r\n\r\n") +
         WarcRecord("response", "resp-1", "http://news.example/1",
                    HttpBlock("text/html; charset=windows-1252",
                              "<html><body><p>caf\xE9</p></body></html>")) +
         WarcRecord("response", "resp-img", "http://news.example/logo.png",
                    HttpBlock("image/png", "\x89PNG\r\n")) +
         WarcRecord("response", "resp-404", "http://news.example/gone",
                    "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>gone</p>") +
         WarcRecord("response", "resp-2", "http://news.example/2",
                    HttpBlock("text/html", "<html><body><p>two</p></body></html>"));
}

TEST(ReadInputsTest, NoPathsIsInvalidArgument) {
  CollectingSink sink;
  EXPECT_EQ(ReadInputs({}, {}, sink).code(), StatusCode::kInvalidArgument);
}

TEST(ReadInputsTest, PlainTextFiles) {
  ScratchDir scratch;
  const std::string utf8 = scratch.Write("a/b/000_x.txt", "Headline\n\nBody text.\n");
  const std::string latin = scratch.Write("cp1252.txt", "caf\xE9 \x93quoted\x94");
  const std::string bom = scratch.Write("bom.md", "\xEF\xBB\xBFwith a mark");
  CollectingSink sink = Read({utf8, latin, bom});
  ASSERT_EQ(sink.documents.size(), 3u) << ErrorsToString(sink);
  EXPECT_EQ(sink.documents[0].id, "000_x");
  EXPECT_EQ(sink.documents[0].source, utf8);
  EXPECT_EQ(sink.documents[0].format, DocumentFormat::kText);
  EXPECT_EQ(sink.documents[0].input_bytes, 21u);
  EXPECT_EQ(sink.documents[1].content, kCafeUtf8);
  EXPECT_EQ(sink.documents[2].content, "with a mark");
  EXPECT_TRUE(sink.errors.empty());
}

TEST(ReadInputsTest, HtmlWithMetaCharsetAndGzip) {
  ScratchDir scratch;
  const std::string cyrillic =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
      "</head><body><p>\xCF\xF0\xE8\xE2\xE5\xF2</p></body></html>";
  const std::string page = scratch.Write("ru.html", cyrillic);
  const std::string zipped = scratch.Write("x.html.gz", Gzip("<p>zipped page</p>"));
  CollectingSink sink = Read({page, zipped});
  ASSERT_EQ(sink.documents.size(), 2u) << ErrorsToString(sink);
  EXPECT_EQ(sink.documents[0].format, DocumentFormat::kHtml);
  EXPECT_NE(sink.documents[0].content.find("<p>\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"),
            std::string::npos);
  EXPECT_EQ(sink.documents[1].id, "x");
  EXPECT_EQ(sink.documents[1].content, "<p>zipped page</p>");
  EXPECT_EQ(sink.documents[1].input_bytes, Gzip("<p>zipped page</p>").size());
}

TEST(ReadInputsTest, BadInputsAreReportedAndTheBatchGoesOn) {
  ScratchDir scratch;
  const std::string missing = scratch.path() + "/missing.txt";
  const std::string empty = scratch.Write("empty.txt", "");
  const std::string binary = scratch.Write("blob.bin", std::string("\x7f"
                                                                   "ELF\x02\x01\0\0",
                                                                   8));
  const std::string binary_txt = scratch.Write("fake.txt", std::string("ab\0\0\x01\x02", 6));
  const std::string truncated =
      scratch.Write("cut.txt.gz", Gzip(std::string(5000, 'w')).substr(0, 30));
  const std::string blank = scratch.Write("blank.txt", " \n\t\n");
  const std::string good = scratch.Write("good.txt", "still read");
  CollectingSink sink = Read({missing, empty, binary, binary_txt, truncated, blank, good});
  ASSERT_EQ(sink.documents.size(), 1u);
  EXPECT_EQ(sink.documents[0].content, "still read");
  ASSERT_EQ(sink.errors.size(), 6u) << ErrorsToString(sink);
  const StatusCode expected[] = {StatusCode::kNotFound,    StatusCode::kEmpty,
                                 StatusCode::kUnsupported, StatusCode::kUnsupported,
                                 StatusCode::kDataLoss,    StatusCode::kEmpty};
  const std::string inputs[] = {missing, empty, binary, binary_txt, truncated, blank};
  for (size_t i = 0; i < 6; ++i) {
    EXPECT_EQ(sink.errors[i].input, inputs[i]);
    EXPECT_EQ(sink.errors[i].status.code(), expected[i]) << ErrorsToString(sink);
    EXPECT_EQ(sink.errors[i].status.message().find('\n'), std::string::npos);
  }
  EXPECT_EQ(sink.errors[2].status.message(), "binary file, skipped");
}

TEST(ReadInputsTest, DocumentSizeIsBoundedAfterDecompression) {
  ScratchDir scratch;
  const std::string bomb = scratch.Write("bomb.txt.gz", Gzip(std::string(1 << 20, 'a')));
  ReadOptions options;
  options.max_document_bytes = 4096;
  CollectingSink sink = Read({bomb}, options);
  EXPECT_TRUE(sink.documents.empty());
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].status.code(), StatusCode::kResourceExhausted);
}

TEST(ReadInputsTest, JsonLinesWithAMalformedLine) {
  ScratchDir scratch;
  const std::string feed = scratch.Write(
      "feed.jsonl",
      "{\"id\":\"one\",\"url\":\"https://n.example/1\",\"title\":\"T1\",\"text\":\"first\"}\n"
      "{\"id\": broken\n"
      "\n"
      "{\"html\":\"<p>third</p>\",\"published\":\"2024-10-18\"}\r\n");
  CollectingSink sink = Read({feed});
  ASSERT_EQ(sink.documents.size(), 2u) << ErrorsToString(sink);
  EXPECT_EQ(sink.documents[0].id, "one");
  EXPECT_EQ(sink.documents[0].source, "https://n.example/1");
  EXPECT_EQ(sink.documents[1].id, "feed:4");
  EXPECT_EQ(sink.documents[1].source, feed);
  // Messages about a record name its line, not just the file or the record's URL.
  EXPECT_EQ(sink.documents[0].InputName(), feed + ":1");
  EXPECT_EQ(sink.documents[1].InputName(), feed + ":4");
  EXPECT_EQ(sink.documents[1].format, DocumentFormat::kHtml);
  EXPECT_EQ(sink.documents[1].published, "2024-10-18");
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].input, feed + ":2");
  EXPECT_EQ(sink.errors[0].status.code(), StatusCode::kDataLoss);
}

TEST(ReadInputsTest, JsonLinesByteOrderMarkOnAnyLine) {
  ScratchDir scratch;
  // Two files, each starting with a BOM, concatenated: the second mark opens line 2.
  const std::string feed = scratch.Write("joined.jsonl",
                                         "\xEF\xBB\xBF{\"id\":\"one\",\"text\":\"first\"}\n"
                                         "\xEF\xBB\xBF{\"id\":\"two\",\"text\":\"second\"}\n");
  CollectingSink sink = Read({feed});
  EXPECT_TRUE(sink.errors.empty()) << ErrorsToString(sink);
  ASSERT_EQ(sink.documents.size(), 2u);
  EXPECT_EQ(sink.documents[1].id, "two");
  EXPECT_EQ(sink.documents[1].content, "second");
}

TEST(ReadInputsTest, TruncatedGzipJsonLinesKeepsEarlierRecords) {
  ScratchDir scratch;
  std::string lines;
  for (int i = 0; i < 2000; ++i) lines += "{\"text\":\"record " + std::to_string(i) + "\"}\n";
  const std::string compressed = Gzip(lines);
  const std::string feed =
      scratch.Write("feed.jsonl.gz", compressed.substr(0, compressed.size() - 20));
  CollectingSink sink = Read({feed});
  EXPECT_GT(sink.documents.size(), 1000u);
  EXPECT_LT(sink.documents.size(), 2000u);
  ASSERT_EQ(sink.errors.size(), 1u) << ErrorsToString(sink);
  EXPECT_EQ(sink.errors[0].input, feed);
  EXPECT_EQ(sink.errors[0].status.code(), StatusCode::kDataLoss);
}

TEST(ReadInputsTest, WarcKeepsOnlyHtmlResponses) {
  ScratchDir scratch;
  const std::string warc = scratch.Write("crawl.warc", SampleWarc());
  CollectingSink sink = Read({warc});
  ASSERT_EQ(sink.documents.size(), 2u) << ErrorsToString(sink);
  EXPECT_TRUE(sink.errors.empty()) << ErrorsToString(sink);
  EXPECT_EQ(sink.documents[0].id, "resp-1");
  EXPECT_EQ(sink.documents[0].url, "http://news.example/1");
  EXPECT_EQ(sink.documents[0].source, "http://news.example/1");
  EXPECT_EQ(sink.documents[0].format, DocumentFormat::kHtml);
  EXPECT_EQ(sink.documents[0].content, "<html><body><p>caf\xC3\xA9</p></body></html>");
  EXPECT_EQ(sink.documents[1].id, "resp-2");
}

TEST(ReadInputsTest, GzipPerRecordWarcAndTruncatedLastRecord) {
  ScratchDir scratch;
  std::string members;
  for (int i = 0; i < 3; ++i) {
    members += Gzip(WarcRecord("response", "r" + std::to_string(i), "http://n.example/",
                               HttpBlock("text/html", "<p>page</p>")));
  }
  const std::string whole = scratch.Write("crawl.warc.gz", members);
  const std::string last =
      Gzip(WarcRecord("response", "r3", "http://n.example/", HttpBlock("text/html", "<p>x</p>")));
  const std::string cut = scratch.Write("cut.warc.gz", members + last.substr(0, last.size() / 2));
  const std::string plain_cut =
      scratch.Write("cut.warc", SampleWarc() + WarcRecord("response", "r9", "http://n.example/",
                                                          HttpBlock("text/html", "<p>cut</p>"))
                                                   .substr(0, 200));
  CollectingSink sink = Read({whole, cut, plain_cut});
  EXPECT_EQ(sink.documents.size(), 3u + 3u + 2u) << ErrorsToString(sink);
  ASSERT_EQ(sink.errors.size(), 2u) << ErrorsToString(sink);
  EXPECT_EQ(sink.errors[0].input, cut);
  EXPECT_EQ(sink.errors[0].status.code(), StatusCode::kDataLoss);
  EXPECT_EQ(sink.errors[1].input, plain_cut + "#r9");
  EXPECT_EQ(sink.errors[1].status.code(), StatusCode::kDataLoss);
}

TEST(ReadInputsTest, WarcRecordWithHugeContentLengthIsOneMessage) {
  ScratchDir scratch;
  std::string bogus =
      WarcRecord("response", "huge", "http://n.example/h", HttpBlock("text/html", "<p>small</p>"));
  const std::string length = "Content-Length: ";
  const size_t at = bogus.find(length) + length.size();
  bogus.replace(at, bogus.find("\r\n", at) - at, "9000000000");
  const std::string warc = scratch.Write("bogus.warc", SampleWarc() + bogus);
  CollectingSink sink = Read({warc});
  EXPECT_EQ(sink.documents.size(), 2u) << ErrorsToString(sink);
  ASSERT_EQ(sink.errors.size(), 1u) << ErrorsToString(sink);
  EXPECT_EQ(sink.errors[0].input, warc + "#huge");
  EXPECT_EQ(sink.errors[0].status.code(), StatusCode::kResourceExhausted);
  EXPECT_NE(sink.errors[0].status.message().find("9000000000"), std::string::npos);
  EXPECT_NE(sink.errors[0].status.message().find("truncated"), std::string::npos);
}

TEST(ReadInputsTest, FolderIsRecursiveSortedAndSniffsUnknownExtensions) {
  ScratchDir scratch;
  scratch.Write("b/page.htm", "<p>b</p>");
  scratch.Write("a.txt", "a");
  scratch.Write("a/nested.txt", "nested");
  scratch.Write(".hidden.txt", "hidden");
  scratch.Write("c/feed.ndjson.gz", Gzip("{\"id\":\"j\",\"text\":\"json\"}\n"));
  scratch.Write("d/crawl.dat", SampleWarc());
  scratch.Write("e/page.unknown", "<!DOCTYPE html><html><p>sniffed</p></html>");
  scratch.Write("e/story", "Just words.");
  scratch.Write("e/zipped.bin", Gzip("{\"text\":\"inside\"}"));
  scratch.Write("f/image.raw", std::string("\0\1\2\3\4", 5));
  CollectingSink sink = Read({scratch.path()});
  std::vector<std::string> ids;
  for (const Document& document : sink.documents) ids.push_back(document.id);
  // Files found in sub-folders carry the sub-folder path, so equal names stay distinct.
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "a/nested", "b/page", "j", "resp-1", "resp-2",
                                           "e/page", "e/story", "e/zipped:1"}));
  ASSERT_EQ(sink.errors.size(), 1u) << ErrorsToString(sink);
  EXPECT_EQ(sink.errors[0].input, scratch.path() + "/f/image.raw");
  EXPECT_EQ(sink.errors[0].status.code(), StatusCode::kUnsupported);
  EXPECT_EQ(sink.documents[6].format, DocumentFormat::kHtml);
  EXPECT_EQ(sink.documents[7].format, DocumentFormat::kText);
}

TEST(ReadInputsTest, PrettyJsonIsOneErrorNotOnePerLine) {
  ScratchDir scratch;
  const std::string pretty =
      scratch.Write("meta.json", "{\n  \"title\": \"x\",\n  \"text\": \"y\"\n}\n");
  CollectingSink sink = Read({pretty});
  EXPECT_TRUE(sink.documents.empty());
  ASSERT_EQ(sink.errors.size(), 1u) << ErrorsToString(sink);
  EXPECT_EQ(sink.errors[0].status.code(), StatusCode::kUnsupported);
}

TEST(ReadInputsTest, StandardInput) {
  ScratchDir scratch;
  const std::string path = scratch.Write("in", "<html><head><title>x</title></head></html>");
  const int saved = ::dup(STDIN_FILENO);
  const int fd = ::open(path.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  ::dup2(fd, STDIN_FILENO);
  ::close(fd);
  CollectingSink sink = Read({"-"});
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  ASSERT_EQ(sink.documents.size(), 1u) << ErrorsToString(sink);
  EXPECT_EQ(sink.documents[0].id, "stdin");
  EXPECT_EQ(sink.documents[0].format, DocumentFormat::kHtml);
}

TEST(ReadBufferTest, InMemoryInputsUseTheNameForFormatAndId) {
  CollectingSink sink;
  ReadBuffer("mem/story.txt", "caf\xE9 \x93quoted\x94", {}, sink);
  ReadBuffer("-", Gzip(SampleWarc()), {}, sink);
  ASSERT_EQ(sink.documents.size(), 3u) << ErrorsToString(sink);
  EXPECT_EQ(sink.documents[0].id, "story");
  EXPECT_EQ(sink.documents[0].content, kCafeUtf8);
  EXPECT_EQ(sink.documents[1].id, "resp-1");
}

}  // namespace
}  // namespace crosscheck
