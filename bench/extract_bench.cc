// HTML extraction speed on the 181 AEB pages (../shared/data/scrapinghub_aeb/html), one
// thread: the whole extractor, and gumbo alone (parse + free) to show the parser's share.
// Pages are decompressed before timing. Counters: pages/s (items) and MB/s (bytes).
//   CROSSCHECK_SHARED_DIR=../shared build/bench/bench_extract
#include <benchmark/benchmark.h>
#include <gumbo.h>
#include <zlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "clean/extractor.h"

namespace crosscheck {
namespace {

std::string ReadGzip(const std::filesystem::path& path) {
  std::string data;
  gzFile file = gzopen(path.c_str(), "rb");
  if (!file) return data;
  char buffer[1 << 16];
  int read = 0;
  while ((read = gzread(file, buffer, sizeof buffer)) > 0) data.append(buffer, read);
  gzclose(file);
  return data;
}

const std::vector<Document>& AebPages() {
  static const std::vector<Document> pages = [] {
    std::vector<Document> documents;
    const char* shared = std::getenv("CROSSCHECK_SHARED_DIR");
    std::filesystem::path folder = std::filesystem::path(shared ? shared : CROSSCHECK_SHARED_DIR) /
                                   "data/scrapinghub_aeb/html";
    if (!std::filesystem::exists(folder)) return documents;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
      Document document;
      document.id = path.filename().string();
      document.format = DocumentFormat::kHtml;
      document.content = ReadGzip(path);
      documents.push_back(std::move(document));
    }
    return documents;
  }();
  return pages;
}

size_t TotalBytes(const std::vector<Document>& pages) {
  size_t bytes = 0;
  for (const Document& page : pages) bytes += page.content.size();
  return bytes;
}

void BM_ExtractAeb(benchmark::State& state) {
  const auto& pages = AebPages();
  if (pages.empty()) {
    state.SkipWithError("../shared/data/scrapinghub_aeb not found");
    return;
  }
  auto extractor = NewHtmlExtractor();
  for (auto _ : state) {
    for (const Document& page : pages) {
      auto article = extractor->Extract(page);
      benchmark::DoNotOptimize(article);
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * pages.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(pages)));
}
BENCHMARK(BM_ExtractAeb)->Unit(benchmark::kMillisecond);

void BM_GumboParseOnlyAeb(benchmark::State& state) {
  const auto& pages = AebPages();
  if (pages.empty()) {
    state.SkipWithError("../shared/data/scrapinghub_aeb not found");
    return;
  }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  for (auto _ : state) {
    for (const Document& page : pages) {
      GumboOutput* output = gumbo_parse_with_options(&options, page.content.data(), page.content.size());
      benchmark::DoNotOptimize(output);
      gumbo_destroy_output(&options, output);
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * pages.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(pages)));
}
BENCHMARK(BM_GumboParseOnlyAeb)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace crosscheck

BENCHMARK_MAIN();
