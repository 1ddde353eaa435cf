// Stores for the store tests (test-only, header-only): a fresh PostgreSQL store on the server
// tests/postgres/with_postgres.sh starts, and one store of each back end by name, for tests
// parameterised over "memory", "sqlite" and "postgres".
#ifndef CROSSCHECK_STORE_TEST_STORES_H_
#define CROSSCHECK_STORE_TEST_STORES_H_

#include <gtest/gtest.h>
#include <libpq-fe.h>

#include <cstdlib>
#include <memory>
#include <string_view>
#include <utility>

#include "store/memory_store.h"
#include "store/postgres_store.h"
#include "store/sqlite_store.h"

namespace crosscheck {

inline bool HasTestPostgres() { return std::getenv("CROSSCHECK_TEST_POSTGRES") != nullptr; }

// A fresh PostgreSQL store (its schema dropped first), or null when there is no server (the
// test skips).
inline std::unique_ptr<PostgresStore> FreshPostgresStore() {
  const char* url = std::getenv("CROSSCHECK_TEST_POSTGRES");
  if (url == nullptr) return nullptr;
  PGconn* raw = PQconnectdb(url);
  EXPECT_EQ(PQstatus(raw), CONNECTION_OK) << PQerrorMessage(raw);
  PQclear(PQexec(raw,
                 "SET client_min_messages = warning; "
                 "DROP SCHEMA IF EXISTS crosscheck CASCADE"));
  PQfinish(raw);
  StatusOr<std::unique_ptr<PostgresStore>> store =
      PostgresStore::Open(url, PostgresStore::OpenMode::kCreate);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return store.ok() ? std::move(store).value() : nullptr;
}

// An empty store of the back end `kind` names ("memory", "postgres", else SQLite in memory),
// or null when it cannot be opened.
inline std::unique_ptr<Store> NewTestStore(std::string_view kind) {
  if (kind == "memory") return std::make_unique<MemoryStore>();
  if (kind == "postgres") return FreshPostgresStore();
  StatusOr<std::unique_ptr<SqliteStore>> store =
      SqliteStore::Open(":memory:", SqliteStore::OpenMode::kCreate);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return store.ok() ? std::unique_ptr<Store>(std::move(store).value()) : nullptr;
}

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_TEST_STORES_H_
