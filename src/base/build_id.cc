#include "base/build_id.h"

#include <xxhash.h>

#include <cstdio>
#include <memory>
#include <vector>

namespace crosscheck {
namespace {

std::string HashExecutable() {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen("/proc/self/exe", "rb"),
                                                       &std::fclose);
  if (file == nullptr) return "";
  XXH3_state_t* state = XXH3_createState();
  if (state == nullptr) return "";
  XXH3_64bits_reset(state);
  std::vector<char> buffer(1 << 20);
  size_t read;
  while ((read = std::fread(buffer.data(), 1, buffer.size(), file.get())) > 0) {
    XXH3_64bits_update(state, buffer.data(), read);
  }
  const bool failed = std::ferror(file.get()) != 0;
  const unsigned long long hash = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  if (failed) return "";
  char hex[17];
  std::snprintf(hex, sizeof(hex), "%016llx", hash);
  return hex;
}

}  // namespace

const std::string& BuildId() {
  static const std::string id = HashExecutable();
  return id;
}

}  // namespace crosscheck
