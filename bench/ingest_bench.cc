// Ingestion throughput. Reads the WARC sample from $CROSSCHECK_SHARED_DIR (default: the
// build's CROSSCHECK_SHARED_DIR) end to end through ReadInputs, and times the charset fast
// paths on synthetic text. Counters: docs/s, and bytes/s of the compressed file (MB/s in).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "ingest/charset.h"
#include "ingest/reader.h"

namespace {

std::string SharedDir() {
  const char* env = std::getenv("CROSSCHECK_SHARED_DIR");
  return env != nullptr ? env : CROSSCHECK_SHARED_DIR;
}

class CountingSink : public crosscheck::DocumentSink {
 public:
  void OnDocument(crosscheck::Document&& document) override {
    ++documents;
    content_bytes += document.content.size();
  }
  void OnError(std::string_view, const crosscheck::Status&) override { ++errors; }
  size_t documents = 0;
  size_t errors = 0;
  size_t content_bytes = 0;
};

void BM_ReadWarcSample(benchmark::State& state) {
  const std::string path = SharedDir() + "/data/news_warc_sample/news_pages.warc.gz";
  if (!std::filesystem::exists(path)) {
    state.SkipWithError(("not found: " + path).c_str());
    return;
  }
  const std::vector<std::string> paths = {path};
  size_t documents = 0;
  size_t content_bytes = 0;
  for (auto _ : state) {
    CountingSink sink;
    if (!crosscheck::ReadInputs(paths, {}, sink).ok() || sink.errors != 0) {
      state.SkipWithError("read errors");
      return;
    }
    documents += sink.documents;
    content_bytes += sink.content_bytes;
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(std::filesystem::file_size(path)));
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(documents),
                                                benchmark::Counter::kIsRate);
  state.counters["decoded_MB/s"] = benchmark::Counter(
      static_cast<double>(content_bytes) / 1e6, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReadWarcSample)->Unit(benchmark::kMillisecond)->UseRealTime();

std::string LatinText(size_t size) {
  const std::string sentence = "Le gar\xE7on a mang\xE9 \x93une pomme\x94 pr\xE8s de l'\xE9glise. ";
  std::string text;
  while (text.size() < size) text += sentence;
  return text;
}

void BM_DecodeWindows1252(benchmark::State& state) {
  const std::string text = LatinText(1 << 20);
  for (auto _ : state) benchmark::DoNotOptimize(crosscheck::DecodeWindows1252(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_DecodeWindows1252);

void BM_DecodePlainTextDetectsLatin1(benchmark::State& state) {
  const std::string text = LatinText(1 << 20);
  for (auto _ : state) benchmark::DoNotOptimize(crosscheck::DecodePlainText(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_DecodePlainTextDetectsLatin1);

void BM_DecodeHtmlValidUtf8(benchmark::State& state) {
  std::string html = "<html><head><meta charset=utf-8></head><body>";
  while (html.size() < (1 << 20)) html += "<p>Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D text.</p>";
  for (auto _ : state) benchmark::DoNotOptimize(crosscheck::DecodeHtml(html, ""));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * html.size()));
}
BENCHMARK(BM_DecodeHtmlValidUtf8);

}  // namespace

BENCHMARK_MAIN();
