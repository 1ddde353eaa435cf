// POST /api/documents on a real store: a SQLite file in a temporary folder, the write
// connection in the service and read-only connections in the pool, as `serve` has them.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "server/service.h"
#include "store/sqlite_store.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

class ServiceUploadTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::temp_directory_path() /
              ("crosscheck_service_upload." + std::to_string(getpid()) + "." +
               ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(folder_);
    fs::create_directories(folder_);
    path_ = (folder_ / "store.db").string();
    StatusOr<std::unique_ptr<SqliteStore>> writer =
        SqliteStore::Open(path_, SqliteStore::OpenMode::kCreate);
    ASSERT_TRUE(writer.ok()) << writer.status().ToString();
    const std::string path = path_;
    pool_ = std::make_unique<StorePool>(
        [path]() -> StatusOr<std::unique_ptr<Store>> {
          StatusOr<std::unique_ptr<SqliteStore>> reader =
              SqliteStore::Open(path, SqliteStore::OpenMode::kReadOnly);
          if (!reader.ok()) return reader.status();
          return std::unique_ptr<Store>(std::move(*reader));
        },
        2);
    ServiceOptions options;
    options.token = "t";
    options.now_utc = [] { return std::string("2026-12-07T10:00:00Z"); };
    service_ = std::make_unique<Service>(*pool_, std::move(*writer), options);
  }
  void TearDown() override {
    service_.reset();
    pool_.reset();
    fs::remove_all(folder_);
  }

  HttpResponse Post(std::string body) {
    HttpRequest request;
    request.method = "POST";
    request.path = "/api/documents";
    request.authorization = "Bearer t";
    request.client = "127.0.0.1";
    request.body = std::move(body);
    return service_->Handle(request);
  }
  HttpResponse Get(std::string path) {
    HttpRequest request;
    request.method = "GET";
    request.path = std::move(path);
    request.client = "127.0.0.1";
    return service_->Handle(request);
  }

  fs::path folder_;
  std::string path_;
  std::unique_ptr<StorePool> pool_;
  std::unique_ptr<Service> service_;
};

constexpr char kRecords[] =
    R"({"id": "quake-1", "title": "Quake hits Port Vila", "outlet": "Reuters", "text": "A strong earthquake struck Port Vila on Tuesday, officials said. At least 14 people were killed, the government said."})"
    "\n"
    R"({"id": "quake-2", "title": "Port Vila quake kills 14", "outlet": "AFP", "text": "An earthquake struck Port Vila on Tuesday. The government said 14 people were killed and dozens hurt."})"
    "\n";

TEST_F(ServiceUploadTest, IngestsPublishesAndReadersSeeIt) {
  HttpResponse posted = Post(kRecords);
  ASSERT_EQ(posted.status, 200) << posted.body;
  EXPECT_EQ(posted.body,
            "{\"added\":2,\"already_stored\":0,\"skipped\":0,\"documents\":2,"
            "\"published\":\"2026-12-07T10:00:00Z\",\"skipped_inputs\":[]}\n");
  HttpResponse stories = Get("/api/stories");
  EXPECT_EQ(stories.status, 200);
  EXPECT_NE(stories.body.find("\"total\":1"), std::string::npos) << stories.body;
  EXPECT_EQ(Get("/api/documents/quake-2").status, 200);
  HttpResponse changes = Get("/api/changes");
  EXPECT_NE(changes.body.find("\"at\":\"2026-12-07T10:00:00Z\",\"kind\":\"new_story\""),
            std::string::npos)
      << changes.body;

  // The same records again change nothing and publish nothing.
  HttpResponse again = Post(kRecords);
  EXPECT_EQ(again.status, 200);
  EXPECT_NE(again.body.find("\"added\":0,\"already_stored\":2"), std::string::npos) << again.body;
  EXPECT_NE(again.body.find("\"published\":null"), std::string::npos);
}

TEST_F(ServiceUploadTest, UnreadableRecordsAreCountedAndNamed) {
  HttpResponse posted = Post("not json\n{\"id\": \"x\"}\n");
  EXPECT_EQ(posted.status, 400) << posted.body;
  EXPECT_NE(posted.body.find("\"added\":0,\"already_stored\":0,\"skipped\":2"), std::string::npos)
      << posted.body;
  EXPECT_NE(posted.body.find("\"input\":\"upload.jsonl:1\""), std::string::npos) << posted.body;
  // A good record beside a bad one is stored.
  HttpResponse mixed = Post(std::string("{oops\n") + kRecords);
  EXPECT_EQ(mixed.status, 200) << mixed.body;
  EXPECT_NE(mixed.body.find("\"added\":2,\"already_stored\":0,\"skipped\":1"), std::string::npos)
      << mixed.body;
}

}  // namespace
}  // namespace crosscheck
