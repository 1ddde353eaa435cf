// Store::LoadEach on every back end: documents in ingest order with the open batch's own
// writes, skipped inputs after them, and the visitor's first error stops the reading, is
// returned, and leaves the store readable (PostgreSQL: its cursor closed, in and outside an
// open batch). PostgreSQL runs on the server tests/postgres/with_postgres.sh starts.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "store/test_stores.h"

namespace crosscheck {
namespace {

Article NumberedArticle(int number) {
  Article article;
  article.id = "d" + std::to_string(number);
  article.title = "Title " + std::to_string(number);
  const std::string text = "Body of document " + std::to_string(number);
  article.blocks = {{BlockKind::kParagraph, text, 0, static_cast<uint32_t>(text.size())}};
  return article;
}

class LoadEachTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgres" && !HasTestPostgres()) {
      GTEST_SKIP() << "no PostgreSQL server (tests/postgres/with_postgres.sh starts one)";
    }
  }
  std::unique_ptr<Store> MakeStore() { return NewTestStore(GetParam()); }
};

// The ids LoadEach hands out, in order; `stop_after` documents, then an error.
StatusOr<std::vector<std::string>> LoadedIds(Store& store, std::vector<ReportSkipped>* skipped,
                                             size_t stop_after = SIZE_MAX) {
  std::vector<std::string> ids;
  const Status status = store.LoadEach(
      [&](Article&& article, Annotations&&) {
        if (ids.size() == stop_after) return DataLossError("visitor stops at " + article.id);
        ids.push_back(article.id);
        EXPECT_EQ(article.Body(), "Body of document " + article.id.substr(1));
        return Status::Ok();
      },
      skipped);
  if (!status.ok()) return status;
  return ids;
}

TEST_P(LoadEachTest, HandsDocumentsInIngestOrderAndStopsAtTheVisitorsError) {
  std::unique_ptr<Store> store = MakeStore();
  ASSERT_NE(store, nullptr);
  // More than one PostgreSQL fetch (256 rows), in a different order from the ids' own.
  std::vector<std::string> expected;
  for (int number = 600; number > 0; --number) {
    ASSERT_TRUE(store->AddDocument(number, NumberedArticle(number), Annotations{}).ok());
    expected.push_back("d" + std::to_string(number));
  }
  ASSERT_TRUE(store->AddSkipped("first.gz", "truncated").ok());
  ASSERT_TRUE(store->AddSkipped("second.html", "empty").ok());
  ASSERT_TRUE(store->Commit().ok());

  std::vector<ReportSkipped> skipped;
  StatusOr<std::vector<std::string>> ids = LoadedIds(*store, &skipped);
  ASSERT_TRUE(ids.ok()) << ids.status().ToString();
  EXPECT_EQ(*ids, expected);
  ASSERT_EQ(skipped.size(), 2u);
  EXPECT_EQ(skipped[0].input, "first.gz");
  EXPECT_EQ(skipped[1].reason, "empty");

  // The visitor's error, as it gave it; the store reads again afterwards.
  for (int round = 0; round < 2; ++round) {
    ids = LoadedIds(*store, nullptr, 300);
    EXPECT_EQ(ids.status().code(), StatusCode::kDataLoss);
    EXPECT_EQ(ids.status().message(), "visitor stops at d300");
  }
  ids = LoadedIds(*store, nullptr);
  ASSERT_TRUE(ids.ok()) << ids.status().ToString();
  EXPECT_EQ(ids->size(), 600u);

  // Inside an open batch: its own writes are read, a stop leaves the batch usable.
  ASSERT_TRUE(store->AddDocument(601, NumberedArticle(601), Annotations{}).ok());
  ids = LoadedIds(*store, nullptr, 10);
  EXPECT_EQ(ids.status().code(), StatusCode::kDataLoss);
  skipped.clear();
  ids = LoadedIds(*store, &skipped);
  ASSERT_TRUE(ids.ok()) << ids.status().ToString();
  EXPECT_EQ(ids->size(), 601u);
  EXPECT_EQ(ids->back(), "d601");
  EXPECT_EQ(skipped.size(), 2u);
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(*store->DocumentCount(), 601u);

  StatusOr<StoredCorpus> corpus = store->Load();  // the wrapper over LoadEach
  ASSERT_TRUE(corpus.ok());
  ASSERT_EQ(corpus->articles.size(), 601u);
  EXPECT_EQ(corpus->annotations.size(), 601u);
  EXPECT_EQ(corpus->articles.front().id, "d600");
  EXPECT_EQ(corpus->skipped.size(), 2u);
}

INSTANTIATE_TEST_SUITE_P(EveryStore, LoadEachTest,
                         ::testing::Values("memory", "sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

}  // namespace
}  // namespace crosscheck
