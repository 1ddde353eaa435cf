#include "store/postgres_publication.h"

#include <bit>
#include <cstdint>
#include <utility>
#include <vector>

#include "base/build_id.h"
#include "store/blob_packing.h"
#include "store/postgres_rows.h"
#include "store/published.h"
#include "store/report_codec.h"

namespace crosscheck {
namespace {

// A publication written row by row into the open transaction (PostgresStore::BeginPublication).
class PostgresPublication final : public PublicationWriter {
 public:
  PostgresPublication(PGconn* connection, std::string name, std::string_view at,
                      PreviousStoryVersions previous)
      : connection_(connection), name_(std::move(name)), at_(at), previous_(std::move(previous)) {}

  Status Story(const ReportStory& story, const OutletLookup& outlets) override {
    const PublishedStoryRow row = PublishedStoryRowOf(story, outlets, previous_, at_);
    CROSSCHECK_RETURN_IF_ERROR(
        Run(connection_, name_, "publishing story " + story.id,
            "INSERT INTO crosscheck.published_stories"
            " (id, documents, hash, changed_at, summary, data) VALUES ($1, $2, $3, $4, $5, $6)",
            PgParams()
                .Text(story.id)
                .Int(static_cast<int64_t>(story.documents.size()))
                .Int(std::bit_cast<int64_t>(row.hash))
                .Text(row.summary.changed_at)
                .Binary(PackBlob(EncodeStorySummary(row.summary)))
                .Binary(PackBlob(row.encoded)))
            .status());
    for (const ReportClaim& claim : story.claims) {
      CROSSCHECK_RETURN_IF_ERROR(
          Run(connection_, name_, "publishing claim " + claim.id,
              "INSERT INTO crosscheck.published_claims (id, story, status, statements)"
              " VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET story = excluded.story,"
              " status = excluded.status, statements = excluded.statements",
              PgParams()
                  .Text(claim.id)
                  .Text(story.id)
                  .Text(claim.status)
                  .Int(static_cast<int64_t>(claim.statements.size())))
              .status());
    }
    return Status::Ok();
  }

  Status Document(const ReportDocument& document) override {
    return Run(connection_, name_, "publishing document " + document.id,
               "INSERT INTO crosscheck.published_documents (id, story, data) VALUES ($1, $2, $3)",
               PgParams()
                   .Text(document.id)
                   .Text(document.story)
                   .Binary(PackBlob(EncodeReportDocument(document))))
        .status();
  }

  Status Changes(const std::vector<ChangeRecord>& changes) override {
    for (const ChangeRecord& change : changes) {
      CROSSCHECK_RETURN_IF_ERROR(Run(connection_, name_, "recording a change",
                                     "INSERT INTO crosscheck.changes (at, kind, story, claim, text)"
                                     " VALUES ($1, $2, $3, $4, $5)",
                                     PgParams()
                                         .Text(change.at)
                                         .Text(change.kind)
                                         .Text(change.story)
                                         .Text(change.claim)
                                         .Text(change.text))
                                     .status());
    }
    return Status::Ok();
  }

  Status Finish(std::string_view version, size_t documents,
                const std::vector<ReportSkipped>& skipped) override {
    return Run(connection_, name_, "recording the publication",
               "INSERT INTO crosscheck.publications (at, version, build, documents, skipped)"
               " VALUES ($1, $2, $3, $4, $5)",
               PgParams()
                   .Text(at_)
                   .Text(version)
                   .Text(BuildId())
                   .Int(static_cast<int64_t>(documents))
                   .Int(static_cast<int64_t>(skipped.size())))
        .status();
  }

 private:
  PGconn* connection_;
  const std::string name_;
  const std::string at_;
  // When each story last changed: kept while its encoded form stays the same.
  const PreviousStoryVersions previous_;
};

}  // namespace

StatusOr<std::unique_ptr<PublicationWriter>> BeginPostgresPublication(PGconn* connection,
                                                                      const std::string& name,
                                                                      std::string_view at) {
  PreviousStoryVersions previous;
  {
    StatusOr<PgResult> rows = Run(connection, name, "reading the published stories",
                                "SELECT id, hash, changed_at FROM crosscheck.published_stories");
    if (!rows.ok()) return rows.status();
    for (int row = 0; row < rows->rows(); ++row) {
      previous[rows->Text(row, 0)] = {std::bit_cast<uint64_t>(rows->Int(row, 1)),
                                      rows->Text(row, 2)};
    }
  }
  for (const char* sql :
       {"DELETE FROM crosscheck.published_documents", "DELETE FROM crosscheck.published_stories",
        "DELETE FROM crosscheck.published_claims"}) {
    CROSSCHECK_RETURN_IF_ERROR(
        Run(connection, name, "replacing the published report", sql).status());
  }
  return std::unique_ptr<PublicationWriter>(
      std::make_unique<PostgresPublication>(connection, name, at, std::move(previous)));
}

}  // namespace crosscheck
