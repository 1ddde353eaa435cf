#include "store/open_store.h"

#include "store/postgres_store.h"
#include "store/sqlite_store.h"

namespace crosscheck {

std::string StoreName(const std::string& db) {
  return IsPostgresUrl(db) ? HidePostgresPassword(db) : db;
}

StatusOr<std::unique_ptr<Store>> OpenStore(const std::string& db, StoreAccess access) {
  if (IsPostgresUrl(db)) {
    StatusOr<std::unique_ptr<PostgresStore>> store = PostgresStore::Open(
        db, access == StoreAccess::kCreate ? PostgresStore::OpenMode::kCreate
                                           : PostgresStore::OpenMode::kExisting);
    if (!store.ok()) return store.status();
    if (access == StoreAccess::kReadOnly) {
      CROSSCHECK_RETURN_IF_ERROR((*store)->SetReadOnly());
    }
    return std::unique_ptr<Store>(std::move(store).value());
  }
  SqliteStore::OpenMode mode = SqliteStore::OpenMode::kCreate;
  if (access == StoreAccess::kExisting) mode = SqliteStore::OpenMode::kExisting;
  if (access == StoreAccess::kReadOnly) mode = SqliteStore::OpenMode::kReadOnly;
  StatusOr<std::unique_ptr<SqliteStore>> store = SqliteStore::Open(db, mode);
  if (!store.ok()) return store.status();
  return std::unique_ptr<Store>(std::move(store).value());
}

}  // namespace crosscheck
