// Who may write: a request that changes the store (POST /api/documents) must carry the token
// the server was started with, as "Authorization: Bearer TOKEN". The comparison takes the
// same time wherever the first wrong byte is, so the token cannot be guessed byte by byte
// from response times. Without a configured token every write is refused: a server started
// without one is read-only. Pure functions; thread-safe.
#ifndef CROSSCHECK_SERVER_AUTH_H_
#define CROSSCHECK_SERVER_AUTH_H_

#include <string_view>

namespace crosscheck {

enum class WriteAccess {
  kAllowed,
  kNoTokenConfigured,  // the server takes no writes (403)
  kRefused,            // no Authorization header, another scheme, or a wrong token (401)
};

WriteAccess CheckWriteAccess(std::string_view configured_token, std::string_view authorization);

// Whether `presented` equals `expected`, in time that depends on `presented`'s length only.
bool ConstantTimeEquals(std::string_view presented, std::string_view expected);

}  // namespace crosscheck

#endif  // CROSSCHECK_SERVER_AUTH_H_
