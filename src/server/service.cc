#include "server/service.h"

#include <algorithm>
#include <charconv>
#include <exception>
#include <optional>
#include <unordered_map>
#include <utility>

#include "ingest/reader.h"
#include "pipeline/query.h"
#include "pipeline/store_ingest.h"
#include "report/report_writers.h"
#include "server/atom.h"
#include "server/auth.h"
#include "server/markup.h"
#include "server/pages.h"

namespace crosscheck {
namespace {

constexpr std::string_view kJson = "application/json";
constexpr std::string_view kHtml = "text/html; charset=utf-8";
constexpr std::string_view kAtom = "application/atom+xml; charset=utf-8";
// The name uploads are read under: its extension makes them JSONL, its stem names records
// without an id ("upload:3").
constexpr std::string_view kUploadName = "upload.jsonl";

HttpResponse Answer(int status, std::string_view content_type, std::string body) {
  HttpResponse response;
  response.status = status;
  response.content_type = std::string(content_type);
  response.body = std::move(body);
  return response;
}

HttpResponse JsonError(int status, std::string_view message) {
  return Answer(status, kJson, ErrorJson(message));
}

// A store that failed: the message says which store and what went wrong.
HttpResponse StoreError(const Status& status) {
  return JsonError(500, "store error: " + status.ToString());
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

// A count parameter: absent -> `fallback`; digits -> at most `max`; anything else -> false.
bool ParseCount(std::string_view text, size_t fallback, size_t max, size_t& value) {
  if (text.empty()) {
    value = fallback;
    return true;
  }
  size_t parsed = 0;
  const auto result = std::from_chars(text.data(), text.data() + text.size(), parsed);
  if (result.ec == std::errc::result_out_of_range) {
    value = max;
    return result.ptr == text.data() + text.size();
  }
  if (result.ec != std::errc() || result.ptr != text.data() + text.size()) return false;
  value = std::min(parsed, max);
  return true;
}

// Collects an upload's skipped records for the answer.
struct SkipCollector {
  std::vector<std::pair<std::string, std::string>> listed;
  void Add(std::string_view input, const Status& status) {
    if (listed.size() < kMaxSkippedListed) listed.emplace_back(input, status.ToString());
  }
};

}  // namespace

Service::Service(StorePool& readers, std::unique_ptr<Store> writer, ServiceOptions options)
    : readers_(readers),
      options_(std::move(options)),
      limiter_(options_.rate),
      writer_(std::move(writer)) {
  if (!options_.now_utc) options_.now_utc = &UtcNow;
}

HttpResponse Service::Handle(const HttpRequest& request) {
  int retry_after = 1;
  if (!limiter_.Allow(request.client, &retry_after)) {
    HttpResponse response = JsonError(429, "too many requests; retry later");
    response.headers.emplace_back("Retry-After", std::to_string(retry_after));
    return response;
  }
  try {
    return Route(request);
  } catch (const std::exception& error) {
    // Only allocation failures can get here; the request fails, the server goes on.
    return JsonError(500, std::string("internal error: ") + error.what());
  }
}

HttpResponse Service::Route(const HttpRequest& request) {
  const std::string_view path = request.path;
  const bool get = request.method == "GET" || request.method == "HEAD";
  const bool post = request.method == "POST";
  const auto only = [&](bool allowed, std::string_view allow) -> std::optional<HttpResponse> {
    if (allowed) return std::nullopt;
    HttpResponse response = JsonError(405, "method not allowed here; use " + std::string(allow));
    response.headers.emplace_back("Allow", std::string(allow));
    return response;
  };
  constexpr std::string_view kStories = "/api/stories/";
  constexpr std::string_view kDocuments = "/api/documents/";
  constexpr std::string_view kStoryPages = "/stories/";
  constexpr std::string_view kFeedSuffix = "/feed.atom";
  if (path == "/api/stories") {
    if (auto refused = only(get, "GET")) return *refused;
    return ListStories(request, /*html=*/false);
  }
  if (StartsWith(path, kStories) && path.size() > kStories.size()) {
    if (auto refused = only(get, "GET")) return *refused;
    return GetStory(request, path.substr(kStories.size()), /*html=*/false);
  }
  if (path == "/api/documents") {
    if (auto refused = only(post, "POST")) return *refused;
    return Upload(request);
  }
  if (StartsWith(path, kDocuments) && path.size() > kDocuments.size()) {
    if (auto refused = only(get, "GET")) return *refused;
    return GetDocument(path.substr(kDocuments.size()));
  }
  if (path == "/api/search") {
    if (auto refused = only(get, "GET")) return *refused;
    return SearchDocuments(request);
  }
  if (path == "/api/changes") {
    if (auto refused = only(get, "GET")) return *refused;
    return ListChanges(request);
  }
  if (path == "/") {
    if (auto refused = only(get, "GET")) return *refused;
    return ListStories(request, /*html=*/true);
  }
  if (path == "/feed.atom") {
    if (auto refused = only(get, "GET")) return *refused;
    return Feed("");
  }
  if (StartsWith(path, kStoryPages) && path.size() > kStoryPages.size()) {
    if (auto refused = only(get, "GET")) return *refused;
    std::string_view rest = path.substr(kStoryPages.size());
    if (rest.size() > kFeedSuffix.size() &&
        rest.substr(rest.size() - kFeedSuffix.size()) == kFeedSuffix) {
      return Feed(rest.substr(0, rest.size() - kFeedSuffix.size()));
    }
    return GetStory(request, rest, /*html=*/true);
  }
  return JsonError(404, "no such route: " + std::string(path));
}

HttpResponse Service::ListStories(const HttpRequest& request, bool html) {
  size_t limit = 0, offset = 0;
  if (!ParseCount(request.Param("limit"), kDefaultStoryLimit, kMaxStoryLimit, limit) ||
      !ParseCount(request.Param("offset"), 0, SIZE_MAX, offset)) {
    return JsonError(400, "limit and offset must be whole numbers");
  }
  if (limit == 0) limit = kDefaultStoryLimit;
  StoryFilter filter{.words = std::string(request.Param("q")),
                     .status = std::string(request.Param("status")),
                     .outlet = std::string(request.Param("outlet"))};
  StatusOr<StorePool::Lease> store = readers_.Acquire();
  if (!store.ok()) return StoreError(store.status());
  StatusOr<std::vector<StorySummary>> summaries = (*store)->StorySummaries();
  if (!summaries.ok()) {
    store->Discard();
    return StoreError(summaries.status());
  }
  std::vector<const StorySummary*> matching;
  for (const StorySummary& story : *summaries) {
    if (MatchesFilter(story, filter)) matching.push_back(&story);
  }
  const size_t first = std::min(offset, matching.size());
  const size_t last = std::min(matching.size(), first + limit);
  std::vector<const StorySummary*> page(matching.begin() + first, matching.begin() + last);
  if (!html) return Answer(200, kJson, StoryListJson(page, matching.size(), offset, limit));
  IndexPage index{.stories = std::move(page),
                  .total = matching.size(),
                  .offset = first,
                  .limit = limit,
                  .filter = std::move(filter),
                  .published_at = ""};
  for (const StorySummary& story : *summaries)
    index.published_at = std::max(index.published_at, story.changed_at);
  return Answer(200, kHtml, RenderStoryIndexPage(index));
}

HttpResponse Service::GetStory(const HttpRequest& request, std::string_view id, bool html) {
  size_t limit = 0, offset = 0;
  if (!html &&
      (!ParseCount(request.Param("limit"), kDefaultStoryDocuments, kMaxStoryDocuments, limit) ||
       !ParseCount(request.Param("offset"), 0, SIZE_MAX, offset))) {
    return JsonError(400, "limit and offset must be whole numbers");
  }
  StatusOr<StorePool::Lease> store = readers_.Acquire();
  if (!store.ok()) return StoreError(store.status());
  // JSON: the story whole, its documents a page at a time (only that page is read from the
  // store): a story of thousands of reprints would be hundreds of MB. HTML: the first
  // kHtmlStoryDocuments documents, whose sentences the page's items link to.
  const size_t first = html ? 0 : offset;
  const size_t count = html ? kHtmlStoryDocuments : (limit == 0 ? kDefaultStoryDocuments : limit);
  StatusOr<std::optional<StoryPage>> story = (*store)->LoadStory(id, first, count);
  if (!story.ok()) {
    store->Discard();
    return StoreError(story.status());
  }
  if (!story->has_value()) return JsonError(404, "no such story: " + std::string(id));
  if (html) return Answer(200, kHtml, RenderStoryPage(**story, CROSSCHECK_VERSION));
  const size_t total = (*story)->story.documents.size();
  const size_t last = (*story)->first_document + (*story)->documents.size();
  HttpResponse response =
      Answer(200, kJson, RenderReportJson(StoryReport(**story, CROSSCHECK_VERSION)));
  response.headers.emplace_back("X-Total-Count", std::to_string(total));
  if (last < total) {
    response.headers.emplace_back(
        "Link", "</api/stories/" + PercentEncodeSegment(id) + "?limit=" + std::to_string(count) +
                    "&offset=" + std::to_string(last) + ">; rel=\"next\"");
  }
  return response;
}

HttpResponse Service::GetDocument(std::string_view id) {
  StatusOr<StorePool::Lease> store = readers_.Acquire();
  if (!store.ok()) return StoreError(store.status());
  StatusOr<std::optional<ReportDocument>> document = (*store)->LoadDocument(id);
  if (!document.ok()) {
    store->Discard();
    return StoreError(document.status());
  }
  if (!document->has_value()) return JsonError(404, "no such document: " + std::string(id));
  Report report;
  report.version = CROSSCHECK_VERSION;
  report.documents.push_back(std::move(**document));
  return Answer(200, kJson, RenderReportJson(report));
}

HttpResponse Service::SearchDocuments(const HttpRequest& request) {
  const std::string_view query = request.Param("q");
  size_t limit = 0;
  if (!ParseCount(request.Param("limit"), kDefaultSearchLimit, kMaxSearchLimit, limit)) {
    return JsonError(400, "limit must be a whole number");
  }
  if (query.find_first_not_of(" \t") == std::string_view::npos) {
    return JsonError(400, "search needs words: /api/search?q=WORDS");
  }
  StatusOr<StorePool::Lease> store = readers_.Acquire();
  if (!store.ok()) return StoreError(store.status());
  StatusOr<std::vector<SearchHit>> hits = (*store)->Search(query, limit == 0 ? 1 : limit);
  if (!hits.ok()) {
    store->Discard();
    return StoreError(hits.status());
  }
  return Answer(200, kJson, SearchHitsJson(query, *hits));
}

HttpResponse Service::ListChanges(const HttpRequest& request) {
  size_t limit = 0;
  if (!ParseCount(request.Param("limit"), kDefaultChangeLimit, kMaxChangeLimit, limit)) {
    return JsonError(400, "limit must be a whole number");
  }
  StatusOr<StorePool::Lease> store = readers_.Acquire();
  if (!store.ok()) return StoreError(store.status());
  StatusOr<std::vector<ChangeRecord>> changes =
      (*store)->ChangesSince(request.Param("since"), request.Param("story"), limit);
  if (!changes.ok()) {
    store->Discard();
    return StoreError(changes.status());
  }
  return Answer(200, kJson, ChangesJson(*changes));
}

HttpResponse Service::Feed(std::string_view story) {
  StatusOr<StorePool::Lease> store = readers_.Acquire();
  if (!store.ok()) return StoreError(store.status());
  AtomFeedInfo info{.base_url = options_.base_url,
                    .story = std::string(story),
                    .title = "crosscheck: what changed",
                    .fallback_updated = options_.now_utc()};
  std::unordered_map<std::string, std::string> titles;
  if (!story.empty()) {
    StatusOr<std::optional<StoryPage>> page = (*store)->LoadStory(story, 0, 0);  // the title
    if (!page.ok()) {
      store->Discard();
      return StoreError(page.status());
    }
    if (!page->has_value()) return JsonError(404, "no such story: " + std::string(story));
    info.title = "crosscheck: " + (*page)->story.title;
    titles.emplace(std::string(story), (*page)->story.title);
  }
  constexpr size_t kFeedEntries = 100;
  StatusOr<std::vector<ChangeRecord>> changes = (*store)->ChangesSince("", story, kFeedEntries);
  if (!changes.ok()) {
    store->Discard();
    return StoreError(changes.status());
  }
  if (story.empty() && !changes->empty()) {
    StatusOr<std::vector<StorySummary>> summaries = (*store)->StorySummaries();
    if (!summaries.ok()) {
      store->Discard();
      return StoreError(summaries.status());
    }
    for (const ChangeRecord& change : *changes) titles.emplace(change.story, std::string());
    for (StorySummary& summary : *summaries) {
      auto found = titles.find(summary.id);
      if (found != titles.end()) found->second = std::move(summary.title);
    }
  }
  const auto title_of = [&titles](std::string_view id) {
    auto found = titles.find(std::string(id));
    return found == titles.end() ? std::string() : found->second;
  };
  return Answer(200, kAtom, RenderAtomFeed(info, *changes, title_of));
}

HttpResponse Service::Upload(const HttpRequest& request) {
  switch (CheckWriteAccess(options_.token, request.authorization)) {
    case WriteAccess::kAllowed:
      break;
    case WriteAccess::kNoTokenConfigured:
      return JsonError(403,
                       "this server takes no writes: start it with --token T (or "
                       "CROSSCHECK_TOKEN) and send Authorization: Bearer T");
    case WriteAccess::kRefused: {
      HttpResponse response =
          JsonError(401, "writes need the server's token: Authorization: Bearer TOKEN");
      response.headers.emplace_back("WWW-Authenticate", "Bearer");
      return response;
    }
  }
  if (request.body.find_first_not_of(" \t\r\n") == std::string::npos) {
    return JsonError(400,
                     "the body holds no records: send JSON lines, one document each "
                     "({\"id\", \"title\", \"text\", \"url\", \"published\", ...})");
  }
  std::lock_guard<std::mutex> lock(writer_mutex_);
  if (writer_ == nullptr) return JsonError(503, "this server has no write connection");
  IngestOptions ingest_options;
  ingest_options.analyze = options_.analyze;
  StatusOr<std::unique_ptr<StoreIngest>> ingest = StoreIngest::Create(*writer_, ingest_options);
  if (!ingest.ok()) return StoreError(ingest.status());
  SkipCollector skipped;
  (*ingest)->set_skip_listener(
      [&skipped](std::string_view input, const Status& status) { skipped.Add(input, status); });
  ReadOptions read_options;
  read_options.max_document_bytes = options_.max_record_bytes;
  ReadBuffer(kUploadName, request.body, read_options, **ingest);
  if (const Status stored = (*ingest)->Finish(); !stored.ok()) return StoreError(stored);
  UploadResult result;
  result.counts = (*ingest)->counts();
  result.skipped = std::move(skipped.listed);
  if (result.counts.added > 0) {
    const std::string at = options_.now_utc();
    if (const Status published = PublishStoreReport(*writer_, options_.analyze, at);
        !published.ok()) {
      return StoreError(published);
    }
    result.published_at = at;
  }
  StatusOr<size_t> count = writer_->DocumentCount();
  if (!count.ok()) return StoreError(count.status());
  result.documents = *count;
  const bool any = result.counts.added + result.counts.already_stored > 0;
  return Answer(any ? 200 : 400, kJson, UploadResultJson(result));
}

}  // namespace crosscheck
