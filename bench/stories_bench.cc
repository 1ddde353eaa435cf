// Story clustering throughput on a synthetic news stream made of perturbed real articles.
//
// The articles of ../shared/data/bbc_news_2225 (read at run time from
// $CROSSCHECK_SHARED_DIR/data/bbc_news_2225) seed the stream: document i is published on day
// i / kDocsPerDay; each day kActivePerDay stories are running, story s (a sequence number;
// seed article s mod 2225) runs for kStoryDays days, so the same seed article comes back as
// a new story months later. A document is a perturbed copy of its story's seed article:
// sentences dropped, words dropped, a few words misspelt. Ground truth is the story number.
//
//   bench_stories                      Google Benchmark: docs/s at 10k and 100k documents
//   bench_stories --stream 1000000     one pass over N documents, printing docs/s, state
//                                      bytes per document and B-cubed F1 at 10k, 100k, 1M
//                                      (docs/s = documents per CPU-second spent in Add)
#include <benchmark/benchmark.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "cluster/online_clusterer.h"
#include "cluster/topic_grouper.h"

namespace crosscheck {
namespace {

constexpr size_t kDocsPerDay = 1000;
constexpr size_t kActivePerDay = 60;   // stories running on a day
constexpr size_t kNewPerDay = 15;      // stories starting each day (so each runs 4 days)
constexpr double kKeepSentence = 0.7;
constexpr double kDropWord = 0.1;
constexpr double kMisspellWord = 0.005;

struct SeedArticle {
  std::string title;
  std::vector<std::string> sentences;
};

std::vector<SeedArticle> LoadSeeds() {
  std::vector<SeedArticle> seeds;
  const char* shared = std::getenv("CROSSCHECK_SHARED_DIR");
  const std::filesystem::path root =
      std::filesystem::path(shared != nullptr ? shared : CROSSCHECK_SHARED_DIR) / "data" / "bbc_news_2225";
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root, error)) {
    if (entry.is_regular_file() && entry.path().extension() == ".txt" &&
        entry.path().parent_path() != root) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  for (const auto& file : files) {
    std::ifstream in(file);
    SeedArticle seed;
    std::getline(in, seed.title);
    std::string line;
    while (std::getline(in, line)) {
      size_t start = 0;
      while (start < line.size()) {
        size_t end = line.find(". ", start);
        end = end == std::string::npos ? line.size() : end + 1;
        seed.sentences.push_back(line.substr(start, end - start));
        start = end + 1;
      }
    }
    if (!seed.sentences.empty()) seeds.push_back(std::move(seed));
  }
  return seeds;
}

std::string Perturb(const std::string& text, std::mt19937& rng) {
  std::uniform_real_distribution<double> coin(0, 1);
  std::string out;
  std::istringstream words(text);
  std::string word;
  while (words >> word) {
    if (coin(rng) < kDropWord) continue;
    if (word.size() > 3 && coin(rng) < kMisspellWord) std::swap(word[1], word[2]);
    if (!out.empty()) out.push_back(' ');
    out += word;
  }
  return out;
}

// Document `i` of the stream and its true story.
Article SyntheticArticle(const std::vector<SeedArticle>& seeds, size_t i, uint64_t* story) {
  std::mt19937 rng(static_cast<uint32_t>(i * 2654435761u + 17));
  const size_t day = i / kDocsPerDay;
  const size_t sequence = day * kNewPerDay + std::uniform_int_distribution<size_t>(0, kActivePerDay - 1)(rng);
  *story = sequence;
  const SeedArticle& seed = seeds[sequence % seeds.size()];
  Article article;
  article.language = "en";
  article.title = Perturb(seed.title, rng);
  article.published = CivilFromDays(19000 + day);
  std::uniform_real_distribution<double> coin(0, 1);
  for (const std::string& sentence : seed.sentences) {
    if (coin(rng) >= kKeepSentence) continue;
    article.blocks.push_back({BlockKind::kParagraph, Perturb(sentence, rng), 0, 0});
  }
  return article;
}

const std::vector<SeedArticle>& Seeds() {
  static const std::vector<SeedArticle> seeds = LoadSeeds();
  return seeds;
}

void BM_StoryStream(benchmark::State& state) {
  const std::vector<SeedArticle>& seeds = Seeds();
  if (seeds.empty()) {
    state.SkipWithError("bbc_news_2225 not found under CROSSCHECK_SHARED_DIR");
    return;
  }
  const size_t documents = static_cast<size_t>(state.range(0));
  std::vector<Article> articles;
  articles.reserve(documents);
  uint64_t story = 0;
  for (size_t i = 0; i < documents; ++i) articles.push_back(SyntheticArticle(seeds, i, &story));
  size_t state_bytes = 0;
  for (auto _ : state) {
    OnlineStoryClusterer clusterer(StoryClusterOptions{});
    for (size_t i = 0; i < documents; ++i) clusterer.Add(static_cast<DocIndex>(i), articles[i], {});
    benchmark::DoNotOptimize(clusterer.Stories());
    state_bytes = clusterer.StateBytes();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * documents));
  state.counters["state_bytes_per_doc"] = static_cast<double>(state_bytes) / static_cast<double>(documents);
}
BENCHMARK(BM_StoryStream)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);

// B-cubed F1 of the stories against the true story numbers.
double BCubedF1(const std::vector<StoryCluster>& stories, const std::vector<uint64_t>& truth) {
  std::vector<uint32_t> predicted(truth.size(), 0);
  for (size_t s = 0; s < stories.size(); ++s) {
    for (DocIndex member : stories[s].members) predicted[member] = static_cast<uint32_t>(s);
  }
  std::unordered_map<uint64_t, double> true_sizes, joint;
  std::vector<double> predicted_sizes(stories.size(), 0);
  for (size_t i = 0; i < truth.size(); ++i) {
    ++true_sizes[truth[i]];
    ++predicted_sizes[predicted[i]];
    ++joint[truth[i] * 1000003ull + predicted[i]];
  }
  double precision = 0, recall = 0;
  for (size_t i = 0; i < truth.size(); ++i) {
    const double both = joint[truth[i] * 1000003ull + predicted[i]];
    precision += both / predicted_sizes[predicted[i]];
    recall += both / true_sizes[truth[i]];
  }
  precision /= static_cast<double>(truth.size());
  recall /= static_cast<double>(truth.size());
  return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
}

double ThreadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

int RunStream(size_t documents, const StoryClusterOptions& options, bool topics) {
  const std::vector<SeedArticle>& seeds = Seeds();
  if (seeds.empty()) {
    std::fprintf(stderr, "bench_stories: bbc_news_2225 not found under CROSSCHECK_SHARED_DIR\n");
    return 1;
  }
  OnlineStoryClusterer clusterer(options);
  TopicGrouper topic_grouper;
  double topic_seconds = 0;
  std::vector<uint64_t> truth;
  truth.reserve(documents);
  double cluster_seconds = 0, segment_seconds = 0;
  size_t segment_start = 0;
  size_t next_report = 10000;
  for (size_t i = 0; i < documents; ++i) {
    uint64_t story = 0;
    const Article article = SyntheticArticle(seeds, i, &story);
    truth.push_back(story);
    // CPU time of this thread, not wall time: the machine is shared, and the claim is
    // about the cost per document.
    const double start = ThreadCpuSeconds();
    clusterer.Add(static_cast<DocIndex>(i), article, {});
    const double seconds = ThreadCpuSeconds() - start;
    cluster_seconds += seconds;
    segment_seconds += seconds;
    if (topics) {
      const double topic_start = ThreadCpuSeconds();
      topic_grouper.Add(static_cast<DocIndex>(i), article);
      topic_seconds += ThreadCpuSeconds() - topic_start;
    }
    if (i + 1 == next_report || i + 1 == documents) {
      const size_t done = i + 1;
      const double f1 = BCubedF1(clusterer.Stories(), truth);
      std::printf(
          "documents=%zu docs_per_s=%.0f segment_docs_per_s=%.0f state_bytes_per_doc=%.0f open_stories=%zu "
          "vocabulary=%zu bcubed_f1=%.4f\n",
          done, static_cast<double>(done) / cluster_seconds,
          static_cast<double>(done - segment_start) / segment_seconds,
          static_cast<double>(clusterer.StateBytes()) / static_cast<double>(done), clusterer.open_stories(),
          clusterer.vectorizer().vocabulary_size(), f1);
      std::fflush(stdout);
      segment_start = done;
      segment_seconds = 0;
      next_report *= 10;
    }
  }
  if (topics) {
    const std::vector<StoryCluster> stories = clusterer.Stories();
    const double group_start = ThreadCpuSeconds();
    const std::vector<uint32_t> topic_of = topic_grouper.Group(stories);
    const double group_seconds = ThreadCpuSeconds() - group_start;
    std::printf("topics=%u stories=%zu sketch_docs_per_s=%.0f group_seconds=%.2f topic_state_bytes_per_doc=%.0f\n",
                topic_of.empty() ? 0u : *std::max_element(topic_of.begin(), topic_of.end()) + 1, stories.size(),
                static_cast<double>(documents) / std::max(topic_seconds, 1e-9), group_seconds,
                static_cast<double>(topic_grouper.StateBytes()) / static_cast<double>(documents));
  }
  return 0;
}

}  // namespace
}  // namespace crosscheck

int main(int argc, char** argv) {
  // --stream N [--join X] [--merge X] [--size-bonus X] [--topics]: the one-pass stream mode.
  size_t stream = 0;
  bool topics = false;  // --topics: also sketch and group topics, timed apart
  for (int i = 1; i < argc; ++i) topics = topics || std::strcmp(argv[i], "--topics") == 0;
  crosscheck::StoryClusterOptions options;
  for (int i = 1; i + 1 < argc; ++i) {
    const char* value = argv[i + 1];
    if (std::strcmp(argv[i], "--stream") == 0) stream = std::strtoull(value, nullptr, 10);
    if (std::strcmp(argv[i], "--join") == 0) options.join_threshold = std::atof(value);
    if (std::strcmp(argv[i], "--merge") == 0) options.merge_threshold = std::atof(value);
    if (std::strcmp(argv[i], "--size-bonus") == 0) options.size_bonus = std::atof(value);
  }
  if (stream > 0) return crosscheck::RunStream(stream, options, topics);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
