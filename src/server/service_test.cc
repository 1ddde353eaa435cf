// The routes without sockets: Service::Handle on made-up requests over a FakeStore.
#include "server/service.h"

#include <gtest/gtest.h>

#include "server/fake_store_test_util.h"

namespace crosscheck {
namespace {

using testing::FakeStore;

class ServiceTest : public ::testing::Test {
 protected:
  ServiceTest()
      : pool_(
            [this]() -> StatusOr<std::unique_ptr<Store>> {
              auto store = std::make_unique<FakeStore>();
              store->fail = broken_;
              last_opened_ = store.get();
              return std::unique_ptr<Store>(std::move(store));
            },
            4) {}

  std::unique_ptr<Service> Make(ServiceOptions options = {}) {
    options.now_utc = [] { return std::string("2026-12-07T00:00:00Z"); };
    return std::make_unique<Service>(pool_, nullptr, std::move(options));
  }

  static HttpRequest Get(std::string path,
                         std::vector<std::pair<std::string, std::string>> query = {}) {
    HttpRequest request;
    request.method = "GET";
    request.path = std::move(path);
    request.query = std::move(query);
    request.client = "127.0.0.1";
    return request;
  }

  bool broken_ = false;
  FakeStore* last_opened_ = nullptr;
  StorePool pool_;
};

bool Has(const std::string& text, std::string_view what) {
  return text.find(what) != std::string::npos;
}

TEST_F(ServiceTest, ListsStoriesWithFiltersAndPages) {
  auto service = Make();
  HttpResponse all = service->Handle(Get("/api/stories"));
  EXPECT_EQ(all.status, 200);
  EXPECT_EQ(all.content_type, "application/json");
  EXPECT_TRUE(Has(all.body, "\"total\":2")) << all.body;
  EXPECT_TRUE(Has(all.body, "\"claims\":{\"corroborated\":1,\"single_source\":2}")) << all.body;

  EXPECT_TRUE(
      Has(service->Handle(Get("/api/stories", {{"status", "corroborated"}})).body, "\"total\":1"));
  EXPECT_TRUE(Has(service->Handle(Get("/api/stories", {{"outlet", "bbc"}})).body, "\"id\":\"s2\""));
  HttpResponse by_entity = service->Handle(Get("/api/stories", {{"q", "lind QUAKE"}}));
  EXPECT_TRUE(Has(by_entity.body, "\"total\":1") && Has(by_entity.body, "\"id\":\"s1\""));
  EXPECT_TRUE(Has(service->Handle(Get("/api/stories", {{"q", "nowhere"}})).body, "\"total\":0,"));

  HttpResponse second = service->Handle(Get("/api/stories", {{"limit", "1"}, {"offset", "1"}}));
  EXPECT_TRUE(Has(second.body, "\"id\":\"s2\"") && !Has(second.body, "\"id\":\"s1\""));
  EXPECT_EQ(service->Handle(Get("/api/stories", {{"limit", "-1"}})).status, 400);
  EXPECT_EQ(service->Handle(Get("/api/stories", {{"offset", "1x"}})).status, 400);
  // Past the end: an empty page, not an error.
  EXPECT_TRUE(
      Has(service->Handle(Get("/api/stories", {{"offset", "99999999999999999999999"}})).body,
          "\"stories\":[]"));
}

TEST_F(ServiceTest, StoryAndDocumentInTheReportShape) {
  auto service = Make();
  HttpResponse story = service->Handle(Get("/api/stories/s1"));
  EXPECT_EQ(story.status, 200);
  EXPECT_TRUE(Has(story.body, "\"version\"") && Has(story.body, "\"stories\"") &&
              Has(story.body, "\"documents\""));
  EXPECT_TRUE(Has(story.body, "\"id\": \"d1\"") && Has(story.body, "\"id\": \"d2\"") &&
              !Has(story.body, "\"id\": \"d3\""))
      << story.body;
  // Its documents a page at a time, the story whole.
  HttpResponse paged = service->Handle(Get("/api/stories/s1", {{"limit", "1"}, {"offset", "1"}}));
  EXPECT_EQ(paged.status, 200);
  EXPECT_TRUE(Has(paged.body, "\"id\": \"d2\"") && !Has(paged.body, "\"id\": \"d1\","))
      << paged.body;
  EXPECT_TRUE(Has(paged.body, "\"d1\",\n"));  // still in the story's own list
  ASSERT_EQ(paged.headers.size(), 1u);
  EXPECT_EQ(paged.headers[0], std::make_pair(std::string("X-Total-Count"), std::string("2")));
  HttpResponse first = service->Handle(Get("/api/stories/s1", {{"limit", "1"}}));
  ASSERT_EQ(first.headers.size(), 2u);
  EXPECT_EQ(first.headers[1].second, "</api/stories/s1?limit=1&offset=1>; rel=\"next\"");
  EXPECT_EQ(service->Handle(Get("/api/stories/s1", {{"limit", "x"}})).status, 400);

  HttpResponse missing = service->Handle(Get("/api/stories/nope"));
  EXPECT_EQ(missing.status, 404);
  EXPECT_TRUE(Has(missing.body, "{\"error\":\"no such story: nope\"}"));

  HttpResponse document = service->Handle(Get("/api/documents/d3"));
  EXPECT_EQ(document.status, 200);
  EXPECT_TRUE(Has(document.body, "Body of d3 with <tags> & words."));
  EXPECT_EQ(service->Handle(Get("/api/documents/d9")).status, 404);
}

TEST_F(ServiceTest, SearchAndChanges) {
  auto service = Make();
  HttpResponse hits = service->Handle(Get("/api/search", {{"q", "words"}, {"limit", "2"}}));
  EXPECT_EQ(hits.status, 200);
  EXPECT_TRUE(Has(hits.body, "\"query\":\"words\",\"hits\":[{\"document\":\"d1\"")) << hits.body;
  EXPECT_FALSE(Has(hits.body, "\"d3\""));  // limit 2
  EXPECT_EQ(service->Handle(Get("/api/search")).status, 400);
  EXPECT_EQ(service->Handle(Get("/api/search", {{"q", "  "}})).status, 400);

  HttpResponse changes = service->Handle(Get("/api/changes", {{"since", "2026-12-06"}}));
  EXPECT_EQ(changes.status, 200);
  EXPECT_TRUE(Has(changes.body, "\"seq\":2") && !Has(changes.body, "\"seq\":1")) << changes.body;
  HttpResponse one_story = service->Handle(Get("/api/changes", {{"story", "s2"}}));
  EXPECT_TRUE(Has(one_story.body, "\"seq\":1") && !Has(one_story.body, "\"seq\":2"));
}

TEST_F(ServiceTest, HtmlPagesEscapeAndLink) {
  auto service = Make();
  HttpResponse index = service->Handle(Get("/"));
  EXPECT_EQ(index.status, 200);
  EXPECT_EQ(index.content_type, "text/html; charset=utf-8");
  EXPECT_TRUE(Has(index.body, "<a href=\"/stories/s1\">Quake &lt;strikes&gt; coastal town</a>"))
      << index.body;
  EXPECT_FALSE(Has(index.body, "<strikes>"));
  EXPECT_TRUE(Has(index.body, "href=\"/feed.atom\""));
  HttpResponse filtered = service->Handle(Get("/", {{"q", "\"><script>"}}));
  EXPECT_FALSE(Has(filtered.body, "<script>"));
  EXPECT_TRUE(Has(filtered.body, "No story matches."));

  HttpResponse story = service->Handle(Get("/stories/s1"));
  EXPECT_EQ(story.status, 200);
  EXPECT_TRUE(Has(story.body, "<a href=\"/\">← all stories</a>"));
  EXPECT_TRUE(Has(story.body, "/stories/s1/feed.atom"));
  EXPECT_TRUE(Has(story.body, "Body of d1 with &lt;tags&gt; &amp; words."));
  EXPECT_EQ(service->Handle(Get("/stories/nope")).status, 404);
}

TEST_F(ServiceTest, AtomFeeds) {
  ServiceOptions options;
  options.base_url = "http://127.0.0.1:9";
  auto service = Make(options);
  HttpResponse feed = service->Handle(Get("/feed.atom"));
  EXPECT_EQ(feed.status, 200);
  EXPECT_EQ(feed.content_type, "application/atom+xml; charset=utf-8");
  EXPECT_TRUE(Has(feed.body, "<title>Status changed: Quake &lt;strikes&gt; coastal town</title>"))
      << feed.body;
  EXPECT_TRUE(Has(feed.body, "<title>New story: Budget vote delayed</title>"));
  EXPECT_TRUE(Has(feed.body, "href=\"http://127.0.0.1:9/stories/s1\""));

  HttpResponse story_feed = service->Handle(Get("/stories/s2/feed.atom"));
  EXPECT_EQ(story_feed.status, 200);
  EXPECT_TRUE(Has(story_feed.body, "<title>crosscheck: Budget vote delayed</title>"));
  EXPECT_FALSE(Has(story_feed.body, "Status changed"));
  EXPECT_EQ(service->Handle(Get("/stories/nope/feed.atom")).status, 404);
}

TEST_F(ServiceTest, UnknownRoutesAndMethods) {
  auto service = Make();
  HttpResponse unknown = service->Handle(Get("/api/nothing"));
  EXPECT_EQ(unknown.status, 404);
  EXPECT_EQ(unknown.content_type, "application/json");
  HttpRequest post = Get("/api/stories");
  post.method = "POST";
  HttpResponse refused = service->Handle(post);
  EXPECT_EQ(refused.status, 405);
  ASSERT_EQ(refused.headers.size(), 1u);
  EXPECT_EQ(refused.headers[0].first, "Allow");
  EXPECT_EQ(service->Handle(Get("/api/documents")).status, 405);
}

TEST_F(ServiceTest, WritesNeedTheToken) {
  HttpRequest upload = Get("/api/documents");
  upload.method = "POST";
  upload.body = "{\"id\": \"x\", \"text\": \"Some text.\"}\n";
  {
    auto read_only = Make();
    HttpResponse refused = read_only->Handle(upload);
    EXPECT_EQ(refused.status, 403);
    EXPECT_TRUE(Has(refused.body, "--token")) << refused.body;
  }
  ServiceOptions options;
  options.token = "s3cret";
  auto service = Make(options);
  EXPECT_EQ(service->Handle(upload).status, 401);
  upload.authorization = "Bearer wrong";
  EXPECT_EQ(service->Handle(upload).status, 401);
  upload.authorization = "Bearer s3cret";
  // The right token gets past the check; this service has no write connection.
  EXPECT_EQ(service->Handle(upload).status, 503);
  upload.body = "  \n";
  EXPECT_EQ(service->Handle(upload).status, 400);
}

TEST_F(ServiceTest, RateLimitAnswers429WithRetryAfter) {
  ServiceOptions options;
  options.rate = {.per_second = 0.001, .burst = 2, .max_clients = 100};
  auto service = Make(options);
  EXPECT_EQ(service->Handle(Get("/api/stories")).status, 200);
  EXPECT_EQ(service->Handle(Get("/api/stories")).status, 200);
  HttpResponse limited = service->Handle(Get("/api/stories"));
  EXPECT_EQ(limited.status, 429);
  ASSERT_EQ(limited.headers.size(), 1u);
  EXPECT_EQ(limited.headers[0].first, "Retry-After");
  HttpRequest other = Get("/api/stories");
  other.client = "10.0.0.2";
  EXPECT_EQ(service->Handle(other).status, 200);
}

TEST_F(ServiceTest, StoreErrorsAre500WithTheMessage) {
  broken_ = true;
  auto service = Make();
  for (const char* path : {"/api/stories", "/api/stories/s1", "/api/documents/d1", "/",
                           "/stories/s1", "/feed.atom", "/api/changes"}) {
    HttpResponse response = service->Handle(Get(path));
    EXPECT_EQ(response.status, 500) << path;
    EXPECT_TRUE(Has(response.body, "fake.db: disk I/O error")) << path << response.body;
  }
  EXPECT_EQ(service->Handle(Get("/api/search", {{"q", "x"}})).status, 500);
  // A connection that failed is not kept for the next request.
  EXPECT_EQ(pool_.idle_count(), 0u);
}

}  // namespace
}  // namespace crosscheck
