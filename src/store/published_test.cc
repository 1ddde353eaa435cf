// The published report in the store: its codec round-trips every field and refuses damage; the
// SQLite and in-memory stores keep it alike (summaries, story pages with bodies, documents,
// the change log); full-text search finds what the reference word match finds; a version 1
// file gets its search index on upgrade.
#include "store/published.h"

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <random>
#include <set>
#include <string>

#include "base/build_id.h"
#include "store/codec.h"
#include "store/memory_store.h"
#include "store/postgres_store.h"
#include "store/codec_io.h"
#include "store/report_codec.h"
#include "store/sqlite_store.h"
#include "store/test_stores.h"

namespace crosscheck {
namespace {

ReportStory FullStory() {
  ReportStory story;
  story.id = "s0123456789";
  story.title =
      "Troops \xE2\x80\x9C"
      "arrive\xE2\x80\x9D";
  story.first_published = "2024-10-18";
  story.last_published = "2024-10-24";
  story.topic = "t1";
  story.related = {"s1", "s2"};
  story.documents = {"a", "b"};
  story.independent_sources = {{"g1", "a", {"a", "b"}}};
  story.entities = {{"e1", "Seoul", "place", {"South Korea's capital"}, {"city"}, {"a"}}};
  story.quotes = {{"e1", "Seoul", "We saw them", "direct", "2024-10-18", {"a"}, "said", ""}};
  ReportQuantity quantity;
  quantity.value = 1500;
  quantity.upper = 3000.5;
  quantity.approximation = "range";
  quantity.counts = "troops";
  quantity.text = "1,500 to 3,000.5 troops";
  quantity.attributed_to = "e1";
  quantity.attributed_to_name = "a source in the ministry";
  quantity.as_of = "2024-10-18";
  quantity.unit = "";
  quantity.expected_by = "2024-12";
  quantity.documents = {"a"};
  story.quantities = {quantity};
  ReportClaim claim;
  claim.id = "c1";
  claim.about = "number of troops";
  claim.status = "conflicting";
  claim.kind = "figure";
  claim.independent_support = -1;
  ReportStatement statement;
  statement.holder = "e1";
  statement.holder_name = "Seoul";
  statement.stance = "asserts";
  statement.date = "2024-10-18";
  statement.text = "1,500 troops";
  statement.value = 1500;
  statement.documents = {"a"};
  statement.origin = "g1";
  statement.unit = "people";
  statement.expected_by = "2024-12";
  claim.statements = {statement, ReportStatement{}};
  story.claims = {claim};
  story.timeline = {{"2024-10-18", "2024-10-19", "Troops arrive", {"a"}, "c1", "happening"}};
  return story;
}

ReportDocument FullDocument(const std::string& id, const std::string& story) {
  ReportDocument document;
  document.id = id;
  document.source = "seeds/" + id + ".txt";
  document.title = "Title of " + id;
  document.published = "2024-10-18";
  document.published_from = "text";
  document.outlet = "example.org";
  document.language = "en";
  document.url = "https://example.org/" + id;
  document.authors = {"A. Writer"};
  document.credits = {"Reuters"};
  document.story = story;
  document.syndication_group = "g1";
  document.duplicate_of = "";
  document.shared_passages = {{"b", "shared words", 0.75}};
  document.input_bytes = 1234;
  return document;
}

TEST(ReportCodecTest, EveryFieldRoundTrips) {
  const ReportStory story = FullStory();
  const std::string encoded = EncodeReportStory(story);
  StatusOr<ReportStory> decoded = DecodeReportStory(encoded);
  ASSERT_TRUE(decoded.ok()) << decoded.status().ToString();
  EXPECT_EQ(EncodeReportStory(*decoded), encoded);
  EXPECT_EQ(decoded->claims[0].statements[0].value, 1500);
  EXPECT_FALSE(decoded->claims[0].statements[1].value.has_value());
  EXPECT_EQ(decoded->quantities[0].upper, 3000.5);
  EXPECT_EQ(decoded->claims[0].independent_support, -1);
  EXPECT_EQ(decoded->title, story.title);

  ReportDocument document = FullDocument("a", "s1");
  document.body = "not stored";
  StatusOr<ReportDocument> back = DecodeReportDocument(EncodeReportDocument(document));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_TRUE(back->body.empty());
  back->body = document.body;
  EXPECT_EQ(EncodeReportDocument(*back), EncodeReportDocument(document));
  EXPECT_EQ(back->shared_passages[0].similarity, 0.75);

  StorySummary summary;
  summary.id = "s1";
  summary.statuses = {{"corroborated", 2}};
  summary.outlets = {"example.org"};
  summary.changed_at = "2026-12-06T23:00:00Z";
  StatusOr<StorySummary> summary_back = DecodeStorySummary(EncodeStorySummary(summary));
  ASSERT_TRUE(summary_back.ok());
  EXPECT_EQ(summary_back->statuses, summary.statuses);
  EXPECT_EQ(summary_back->changed_at, summary.changed_at);
}

TEST(ReportCodecTest, StoriesPublishedByTheFirstVersionStillRead) {
  // Version 1 wrote the same fields but a figure's attributed_to_name: a story without
  // figures is laid out alike, so its version-1 blob is this payload under version 1.
  ReportStory story = FullStory();
  story.quantities.clear();
  const std::string current = EncodeReportStory(story);
  ASSERT_EQ(static_cast<uint8_t>(current[0]), kReportCodecVersion);
  codec_internal::Writer writer;
  writer.Unsigned(1);
  writer.out() += current.substr(1, current.size() - 1 - 8);
  const std::string first_version = codec_internal::Seal(writer);
  StatusOr<ReportStory> decoded = DecodeReportStory(first_version);
  ASSERT_TRUE(decoded.ok()) << decoded.status().ToString();
  EXPECT_EQ(EncodeReportStory(*decoded), current);
  // A version this binary does not know yet is refused with a message.
  codec_internal::Writer future;
  future.Unsigned(kReportCodecVersion + 1);
  future.out() += current.substr(1, current.size() - 1 - 8);
  const StatusOr<ReportStory> refused = DecodeReportStory(codec_internal::Seal(future));
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.status().ToString().find("codec version"), std::string::npos);
}

TEST(ReportCodecTest, DamageIsAnErrorNeverACrash) {
  const std::string encoded = EncodeReportStory(FullStory());
  for (size_t size = 0; size < encoded.size(); ++size) {
    EXPECT_FALSE(DecodeReportStory(encoded.substr(0, size)).ok()) << size;
  }
  for (size_t at = 0; at < encoded.size(); ++at) {
    std::string damaged = encoded;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x20);
    EXPECT_FALSE(DecodeReportStory(damaged).ok()) << at;
  }
  // A document blob is not a story blob: the layouts differ and the decoder says so.
  EXPECT_FALSE(DecodeReportStory(EncodeReportDocument(FullDocument("a", "s"))).ok());
}

TEST(SearchWordsTest, SplitsLowersAndDropsRepeats) {
  EXPECT_EQ(SearchWords("Smith's TROOPS, troops: 1,500!"),
            (std::vector<std::string>{"smith", "s", "troops", "1", "500"}));
  EXPECT_EQ(SearchWords("\"a\" OR b* NEAR(c)"),
            (std::vector<std::string>{"a", "or", "b", "near", "c"}));
  EXPECT_EQ(SearchWords("Seoul\xEC\x84\x9C\xEC\x9A\xB8"),
            (std::vector<std::string>{"seoul", "\xEC\x84\x9C\xEC\x9A\xB8"}));
  EXPECT_TRUE(SearchWords(" ,.;").empty());
  EXPECT_EQ(SearchWords("a b c d e f g h i j k l m n o p q r s").size(), 16u);
}

TEST(SearchWordsTest, WholeWordsOnly) {
  EXPECT_TRUE(MatchesAllWords("North Korean troops", {"korean", "troops"}));
  EXPECT_FALSE(MatchesAllWords("North Korean troops", {"korea"}));
  EXPECT_FALSE(MatchesAllWords("North Korean troops", {"orean"}));
  EXPECT_TRUE(MatchesAllWords("(NATO)", {"nato"}));
  EXPECT_FALSE(MatchesAllWords("anything", {}));
}

TEST(SearchSnippetTest, AroundTheMatchOnCharacterBoundaries) {
  const std::string body =
      std::string(300, 'x') + " \xC3\xA9t\xC3\xA9 troops arrive\n" + std::string(300, 'y');
  const std::string snippet = SearchSnippet(body, {"troops"}, 60);
  EXPECT_NE(snippet.find("troops arrive "), std::string::npos) << snippet;
  EXPECT_EQ(snippet.rfind("\xE2\x80\xA6", 0), 0u);  // cut at the front
  EXPECT_EQ(snippet.find('\n'), std::string::npos);
  EXPECT_EQ(SearchSnippet("short text", {"absent"}), "short text");
}

// --- The store contract, for both back ends ---------------------------------------------

Article MakeArticle(const std::string& id, const std::string& title, const std::string& text) {
  Article article;
  article.id = id;
  article.title = title;
  article.blocks = {{BlockKind::kParagraph, text, 0, static_cast<uint32_t>(text.size())}};
  return article;
}

Report TwoStoryReport(const std::string& version) {
  Report report;
  report.version = version;
  for (const char* id : {"a", "b", "c"}) {
    ReportDocument document = FullDocument(id, std::string(id) == "c" ? "s2" : "s1");
    document.body = std::string("Body of ") + id;
    document.title = std::string("Title of ") + id;
    report.documents.push_back(document);
  }
  report.documents[2].outlet = "other.net";
  ReportStory first = FullStory();
  first.id = "s1";
  first.documents = {"a", "b"};
  ReportStory second;
  second.id = "s2";
  second.title = "Second";
  second.documents = {"c"};
  report.stories = {first, second};
  return report;
}

class PublishedStoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgres" && !HasTestPostgres()) {
      GTEST_SKIP() << "no PostgreSQL server (tests/postgres/with_postgres.sh starts one)";
    }
  }
  std::unique_ptr<Store> MakeStore() { return NewTestStore(GetParam()); }
};

TEST_P(PublishedStoreTest, KeepsTheReportItsSummariesAndChanges) {
  std::unique_ptr<Store> store = MakeStore();
  ASSERT_NE(store, nullptr);
  for (const char* id : {"a", "b", "c"}) {
    ASSERT_TRUE(store
                    ->AddDocument(std::hash<std::string>{}(id),
                                  MakeArticle(id, std::string("Title of ") + id,
                                              std::string("Body of ") + id),
                                  Annotations{})
                    .ok());
  }
  StatusOr<PublishedState> none = store->LoadPublishedState();
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->at.empty());
  StatusOr<std::optional<Report>> nothing = store->LoadPublishedReport();
  ASSERT_TRUE(nothing.ok());
  EXPECT_FALSE(nothing->has_value());

  const Report report = TwoStoryReport("9.9");
  ChangeRecord change;
  change.at = "2026-12-01T10:00:00Z";
  change.kind = "new_story";
  change.story = "s1";
  change.text = "new story";
  ASSERT_TRUE(store->PublishReport(report, "2026-12-01T10:00:00Z", {change}).ok());
  ASSERT_TRUE(store->Commit().ok());

  StatusOr<PublishedState> state = store->LoadPublishedState();
  ASSERT_TRUE(state.ok());
  EXPECT_EQ(state->at, "2026-12-01T10:00:00Z");
  EXPECT_EQ(state->version, "9.9");
  EXPECT_EQ(state->build, BuildId());
  EXPECT_EQ(state->documents, 3u);
  ASSERT_EQ(state->story_documents.size(), 2u);
  ASSERT_EQ(state->claims.size(), 1u);
  EXPECT_EQ(state->claims[0].second.status, "conflicting");
  EXPECT_EQ(state->claims[0].second.statements, 2u);

  StatusOr<std::optional<Report>> loaded = store->LoadPublishedReport();
  ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
  ASSERT_TRUE(loaded->has_value());
  ASSERT_EQ((*loaded)->documents.size(), 3u);
  EXPECT_EQ((*loaded)->documents[1].body, "Body of b");
  EXPECT_EQ(EncodeReportStory((*loaded)->stories[0]), EncodeReportStory(report.stories[0]));

  StatusOr<std::vector<StorySummary>> summaries = store->StorySummaries();
  ASSERT_TRUE(summaries.ok());
  ASSERT_EQ(summaries->size(), 2u);
  EXPECT_EQ((*summaries)[0].id, "s1");
  EXPECT_EQ((*summaries)[0].documents, 2u);
  EXPECT_EQ((*summaries)[0].statuses,
            (std::vector<std::pair<std::string, int>>{{"conflicting", 1}}));
  EXPECT_EQ((*summaries)[0].outlets, std::vector<std::string>{"example.org"});
  EXPECT_EQ((*summaries)[0].entities, std::vector<std::string>{"Seoul"});
  EXPECT_EQ((*summaries)[0].changed_at, "2026-12-01T10:00:00Z");

  StatusOr<std::optional<StoryPage>> page = store->LoadStory("s1");
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  ASSERT_TRUE(page->has_value());
  ASSERT_EQ((*page)->documents.size(), 2u);
  EXPECT_EQ((*page)->documents[0].id, "a");
  EXPECT_EQ((*page)->documents[0].body, "Body of a");
  StatusOr<std::optional<StoryPage>> second = store->LoadStory("s1", 1, 5);
  ASSERT_TRUE(second.ok() && second->has_value());
  ASSERT_EQ((*second)->documents.size(), 1u);
  EXPECT_EQ((*second)->first_document, 1u);
  EXPECT_EQ((*second)->documents[0].id, "b");
  EXPECT_EQ((*second)->story.documents.size(), 2u);  // the story itself is whole
  StatusOr<std::optional<StoryPage>> beyond = store->LoadStory("s1", 7, 5);
  ASSERT_TRUE(beyond.ok() && beyond->has_value());
  EXPECT_TRUE((*beyond)->documents.empty());
  EXPECT_EQ((*beyond)->first_document, 2u);
  StatusOr<std::optional<StoryPage>> missing = store->LoadStory("s9");
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());

  StatusOr<std::optional<ReportDocument>> document = store->LoadDocument("c");
  ASSERT_TRUE(document.ok());
  ASSERT_TRUE(document->has_value());
  EXPECT_EQ((*document)->story, "s2");
  EXPECT_EQ((*document)->body, "Body of c");

  StatusOr<std::vector<SearchHit>> hits = store->Search("title OF c", 10);
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].document, "c");
  EXPECT_EQ((*hits)[0].story, "s2");
  EXPECT_EQ((*hits)[0].title, "Title of c");
  EXPECT_EQ((*hits)[0].snippet, "Body of c");
  StatusOr<std::vector<SearchHit>> hostile = store->Search("\"body\" OR NEAR(* -", 10);
  ASSERT_TRUE(hostile.ok()) << hostile.status().ToString();

  // A second publication: s1 unchanged keeps its time, s2 changed gets the new one.
  Report next = report;
  next.stories[1].title = "Second, retitled";
  ChangeRecord later = change;
  later.at = "2026-12-02T10:00:00Z";
  later.story = "s2";
  ASSERT_TRUE(store->PublishReport(next, "2026-12-02T10:00:00Z", {later}).ok());
  ASSERT_TRUE(store->Commit().ok());
  summaries = store->StorySummaries();
  ASSERT_TRUE(summaries.ok());
  EXPECT_EQ((*summaries)[0].changed_at, "2026-12-01T10:00:00Z");
  EXPECT_EQ((*summaries)[1].changed_at, "2026-12-02T10:00:00Z");

  StatusOr<std::vector<ChangeRecord>> changes = store->ChangesSince("", "", 10);
  ASSERT_TRUE(changes.ok());
  ASSERT_EQ(changes->size(), 2u);
  EXPECT_EQ((*changes)[0].story, "s2");  // newest first
  EXPECT_GT((*changes)[0].seq, (*changes)[1].seq);
  // Views without data (a default std::string_view) are empty filters too, not SQL NULL.
  changes = store->ChangesSince(std::string_view(), std::string_view(), 10);
  ASSERT_TRUE(changes.ok());
  EXPECT_EQ(changes->size(), 2u);
  changes = store->ChangesSince("2026-12-02", "", 10);
  ASSERT_TRUE(changes.ok());
  EXPECT_EQ(changes->size(), 1u);
  changes = store->ChangesSince("", "s1", 10);
  ASSERT_TRUE(changes.ok());
  ASSERT_EQ(changes->size(), 1u);
  EXPECT_EQ((*changes)[0].at, "2026-12-01T10:00:00Z");
  changes = store->ChangesSince("", "", 1);
  ASSERT_TRUE(changes.ok());
  EXPECT_EQ(changes->size(), 1u);
}

TEST_P(PublishedStoreTest, RollbackDropsWhatWasNotCommitted) {
  std::unique_ptr<Store> store = MakeStore();
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->AddDocument(1, MakeArticle("a", "A", "kept words"), Annotations{}).ok());
  ASSERT_TRUE(store->AddSkipped("bad.txt", "why").ok());
  ASSERT_TRUE(store->Commit().ok());
  ASSERT_TRUE(store->AddDocument(2, MakeArticle("b", "B", "dropped words"), Annotations{}).ok());
  ASSERT_TRUE(store->AddSkipped("worse.txt", "why").ok());
  ASSERT_TRUE(store->Rollback().ok());
  EXPECT_EQ(*store->DocumentCount(), 1u);
  EXPECT_FALSE(*store->HasFingerprint(2));
  EXPECT_TRUE(store->Search("dropped", 10)->empty());
  StatusOr<StoredCorpus> corpus = store->Load();
  ASSERT_TRUE(corpus.ok());
  EXPECT_EQ(corpus->skipped.size(), 1u);
  // The same id can come again after a rollback.
  ASSERT_TRUE(store->AddDocument(2, MakeArticle("b", "B", "again"), Annotations{}).ok());
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(*store->DocumentCount(), 2u);
  EXPECT_TRUE(store->Rollback().ok());  // nothing open: nothing to do
}

INSTANTIATE_TEST_SUITE_P(EveryStore, PublishedStoreTest,
                         ::testing::Values("memory", "sqlite", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           return info.param;
                         });

// The full-text index finds exactly the documents the reference word match finds.
void ExpectSearchFindsWhatTheReferenceFinds(Store& indexed_store) {
  MemoryStore memory;
  const std::vector<std::string> vocabulary = {"troops", "Korea", "korean", "NATO", "seoul",
                                               "1,500",  "said",  "denied", "x",    "Smith's"};
  std::mt19937 random(7);
  const auto word = [&] { return vocabulary[random() % vocabulary.size()]; };
  for (int index = 0; index < 300; ++index) {
    std::string title = word() + " " + word();
    std::string text;
    for (int words = 0; words < 12; ++words) text += word() + (random() % 5 == 0 ? ". " : " ");
    const Article article = MakeArticle("d" + std::to_string(index), title, text);
    ASSERT_TRUE(indexed_store.AddDocument(index, article, Annotations{}).ok());
    ASSERT_TRUE(memory.AddDocument(index, article, Annotations{}).ok());
  }
  ASSERT_TRUE(indexed_store.Commit().ok());
  for (int query = 0; query < 200; ++query) {
    std::string text = word();
    if (query % 2 == 0) text += " " + word();
    if (query % 7 == 0) text += " " + word();
    StatusOr<std::vector<SearchHit>> indexed = indexed_store.Search(text, 1000);
    StatusOr<std::vector<SearchHit>> reference = memory.Search(text, 1000);
    ASSERT_TRUE(indexed.ok() && reference.ok());
    std::set<std::string> a, b;
    for (const SearchHit& hit : *indexed) a.insert(hit.document);
    for (const SearchHit& hit : *reference) b.insert(hit.document);
    EXPECT_EQ(a, b) << text;
  }
}

// A common word: only the kSearchRankedMatches most recent matches are ranked, best first.
void ExpectSearchRanksTheMostRecentMatches(Store& store) {
  const size_t total = kSearchRankedMatches + 100;
  for (size_t index = 0; index < total; ++index) {
    // The 100 oldest say it most often, so they would rank first if every match were ranked;
    // the newest says it three times: the best of the recent ones.
    std::string text = "common filler words here";
    if (index < 100) text = "common common common common common";
    if (index == total - 1) text = "common common common filler";
    ASSERT_TRUE(
        store.AddDocument(index + 1, MakeArticle("d" + std::to_string(index), "t", text), {}).ok());
  }
  ASSERT_TRUE(store.Commit().ok());
  StatusOr<std::vector<SearchHit>> hits = store.Search("common", 10);
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->size(), 10u);
  EXPECT_EQ((*hits)[0].document, "d" + std::to_string(total - 1));
  for (const SearchHit& hit : *hits) {
    EXPECT_GE(std::stoul(hit.document.substr(1)), 100u) << hit.document;
  }
}

TEST(SqliteSearchTest, RanksTheMostRecentMatches) {
  StatusOr<std::unique_ptr<SqliteStore>> sqlite =
      SqliteStore::Open(":memory:", SqliteStore::OpenMode::kCreate);
  ASSERT_TRUE(sqlite.ok());
  ExpectSearchRanksTheMostRecentMatches(**sqlite);
}

TEST(PostgresStoreTest, SearchRanksTheMostRecentMatches) {
  std::unique_ptr<PostgresStore> store = FreshPostgresStore();
  if (store == nullptr) GTEST_SKIP() << "no PostgreSQL server";
  ExpectSearchRanksTheMostRecentMatches(*store);
}

TEST(SqliteSearchTest, FindsWhatTheReferenceFinds) {
  StatusOr<std::unique_ptr<SqliteStore>> sqlite =
      SqliteStore::Open(":memory:", SqliteStore::OpenMode::kCreate);
  ASSERT_TRUE(sqlite.ok());
  ExpectSearchFindsWhatTheReferenceFinds(**sqlite);
}

TEST(PostgresStoreTest, SearchFindsWhatTheReferenceFinds) {
  std::unique_ptr<PostgresStore> store = FreshPostgresStore();
  if (store == nullptr) GTEST_SKIP() << "no PostgreSQL server";
  ExpectSearchFindsWhatTheReferenceFinds(*store);
}

// Text PostgreSQL refuses (NUL, invalid UTF-8) never fails a write; repeated ids are refused
// with the store's message; a store of another application is refused; a reader cannot write.
TEST(PostgresStoreTest, HostileTextRepeatsAndForeignSchemas) {
  std::unique_ptr<PostgresStore> store = FreshPostgresStore();
  if (store == nullptr) GTEST_SKIP() << "no PostgreSQL server";
  Article odd = MakeArticle(std::string("a\0b\xff", 4), "t\xc3", std::string("x\0y", 3));
  ASSERT_TRUE(store->AddDocument(1, odd, Annotations{}).ok());
  ASSERT_TRUE(store->AddSkipped(std::string("in\0put", 6), "why").ok());
  Status repeated = store->AddDocument(2, odd, Annotations{});
  EXPECT_EQ(repeated.code(), StatusCode::kInvalidArgument) << repeated.ToString();
  store.reset();
  store = FreshPostgresStore();
  ASSERT_TRUE(store->AddDocument(1, odd, Annotations{}).ok());
  ASSERT_TRUE(store->Commit().ok());
  StatusOr<StoredCorpus> corpus = store->Load();
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  ASSERT_EQ(corpus->articles.size(), 1u);
  EXPECT_EQ(corpus->articles[0].id, odd.id);  // the blob keeps the true bytes
  StatusOr<bool> has = store->HasFingerprint(1);
  ASSERT_TRUE(has.ok());
  EXPECT_TRUE(*has);

  const std::string url = std::getenv("CROSSCHECK_TEST_POSTGRES");
  StatusOr<std::unique_ptr<PostgresStore>> reader =
      PostgresStore::Open(url, PostgresStore::OpenMode::kExisting);
  ASSERT_TRUE(reader.ok());
  ASSERT_TRUE((*reader)->SetReadOnly().ok());
  EXPECT_FALSE((*reader)->AddSkipped("x", "y").ok());
  reader->reset();

  ASSERT_TRUE(store->DropEverything().ok());
  StatusOr<std::unique_ptr<PostgresStore>> missing =
      PostgresStore::Open(url, PostgresStore::OpenMode::kExisting);
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  ASSERT_TRUE(store->DropEverything().ok());
  store.reset();
  {
    StatusOr<std::unique_ptr<PostgresStore>> fresh =
        PostgresStore::Open(url, PostgresStore::OpenMode::kCreate);
    ASSERT_TRUE(fresh.ok());
  }
  // Someone else's schema called crosscheck: refused, untouched.
  PGconn* raw = PQconnectdb(url.c_str());
  ASSERT_EQ(PQstatus(raw), CONNECTION_OK);
  PQclear(PQexec(raw, "UPDATE crosscheck.meta SET value = 'other' WHERE key = 'application'"));
  PQfinish(raw);
  StatusOr<std::unique_ptr<PostgresStore>> foreign =
      PostgresStore::Open(url, PostgresStore::OpenMode::kCreate);
  ASSERT_FALSE(foreign.ok());
  EXPECT_NE(foreign.status().message().find("another application"), std::string::npos)
      << foreign.status().ToString();
}

TEST(PostgresStoreTest, PasswordsNeverShow) {
  EXPECT_EQ(HidePostgresPassword("postgresql://me:s3cret@host:5432/db"),
            "postgresql://me:***@host:5432/db");
  EXPECT_EQ(HidePostgresPassword("postgresql://host/db?user=me&password=s3cret&x=1"),
            "postgresql://host/db?user=me&password=***&x=1");
  EXPECT_EQ(HidePostgresPassword("postgresql://me@host/db"), "postgresql://me@host/db");
  StatusOr<std::unique_ptr<PostgresStore>> refused = PostgresStore::Open(
      "postgresql://me:s3cret@127.0.0.1:1/db?connect_timeout=2", PostgresStore::OpenMode::kCreate);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().message().find("s3cret"), std::string::npos)
      << refused.status().ToString();
}

// A version 1 file (before the index and the published report) is upgraded on open, and the
// documents it held are found by search.
TEST(SqliteSearchTest, UpgradingAVersionOneFileIndexesItsDocuments) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() /
                                     ("crosscheck_v1_upgrade." + std::to_string(getpid()) + ".db");
  std::filesystem::remove(path);
  const std::string blob = EncodeAnalyzedDocument(
      MakeArticle("old", "An old title", "Stored before the index"), Annotations{});
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(
      sqlite3_exec(db,
                   "CREATE TABLE documents (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
                   " fingerprint INTEGER NOT NULL, codec INTEGER NOT NULL, data BLOB NOT NULL);"
                   "CREATE INDEX documents_by_fingerprint ON documents(fingerprint);"
                   "CREATE TABLE skipped (seq INTEGER PRIMARY KEY, input TEXT NOT NULL UNIQUE,"
                   " reason TEXT NOT NULL);"
                   "PRAGMA application_id=1128485716; PRAGMA user_version=1;",
                   nullptr, nullptr, nullptr),
      SQLITE_OK)
      << sqlite3_errmsg(db);
  sqlite3_stmt* insert = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "INSERT INTO documents (id, fingerprint, codec, data) "
                               "VALUES ('old', 1, 1, ?)",
                               -1, &insert, nullptr),
            SQLITE_OK);
  sqlite3_bind_blob(insert, 1, blob.data(), static_cast<int>(blob.size()), SQLITE_STATIC);
  ASSERT_EQ(sqlite3_step(insert), SQLITE_DONE);
  sqlite3_finalize(insert);
  sqlite3_close(db);

  {
    StatusOr<std::unique_ptr<SqliteStore>> refused =
        SqliteStore::Open(path.string(), SqliteStore::OpenMode::kReadOnly);
    EXPECT_FALSE(refused.ok());  // a reader never upgrades
  }
  StatusOr<std::unique_ptr<SqliteStore>> store =
      SqliteStore::Open(path.string(), SqliteStore::OpenMode::kCreate);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  StatusOr<std::vector<SearchHit>> hits = (*store)->Search("stored index", 10);
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].document, "old");
  EXPECT_EQ((*hits)[0].story, "");  // not published yet
  store->reset();
  StatusOr<std::unique_ptr<SqliteStore>> reader =
      SqliteStore::Open(path.string(), SqliteStore::OpenMode::kReadOnly);
  ASSERT_TRUE(reader.ok()) << reader.status().ToString();
  EXPECT_FALSE((*reader)->AddSkipped("x", "y").ok());  // read-only
  reader->reset();
  std::filesystem::remove(path);
  std::filesystem::remove(path.string() + "-wal");
  std::filesystem::remove(path.string() + "-shm");
}

}  // namespace
}  // namespace crosscheck
