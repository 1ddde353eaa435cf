// The small libpq helpers the PostgreSQL back end's files share (postgres_store.cc,
// postgres_publication.cc): text parameters made safe for the server, a PGresult owned with
// its scope, a statement's parameters, and running one statement with its error named.
// Internal to store/; thread-compatible like the connection they are used on.
#ifndef CROSSCHECK_STORE_POSTGRES_ROWS_H_
#define CROSSCHECK_STORE_POSTGRES_ROWS_H_

#include <endian.h>
#include <libpq-fe.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "base/utf8.h"

namespace crosscheck {

// Text for a TEXT parameter: PostgreSQL refuses NUL bytes and invalid UTF-8, which input may
// hold (a JSONL id); NUL becomes U+FFFD, invalid sequences too. Blobs keep the true values.
inline std::string TextParameter(std::string_view text) {
  std::string clean = SanitizeUtf8(text);
  size_t nul;
  while ((nul = clean.find('\0')) != std::string::npos) clean.replace(nul, 1, "\xEF\xBF\xBD");
  return clean;
}

// Owns a PGresult.
class PgResult {
 public:
  explicit PgResult(PGresult* result) : result_(result) {}
  ~PgResult() { PQclear(result_); }
  PgResult(PgResult&& other) noexcept : result_(std::exchange(other.result_, nullptr)) {}
  PgResult(const PgResult&) = delete;
  PgResult& operator=(const PgResult&) = delete;

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
class PgParams {
 public:
  PgParams& Text(std::string_view text) {
    values_.push_back(TextParameter(text));
    formats_.push_back(0);
    return *this;
  }
  PgParams& Binary(std::string bytes) {
    values_.push_back(std::move(bytes));
    formats_.push_back(1);
    return *this;
  }
  PgParams& Int(int64_t value) {
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
inline StatusOr<PgResult> Run(PGconn* connection, const std::string& name, const std::string& what,
                     const char* sql, const PgParams& params = PgParams(),
                     std::string* sqlstate = nullptr) {
  const std::vector<const char*> values = params.Values();
  const std::vector<int> lengths = params.Lengths();
  PgResult result(PQexecParams(connection, sql, params.size(), nullptr, values.data(), lengths.data(),
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

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_POSTGRES_ROWS_H_
