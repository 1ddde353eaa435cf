// The PostgreSQL back end's PublicationWriter (store.h): a publication written row by row
// into the connection's open transaction. Internal to store/ (PostgresStore::BeginPublication
// opens the transaction, then calls this).
#ifndef CROSSCHECK_STORE_POSTGRES_PUBLICATION_H_
#define CROSSCHECK_STORE_POSTGRES_PUBLICATION_H_

#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"
#include "store/store.h"

typedef struct pg_conn PGconn;

namespace crosscheck {

// Reads when each published story last changed, empties the published tables and returns the
// writer of the new publication at `at`. `connection` (its transaction open) must outlive the
// writer; `name` (the URL without its password) names the store in errors (IoError with the
// server's message).
StatusOr<std::unique_ptr<PublicationWriter>> BeginPostgresPublication(PGconn* connection,
                                                                      const std::string& name,
                                                                      std::string_view at);

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_POSTGRES_PUBLICATION_H_
