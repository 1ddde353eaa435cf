// eval_reuse: pair precision and recall of the reuse detector.
//
//   eval_reuse SHARED_DIR
//
// 1. ECB+ (data/ecbplus, 982 news texts in 43 topics, with real syndicated copies inside
//    topics). ECB+ carries no reuse labels, so its pairs are labelled by the slow reference:
//    exact all-pairs containment over the same shingles (dedup/exact_reference.h). This
//    measures what the sketches, the candidate index and the verification lose.
// 2. Synthetic edits of bbc_news_2225 articles, generated in memory (dedup/synthetic_reuse.h):
//    labels by construction (which source paragraphs each document kept), independent of the
//    detector; also checked against the exact reference, and duplicate_of scored on the
//    near-exact copies.
// 3. bbc_news_2225 as it is (98 byte-identical files): fast vs exact reference.
// Prints one block per corpus; timings are single-threaded, Add + VerifiedPairs.
//
//   eval_reuse SHARED_DIR --stream N
//
// Scaling run instead: N perturbed bbc_news_2225 articles (dedup/synthetic_reuse.h,
// MakePerturbedStream) through Add + VerifiedPairs; prints docs/s in CPU time and wall time,
// state bytes per document, the planted pairs found, and pairs across generations (which
// share no text by construction, so any such pair is spurious). Run it under
// /usr/bin/time -v for the peak RSS (scripts/bench/reuse.sh does).
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <random>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "dedup/exact_reference.h"
#include "dedup/reuse.h"
#include "dedup/shingle.h"
#include "dedup/synthetic_reuse.h"

namespace crosscheck {
namespace {

using PairKey = std::pair<DocIndex, DocIndex>;

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

size_t TextBytes(const std::vector<Article>& articles) {
  size_t bytes = 0;
  for (const Article& article : articles) {
    for (const Block& block : article.blocks) bytes += block.text.size() + 1;
  }
  return bytes;
}

std::string DecodeXmlEntities(std::string text) {
  static const std::pair<const char*, const char*> kEntities[] = {
      {"&quot;", "\""}, {"&apos;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}};
  for (const auto& [entity, replacement] : kEntities) {
    for (size_t pos = text.find(entity); pos != std::string::npos; pos = text.find(entity, pos + 1)) {
      text.replace(pos, std::string(entity).size(), replacement);
    }
  }
  return text;
}

// One ECB+ XML file as an article: tokens joined by spaces, one block per sentence.
Article ReadEcbDocument(const std::string& path) {
  std::ifstream file(path);
  std::stringstream buffer;
  buffer << file.rdbuf();
  const std::string xml = buffer.str();
  Article article;
  article.id = path.substr(path.rfind('/') + 1);
  std::string current_sentence = "-1";
  for (size_t pos = xml.find("<token "); pos != std::string::npos; pos = xml.find("<token ", pos + 1)) {
    const size_t tag_end = xml.find('>', pos);
    const size_t close = xml.find("</token>", tag_end);
    if (tag_end == std::string::npos || close == std::string::npos) break;
    const std::string tag = xml.substr(pos, tag_end - pos);
    const size_t sentence_at = tag.find("sentence=\"");
    const std::string sentence =
        sentence_at == std::string::npos ? "0" : tag.substr(sentence_at + 10, tag.find('"', sentence_at + 10) - sentence_at - 10);
    const std::string token = DecodeXmlEntities(xml.substr(tag_end + 1, close - tag_end - 1));
    if (sentence != current_sentence || article.blocks.empty()) {
      article.blocks.emplace_back();
      current_sentence = sentence;
    }
    std::string& text = article.blocks.back().text;
    if (!text.empty()) text += ' ';
    text += token;
  }
  return article;
}

std::vector<Article> ReadEcbPlus(const std::string& shared) {
  std::vector<std::string> paths;
  const std::string root = shared + "/data/ecbplus/ECB+";
  std::error_code error;
  for (auto it = std::filesystem::recursive_directory_iterator(root, error);
       !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
    if (it->path().extension() == ".xml") paths.push_back(it->path().string());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<Article> articles;
  for (const std::string& path : paths) articles.push_back(ReadEcbDocument(path));
  return articles;
}

struct DetectorRun {
  std::vector<ReusePair> verified;
  std::vector<ReusePair> sketched;
  double seconds = 0;         // Add + VerifiedPairs
  double sketch_seconds = 0;  // Add + Pairs
  size_t state_bytes = 0;
};

DetectorRun RunDetector(const std::vector<Article>& articles, const ReuseOptions& options) {
  DetectorRun run;
  auto start = std::chrono::steady_clock::now();
  std::unique_ptr<ReuseDetector> detector = NewReuseDetector(options);
  for (DocIndex i = 0; i < articles.size(); ++i) detector->Add(i, articles[i]);
  run.verified = detector->VerifiedPairs(articles);
  run.seconds = Seconds(start);
  run.state_bytes = detector->StateBytes();
  start = std::chrono::steady_clock::now();
  std::unique_ptr<ReuseDetector> sketch_only = NewReuseDetector(options);
  for (DocIndex i = 0; i < articles.size(); ++i) sketch_only->Add(i, articles[i]);
  run.sketched = sketch_only->Pairs();
  run.sketch_seconds = Seconds(start);
  return run;
}

std::set<PairKey> Keys(const std::vector<ReusePair>& pairs) {
  std::set<PairKey> keys;
  for (const ReusePair& pair : pairs) keys.emplace(pair.a, pair.b);
  return keys;
}

struct Score {
  size_t true_positives = 0, false_positives = 0, false_negatives = 0;
  double precision() const { return true_positives + false_positives == 0 ? 1.0 : double(true_positives) / (true_positives + false_positives); }
  double recall() const { return true_positives + false_negatives == 0 ? 1.0 : double(true_positives) / (true_positives + false_negatives); }
};

// Found pairs against reference pairs; pairs in `ignored` count neither way.
Score Compare(const std::set<PairKey>& found, const std::set<PairKey>& reference, const std::set<PairKey>& ignored = {}) {
  Score score;
  for (const PairKey& key : found) {
    if (ignored.count(key)) continue;
    reference.count(key) ? ++score.true_positives : ++score.false_positives;
  }
  for (const PairKey& key : reference) {
    if (!ignored.count(key) && !found.count(key)) ++score.false_negatives;
  }
  return score;
}

std::set<PairKey> ExactReference(const std::vector<Article>& articles, const ReuseOptions& options, double* seconds) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::vector<BlockShingle>> shingles;
  for (const Article& article : articles) shingles.push_back(ShingleArticle(article));
  std::set<PairKey> keys = Keys(ExactReusePairs(shingles, options, /*with_passages=*/false));
  *seconds = Seconds(start);
  return keys;
}

void PrintRun(const char* corpus, const std::vector<Article>& articles, const DetectorRun& run,
              const std::set<PairKey>& reference, double reference_seconds) {
  const double megabytes = TextBytes(articles) / 1e6;
  const Score verified = Compare(Keys(run.verified), reference);
  const Score sketched = Compare(Keys(run.sketched), reference);
  std::printf("%s: %zu docs, %.2f MB text, %zu reference pairs (exact all-pairs, %.2f s)\n", corpus,
              articles.size(), megabytes, reference.size(), reference_seconds);
  std::printf("  verified vs exact: P %.4f R %.4f (fp %zu, fn %zu)  %.0f docs/s %.1f MB/s\n", verified.precision(),
              verified.recall(), verified.false_positives, verified.false_negatives,
              articles.size() / run.seconds, megabytes / run.seconds);
  std::printf("  sketch-only vs exact: P %.4f R %.4f (fp %zu, fn %zu)  %.0f docs/s %.1f MB/s\n", sketched.precision(),
              sketched.recall(), sketched.false_positives, sketched.false_negatives,
              articles.size() / run.sketch_seconds, megabytes / run.sketch_seconds);
  std::printf("  sketch state: %.0f bytes/doc\n", double(run.state_bytes) / articles.size());
  if (std::getenv("REUSE_EVAL_DEBUG")) {  // which pairs differ from the exact reference
    const std::set<PairKey> found = Keys(run.verified);
    int shown = 0;
    for (const PairKey& key : reference) {
      if (!found.count(key) && shown++ < 6) std::printf("  fn vs exact %u %u\n", key.first, key.second);
    }
    for (const ReusePair& pair : run.verified) {
      if (!reference.count({pair.a, pair.b}) && shown++ < 12) {
        std::printf("  fp vs exact %u %u c %.3f %.3f\n", pair.a, pair.b, pair.containment_a_in_b, pair.containment_b_in_a);
      }
    }
  }
}

void EvaluateEcbPlus(const std::string& shared, const ReuseOptions& options) {
  const std::vector<Article> articles = ReadEcbPlus(shared);
  if (articles.empty()) {
    std::printf("ecbplus: not found under %s/data (skipped)\n", shared.c_str());
    return;
  }
  double reference_seconds = 0;
  const std::set<PairKey> reference = ExactReference(articles, options, &reference_seconds);
  const DetectorRun run = RunDetector(articles, options);
  PrintRun("ecbplus", articles, run, reference, reference_seconds);
  size_t cross_topic = 0;
  for (const ReusePair& pair : run.verified) {
    const std::string& x = articles[pair.a].id;
    const std::string& y = articles[pair.b].id;
    if (x.substr(0, x.find('_')) != y.substr(0, y.find('_'))) ++cross_topic;
  }
  std::printf("  pairs across topics: %zu\n", cross_topic);
}

void EvaluateSynthetic(const std::vector<ParagraphText>& texts, const ReuseOptions& options) {
  SyntheticOptions synthetic;
  const std::vector<SyntheticDocument> docs = MakeSyntheticReuseCorpus(texts, synthetic);
  std::vector<Article> articles;
  for (const SyntheticDocument& doc : docs) articles.push_back(doc.article);
  std::set<PairKey> positives, ambiguous;
  for (DocIndex x = 0; x < docs.size(); ++x) {
    for (DocIndex y = x + 1; y < docs.size(); ++y) {
      const double share = SharedSourceShare(docs[x], docs[y]);
      if (share >= 0.3) {
        positives.emplace(x, y);
      } else if (share >= 0.1) {
        ambiguous.emplace(x, y);
      }
    }
  }
  double reference_seconds = 0;
  const std::set<PairKey> reference = ExactReference(articles, options, &reference_seconds);
  const DetectorRun run = RunDetector(articles, options);
  PrintRun("synthetic edits of bbc_news_2225", articles, run, reference, reference_seconds);
  const Score labelled = Compare(Keys(run.verified), positives, ambiguous);
  std::printf("  labelled by construction: %zu positive pairs (shared source share >= 0.3), %zu left out "
              "(0.1 <= share < 0.3), the rest negative\n", positives.size(), ambiguous.size());
  std::printf("  verified vs labels: P %.4f R %.4f (fp %zu, fn %zu)\n", labelled.precision(), labelled.recall(),
              labelled.false_positives, labelled.false_negatives);
  if (std::getenv("REUSE_EVAL_DEBUG")) {
    int shown = 0;
    for (const ReusePair& pair : run.verified) {
      const PairKey key(pair.a, pair.b);
      if (positives.count(key) || ambiguous.count(key) || shown++ > 8) continue;
      std::printf("  fp %s(%s) %s(%s) c %.2f %.2f passages %zu first %u-%u\n", docs[pair.a].article.id.c_str(),
                  EditKindName(docs[pair.a].kind), docs[pair.b].article.id.c_str(), EditKindName(docs[pair.b].kind),
                  pair.containment_a_in_b, pair.containment_b_in_a, pair.passages.size(),
                  pair.passages.empty() ? 0 : pair.passages[0].block_a, pair.passages.empty() ? 0 : pair.passages[0].block_b);
    }
  }
  // Recall by edit kind (pairs of a source with its own variant), and quote decoys.
  const std::set<PairKey> found = Keys(run.verified);
  std::map<std::string, std::pair<size_t, size_t>> by_kind;  // kind -> (found, labelled)
  for (const PairKey& key : positives) {
    const EditKind kind = docs[key.second].kind;
    if (docs[key.first].kind != EditKind::kSource) continue;
    auto& [hit, total] = by_kind[EditKindName(kind)];
    ++total;
    hit += found.count(key);
  }
  for (const auto& [kind, counts] : by_kind) {
    std::printf("  recall %-19s %zu/%zu\n", kind.c_str(), counts.first, counts.second);
  }
  size_t decoy_pairs = 0, decoys = 0;
  for (const SyntheticDocument& doc : docs) decoys += doc.kind == EditKind::kQuoteDecoy;
  for (const PairKey& key : found) {
    decoy_pairs += docs[key.first].kind == EditKind::kQuoteDecoy && docs[key.second].kind == EditKind::kQuoteDecoy;
  }
  std::printf("  quote decoys: %zu docs in pairs quoting one statement, %zu grouped as reuse\n", decoys, decoy_pairs);
  // duplicate_of: near-exact copies should point at their source, nothing else should.
  const SyndicationResult grouped = GroupSyndication(articles, run.verified, options);
  std::map<std::string, std::pair<size_t, size_t>> marked;  // kind -> (marked, total)
  size_t wrong_family = 0;
  for (DocIndex doc = 0; doc < docs.size(); ++doc) {
    auto& [hit, total] = marked[EditKindName(docs[doc].kind)];
    ++total;
    if (!grouped.duplicate_of[doc]) continue;
    ++hit;
    wrong_family += docs[*grouped.duplicate_of[doc]].family != docs[doc].family;
  }
  std::printf("  duplicate_of marked, by kind:");
  for (const auto& [kind, counts] : marked) std::printf(" %s %zu/%zu", kind.c_str(), counts.first, counts.second);
  std::printf("; pointing outside the family: %zu\n", wrong_family);
  std::printf("  syndication groups: %zu for %zu documents from %d sources\n", grouped.groups.size(), docs.size(),
              docs.empty() ? 0 : docs.back().family + 1);
}

// Texts with no reuse among them (any pair at containment >= 0.05 removes both), shuffled:
// sources, hosts and decoys of the synthetic corpus must not already share text.
std::vector<ParagraphText> UnrelatedTexts(const std::vector<ParagraphText>& texts, const std::vector<Article>& articles) {
  ReuseOptions loose;
  loose.min_containment = 0.05;
  loose.min_shared_shingles = 1;
  double seconds = 0;
  std::set<DocIndex> related;
  for (const PairKey& key : ExactReference(articles, loose, &seconds)) {
    related.insert(key.first);
    related.insert(key.second);
  }
  std::vector<ParagraphText> unrelated;
  for (DocIndex i = 0; i < texts.size(); ++i) {
    if (!related.count(i)) unrelated.push_back(texts[i]);
  }
  std::shuffle(unrelated.begin(), unrelated.end(), std::mt19937(2225));
  return unrelated;
}

std::vector<Article> ArticlesOf(const std::vector<ParagraphText>& texts) {
  std::vector<Article> articles;
  for (const ParagraphText& text : texts) {
    Article article;
    for (const std::string& paragraph : text) article.blocks.push_back(Block{BlockKind::kParagraph, paragraph, 0, 0});
    articles.push_back(std::move(article));
  }
  return articles;
}

void EvaluateBbcAsIs(const std::vector<ParagraphText>& texts, const ReuseOptions& options) {
  const std::vector<Article> articles = ArticlesOf(texts);
  double reference_seconds = 0;
  const std::set<PairKey> reference = ExactReference(articles, options, &reference_seconds);
  PrintRun("bbc_news_2225 as is", articles, RunDetector(articles, options), reference, reference_seconds);
}

double CpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return double(now.tv_sec) + now.tv_nsec * 1e-9;
}

std::string LoadAverage() {
  std::ifstream file("/proc/loadavg");
  std::string one, five;
  file >> one >> five;
  return one + " " + five;
}

int EvaluateStream(const std::vector<ParagraphText>& texts, size_t count) {
  const auto generate_start = std::chrono::steady_clock::now();
  const PerturbedStream stream = MakePerturbedStream(texts, count);
  const std::vector<Article>& articles = stream.articles;
  std::printf("stream: %zu perturbed bbc articles (%zu per generation), %.1f MB text, generated in %.1f s\n",
              articles.size(), stream.generation_size, TextBytes(articles) / 1e6, Seconds(generate_start));
  std::printf("  load average before: %s (2 cores, shared)\n", LoadAverage().c_str());
  const double cpu_start = CpuSeconds();
  const auto wall_start = std::chrono::steady_clock::now();
  std::unique_ptr<ReuseDetector> detector = NewReuseDetector();
  for (DocIndex i = 0; i < articles.size(); ++i) detector->Add(i, articles[i]);
  const double add_cpu = CpuSeconds() - cpu_start, add_wall = Seconds(wall_start);
  const size_t state_bytes = detector->StateBytes();
  const std::vector<ReusePair> pairs = detector->VerifiedPairs(articles);
  const double cpu = CpuSeconds() - cpu_start, wall = Seconds(wall_start);
  const std::set<PairKey> found = Keys(pairs);
  size_t planted_found = 0, across_generations = 0;
  // A planted pair is eligible when the exact rule accepts it on its own (an edit of a
  // very short or mostly quoted article can leave fewer than min_shared_shingles).
  size_t eligible = 0;
  for (const PairKey& planted : stream.planted) {
    const std::vector<std::vector<BlockShingle>> alone = {ShingleArticle(articles[planted.first]),
                                                          ShingleArticle(articles[planted.second])};
    if (ExactReusePairs(alone, ReuseOptions{}, false).empty()) continue;
    ++eligible;
    planted_found += found.count(planted);
    if (!found.count(planted) && std::getenv("REUSE_EVAL_DEBUG")) {
      std::printf("  planted pair %u %u missed: %zu / %zu shingles\n", planted.first, planted.second,
                  alone[0].size(), alone[1].size());
    }
  }
  for (const PairKey& key : found) {
    across_generations += key.first / stream.generation_size != key.second / stream.generation_size;
  }
  const double megabytes = TextBytes(articles) / 1e6;
  std::printf("  Add: %.1f s CPU (%.1f s wall); Add + VerifiedPairs: %.1f s CPU, %.1f s wall\n", add_cpu, add_wall,
              cpu, wall);
  std::printf("  docs/s: %.0f CPU, %.0f wall; MB/s: %.1f CPU\n", articles.size() / cpu, articles.size() / wall,
              megabytes / cpu);
  std::printf("  state: %.0f bytes/doc (sketches + passage counts)\n", double(state_bytes) / articles.size());
  std::printf("  pairs: %zu; planted found %zu/%zu (of %zu planted, %zu below the thresholds on their own); "
              "pairs across generations (spurious): %zu\n", pairs.size(), planted_found, eligible,
              stream.planted.size(), stream.planted.size() - eligible, across_generations);
  std::printf("  load average after: %s\n", LoadAverage().c_str());
  return planted_found == eligible ? 0 : 1;
}

}  // namespace
}  // namespace crosscheck

int main(int argc, char** argv) {
  using namespace crosscheck;
  const std::string shared = argc > 1 ? argv[1] : CROSSCHECK_SHARED_DIR;
  if (argc > 3 && std::string(argv[2]) == "--stream") {
    StatusOr<std::vector<ParagraphText>> texts = ReadParagraphFiles(shared + "/data/bbc_news_2225");
    if (!texts.ok()) {
      std::printf("bbc_news_2225: %s\n", texts.status().ToString().c_str());
      return 1;
    }
    return EvaluateStream(*texts, std::strtoull(argv[3], nullptr, 10));
  }
  const ReuseOptions options;
  std::printf("reuse thresholds: containment of either document >= %.2f, >= %u shared shingles (both weighted: "
              "a paragraph in D > %u documents weighs %u/D)\n",
              options.min_containment, options.min_shared_shingles, options.common_passage_documents,
              options.common_passage_documents);
  EvaluateEcbPlus(shared, options);
  StatusOr<std::vector<ParagraphText>> texts = ReadParagraphFiles(shared + "/data/bbc_news_2225");
  if (!texts.ok()) {
    std::printf("bbc_news_2225: %s (skipped)\n", texts.status().ToString().c_str());
    return 0;
  }
  EvaluateBbcAsIs(*texts, options);
  EvaluateSynthetic(UnrelatedTexts(*texts, ArticlesOf(*texts)), options);
  return 0;
}
