// How the SQLite store keeps its blobs (a document's codec bytes, a published story, document
// or summary): deflated with zlib when that saves at least an eighth, else as they are. A
// packed blob starts with a 0 byte, which no codec blob does (they start with their version,
// 1 or more), then the unpacked size as a varint, then the zlib stream; files written before
// packing existed read unchanged.
//
// Unpacking is defensive: a declared size above kMaxUnpackedBytes or above what deflate can
// produce from the bytes given, a stream that ends early or runs long, or trailing bytes are a
// DataLoss status; nothing larger than the declared size is ever allocated. Pure functions;
// thread-safe.
#ifndef CROSSCHECK_STORE_BLOB_PACKING_H_
#define CROSSCHECK_STORE_BLOB_PACKING_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "base/status.h"

namespace crosscheck {

inline constexpr size_t kMaxUnpackedBytes = size_t{1} << 30;

std::string PackBlob(std::string_view blob);

// The blob PackBlob was given; `blob` itself when it was stored as it is (then `storage` is
// untouched and the view points into `blob`). `storage` holds unpacked bytes.
StatusOr<std::string_view> UnpackBlob(std::string_view blob, std::string& storage);

// Unpacks a stored blob and decodes it with `decode` (one of the codecs' Decode functions).
template <typename Decode>
auto DecodePacked(std::string_view stored, Decode decode) -> decltype(decode(stored)) {
  std::string storage;
  StatusOr<std::string_view> blob = UnpackBlob(stored, storage);
  if (!blob.ok()) return blob.status();
  return decode(*blob);
}

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_BLOB_PACKING_H_
