// The Store in a PostgreSQL database, for a store shared by several machines
// (`--db postgresql://...`): the same contract as SqliteStore (store.h), checked by the same
// tests against a real server (tests/postgres/), with the same blobs (codecs, packing).
//
//   StatusOr<std::unique_ptr<PostgresStore>> store = PostgresStore::Open(url, mode);
//
// Everything lives in the schema `crosscheck` of the database the URL names, so the database
// may hold other things. `crosscheck.meta` says what the schema is (application
// "crosscheck store") and its version; migrations run under a transaction-scoped advisory lock,
// so two processes opening a new database at once do not both migrate. Writes go into one
// transaction that Commit() commits (a commit that returned is durable as the server's
// settings make it; the default, synchronous_commit=on, survives a crash of the server).
// Search: a tsvector of each document's title and text ('simple' configuration: lower-cased
// words, no stemming) with a GIN index, queried with every word of the search (plainto_tsquery).
//
// Owns one libpq connection; thread-compatible (one thread at a time).
#ifndef CROSSCHECK_STORE_POSTGRES_STORE_H_
#define CROSSCHECK_STORE_POSTGRES_STORE_H_

#include <memory>
#include <string>

#include "store/store.h"

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace crosscheck {

// The schema version this binary writes and reads in PostgreSQL.
inline constexpr int kPostgresSchemaVersion = 1;

class PostgresStore final : public Store {
 public:
  enum class OpenMode {
    kCreate,    // make the schema when missing; migrate an older one
    kExisting,  // NotFound when the database holds no crosscheck store; refuse an older one
  };
  // Errors name the URL with its password hidden: IoError (cannot connect, the server
  // refused), NotFound, InvalidArgument (`crosscheck.meta` says another application),
  // Unsupported (a newer version, or an older one in kExisting mode).
  static StatusOr<std::unique_ptr<PostgresStore>> Open(const std::string& url, OpenMode mode);

  ~PostgresStore() override;
  PostgresStore(const PostgresStore&) = delete;
  PostgresStore& operator=(const PostgresStore&) = delete;

  StatusOr<bool> HasFingerprint(uint64_t fingerprint) override;
  StatusOr<std::vector<std::string>> DocumentIds() override;
  StatusOr<size_t> DocumentCount() override;
  Status AddDocument(uint64_t fingerprint, const Article& article,
                     const Annotations& annotations) override;
  Status AddSkipped(std::string_view input, std::string_view reason) override;
  Status Commit() override;
  Status Rollback() override;
  Status LoadEach(const DocumentVisitor& document, std::vector<ReportSkipped>* skipped) override;

  StatusOr<std::unique_ptr<PublicationWriter>> BeginPublication(std::string_view at) override;
  StatusOr<PublishedState> LoadPublishedState() override;
  StatusOr<std::optional<Report>> LoadPublishedReport() override;
  StatusOr<std::vector<StorySummary>> StorySummaries() override;
  using Store::LoadStory;
  StatusOr<std::optional<StoryPage>> LoadStory(std::string_view id, size_t first,
                                               size_t count) override;
  StatusOr<std::optional<ReportDocument>> LoadDocument(std::string_view id) override;
  StatusOr<std::vector<SearchHit>> Search(std::string_view text, size_t limit) override;
  StatusOr<std::vector<ChangeRecord>> ChangesSince(std::string_view since, std::string_view story,
                                                   size_t limit) override;

  // Makes this connection refuse writes (default_transaction_read_only): for readers.
  Status SetReadOnly();

  // Drops the schema `crosscheck` and everything in it (tests).
  Status DropEverything();

 private:
  PostgresStore(PGconn* connection, std::string name)
      : connection_(connection), name_(std::move(name)) {}
  Status BeginIfNeeded();
  StatusOr<std::optional<ReportDocument>> PublishedDocument(std::string_view id);
  // The last publication's time, version, build and counts (no stories or claims).
  StatusOr<PublishedState> LastPublication();

  PGconn* connection_ = nullptr;
  std::string name_;  // the URL without its password, for messages
  bool in_transaction_ = false;
};

// `url` with its password (":secret@" or "password=secret") shown as "***", for messages.
std::string HidePostgresPassword(std::string_view url);

// Whether `db` names a PostgreSQL database ("postgresql://..." or "postgres://...").
bool IsPostgresUrl(std::string_view db);

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_POSTGRES_STORE_H_
