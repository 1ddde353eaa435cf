// libFuzzer target for the store's document codec (store/codec.h): fuzz bytes, given a valid
// checksum so that they reach the parser, must decode to a document or to an error, never a
// crash, a hang or an allocation beyond the input. Invariant: whatever decodes re-encodes to
// bytes that decode again to the same encoding (encode(decode(x)) is a fixed point).
#include <xxhash.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "store/codec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string blob(reinterpret_cast<const char*>(data), size);
  const uint64_t sum = XXH64(blob.data(), blob.size(), 0);
  for (int byte = 0; byte < 8; ++byte) blob.push_back(static_cast<char>(sum >> (8 * byte)));
  crosscheck::StatusOr<crosscheck::AnalyzedDocument> decoded =
      crosscheck::DecodeAnalyzedDocument(blob);
  if (!decoded.ok()) return 0;
  const std::string encoded =
      crosscheck::EncodeAnalyzedDocument(decoded->article, decoded->annotations);
  crosscheck::StatusOr<crosscheck::AnalyzedDocument> again =
      crosscheck::DecodeAnalyzedDocument(encoded);
  if (!again.ok()) std::abort();
  if (crosscheck::EncodeAnalyzedDocument(again->article, again->annotations) != encoded) {
    std::abort();
  }
  return 0;
}
