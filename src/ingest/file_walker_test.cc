#include "ingest/file_walker.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include "ingest/ingest_test_util.h"

namespace crosscheck {
namespace {

std::vector<std::string> Walk(const std::string& root, std::vector<std::string>* errors = nullptr) {
  std::vector<std::string> files;
  WalkDirectory(
      root, [&](const std::string& path) { files.push_back(path.substr(root.size() + 1)); },
      [&](std::string_view path, const Status& status) {
        if (errors) errors->push_back(std::string(path) + ": " + status.ToString());
      });
  return files;
}

TEST(FileWalkerTest, FullPathByteOrderAndHiddenSkipped) {
  testing::ScratchDir scratch;
  for (const char* name : {"b.txt", "a0.txt", "a/z.txt", "a/b/c.txt", "a.txt", "A.txt",
                           ".hidden.txt", ".git/config", "a/.cache/x.txt"}) {
    scratch.Write(name, "x");
  }
  EXPECT_EQ(Walk(scratch.path()),
            (std::vector<std::string>{"A.txt", "a.txt", "a/b/c.txt", "a/z.txt", "a0.txt",
                                      "b.txt"}));
}

TEST(FileWalkerTest, SymlinkCyclesTerminate) {
  testing::ScratchDir scratch;
  scratch.Write("d/file.txt", "x");
  ASSERT_EQ(::symlink("..", (scratch.path() + "/d/up").c_str()), 0);
  const std::vector<std::string> files = Walk(scratch.path());
  // d/up/ is the root again: its d/ is already on the path and is skipped.
  EXPECT_EQ(files, (std::vector<std::string>{"d/file.txt"}));
}

TEST(FileWalkerTest, BrokenLinkIsReportedAndWalkGoesOn) {
  testing::ScratchDir scratch;
  scratch.Write("ok.txt", "x");
  ASSERT_EQ(::symlink("/nonexistent/target", (scratch.path() + "/broken.txt").c_str()), 0);
  std::vector<std::string> errors;
  EXPECT_EQ(Walk(scratch.path(), &errors), (std::vector<std::string>{"ok.txt"}));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("broken.txt"), std::string::npos);
}

TEST(FileWalkerTest, MissingRootIsNotFound) {
  std::vector<std::string> errors;
  Walk("/nonexistent/crosscheck-root", &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].find("not_found"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck
