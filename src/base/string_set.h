// Hash sets and maps keyed by std::string that are looked up by std::string_view without
// making a string (C++20 heterogeneous lookup): the lexicon word sets and tables that every
// stage asks about many times per document. Header only; thread-safe as the standard
// containers are (concurrent reads of a built table).
#ifndef CROSSCHECK_BASE_STRING_SET_H_
#define CROSSCHECK_BASE_STRING_SET_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace crosscheck {

// Hashes std::string and std::string_view alike, so lookups need no conversion.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
template <typename Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

}  // namespace crosscheck

#endif  // CROSSCHECK_BASE_STRING_SET_H_
