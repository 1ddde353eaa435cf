// Annotation and reconciliation throughput on real news text.
//
// Reads the 2,225 articles of $CROSSCHECK_SHARED_DIR/data/bbc_news_2225/<topic>/*.txt (first
// line the title, then one paragraph per non-blank line) into Articles, then measures
//   BM_AnnotationPipeline  — the whole default pipeline (entities, times, quantities, quotes)
//   BM_<Family>Annotator   — each annotator alone (times before quantities, as in the pipeline)
//   BM_ReconcileStory      — ReconcileStory over stories of 8 annotated articles
// Counters: items_per_second = documents/s, bytes_per_second = body bytes/s.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "annotate/annotator.h"
#include "bbc_article.h"
#include "annotate/entities.h"
#include "annotate/quantities.h"
#include "annotate/quotes.h"
#include "annotate/time_pattern.h"
#include "annotate/times.h"
#include "reconcile/reconciler.h"

namespace crosscheck {
namespace {

constexpr size_t kStorySize = 8;

struct Corpus {
  std::vector<Article> articles;
  std::vector<std::string> bodies;
  size_t bytes = 0;
};

const Corpus& LoadCorpus() {
  static const Corpus* corpus = [] {
    auto* c = new Corpus();
    const char* shared = std::getenv("CROSSCHECK_SHARED_DIR");
    const std::filesystem::path root = std::filesystem::path(shared ? shared : CROSSCHECK_SHARED_DIR) / "data" / "bbc_news_2225";
    std::error_code error;
    std::vector<std::filesystem::path> files;
    for (auto it = std::filesystem::recursive_directory_iterator(root, error); !error && it != std::filesystem::recursive_directory_iterator();
         it.increment(error)) {
      if (it->is_regular_file() && it->path().extension() == ".txt") files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& path : files) {
      Article article = ReadBbcArticle(path, Date{2005, 3, 15});
      c->bodies.push_back(article.Body());
      c->bytes += c->bodies.back().size();
      c->articles.push_back(std::move(article));
    }
    return c;
  }();
  return *corpus;
}

bool Ready(benchmark::State& state, const Corpus& corpus) {
  if (corpus.articles.empty()) {
    state.SkipWithError("bbc_news_2225 not found (set CROSSCHECK_SHARED_DIR)");
    return false;
  }
  return true;
}

void BM_AnnotationPipeline(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  if (!Ready(state, corpus)) return;
  const AnnotationPipeline pipeline;
  size_t mentions = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < corpus.articles.size(); ++i) {
      const Annotations a = pipeline.Run(corpus.articles[i], corpus.bodies[i]);
      mentions += a.entities.size() + a.quotes.size() + a.quantities.size() + a.times.size();
    }
  }
  benchmark::DoNotOptimize(mentions);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.articles.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
}
BENCHMARK(BM_AnnotationPipeline)->Unit(benchmark::kMillisecond)->UseRealTime();

// The one reading of each body every annotator shares (sentences, paragraphs, tokens, lower
// case): the part of each family's figure below that the pipeline pays once.
void BM_TextReading(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  if (!Ready(state, corpus)) return;
  size_t tokens = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < corpus.articles.size(); ++i) {
      const TextReading reading(corpus.bodies[i]);
      for (size_t s = 0; s < reading.sentences().size(); ++s) tokens += reading.SentenceTokens(s).size();
    }
  }
  benchmark::DoNotOptimize(tokens);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.articles.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
}
BENCHMARK(BM_TextReading)->Unit(benchmark::kMillisecond)->UseRealTime();

// One family alone, with the reading it needs built per document (each family's figure
// includes it, as when each annotator split and tokenized the body itself).
template <typename Family>
void BM_Family(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  if (!Ready(state, corpus)) return;
  const Family annotator;
  const TimeAnnotator times;  // quantities read the time mentions
  for (auto _ : state) {
    for (size_t i = 0; i < corpus.articles.size(); ++i) {
      Annotations a;
      const TextReading reading(corpus.bodies[i]);
      if constexpr (std::is_same_v<Family, QuantityAnnotator>) times.Annotate(corpus.articles[i], reading, a);
      annotator.Annotate(corpus.articles[i], reading, a);
      benchmark::DoNotOptimize(a);
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus.articles.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
}
BENCHMARK(BM_Family<EntityAnnotator>)->Name("BM_EntityAnnotator")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Family<TimeAnnotator>)->Name("BM_TimeAnnotator")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Family<QuantityAnnotator>)->Name("BM_QuantityAnnotator(+times)")->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Family<QuoteAnnotator>)->Name("BM_QuoteAnnotator(no entities)")->Unit(benchmark::kMillisecond)->UseRealTime();

// The relative-time pattern alone (annotate/time_pattern.h), scanned over each body as the
// time annotator scans it: where the next match is, found by RE2 without submatches.
void BM_RelativeTimePatternScan(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  if (!Ready(state, corpus)) return;
  const RE2& pattern = RelativeTimePattern();
  size_t matches = 0;
  for (auto _ : state) {
    for (const std::string& body : corpus.bodies) {
      re2::StringPiece whole;
      for (size_t pos = 0;
           pos < body.size() && pattern.Match(body, pos, body.size(), RE2::UNANCHORED, &whole, 1);
           ++matches) {
        pos = std::max(static_cast<size_t>(whole.data() - body.data()) + whole.size(),
                       static_cast<size_t>(whole.data() - body.data()) + 1);
      }
    }
  }
  benchmark::DoNotOptimize(matches);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
}
BENCHMARK(BM_RelativeTimePatternScan)->Unit(benchmark::kMillisecond)->UseRealTime();

// The same scan, each match's groups then read by ReadRelativeTimeGroups, as the time
// annotator reads them.
void BM_RelativeTimePatternGroups(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  if (!Ready(state, corpus)) return;
  const RE2& pattern = RelativeTimePattern();
  std::vector<re2::StringPiece> groups(static_cast<size_t>(pattern.NumberOfCapturingGroups()) + 1);
  size_t matches = 0;
  for (auto _ : state) {
    for (const std::string& body : corpus.bodies) {
      re2::StringPiece whole;
      for (size_t pos = 0;
           pos < body.size() && pattern.Match(body, pos, body.size(), RE2::UNANCHORED, &whole, 1);) {
        const size_t begin = static_cast<size_t>(whole.data() - body.data());
        const size_t end = begin + whole.size();
        matches += ReadRelativeTimeGroups(body, begin, end, groups.data(),
                                          static_cast<int>(groups.size()));
        pos = std::max(end, begin + 1);
      }
    }
  }
  benchmark::DoNotOptimize(matches);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
}
BENCHMARK(BM_RelativeTimePatternGroups)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ReconcileStory(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  if (!Ready(state, corpus)) return;
  const AnnotationPipeline pipeline;
  std::vector<Annotations> annotations;
  for (size_t i = 0; i < corpus.articles.size(); ++i) annotations.push_back(pipeline.Run(corpus.articles[i], corpus.bodies[i]));
  SyndicationResult syndication;
  for (size_t i = 0; i < corpus.articles.size(); ++i) {
    syndication.groups.push_back({"s" + std::to_string(i), std::nullopt, {static_cast<DocIndex>(i)}});
    syndication.group_of.push_back(static_cast<uint32_t>(i));
  }
  const CorpusView view{corpus.articles, annotations, &syndication};
  size_t stories = 0;
  for (auto _ : state) {
    for (size_t first = 0; first + kStorySize <= corpus.articles.size(); first += kStorySize) {
      StoryCluster story;
      for (size_t k = 0; k < kStorySize; ++k) story.members.push_back(static_cast<DocIndex>(first + k));
      const ReportStory report = ReconcileStory(view, story, "s");
      benchmark::DoNotOptimize(report);
      ++stories;
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(stories * kStorySize));
  state.counters["stories/s"] = benchmark::Counter(static_cast<double>(stories), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReconcileStory)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace crosscheck

BENCHMARK_MAIN();
