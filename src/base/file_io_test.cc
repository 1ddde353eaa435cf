#include "base/file_io.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace crosscheck {
namespace {

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(FileIoTest, ReplacesContentAndLeavesNoTemporary) {
  const auto dir = std::filesystem::temp_directory_path() / "crosscheck_file_io_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const auto path = dir / "out.json";
  ASSERT_TRUE(WriteFileAtomically(path.string(), "first").ok());
  ASSERT_TRUE(WriteFileAtomically(path.string(), "second").ok());
  EXPECT_EQ(ReadAll(path), "second");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 1);
  std::filesystem::remove_all(dir);
}

TEST(FileIoTest, MissingFolderIsAnErrorNamingThePath) {
  const Status status = WriteFileAtomically("/nonexistent-dir/x/report.json", "x");
  EXPECT_EQ(status.code(), StatusCode::kIoError);
  EXPECT_NE(status.message().find("/nonexistent-dir/x/report.json"), std::string::npos);
}

TEST(FileIoTest, PiecesArriveInOrderAndAFailedProducerKeepsTheOldFile) {
  const auto dir = std::filesystem::temp_directory_path() / "crosscheck_file_io_pieces_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const auto path = dir / "out.json";
  ASSERT_TRUE(WriteFileAtomically(path.string(), [](const PieceWriter& write) {
                for (const char* piece : {"one ", "two ", "three"}) {
                  if (Status status = write(piece); !status.ok()) return status;
                }
                return Status::Ok();
              }).ok());
  EXPECT_EQ(ReadAll(path), "one two three");
  const Status failed = WriteFileAtomically(path.string(), [](const PieceWriter& write) {
    (void)write("half a report");
    return InternalError("renderer gave up");
  });
  EXPECT_EQ(failed.code(), StatusCode::kInternal);
  EXPECT_EQ(ReadAll(path), "one two three");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), {}), 1);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace crosscheck
