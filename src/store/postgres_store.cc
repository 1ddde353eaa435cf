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
#include "store/postgres_publication.h"
#include "store/postgres_rows.h"
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

// Runs several statements without parameters (a migration): ok or an IoError as Run's.
Status RunScript(PGconn* connection, const std::string& name, const char* sql) {
  PgResult result(PQexec(connection, sql));
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
  StatusOr<PgResult> quiet =
      Run(connection, name, "configuring the session", "SET client_min_messages = warning");
  if (!quiet.ok()) return quiet.status();

  const auto version_of = [&]() -> StatusOr<int64_t> {
    StatusOr<PgResult> exists = Run(connection, name, "reading its version",
                                  "SELECT 1 WHERE to_regclass('crosscheck.meta') IS NOT NULL");
    if (!exists.ok()) return exists.status();
    if (exists->rows() == 0) return int64_t{0};
    StatusOr<PgResult> meta =
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
      StatusOr<PgResult> result = Run(connection, name, "migrating", sql);
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
        StatusOr<PgResult> stamp =
            Run(connection, name, "migrating",
                "INSERT INTO crosscheck.meta VALUES ('application', $1), ('version', $2)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                PgParams().Text(kApplication).Int(step));
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
  StatusOr<PgResult> begin = Run(connection_, name_, "starting a transaction", "BEGIN");
  if (!begin.ok()) return begin.status();
  in_transaction_ = true;
  return Status::Ok();
}

StatusOr<bool> PostgresStore::HasFingerprint(uint64_t fingerprint) {
  StatusOr<PgResult> found = Run(connection_, name_, "looking up a document",
                               "SELECT 1 FROM crosscheck.documents WHERE fingerprint = $1 LIMIT 1",
                               PgParams().Int(std::bit_cast<int64_t>(fingerprint)));
  if (!found.ok()) return found.status();
  return found->rows() > 0;
}

StatusOr<std::vector<std::string>> PostgresStore::DocumentIds() {
  StatusOr<PgResult> rows = Run(connection_, name_, "reading document ids",
                              "SELECT id FROM crosscheck.documents ORDER BY seq");
  if (!rows.ok()) return rows.status();
  std::vector<std::string> ids;
  for (int row = 0; row < rows->rows(); ++row) ids.push_back(rows->Text(row, 0));
  return ids;
}

StatusOr<size_t> PostgresStore::DocumentCount() {
  StatusOr<PgResult> count = Run(connection_, name_, "counting documents",
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
  StatusOr<PgResult> inserted =
      Run(connection_, name_, "adding document " + article.id,
          "INSERT INTO crosscheck.documents (id, fingerprint, codec, data, search)"
          " VALUES ($1, $2, $3, $4, to_tsvector('simple', $5))",
          PgParams()
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
             PgParams().Text(input).Text(reason))
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
      StatusOr<PgResult> rows = Run(connection_, name_, "reading documents", fetch.c_str());
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
    StatusOr<PgResult> rows = Run(connection_, name_, "reading skipped inputs",
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
  return BeginPostgresPublication(connection_, name_, at);
}

StatusOr<PublishedState> PostgresStore::LastPublication() {
  PublishedState state;
  StatusOr<PgResult> last =
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
  StatusOr<PgResult> stories =
      Run(connection_, name_, "reading the published stories",
          "SELECT id, documents FROM crosscheck.published_stories ORDER BY ord");
  if (!stories.ok()) return stories.status();
  for (int row = 0; row < stories->rows(); ++row) {
    state.story_documents.emplace_back(stories->Text(row, 0),
                                       static_cast<size_t>(stories->Int(row, 1)));
  }
  StatusOr<PgResult> claims =
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
  StatusOr<PgResult> documents =
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
  StatusOr<PgResult> stories = Run(connection_, name_, "reading the published stories",
                                 "SELECT id, data FROM crosscheck.published_stories ORDER BY ord");
  if (!stories.ok()) return stories.status();
  for (int row = 0; row < stories->rows(); ++row) {
    StatusOr<ReportStory> story = DecodePacked(stories->Bytes(row, 1), DecodeReportStory);
    if (!story.ok())
      return StoreRowError(name_, "published story", stories->Text(row, 0), story.status());
    report.stories.push_back(std::move(*story));
  }
  StatusOr<PgResult> skipped = Run(connection_, name_, "reading skipped inputs",
                                 "SELECT input, reason FROM crosscheck.skipped ORDER BY seq");
  if (!skipped.ok()) return skipped.status();
  for (int row = 0; row < skipped->rows(); ++row) {
    report.skipped.push_back({skipped->Text(row, 0), skipped->Text(row, 1)});
  }
  return std::optional<Report>(std::move(report));
}

StatusOr<std::vector<StorySummary>> PostgresStore::StorySummaries() {
  StatusOr<PgResult> rows = Run(connection_, name_, "reading the story summaries",
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
  StatusOr<PgResult> rows = Run(connection_, name_, "reading document " + std::string(id),
                              "SELECT p.data, d.data FROM crosscheck.published_documents p"
                              " JOIN crosscheck.documents d ON d.id = p.id WHERE p.id = $1",
                              PgParams().Text(id));
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
  StatusOr<PgResult> rows =
      Run(connection_, name_, "reading story " + std::string(id),
          "SELECT data FROM crosscheck.published_stories WHERE id = $1", PgParams().Text(id));
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
  StatusOr<PgResult> rows =
      Run(connection_, name_, "searching",
          "SELECT d.id, coalesce(p.story, ''), d.data,"
          " ts_rank(d.search, q)::float8 AS rank"
          " FROM crosscheck.documents d CROSS JOIN plainto_tsquery('simple', $1) q"
          " LEFT JOIN crosscheck.published_documents p ON p.id = d.id"
          " WHERE d.search @@ q AND d.seq >= coalesce((SELECT e.seq FROM crosscheck.documents e"
          "   WHERE e.search @@ q ORDER BY e.seq DESC OFFSET $3 LIMIT 1), 0)"
          " ORDER BY rank DESC, d.seq LIMIT $2",
          PgParams()
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
  StatusOr<PgResult> rows =
      Run(connection_, name_, "reading changes",
          "SELECT seq, at, kind, story, claim, text FROM crosscheck.changes"
          " WHERE at >= $1 AND ($2 = '' OR story = $2) ORDER BY seq DESC LIMIT $3",
          PgParams().Text(since).Text(story).Int(
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
