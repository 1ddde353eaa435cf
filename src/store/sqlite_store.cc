#include "store/sqlite_store.h"

#include <sqlite3.h>
#include <sys/stat.h>

#include <bit>
#include <cstring>
#include <string_view>
#include <utility>

#include "store/codec.h"

namespace crosscheck {
namespace {

// PRAGMA application_id of a crosscheck store: "CCST". A SQLite file with another id (0 for
// most) is someone else's database and is never changed.
constexpr int32_t kApplicationId = 0x43435354;
// How long a statement waits for another connection's lock before giving up.
constexpr int kBusyTimeoutMs = 10000;

// The schema, one migration per version, applied in order from the file's user_version + 1.
// A migration is never edited once released: a change is a new entry.
struct Migration {
  int version;
  const char* sql;
};
constexpr Migration kMigrations[] = {
    {1,
     // seq: ingest order (rowids are never reused: nothing is deleted). fingerprint:
     // DocumentFingerprint of the input, to recognise it when it comes again. data: the
     // Article and Annotations (store/codec.h), codec: the version that wrote it.
     "CREATE TABLE documents ("
     "  seq INTEGER PRIMARY KEY,"
     "  id TEXT NOT NULL UNIQUE,"
     "  fingerprint INTEGER NOT NULL,"
     "  codec INTEGER NOT NULL,"
     "  data BLOB NOT NULL);"
     "CREATE INDEX documents_by_fingerprint ON documents(fingerprint);"
     // Inputs that could not be read or analysed, once each, in the order first met.
     "CREATE TABLE skipped ("
     "  seq INTEGER PRIMARY KEY,"
     "  input TEXT NOT NULL UNIQUE,"
     "  reason TEXT NOT NULL);"},
};
static_assert(std::size(kMigrations) == kStoreSchemaVersion);

// Finalizes a statement when it goes out of scope.
struct Statement {
  sqlite3_stmt* handle = nullptr;
  ~Statement() { sqlite3_finalize(handle); }
};

Status Exec(sqlite3* db, const std::string& path, const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK) return Status::Ok();
  std::string text = message != nullptr ? message : sqlite3_errmsg(db);
  sqlite3_free(message);
  return IoError("store " + path + ": " + text);
}

// The integer a one-row PRAGMA or query gives; `code` is SQLite's result when it fails.
StatusOr<int64_t> QueryInt(sqlite3* db, const std::string& path, const char* sql,
                           int* code = nullptr) {
  Statement statement;
  int rc = sqlite3_prepare_v2(db, sql, -1, &statement.handle, nullptr);
  if (rc == SQLITE_OK) rc = sqlite3_step(statement.handle);
  if (code != nullptr) *code = rc;
  if (rc != SQLITE_ROW) return IoError("store " + path + ": " + sqlite3_errmsg(db));
  return static_cast<int64_t>(sqlite3_column_int64(statement.handle, 0));
}

Status NotAStore(const std::string& path, std::string_view why) {
  return InvalidArgumentError(path + " is not a crosscheck store (" + std::string(why) + ")");
}

// Brings the schema from `from` up to kStoreSchemaVersion, one transaction per migration.
Status Migrate(sqlite3* db, const std::string& path, int64_t from) {
  for (const Migration& migration : kMigrations) {
    if (migration.version <= from) continue;
    CROSSCHECK_RETURN_IF_ERROR(Exec(db, path, "BEGIN IMMEDIATE"));
    // Another process may have migrated between our read and our lock.
    StatusOr<int64_t> now = QueryInt(db, path, "PRAGMA user_version");
    if (now.ok() && *now >= migration.version) {
      CROSSCHECK_RETURN_IF_ERROR(Exec(db, path, "COMMIT"));
      continue;
    }
    Status status = now.ok() ? Exec(db, path, migration.sql) : now.status();
    const std::string stamp = "PRAGMA application_id=" + std::to_string(kApplicationId) +
                              "; PRAGMA user_version=" + std::to_string(migration.version);
    if (status.ok()) status = Exec(db, path, stamp.c_str());
    if (status.ok()) status = Exec(db, path, "COMMIT");
    if (!status.ok()) {
      (void)Exec(db, path, "ROLLBACK");
      return status;
    }
  }
  return Status::Ok();
}

}  // namespace

StatusOr<std::unique_ptr<SqliteStore>> SqliteStore::Open(const std::string& path, OpenMode mode) {
  const bool in_memory = path == ":memory:";
  if (!in_memory) {
    struct stat info;
    if (::stat(path.c_str(), &info) != 0) {
      if (mode == OpenMode::kExisting) return NotFoundError("no store at " + path);
    } else if (!S_ISREG(info.st_mode)) {
      return NotAStore(path, "not a regular file");
    }
  }
  sqlite3* raw = nullptr;
  int flags = SQLITE_OPEN_READWRITE;
  if (mode == OpenMode::kCreate) flags |= SQLITE_OPEN_CREATE;
  const int opened = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  std::unique_ptr<SqliteStore> store(new SqliteStore(raw, path));
  if (opened != SQLITE_OK) {
    return IoError("cannot open store " + path + ": " +
                   (raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(opened)));
  }
  sqlite3* db = store->db_;
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  sqlite3_extended_result_codes(db, 1);

  // Identity first, before anything is written: a foreign file is refused untouched.
  int code = SQLITE_OK;
  StatusOr<int64_t> application_id = QueryInt(db, path, "PRAGMA application_id", &code);
  if (!application_id.ok()) {
    if ((code & 0xff) == SQLITE_NOTADB) return NotAStore(path, "not an SQLite database");
    return application_id.status();
  }
  StatusOr<int64_t> version = QueryInt(db, path, "PRAGMA user_version");
  if (!version.ok()) return version.status();
  StatusOr<int64_t> objects = QueryInt(db, path, "SELECT count(*) FROM sqlite_schema");
  if (!objects.ok()) return objects.status();
  const bool blank = *application_id == 0 && *version == 0 && *objects == 0;
  if (!blank && *application_id != kApplicationId) {
    return NotAStore(path, "an SQLite database of another application");
  }
  if (*version > kStoreSchemaVersion) {
    return UnsupportedError("store " + path + " has schema version " + std::to_string(*version) +
                            "; this crosscheck knows versions up to " +
                            std::to_string(kStoreSchemaVersion) + ": use a newer crosscheck");
  }
  if (mode == OpenMode::kExisting) {
    if (blank) return NotAStore(path, "an empty SQLite database");
    if (*version < kStoreSchemaVersion) {
      return UnsupportedError("store " + path + " has schema version " + std::to_string(*version) +
                              "; run `crosscheck ingest` to upgrade it");
    }
  }

  // WAL: readers never block the writer and a commit appends to the log. synchronous=FULL:
  // the log is synced at each commit, so a Commit() that returned survives power loss too;
  // one sync per batch of documents costs little next to analysing them.
  StatusOr<int64_t> ignored = QueryInt(db, path, "PRAGMA journal_mode=WAL");
  if (!ignored.ok()) return ignored.status();
  CROSSCHECK_RETURN_IF_ERROR(Exec(db, path, "PRAGMA synchronous=FULL"));
  CROSSCHECK_RETURN_IF_ERROR(Exec(db, path, "PRAGMA foreign_keys=ON"));
  if (mode == OpenMode::kCreate) CROSSCHECK_RETURN_IF_ERROR(Migrate(db, path, *version));
  CROSSCHECK_RETURN_IF_ERROR(store->Prepare());
  return store;
}

SqliteStore::~SqliteStore() {
  if (in_transaction_) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_finalize(has_fingerprint_);
  sqlite3_finalize(insert_document_);
  sqlite3_finalize(insert_skipped_);
  sqlite3_close_v2(db_);
}

Status SqliteStore::Error(const std::string& what) const {
  return IoError("store " + path_ + ": " + what + ": " + sqlite3_errmsg(db_));
}

Status SqliteStore::Prepare() {
  const std::pair<sqlite3_stmt**, const char*> statements[] = {
      {&has_fingerprint_, "SELECT 1 FROM documents WHERE fingerprint = ? LIMIT 1"},
      {&insert_document_, "INSERT INTO documents (id, fingerprint, codec, data) VALUES (?,?,?,?)"},
      {&insert_skipped_, "INSERT OR IGNORE INTO skipped (input, reason) VALUES (?,?)"},
  };
  for (const auto& [handle, sql] : statements) {
    if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, handle, nullptr) != SQLITE_OK) {
      return Error("preparing a statement");
    }
  }
  return Status::Ok();
}

Status SqliteStore::BeginIfNeeded() {
  if (in_transaction_) return Status::Ok();
  if (sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return Error("starting a transaction");
  }
  in_transaction_ = true;
  return Status::Ok();
}

StatusOr<bool> SqliteStore::HasFingerprint(uint64_t fingerprint) {
  sqlite3_reset(has_fingerprint_);
  sqlite3_bind_int64(has_fingerprint_, 1, std::bit_cast<int64_t>(fingerprint));
  const int rc = sqlite3_step(has_fingerprint_);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Error("looking up a document");
  const bool found = rc == SQLITE_ROW;
  sqlite3_reset(has_fingerprint_);
  return found;
}

StatusOr<std::vector<std::string>> SqliteStore::DocumentIds() {
  Statement statement;
  if (sqlite3_prepare_v2(db_, "SELECT id FROM documents ORDER BY seq", -1, &statement.handle,
                         nullptr) != SQLITE_OK) {
    return Error("reading document ids");
  }
  std::vector<std::string> ids;
  int rc;
  while ((rc = sqlite3_step(statement.handle)) == SQLITE_ROW) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement.handle, 0));
    ids.emplace_back(text != nullptr ? text : "",
                     static_cast<size_t>(sqlite3_column_bytes(statement.handle, 0)));
  }
  if (rc != SQLITE_DONE) return Error("reading document ids");
  return ids;
}

StatusOr<size_t> SqliteStore::DocumentCount() {
  StatusOr<int64_t> count = QueryInt(db_, path_, "SELECT count(*) FROM documents");
  if (!count.ok()) return count.status();
  return static_cast<size_t>(*count);
}

Status SqliteStore::AddDocument(uint64_t fingerprint, const Article& article,
                                const Annotations& annotations) {
  CROSSCHECK_RETURN_IF_ERROR(BeginIfNeeded());
  const std::string blob = EncodeAnalyzedDocument(article, annotations);
  sqlite3_stmt* insert = insert_document_;
  sqlite3_reset(insert);
  sqlite3_bind_text(insert, 1, article.id.data(), static_cast<int>(article.id.size()),
                    SQLITE_STATIC);
  sqlite3_bind_int64(insert, 2, std::bit_cast<int64_t>(fingerprint));
  sqlite3_bind_int64(insert, 3, kDocumentCodecVersion);
  sqlite3_bind_blob64(insert, 4, blob.data(), blob.size(), SQLITE_STATIC);
  const int rc = sqlite3_step(insert);
  sqlite3_reset(insert);
  sqlite3_clear_bindings(insert);
  if (rc == SQLITE_CONSTRAINT_UNIQUE) {
    return InvalidArgumentError("store " + path_ + ": document id " + article.id +
                                " is already stored");
  }
  if (rc != SQLITE_DONE) return Error("adding document " + article.id);
  return Status::Ok();
}

Status SqliteStore::AddSkipped(std::string_view input, std::string_view reason) {
  CROSSCHECK_RETURN_IF_ERROR(BeginIfNeeded());
  sqlite3_stmt* insert = insert_skipped_;
  sqlite3_reset(insert);
  sqlite3_bind_text(insert, 1, input.data(), static_cast<int>(input.size()), SQLITE_STATIC);
  sqlite3_bind_text(insert, 2, reason.data(), static_cast<int>(reason.size()), SQLITE_STATIC);
  const int rc = sqlite3_step(insert);
  sqlite3_reset(insert);
  sqlite3_clear_bindings(insert);
  if (rc != SQLITE_DONE) return Error("recording skipped input " + std::string(input));
  return Status::Ok();
}

Status SqliteStore::Commit() {
  if (!in_transaction_) return Status::Ok();
  if (sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return Error("committing");
  }
  in_transaction_ = false;
  return Status::Ok();
}

StatusOr<StoredCorpus> SqliteStore::Load() {
  StoredCorpus corpus;
  {
    Statement statement;
    if (sqlite3_prepare_v2(db_, "SELECT id, codec, data FROM documents ORDER BY seq", -1,
                           &statement.handle, nullptr) != SQLITE_OK) {
      return Error("reading documents");
    }
    int rc;
    while ((rc = sqlite3_step(statement.handle)) == SQLITE_ROW) {
      const auto* id = reinterpret_cast<const char*>(sqlite3_column_text(statement.handle, 0));
      const std::string name = id != nullptr ? id : "";
      const auto* data = static_cast<const char*>(sqlite3_column_blob(statement.handle, 2));
      const auto size = static_cast<size_t>(sqlite3_column_bytes(statement.handle, 2));
      StatusOr<AnalyzedDocument> document =
          DecodeAnalyzedDocument(std::string_view(data != nullptr ? data : "", size));
      if (!document.ok()) {
        return Status(document.status().code(),
                      "store " + path_ + ", document " + name + ": " + document.status().message());
      }
      if (document->article.id != name) {
        return DataLossError("store " + path_ + ": document " + name + " holds another id");
      }
      corpus.articles.push_back(std::move(document->article));
      corpus.annotations.push_back(std::move(document->annotations));
    }
    if (rc != SQLITE_DONE) return Error("reading documents");
  }
  Statement statement;
  if (sqlite3_prepare_v2(db_, "SELECT input, reason FROM skipped ORDER BY seq", -1,
                         &statement.handle, nullptr) != SQLITE_OK) {
    return Error("reading skipped inputs");
  }
  int rc;
  while ((rc = sqlite3_step(statement.handle)) == SQLITE_ROW) {
    const auto* input = reinterpret_cast<const char*>(sqlite3_column_text(statement.handle, 0));
    const auto* reason = reinterpret_cast<const char*>(sqlite3_column_text(statement.handle, 1));
    corpus.skipped.push_back({input != nullptr ? input : "", reason != nullptr ? reason : ""});
  }
  if (rc != SQLITE_DONE) return Error("reading skipped inputs");
  return corpus;
}

StatusOr<std::string> SqliteStore::IntegrityCheck() {
  Statement statement;
  if (sqlite3_prepare_v2(db_, "PRAGMA integrity_check", -1, &statement.handle, nullptr) !=
      SQLITE_OK) {
    return Error("checking integrity");
  }
  std::string answer;
  int rc;
  while ((rc = sqlite3_step(statement.handle)) == SQLITE_ROW) {
    if (!answer.empty()) answer += "; ";
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement.handle, 0));
    answer += text != nullptr ? text : "";
  }
  if (rc != SQLITE_DONE) return Error("checking integrity");
  return answer;
}

}  // namespace crosscheck
