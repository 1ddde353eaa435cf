#include "ingest/byte_source.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ingest/ingest_test_util.h"

namespace crosscheck {
namespace {

// Hands out at most `step` bytes per read, to put every boundary in the worst place.
class TricklingSource : public ByteSource {
 public:
  TricklingSource(std::string_view bytes, size_t step) : bytes_(bytes), step_(step) {}
  StatusOr<size_t> Read(std::span<char> buffer) override {
    const size_t count = std::min({buffer.size(), bytes_.size(), step_});
    std::copy_n(bytes_.data(), count, buffer.data());
    bytes_.remove_prefix(count);
    return count;
  }

 private:
  std::string_view bytes_;
  size_t step_;
};

// Delivers its bytes, then fails.
class FailingSource : public ByteSource {
 public:
  explicit FailingSource(std::string_view bytes) : bytes_(bytes) {}
  StatusOr<size_t> Read(std::span<char> buffer) override {
    if (bytes_.empty()) return IoError("disk on fire");
    const size_t count = std::min(buffer.size(), bytes_.size());
    std::copy_n(bytes_.data(), count, buffer.data());
    bytes_.remove_prefix(count);
    return count;
  }

 private:
  std::string_view bytes_;
};

BufferedReader Trickle(std::string_view bytes, size_t step, size_t buffer = 16) {
  return BufferedReader(std::make_unique<TricklingSource>(bytes, step), buffer);
}

TEST(BufferedReaderTest, ReadsLinesAcrossRefillsAndStripsCarriageReturns) {
  for (size_t step : {1, 3, 64}) {
    BufferedReader reader = Trickle("first line\r\nsecond, a bit longer line\n\nlast", step);
    std::string line;
    std::vector<std::string> lines;
    while (true) {
      StatusOr<bool> got = reader.ReadLine(line, 1000);
      ASSERT_TRUE(got.ok());
      if (!*got) break;
      lines.push_back(line);
    }
    EXPECT_EQ(lines, (std::vector<std::string>{"first line", "second, a bit longer line", "",
                                               "last"}))
        << "step " << step;
  }
}

TEST(BufferedReaderTest, OverlongLineIsReportedAndSkipped) {
  const std::string input = "short\n" + std::string(100, 'x') + "\nafter\n";
  BufferedReader reader = Trickle(input, 7);
  std::string line;
  ASSERT_TRUE(*reader.ReadLine(line, 10));
  EXPECT_EQ(line, "short");
  StatusOr<bool> long_line = reader.ReadLine(line, 10);
  ASSERT_FALSE(long_line.ok());
  EXPECT_EQ(long_line.status().code(), StatusCode::kResourceExhausted);
  ASSERT_TRUE(*reader.ReadLine(line, 10));
  EXPECT_EQ(line, "after");
}

TEST(BufferedReaderTest, PeekDoesNotConsume) {
  BufferedReader reader = Trickle("abcdefghijklmnopqrstuvwxyz", 5, 8);
  StatusOr<std::string_view> peeked = reader.Peek(20);
  ASSERT_TRUE(peeked.ok());
  EXPECT_EQ(*peeked, "abcdefghijklmnopqrst");
  std::string all;
  ASSERT_TRUE(reader.ReadToEnd(all, 100).ok());
  EXPECT_EQ(all, "abcdefghijklmnopqrstuvwxyz");
  EXPECT_EQ(reader.position(), 26u);
}

TEST(BufferedReaderTest, PeekPastEndReturnsWhatThereIs) {
  BufferedReader reader = Trickle("abc", 1);
  EXPECT_EQ(*reader.Peek(100), "abc");
}

TEST(BufferedReaderTest, ReadUpToReportsShortCountsAtEnd) {
  const std::string data(1000, 'z');
  BufferedReader reader = Trickle(data, 33);
  std::string out;
  EXPECT_EQ(*reader.ReadUpTo(400, out), 400u);
  EXPECT_EQ(*reader.Skip(100), 100u);
  EXPECT_EQ(*reader.ReadUpTo(1000, out), 500u);
  EXPECT_EQ(out.size(), 900u);
}

TEST(BufferedReaderTest, ReadToEndStopsAtTheBound) {
  BufferedReader reader = Trickle("0123456789", 4);
  std::string out;
  const Status status = reader.ReadToEnd(out, 6);
  EXPECT_EQ(status.code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(out, "012345");

  BufferedReader exact = Trickle("0123456789", 4);
  std::string all;
  EXPECT_TRUE(exact.ReadToEnd(all, 10).ok());
  EXPECT_EQ(all, "0123456789");
}

TEST(BufferedReaderTest, SourceErrorsAreStickyAfterBufferedBytes) {
  BufferedReader reader(std::make_unique<FailingSource>("ok\npartial"), 16);
  std::string line;
  ASSERT_TRUE(*reader.ReadLine(line, 100));
  EXPECT_EQ(line, "ok");
  StatusOr<bool> second = reader.ReadLine(line, 100);
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), StatusCode::kIoError);
  EXPECT_FALSE(reader.ReadLine(line, 100).ok());
}

TEST(FileSourceTest, MissingFileIsNotFound) {
  StatusOr<std::unique_ptr<FileSource>> file = FileSource::Open("/nonexistent/crosscheck/x");
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().code(), StatusCode::kNotFound);
}

TEST(FileSourceTest, ReadingAFolderIsAnIoErrorWithTheReason) {
  testing::ScratchDir scratch;
  StatusOr<std::unique_ptr<FileSource>> file = FileSource::Open(scratch.path());
  ASSERT_TRUE(file.ok());
  char buffer[16];
  StatusOr<size_t> got = (*file)->Read(buffer);
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.status().code(), StatusCode::kIoError);
  EXPECT_NE(got.status().message().find("directory"), std::string::npos);
}

TEST(FileSourceTest, UnreadableFileIsAnIoError) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root: permissions do not apply";
  testing::ScratchDir scratch;
  const std::string path = scratch.Write("secret.txt", "hidden");
  ::chmod(path.c_str(), 0);
  StatusOr<std::unique_ptr<FileSource>> file = FileSource::Open(path);
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().code(), StatusCode::kIoError);
  EXPECT_NE(file.status().message().find("Permission denied"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck
