// eval_stories: replays a labelled dataset through the online story clusterer, in file
// order, and prints the dataset's standard metrics with the throughput.
//
//   --googlenews FILE   GoogleNews-T/S/TS JSONL ({"text", "cluster"}): accuracy (best
//                       one-to-one mapping of predicted to true clusters, Hungarian
//                       algorithm, as in SCCL) and NMI (arithmetic mean normalization).
//                       --orders N also replays N seeded shuffles of the stream and prints
//                       mean/min/max accuracy: an online clusterer depends on arrival order.
//   --ecbplus DIR       ECB+ XML folders <topic>/<topic>_<n>ecb[plus].xml: B-cubed P/R/F1 of
//                       the stories against topics and against sub-topics (ecb vs ecbplus
//                       half of each topic). Documents arrive interleaved across topics
//                       (ordered by document number, then topic), not topic by topic.
//                       --diagnose prints sub-topic centroid cosines and the best topic F1
//                       that linking perfect sub-topics at a cosine threshold could reach.
//   --report FILE       with --googlenews: the stories of `crosscheck analyze --json` run on
//                       the same file, scored the same way (documents "<stem>:<line>").
//   --folder DIR        unlabelled .txt articles (first line the title), for reading: the
//                       story size histogram and the titles of the biggest stories.
//
// Articles are built from the records as text only: empty title, one block, no date. With
// --annotate each article goes through the AnnotationPipeline first (entities with canonical
// names), as in `crosscheck analyze`; without it the annotations are empty.
#include <simdjson.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "annotate/annotator.h"
#include "cluster/online_clusterer.h"
#include "cluster/story_clusterer.h"
#include "cluster/topic_grouper.h"
#include "ecbplus.h"
#include "eval/cluster_metric.h"

namespace crosscheck {
namespace {

struct LabelledDoc {
  std::string text;
  int label = 0;      // true cluster (topic)
  int sub_label = 0;  // sub-topic, when the dataset has one
};

// Predicted story per document, from the clusterer's stories.
std::vector<int> PredictedLabels(const std::vector<StoryCluster>& stories, size_t documents) {
  std::vector<int> labels(documents, -1);
  for (size_t story = 0; story < stories.size(); ++story) {
    for (DocIndex member : stories[story].members) labels[member] = static_cast<int>(story);
  }
  return labels;
}

struct BCubed {
  double precision = 0, recall = 0, f1 = 0;
};

BCubed BCubedScores(const std::vector<int>& truth, const std::vector<int>& predicted) {
  std::map<std::pair<int, int>, double> joint;
  std::unordered_map<int, double> true_sizes, predicted_sizes;
  for (size_t i = 0; i < truth.size(); ++i) {
    ++joint[{truth[i], predicted[i]}];
    ++true_sizes[truth[i]];
    ++predicted_sizes[predicted[i]];
  }
  BCubed scores;
  for (size_t i = 0; i < truth.size(); ++i) {
    const double both = joint[{truth[i], predicted[i]}];
    scores.precision += both / predicted_sizes[predicted[i]];
    scores.recall += both / true_sizes[truth[i]];
  }
  scores.precision /= static_cast<double>(truth.size());
  scores.recall /= static_cast<double>(truth.size());
  const double sum = scores.precision + scores.recall;
  scores.f1 = sum > 0 ? 2 * scores.precision * scores.recall / sum : 0;
  return scores;
}

bool ReadGoogleNews(const std::string& path, std::vector<LabelledDoc>& docs) {
  std::ifstream in(path);
  if (!in) return false;
  simdjson::ondemand::parser parser;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    simdjson::padded_string padded(line);
    simdjson::ondemand::document record;
    if (parser.iterate(padded).get(record) != simdjson::SUCCESS) return false;
    std::string_view text;
    int64_t cluster = 0;
    if (record["text"].get_string().get(text) != simdjson::SUCCESS) return false;
    if (record["cluster"].get_int64().get(cluster) != simdjson::SUCCESS) return false;
    docs.push_back({std::string(text), static_cast<int>(cluster), 0});
  }
  return true;
}

// Story per document from a `crosscheck analyze --json` report of a GoogleNews file: its
// documents are named "<stem>:<line>" (JSONL records without an id), so the line number
// gives the document's index. A document in no story keeps a label of its own. False when
// the report cannot be read.
bool ReportStoryLabels(const std::string& path, size_t documents, std::vector<int>& labels) {
  simdjson::dom::parser parser;
  simdjson::dom::element report;
  if (parser.load(path).get(report) != simdjson::SUCCESS) return false;
  simdjson::dom::array stories;
  if (report["stories"].get_array().get(stories) != simdjson::SUCCESS) return false;
  labels.assign(documents, -1);
  int story_number = 0;
  for (simdjson::dom::element story : stories) {
    simdjson::dom::array members;
    if (story["documents"].get_array().get(members) != simdjson::SUCCESS) return false;
    for (simdjson::dom::element member : members) {
      std::string_view id;
      if (member.get_string().get(id) != simdjson::SUCCESS) return false;
      const size_t colon = id.rfind(':');
      const size_t line = colon == std::string_view::npos
                              ? 0
                              : static_cast<size_t>(std::atol(std::string(id.substr(colon + 1)).c_str()));
      if (line >= 1 && line <= documents) labels[line - 1] = story_number;
    }
    ++story_number;
  }
  for (size_t doc = 0; doc < documents; ++doc) {
    if (labels[doc] < 0) labels[doc] = story_number++;
  }
  return true;
}

// The document text of one ECB+ XML: its tokens joined by spaces.
std::string EcbDocumentText(const std::string& xml) {
  std::string text;
  size_t pos = 0;
  while ((pos = xml.find("<token ", pos)) != std::string::npos) {
    const size_t open_end = xml.find('>', pos);
    const size_t close = xml.find("</token>", open_end);
    if (open_end == std::string::npos || close == std::string::npos) break;
    if (!text.empty()) text.push_back(' ');
    text += DecodeXmlEntities(std::string_view(xml).substr(open_end + 1, close - open_end - 1));
    pos = close;
  }
  return text;
}

bool ReadEcbPlus(const std::string& dir, const std::string& split, std::vector<LabelledDoc>& docs) {
  namespace fs = std::filesystem;
  struct Entry {
    int number, topic, plus;
    fs::path path;
  };
  std::vector<Entry> entries;
  std::error_code error;
  for (const fs::directory_entry& topic_dir : fs::directory_iterator(dir, error)) {
    if (!topic_dir.is_directory()) continue;
    for (const fs::directory_entry& file : fs::directory_iterator(topic_dir.path(), error)) {
      const std::string name = file.path().filename().string();  // 12_3ecbplus.xml
      const size_t underscore = name.find('_');
      const size_t ecb = name.find("ecb");
      if (underscore == std::string::npos || ecb == std::string::npos) continue;
      const int topic = std::atoi(name.substr(0, underscore).c_str());
      const int number = std::atoi(name.substr(underscore + 1, ecb - underscore - 1).c_str());
      const int plus = name.find("ecbplus") != std::string::npos ? 1 : 0;
      if (!InEcbSplit(topic, split)) continue;
      entries.push_back({number, topic, plus, file.path()});
    }
  }
  if (error || entries.empty()) return false;
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return std::tie(a.number, a.topic, a.plus) < std::tie(b.number, b.topic, b.plus);
  });
  for (const Entry& entry : entries) {
    std::ifstream in(entry.path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    docs.push_back({EcbDocumentText(buffer.str()), entry.topic, entry.topic * 2 + entry.plus});
  }
  return true;
}

struct Run {
  std::vector<int> predicted;
  std::vector<int> predicted_topics;  // topic level (TopicGrouper over the stories)
  size_t stories = 0;
  double seconds = 0;
  size_t state_bytes = 0;
};

Article MakeArticle(const LabelledDoc& doc) {
  Article article;
  article.language = "en";
  article.blocks.push_back({BlockKind::kParagraph, doc.text, 0, 0});
  return article;
}

// Annotations as `crosscheck analyze` computes them (entities with canonical names), or
// empty ones when `annotate` is off.
std::vector<Annotations> AnnotateAll(const std::vector<LabelledDoc>& docs, bool annotate) {
  std::vector<Annotations> annotations(docs.size());
  if (!annotate) return annotations;
  const AnnotationPipeline pipeline;
  for (size_t i = 0; i < docs.size(); ++i) annotations[i] = pipeline.Run(MakeArticle(docs[i]));
  return annotations;
}

Run Cluster(const std::vector<LabelledDoc>& docs, const std::vector<Annotations>& annotations,
            const StoryClusterOptions& options, const TopicOptions& topic_options = {}) {
  OnlineStoryClusterer clusterer(options);
  TopicGrouper topic_grouper(topic_options);
  const auto start = std::chrono::steady_clock::now();
  for (size_t i = 0; i < docs.size(); ++i) {
    const Article article = MakeArticle(docs[i]);
    clusterer.Add(static_cast<DocIndex>(i), article, annotations[i]);
    topic_grouper.Add(static_cast<DocIndex>(i), article);
  }
  const std::vector<StoryCluster> stories = clusterer.Stories();
  const std::vector<uint32_t> topic_of = topic_grouper.Group(stories);
  Run run;
  run.predicted_topics.assign(docs.size(), -1);
  for (size_t s = 0; s < stories.size(); ++s) {
    for (DocIndex member : stories[s].members)
      run.predicted_topics[member] = static_cast<int>(topic_of[s]);
  }
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  run.stories = stories.size();
  run.predicted = PredictedLabels(stories, docs.size());
  run.state_bytes = clusterer.StateBytes();
  return run;
}

// Diagnostic: for each sub-topic, the cosine (under the final IDF) of its centroid with its
// sibling sub-topic and with the nearest sub-topic of another topic.
void DiagnoseSubTopics(const std::vector<LabelledDoc>& docs,
                       const std::vector<Annotations>& annotations,
                       const StoryClusterOptions& options) {
  TfIdfVectorizer vectorizer(TfIdfOptions{.max_terms = options.document_terms,
                                          .title_weight = options.title_weight,
                                          .entity_weight = options.entity_weight});
  std::map<int, SparseVector> centroids;
  for (size_t i = 0; i < docs.size(); ++i) {
    AddScaled(centroids[docs[i].sub_label], vectorizer.Sketch(MakeArticle(docs[i]), annotations[i]),
              1.0f);
  }
  auto idf = [&](TermId term) { return vectorizer.Idf(term); };
  auto cosine = [&](const SparseVector& a, const SparseVector& b) {
    return WeightedDot(a, b, idf) / (WeightedNorm(a, idf) * WeightedNorm(b, idf));
  };
  int sibling_wins = 0;
  for (const auto& [sub, centroid] : centroids) {
    const int sibling = sub ^ 1;
    const double sibling_cosine =
        centroids.count(sibling) ? cosine(centroid, centroids[sibling]) : 0;
    double best = 0;
    int best_sub = -1;
    for (const auto& [other, other_centroid] : centroids) {
      if (other / 2 == sub / 2) continue;
      const double c = cosine(centroid, other_centroid);
      if (c > best) best = c, best_sub = other;
    }
    sibling_wins += sibling_cosine > best;
    std::printf("sub %d%s sibling=%.3f nearest_other=%d%s %.3f\n", sub / 2, sub % 2 ? "+" : "",
                sibling_cosine, best_sub / 2, best_sub % 2 ? "+" : "", best);
  }
  std::printf("sibling nearest for %d of %zu sub-topics\n", sibling_wins, centroids.size());
  // Best case of a threshold rule over perfect sub-topics: link sub-topic centroids whose
  // cosine reaches t (single linkage), score the result against topics.
  std::vector<int> subs;
  for (const auto& [sub, centroid] : centroids) subs.push_back(sub);
  for (double t : {0.03, 0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.25, 0.3, 0.5, 1.1}) {
    std::map<int, int> parent;
    for (int sub : subs) parent[sub] = sub;
    std::function<int(int)> find = [&](int x) {
      return parent[x] == x ? x : parent[x] = find(parent[x]);
    };
    for (size_t a = 0; a < subs.size(); ++a) {
      for (size_t b = a + 1; b < subs.size(); ++b) {
        if (cosine(centroids[subs[a]], centroids[subs[b]]) >= t)
          parent[find(subs[a])] = find(subs[b]);
      }
    }
    std::vector<int> truth, predicted;
    for (const LabelledDoc& doc : docs) {
      truth.push_back(doc.label);
      predicted.push_back(find(doc.sub_label));
    }
    const BCubed scores = BCubedScores(truth, predicted);
    std::printf("oracle sub-topics linked at %.3f: topics p=%.4f r=%.4f f1=%.4f\n", t,
                scores.precision, scores.recall, scores.f1);
  }
}

void PrintRun(const char* name, const Run& run, size_t documents) {
  std::printf(
      "%s: documents=%zu stories=%zu docs_per_s=%.0f state_bytes_per_doc=%.0f\n", name, documents,
      run.stories, documents / std::max(run.seconds, 1e-9),
      static_cast<double>(run.state_bytes) / static_cast<double>(std::max<size_t>(documents, 1)));
}

}  // namespace
}  // namespace crosscheck

int main(int argc, char** argv) {
  using namespace crosscheck;
  CLI::App app{"Story clustering evaluation (GoogleNews-TS stream, ECB+)"};
  std::string googlenews, ecbplus;
  std::string ecb_split = "all";
  StoryClusterOptions options;
  TopicOptions topic_options;
  bool dump = false;
  bool annotate = false;
  bool diagnose = false;
  int orders = 0;
  std::string folder;
  int show = 10;
  app.add_option("--folder", folder,
                 "unlabelled folder of .txt articles (first line title): print stories");
  app.add_option("--show", show, "with --folder: how many of the biggest stories to print");
  app.add_option("--orders", orders,
                 "GoogleNews: also replay this many seeded shuffles of the stream");
  app.add_flag("--diagnose", diagnose, "ECB+: sibling vs nearest other sub-topic centroid cosines");
  app.add_flag("--annotate", annotate,
               "run the AnnotationPipeline (entities) as `crosscheck analyze` does");
  app.add_option("--entity-weight", options.entity_weight,
                 "weight of an entity name against a body word");
  app.add_flag("--dump", dump, "print each story's make-up (ECB+ sub-topics)");
  app.add_option("--googlenews", googlenews, "GoogleNews JSONL file");
  std::string report;
  app.add_option("--report", report,
                 "with --googlenews: score the stories of this `crosscheck analyze --json` "
                 "report of the same file instead of replaying the clusterer");
  app.add_option("--ecbplus", ecbplus, "ECB+ folder of topic folders");
  app.add_option("--ecb-split", ecb_split,
                 "ECB+ topics: all (default), train, dev or test (Cybulska & Vossen 2015)")
      ->check(CLI::IsMember({"all", "train", "dev", "test"}));
  app.add_option("--topic-link", topic_options.link_threshold,
                 "topic level: average-link threshold");
  app.add_option("--topic-max-share", topic_options.max_query_term_share,
                 "topic level: max share of a query term");
  app.add_option("--topic-doc-terms", topic_options.document_terms,
                 "topic level: terms per document sketch");
  app.add_option("--join", options.join_threshold, "join threshold");
  app.add_option("--merge", options.merge_threshold, "merge threshold");
  app.add_option("--fragment-size", options.fragment_size, "stories up to this size are fragments");
  app.add_option("--fragment-merge", options.fragment_merge_threshold, "fragment merge threshold");
  app.add_option(
      "--prior-min-members", options.prior_min_members,
      "stories need this many members before the size prior lowers their join bar (0: always)");
  app.add_option("--size-bonus", options.size_bonus, "score bonus per log story size");
  app.add_option("--doc-terms", options.document_terms, "terms per document sketch");
  app.add_option("--story-terms", options.story_terms, "terms per story centroid");
  app.add_option("--query-terms", options.query_terms, "query terms per document");
  app.add_option("--max-share", options.max_query_term_share, "max document share of a query term");
  CLI11_PARSE(app, argc, argv);
  int status = 0;
  if (!googlenews.empty()) {
    std::vector<LabelledDoc> docs;
    if (!ReadGoogleNews(googlenews, docs)) {
      std::fprintf(stderr, "eval_stories: cannot read %s\n", googlenews.c_str());
      return 1;
    }
    if (!report.empty()) {
      std::vector<int> truth, predicted;
      for (const LabelledDoc& doc : docs) truth.push_back(doc.label);
      if (!ReportStoryLabels(report, docs.size(), predicted)) {
        std::fprintf(stderr, "eval_stories: cannot read the stories of %s\n", report.c_str());
        return 1;
      }
      const Scores scores = AccuracyAndNmi(truth, predicted);
      std::printf("googlenews analyze report: accuracy=%.4f nmi=%.4f\n", scores.accuracy,
                  scores.nmi);
      return 0;
    }
    const Run run = Cluster(docs, AnnotateAll(docs, annotate), options);
    std::vector<int> truth;
    for (const LabelledDoc& doc : docs) truth.push_back(doc.label);
    const Scores scores = AccuracyAndNmi(truth, run.predicted);
    PrintRun("googlenews", run, docs.size());
    if (dump) {
      for (size_t i = 0; i < docs.size(); ++i)
        std::printf("doc %d %d\n", truth[i], run.predicted[i]);
    }
    // SCCL (Zhang et al., NAACL 2021), batch, accuracy per set.
    const char* sccl = googlenews.find("News-TS") != std::string::npos  ? "0.898"
                       : googlenews.find("News-T") != std::string::npos ? "0.758"
                       : googlenews.find("News-S") != std::string::npos ? "0.831"
                                                                        : "n/a";
    std::printf("googlenews: accuracy=%.4f nmi=%.4f (SCCL batch accuracy: %s)\n", scores.accuracy,
                scores.nmi, sccl);
    if (orders > 0) {
      // Robustness: the same documents in `orders` other stream orders (seeded shuffles).
      double sum = 0, low = 1, high = 0, nmi_sum = 0;
      for (int seed = 1; seed <= orders; ++seed) {
        std::vector<LabelledDoc> shuffled = docs;
        std::mt19937 random(static_cast<uint32_t>(seed));
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        std::vector<int> shuffled_truth;
        for (const LabelledDoc& doc : shuffled) shuffled_truth.push_back(doc.label);
        const Scores order_scores = AccuracyAndNmi(
            shuffled_truth, Cluster(shuffled, AnnotateAll(shuffled, annotate), options).predicted);
        sum += order_scores.accuracy;
        nmi_sum += order_scores.nmi;
        low = std::min(low, order_scores.accuracy);
        high = std::max(high, order_scores.accuracy);
      }
      std::printf(
          "googlenews %d shuffled orders: accuracy mean=%.4f min=%.4f max=%.4f nmi mean=%.4f\n",
          orders, sum / orders, low, high, nmi_sum / orders);
    }
  }
  if (!ecbplus.empty()) {
    std::vector<LabelledDoc> docs;
    if (!ReadEcbPlus(ecbplus, ecb_split, docs)) {
      std::fprintf(stderr, "eval_stories: cannot read %s\n", ecbplus.c_str());
      return 1;
    }
    const std::vector<Annotations> annotations = AnnotateAll(docs, annotate);
    if (diagnose) DiagnoseSubTopics(docs, annotations, options);
    const Run run = Cluster(docs, annotations, options, topic_options);
    std::vector<int> topics, sub_topics;
    for (const LabelledDoc& doc : docs) {
      topics.push_back(doc.label);
      sub_topics.push_back(doc.sub_label);
    }
    const BCubed topic = BCubedScores(topics, run.predicted);
    const BCubed sub_topic = BCubedScores(sub_topics, run.predicted);
    PrintRun("ecbplus", run, docs.size());
    if (dump) {
      std::map<int, std::map<int, int>> composition;  // story -> sub-topic -> count
      for (size_t i = 0; i < docs.size(); ++i) ++composition[run.predicted[i]][docs[i].sub_label];
      for (const auto& [story, parts] : composition) {
        std::printf("story %d:", story);
        for (const auto& [sub_topic, count] : parts)
          std::printf(" %d%s=%d", sub_topic / 2, sub_topic % 2 ? "+" : "", count);
        std::printf("\n");
      }
    }
    std::printf("ecbplus topics: bcubed_p=%.4f bcubed_r=%.4f bcubed_f1=%.4f\n", topic.precision,
                topic.recall, topic.f1);
    std::printf("ecbplus sub-topics: bcubed_p=%.4f bcubed_r=%.4f bcubed_f1=%.4f\n",
                sub_topic.precision, sub_topic.recall, sub_topic.f1);
    const BCubed topic_level = BCubedScores(topics, run.predicted_topics);
    std::printf(
        "ecbplus topic level (%zu topics) vs topics: bcubed_p=%.4f bcubed_r=%.4f bcubed_f1=%.4f\n",
        static_cast<size_t>(
            *std::max_element(run.predicted_topics.begin(), run.predicted_topics.end()) + 1),
        topic_level.precision, topic_level.recall, topic_level.f1);
    if (orders > 0) {
      // Robustness: the same documents in `orders` seeded shuffles (stories depend on order).
      double story_sum = 0, topic_sum = 0, topic_low = 1, topic_high = 0;
      for (int seed = 1; seed <= orders; ++seed) {
        std::vector<size_t> permutation(docs.size());
        for (size_t i = 0; i < docs.size(); ++i) permutation[i] = i;
        std::mt19937 random(static_cast<uint32_t>(seed));
        std::shuffle(permutation.begin(), permutation.end(), random);
        std::vector<LabelledDoc> shuffled;
        std::vector<Annotations> shuffled_annotations;
        std::vector<int> shuffled_topics;
        for (size_t i : permutation) {
          shuffled.push_back(docs[i]);
          shuffled_annotations.push_back(annotations[i]);
          shuffled_topics.push_back(docs[i].label);
        }
        const Run order_run = Cluster(shuffled, shuffled_annotations, options, topic_options);
        story_sum += BCubedScores(shuffled_topics, order_run.predicted).f1;
        const double f1 = BCubedScores(shuffled_topics, order_run.predicted_topics).f1;
        topic_sum += f1;
        topic_low = std::min(topic_low, f1);
        topic_high = std::max(topic_high, f1);
      }
      std::printf(
          "ecbplus %d shuffled orders: stories vs topics f1 mean=%.4f; topic level vs topics f1 "
          "mean=%.4f "
          "min=%.4f max=%.4f\n",
          orders, story_sum / orders, topic_sum / orders, topic_low, topic_high);
    }
  }
  if (!folder.empty()) {
    // Unlabelled: .txt files (first line the title), annotated, clustered in path order;
    // prints the story size histogram and the titles of the biggest stories, for reading.
    namespace fs = std::filesystem;
    std::vector<fs::path> paths;
    std::error_code error;
    for (const fs::directory_entry& entry : fs::recursive_directory_iterator(folder, error)) {
      if (entry.is_regular_file() && entry.path().extension() == ".txt" &&
          entry.path().filename() != "README.TXT") {
        paths.push_back(entry.path());
      }
    }
    std::sort(paths.begin(), paths.end());
    const AnnotationPipeline pipeline;
    OnlineStoryClusterer clusterer(options);
    TopicGrouper topic_grouper(topic_options);
    double topic_seconds = 0;
    std::vector<std::string> titles;
    for (const fs::path& path : paths) {
      std::ifstream in(path);
      Article article;
      article.language = "en";
      std::getline(in, article.title);
      std::string line;
      while (std::getline(in, line)) {
        if (!line.empty()) article.blocks.push_back({BlockKind::kParagraph, line, 0, 0});
      }
      const Annotations annotations = annotate ? pipeline.Run(article) : Annotations();
      clusterer.Add(static_cast<DocIndex>(titles.size()), article, annotations);
      const auto topic_start = std::chrono::steady_clock::now();
      topic_grouper.Add(static_cast<DocIndex>(titles.size()), article);
      topic_seconds +=
          std::chrono::duration<double>(std::chrono::steady_clock::now() - topic_start).count();
      titles.push_back(fs::relative(path, folder).string() + " " + article.title);
    }
    std::vector<StoryCluster> stories = clusterer.Stories();
    std::stable_sort(stories.begin(), stories.end(),
                     [](const StoryCluster& a, const StoryCluster& b) {
                       return a.members.size() > b.members.size();
                     });
    const auto group_start = std::chrono::steady_clock::now();
    const std::vector<uint32_t> topic_of = topic_grouper.Group(stories);
    const double group_seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - group_start).count();
    std::printf(
        "folder: topics=%u (sketching %.3f s, grouping %.3f s, %.0f bytes/doc)\n",
        topic_of.empty() ? 0u : *std::max_element(topic_of.begin(), topic_of.end()) + 1,
        topic_seconds, group_seconds,
        static_cast<double>(topic_grouper.StateBytes()) / std::max<size_t>(titles.size(), 1));
    std::map<size_t, int> histogram;
    for (const StoryCluster& story : stories) ++histogram[story.members.size()];
    std::printf("folder: documents=%zu stories=%zu sizes:", titles.size(), stories.size());
    for (const auto& [size, count] : histogram) std::printf(" %zux%d", size, count);
    std::printf("\n");
    for (size_t story = 0; story < stories.size() && story < static_cast<size_t>(show); ++story) {
      std::printf("story %zu (%zu):\n", story, stories[story].members.size());
      for (size_t i = 0; i < stories[story].members.size() && i < 12; ++i) {
        std::printf("   %s\n", titles[stories[story].members[i]].c_str());
      }
    }
  }
  if (googlenews.empty() && ecbplus.empty() && folder.empty()) {
    std::fprintf(stderr, "eval_stories: give --googlenews FILE and/or --ecbplus DIR\n");
    status = 2;
  }
  return status;
}
