// End to end, the built binary: `ingest` the seeds in two batches, then `report`, gives the
// bytes `analyze` gives on all five (JSON and Markdown, ids included); ingesting them again
// adds nothing and changes no byte; `report` names a missing store, a file that is not a
// store and a store from a newer crosscheck.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "run_cli.h"

namespace {

namespace fs = std::filesystem;

using crosscheck::e2e::RunCli;
using crosscheck::e2e::RunResult;

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

class StoreCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() /
              ("crosscheck_store_e2e." + std::to_string(getpid()) + "." +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder_);
    fs::create_directories(folder_);
    for (const auto& entry :
         fs::directory_iterator(std::string(CROSSCHECK_SOURCE_DIR) + "/examples/seeds")) {
      seeds_.push_back(entry.path().string());
    }
    std::sort(seeds_.begin(), seeds_.end());
  }
  void TearDown() override { fs::remove_all(folder_); }
  std::string Path(const std::string& name) const { return (folder_ / name).string(); }

  fs::path folder_;
  std::vector<std::string> seeds_;
};

TEST_F(StoreCliTest, TwoIngestsThenReportEqualAnalyzeByteForByte) {
  ASSERT_EQ(seeds_.size(), 5u);
  const std::string db = Path("store.db");
  RunResult first = RunCli("ingest " + seeds_[0] + " " + seeds_[1] + " --db " + db);
  ASSERT_EQ(first.exit_code, 0) << first.output;
  EXPECT_NE(first.output.find("2 added, 0 already stored, 0 skipped"), std::string::npos)
      << first.output;
  EXPECT_NE(first.output.find("committed 2"), std::string::npos) << first.output;
  RunResult second =
      RunCli("ingest " + seeds_[2] + " " + seeds_[3] + " " + seeds_[4] + " --db " + db);
  ASSERT_EQ(second.exit_code, 0) << second.output;
  EXPECT_NE(second.output.find("3 added, 0 already stored, 0 skipped; " + db + " holds 5"),
            std::string::npos)
      << second.output;

  std::string all;
  for (const std::string& seed : seeds_) all += " " + seed;
  RunResult analyzed =
      RunCli("analyze" + all + " --json " + Path("a.json") + " --md " + Path("a.md"), false);
  ASSERT_EQ(analyzed.exit_code, 0) << analyzed.output;
  RunResult reported =
      RunCli("report --db " + db + " --json " + Path("r.json") + " --md " + Path("r.md"), false);
  ASSERT_EQ(reported.exit_code, 0) << reported.output;
  EXPECT_EQ(reported.output, analyzed.output);  // the summary
  const std::string json = ReadFile(Path("a.json"));
  ASSERT_FALSE(json.empty());
  EXPECT_EQ(ReadFile(Path("r.json")), json);
  EXPECT_EQ(ReadFile(Path("r.md")), ReadFile(Path("a.md")));

  // The folder again: every document is recognised, nothing changes.
  RunResult again =
      RunCli("ingest " + std::string(CROSSCHECK_SOURCE_DIR) + "/examples/seeds --db " + db);
  ASSERT_EQ(again.exit_code, 0) << again.output;
  EXPECT_NE(again.output.find("0 added, 5 already stored, 0 skipped"), std::string::npos)
      << again.output;
  ASSERT_EQ(RunCli("report --db " + db + " --json " + Path("r2.json")).exit_code, 0);
  EXPECT_EQ(ReadFile(Path("r2.json")), json);
}

// Each ingest publishes; query finds the seeds' story by its words, filters it, and lists the
// changes each publication logged.
TEST_F(StoreCliTest, QueryFindsStoriesAndListsChanges) {
  ASSERT_EQ(seeds_.size(), 5u);
  const std::string db = Path("query.db");
  RunResult first = RunCli("ingest " + seeds_[0] + " --db " + db, false);
  ASSERT_EQ(first.exit_code, 0) << first.output;
  EXPECT_NE(first.output.find("published 1 stories, 1 changes"), std::string::npos)
      << first.output;
  RunResult rest = RunCli("ingest " + std::string(CROSSCHECK_SOURCE_DIR) + "/examples/seeds --db " +
                              db,
                          false);
  ASSERT_EQ(rest.exit_code, 0) << rest.output;
  EXPECT_NE(rest.output.find("published "), std::string::npos) << rest.output;
  // Nothing new: no publication.
  RunResult again = RunCli("ingest " + seeds_[0] + " --db " + db, false);
  ASSERT_EQ(again.exit_code, 0) << again.output;
  EXPECT_EQ(again.output.find("published"), std::string::npos) << again.output;

  RunResult found = RunCli("query NATO troops --db " + db + " --json", false);
  ASSERT_EQ(found.exit_code, 0) << found.output;
  EXPECT_NE(found.output.find("\"matching_stories\":1"), std::string::npos) << found.output;
  EXPECT_NE(found.output.find("\"document\":\"000_d3509a3e001c5912\""), std::string::npos)
      << found.output;
  RunResult none = RunCli("query zzzzunseenword --db " + db, false);
  ASSERT_EQ(none.exit_code, 0);
  EXPECT_EQ(none.output, "no story matches\n");
  RunResult filtered = RunCli("query --db " + db + " --from 2025-01-01", false);
  EXPECT_EQ(filtered.output, "no story matches\n");
  RunResult dated = RunCli("query --db " + db + " --from 2024-10 --to 2024-10-31", false);
  EXPECT_NE(dated.output.find("2024-10-18"), std::string::npos) << dated.output;

  RunResult changes = RunCli("query --db " + db + " --changes-since 2000-01-01", false);
  ASSERT_EQ(changes.exit_code, 0) << changes.output;
  EXPECT_NE(changes.output.find("new_story"), std::string::npos) << changes.output;

  // A publication made by another build of the same version is not trusted: report runs the
  // corpus stages itself (same bytes), query says so, publish brings it up to date.
  {
    sqlite3* handle = nullptr;
    ASSERT_EQ(sqlite3_open(db.c_str(), &handle), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(handle, "UPDATE publications SET build = 'another'", nullptr, nullptr,
                           nullptr),
              SQLITE_OK);
    sqlite3_close(handle);
  }
  RunResult noted = RunCli("query NATO --db " + db);
  EXPECT_NE(noted.output.find("another crosscheck build"), std::string::npos) << noted.output;
  RunResult republished = RunCli("publish --db " + db, false);
  EXPECT_NE(republished.output.find("published 1 stories"), std::string::npos)
      << republished.output;
  RunResult current = RunCli("publish --db " + db, false);
  EXPECT_NE(current.output.find("up to date"), std::string::npos) << current.output;

  RunResult bad = RunCli("query --db " + db + " --status maybe");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.output.find("unknown claim status \"maybe\""), std::string::npos) << bad.output;
  RunResult missing = RunCli("query --db " + Path("none.db"));
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.output.find("no store at"), std::string::npos) << missing.output;
}

TEST_F(StoreCliTest, ReportNamesWhatIsWrongWithTheStore) {
  RunResult missing = RunCli("report --db " + Path("none.db") + " --json " + Path("x.json"));
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.output.find("no store at " + Path("none.db")), std::string::npos)
      << missing.output;
  EXPECT_FALSE(fs::exists(Path("none.db")));

  std::ofstream(Path("notes.txt")) << "Some notes that are not a database at all, just text.\n";
  for (const std::string& command :
       std::vector<std::string>{"report --db ", "ingest " + seeds_[0] + " --db "}) {
    RunResult text = RunCli(command + Path("notes.txt"));
    EXPECT_EQ(text.exit_code, 2);
    EXPECT_NE(text.output.find(Path("notes.txt") + " is not a crosscheck store"), std::string::npos)
        << text.output;
  }

  const std::string db = Path("newer.db");
  ASSERT_EQ(RunCli("ingest " + seeds_[0] + " --db " + db).exit_code, 0);
  sqlite3* handle = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &handle), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(handle, "PRAGMA user_version=7", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(handle);
  for (const std::string& command :
       std::vector<std::string>{"report --db ", "ingest " + seeds_[1] + " --db "}) {
    RunResult newer = RunCli(command + db);
    EXPECT_EQ(newer.exit_code, 2);
    EXPECT_NE(newer.output.find("has schema version 7"), std::string::npos) << newer.output;
  }
}

}  // namespace
