// The SQLite store: what goes in comes out in ingest order, across reopening; only committed
// writes survive; foreign, newer and corrupt files are refused with a message naming them.
#include "store/sqlite_store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

// A fresh folder of this process alone, removed afterwards.
class StoreFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() /
              ("crosscheck_store_test." + std::to_string(getpid()) + "." +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override { fs::remove_all(folder_); }
  std::string Path(const std::string& name) const { return (folder_ / name).string(); }

  fs::path folder_;
};

Article MakeArticle(const std::string& id, const std::string& text) {
  Article article;
  article.id = id;
  article.title = "Title of " + id;
  article.blocks = {{BlockKind::kParagraph, text, 0, static_cast<uint32_t>(text.size())}};
  return article;
}

Annotations MakeAnnotations(uint32_t size) {
  Annotations annotations;
  annotations.sentences = {{0, size}};
  return annotations;
}

std::unique_ptr<SqliteStore> OpenOrDie(const std::string& path, SqliteStore::OpenMode mode) {
  StatusOr<std::unique_ptr<SqliteStore>> store = SqliteStore::Open(path, mode);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return store.ok() ? std::move(store).value() : nullptr;
}

void RunSql(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_close(db);
}

TEST_F(StoreFileTest, KeepsDocumentsAndSkipsInIngestOrderAcrossReopening) {
  const std::string path = Path("a.db");
  {
    auto store = OpenOrDie(path, SqliteStore::OpenMode::kCreate);
    ASSERT_NE(store, nullptr);
    for (const char* id : {"zeta", "alpha", "mid"}) {
      ASSERT_TRUE(store
                      ->AddDocument(std::hash<std::string>()(id), MakeArticle(id, "Some text."),
                                    MakeAnnotations(10))
                      .ok());
    }
    ASSERT_TRUE(store->AddSkipped("bad.txt", "empty: no text").ok());
    ASSERT_TRUE(store->AddSkipped("bad.txt", "another reason").ok());  // kept once
    ASSERT_TRUE(store->Commit().ok());
    EXPECT_EQ(store->IntegrityCheck().value(), "ok");
  }
  auto store = OpenOrDie(path, SqliteStore::OpenMode::kExisting);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->DocumentIds().value(), (std::vector<std::string>{"zeta", "alpha", "mid"}));
  EXPECT_EQ(store->DocumentCount().value(), 3u);
  EXPECT_TRUE(store->HasFingerprint(std::hash<std::string>()("alpha")).value());
  EXPECT_FALSE(store->HasFingerprint(42).value());
  StatusOr<StoredCorpus> corpus = store->Load();
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  ASSERT_EQ(corpus->articles.size(), 3u);
  EXPECT_EQ(corpus->articles[1].id, "alpha");
  EXPECT_EQ(corpus->articles[1].title, "Title of alpha");
  EXPECT_EQ(corpus->annotations[2].sentences.size(), 1u);
  ASSERT_EQ(corpus->skipped.size(), 1u);
  EXPECT_EQ(corpus->skipped[0].input, "bad.txt");
  EXPECT_EQ(corpus->skipped[0].reason, "empty: no text");
  // A repeated id is the caller's bug, refused.
  EXPECT_EQ(store->AddDocument(7, MakeArticle("mid", "x"), {}).code(),
            StatusCode::kInvalidArgument);
}

TEST_F(StoreFileTest, OnlyCommittedWritesSurvive) {
  const std::string path = Path("b.db");
  {
    auto store = OpenOrDie(path, SqliteStore::OpenMode::kCreate);
    ASSERT_TRUE(store->AddDocument(1, MakeArticle("one", "One."), {}).ok());
    ASSERT_TRUE(store->Commit().ok());
    ASSERT_TRUE(store->AddDocument(2, MakeArticle("two", "Two."), {}).ok());
    EXPECT_EQ(store->DocumentCount().value(), 2u);  // its own writes are visible
  }                                                 // closed without Commit
  auto store = OpenOrDie(path, SqliteStore::OpenMode::kExisting);
  EXPECT_EQ(store->DocumentIds().value(), std::vector<std::string>{"one"});
}

TEST_F(StoreFileTest, RefusesWhatIsNotACurrentStore) {
  // Missing, for report.
  StatusOr<std::unique_ptr<SqliteStore>> missing =
      SqliteStore::Open(Path("none.db"), SqliteStore::OpenMode::kExisting);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(missing.status().message(), "no store at " + Path("none.db"));
  EXPECT_FALSE(fs::exists(Path("none.db")));

  // A text file, untouched.
  std::ofstream(Path("text.db")) << "this is not a database, it is a text file of some length\n";
  const auto size = fs::file_size(Path("text.db"));
  for (auto mode : {SqliteStore::OpenMode::kCreate, SqliteStore::OpenMode::kExisting}) {
    StatusOr<std::unique_ptr<SqliteStore>> text = SqliteStore::Open(Path("text.db"), mode);
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(text.status().message().find("is not a crosscheck store"), std::string::npos)
        << text.status().message();
  }
  EXPECT_EQ(fs::file_size(Path("text.db")), size);

  // Another application's SQLite database.
  RunSql(Path("other.db"), "CREATE TABLE t(x); INSERT INTO t VALUES (1);");
  StatusOr<std::unique_ptr<SqliteStore>> other =
      SqliteStore::Open(Path("other.db"), SqliteStore::OpenMode::kCreate);
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.status().message().find("another application"), std::string::npos);

  // A store from a newer crosscheck.
  { ASSERT_NE(OpenOrDie(Path("newer.db"), SqliteStore::OpenMode::kCreate), nullptr); }
  RunSql(Path("newer.db"), "PRAGMA user_version=99");
  StatusOr<std::unique_ptr<SqliteStore>> newer =
      SqliteStore::Open(Path("newer.db"), SqliteStore::OpenMode::kCreate);
  ASSERT_FALSE(newer.ok());
  EXPECT_EQ(newer.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(newer.status().message().find("schema version 99"), std::string::npos);

  // A folder.
  fs::create_directories(Path("folder.db"));
  EXPECT_FALSE(SqliteStore::Open(Path("folder.db"), SqliteStore::OpenMode::kCreate).ok());
}

TEST_F(StoreFileTest, ACorruptDocumentIsAnErrorNamingIt) {
  const std::string path = Path("c.db");
  {
    auto store = OpenOrDie(path, SqliteStore::OpenMode::kCreate);
    ASSERT_TRUE(store->AddDocument(1, MakeArticle("one", "One."), {}).ok());
    ASSERT_TRUE(store->Commit().ok());
  }
  RunSql(path, "UPDATE documents SET data = x'0102030405060708090a0b0c'");
  auto store = OpenOrDie(path, SqliteStore::OpenMode::kExisting);
  StatusOr<StoredCorpus> corpus = store->Load();
  ASSERT_FALSE(corpus.ok());
  EXPECT_EQ(corpus.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(corpus.status().message().find("document one"), std::string::npos)
      << corpus.status().message();
}

TEST(SqliteStoreTest, InMemoryStoreWorks) {
  StatusOr<std::unique_ptr<SqliteStore>> store =
      SqliteStore::Open(":memory:", SqliteStore::OpenMode::kCreate);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  ASSERT_TRUE((*store)->AddDocument(1, MakeArticle("one", "One."), {}).ok());
  ASSERT_TRUE((*store)->Commit().ok());
  EXPECT_EQ((*store)->Load()->articles.size(), 1u);
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

// Processes (here threads, each with its own connection) opening a new store at once: each
// must see the file either blank or made, never half-made and taken for another application's.
TEST_F(StoreFileTest, OpenedAtOnceByTwoConnectionsBothSucceed) {
  for (int round = 0; round < 30; ++round) {
    const std::string path = Path("race" + std::to_string(round) + ".db");
    Status results[4];
    std::vector<std::thread> threads;
    for (Status& result : results) {
      threads.emplace_back([&path, &result] {
        StatusOr<std::unique_ptr<SqliteStore>> store =
            SqliteStore::Open(path, SqliteStore::OpenMode::kCreate);
        result = store.status();
      });
    }
    for (std::thread& thread : threads) thread.join();
    for (const Status& result : results)
      EXPECT_TRUE(result.ok()) << round << ": " << result.ToString();
  }
}

}  // namespace
}  // namespace crosscheck
