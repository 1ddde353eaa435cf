#include "store/sqlite_store.h"

#include <sqlite3.h>
#include <sys/stat.h>
#include <xxhash.h>

#include <algorithm>
#include <bit>
#include <chrono>
#include <cstring>
#include <memory>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <utility>

#include "base/build_id.h"
#include "store/blob_packing.h"
#include "store/codec.h"
#include "store/published.h"
#include "store/report_codec.h"
#include "store/sqlite_publication.h"
#include "store/sqlite_rows.h"

namespace crosscheck {
namespace {

// PRAGMA application_id of a crosscheck store: "CCST". A SQLite file with another id (0 for
// most) is someone else's database and is never changed.
constexpr int32_t kApplicationId = 0x43435354;
// How long a statement waits for another connection's lock before giving up.
constexpr int kBusyTimeoutMs = 10000;
// How long to wait between tries of what SQLite refuses as BUSY without waiting itself.
constexpr int kBusyRetryMs = 5;

// The schema, one migration per version, applied in order from the file's user_version + 1.
// A migration is never edited once released: a change is a new entry.
struct Migration {
  int version;
  const char* sql;
  // Run after `sql`, in the same transaction (data SQL cannot compute); may be null.
  Status (*fill)(sqlite3* db, const std::string& path);
};

Status FillSearchIndex(sqlite3* db, const std::string& path);
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
     "  reason TEXT NOT NULL);",
     nullptr},
    {2,
     // The full-text index of the documents' titles and bodies, rowid = documents.seq.
     // Contentless (the text is in `documents` already). Full detail: bm25 needs how often a
     // word occurs to rank (detail=none ranked by length alone); 0.7x the text on BBC.
     "CREATE VIRTUAL TABLE documents_fts USING fts5("
     "  title, body, content='', tokenize='unicode61 remove_diacritics 2');"
     // The published report (store.h): the corpus stages' result over every stored document,
     // replaced at each publication, in the report's order (ord). Documents without their
     // bodies (the documents table has them); stories with their summary and the hash of
     // their encoded form, to know when one last changed.
     "CREATE TABLE published_documents ("
     "  ord INTEGER PRIMARY KEY,"
     "  id TEXT NOT NULL UNIQUE,"
     "  story TEXT NOT NULL,"
     "  data BLOB NOT NULL);"
     "CREATE TABLE published_stories ("
     "  ord INTEGER PRIMARY KEY,"
     "  id TEXT NOT NULL UNIQUE,"
     "  documents INTEGER NOT NULL,"
     "  hash INTEGER NOT NULL,"
     "  changed_at TEXT NOT NULL,"
     "  summary BLOB NOT NULL,"
     "  data BLOB NOT NULL);"
     "CREATE TABLE published_claims ("
     "  id TEXT PRIMARY KEY,"
     "  story TEXT NOT NULL,"
     "  status TEXT NOT NULL,"
     "  statements INTEGER NOT NULL) WITHOUT ROWID;"
     // One row per publication; the last one describes the published report.
     "CREATE TABLE publications ("
     "  seq INTEGER PRIMARY KEY,"
     "  at TEXT NOT NULL,"
     "  version TEXT NOT NULL,"
     "  build TEXT NOT NULL,"
     "  documents INTEGER NOT NULL,"
     "  skipped INTEGER NOT NULL);"
     // What changed at each publication, appended, never rewritten.
     "CREATE TABLE changes ("
     "  seq INTEGER PRIMARY KEY,"
     "  at TEXT NOT NULL,"
     "  kind TEXT NOT NULL,"
     "  story TEXT NOT NULL,"
     "  claim TEXT NOT NULL,"
     "  text TEXT NOT NULL);"
     "CREATE INDEX changes_by_story ON changes(story, seq);"
     "CREATE INDEX changes_by_at ON changes(at);",
     FillSearchIndex},
};
static_assert(std::size(kMigrations) == kStoreSchemaVersion);

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

// Adds one document's title and body to the full-text index under `seq`.
int IndexForSearch(sqlite3_stmt* insert, int64_t seq, const Article& article) {
  const std::string body = article.Body();
  sqlite3_reset(insert);
  sqlite3_bind_int64(insert, 1, seq);
  BindText(insert, 2, article.title);
  BindText(insert, 3, body);
  const int rc = sqlite3_step(insert);
  sqlite3_reset(insert);
  sqlite3_clear_bindings(insert);
  return rc;
}

constexpr const char* kInsertSearchSql =
    "INSERT INTO documents_fts (rowid, title, body) VALUES (?,?,?)";

// Migration 2: indexes the documents stored before the index existed.
Status FillSearchIndex(sqlite3* db, const std::string& path) {
  Statement select;
  Statement insert;
  if (sqlite3_prepare_v2(db, "SELECT seq, id, data FROM documents ORDER BY seq", -1, &select.handle,
                         nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(db, kInsertSearchSql, -1, &insert.handle, nullptr) != SQLITE_OK) {
    return IoError("store " + path + ": indexing documents: " + sqlite3_errmsg(db));
  }
  int rc;
  while ((rc = sqlite3_step(select.handle)) == SQLITE_ROW) {
    StatusOr<Article> article = DecodePacked(ColumnBlob(select.handle, 2), DecodeStoredArticle);
    if (!article.ok()) {
      return Status(article.status().code(), "store " + path + ", document " +
                                                 ColumnText(select.handle, 1) + ": " +
                                                 article.status().message());
    }
    if (IndexForSearch(insert.handle, sqlite3_column_int64(select.handle, 0), *article) !=
        SQLITE_DONE) {
      return IoError("store " + path + ": indexing documents: " + sqlite3_errmsg(db));
    }
  }
  if (rc != SQLITE_DONE)
    return IoError("store " + path + ": indexing documents: " + sqlite3_errmsg(db));
  return Status::Ok();
}

// An FTS5 query for every word of `words`: each a quoted string (quotes doubled), so no input
// is read as query syntax.
std::string FtsQuery(const std::vector<std::string>& words) {
  std::string query;
  for (const std::string& word : words) {
    if (!query.empty()) query += ' ';
    query += '"';
    for (char c : word) {
      if (c == '"') query += '"';
      query += c;
    }
    query += '"';
  }
  return query;
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
    if (status.ok() && migration.fill != nullptr) status = migration.fill(db, path);
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
      if (mode != OpenMode::kCreate) return NotFoundError("no store at " + path);
    } else if (!S_ISREG(info.st_mode)) {
      return NotAStore(path, "not a regular file");
    }
  }
  sqlite3* raw = nullptr;
  const bool read_only = mode == OpenMode::kReadOnly;
  int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
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

  // Identity first, before anything is written: a foreign file is refused untouched. The
  // three reads share one snapshot (a read transaction): another process creating the store
  // meanwhile must not be seen half-way (its objects without its application id).
  CROSSCHECK_RETURN_IF_ERROR(Exec(db, path, "BEGIN"));
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
  CROSSCHECK_RETURN_IF_ERROR(Exec(db, path, "COMMIT"));
  const bool blank = *application_id == 0 && *version == 0 && *objects == 0;
  if (!blank && *application_id != kApplicationId) {
    return NotAStore(path, "an SQLite database of another application");
  }
  if (*version > kStoreSchemaVersion) {
    return UnsupportedError("store " + path + " has schema version " + std::to_string(*version) +
                            "; this crosscheck knows versions up to " +
                            std::to_string(kStoreSchemaVersion) + ": use a newer crosscheck");
  }
  if (mode != OpenMode::kCreate) {
    if (blank) return NotAStore(path, "an empty SQLite database");
    if (*version < kStoreSchemaVersion) {
      return UnsupportedError("store " + path + " has schema version " + std::to_string(*version) +
                              "; run `crosscheck ingest` to upgrade it");
    }
  }

  // WAL: readers never block the writer and a commit appends to the log. synchronous=FULL:
  // the log is synced at each commit, so a Commit() that returned survives power loss too;
  // one sync per batch of documents costs little next to analysing them.
  if (!read_only) {
    // Switching a new file to WAL needs it alone, and SQLite answers BUSY at once (without
    // its busy handler) while another connection has it open: retry for the busy timeout.
    code = SQLITE_OK;
    StatusOr<int64_t> mode = QueryInt(db, path, "PRAGMA journal_mode=WAL", &code);
    for (int waited = 0; !mode.ok() && (code & 0xff) == SQLITE_BUSY && waited < kBusyTimeoutMs;
         waited += kBusyRetryMs) {
      std::this_thread::sleep_for(std::chrono::milliseconds(kBusyRetryMs));
      mode = QueryInt(db, path, "PRAGMA journal_mode=WAL", &code);
    }
    if (!mode.ok()) return mode.status();
    CROSSCHECK_RETURN_IF_ERROR(Exec(db, path, "PRAGMA synchronous=FULL"));
  }
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
  sqlite3_finalize(insert_search_);
  sqlite3_finalize(published_document_);
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
      {&insert_search_, kInsertSearchSql},
      {&published_document_,
       "SELECT p.data, d.data FROM published_documents p JOIN documents d ON d.id = p.id "
       "WHERE p.id = ?"},
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
  const std::string blob = PackBlob(EncodeAnalyzedDocument(article, annotations));
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
  if (IndexForSearch(insert_search_, sqlite3_last_insert_rowid(db_), article) != SQLITE_DONE) {
    return Error("indexing document " + article.id);
  }
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

Status SqliteStore::Rollback() {
  if (!in_transaction_) return Status::Ok();
  in_transaction_ = false;
  if (sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return Error("rolling back");
  }
  return Status::Ok();
}

Status SqliteStore::LoadEach(const DocumentVisitor& visit, std::vector<ReportSkipped>* skipped) {
  {
    // Row by row: SQLite reads each row's pages as it steps; nothing accumulates here.
    Statement statement;
    if (sqlite3_prepare_v2(db_, "SELECT id, codec, data FROM documents ORDER BY seq", -1,
                           &statement.handle, nullptr) != SQLITE_OK) {
      return Error("reading documents");
    }
    int rc;
    while ((rc = sqlite3_step(statement.handle)) == SQLITE_ROW) {
      const auto* id = reinterpret_cast<const char*>(sqlite3_column_text(statement.handle, 0));
      const std::string name = id != nullptr ? id : "";
      StatusOr<AnalyzedDocument> document =
          DecodePacked(ColumnBlob(statement.handle, 2), DecodeAnalyzedDocument);
      if (!document.ok()) {
        return Status(document.status().code(),
                      "store " + path_ + ", document " + name + ": " + document.status().message());
      }
      if (document->article.id != name) {
        return DataLossError("store " + path_ + ": document " + name + " holds another id");
      }
      CROSSCHECK_RETURN_IF_ERROR(
          visit(std::move(document->article), std::move(document->annotations)));
    }
    if (rc != SQLITE_DONE) return Error("reading documents");
  }
  if (skipped == nullptr) return Status::Ok();
  Statement statement;
  if (sqlite3_prepare_v2(db_, "SELECT input, reason FROM skipped ORDER BY seq", -1,
                         &statement.handle, nullptr) != SQLITE_OK) {
    return Error("reading skipped inputs");
  }
  int rc;
  while ((rc = sqlite3_step(statement.handle)) == SQLITE_ROW) {
    const auto* input = reinterpret_cast<const char*>(sqlite3_column_text(statement.handle, 0));
    const auto* reason = reinterpret_cast<const char*>(sqlite3_column_text(statement.handle, 1));
    skipped->push_back({input != nullptr ? input : "", reason != nullptr ? reason : ""});
  }
  if (rc != SQLITE_DONE) return Error("reading skipped inputs");
  return Status::Ok();
}

StatusOr<std::unique_ptr<PublicationWriter>> SqliteStore::BeginPublication(std::string_view at) {
  CROSSCHECK_RETURN_IF_ERROR(BeginIfNeeded());
  return BeginSqlitePublication(db_, path_, at);
}

StatusOr<PublishedState> SqliteStore::LastPublication() {
  PublishedState state;
  Statement last;
  if (!PrepareOnce(db_,
                   "SELECT at, version, documents, skipped, build FROM publications "
                   "ORDER BY seq DESC LIMIT 1",
                   last)) {
    return Error("reading the last publication");
  }
  int rc = sqlite3_step(last.handle);
  if (rc == SQLITE_DONE) return state;
  if (rc != SQLITE_ROW) return Error("reading the last publication");
  state.at = ColumnText(last.handle, 0);
  state.version = ColumnText(last.handle, 1);
  state.documents = static_cast<size_t>(sqlite3_column_int64(last.handle, 2));
  state.skipped = static_cast<size_t>(sqlite3_column_int64(last.handle, 3));
  state.build = ColumnText(last.handle, 4);
  return state;
}

StatusOr<PublishedState> SqliteStore::LoadPublishedState() {
  StatusOr<PublishedState> last = LastPublication();
  if (!last.ok() || last->at.empty()) return last;
  PublishedState& state = *last;
  int rc;
  Statement stories;
  if (!PrepareOnce(db_, "SELECT id, documents FROM published_stories ORDER BY ord", stories)) {
    return Error("reading the published stories");
  }
  while ((rc = sqlite3_step(stories.handle)) == SQLITE_ROW) {
    state.story_documents.emplace_back(
        ColumnText(stories.handle, 0),
        static_cast<size_t>(sqlite3_column_int64(stories.handle, 1)));
  }
  if (rc != SQLITE_DONE) return Error("reading the published stories");
  Statement claims;
  if (!PrepareOnce(db_, "SELECT id, story, status, statements FROM published_claims", claims)) {
    return Error("reading the published claims");
  }
  while ((rc = sqlite3_step(claims.handle)) == SQLITE_ROW) {
    state.claims.emplace_back(
        ColumnText(claims.handle, 0),
        PublishedState::Claim{ColumnText(claims.handle, 1), ColumnText(claims.handle, 2),
                              static_cast<size_t>(sqlite3_column_int64(claims.handle, 3))});
  }
  if (rc != SQLITE_DONE) return Error("reading the published claims");
  return last;
}

StatusOr<std::optional<Report>> SqliteStore::LoadPublishedReport() {
  StatusOr<PublishedState> state = LastPublication();
  if (!state.ok()) return state.status();
  if (state->at.empty()) return std::optional<Report>();
  Report report;
  report.version = state->version;
  {
    Statement select;
    if (!PrepareOnce(db_,
                     "SELECT p.id, p.data, d.data FROM published_documents p "
                     "JOIN documents d ON d.id = p.id ORDER BY p.ord",
                     select)) {
      return Error("reading the published documents");
    }
    int rc;
    while ((rc = sqlite3_step(select.handle)) == SQLITE_ROW) {
      const std::string id = ColumnText(select.handle, 0);
      StatusOr<ReportDocument> document =
          DecodePacked(ColumnBlob(select.handle, 1), DecodeReportDocument);
      if (!document.ok()) return StoreRowError(path_, "published document", id, document.status());
      StatusOr<Article> article = DecodePacked(ColumnBlob(select.handle, 2), DecodeStoredArticle);
      if (!article.ok()) return StoreRowError(path_, "document", id, article.status());
      document->body = article->Body();
      report.documents.push_back(std::move(*document));
    }
    if (rc != SQLITE_DONE) return Error("reading the published documents");
  }
  {
    Statement select;
    if (!PrepareOnce(db_, "SELECT id, data FROM published_stories ORDER BY ord", select)) {
      return Error("reading the published stories");
    }
    int rc;
    while ((rc = sqlite3_step(select.handle)) == SQLITE_ROW) {
      StatusOr<ReportStory> story = DecodePacked(ColumnBlob(select.handle, 1), DecodeReportStory);
      if (!story.ok()) {
        return StoreRowError(path_, "published story", ColumnText(select.handle, 0),
                             story.status());
      }
      report.stories.push_back(std::move(*story));
    }
    if (rc != SQLITE_DONE) return Error("reading the published stories");
  }
  {
    Statement select;
    if (!PrepareOnce(db_, "SELECT input, reason FROM skipped ORDER BY seq", select)) {
      return Error("reading skipped inputs");
    }
    int rc;
    while ((rc = sqlite3_step(select.handle)) == SQLITE_ROW) {
      report.skipped.push_back({ColumnText(select.handle, 0), ColumnText(select.handle, 1)});
    }
    if (rc != SQLITE_DONE) return Error("reading skipped inputs");
  }
  return std::optional<Report>(std::move(report));
}

StatusOr<std::vector<StorySummary>> SqliteStore::StorySummaries() {
  Statement select;
  if (!PrepareOnce(db_, "SELECT id, summary FROM published_stories ORDER BY ord", select)) {
    return Error("reading the story summaries");
  }
  std::vector<StorySummary> summaries;
  int rc;
  while ((rc = sqlite3_step(select.handle)) == SQLITE_ROW) {
    StatusOr<StorySummary> summary = DecodePacked(ColumnBlob(select.handle, 1), DecodeStorySummary);
    if (!summary.ok()) {
      return StoreRowError(path_, "story summary", ColumnText(select.handle, 0), summary.status());
    }
    summaries.push_back(std::move(*summary));
  }
  if (rc != SQLITE_DONE) return Error("reading the story summaries");
  return summaries;
}

StatusOr<std::optional<ReportDocument>> SqliteStore::PublishedDocument(std::string_view id) {
  sqlite3_stmt* select = published_document_;
  sqlite3_reset(select);
  BindText(select, 1, id);
  const int rc = sqlite3_step(select);
  if (rc == SQLITE_DONE) {
    sqlite3_reset(select);
    return std::optional<ReportDocument>();
  }
  if (rc != SQLITE_ROW) {
    sqlite3_reset(select);
    return Error("reading document " + std::string(id));
  }
  StatusOr<ReportDocument> document = DecodePacked(ColumnBlob(select, 0), DecodeReportDocument);
  StatusOr<Article> article = DecodePacked(ColumnBlob(select, 1), DecodeStoredArticle);
  sqlite3_reset(select);
  if (!document.ok()) return StoreRowError(path_, "published document", id, document.status());
  if (!article.ok()) return StoreRowError(path_, "document", id, article.status());
  document->body = article->Body();
  return std::optional<ReportDocument>(std::move(*document));
}

StatusOr<std::optional<StoryPage>> SqliteStore::LoadStory(std::string_view id, size_t first,
                                                          size_t count) {
  Statement select;
  if (!PrepareOnce(db_, "SELECT data FROM published_stories WHERE id = ?", select)) {
    return Error("reading story " + std::string(id));
  }
  BindText(select.handle, 1, id);
  const int rc = sqlite3_step(select.handle);
  if (rc == SQLITE_DONE) return std::optional<StoryPage>();
  if (rc != SQLITE_ROW) return Error("reading story " + std::string(id));
  StatusOr<ReportStory> story = DecodePacked(ColumnBlob(select.handle, 0), DecodeReportStory);
  if (!story.ok()) return StoreRowError(path_, "published story", id, story.status());
  // In the report's order: the story lists its documents in that order.
  StatusOr<StoryPage> page =
      PageOfStory(std::move(*story), first, count,
                  [this](std::string_view member) { return PublishedDocument(member); });
  if (!page.ok()) return page.status();
  return std::optional<StoryPage>(std::move(*page));
}

StatusOr<std::optional<ReportDocument>> SqliteStore::LoadDocument(std::string_view id) {
  return PublishedDocument(id);
}

StatusOr<std::vector<SearchHit>> SqliteStore::Search(std::string_view text, size_t limit) {
  std::vector<SearchHit> hits;
  const std::vector<std::string> words = SearchWords(text);
  if (words.empty() || limit == 0) return hits;
  Statement select;
  if (!PrepareOnce(db_,
                   "SELECT d.id, coalesce(p.story, ''), d.data, bm25(documents_fts) AS rank "
                   "FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid "
                   "LEFT JOIN published_documents p ON p.id = d.id "
                   "WHERE documents_fts MATCH ?1 AND documents_fts.rowid >= coalesce(("
                   "  SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?1"
                   "  ORDER BY rowid DESC LIMIT 1 OFFSET ?3), 0) "
                   "ORDER BY rank, d.seq LIMIT ?2",
                   select)) {
    return Error("searching");
  }
  BindText(select.handle, 1, FtsQuery(words));
  sqlite3_bind_int64(select.handle, 2, static_cast<int64_t>(limit));
  sqlite3_bind_int64(select.handle, 3, static_cast<int64_t>(kSearchRankedMatches - 1));
  int rc;
  while ((rc = sqlite3_step(select.handle)) == SQLITE_ROW) {
    SearchHit hit;
    hit.document = ColumnText(select.handle, 0);
    hit.story = ColumnText(select.handle, 1);
    StatusOr<Article> article = DecodePacked(ColumnBlob(select.handle, 2), DecodeStoredArticle);
    if (!article.ok()) return StoreRowError(path_, "document", hit.document, article.status());
    hit.title = article->title;
    hit.snippet = SearchSnippet(article->Body(), words);
    hit.score = -sqlite3_column_double(select.handle, 3);
    hits.push_back(std::move(hit));
  }
  if (rc != SQLITE_DONE) return Error("searching");
  return hits;
}

StatusOr<std::vector<ChangeRecord>> SqliteStore::ChangesSince(std::string_view since,
                                                              std::string_view story,
                                                              size_t limit) {
  Statement select;
  if (!PrepareOnce(db_,
                   "SELECT seq, at, kind, story, claim, text FROM changes "
                   "WHERE at >= ?1 AND (?2 = '' OR story = ?2) ORDER BY seq DESC LIMIT ?3",
                   select)) {
    return Error("reading changes");
  }
  BindText(select.handle, 1, since);
  BindText(select.handle, 2, story);
  sqlite3_bind_int64(select.handle, 3, static_cast<int64_t>(std::min<size_t>(limit, INT64_MAX)));
  std::vector<ChangeRecord> changes;
  int rc;
  while ((rc = sqlite3_step(select.handle)) == SQLITE_ROW) {
    ChangeRecord change;
    change.seq = sqlite3_column_int64(select.handle, 0);
    change.at = ColumnText(select.handle, 1);
    change.kind = ColumnText(select.handle, 2);
    change.story = ColumnText(select.handle, 3);
    change.claim = ColumnText(select.handle, 4);
    change.text = ColumnText(select.handle, 5);
    changes.push_back(std::move(change));
  }
  if (rc != SQLITE_DONE) return Error("reading changes");
  return changes;
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
