// What distinguishes this binary from another build of the same version: the XXH3-64 of the
// running executable's bytes (/proc/self/exe), as 16 hex digits, computed once. Two builds
// with different code give different ids even when CROSSCHECK_VERSION is the same; "" when the
// executable cannot be read. Thread-safe.
#ifndef CROSSCHECK_BASE_BUILD_ID_H_
#define CROSSCHECK_BASE_BUILD_ID_H_

#include <string>

namespace crosscheck {

const std::string& BuildId();

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_BUILD_ID_H_
