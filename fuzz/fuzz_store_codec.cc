// libFuzzer target for the store's binary forms: the document codec (store/codec.h), the
// published report's codec (store/report_codec.h) and blob packing (store/blob_packing.h).
// Fuzz bytes, given a valid checksum so that they reach the parsers, must decode to a value or
// to an error, never a crash, a hang or an allocation beyond the input. Invariants: whatever
// decodes re-encodes to bytes that decode again to the same encoding (encode(decode(x)) is a
// fixed point); whatever unpacks packs and unpacks back to the same bytes.
#include <xxhash.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "store/blob_packing.h"
#include "store/codec.h"
#include "store/report_codec.h"

namespace {

using crosscheck::StatusOr;

// Decodes `blob` with `decode`; if it decodes, checks the fixed point with `encode`.
template <typename Decode, typename Encode>
void CheckFixedPoint(const std::string& blob, Decode decode, Encode encode) {
  auto decoded = decode(blob);
  if (!decoded.ok()) return;
  const std::string encoded = encode(*decoded);
  auto again = decode(encoded);
  if (!again.ok() || encode(*again) != encoded) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string raw(reinterpret_cast<const char*>(data), size);
  std::string blob = raw;
  const uint64_t sum = XXH64(blob.data(), blob.size(), 0);
  for (int byte = 0; byte < 8; ++byte) blob.push_back(static_cast<char>(sum >> (8 * byte)));

  CheckFixedPoint(blob, crosscheck::DecodeAnalyzedDocument,
                  [](const crosscheck::AnalyzedDocument& document) {
                    return crosscheck::EncodeAnalyzedDocument(document.article,
                                                              document.annotations);
                  });
  (void)crosscheck::DecodeStoredArticle(blob);
  CheckFixedPoint(blob, crosscheck::DecodeReportStory, crosscheck::EncodeReportStory);
  CheckFixedPoint(blob, crosscheck::DecodeReportDocument, crosscheck::EncodeReportDocument);
  CheckFixedPoint(blob, crosscheck::DecodeStorySummary, crosscheck::EncodeStorySummary);

  std::string storage;
  StatusOr<std::string_view> unpacked = crosscheck::UnpackBlob(raw, storage);
  if (unpacked.ok()) {
    const std::string original(*unpacked);
    const std::string packed = crosscheck::PackBlob(original);  // `again` may point into it
    std::string again_storage;
    StatusOr<std::string_view> again = crosscheck::UnpackBlob(packed, again_storage);
    if (!again.ok() || *again != original) std::abort();
  }
  return 0;
}
