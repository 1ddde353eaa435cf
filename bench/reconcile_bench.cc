// Reconciliation on one large story: ReconcileStory over N BBC news articles (the five
// categories interleaved, each article its own syndication group) as a single story,
// N = 250 … 2,000, with the fitted complexity. Cross-checking must stay linear in story size
// (issue 11): statements meet through indexes, never all pairs of a story's sentences.
// Annotation is done once, outside the timed loop. Articles are read at run time from
// $CROSSCHECK_SHARED_DIR/data/bbc_news_2225 (skipped with a message when absent).
// Counters: items_per_second = documents/s.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "annotate/annotator.h"
#include "bbc_article.h"
#include "reconcile/reconciler.h"

namespace crosscheck {
namespace {

constexpr size_t kMaxStory = 2000;

struct Corpus {
  std::vector<Article> articles;
  std::vector<Annotations> annotations;
  SyndicationResult syndication;
};

// kMaxStory articles, categories interleaved, annotated.
const Corpus& LoadCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus();
    const char* shared = std::getenv("CROSSCHECK_SHARED_DIR");
    const std::filesystem::path root =
        std::filesystem::path(shared ? shared : CROSSCHECK_SHARED_DIR) / "data" / "bbc_news_2225";
    std::error_code error;
    std::vector<std::filesystem::path> files;
    for (auto it = std::filesystem::recursive_directory_iterator(root, error);
         !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
      if (it->is_regular_file() && it->path().extension() == ".txt" && it->path().parent_path() != root)
        files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    // Categories interleaved (business, entertainment, politics, sport, tech, business, …), so
    // every story size has the same mix: politics and sport carry far more quotes.
    std::map<std::string, std::vector<std::filesystem::path>> by_category;
    for (const auto& path : files) by_category[path.parent_path().filename().string()].push_back(path);
    files.clear();
    for (size_t k = 0; files.size() < kMaxStory; ++k) {
      bool any = false;
      for (auto& [category, paths] : by_category) {
        if (k < paths.size() && files.size() < kMaxStory) {
          files.push_back(paths[k]);
          any = true;
        }
      }
      if (!any) break;
    }
    const AnnotationPipeline pipeline;
    for (const auto& path : files) {
      Article article = ReadBbcArticle(
          path, Date{2005, 3, 1 + static_cast<int>(c->articles.size() % 28)});
      c->annotations.push_back(pipeline.Run(article, article.Body()));
      const auto index = static_cast<DocIndex>(c->articles.size());
      c->syndication.groups.push_back({"g" + std::to_string(index), std::nullopt, {index}});
      c->syndication.group_of.push_back(index);
      c->articles.push_back(std::move(article));
    }
    return c;
  }();
  return *corpus;
}

void BM_ReconcileOneStory(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  const auto size = static_cast<size_t>(state.range(0));
  if (corpus.articles.size() < size) {
    state.SkipWithError("bbc_news_2225 not found or too small (set CROSSCHECK_SHARED_DIR)");
    return;
  }
  const CorpusView view{corpus.articles, corpus.annotations, &corpus.syndication};
  StoryCluster story;
  for (size_t k = 0; k < size; ++k) story.members.push_back(static_cast<DocIndex>(k));
  size_t claims = 0;
  for (auto _ : state) {
    const ReportStory report = ReconcileStory(view, story, "s");
    claims = report.claims.size();
    benchmark::DoNotOptimize(report);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * size));
  state.SetComplexityN(static_cast<int64_t>(size));
  state.counters["claims"] = static_cast<double>(claims);
}
BENCHMARK(BM_ReconcileOneStory)
    ->Arg(250)
    ->Arg(500)
    ->Arg(1000)
    ->Arg(2000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity();

}  // namespace
}  // namespace crosscheck

BENCHMARK_MAIN();
