// The store's binary form of the published report's parts (store.h, "The published report"):
// one ReportDocument (without its body, which the documents table already holds), one
// ReportStory, one StorySummary. Same layout rules and the same defensive decoding as the
// document codec (codec.h): a version varint first, an XXH64 of the payload last; a truncated,
// garbled or hostile blob is a DataLoss status, never a crash or an allocation larger than the
// blob. Pure functions; thread-safe.
#ifndef CROSSCHECK_STORE_REPORT_CODEC_H_
#define CROSSCHECK_STORE_REPORT_CODEC_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "base/status.h"
#include "model/report.h"
#include "store/store.h"

namespace crosscheck {

// The version the Encode functions below write; the decoders read it and every older one
// down to kOldestReportCodecVersion (version 2 added ReportQuantity::attributed_to_name).
inline constexpr uint32_t kReportCodecVersion = 2;
inline constexpr uint32_t kOldestReportCodecVersion = 1;

// `document.body` is not written; it decodes empty.
std::string EncodeReportDocument(const ReportDocument& document);
StatusOr<ReportDocument> DecodeReportDocument(std::string_view blob);

std::string EncodeReportStory(const ReportStory& story);
StatusOr<ReportStory> DecodeReportStory(std::string_view blob);

std::string EncodeStorySummary(const StorySummary& summary);
StatusOr<StorySummary> DecodeStorySummary(std::string_view blob);

}  // namespace crosscheck

#endif  // CROSSCHECK_STORE_REPORT_CODEC_H_
