// Ingest into a store then report equals analyze: the seeds ingested in two batches give the
// report analyze gives on all five in the same order, byte for byte (ids included); ingesting
// them again adds nothing; a repeated id gets the suffix analyze would give it. One known
// difference, by design: the store lists a skipped input once however often it comes. Each
// test runs on both back ends (SQLite in memory, MemoryStore).
#include "pipeline/store_ingest.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include <sqlite3.h>

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

// The old path, kept as the reference: the whole report (BuildReport over Load), the whole
// list of changes (ReportChanges), one PublishReport.
void PublishWhole(Store& store, std::string_view at) {
  StatusOr<PublishedState> before = store.LoadPublishedState();
  ASSERT_TRUE(before.ok());
  StatusOr<StoredCorpus> corpus = store.Load();
  ASSERT_TRUE(corpus.ok());
  const Report report = BuildReport(std::move(corpus->articles), std::move(corpus->annotations),
                                    std::move(corpus->skipped), AnalyzeOptions{});
  ASSERT_TRUE(store.PublishReport(report, at, ReportChanges(*before, report, at)).ok());
  ASSERT_TRUE(store.Commit().ok());
}

// Every row of the publication's tables in a SQLite store file, one line a row, for equality.
std::string PublishedRows(const std::string& path) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  std::string rows;
  for (const char* sql :
       {"SELECT * FROM published_documents ORDER BY ord", "SELECT * FROM published_stories ORDER BY ord",
        "SELECT * FROM published_claims ORDER BY id",
        "SELECT seq, at, version, build, documents, skipped FROM publications ORDER BY seq",
        "SELECT * FROM changes ORDER BY seq"}) {
    sqlite3_stmt* select = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &select, nullptr), SQLITE_OK) << sql;
    rows += std::string(sql) + "\n";
    while (sqlite3_step(select) == SQLITE_ROW) {
      for (int column = 0; column < sqlite3_column_count(select); ++column) {
        const void* bytes = sqlite3_column_blob(select, column);
        const int size = sqlite3_column_bytes(select, column);
        rows += bytes != nullptr ? std::string(static_cast<const char*>(bytes), size) : "NULL";
        rows += '|';
      }
      rows += '\n';
    }
    sqlite3_finalize(select);
  }
  sqlite3_close(db);
  return rows;
}

// What a store gives of its publication through the Store interface, as one string.
std::string PublishedContents(Store& store) {
  std::string contents;
  StatusOr<std::optional<Report>> report = store.LoadPublishedReport();
  EXPECT_TRUE(report.ok() && report->has_value());
  if (report.ok() && *report) contents += RenderReportJson(**report);
  StatusOr<std::vector<StorySummary>> summaries = store.StorySummaries();
  EXPECT_TRUE(summaries.ok());
  for (const StorySummary& summary : summaries.value()) {
    contents += summary.id + "|" + summary.title + "|" + summary.topic + "|" +
                std::to_string(summary.documents) + "|" + summary.changed_at + "|";
    for (const std::string& outlet : summary.outlets) contents += outlet + ",";
    for (const auto& [status, count] : summary.statuses) {
      contents += status + "=" + std::to_string(count) + ",";
    }
    for (const std::string& entity : summary.entities) contents += entity + ",";
    contents += "\n";
  }
  StatusOr<PublishedState> state = store.LoadPublishedState();
  EXPECT_TRUE(state.ok());
  contents += state->at + "|" + state->version + "|" + state->build + "|" +
              std::to_string(state->documents) + "|" + std::to_string(state->skipped) + "\n";
  for (const auto& [id, documents] : state->story_documents) {
    contents += id + "=" + std::to_string(documents) + "\n";
  }
  for (const auto& [id, claim] : state->claims) {
    contents += id + "|" + claim.story + "|" + claim.status + "|" +
                std::to_string(claim.statements) + "\n";
  }
  StatusOr<std::vector<ChangeRecord>> changes = store.ChangesSince("", "", SIZE_MAX);
  EXPECT_TRUE(changes.ok());
  for (const ChangeRecord& change : changes.value()) {
    contents += std::to_string(change.seq) + "|" + change.at + "|" + change.kind + "|" +
                change.story + "|" + change.claim + "|" + change.text + "\n";
  }
  return contents;
}

// The streamed publication (PublishStoreReport: a shelf filled from LoadEach, the report
// written story by story with each story's changes) writes the rows the whole report's
// PublishReport writes: every table of a SQLite file compared row by row, and a MemoryStore
// through the interface, over two publications (the second with changes), with the shelf in
// memory and spilled from its first document.
TEST(PublishStoreReportTest, StreamedPublicationEqualsPublishingTheWholeReport) {
  const std::vector<std::string> paths = SeedPaths();
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("crosscheck_stream_publication_" +
                                                std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  for (const size_t spill_after : {SIZE_MAX, size_t{0}}) {
    SCOPED_TRACE("spill after " + std::to_string(spill_after));
    AnalyzeOptions options;
    options.shelf.spill_after_bytes = spill_after;
    options.shelf.spill_dir = dir.string();
    const std::string whole_path = (dir / "whole.db").string();
    const std::string streamed_path = (dir / "streamed.db").string();
    for (const std::string& path : {whole_path, streamed_path}) {
      std::filesystem::remove(path);
      std::filesystem::remove(path + "-wal");
      std::filesystem::remove(path + "-shm");
    }
    {
      StatusOr<std::unique_ptr<SqliteStore>> whole =
          SqliteStore::Open(whole_path, SqliteStore::OpenMode::kCreate);
      StatusOr<std::unique_ptr<SqliteStore>> streamed =
          SqliteStore::Open(streamed_path, SqliteStore::OpenMode::kCreate);
      ASSERT_TRUE(whole.ok() && streamed.ok());
      MemoryStore whole_memory;
      MemoryStore streamed_memory;
      const std::pair<size_t, const char*> batches[] = {{3, "2026-12-01T00:00:00Z"},
                                                        {paths.size(), "2026-12-02T00:00:00Z"}};
      size_t done = 0;
      for (const auto& [end, at] : batches) {
        const std::span<const std::string> batch = std::span(paths).subspan(done, end - done);
        done = end;
        for (Store* store : std::initializer_list<Store*>{whole->get(), streamed->get(),
                                                          &whole_memory, &streamed_memory}) {
          Ingest(*store, batch, 1);
        }
        PublishWhole(**whole, at);
        PublishWhole(whole_memory, at);
        PublishCounts counts;
        ASSERT_TRUE(PublishStoreReport(**streamed, options, at, &counts).ok());
        ASSERT_TRUE(PublishStoreReport(streamed_memory, options, at).ok());
        EXPECT_GT(counts.stories, 0u);
        EXPECT_EQ(PublishedContents(**streamed), PublishedContents(**whole));
        EXPECT_EQ(PublishedContents(streamed_memory), PublishedContents(whole_memory));
      }
      StatusOr<std::vector<ChangeRecord>> changes = (*streamed)->ChangesSince("2026-12-02", "", 100);
      ASSERT_TRUE(changes.ok());
      EXPECT_FALSE(changes->empty());
    }
    const std::string whole_rows = PublishedRows(whole_path);
    EXPECT_GT(whole_rows.size(), 1000u);
    EXPECT_EQ(PublishedRows(streamed_path), whole_rows);
  }
  std::filesystem::remove_all(dir);
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
