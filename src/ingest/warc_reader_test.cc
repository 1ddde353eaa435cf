#include "ingest/warc_reader.h"

#include <gtest/gtest.h>

#include "ingest/ingest_test_util.h"

namespace crosscheck {
namespace {

using testing::Gzip;
using testing::HttpBlock;
using testing::WarcRecord;

BufferedReader ReaderOver(std::string_view bytes) {
  return BufferedReader(std::make_unique<MemorySource>(bytes), 32);
}

TEST(WarcReaderTest, ReadsHeadersAndBlocks) {
  const std::string warc = WarcRecord("warcinfo", "info-1", "", "software: test\r\n") +
                           WarcRecord("response", "resp-1", "http://example.com/a",
                                      HttpBlock("text/html", "<p>a</p>"));
  BufferedReader input = ReaderOver(warc);
  WarcReader reader(input);
  WarcRecordHeader header;
  ASSERT_TRUE(*reader.NextHeader(header));
  EXPECT_EQ(header.type, "warcinfo");
  EXPECT_EQ(header.record_id, "info-1");
  ASSERT_TRUE(reader.SkipBlock(header).ok());
  ASSERT_TRUE(*reader.NextHeader(header));
  EXPECT_EQ(header.type, "response");
  EXPECT_EQ(header.record_id, "resp-1");
  EXPECT_EQ(header.target_uri, "http://example.com/a");
  std::string block;
  ASSERT_TRUE(reader.ReadBlock(header, block).ok());
  EXPECT_TRUE(block.ends_with("<p>a</p>"));
  StatusOr<bool> end = reader.NextHeader(header);
  ASSERT_TRUE(end.ok());
  EXPECT_FALSE(*end);
}

TEST(WarcReaderTest, TruncatedBlockIsDataLoss) {
  std::string warc = WarcRecord("response", "r", "http://x/", HttpBlock("text/html", "<p>x</p>"));
  warc.resize(warc.size() - 10);
  BufferedReader input = ReaderOver(warc);
  WarcReader reader(input);
  WarcRecordHeader header;
  ASSERT_TRUE(*reader.NextHeader(header));
  std::string block;
  const Status status = reader.ReadBlock(header, block);
  EXPECT_EQ(status.code(), StatusCode::kDataLoss);
  EXPECT_NE(status.message().find("truncated WARC record"), std::string::npos);
}

TEST(WarcReaderTest, TruncatedHeaderIsDataLoss) {
  BufferedReader input = ReaderOver("WARC/1.0\r\nWARC-Type: response\r\nContent-Le");
  WarcReader reader(input);
  WarcRecordHeader header;
  EXPECT_EQ(reader.NextHeader(header).status().code(), StatusCode::kDataLoss);
}

TEST(WarcReaderTest, GarbageInsteadOfVersionLineIsDataLoss) {
  BufferedReader input = ReaderOver("\r\nhello there\r\n");
  WarcReader reader(input);
  WarcRecordHeader header;
  EXPECT_EQ(reader.NextHeader(header).status().code(), StatusCode::kDataLoss);
}

TEST(WarcReaderTest, MissingOrBadContentLengthIsDataLoss) {
  WarcRecordHeader header;
  BufferedReader missing = ReaderOver("WARC/1.0\r\nWARC-Type: response\r\n\r\n");
  EXPECT_EQ(WarcReader(missing).NextHeader(header).status().code(), StatusCode::kDataLoss);
  BufferedReader bad = ReaderOver("WARC/1.0\r\nContent-Length: -5\r\n\r\n");
  EXPECT_EQ(WarcReader(bad).NextHeader(header).status().code(), StatusCode::kDataLoss);
}

TEST(WarcReaderTest, HugeDeclaredLengthOverShortInputIsDataLossNotAnAllocation) {
  BufferedReader input = ReaderOver("WARC/1.0\r\nContent-Length: 999999999999\r\n\r\nabc");
  WarcReader reader(input);
  WarcRecordHeader header;
  ASSERT_TRUE(*reader.NextHeader(header));
  std::string block;
  EXPECT_EQ(reader.ReadBlock(header, block).code(), StatusCode::kDataLoss);
}

TEST(HttpResponseTest, SplitsStatusHeadersAndBody) {
  StatusOr<HttpResponse> response =
      ParseHttpResponse(HttpBlock("text/html; charset=utf-8", "<p>body</p>"), 1 << 20);
  ASSERT_TRUE(response.ok());
  EXPECT_EQ(response->status_code, 200);
  EXPECT_EQ(response->content_type, "text/html; charset=utf-8");
  EXPECT_EQ(response->body, "<p>body</p>");
}

TEST(HttpResponseTest, UndoesChunkingAndGzip) {
  const std::string chunked = "4\r\n<p>h\r\n6;ext=1\r\ni</p>\n\r\n0\r\n\r\n";
  StatusOr<HttpResponse> response = ParseHttpResponse(
      HttpBlock("text/html", chunked, "Transfer-Encoding: chunked\r\n"), 1 << 20);
  ASSERT_TRUE(response.ok());
  EXPECT_EQ(response->body, "<p>hi</p>\n");

  StatusOr<HttpResponse> gzipped = ParseHttpResponse(
      HttpBlock("text/html", Gzip("<p>zipped</p>"), "Content-Encoding: gzip\r\n"), 1 << 20);
  ASSERT_TRUE(gzipped.ok());
  EXPECT_EQ(gzipped->body, "<p>zipped</p>");
}

TEST(HttpResponseTest, KeepsBodiesThatArchiversAlreadyDecoded) {
  StatusOr<HttpResponse> response = ParseHttpResponse(
      HttpBlock("text/html", "<p>plain</p>",
                "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n"),
      1 << 20);
  ASSERT_TRUE(response.ok());
  EXPECT_EQ(response->body, "<p>plain</p>");
}

TEST(HttpResponseTest, BadStatusLineIsDataLoss) {
  EXPECT_EQ(ParseHttpResponse("GARBAGE\r\n\r\nbody", 100).status().code(),
            StatusCode::kDataLoss);
  EXPECT_EQ(ParseHttpResponse("HTTP/1.1 abc OK\r\n\r\n", 100).status().code(),
            StatusCode::kDataLoss);
  EXPECT_EQ(ParseHttpResponse("", 100).status().code(), StatusCode::kDataLoss);
}

TEST(HttpResponseTest, GzipBombIsBounded) {
  StatusOr<HttpResponse> response = ParseHttpResponse(
      HttpBlock("text/html", Gzip(std::string(1 << 20, ' ')), "Content-Encoding: gzip\r\n"),
      1000);
  EXPECT_EQ(response.status().code(), StatusCode::kResourceExhausted);
}

TEST(DecodeChunkedTest, RejectsNonChunkedBodies) {
  EXPECT_FALSE(DecodeChunked("<html>").ok());
  EXPECT_FALSE(DecodeChunked("ff\r\nshort").ok());
  EXPECT_EQ(*DecodeChunked("3\r\nabc\r\n0\r\n\r\n"), "abc");
}

}  // namespace
}  // namespace crosscheck
