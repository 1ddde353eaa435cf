#include "store/blob_packing.h"

#include <zlib.h>

#include <cstdint>

namespace crosscheck {
namespace {

constexpr char kPackedMarker = '\0';
// Below this a blob is kept as it is: zlib's header and the size cost more than they save.
constexpr size_t kMinPackBytes = 64;
// deflate never expands data by more than this factor in reverse: inflating n bytes gives at
// most about 1032 * n.
constexpr size_t kMaxInflateRatio = 1032;

void AppendVarint(uint64_t value, std::string& out) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7f) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

bool ReadVarint(std::string_view data, size_t& pos, uint64_t& value) {
  value = 0;
  for (uint32_t shift = 0; shift < 64 && pos < data.size(); shift += 7) {
    const auto byte = static_cast<uint8_t>(data[pos++]);
    value |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) return true;
  }
  return false;
}

}  // namespace

std::string PackBlob(std::string_view blob) {
  if (blob.size() < kMinPackBytes || blob.size() > kMaxUnpackedBytes) return std::string(blob);
  std::string packed(1, kPackedMarker);
  AppendVarint(blob.size(), packed);
  const size_t header = packed.size();
  uLongf bound = compressBound(static_cast<uLong>(blob.size()));
  packed.resize(header + bound);
  if (compress2(reinterpret_cast<Bytef*>(packed.data() + header), &bound,
                reinterpret_cast<const Bytef*>(blob.data()), static_cast<uLong>(blob.size()),
                Z_DEFAULT_COMPRESSION) != Z_OK) {
    return std::string(blob);
  }
  packed.resize(header + bound);
  if (packed.size() > blob.size() - blob.size() / 8) return std::string(blob);
  return packed;
}

StatusOr<std::string_view> UnpackBlob(std::string_view blob, std::string& storage) {
  if (blob.empty() || blob[0] != kPackedMarker) return blob;
  size_t pos = 1;
  uint64_t size = 0;
  if (!ReadVarint(blob, pos, size)) return DataLossError("packed blob: truncated size");
  const size_t stream = blob.size() - pos;
  if (size > kMaxUnpackedBytes || size > stream * kMaxInflateRatio) {
    return DataLossError("packed blob: declared size " + std::to_string(size) +
                         " is more than its " + std::to_string(stream) + " bytes can hold");
  }
  storage.resize(size);
  uLongf produced = static_cast<uLongf>(size);
  uLong consumed = static_cast<uLong>(stream);
  const int rc = uncompress2(reinterpret_cast<Bytef*>(storage.data()), &produced,
                             reinterpret_cast<const Bytef*>(blob.data() + pos), &consumed);
  if (rc != Z_OK || produced != size || consumed != stream) {
    storage.clear();
    return DataLossError("packed blob: the zlib stream is corrupt, short or followed by bytes");
  }
  return std::string_view(storage);
}

}  // namespace crosscheck
