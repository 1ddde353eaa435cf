// libFuzzer target for the whole pipeline after ingest: arbitrary bytes become two documents
// (text or HTML, chosen by the first byte; the next three bits of that byte declare a
// language, so the per-language quote and number readers of data/lang are fuzzed too) that go
// through cleaning (the flattened-text path
// or the HTML path), annotation, reuse detection, story clustering, reconciliation and every
// report renderer. Any crash, sanitizer report or invalid output is a bug.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "base/utf8.h"
#include "pipeline/analyzer.h"
#include "report/report_writers.h"

namespace {

// Inputs come pre-decoded from ingest as valid UTF-8, so the fuzzer sanitizes likewise.
constexpr const char* kLanguages[8] = {"", "de", "fr", "es", "ru", "ja", "zh", "ko"};

crosscheck::Document MakeDocument(std::string_view bytes, bool html, int index,
                                  const char* language) {
  crosscheck::Document document;
  document.id = "fuzz" + std::to_string(index);
  document.source = document.id;
  document.format = html ? crosscheck::DocumentFormat::kHtml : crosscheck::DocumentFormat::kText;
  document.content = crosscheck::SanitizeUtf8(bytes);
  document.input_bytes = bytes.size();
  document.language = language;
  return document;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const bool html = (data[0] & 1) != 0;
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  // Two documents: the whole input and its second half, so reuse and stories have a pair.
  crosscheck::AnalyzeOptions options;
  options.threads = 1;
  crosscheck::Analyzer analyzer(options);
  const char* language = kLanguages[(data[0] >> 1) & 7];
  analyzer.OnDocument(MakeDocument(bytes, html, 1, language));
  analyzer.OnDocument(MakeDocument(bytes.substr(bytes.size() / 2), html, 2, language));
  const crosscheck::Report report = analyzer.Finish();
  const std::string json = crosscheck::RenderReportJson(report);
  if (!crosscheck::IsValidUtf8(json)) __builtin_trap();
  (void)crosscheck::RenderReportMarkdown(report);
  (void)crosscheck::RenderReportHtml(report);
  (void)crosscheck::RenderSummary(report);
  return 0;
}
