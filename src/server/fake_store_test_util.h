// A Store with hand-made published contents for the server's tests: two stories, three
// documents, a change log and fixed search hits; `fail` makes every read fail as a broken
// store would. Writes are refused. Test-only.
#ifndef CROSSCHECK_SERVER_FAKE_STORE_TEST_UTIL_H_
#define CROSSCHECK_SERVER_FAKE_STORE_TEST_UTIL_H_

#include <string>
#include <vector>

#include "store/store.h"

namespace crosscheck::testing {

class FakeStore final : public Store {
 public:
  bool fail = false;

  FakeStore() {
    summaries_.push_back({.id = "s1",
                          .title = "Quake <strikes> coastal town",
                          .first_published = "2026-12-01",
                          .last_published = "2026-12-03",
                          .topic = "t1",
                          .documents = 2,
                          .independent_sources = 2,
                          .statuses = {{"corroborated", 1}, {"single_source", 2}},
                          .outlets = {"Reuters", "AFP"},
                          .entities = {"Ana Lind", "Port Vila"},
                          .changed_at = "2026-12-06T23:10:00Z"});
    summaries_.push_back({.id = "s2",
                          .title = "Budget vote delayed",
                          .first_published = "2026-12-02",
                          .last_published = "2026-12-02",
                          .topic = "t2",
                          .documents = 1,
                          .independent_sources = 1,
                          .statuses = {{"single_source", 1}},
                          .outlets = {"BBC"},
                          .entities = {"Parliament"},
                          .changed_at = "2026-12-05T08:00:00Z"});
    for (const char* id : {"d1", "d2", "d3"}) {
      ReportDocument doc;
      doc.id = id;
      doc.source = std::string(id) + ".txt";
      doc.title = std::string("Title of ") + id;
      doc.body = std::string("Body of ") + id + " with <tags> & words.";
      doc.language = "en";
      doc.story = doc.id == "d3" ? "s2" : "s1";
      documents_.push_back(doc);
    }
    changes_ = {{.seq = 2,
                 .at = "2026-12-06T23:10:00Z",
                 .kind = "status_changed",
                 .story = "s1",
                 .claim = "c1",
                 .text = "single_source -> corroborated"},
                {.seq = 1,
                 .at = "2026-12-05T08:00:00Z",
                 .kind = "new_story",
                 .story = "s2",
                 .claim = "",
                 .text = "1 document"}};
  }

  StatusOr<bool> HasFingerprint(uint64_t) override { return Broken(); }
  StatusOr<std::vector<std::string>> DocumentIds() override { return Broken(); }
  StatusOr<size_t> DocumentCount() override {
    if (fail) return Broken();
    return documents_.size();
  }
  Status AddDocument(uint64_t, const Article&, const Annotations&) override { return Broken(); }
  Status AddSkipped(std::string_view, std::string_view) override { return Broken(); }
  Status Commit() override { return Broken(); }
  Status Rollback() override { return Broken(); }
  Status LoadEach(const DocumentVisitor&, std::vector<ReportSkipped>*) override { return Broken(); }
  StatusOr<std::unique_ptr<PublicationWriter>> BeginPublication(std::string_view) override {
    return Broken();
  }
  StatusOr<PublishedState> LoadPublishedState() override { return Broken(); }
  StatusOr<std::optional<Report>> LoadPublishedReport() override { return Broken(); }

  StatusOr<std::vector<StorySummary>> StorySummaries() override {
    if (fail) return Broken();
    return summaries_;
  }
  using Store::LoadStory;
  StatusOr<std::optional<StoryPage>> LoadStory(std::string_view id, size_t first,
                                               size_t count) override {
    if (fail) return Broken();
    for (const StorySummary& summary : summaries_) {
      if (summary.id != id) continue;
      StoryPage page;
      page.story.id = summary.id;
      page.story.title = summary.title;
      page.story.first_published = summary.first_published;
      page.story.last_published = summary.last_published;
      page.story.topic = summary.topic;
      for (const ReportDocument& doc : documents_) {
        if (doc.story != id) continue;
        if (page.story.documents.size() >= first && page.documents.size() < count) {
          page.documents.push_back(doc);
        }
        page.story.documents.push_back(doc.id);
      }
      page.first_document = std::min(first, page.story.documents.size());
      return std::optional<StoryPage>(std::move(page));
    }
    return std::optional<StoryPage>();
  }
  StatusOr<std::optional<ReportDocument>> LoadDocument(std::string_view id) override {
    if (fail) return Broken();
    for (const ReportDocument& doc : documents_) {
      if (doc.id == id) return std::optional<ReportDocument>(doc);
    }
    return std::optional<ReportDocument>();
  }
  StatusOr<std::vector<SearchHit>> Search(std::string_view text, size_t limit) override {
    if (fail) return Broken();
    last_search = std::string(text);
    std::vector<SearchHit> hits;
    if (text == "words") {
      for (const ReportDocument& doc : documents_) {
        if (hits.size() < limit) hits.push_back({doc.id, doc.story, doc.title, doc.body, 1.0});
      }
    }
    return hits;
  }
  StatusOr<std::vector<ChangeRecord>> ChangesSince(std::string_view since, std::string_view story,
                                                   size_t limit) override {
    if (fail) return Broken();
    std::vector<ChangeRecord> found;
    for (const ChangeRecord& change : changes_) {
      if (found.size() >= limit) break;
      if (!since.empty() && change.at < since) continue;
      if (!story.empty() && change.story != story) continue;
      found.push_back(change);
    }
    return found;
  }

  std::string last_search;

 private:
  static Status Broken() { return IoError("fake.db: disk I/O error"); }

  std::vector<StorySummary> summaries_;
  std::vector<ReportDocument> documents_;
  std::vector<ChangeRecord> changes_;
};

}  // namespace crosscheck::testing

#endif  // CROSSCHECK_SERVER_FAKE_STORE_TEST_UTIL_H_
