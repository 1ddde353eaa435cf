// corpus_memory: what the corpus stages hold per document at scale, on the synthetic news
// stream (NewsStreamGenerator, dedup/synthetic_reuse.h: the documents `make_stream` writes),
// fed straight into the stages in publication order without cleaning or annotating, so a
// million documents take minutes. Stages, as BuildReport (pipeline/analyzer.cc) runs them:
//
//   reuse    ReuseDetector Add for every document, then VerifiedPairs and GroupSyndication
//   stories  OnlineStoryClusterer Add (empty annotations) and Stories()
//   topics   TopicGrouper Add and Group(stories)
//
// For each: the stage's own StateBytes() after Add, the resident memory it added
// (VmRSS after minus before, freed pages handed back first), and its peak over the baseline
// (VmHWM, reset through /proc/self/clear_refs before the stage). The articles themselves are
// held for the whole run (VerifiedPairs and GroupSyndication read them) and are part of the
// baseline, not of any stage. A digest of each stage's result is printed, so two builds can
// be checked to give the same results.
//
//   corpus_memory SHARED_DIR COUNT [reuse|stories|topics|all]
#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <numeric>
#include <string>
#include <tuple>
#include <vector>

#include "base/date.h"
#include "cluster/online_clusterer.h"
#include "cluster/topic_grouper.h"
#include "dedup/reuse.h"
#include "dedup/synthetic_reuse.h"

namespace crosscheck {
namespace {

// A /proc/self/status field in bytes ("VmRSS", "VmHWM").
size_t StatusBytes(const char* field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  const size_t length = std::strlen(field);
  while (std::getline(status, line)) {
    if (line.compare(0, length, field) == 0 && line.size() > length && line[length] == ':') {
      return std::strtoull(line.c_str() + length + 1, nullptr, 10) * 1024;
    }
  }
  return 0;
}

// Freed pages back to the OS, then the peak reset to the current resident size.
size_t ResetPeak() {
  malloc_trim(0);
  std::ofstream("/proc/self/clear_refs") << "5";
  return StatusBytes("VmRSS");
}

double Seconds(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

uint64_t Mix(uint64_t digest, uint64_t value) {
  digest ^= value + 0x9E3779B97F4A7C15ULL + (digest << 6) + (digest >> 2);
  return digest;
}

uint64_t BitsOf(double value) {
  uint64_t bits = 0;
  std::memcpy(&bits, &value, sizeof bits);
  return bits;
}

Article ToArticle(const StreamDocument& document) {
  Article article;
  article.id = document.id;
  article.title = document.title;
  article.outlet = document.outlet;
  article.url = document.url;
  article.language = "en";
  if (std::optional<Date> date = ParsePublishedDate(document.published)) article.published = *date;
  size_t begin = 0;
  while (begin <= document.text.size()) {
    size_t end = document.text.find("\n\n", begin);
    if (end == std::string::npos) end = document.text.size();
    if (end > begin) article.blocks.push_back({BlockKind::kParagraph, document.text.substr(begin, end - begin), 0, 0});
    begin = end + 2;
  }
  return article;
}

// Heap bytes of a syndication result (sizes, not capacities: what a compact copy needs).
size_t ResultBytes(const SyndicationResult& result) {
  size_t bytes = result.groups.size() * sizeof(SyndicationGroup) + result.group_of.size() * sizeof(uint32_t) +
                 result.duplicate_of.size() * sizeof(std::optional<DocIndex>) +
                 result.pairs.size() * sizeof(ReusePair);
  for (const SyndicationGroup& group : result.groups) {
    bytes += group.members.size() * sizeof(DocIndex);
    if (group.id.size() > 15) bytes += group.id.size() + 1;
    if (group.origin && group.origin->size() > 15) bytes += group.origin->size() + 1;
  }
  for (const ReusePair& pair : result.pairs) bytes += pair.passages.size() * sizeof(PassageMatch);
  return bytes;
}

void PrintStage(const char* stage, size_t documents, size_t state_bytes, size_t baseline, size_t after,
                double seconds) {
  const size_t peak = StatusBytes("VmHWM");
  const double n = static_cast<double>(documents);
  std::printf("%-12s state %7.1f B/doc   rss added %7.1f B/doc   peak over baseline %7.1f B/doc (%.0f MB)   %.1f s\n",
              stage, state_bytes / n, (static_cast<double>(after) - static_cast<double>(baseline)) / n,
              (static_cast<double>(peak) - static_cast<double>(baseline)) / n,
              (static_cast<double>(peak) - static_cast<double>(baseline)) / 1e6, seconds);
  std::fflush(stdout);
}

int Run(const std::string& shared, size_t count, const std::string& which) {
  auto texts = ReadParagraphFiles(shared + "/data/bbc_news_2225");
  if (!texts.ok()) {
    std::fprintf(stderr, "corpus_memory: %s\n", texts.status().ToString().c_str());
    return 2;
  }
  const bool all = which == "all";
  auto start = std::chrono::steady_clock::now();
  std::vector<Article> articles;
  articles.reserve(count);
  {
    NewsStreamGenerator generator(&*texts);
    StreamDocument document;
    for (size_t i = 0; i < count && generator.Next(&document); ++i) articles.push_back(ToArticle(document));
  }
  // Publication order, as the analyzer adds documents: dated first, by date, then index.
  std::vector<DocIndex> order(articles.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](DocIndex x, DocIndex y) {
    const Date& date_x = articles[x].published;
    const Date& date_y = articles[y].published;
    return std::make_tuple(!date_x.valid(), date_x) < std::make_tuple(!date_y.valid(), date_y);
  });
  const size_t n = articles.size();
  std::printf("documents %zu, generated in %.1f s, articles resident %.0f MB\n", n, Seconds(start),
              StatusBytes("VmRSS") / 1e6);

  if (all || which == "reuse") {
    size_t baseline = ResetPeak();
    start = std::chrono::steady_clock::now();
    std::unique_ptr<ReuseDetector> reuse = NewReuseDetector();
    for (DocIndex index : order) reuse->Add(index, articles[index]);
    malloc_trim(0);
    PrintStage("reuse.Add", n, reuse->StateBytes(), baseline, StatusBytes("VmRSS"), Seconds(start));
    start = std::chrono::steady_clock::now();
    std::vector<ReusePair> pairs = reuse->VerifiedPairs(articles);
    malloc_trim(0);
    PrintStage("reuse.Verify", n, reuse->StateBytes(), baseline, StatusBytes("VmRSS"), Seconds(start));
    reuse.reset();
    baseline = ResetPeak();
    start = std::chrono::steady_clock::now();
    const size_t pair_count = pairs.size();
    SyndicationResult syndication = GroupSyndication(articles, std::move(pairs));
    malloc_trim(0);
    PrintStage("syndication", n, ResultBytes(syndication), baseline, StatusBytes("VmRSS"), Seconds(start));
    uint64_t digest = 0;
    size_t passages = 0;
    for (const ReusePair& pair : syndication.pairs) {
      digest = Mix(Mix(Mix(Mix(digest, pair.a), pair.b), BitsOf(pair.containment_a_in_b)), BitsOf(pair.jaccard));
      for (const PassageMatch& passage : pair.passages) {
        digest = Mix(Mix(Mix(digest, passage.block_a), passage.block_b), BitsOf(passage.similarity));
      }
      passages += pair.passages.size();
    }
    for (const SyndicationGroup& group : syndication.groups) {
      for (DocIndex member : group.members) digest = Mix(digest, member);
      digest = Mix(digest, std::hash<std::string>()(group.origin.value_or("-")));
    }
    for (const auto& duplicate : syndication.duplicate_of) digest = Mix(digest, duplicate.value_or(UINT32_MAX));
    std::printf("reuse result: %zu verified pairs, %zu after grouping, %zu passages, %zu groups, digest %016llx\n",
                pair_count, syndication.pairs.size(), passages, syndication.groups.size(),
                static_cast<unsigned long long>(digest));
  }

  if (all || which == "stories" || which == "topics") {
    size_t baseline = ResetPeak();
    start = std::chrono::steady_clock::now();
    OnlineStoryClusterer clusterer{StoryClusterOptions{}};
    for (DocIndex index : order) clusterer.Add(index, articles[index], Annotations());
    std::vector<StoryCluster> stories = clusterer.Stories();
    malloc_trim(0);
    PrintStage("stories", n, clusterer.StateBytes(), baseline, StatusBytes("VmRSS"), Seconds(start));
    std::stable_sort(stories.begin(), stories.end(), [](const StoryCluster& a, const StoryCluster& b) {
      return a.members.size() > b.members.size();
    });
    uint64_t digest = 0;
    for (const StoryCluster& story : stories) {
      for (DocIndex member : story.members) digest = Mix(digest, member);
      digest = Mix(digest, UINT64_MAX);
    }
    std::printf("stories result: %zu stories, digest %016llx\n", stories.size(),
                static_cast<unsigned long long>(digest));
    if (all || which == "topics") {
      baseline = ResetPeak();
      start = std::chrono::steady_clock::now();
      TopicGrouper topic_grouper;
      for (DocIndex index : order) topic_grouper.Add(index, articles[index]);
      malloc_trim(0);
      PrintStage("topics.Add", n, topic_grouper.StateBytes(), baseline, StatusBytes("VmRSS"), Seconds(start));
      start = std::chrono::steady_clock::now();
      const std::vector<uint32_t> topic_of = topic_grouper.Group(stories);
      malloc_trim(0);
      PrintStage("topics.Group", n, topic_grouper.StateBytes(), baseline, StatusBytes("VmRSS"), Seconds(start));
      digest = 0;
      for (uint32_t topic : topic_of) digest = Mix(digest, topic);
      std::printf("topics result: %u topics, digest %016llx\n",
                  topic_of.empty() ? 0u : *std::max_element(topic_of.begin(), topic_of.end()) + 1,
                  static_cast<unsigned long long>(digest));
    }
  }
  std::printf("process peak (VmHWM since the last reset) %.0f MB\n", StatusBytes("VmHWM") / 1e6);
  return 0;
}

}  // namespace
}  // namespace crosscheck

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: corpus_memory SHARED_DIR COUNT [reuse|stories|topics|all]\n");
    return 2;
  }
  return crosscheck::Run(argv[1], std::strtoull(argv[2], nullptr, 10), argc > 3 ? argv[3] : "all");
}
