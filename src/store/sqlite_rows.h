// The small SQLite helpers the SQLite back end's files share (sqlite_store.cc,
// sqlite_publication.cc): a statement finalized with its scope, binding text and blobs,
// reading columns. Internal to store/; inline, stateless, thread-compatible like the
// connection they are used on.
#ifndef CROSSCHECK_STORE_SQLITE_ROWS_H_
#define CROSSCHECK_STORE_SQLITE_ROWS_H_

#include <sqlite3.h>

#include <string>
#include <string_view>

namespace crosscheck {

// Finalizes a statement when it goes out of scope. Not copyable: one owner per handle.
struct Statement {
  sqlite3_stmt* handle = nullptr;
  Statement() = default;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement() { sqlite3_finalize(handle); }
};

// Prepares `sql` into `statement`; false when SQLite refuses it.
inline bool PrepareOnce(sqlite3* db, const char* sql, Statement& statement) {
  return sqlite3_prepare_v2(db, sql, -1, &statement.handle, nullptr) == SQLITE_OK;
}

// An empty view may have no data pointer, which SQLite would bind as NULL: bind "" instead.
inline void BindText(sqlite3_stmt* statement, int index, std::string_view text) {
  sqlite3_bind_text64(statement, index, text.data() != nullptr ? text.data() : "", text.size(),
                      SQLITE_TRANSIENT, SQLITE_UTF8);
}

inline void BindBlob(sqlite3_stmt* statement, int index, std::string_view bytes) {
  sqlite3_bind_blob64(statement, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
}

inline std::string ColumnText(sqlite3_stmt* statement, int column) {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
  return std::string(text != nullptr ? text : "",
                     static_cast<size_t>(sqlite3_column_bytes(statement, column)));
}

inline std::string_view ColumnBlob(sqlite3_stmt* statement, int column) {
  const auto* data = static_cast<const char*>(sqlite3_column_blob(statement, column));
  return std::string_view(data != nullptr ? data : "",
                          static_cast<size_t>(sqlite3_column_bytes(statement, column)));
}

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_SQLITE_ROWS_H_
