#include "base/file_io.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void WriteText(const fs::path& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

struct stat LStat(const fs::path& path) {
  struct stat info {};
  EXPECT_EQ(::lstat(path.c_str(), &info), 0) << path;
  return info;
}

// A fresh folder per test (tests run as separate processes, in parallel).
class FileIoTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("crosscheck_file_io_" + std::string(test->name()) + "_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  size_t EntryCount() const {
    return static_cast<size_t>(std::distance(fs::directory_iterator(dir_), {}));
  }

  fs::path dir_;
};

TEST_F(FileIoTest, ReplacesContentAndLeavesNoTemporary) {
  const auto path = dir_ / "out.json";
  ASSERT_TRUE(WriteOutputFile(path.string(), "first").ok());
  ASSERT_TRUE(WriteOutputFile(path.string(), "second").ok());
  EXPECT_EQ(ReadAll(path), "second");
  EXPECT_EQ(EntryCount(), 1u);
}

TEST(FileIoErrorTest, MissingFolderIsAnErrorNamingThePath) {
  const Status status = WriteOutputFile("/nonexistent-dir/x/report.json", "x");
  EXPECT_EQ(status.code(), StatusCode::kIoError);
  EXPECT_NE(status.message().find("/nonexistent-dir/x/report.json"), std::string::npos);
}

TEST_F(FileIoTest, DirectoryIsAClearError) {
  const Status status = WriteOutputFile(dir_.string(), "x");
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(status.message().find("directory"), std::string::npos) << status.message();
  EXPECT_EQ(WriteOutputFile(dir_.string() + "/", "x").code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(fs::is_directory(dir_));
  EXPECT_EQ(EntryCount(), 0u);
}

TEST_F(FileIoTest, KeepsTheModeOfAnExistingFile) {
  const auto path = dir_ / "private.json";
  WriteText(path, "old");
  ASSERT_EQ(::chmod(path.c_str(), 0600), 0);
  ASSERT_TRUE(WriteOutputFile(path.string(), "new").ok());
  EXPECT_EQ(LStat(path).st_mode & 07777, 0600u);
  ASSERT_EQ(::chmod(path.c_str(), 0640), 0);
  ASSERT_TRUE(WriteOutputFile(path.string(), "newer").ok());
  EXPECT_EQ(LStat(path).st_mode & 07777, 0640u);
  EXPECT_EQ(ReadAll(path), "newer");
}

TEST_F(FileIoTest, NewFileGetsTheUmaskDefault) {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  const auto path = dir_ / "new.json";
  ASSERT_TRUE(WriteOutputFile(path.string(), "x").ok());
  EXPECT_EQ(LStat(path).st_mode & 07777, 0666u & ~mask);
}

TEST_F(FileIoTest, KeepsTheOwnerWhenRoot) {
  if (::geteuid() != 0) GTEST_SKIP() << "changing owners needs root";
  const auto path = dir_ / "owned.json";
  WriteText(path, "old");
  ASSERT_EQ(::chown(path.c_str(), 12345, 23456), 0);
  ASSERT_TRUE(WriteOutputFile(path.string(), "new").ok());
  EXPECT_EQ(LStat(path).st_uid, 12345u);
  EXPECT_EQ(LStat(path).st_gid, 23456u);
}

TEST_F(FileIoTest, SymlinkIsFollowedAndStaysALink) {
  const auto target = dir_ / "real.json";
  WriteText(target, "old");
  fs::create_symlink("real.json", dir_ / "link1");
  fs::create_symlink(dir_ / "link1", dir_ / "link2");  // a chain, absolute then relative
  ASSERT_TRUE(WriteOutputFile((dir_ / "link2").string(), "new").ok());
  EXPECT_TRUE(S_ISLNK(LStat(dir_ / "link1").st_mode));
  EXPECT_TRUE(S_ISLNK(LStat(dir_ / "link2").st_mode));
  EXPECT_TRUE(S_ISREG(LStat(target).st_mode));
  EXPECT_EQ(ReadAll(target), "new");
  EXPECT_EQ(EntryCount(), 3u);
}

TEST_F(FileIoTest, DanglingSymlinkCreatesItsTarget) {
  fs::create_symlink("later.json", dir_ / "link");
  ASSERT_TRUE(WriteOutputFile((dir_ / "link").string(), "made").ok());
  EXPECT_TRUE(S_ISLNK(LStat(dir_ / "link").st_mode));
  EXPECT_EQ(ReadAll(dir_ / "later.json"), "made");
}

TEST_F(FileIoTest, SymlinkLoopIsAnError) {
  fs::create_symlink("b", dir_ / "a");
  fs::create_symlink("a", dir_ / "b");
  EXPECT_FALSE(WriteOutputFile((dir_ / "a").string(), "x").ok());
}

TEST_F(FileIoTest, FifoIsWrittenInPlace) {
  const auto fifo = dir_ / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string received;
  std::thread reader([&] { received = ReadAll(fifo); });
  const Status status = WriteOutputFile(fifo.string(), "through the pipe");
  reader.join();
  ASSERT_TRUE(status.ok()) << status.ToString();
  EXPECT_EQ(received, "through the pipe");
  EXPECT_TRUE(S_ISFIFO(LStat(fifo).st_mode));
  EXPECT_EQ(EntryCount(), 1u);
}

TEST(FileIoDeviceTest, DevNullStaysACharacterDevice) {
  struct stat before {};
  if (::stat("/dev/null", &before) != 0 || !S_ISCHR(before.st_mode)) {
    GTEST_SKIP() << "no /dev/null device here";
  }
  // As root a rename over /dev/null would succeed; the writer must not try it.
  OutputFile out;
  ASSERT_TRUE(out.Open("/dev/null").ok());
  EXPECT_FALSE(out.atomic());
  ASSERT_TRUE(out.Append("discarded").ok());
  ASSERT_TRUE(out.Commit().ok());
  struct stat after {};
  ASSERT_EQ(::stat("/dev/null", &after), 0);
  EXPECT_TRUE(S_ISCHR(after.st_mode));
  EXPECT_EQ(after.st_rdev, before.st_rdev);
}

TEST_F(FileIoTest, StreamedAppendsAndDiscardKeepTheOldFile) {
  const auto path = dir_ / "stream.jsonl";
  WriteText(path, "old");
  {
    OutputFile out;
    ASSERT_TRUE(out.Open(path.string()).ok());
    EXPECT_TRUE(out.atomic());
    ASSERT_TRUE(out.Append("never committed").ok());
  }  // destroyed uncommitted: the temporary goes, the old file stays
  EXPECT_EQ(ReadAll(path), "old");
  EXPECT_EQ(EntryCount(), 1u);

  OutputFile out;
  ASSERT_TRUE(out.Open(path.string()).ok());
  std::string expected;
  for (int line_idx = 0; line_idx < 5000; ++line_idx) {
    const std::string line = "{\"line\": " + std::to_string(line_idx) + "}\n";
    expected += line;
    ASSERT_TRUE(out.Append(line).ok());
  }
  ASSERT_TRUE(out.Append(std::string(100000, 'x')).ok());
  expected += std::string(100000, 'x');
  ASSERT_TRUE(out.Commit().ok());
  EXPECT_EQ(ReadAll(path), expected);
  EXPECT_EQ(EntryCount(), 1u);
}

TEST(FileIoTempNameTest, TemporariesAreRecognizedByTargetAndPid) {
  EXPECT_EQ(TempPathFor("out/report.json", 42), "out/.report.json.crosscheck-tmp.42");
  EXPECT_EQ(TempPathFor("report.json", 7), ".report.json.crosscheck-tmp.7");
  EXPECT_EQ(TempPathFor("/report.json", 7), "/.report.json.crosscheck-tmp.7");
  long pid = 0;
  EXPECT_TRUE(ParseTempName("report.json", ".report.json.crosscheck-tmp.42", pid));
  EXPECT_EQ(pid, 42);
  EXPECT_FALSE(ParseTempName("report.json", ".report.json.crosscheck-tmp.", pid));
  EXPECT_FALSE(ParseTempName("report.json", ".report.json.crosscheck-tmp.4x", pid));
  EXPECT_FALSE(ParseTempName("report.json", ".report.json.crosscheck-tmp.0", pid));
  EXPECT_FALSE(ParseTempName("report.md", ".report.json.crosscheck-tmp.42", pid));
  EXPECT_FALSE(ParseTempName("report.json", "report.json", pid));
  const std::string long_name(250, 'n');
  const std::string temp = TempPathFor(long_name, 99);
  EXPECT_LT(temp.size(), 255u);
  EXPECT_TRUE(ParseTempName(long_name, temp, pid));
  EXPECT_EQ(pid, 99);
}

TEST_F(FileIoTest, StaleTemporaryOfADeadProcessIsRemoved) {
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) ::_exit(0);
  ASSERT_EQ(::waitpid(child, nullptr, 0), child);  // reaped: its pid names no process now
  const auto target = dir_ / "report.json";
  const std::string dead = TempPathFor(target.string(), child);
  const std::string alive = TempPathFor(target.string(), ::getppid());
  const std::string other = (dir_ / ".report.md.crosscheck-tmp.1").string();
  for (const std::string& path : {dead, alive, other}) WriteText(path, "stale");
  ASSERT_TRUE(WriteOutputFile(target.string(), "fresh").ok());
  EXPECT_FALSE(fs::exists(dead));
  EXPECT_TRUE(fs::exists(alive));  // its writer may still be running
  EXPECT_TRUE(fs::exists(other));  // another target's business
  EXPECT_EQ(ReadAll(target), "fresh");
}

TEST_F(FileIoTest, RegistryRemovesOnlyRegisteredTemporaries) {
  const auto kept = dir_ / "kept";
  const auto removed = dir_ / "removed";
  WriteText(kept, "x");
  WriteText(removed, "x");
  const int kept_slot = RegisterTempFile(kept.string());
  const int removed_slot = RegisterTempFile(removed.string());
  ASSERT_GE(kept_slot, 0);
  ASSERT_GE(removed_slot, 0);
  UnregisterTempFile(kept_slot);
  RemoveRegisteredTempFiles();
  UnregisterTempFile(removed_slot);
  EXPECT_TRUE(fs::exists(kept));
  EXPECT_FALSE(fs::exists(removed));
  EXPECT_EQ(RegisterTempFile(std::string(5000, 'p')), -1);  // too long: not registered
}

TEST_F(FileIoTest, SigtermWhileWritingLeavesNoTemporary) {
  const auto target = dir_ / "report.json";
  WriteText(target, "old");
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    InstallTempFileCleanupHandlers();
    OutputFile out;
    if (!out.Open(target.string()).ok() || !out.Append("half a rep").ok()) ::_exit(3);
    if (!fs::exists(TempPathFor(target.string(), ::getpid()))) ::_exit(4);
    ::raise(SIGTERM);
    ::_exit(5);  // not reached: the handler re-raises with the default action
  }
  int wait_status = 0;
  ASSERT_EQ(::waitpid(child, &wait_status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(wait_status)) << "exit " << WEXITSTATUS(wait_status);
  EXPECT_EQ(WTERMSIG(wait_status), SIGTERM);
  EXPECT_EQ(ReadAll(target), "old");
  EXPECT_EQ(EntryCount(), 1u);
}

}  // namespace
}  // namespace crosscheck
