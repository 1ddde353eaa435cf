// The SQLite back end's PublicationWriter (store.h): a publication written row by row into
// the connection's open transaction, its statements prepared once. Internal to store/
// (SqliteStore::BeginPublication opens the transaction, then calls this).
#ifndef CROSSCHECK_STORE_SQLITE_PUBLICATION_H_
#define CROSSCHECK_STORE_SQLITE_PUBLICATION_H_

#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"
#include "store/store.h"

struct sqlite3;

namespace crosscheck {

// Reads when each published story last changed, empties the published tables and returns the
// writer of the new publication at `at`. `db` (its transaction open) must outlive the writer;
// `path` names the store in errors (IoError with SQLite's message).
StatusOr<std::unique_ptr<PublicationWriter>> BeginSqlitePublication(sqlite3* db,
                                                                    const std::string& path,
                                                                    std::string_view at);

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_SQLITE_PUBLICATION_H_
