// Ingest into a store then report equals analyze: the seeds ingested in two batches give the
// report analyze gives on all five in the same order, byte for byte (ids included); ingesting
// them again adds nothing; a repeated id gets the suffix analyze would give it. One known
// difference, by design: the store lists a skipped input once however often it comes. Each
// test runs on both back ends (SQLite in memory, MemoryStore).
#include "pipeline/store_ingest.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "ingest/reader.h"
#include "report/report_writers.h"
#include "store/memory_store.h"
#include "store/sqlite_store.h"

namespace crosscheck {
namespace {

std::vector<std::string> SeedPaths() {
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(CROSSCHECK_SOURCE_DIR) +
                                                               "/examples/seeds")) {
    paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

// Both back ends, by name: the same tests run on each.
std::unique_ptr<Store> NewStore(std::string_view kind) {
  if (kind == "memory") return std::make_unique<MemoryStore>();
  StatusOr<std::unique_ptr<SqliteStore>> store =
      SqliteStore::Open(":memory:", SqliteStore::OpenMode::kCreate);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return std::move(store).value();
}
constexpr std::string_view kBackEnds[] = {"sqlite", "memory"};

IngestCounts Ingest(Store& store, std::span<const std::string> paths, unsigned threads,
                    size_t commit_every = 2) {
  IngestOptions options;
  options.analyze.threads = threads;
  options.commit_every = commit_every;
  StatusOr<std::unique_ptr<StoreIngest>> ingest = StoreIngest::Create(store, options);
  EXPECT_TRUE(ingest.ok());
  EXPECT_TRUE(ReadInputs(paths, ReadOptions{}, **ingest).ok());
  EXPECT_TRUE((*ingest)->Finish().ok());
  return (*ingest)->counts();
}

std::string AnalyzeJson(std::span<const std::string> paths) {
  Analyzer analyzer;
  EXPECT_TRUE(ReadInputs(paths, ReadOptions{}, analyzer).ok());
  return RenderReportJson(analyzer.Finish());
}

std::string StoreJson(Store& store) {
  StatusOr<Report> report = ReportFromStore(store, AnalyzeOptions{});
  EXPECT_TRUE(report.ok()) << report.status().ToString();
  return report.ok() ? RenderReportJson(*report) : "";
}

TEST(StoreIngestTest, TwoBatchesThenReportEqualsAnalyze) {
  const std::vector<std::string> paths = SeedPaths();
  ASSERT_EQ(paths.size(), 5u);
  const std::string analyzed = AnalyzeJson(paths);
  for (const auto& [kind, threads] :
       {std::pair{kBackEnds[0], 1u}, std::pair{kBackEnds[0], 3u}, std::pair{kBackEnds[1], 2u}}) {
    SCOPED_TRACE(std::string(kind) + ", threads " + std::to_string(threads));
    std::unique_ptr<Store> store = NewStore(kind);
    const IngestCounts first = Ingest(*store, std::span(paths).first(2), threads);
    EXPECT_EQ(first.added, 2u);
    const IngestCounts second = Ingest(*store, std::span(paths).subspan(2), threads);
    EXPECT_EQ(second.added, 3u);
    EXPECT_EQ(StoreJson(*store), analyzed);

    // Again: nothing added, nothing changed.
    const IngestCounts again = Ingest(*store, paths, threads);
    EXPECT_EQ(again.added, 0u);
    EXPECT_EQ(again.already_stored, 5u);
    EXPECT_EQ(store->DocumentCount().value(), 5u);
    EXPECT_EQ(StoreJson(*store), analyzed);
  }
}

// A document sink that feeds prepared documents, for ids and contents chosen by the test.
void Feed(DocumentSink& sink, const std::vector<std::pair<std::string, std::string>>& documents) {
  for (const auto& [id, text] : documents) {
    Document document;
    document.id = id;
    document.source = id + ".txt";
    document.content = text;
    sink.OnDocument(std::move(document));
  }
}

TEST(StoreIngestTest, RepeatedIdsGetTheSuffixesAnalyzeGives) {
  const std::vector<std::pair<std::string, std::string>> batch1 = {
      {"a",
       "Council approves bridge\n\nThe council approved the new bridge on Monday after a "
       "long debate, the mayor said."},
      {"a",
       "Council approves bridge\n\nThe council approved the new bridge on Monday after a "
       "short debate, the mayor said."}};
  const std::vector<std::pair<std::string, std::string>> batch2 = {
      {"a",
       "Bridge approved\n\nThe council approved the bridge on Monday, and the mayor "
       "welcomed the vote."},
      {"a~2",
       "Work to start in spring\n\nBuilders said work on the bridge starts next spring, "
       "the company told reporters."}};
  for (std::string_view kind : kBackEnds) {
    SCOPED_TRACE(kind);
    std::unique_ptr<Store> store = NewStore(kind);
    for (const auto* batch : {&batch1, &batch2}) {
      StatusOr<std::unique_ptr<StoreIngest>> ingest = StoreIngest::Create(*store, {});
      ASSERT_TRUE(ingest.ok());
      Feed(**ingest, *batch);
      ASSERT_TRUE((*ingest)->Finish().ok());
    }
    Analyzer analyzer;
    Feed(analyzer, batch1);
    Feed(analyzer, batch2);
    const std::string analyzed = RenderReportJson(analyzer.Finish());
    EXPECT_EQ(store->DocumentIds().value(), (std::vector<std::string>{"a", "a~2", "a~3", "a~2~2"}));
    EXPECT_EQ(StoreJson(*store), analyzed);
  }
}

TEST(StoreIngestTest, SameDocumentTwiceInOneRunIsStoredOnceAndSkipsOnce) {
  for (std::string_view kind : kBackEnds) {
    SCOPED_TRACE(kind);
    std::unique_ptr<Store> store = NewStore(kind);
    StatusOr<std::unique_ptr<StoreIngest>> ingest = StoreIngest::Create(*store, {});
    ASSERT_TRUE(ingest.ok());
    std::vector<std::string> skipped;
    (*ingest)->set_skip_listener(
        [&](std::string_view input, const Status&) { skipped.emplace_back(input); });
    const std::string text =
        "Council approves bridge\n\nThe council approved the new bridge on Monday after a long "
        "debate, the mayor said.";
    Feed(**ingest, {{"a", text}, {"a", text}, {"empty", "   "}});
    (*ingest)->OnError("broken.gz", DataLossError("truncated gzip stream"));
    ASSERT_TRUE((*ingest)->Finish().ok());
    EXPECT_EQ((*ingest)->counts().added, 1u);
    EXPECT_EQ((*ingest)->counts().already_stored, 1u);
    EXPECT_EQ((*ingest)->counts().skipped, 2u);
    EXPECT_EQ(skipped, (std::vector<std::string>{"empty.txt", "broken.gz"}));
    StatusOr<StoredCorpus> corpus = store->Load();
    ASSERT_TRUE(corpus.ok());
    ASSERT_EQ(corpus->skipped.size(), 2u);
    EXPECT_EQ(corpus->skipped[1].input, "broken.gz");
    EXPECT_EQ(corpus->skipped[1].reason, "data_loss: truncated gzip stream");
  }
}

TEST(StoreIngestTest, BackEndsRefuseARepeatedIdAlike) {
  for (std::string_view kind : kBackEnds) {
    SCOPED_TRACE(kind);
    std::unique_ptr<Store> store = NewStore(kind);
    Article article;
    article.id = "a";
    EXPECT_TRUE(store->AddDocument(1, article, {}).ok());
    EXPECT_EQ(store->AddDocument(2, article, {}).code(), StatusCode::kInvalidArgument);
    EXPECT_TRUE(store->HasFingerprint(1).value());
    EXPECT_FALSE(store->HasFingerprint(2).value());
    EXPECT_EQ(store->DocumentCount().value(), 1u);
  }
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

// Publishing: the published report is what analyze gives, `report` reads it back byte for
// byte, and a second batch's publication logs what changed.
TEST(PublishStoreReportTest, PublishedReportEqualsAnalyzeAndLogsChanges) {
  const std::vector<std::string> paths = SeedPaths();
  for (std::string_view kind : kBackEnds) {
    SCOPED_TRACE(kind);
    std::unique_ptr<Store> store = NewStore(kind);
    Ingest(*store, std::span(paths).first(3), 1);
    StatusOr<bool> stale = PublicationIsStale(*store);
    ASSERT_TRUE(stale.ok());
    EXPECT_TRUE(*stale);
    PublishCounts first;
    ASSERT_TRUE(PublishStoreReport(*store, AnalyzeOptions{}, "2026-12-01T00:00:00Z", &first).ok());
    EXPECT_GT(first.stories, 0u);
    EXPECT_EQ(first.changes, first.stories);  // every story is new
    StatusOr<std::vector<ChangeRecord>> changes = store->ChangesSince("", "", 100);
    ASSERT_TRUE(changes.ok());
    for (const ChangeRecord& change : *changes) EXPECT_EQ(change.kind, "new_story");

    Ingest(*store, std::span(paths).subspan(3), 1);
    stale = PublicationIsStale(*store);
    ASSERT_TRUE(stale.ok());
    EXPECT_TRUE(*stale);
    ASSERT_TRUE(PublishStoreReport(*store, AnalyzeOptions{}, "2026-12-02T00:00:00Z").ok());
    stale = PublicationIsStale(*store);
    ASSERT_TRUE(stale.ok());
    EXPECT_FALSE(*stale);
    StatusOr<Report> report = ReportFromStore(*store, AnalyzeOptions{});
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(RenderReportJson(*report), AnalyzeJson(paths));
    changes = store->ChangesSince("2026-12-02", "", 100);
    ASSERT_TRUE(changes.ok());
    EXPECT_FALSE(changes->empty());  // the seeds are one story: it grew or was refounded
    for (const ChangeRecord& change : *changes) EXPECT_EQ(change.at, "2026-12-02T00:00:00Z");
  }
}

PublishedState StateWith(std::vector<std::pair<std::string, size_t>> stories,
                         std::vector<std::pair<std::string, PublishedState::Claim>> claims) {
  PublishedState state;
  state.at = "2026-12-01T00:00:00Z";
  state.story_documents = std::move(stories);
  state.claims = std::move(claims);
  return state;
}

TEST(ReportChangesTest, NamesNewStoriesGrowthNewClaimsStatusesAndStatements) {
  Report after;
  ReportStory grown;
  grown.id = "s1";
  grown.title = "Troops";
  grown.documents = {"a", "b", "c"};
  ReportClaim moved{"c1", "troops in Russia", "corroborated", "happening", {{}, {}}, 2};
  ReportClaim added{"c2", "number of troops", "single_source", "figure", {{}}, 1};
  ReportClaim more{"c3", "deaths", "single_source", "figure", {{}, {}, {}}, 1};
  ReportClaim same{"c4", "dates", "denied", "happening", {{}}, 1};
  grown.claims = {moved, added, more, same};
  ReportStory fresh;
  fresh.id = "s2";
  fresh.title = std::string(200, 'x');
  fresh.documents = {"d"};
  fresh.claims = {added};
  after.stories = {grown, fresh};
  const PublishedState before =
      StateWith({{"s1", 1}, {"s0", 4}}, {{"c1", {"s1", "single_source", 1}},
                                         {"c3", {"s1", "single_source", 1}},
                                         {"c4", {"s1", "denied", 1}}});
  const std::vector<ChangeRecord> changes = ReportChanges(before, after, "T");
  ASSERT_EQ(changes.size(), 5u);
  EXPECT_EQ(changes[0].kind, "story_grew");
  EXPECT_EQ(changes[0].text, "2 new documents in Troops");
  EXPECT_EQ(changes[1].kind, "status_changed");
  EXPECT_EQ(changes[1].claim, "c1");
  EXPECT_EQ(changes[1].text, "troops in Russia: single_source -> corroborated");
  EXPECT_EQ(changes[2].kind, "new_claim");
  EXPECT_EQ(changes[3].kind, "new_statement");
  EXPECT_EQ(changes[3].text, "deaths: 2 new statements");
  EXPECT_EQ(changes[4].kind, "new_story");
  EXPECT_EQ(changes[4].story, "s2");
  EXPECT_LT(changes[4].text.size(), 160u);  // a long title is cut
  for (const ChangeRecord& change : changes) EXPECT_EQ(change.at, "T");
}

}  // namespace
}  // namespace crosscheck
