// The Store in one SQLite file (store/README.md: schema, migrations, durability).
//
//   StatusOr<std::unique_ptr<SqliteStore>> store = SqliteStore::Open(path, mode);
//
// WAL journal, synchronous=FULL: a Commit() that returned is on disk, also through a power
// loss, and a killed process loses at most its open batch. The file is recognised by its
// application id; its schema version (PRAGMA user_version) is brought up to date on open in
// kCreate mode, by an ordered list of migrations, each in its own transaction. A file from a
// newer crosscheck (higher version) is refused, never changed.
//
// Owns one sqlite3 connection; thread-compatible (one thread at a time). Not movable: the
// prepared statements point at the connection.
#ifndef CROSSCHECK_STORE_SQLITE_STORE_H_
#define CROSSCHECK_STORE_SQLITE_STORE_H_

#include <memory>
#include <string>

#include "store/store.h"

struct sqlite3;
struct sqlite3_stmt;

namespace crosscheck {

// The schema version this binary writes and reads.
inline constexpr int kStoreSchemaVersion = 2;

class SqliteStore final : public Store {
 public:
  enum class OpenMode {
    kCreate,    // make the file when missing; migrate an older schema
    kExisting,  // NotFound "no store at PATH" when missing; refuse an older schema too
    kReadOnly,  // as kExisting, and the connection never writes (readers beside a writer)
  };
  // Errors, each naming the path: NotFound (kExisting and no file), InvalidArgument ("not a
  // crosscheck store": another SQLite file or not SQLite at all), Unsupported (a newer schema
  // version, or an older one in kExisting mode), IoError (the OS or SQLite refused).
  // ":memory:" opens a private in-memory store.
  static StatusOr<std::unique_ptr<SqliteStore>> Open(const std::string& path, OpenMode mode);

  ~SqliteStore() override;
  SqliteStore(const SqliteStore&) = delete;
  SqliteStore& operator=(const SqliteStore&) = delete;

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

  // PRAGMA integrity_check's answer: "ok" for a sound file.
  StatusOr<std::string> IntegrityCheck();

 private:
  SqliteStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  Status Prepare();
  Status BeginIfNeeded();
  Status Error(const std::string& what) const;  // IoError naming the path and SQLite's message
  // A published document with its body (from the documents table); nullopt if none.
  StatusOr<std::optional<ReportDocument>> PublishedDocument(std::string_view id);
  // The last publication's time, version, build and counts (no stories or claims).
  StatusOr<PublishedState> LastPublication();

  sqlite3* db_ = nullptr;
  std::string path_;
  bool in_transaction_ = false;
  sqlite3_stmt* has_fingerprint_ = nullptr;
  sqlite3_stmt* insert_document_ = nullptr;
  sqlite3_stmt* insert_skipped_ = nullptr;
  sqlite3_stmt* insert_search_ = nullptr;
  sqlite3_stmt* published_document_ = nullptr;
};

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_SQLITE_STORE_H_
