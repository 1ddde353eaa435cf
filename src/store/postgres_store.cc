#include "store/postgres_store.h"

#include <endian.h>
#include <libpq-fe.h>
#include <xxhash.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <memory>
#include <unordered_map>
#include <utility>

#include "base/build_id.h"
#include "base/utf8.h"
#include "store/blob_packing.h"
#include "store/codec.h"
#include "store/published.h"
#include "store/report_codec.h"

namespace crosscheck {
namespace {

constexpr const char* kApplication = "crosscheck store";
// pg_advisory_xact_lock key for migrations: "CCST", as the SQLite application id.
constexpr const char* kMigrationLock = "SELECT pg_advisory_xact_lock(1128485716)";
// A tsvector holds at most 1 MB; a document's search text is cut well below that.
constexpr size_t kMaxSearchTextBytes = 256 * 1024;

// One migration per version; each runs in its own transaction under the advisory lock.
constexpr const char* kMigrations[] = {
    // 1: documents with their search vector, skipped inputs, the published report, the log.
    "CREATE TABLE crosscheck.documents ("
    "  seq BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE, fingerprint BIGINT NOT NULL,"
    "  codec BIGINT NOT NULL, data BYTEA NOT NULL, search TSVECTOR NOT NULL);"
    "CREATE INDEX documents_by_fingerprint ON crosscheck.documents (fingerprint);"
    "CREATE INDEX documents_search ON crosscheck.documents USING GIN (search);"
    "CREATE TABLE crosscheck.skipped ("
    "  seq BIGSERIAL PRIMARY KEY, input TEXT NOT NULL UNIQUE, reason TEXT NOT NULL);"
    "CREATE TABLE crosscheck.published_documents ("
    "  ord BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE, story TEXT NOT NULL,"
    "  data BYTEA NOT NULL);"
    "CREATE TABLE crosscheck.published_stories ("
    "  ord BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE, documents BIGINT NOT NULL,"
    "  hash BIGINT NOT NULL, changed_at TEXT NOT NULL, summary BYTEA NOT NULL,"
    "  data BYTEA NOT NULL);"
    "CREATE TABLE crosscheck.published_claims ("
    "  id TEXT PRIMARY KEY, story TEXT NOT NULL, status TEXT NOT NULL,"
    "  statements BIGINT NOT NULL);"
    "CREATE TABLE crosscheck.publications ("
    "  seq BIGSERIAL PRIMARY KEY, at TEXT NOT NULL, version TEXT NOT NULL, build TEXT NOT NULL,"
    "  documents BIGINT NOT NULL, skipped BIGINT NOT NULL);"
    "CREATE TABLE crosscheck.changes ("
    "  seq BIGSERIAL PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, story TEXT NOT NULL,"
    "  claim TEXT NOT NULL, text TEXT NOT NULL);"
    "CREATE INDEX changes_by_story ON crosscheck.changes (story, seq);"
    "CREATE INDEX changes_by_at ON crosscheck.changes (at);",
};
static_assert(std::size(kMigrations) == kPostgresSchemaVersion);

}  // namespace

std::string HidePostgresPassword(std::string_view url) {
  std::string shown(url);
  const size_t scheme = shown.find("://");
  const size_t at = shown.find('@', scheme == std::string::npos ? 0 : scheme + 3);
  if (scheme != std::string::npos && at != std::string::npos) {
    const size_t colon = shown.find(':', scheme + 3);
    if (colon != std::string::npos && colon < at) shown.replace(colon + 1, at - colon - 1, "***");
  }
  for (size_t key = shown.find("password="); key != std::string::npos;
       key = shown.find("password=", key + 1)) {
    size_t end = shown.find_first_of("& ", key);
    if (end == std::string::npos) end = shown.size();
    shown.replace(key + 9, end - key - 9, "***");
  }
  return shown;
}

namespace {

// Text for a TEXT parameter: PostgreSQL refuses NUL bytes and invalid UTF-8, which input may
// hold (a JSONL id); NUL becomes U+FFFD, invalid sequences too. Blobs keep the true values.
std::string TextParameter(std::string_view text) {
  std::string clean = SanitizeUtf8(text);
  size_t nul;
  while ((nul = clean.find('\0')) != std::string::npos) clean.replace(nul, 1, "\xEF\xBF\xBD");
  return clean;
}

// Owns a PGresult.
class Result {
 public:
  explicit Result(PGresult* result) : result_(result) {}
  ~Result() { PQclear(result_); }
  Result(Result&& other) noexcept : result_(std::exchange(other.result_, nullptr)) {}
  Result(const Result&) = delete;
  Result& operator=(const Result&) = delete;

  ExecStatusType status() const { return PQresultStatus(result_); }
  std::string primary_error() const {
    const char* message = PQresultErrorField(result_, PG_DIAG_MESSAGE_PRIMARY);
    return message != nullptr ? message : "";
  }
  // The SQLSTATE of an error ("23505": unique violation), else empty.
  std::string sqlstate() const {
    const char* state = PQresultErrorField(result_, PG_DIAG_SQLSTATE);
    return state != nullptr ? state : "";
  }
  int rows() const { return PQntuples(result_); }
  bool IsNull(int row, int column) const { return PQgetisnull(result_, row, column) != 0; }
  std::string_view Bytes(int row, int column) const {
    return std::string_view(PQgetvalue(result_, row, column),
                            static_cast<size_t>(PQgetlength(result_, row, column)));
  }
  std::string Text(int row, int column) const { return std::string(Bytes(row, column)); }
  // A BIGINT column in binary format.
  int64_t Int(int row, int column) const {
    const std::string_view bytes = Bytes(row, column);
    if (bytes.size() != 8) return 0;
    uint64_t value;
    std::memcpy(&value, bytes.data(), 8);
    return static_cast<int64_t>(be64toh(value));
  }

 private:
  PGresult* result_;
};

// Parameters of one statement: text values, or binary ones (BYTEA); integers as text.
class Params {
 public:
  Params& Text(std::string_view text) {
    values_.push_back(TextParameter(text));
    formats_.push_back(0);
    return *this;
  }
  Params& Binary(std::string bytes) {
    values_.push_back(std::move(bytes));
    formats_.push_back(1);
    return *this;
  }
  Params& Int(int64_t value) {
    values_.push_back(std::to_string(value));
    formats_.push_back(0);
    return *this;
  }
  int size() const { return static_cast<int>(values_.size()); }
  std::vector<const char*> Values() const {
    std::vector<const char*> pointers;
    for (const std::string& value : values_) pointers.push_back(value.data());
    return pointers;
  }
  std::vector<int> Lengths() const {
    std::vector<int> lengths;
    for (const std::string& value : values_) lengths.push_back(static_cast<int>(value.size()));
    return lengths;
  }
  const int* Formats() const { return formats_.data(); }

 private:
  std::vector<std::string> values_;
  std::vector<int> formats_;
};

// Runs `sql` with `params`, results in binary format: the rows, or an IoError naming the
// store (`name`), what failed and the server's message.
StatusOr<Result> Run(PGconn* connection, const std::string& name, const std::string& what,
                     const char* sql, const Params& params = Params(),
                     std::string* sqlstate = nullptr) {
  const std::vector<const char*> values = params.Values();
  const std::vector<int> lengths = params.Lengths();
  Result result(PQexecParams(connection, sql, params.size(), nullptr, values.data(), lengths.data(),
                             params.Formats(), 1));
  const ExecStatusType status = result.status();
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return result;
  // The server's primary message only: one line (its LINE/caret detail spans several).
  std::string message = result.primary_error();
  if (message.empty()) message = PQerrorMessage(connection);
  for (char& c : message) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  if (sqlstate != nullptr) *sqlstate = result.sqlstate();
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  return IoError("store " + name + ": " + what + ": " + message);
}

// Runs several statements without parameters (a migration): ok or an IoError as Run's.
Status RunScript(PGconn* connection, const std::string& name, const char* sql) {
  Result result(PQexec(connection, sql));
  if (result.status() == PGRES_COMMAND_OK || result.status() == PGRES_TUPLES_OK) {
    return Status::Ok();
  }
  std::string message = result.primary_error();
  if (message.empty()) message = PQerrorMessage(connection);
  for (char& c : message) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return IoError("store " + name + ": migrating: " + message);
}

}  // namespace

bool IsPostgresUrl(std::string_view db) {
  return db.rfind("postgresql://", 0) == 0 || db.rfind("postgres://", 0) == 0;
}

StatusOr<std::unique_ptr<PostgresStore>> PostgresStore::Open(const std::string& url,
                                                             OpenMode mode) {
  const std::string name = HidePostgresPassword(url);
  PGconn* raw = PQconnectdb(url.c_str());
  std::unique_ptr<PostgresStore> store(new PostgresStore(raw, name));
  if (raw == nullptr || PQstatus(raw) != CONNECTION_OK) {
    std::string message = raw != nullptr ? PQerrorMessage(raw) : "out of memory";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) {
      message.pop_back();
    }
    return IoError("cannot open store " + name + ": " + message);
  }
  PGconn* connection = store->connection_;
  // Quiet: no NOTICE lines ("schema already exists") on stderr.
  StatusOr<Result> quiet =
      Run(connection, name, "configuring the session", "SET client_min_messages = warning");
  if (!quiet.ok()) return quiet.status();

  const auto version_of = [&]() -> StatusOr<int64_t> {
    StatusOr<Result> exists = Run(connection, name, "reading its version",
                                  "SELECT 1 WHERE to_regclass('crosscheck.meta') IS NOT NULL");
    if (!exists.ok()) return exists.status();
    if (exists->rows() == 0) return int64_t{0};
    StatusOr<Result> meta =
        Run(connection, name, "reading its version",
            "SELECT (SELECT value FROM crosscheck.meta WHERE key = 'application'),"
            " (SELECT value FROM crosscheck.meta WHERE key = 'version')::bigint");
    if (!meta.ok()) return meta.status();
    // An empty table: made by this migration's own transaction, nothing stamped yet.
    if (meta->IsNull(0, 0) && meta->IsNull(0, 1)) return int64_t{0};
    if (meta->Text(0, 0) != kApplication) {
      return InvalidArgumentError(name +
                                  " is not a crosscheck store (its schema crosscheck "
                                  "belongs to another application)");
    }
    return meta->Int(0, 1);
  };
  StatusOr<int64_t> version = version_of();
  if (!version.ok()) return version.status();
  if (*version > kPostgresSchemaVersion) {
    return UnsupportedError("store " + name + " has schema version " + std::to_string(*version) +
                            "; this crosscheck knows versions up to " +
                            std::to_string(kPostgresSchemaVersion) + ": use a newer crosscheck");
  }
  if (mode == OpenMode::kExisting) {
    if (*version == 0) return NotFoundError("no store at " + name);
    if (*version < kPostgresSchemaVersion) {
      return UnsupportedError("store " + name + " has schema version " + std::to_string(*version) +
                              "; run `crosscheck ingest` to upgrade it");
    }
    return store;
  }
  for (int step = 1; step <= kPostgresSchemaVersion; ++step) {
    if (step <= *version) continue;
    Status status = Status::Ok();
    const auto run = [&](const char* sql) {
      if (!status.ok()) return;
      StatusOr<Result> result = Run(connection, name, "migrating", sql);
      if (!result.ok()) status = result.status();
    };
    run("BEGIN");
    run(kMigrationLock);
    run("CREATE SCHEMA IF NOT EXISTS crosscheck");
    run("CREATE TABLE IF NOT EXISTS crosscheck.meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    // Another process may have migrated between our read and our lock.
    StatusOr<int64_t> now = status.ok() ? version_of() : StatusOr<int64_t>(status);
    if (!now.ok()) status = now.status();
    if (status.ok() && *now < step) {
      status = RunScript(connection, name, kMigrations[step - 1]);
      if (status.ok()) {
        StatusOr<Result> stamp =
            Run(connection, name, "migrating",
                "INSERT INTO crosscheck.meta VALUES ('application', $1), ('version', $2)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                Params().Text(kApplication).Int(step));
        if (!stamp.ok()) status = stamp.status();
      }
    }
    run("COMMIT");
    if (!status.ok()) {
      (void)Run(connection, name, "migrating", "ROLLBACK");
      return status;
    }
  }
  return store;
}

PostgresStore::~PostgresStore() {
  if (connection_ != nullptr && in_transaction_) {
    PQclear(PQexec(connection_, "ROLLBACK"));
  }
  PQfinish(connection_);
}

Status PostgresStore::BeginIfNeeded() {
  if (in_transaction_) return Status::Ok();
  StatusOr<Result> begin = Run(connection_, name_, "starting a transaction", "BEGIN");
  if (!begin.ok()) return begin.status();
  in_transaction_ = true;
  return Status::Ok();
}

StatusOr<bool> PostgresStore::HasFingerprint(uint64_t fingerprint) {
  StatusOr<Result> found = Run(connection_, name_, "looking up a document",
                               "SELECT 1 FROM crosscheck.documents WHERE fingerprint = $1 LIMIT 1",
                               Params().Int(std::bit_cast<int64_t>(fingerprint)));
  if (!found.ok()) return found.status();
  return found->rows() > 0;
}

StatusOr<std::vector<std::string>> PostgresStore::DocumentIds() {
  StatusOr<Result> rows = Run(connection_, name_, "reading document ids",
                              "SELECT id FROM crosscheck.documents ORDER BY seq");
  if (!rows.ok()) return rows.status();
  std::vector<std::string> ids;
  for (int row = 0; row < rows->rows(); ++row) ids.push_back(rows->Text(row, 0));
  return ids;
}

StatusOr<size_t> PostgresStore::DocumentCount() {
  StatusOr<Result> count = Run(connection_, name_, "counting documents",
                               "SELECT count(*)::bigint FROM crosscheck.documents");
  if (!count.ok()) return count.status();
  return static_cast<size_t>(count->Int(0, 0));
}

Status PostgresStore::AddDocument(uint64_t fingerprint, const Article& article,
                                  const Annotations& annotations) {
  CROSSCHECK_RETURN_IF_ERROR(BeginIfNeeded());
  std::string search = article.title + "\n" + article.Body();
  if (search.size() > kMaxSearchTextBytes) {
    size_t cut = kMaxSearchTextBytes;
    while (cut > 0 && (static_cast<unsigned char>(search[cut]) & 0xC0) == 0x80) --cut;
    search.resize(cut);
  }
  std::string sqlstate;
  StatusOr<Result> inserted =
      Run(connection_, name_, "adding document " + article.id,
          "INSERT INTO crosscheck.documents (id, fingerprint, codec, data, search)"
          " VALUES ($1, $2, $3, $4, to_tsvector('simple', $5))",
          Params()
              .Text(article.id)
              .Int(std::bit_cast<int64_t>(fingerprint))
              .Int(kDocumentCodecVersion)
              .Binary(PackBlob(EncodeAnalyzedDocument(article, annotations)))
              .Text(search),
          &sqlstate);
  if (!inserted.ok() && sqlstate == "23505") {
    return InvalidArgumentError("store " + name_ + ": document id " + article.id +
                                " is already stored");
  }
  return inserted.status();
}

Status PostgresStore::AddSkipped(std::string_view input, std::string_view reason) {
  CROSSCHECK_RETURN_IF_ERROR(BeginIfNeeded());
  return Run(connection_, name_, "recording skipped input " + std::string(input),
             "INSERT INTO crosscheck.skipped (input, reason) VALUES ($1, $2)"
             " ON CONFLICT (input) DO NOTHING",
             Params().Text(input).Text(reason))
      .status();
}

Status PostgresStore::Commit() {
  if (!in_transaction_) return Status::Ok();
  in_transaction_ = false;  // a failed COMMIT ends the transaction too
  return Run(connection_, name_, "committing", "COMMIT").status();
}

Status PostgresStore::Rollback() {
  if (!in_transaction_) return Status::Ok();
  in_transaction_ = false;
  return Run(connection_, name_, "rolling back", "ROLLBACK").status();
}

namespace {

// Documents per FETCH when reading the store through a cursor: a few MB of blobs at a time.
constexpr int kDocumentsPerFetch = 256;

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
            Params()
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
              Params()
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
               Params()
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
                                     Params()
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
               Params()
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

Status PostgresStore::LoadEach(const DocumentVisitor& visit, std::vector<ReportSkipped>* skipped) {
  // A cursor, fetched kDocumentsPerFetch rows at a time: the result set is never whole in this
  // process, and every batch comes from the snapshot the cursor was declared in. A cursor
  // lives in a transaction: the open batch's, or one of its own, ended here.
  const bool own_transaction = !in_transaction_;
  if (own_transaction) {
    CROSSCHECK_RETURN_IF_ERROR(
        Run(connection_, name_, "starting a transaction", "BEGIN").status());
  }
  const auto read = [&]() -> Status {
    CROSSCHECK_RETURN_IF_ERROR(Run(connection_, name_, "reading documents",
                                   "DECLARE crosscheck_load NO SCROLL CURSOR FOR"
                                   " SELECT id, data FROM crosscheck.documents ORDER BY seq")
                                   .status());
    const std::string fetch = "FETCH " + std::to_string(kDocumentsPerFetch) + " FROM crosscheck_load";
    Status status = Status::Ok();
    while (status.ok()) {
      StatusOr<Result> rows = Run(connection_, name_, "reading documents", fetch.c_str());
      if (!rows.ok()) return rows.status();
      if (rows->rows() == 0) break;
      for (int row = 0; row < rows->rows() && status.ok(); ++row) {
        const std::string id = rows->Text(row, 0);
        StatusOr<AnalyzedDocument> document =
            DecodePacked(rows->Bytes(row, 1), DecodeAnalyzedDocument);
        if (!document.ok()) {
          status = StoreRowError(name_, "document", id, document.status());
          break;
        }
        status = visit(std::move(document->article), std::move(document->annotations));
      }
    }
    // Closed also after an error of the visitor, so that the open batch can read again.
    const Status closed =
        Run(connection_, name_, "reading documents", "CLOSE crosscheck_load").status();
    CROSSCHECK_RETURN_IF_ERROR(status);
    CROSSCHECK_RETURN_IF_ERROR(closed);
    if (skipped == nullptr) return Status::Ok();
    StatusOr<Result> rows = Run(connection_, name_, "reading skipped inputs",
                                "SELECT input, reason FROM crosscheck.skipped ORDER BY seq");
    if (!rows.ok()) return rows.status();
    for (int row = 0; row < rows->rows(); ++row) {
      skipped->push_back({rows->Text(row, 0), rows->Text(row, 1)});
    }
    return Status::Ok();
  };
  const Status status = read();
  if (!own_transaction) return status;
  // Nothing was written: either ends the read-only transaction.
  const Status ended =
      Run(connection_, name_, "ending a transaction", status.ok() ? "COMMIT" : "ROLLBACK")
          .status();
  return status.ok() ? ended : status;
}

StatusOr<std::unique_ptr<PublicationWriter>> PostgresStore::BeginPublication(std::string_view at) {
  CROSSCHECK_RETURN_IF_ERROR(BeginIfNeeded());
  PreviousStoryVersions previous;
  {
    StatusOr<Result> rows = Run(connection_, name_, "reading the published stories",
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
        Run(connection_, name_, "replacing the published report", sql).status());
  }
  return std::unique_ptr<PublicationWriter>(
      std::make_unique<PostgresPublication>(connection_, name_, at, std::move(previous)));
}

StatusOr<PublishedState> PostgresStore::LastPublication() {
  PublishedState state;
  StatusOr<Result> last =
      Run(connection_, name_, "reading the last publication",
          "SELECT at, version, documents, skipped, build FROM crosscheck.publications"
          " ORDER BY seq DESC LIMIT 1");
  if (!last.ok()) return last.status();
  if (last->rows() == 0) return state;
  state.at = last->Text(0, 0);
  state.version = last->Text(0, 1);
  state.documents = static_cast<size_t>(last->Int(0, 2));
  state.skipped = static_cast<size_t>(last->Int(0, 3));
  state.build = last->Text(0, 4);
  return state;
}

StatusOr<PublishedState> PostgresStore::LoadPublishedState() {
  StatusOr<PublishedState> published = LastPublication();
  if (!published.ok() || published->at.empty()) return published;
  PublishedState& state = *published;
  StatusOr<Result> stories =
      Run(connection_, name_, "reading the published stories",
          "SELECT id, documents FROM crosscheck.published_stories ORDER BY ord");
  if (!stories.ok()) return stories.status();
  for (int row = 0; row < stories->rows(); ++row) {
    state.story_documents.emplace_back(stories->Text(row, 0),
                                       static_cast<size_t>(stories->Int(row, 1)));
  }
  StatusOr<Result> claims =
      Run(connection_, name_, "reading the published claims",
          "SELECT id, story, status, statements FROM crosscheck.published_claims");
  if (!claims.ok()) return claims.status();
  for (int row = 0; row < claims->rows(); ++row) {
    state.claims.emplace_back(claims->Text(row, 0),
                              PublishedState::Claim{claims->Text(row, 1), claims->Text(row, 2),
                                                    static_cast<size_t>(claims->Int(row, 3))});
  }
  return published;
}

StatusOr<std::optional<Report>> PostgresStore::LoadPublishedReport() {
  StatusOr<PublishedState> state = LastPublication();
  if (!state.ok()) return state.status();
  if (state->at.empty()) return std::optional<Report>();
  Report report;
  report.version = state->version;
  StatusOr<Result> documents =
      Run(connection_, name_, "reading the published documents",
          "SELECT p.id, p.data, d.data FROM crosscheck.published_documents p"
          " JOIN crosscheck.documents d ON d.id = p.id ORDER BY p.ord");
  if (!documents.ok()) return documents.status();
  for (int row = 0; row < documents->rows(); ++row) {
    const std::string id = documents->Text(row, 0);
    StatusOr<ReportDocument> document =
        DecodePacked(documents->Bytes(row, 1), DecodeReportDocument);
    if (!document.ok()) return StoreRowError(name_, "published document", id, document.status());
    StatusOr<Article> article = DecodePacked(documents->Bytes(row, 2), DecodeStoredArticle);
    if (!article.ok()) return StoreRowError(name_, "document", id, article.status());
    document->body = article->Body();
    report.documents.push_back(std::move(*document));
  }
  StatusOr<Result> stories = Run(connection_, name_, "reading the published stories",
                                 "SELECT id, data FROM crosscheck.published_stories ORDER BY ord");
  if (!stories.ok()) return stories.status();
  for (int row = 0; row < stories->rows(); ++row) {
    StatusOr<ReportStory> story = DecodePacked(stories->Bytes(row, 1), DecodeReportStory);
    if (!story.ok())
      return StoreRowError(name_, "published story", stories->Text(row, 0), story.status());
    report.stories.push_back(std::move(*story));
  }
  StatusOr<Result> skipped = Run(connection_, name_, "reading skipped inputs",
                                 "SELECT input, reason FROM crosscheck.skipped ORDER BY seq");
  if (!skipped.ok()) return skipped.status();
  for (int row = 0; row < skipped->rows(); ++row) {
    report.skipped.push_back({skipped->Text(row, 0), skipped->Text(row, 1)});
  }
  return std::optional<Report>(std::move(report));
}

StatusOr<std::vector<StorySummary>> PostgresStore::StorySummaries() {
  StatusOr<Result> rows = Run(connection_, name_, "reading the story summaries",
                              "SELECT id, summary FROM crosscheck.published_stories ORDER BY ord");
  if (!rows.ok()) return rows.status();
  std::vector<StorySummary> summaries;
  for (int row = 0; row < rows->rows(); ++row) {
    StatusOr<StorySummary> summary = DecodePacked(rows->Bytes(row, 1), DecodeStorySummary);
    if (!summary.ok())
      return StoreRowError(name_, "story summary", rows->Text(row, 0), summary.status());
    summaries.push_back(std::move(*summary));
  }
  return summaries;
}

StatusOr<std::optional<ReportDocument>> PostgresStore::PublishedDocument(std::string_view id) {
  StatusOr<Result> rows = Run(connection_, name_, "reading document " + std::string(id),
                              "SELECT p.data, d.data FROM crosscheck.published_documents p"
                              " JOIN crosscheck.documents d ON d.id = p.id WHERE p.id = $1",
                              Params().Text(id));
  if (!rows.ok()) return rows.status();
  if (rows->rows() == 0) return std::optional<ReportDocument>();
  StatusOr<ReportDocument> document = DecodePacked(rows->Bytes(0, 0), DecodeReportDocument);
  if (!document.ok()) return StoreRowError(name_, "published document", id, document.status());
  StatusOr<Article> article = DecodePacked(rows->Bytes(0, 1), DecodeStoredArticle);
  if (!article.ok()) return StoreRowError(name_, "document", id, article.status());
  document->body = article->Body();
  return std::optional<ReportDocument>(std::move(*document));
}

StatusOr<std::optional<StoryPage>> PostgresStore::LoadStory(std::string_view id, size_t first,
                                                            size_t count) {
  StatusOr<Result> rows =
      Run(connection_, name_, "reading story " + std::string(id),
          "SELECT data FROM crosscheck.published_stories WHERE id = $1", Params().Text(id));
  if (!rows.ok()) return rows.status();
  if (rows->rows() == 0) return std::optional<StoryPage>();
  StatusOr<ReportStory> story = DecodePacked(rows->Bytes(0, 0), DecodeReportStory);
  if (!story.ok()) return StoreRowError(name_, "published story", id, story.status());
  // In the report's order: the story lists its documents in that order.
  StatusOr<StoryPage> page =
      PageOfStory(std::move(*story), first, count,
                  [this](std::string_view member) { return PublishedDocument(member); });
  if (!page.ok()) return page.status();
  return std::optional<StoryPage>(std::move(*page));
}

StatusOr<std::optional<ReportDocument>> PostgresStore::LoadDocument(std::string_view id) {
  return PublishedDocument(id);
}

StatusOr<std::vector<SearchHit>> PostgresStore::Search(std::string_view text, size_t limit) {
  std::vector<SearchHit> hits;
  const std::vector<std::string> words = SearchWords(text);
  if (words.empty() || limit == 0) return hits;
  std::string joined;
  for (const std::string& word : words) joined += (joined.empty() ? "" : " ") + word;
  StatusOr<Result> rows =
      Run(connection_, name_, "searching",
          "SELECT d.id, coalesce(p.story, ''), d.data,"
          " ts_rank(d.search, q)::float8 AS rank"
          " FROM crosscheck.documents d CROSS JOIN plainto_tsquery('simple', $1) q"
          " LEFT JOIN crosscheck.published_documents p ON p.id = d.id"
          " WHERE d.search @@ q AND d.seq >= coalesce((SELECT e.seq FROM crosscheck.documents e"
          "   WHERE e.search @@ q ORDER BY e.seq DESC OFFSET $3 LIMIT 1), 0)"
          " ORDER BY rank DESC, d.seq LIMIT $2",
          Params()
              .Text(joined)
              .Int(static_cast<int64_t>(std::min<size_t>(limit, INT32_MAX)))
              .Int(static_cast<int64_t>(kSearchRankedMatches - 1)));
  if (!rows.ok()) return rows.status();
  for (int row = 0; row < rows->rows(); ++row) {
    SearchHit hit;
    hit.document = rows->Text(row, 0);
    hit.story = rows->Text(row, 1);
    StatusOr<Article> article = DecodePacked(rows->Bytes(row, 2), DecodeStoredArticle);
    if (!article.ok()) return StoreRowError(name_, "document", hit.document, article.status());
    hit.title = article->title;
    hit.snippet = SearchSnippet(article->Body(), words);
    const std::string_view rank = rows->Bytes(row, 3);
    if (rank.size() == 8) {
      uint64_t bits;
      std::memcpy(&bits, rank.data(), 8);
      hit.score = std::bit_cast<double>(be64toh(bits));
    }
    hits.push_back(std::move(hit));
  }
  return hits;
}

StatusOr<std::vector<ChangeRecord>> PostgresStore::ChangesSince(std::string_view since,
                                                                std::string_view story,
                                                                size_t limit) {
  StatusOr<Result> rows =
      Run(connection_, name_, "reading changes",
          "SELECT seq, at, kind, story, claim, text FROM crosscheck.changes"
          " WHERE at >= $1 AND ($2 = '' OR story = $2) ORDER BY seq DESC LIMIT $3",
          Params().Text(since).Text(story).Int(
              static_cast<int64_t>(std::min<size_t>(limit, INT64_MAX))));
  if (!rows.ok()) return rows.status();
  std::vector<ChangeRecord> changes;
  for (int row = 0; row < rows->rows(); ++row) {
    ChangeRecord change;
    change.seq = rows->Int(row, 0);
    change.at = rows->Text(row, 1);
    change.kind = rows->Text(row, 2);
    change.story = rows->Text(row, 3);
    change.claim = rows->Text(row, 4);
    change.text = rows->Text(row, 5);
    changes.push_back(std::move(change));
  }
  return changes;
}

Status PostgresStore::SetReadOnly() {
  return Run(connection_, name_, "configuring the session",
             "SET default_transaction_read_only = on")
      .status();
}

Status PostgresStore::DropEverything() {
  in_transaction_ = false;
  (void)Run(connection_, name_, "dropping", "ROLLBACK");
  return Run(connection_, name_, "dropping", "DROP SCHEMA IF EXISTS crosscheck CASCADE").status();
}

}  // namespace crosscheck
