#include "ingest/gzip_stream.h"

#include <gtest/gtest.h>

#include <random>

#include "ingest/ingest_test_util.h"

namespace crosscheck {
namespace {

using testing::Gzip;

StatusOr<std::string> GunzipAll(std::string_view compressed, size_t max_bytes = 1 << 24) {
  BufferedReader reader(std::make_unique<GzipSource>(std::make_unique<MemorySource>(compressed)),
                        64);
  std::string out;
  Status status = reader.ReadToEnd(out, max_bytes);
  if (!status.ok()) return status;
  return out;
}

std::string RandomText(size_t size, unsigned seed) {
  std::mt19937 rng(seed);
  std::string text;
  for (size_t i = 0; i < size; ++i) text.push_back(static_cast<char>('a' + rng() % 26));
  return text;
}

TEST(GzipSourceTest, InflatesOneMember) {
  const std::string text = RandomText(100000, 1);
  StatusOr<std::string> out = GunzipAll(Gzip(text));
  ASSERT_TRUE(out.ok()) << out.status().ToString();
  EXPECT_EQ(*out, text);
}

TEST(GzipSourceTest, ConcatenatedMembersReadAsOneStream) {
  StatusOr<std::string> out = GunzipAll(Gzip("one ") + Gzip("two ") + Gzip("three"));
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, "one two three");
}

TEST(GzipSourceTest, TrailingGarbageAfterAMemberIsIgnored) {
  StatusOr<std::string> out = GunzipAll(Gzip("payload") + std::string(8, '\0'));
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, "payload");
}

TEST(GzipSourceTest, TruncatedStreamIsDataLoss) {
  const std::string compressed = Gzip(RandomText(5000, 2));
  for (size_t cut : {size_t{5}, compressed.size() / 2, compressed.size() - 3}) {
    StatusOr<std::string> out = GunzipAll(std::string_view(compressed).substr(0, cut));
    ASSERT_FALSE(out.ok()) << "cut at " << cut;
    EXPECT_EQ(out.status().code(), StatusCode::kDataLoss);
    EXPECT_NE(out.status().message().find("truncated"), std::string::npos);
  }
}

TEST(GzipSourceTest, CorruptStreamIsDataLoss) {
  std::string compressed = Gzip(RandomText(5000, 3));
  for (size_t i = 20; i < 60; ++i) compressed[i] = static_cast<char>(compressed[i] ^ 0x5A);
  StatusOr<std::string> out = GunzipAll(compressed);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), StatusCode::kDataLoss);
}

TEST(GzipSourceTest, NotGzipAtAllIsDataLoss) {
  StatusOr<std::string> out = GunzipAll("plain text, not compressed");
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), StatusCode::kDataLoss);
}

TEST(GzipSourceTest, EmptyInputIsEmptyOutput) {
  StatusOr<std::string> out = GunzipAll("");
  ASSERT_TRUE(out.ok());
  EXPECT_TRUE(out->empty());
}

TEST(GzipSourceTest, DecompressedSizeIsBounded) {
  StatusOr<std::string> out = GunzipAll(Gzip(std::string(1 << 20, 'a')), 1000);
  ASSERT_FALSE(out.ok());
  EXPECT_EQ(out.status().code(), StatusCode::kResourceExhausted);
}

TEST(InflateBoundedTest, InflatesGzipAndEnforcesTheBound) {
  StatusOr<std::string> out = InflateBounded(Gzip("hello"), 100);
  ASSERT_TRUE(out.ok());
  EXPECT_EQ(*out, "hello");
  EXPECT_EQ(InflateBounded(Gzip(std::string(5000, 'x')), 100).status().code(),
            StatusCode::kResourceExhausted);
  const std::string compressed = Gzip(RandomText(3000, 4));
  EXPECT_EQ(InflateBounded(compressed.substr(0, compressed.size() / 2), 1 << 20).status().code(),
            StatusCode::kDataLoss);
}

TEST(HasGzipMagicTest, ChecksTheFirstTwoBytes) {
  EXPECT_TRUE(HasGzipMagic("\x1f\x8b\x08"));
  EXPECT_FALSE(HasGzipMagic("\x1f"));
  EXPECT_FALSE(HasGzipMagic("WARC/1.0"));
}

}  // namespace
}  // namespace crosscheck
