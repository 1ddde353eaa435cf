// Throughput of the flattened-text extractor (NewTextExtractor): documents and megabytes per
// second on one core, over
//   - the five flattened pages in examples/seeds (always present), and
//   - w3m renderings of the AEB pages when CROSSCHECK_FLAT_RENDERED names their folder
//     (scripts/eval/extract-flat.sh renders them into $BUILD/flat-cache/aeb).
// Language identification (cld2) is timed separately, on the extracted bodies.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "clean/extractor.h"
#include "clean/language.h"

namespace {

std::vector<crosscheck::Document> LoadFolder(const std::filesystem::path& folder) {
  std::vector<crosscheck::Document> documents;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    crosscheck::Document document;
    document.id = entry.path().stem().string();
    document.content = buffer.str();
    documents.push_back(std::move(document));
  }
  return documents;
}

void RunExtraction(benchmark::State& state, const std::vector<crosscheck::Document>& documents) {
  if (documents.empty()) {
    state.SkipWithError("no input documents");
    return;
  }
  const auto extractor = crosscheck::NewTextExtractor();
  size_t bytes = 0;
  for (const auto& document : documents) bytes += document.content.size();
  for (auto _ : state) {
    for (const auto& document : documents) {
      auto article = extractor->Extract(document);
      benchmark::DoNotOptimize(article);
    }
  }
  const double iterations = static_cast<double>(state.iterations());
  state.counters["docs/s"] = benchmark::Counter(iterations * static_cast<double>(documents.size()), benchmark::Counter::kIsRate);
  state.counters["MB/s"] = benchmark::Counter(iterations * static_cast<double>(bytes) / 1e6, benchmark::Counter::kIsRate);
}

void BM_ExtractSeeds(benchmark::State& state) {
  static const auto documents = LoadFolder(std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "examples/seeds");
  RunExtraction(state, documents);
}
BENCHMARK(BM_ExtractSeeds)->Unit(benchmark::kMillisecond);

void BM_ExtractAebRenderings(benchmark::State& state) {
  const char* folder = std::getenv("CROSSCHECK_FLAT_RENDERED");
  if (folder == nullptr) {
    state.SkipWithError("set CROSSCHECK_FLAT_RENDERED to the w3m renderings (scripts/eval/extract-flat.sh)");
    return;
  }
  static const auto documents = LoadFolder(folder);
  RunExtraction(state, documents);
}
BENCHMARK(BM_ExtractAebRenderings)->Unit(benchmark::kMillisecond);

void BM_DetectLanguageSeedBodies(benchmark::State& state) {
  static const auto bodies = [] {
    std::vector<std::string> out;
    const auto extractor = crosscheck::NewTextExtractor();
    for (const auto& document : LoadFolder(std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "examples/seeds")) {
      if (auto article = extractor->Extract(document); article.ok()) out.push_back(article->Body());
    }
    return out;
  }();
  size_t bytes = 0;
  for (const auto& body : bodies) bytes += body.size();
  for (auto _ : state) {
    for (const auto& body : bodies) benchmark::DoNotOptimize(crosscheck::DetectLanguage(body));
  }
  state.counters["MB/s"] = benchmark::Counter(static_cast<double>(state.iterations()) * static_cast<double>(bytes) / 1e6,
                                              benchmark::Counter::kIsRate);
}
BENCHMARK(BM_DetectLanguageSeedBodies)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
