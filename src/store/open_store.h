// Opens the store a `--db` value names: a PostgreSQL URL ("postgresql://..." or
// "postgres://...": PostgresStore, shared by several machines) or a file path (SqliteStore,
// the default; ":memory:" for a private in-memory one).
#ifndef CROSSCHECK_STORE_OPEN_STORE_H_
#define CROSSCHECK_STORE_OPEN_STORE_H_

#include <memory>
#include <string>

#include "base/status.h"
#include "store/store.h"

namespace crosscheck {

enum class StoreAccess {
  kCreate,    // make it when missing, migrate an older schema (ingest)
  kExisting,  // it must exist at the current schema version (report)
  kReadOnly,  // as kExisting, and this connection never writes (query, serve's readers)
};

// `db` as messages show it: a PostgreSQL URL's password hidden.
std::string StoreName(const std::string& db);

// Errors as SqliteStore::Open and PostgresStore::Open give them, naming the store.
StatusOr<std::unique_ptr<Store>> OpenStore(const std::string& db, StoreAccess access);

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_OPEN_STORE_H_
