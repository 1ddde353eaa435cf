#include "server/auth.h"

#include "base/ascii.h"

namespace crosscheck {

bool ConstantTimeEquals(std::string_view presented, std::string_view expected) {
  // Every byte of `presented` is compared (against `expected` repeated), so neither where it
  // differs nor how long `expected` is shows in the time taken.
  unsigned char difference = presented.size() == expected.size() ? 0 : 1;
  if (expected.empty()) return presented.empty();
  for (size_t byte_idx = 0; byte_idx < presented.size(); ++byte_idx) {
    difference |=
        static_cast<unsigned char>(presented[byte_idx] ^ expected[byte_idx % expected.size()]);
  }
  return difference == 0;
}

WriteAccess CheckWriteAccess(std::string_view configured_token, std::string_view authorization) {
  if (configured_token.empty()) return WriteAccess::kNoTokenConfigured;
  constexpr std::string_view kScheme = "bearer ";
  if (authorization.size() <= kScheme.size() ||
      LowerAscii(authorization.substr(0, kScheme.size())) != kScheme) {
    return WriteAccess::kRefused;
  }
  std::string_view presented = authorization.substr(kScheme.size());
  while (!presented.empty() && presented.front() == ' ') presented.remove_prefix(1);
  while (!presented.empty() && presented.back() == ' ') presented.remove_suffix(1);
  return ConstantTimeEquals(presented, configured_token) ? WriteAccess::kAllowed
                                                         : WriteAccess::kRefused;
}

}  // namespace crosscheck
