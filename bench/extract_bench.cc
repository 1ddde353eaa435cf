// HTML extraction speed on the 181 AEB pages (../shared/data/scrapinghub_aeb/html), one
// thread: the whole extractor on the fast and on the gumbo tree builder, each builder alone
// (page to DomTree), the fast tokenizer alone, and raw gumbo (parse + free) for reference.
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
#include "clean/html/dom_tree.h"
#include "clean/html/fast_tokenizer.h"
#include "clean/html/html_extractor.h"

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

void SetCounters(benchmark::State& state, const std::vector<Document>& pages) {
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * pages.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(pages)));
}

// range(0): 0 = fast tree builder, 1 = gumbo.
html::HtmlParser ParserOf(const benchmark::State& state) {
  return state.range(0) == 0 ? html::HtmlParser::kFast : html::HtmlParser::kGumbo;
}

void BM_ExtractAeb(benchmark::State& state) {
  const auto& pages = AebPages();
  if (pages.empty()) {
    state.SkipWithError("../shared/data/scrapinghub_aeb not found");
    return;
  }
  state.SetLabel(state.range(0) == 0 ? "fast" : "gumbo");
  auto extractor = NewHtmlExtractorWithParser(ParserOf(state));
  for (auto _ : state) {
    for (const Document& page : pages) {
      auto article = extractor->Extract(page);
      benchmark::DoNotOptimize(article);
    }
  }
  SetCounters(state, pages);
}
BENCHMARK(BM_ExtractAeb)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_BuildTreeAeb(benchmark::State& state) {
  const auto& pages = AebPages();
  if (pages.empty()) {
    state.SkipWithError("../shared/data/scrapinghub_aeb not found");
    return;
  }
  state.SetLabel(state.range(0) == 0 ? "fast" : "gumbo");
  for (auto _ : state) {
    for (const Document& page : pages) {
      html::DomTree tree = html::BuildDomTree(page.content, ParserOf(state));
      benchmark::DoNotOptimize(tree);
    }
  }
  SetCounters(state, pages);
}
BENCHMARK(BM_BuildTreeAeb)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_FastTokenizeAeb(benchmark::State& state) {
  const auto& pages = AebPages();
  if (pages.empty()) {
    state.SkipWithError("../shared/data/scrapinghub_aeb not found");
    return;
  }
  for (auto _ : state) {
    for (const Document& page : pages) {
      html::HtmlTokenizer tokenizer(page.content);
      html::HtmlToken token;
      size_t tokens = 0;
      while (tokenizer.Next(token)) {
        ++tokens;
        // Raw text as the tree builder would ask for it (script and style bodies).
        if (token.kind == html::TokenKind::kStartTag && token.tag == GUMBO_TAG_SCRIPT) {
          tokenizer.EnterContent(token.tag, html::ContentModel::kScript);
        } else if (token.kind == html::TokenKind::kStartTag && token.tag == GUMBO_TAG_STYLE) {
          tokenizer.EnterContent(token.tag, html::ContentModel::kRawText);
        }
      }
      benchmark::DoNotOptimize(tokens);
    }
  }
  SetCounters(state, pages);
}
BENCHMARK(BM_FastTokenizeAeb)->Unit(benchmark::kMillisecond);

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
  SetCounters(state, pages);
}
BENCHMARK(BM_GumboParseOnlyAeb)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace crosscheck

BENCHMARK_MAIN();
