// Reuse detection throughput on real articles (bbc_news_2225 bodies as plain text, read from
// $CROSSCHECK_SHARED_DIR/data) and a scaling run on perturbed copies generated in memory.
//
//   BM_Shingle            normalize + shingle every article (MB/s)
//   BM_DetectVerified     Add + VerifiedPairs over the 2,225 articles (docs/s, MB/s)
//   BM_DetectSketchOnly   Add + Pairs over the same
//   BM_Scaling/N          Add + VerifiedPairs over N perturbed articles (MakePerturbedStream in
//                         dedup/synthetic_reuse.h: generations of bbc with their content words
//                         permuted, one in ten a light edit of the previous document).
//                         docs/s should stay flat as N grows; the 1M run is an eval mode
//                         (eval_reuse SHARED --stream N, scripts/bench/reuse.sh).
// Counters: docs/s ("items_per_second"), bytes/s, pairs found, sketch bytes per document.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "dedup/reuse.h"
#include "dedup/shingle.h"
#include "dedup/synthetic_reuse.h"

namespace crosscheck {
namespace {

std::string SharedDir() {
  const char* dir = std::getenv("CROSSCHECK_SHARED_DIR");
  return dir != nullptr ? dir : CROSSCHECK_SHARED_DIR;
}

const std::vector<Article>& BbcArticles() {
  static const std::vector<Article>* const articles = [] {
    auto* result = new std::vector<Article>();
    StatusOr<std::vector<ParagraphText>> texts = ReadParagraphFiles(SharedDir() + "/data/bbc_news_2225");
    if (!texts.ok()) return result;
    for (const ParagraphText& text : *texts) {
      Article article;
      for (const std::string& paragraph : text) article.blocks.push_back(Block{BlockKind::kParagraph, paragraph, 0, 0});
      result->push_back(std::move(article));
    }
    return result;
  }();
  return *articles;
}

size_t TextBytes(const std::vector<Article>& articles) {
  size_t bytes = 0;
  for (const Article& article : articles) {
    for (const Block& block : article.blocks) bytes += block.text.size() + 1;
  }
  return bytes;
}

const std::vector<ParagraphText>& BbcTexts() {
  static const std::vector<ParagraphText>* const texts = [] {
    StatusOr<std::vector<ParagraphText>> read = ReadParagraphFiles(SharedDir() + "/data/bbc_news_2225");
    return new std::vector<ParagraphText>(read.ok() ? std::move(*read) : std::vector<ParagraphText>());
  }();
  return *texts;
}

void BM_Shingle(benchmark::State& state) {
  const std::vector<Article>& articles = BbcArticles();
  if (articles.empty()) return state.SkipWithError("bbc_news_2225 not found under CROSSCHECK_SHARED_DIR");
  for (auto _ : state) {
    for (const Article& article : articles) benchmark::DoNotOptimize(ShingleArticle(article));
  }
  state.SetItemsProcessed(state.iterations() * articles.size());
  state.SetBytesProcessed(state.iterations() * TextBytes(articles));
}
BENCHMARK(BM_Shingle)->Unit(benchmark::kMillisecond);

void Detect(benchmark::State& state, const std::vector<Article>& articles, bool verified) {
  size_t pairs = 0, state_bytes = 0;
  for (auto _ : state) {
    std::unique_ptr<ReuseDetector> detector = NewReuseDetector();
    for (DocIndex i = 0; i < articles.size(); ++i) detector->Add(i, articles[i]);
    pairs = verified ? detector->VerifiedPairs(articles).size() : detector->Pairs().size();
    state_bytes = detector->StateBytes();
  }
  state.SetItemsProcessed(state.iterations() * articles.size());
  state.SetBytesProcessed(state.iterations() * TextBytes(articles));
  state.counters["pairs"] = double(pairs);
  state.counters["sketch_bytes_per_doc"] = double(state_bytes) / std::max<size_t>(1, articles.size());
}

void BM_DetectVerified(benchmark::State& state) {
  if (BbcArticles().empty()) return state.SkipWithError("bbc_news_2225 not found");
  Detect(state, BbcArticles(), /*verified=*/true);
}
BENCHMARK(BM_DetectVerified)->Unit(benchmark::kMillisecond);

void BM_DetectSketchOnly(benchmark::State& state) {
  if (BbcArticles().empty()) return state.SkipWithError("bbc_news_2225 not found");
  Detect(state, BbcArticles(), /*verified=*/false);
}
BENCHMARK(BM_DetectSketchOnly)->Unit(benchmark::kMillisecond);

void BM_Scaling(benchmark::State& state) {
  if (BbcArticles().empty()) return state.SkipWithError("bbc_news_2225 not found");
  const PerturbedStream stream = MakePerturbedStream(BbcTexts(), static_cast<size_t>(state.range(0)));
  Detect(state, stream.articles, /*verified=*/true);
}
BENCHMARK(BM_Scaling)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
}  // namespace crosscheck

BENCHMARK_MAIN();
