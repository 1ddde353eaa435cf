#include "store/sqlite_publication.h"

#include <sqlite3.h>

#include <bit>
#include <cstdint>
#include <utility>
#include <vector>

#include "base/build_id.h"
#include "store/blob_packing.h"
#include "store/published.h"
#include "store/report_codec.h"
#include "store/sqlite_rows.h"

namespace crosscheck {
namespace {

// A publication written row by row into the open transaction, with its statements prepared
// once (SqliteStore::BeginPublication).
class SqlitePublication final : public PublicationWriter {
 public:
  SqlitePublication(sqlite3* db, std::string path, std::string_view at,
                    PreviousStoryVersions previous)
      : db_(db), path_(std::move(path)), at_(at), previous_(std::move(previous)) {}

  Status Prepare() {
    if (!PrepareOnce(db_, "INSERT INTO published_documents (id, story, data) VALUES (?,?,?)",
                     insert_document_) ||
        !PrepareOnce(db_,
                     "INSERT INTO published_stories (id, documents, hash, changed_at, summary, "
                     "data) VALUES (?,?,?,?,?,?)",
                     insert_story_) ||
        !PrepareOnce(db_,
                     "INSERT OR REPLACE INTO published_claims (id, story, status, statements) "
                     "VALUES (?,?,?,?)",
                     insert_claim_) ||
        !PrepareOnce(db_,
                     "INSERT INTO publications (at, version, build, documents, skipped) "
                     "VALUES (?,?,?,?,?)",
                     insert_publication_) ||
        !PrepareOnce(db_, "INSERT INTO changes (at, kind, story, claim, text) VALUES (?,?,?,?,?)",
                     insert_change_)) {
      return Error("preparing the publication");
    }
    return Status::Ok();
  }

  Status Story(const ReportStory& story, const OutletLookup& outlets) override {
    const PublishedStoryRow row = PublishedStoryRowOf(story, outlets, previous_, at_);
    BindText(insert_story_.handle, 1, story.id);
    sqlite3_bind_int64(insert_story_.handle, 2, static_cast<int64_t>(story.documents.size()));
    sqlite3_bind_int64(insert_story_.handle, 3, std::bit_cast<int64_t>(row.hash));
    BindText(insert_story_.handle, 4, row.summary.changed_at);
    BindBlob(insert_story_.handle, 5, PackBlob(EncodeStorySummary(row.summary)));
    BindBlob(insert_story_.handle, 6, PackBlob(row.encoded));
    CROSSCHECK_RETURN_IF_ERROR(Step(insert_story_.handle, "publishing story " + story.id));
    for (const ReportClaim& claim : story.claims) {
      BindText(insert_claim_.handle, 1, claim.id);
      BindText(insert_claim_.handle, 2, story.id);
      BindText(insert_claim_.handle, 3, claim.status);
      sqlite3_bind_int64(insert_claim_.handle, 4, static_cast<int64_t>(claim.statements.size()));
      CROSSCHECK_RETURN_IF_ERROR(Step(insert_claim_.handle, "publishing claim " + claim.id));
    }
    return Status::Ok();
  }

  Status Document(const ReportDocument& document) override {
    BindText(insert_document_.handle, 1, document.id);
    BindText(insert_document_.handle, 2, document.story);
    BindBlob(insert_document_.handle, 3, PackBlob(EncodeReportDocument(document)));
    return Step(insert_document_.handle, "publishing document " + document.id);
  }

  Status Changes(const std::vector<ChangeRecord>& changes) override {
    for (const ChangeRecord& change : changes) {
      BindText(insert_change_.handle, 1, change.at);
      BindText(insert_change_.handle, 2, change.kind);
      BindText(insert_change_.handle, 3, change.story);
      BindText(insert_change_.handle, 4, change.claim);
      BindText(insert_change_.handle, 5, change.text);
      CROSSCHECK_RETURN_IF_ERROR(Step(insert_change_.handle, "recording a change"));
    }
    return Status::Ok();
  }

  Status Finish(std::string_view version, size_t documents,
                const std::vector<ReportSkipped>& skipped) override {
    BindText(insert_publication_.handle, 1, at_);
    BindText(insert_publication_.handle, 2, version);
    BindText(insert_publication_.handle, 3, BuildId());
    sqlite3_bind_int64(insert_publication_.handle, 4, static_cast<int64_t>(documents));
    sqlite3_bind_int64(insert_publication_.handle, 5, static_cast<int64_t>(skipped.size()));
    return Step(insert_publication_.handle, "recording the publication");
  }

 private:
  Status Error(const std::string& what) const {
    return IoError("store " + path_ + ": " + what + ": " + sqlite3_errmsg(db_));
  }
  Status Step(sqlite3_stmt* statement, const std::string& what) {
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return rc == SQLITE_DONE ? Status::Ok() : Error(what);
  }

  sqlite3* db_;
  const std::string path_;
  const std::string at_;
  // When each story last changed: kept while its encoded form stays the same.
  const PreviousStoryVersions previous_;
  Statement insert_document_;
  Statement insert_story_;
  Statement insert_claim_;
  Statement insert_publication_;
  Statement insert_change_;
};

}  // namespace

StatusOr<std::unique_ptr<PublicationWriter>> BeginSqlitePublication(sqlite3* db,
                                                                    const std::string& path,
                                                                    std::string_view at) {
  const auto error = [db, &path](const std::string& what) {
    return IoError("store " + path + ": " + what + ": " + sqlite3_errmsg(db));
  };
  PreviousStoryVersions previous;
  {
    Statement select;
    if (!PrepareOnce(db, "SELECT id, hash, changed_at FROM published_stories", select)) {
      return error("reading the published stories");
    }
    int rc;
    while ((rc = sqlite3_step(select.handle)) == SQLITE_ROW) {
      previous[ColumnText(select.handle, 0)] = {
          std::bit_cast<uint64_t>(sqlite3_column_int64(select.handle, 1)),
          ColumnText(select.handle, 2)};
    }
    if (rc != SQLITE_DONE) return error("reading the published stories");
  }
  if (sqlite3_exec(db,
                   "DELETE FROM published_documents; DELETE FROM published_stories; "
                   "DELETE FROM published_claims;",
                   nullptr, nullptr, nullptr) != SQLITE_OK) {
    return error("replacing the published report");
  }
  auto writer = std::make_unique<SqlitePublication>(db, path, at, std::move(previous));
  CROSSCHECK_RETURN_IF_ERROR(writer->Prepare());
  return std::unique_ptr<PublicationWriter>(std::move(writer));
}

}  // namespace crosscheck
