// Special files as inputs: FIFOs and devices are read as streams with an idle timeout when
// named, and skipped with a message inside folders; nothing of the kind may hang a batch.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <string>
#include <thread>

#include "ingest/byte_source.h"
#include "ingest/ingest_test_util.h"
#include "ingest/reader.h"

namespace crosscheck {
namespace {

using std::chrono::milliseconds;
using testing::CollectingSink;
using testing::ScratchDir;
using Clock = std::chrono::steady_clock;

constexpr milliseconds kShortTimeout{200};
// How long a test waits for its writer thread to find the reader, at most.
constexpr milliseconds kWriterPatience{10000};

std::string MakeFifo(const ScratchDir& scratch, const std::string& name) {
  const std::string path = scratch.path() + "/" + name;
  EXPECT_EQ(::mkfifo(path.c_str(), 0600), 0) << std::strerror(errno);
  return path;
}

// Opens `fifo` for writing once a reader has it open (so the test never blocks in open(2)
// when the reader under test is broken); -1 after kWriterPatience.
int OpenWriterWhenReaderIsThere(const std::string& fifo) {
  const Clock::time_point give_up = Clock::now() + kWriterPatience;
  while (Clock::now() < give_up) {
    const int fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd >= 0) {
      ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
      return fd;
    }
    std::this_thread::sleep_for(milliseconds(5));  // ENXIO: no reader yet
  }
  return -1;
}

void WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t wrote = ::write(fd, bytes.data(), bytes.size());
    if (wrote <= 0) return;
    bytes.remove_prefix(static_cast<size_t>(wrote));
  }
}

std::string ErrorsToString(const CollectingSink& sink) {
  std::string out;
  for (const auto& error : sink.errors) out += error.input + " " + error.status.ToString() + "\n";
  return out;
}

TEST(SpecialFileTest, FifoWithNoWriterIsSkippedAfterTheTimeoutAndTheBatchGoesOn) {
  ScratchDir scratch;
  const std::string fifo = MakeFifo(scratch, "p.txt");
  const std::string good = scratch.Write("good.txt", "A good article.\n");
  ReadOptions options;
  options.stream_idle_timeout = kShortTimeout;
  CollectingSink sink;
  const Clock::time_point start = Clock::now();
  ASSERT_TRUE(ReadInputs(std::vector<std::string>{fifo, good}, options, sink).ok());
  EXPECT_LT(Clock::now() - start, milliseconds(5000));
  ASSERT_EQ(sink.documents.size(), 1u) << ErrorsToString(sink);
  EXPECT_EQ(sink.documents[0].id, "good");
  ASSERT_EQ(sink.errors.size(), 1u) << ErrorsToString(sink);
  EXPECT_EQ(sink.errors[0].input, fifo);
  EXPECT_EQ(sink.errors[0].status.message(), "no data within 200 ms (a FIFO with no writer?)");
}

TEST(SpecialFileTest, FifoWithAWriterIsReadAsAStream) {
  ScratchDir scratch;
  const std::string fifo = MakeFifo(scratch, "live.txt");
  std::thread writer([&] {
    const int fd = OpenWriterWhenReaderIsThere(fifo);
    if (fd < 0) return;
    WriteAll(fd, "Headline from a pipe\n\n");
    std::this_thread::sleep_for(milliseconds(20));  // a pause shorter than the timeout
    WriteAll(fd, "Body text that arrived later.\n");
    ::close(fd);
  });
  ReadOptions options;
  options.stream_idle_timeout = milliseconds(5000);
  CollectingSink sink;
  ASSERT_TRUE(ReadInputs(std::vector<std::string>{fifo}, options, sink).ok());
  writer.join();
  ASSERT_EQ(sink.documents.size(), 1u) << ErrorsToString(sink);
  EXPECT_EQ(sink.documents[0].id, "live");
  EXPECT_EQ(sink.documents[0].content, "Headline from a pipe\n\nBody text that arrived later.\n");
  EXPECT_TRUE(sink.errors.empty()) << ErrorsToString(sink);
}

TEST(SpecialFileTest, WriterThatStallsIsCutOffAfterTheTimeout) {
  ScratchDir scratch;
  const std::string fifo = MakeFifo(scratch, "stall.txt");
  std::thread writer([&] {
    const int fd = OpenWriterWhenReaderIsThere(fifo);
    if (fd < 0) return;
    WriteAll(fd, "Some text, then silence");
    std::this_thread::sleep_for(kShortTimeout * 5);  // open but silent
    ::close(fd);
  });
  ReadOptions options;
  options.stream_idle_timeout = kShortTimeout;
  CollectingSink sink;
  ASSERT_TRUE(ReadInputs(std::vector<std::string>{fifo}, options, sink).ok());
  writer.join();
  EXPECT_TRUE(sink.documents.empty());
  ASSERT_EQ(sink.errors.size(), 1u) << ErrorsToString(sink);
  EXPECT_EQ(sink.errors[0].status.code(), StatusCode::kIoError);
  EXPECT_NE(sink.errors[0].status.message().find("no more data for 200 ms"), std::string::npos)
      << sink.errors[0].status.message();
}

TEST(SpecialFileTest, FifosAndLinksToThemInsideAFolderAreSkippedWithAMessage) {
  ScratchDir scratch;
  scratch.Write("in/a.txt", "First article.\n");
  scratch.Write("in/c.txt", "Third article.\n");
  const std::string fifo = MakeFifo(scratch, "in/b.txt");
  ASSERT_EQ(::symlink(fifo.c_str(), (scratch.path() + "/in/d.txt").c_str()), 0);
  CollectingSink sink;
  const Clock::time_point start = Clock::now();
  ASSERT_TRUE(ReadInputs(std::vector<std::string>{scratch.path() + "/in"}, {}, sink).ok());
  EXPECT_LT(Clock::now() - start, milliseconds(5000));  // no timeout waited for
  ASSERT_EQ(sink.documents.size(), 2u) << ErrorsToString(sink);
  ASSERT_EQ(sink.errors.size(), 2u) << ErrorsToString(sink);
  EXPECT_EQ(sink.errors[0].input, fifo);
  EXPECT_EQ(sink.errors[0].status.code(), StatusCode::kUnsupported);
  EXPECT_EQ(sink.errors[0].status.message(), "not a regular file (a FIFO), skipped");
  EXPECT_EQ(sink.errors[1].input, scratch.path() + "/in/d.txt");
}

TEST(SpecialFileTest, CharacterDevicesAreStreams) {
  ScratchDir scratch;
  const std::string good = scratch.Write("good.txt", "A good article.\n");
  CollectingSink sink;
  ASSERT_TRUE(ReadInputs(std::vector<std::string>{"/dev/null", "/dev/zero", good}, {}, sink).ok());
  ASSERT_EQ(sink.documents.size(), 1u) << ErrorsToString(sink);
  ASSERT_EQ(sink.errors.size(), 2u) << ErrorsToString(sink);
  EXPECT_EQ(sink.errors[0].status.code(), StatusCode::kEmpty);        // /dev/null ends at once
  EXPECT_EQ(sink.errors[1].status.code(), StatusCode::kUnsupported);  // /dev/zero: binary
}

TEST(SpecialFileTest, StreamsRefusedWhereOnlyRegularFilesAreWanted) {
  ScratchDir scratch;
  const std::string fifo = MakeFifo(scratch, "p");
  FileOpenOptions regular_only;
  regular_only.allow_streams = false;
  StatusOr<std::unique_ptr<FileSource>> opened = FileSource::Open(fifo, regular_only);
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), StatusCode::kUnsupported);
}

TEST(SpecialFileTest, NonPositiveTimeoutIsInvalid) {
  ReadOptions options;
  options.stream_idle_timeout = milliseconds(0);
  CollectingSink sink;
  EXPECT_EQ(ReadInputs(std::vector<std::string>{"x"}, options, sink).code(),
            StatusCode::kInvalidArgument);
}

TEST(DurationTextTest, SecondsWhenWhole) {
  EXPECT_EQ(DurationText(milliseconds(10000)), "10 s");
  EXPECT_EQ(DurationText(milliseconds(250)), "250 ms");
}

}  // namespace
}  // namespace crosscheck
