// Query: full text finds the stories of the documents that hold the words; entity, outlet,
// status and date filters narrow them; results render as JSON and as an escaped table.
#include "pipeline/query.h"

#include <gtest/gtest.h>

#include <string>

#include "store/memory_store.h"

namespace crosscheck {
namespace {

Article MakeArticle(const std::string& id, const std::string& title, const std::string& text) {
  Article article;
  article.id = id;
  article.title = title;
  article.blocks = {{BlockKind::kParagraph, text, 0, static_cast<uint32_t>(text.size())}};
  return article;
}

// Two stories: s1 (a, b: troops, Seoul, corroborated, October) and s2 (c: harvest, later).
class QueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::pair<const char*, const char*> texts[] = {
        {"a", "Troops arrive in Russia, Seoul says"},
        {"b", "More troops, Seoul's spy agency says"},
        {"c", "The harvest was good this year"}};
    Report report;
    for (const auto& [id, text] : texts) {
      ASSERT_TRUE(
          store_
              .AddDocument(id[0], MakeArticle(id, std::string("Title ") + id, text), Annotations{})
              .ok());
      ReportDocument document;
      document.id = id;
      document.story = std::string(id) == "c" ? "s2" : "s1";
      document.outlet = std::string(id) == "b" ? "wire.example" : "news.example";
      report.documents.push_back(document);
    }
    ReportStory troops;
    troops.id = "s1";
    troops.title = "Troops \x1b[31marrive";
    troops.first_published = "2024-10-18";
    troops.last_published = "2024-10-24";
    troops.documents = {"a", "b"};
    troops.entities = {{"e1", "Seoul", "place", {}, {}, {"a", "b"}}};
    troops.claims = {{"c1", "troops in Russia", "corroborated", "happening", {}, 2}};
    ReportStory harvest;
    harvest.id = "s2";
    harvest.title = "Harvest";
    harvest.first_published = "2025-03-01";
    harvest.last_published = "2025-03-01";
    harvest.documents = {"c"};
    harvest.claims = {{"c2", "harvest", "single_source", "happening", {}, 1}};
    report.stories = {troops, harvest};
    ASSERT_TRUE(store_.PublishReport(report, "2026-12-01T00:00:00Z", {}).ok());
  }

  QueryResult Run(StoryQuery query) {
    StatusOr<QueryResult> result = QueryStore(store_, query);
    EXPECT_TRUE(result.ok()) << result.status().ToString();
    return result.ok() ? *result : QueryResult{};
  }

  MemoryStore store_;
};

// A query with some fields set: With({{&StoryQuery::text, "troops"}}).
StoryQuery With(std::initializer_list<std::pair<std::string StoryQuery::*, const char*>> fields,
                size_t limit = 20) {
  StoryQuery query;
  for (const auto& field : fields) query.*(field.first) = field.second;
  query.limit = limit;
  return query;
}

std::vector<std::string> Ids(const QueryResult& result) {
  std::vector<std::string> ids;
  for (const StorySummary& story : result.stories) ids.push_back(story.id);
  return ids;
}

TEST_F(QueryTest, EveryStoryWithoutText) {
  EXPECT_EQ(Ids(Run(With({}))), (std::vector<std::string>{"s1", "s2"}));
}

TEST_F(QueryTest, TextFindsDocumentsAndTheirStories) {
  const QueryResult result = Run(With({{&StoryQuery::text, "SEOUL troops"}}));
  EXPECT_EQ(Ids(result), std::vector<std::string>{"s1"});
  ASSERT_EQ(result.documents.size(), 2u);
  EXPECT_EQ(result.documents[0].story, "s1");
  EXPECT_TRUE(Run(With({{&StoryQuery::text, "seoul harvest"}})).stories.empty());
  EXPECT_EQ(Ids(Run(With({{&StoryQuery::text, "title"}}))), (std::vector<std::string>{"s1", "s2"}));
}

TEST_F(QueryTest, FiltersNarrowTheStories) {
  EXPECT_EQ(Ids(Run(With({{&StoryQuery::entity, "seo"}}))), std::vector<std::string>{"s1"});
  EXPECT_EQ(Ids(Run(With({{&StoryQuery::outlet, "WIRE"}}))), std::vector<std::string>{"s1"});
  EXPECT_EQ(Ids(Run(With({{&StoryQuery::status, "single_source"}}))),
            std::vector<std::string>{"s2"});
  EXPECT_EQ(Ids(Run(With({{&StoryQuery::from, "2025"}}))), std::vector<std::string>{"s2"});
  EXPECT_EQ(Ids(Run(With({{&StoryQuery::to, "2024-10"}}))), std::vector<std::string>{"s1"});
  EXPECT_EQ(Ids(Run(With({{&StoryQuery::from, "2024-10-20"}, {&StoryQuery::to, "2024-10-21"}}))),
            std::vector<std::string>{"s1"});
  EXPECT_TRUE(
      Run(With({{&StoryQuery::from, "2024-10-25"}, {&StoryQuery::to, "2025-02"}})).stories.empty());
  const QueryResult filtered =
      Run(With({{&StoryQuery::text, "title"}, {&StoryQuery::status, "corroborated"}}));
  EXPECT_EQ(Ids(filtered), std::vector<std::string>{"s1"});
  EXPECT_EQ(filtered.documents.size(), 2u);  // c belongs to a story the filter drops
}

TEST_F(QueryTest, LimitCountsWhatItLeavesOut) {
  const QueryResult result = Run(With({}, 1));
  EXPECT_EQ(result.stories.size(), 1u);
  EXPECT_EQ(result.matching_stories, 2u);
  EXPECT_NE(QueryResultTable(result).find("1 more stories match"), std::string::npos);
}

TEST_F(QueryTest, BadQueriesAreErrors) {
  EXPECT_FALSE(QueryStore(store_, With({{&StoryQuery::status, "true"}})).ok());
  EXPECT_FALSE(QueryStore(store_, With({}, 0)).ok());
}

TEST_F(QueryTest, OutputsEscapeInput) {
  const QueryResult result = Run(With({{&StoryQuery::text, "troops"}}));
  const std::string table = QueryResultTable(result);
  EXPECT_EQ(table.find('\x1b'), std::string::npos) << table;
  EXPECT_NE(table.find("1 corroborated"), std::string::npos) << table;
  const std::string json = QueryResultJson(result);
  EXPECT_EQ(json.find('\x1b'), std::string::npos);
  EXPECT_NE(json.find("\"claims\":{\"corroborated\":1}"), std::string::npos) << json;
  EXPECT_NE(json.find("\"matching_stories\":1"), std::string::npos) << json;
  ChangeRecord change{3, "2026-12-01T00:00:00Z", "new_story", "s1", "", "new story: \x07x"};
  EXPECT_EQ(ChangesTable({change}).find('\x07'), std::string::npos);
  EXPECT_NE(ChangesJson({change}).find("\"claim\":null"), std::string::npos);
  EXPECT_EQ(ChangesTable({}), "no changes\n");
}

}  // namespace
}  // namespace crosscheck
