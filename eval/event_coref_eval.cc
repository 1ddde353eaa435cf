// Cross-document event coreference on ECB+ with gold mentions (Cybulska & Vossen 2014; the
// standard setup of Barhom et al. 2019 and later): the event (ACTION_* and NEG_ACTION_*)
// mentions of the validated sentences (ECBplus_coreference_sentences.csv), gold clusters from
// CROSS_DOC_COREF instance ids (INTRA_DOC_COREF chains within a document; singletons
// otherwise), scored with MUC, B-cubed, CEAF-e and their mean, CoNLL F1.
//
// The response is the product's: documents grouped into stories by the story clusterer as
// `analyze` runs it (documents in stream order), then, within a story, mentions with the same
// happening key (reconcile/happenings.h) are one happening. Also printed, for reference: the
// same keys within gold topics and within gold sub-topics (ECB vs ECB+ halves of a topic).
//
// Usage: eval_event_coref --ecbplus DIR [--split train|dev|test|all] [--baseline] [--classes FILE]
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "annotate/annotator.h"
#include "cluster/online_clusterer.h"
#include "cluster/story_clusterer.h"
#include "coref_metric.h"
#include "ecbplus.h"
#include "reconcile/happenings.h"

namespace crosscheck {
namespace {

struct EventMention {
  std::vector<std::string> words;
  std::string gold;  // gold cluster label
};

struct EcbDoc {
  int topic = 0, number = 0, plus = 0;
  std::string name;  // "36_1ecb"
  std::string text;  // tokens joined by spaces
  std::vector<EventMention> mentions;
};

// The value of attribute `name` in the tag text `tag` ("<x a=\"1\" b=\"2\">"), or "".
std::string Attribute(std::string_view tag, std::string_view name) {
  const std::string needle = " " + std::string(name) + "=\"";
  const size_t at = tag.find(needle);
  if (at == std::string_view::npos) return std::string();
  const size_t begin = at + needle.size();
  const size_t end = tag.find('"', begin);
  return end == std::string_view::npos ? std::string() : std::string(tag.substr(begin, end - begin));
}

// m_ids listed as <source m_id="…"/> between `begin` and `end` of `xml`.
std::vector<std::string> Sources(std::string_view xml, size_t begin, size_t end) {
  std::vector<std::string> out;
  size_t pos = begin;
  while ((pos = xml.find("<source ", pos)) != std::string_view::npos && pos < end) {
    const size_t close = xml.find('>', pos);
    out.push_back(Attribute(xml.substr(pos, close - pos + 1), "m_id"));
    pos = close;
  }
  return out;
}

bool ReadDoc(const std::string& xml, const std::set<int>& validated, EcbDoc& doc) {
  std::map<std::string, std::pair<std::string, int>> tokens;  // t_id -> (text, sentence)
  size_t pos = 0;
  while ((pos = xml.find("<token ", pos)) != std::string::npos) {
    const size_t open_end = xml.find('>', pos);
    const size_t close = xml.find("</token>", open_end);
    if (open_end == std::string::npos || close == std::string::npos) return false;
    const std::string_view tag(xml.data() + pos, open_end - pos + 1);
    std::string word = DecodeXmlEntities(std::string_view(xml).substr(open_end + 1, close - open_end - 1));
    if (!doc.text.empty()) doc.text.push_back(' ');
    doc.text += word;
    tokens[Attribute(tag, "t_id")] = {std::move(word), std::atoi(Attribute(tag, "sentence").c_str())};
    pos = close;
  }
  // Relations: mention id -> gold label.
  std::map<std::string, std::string> gold;
  for (std::string_view kind : {"INTRA_DOC_COREF", "CROSS_DOC_COREF"}) {
    const std::string open = "<" + std::string(kind) + " ";
    const std::string close_tag = "</" + std::string(kind) + ">";
    size_t at = 0;
    while ((at = xml.find(open, at)) != std::string::npos) {
      const size_t tag_end = xml.find('>', at);
      const size_t end = xml.find(close_tag, tag_end);
      if (tag_end == std::string::npos || end == std::string::npos) return false;
      const std::string_view tag(xml.data() + at, tag_end - at + 1);
      std::string label;
      if (kind == "CROSS_DOC_COREF") {
        label = Attribute(tag, "note");
      } else {
        const size_t target = xml.find("<target ", tag_end);
        label = doc.name + "#" +
                (target < end ? Attribute(std::string_view(xml).substr(target, xml.find('>', target) - target + 1), "m_id")
                              : Attribute(tag, "r_id"));
      }
      for (const std::string& source : Sources(xml, tag_end, end)) gold[source] = label;  // cross-doc wins
      at = end;
    }
  }
  // Event mentions with token anchors.
  const size_t markables = xml.find("<Markables>");
  const size_t markables_end = xml.find("</Markables>");
  if (markables == std::string::npos || markables_end == std::string::npos) return true;
  pos = markables;
  while ((pos = xml.find('<', pos + 1)) != std::string::npos && pos < markables_end) {
    const size_t tag_end = xml.find('>', pos);
    const std::string_view tag(xml.data() + pos, tag_end - pos + 1);
    const bool event = tag.substr(1, 7) == "ACTION_" || tag.substr(1, 11) == "NEG_ACTION_";
    if (!event || tag.size() < 2 || tag[tag.size() - 2] == '/') continue;  // instance markables
    const size_t name_end = tag.find(' ');
    const std::string close_tag = "</" + std::string(tag.substr(1, name_end - 1)) + ">";
    const size_t end = xml.find(close_tag, tag_end);
    if (end == std::string::npos) return false;
    EventMention mention;
    int sentence = -1;
    size_t anchor = tag_end;
    while ((anchor = xml.find("<token_anchor ", anchor)) != std::string::npos && anchor < end) {
      const size_t anchor_end = xml.find('>', anchor);
      const auto it = tokens.find(Attribute(std::string_view(xml).substr(anchor, anchor_end - anchor + 1), "t_id"));
      if (it != tokens.end()) {
        mention.words.push_back(it->second.first);
        sentence = it->second.second;
      }
      anchor = anchor_end;
    }
    const std::string m_id = Attribute(tag, "m_id");
    if (!mention.words.empty() && validated.count(sentence) > 0) {
      const auto it = gold.find(m_id);
      mention.gold = it != gold.end() ? it->second : doc.name + "#" + m_id + "#single";
      doc.mentions.push_back(std::move(mention));
    }
    pos = end;
  }
  return true;
}

bool ReadCorpus(const std::string& dir, const std::string& split, std::vector<EcbDoc>& docs) {
  namespace fs = std::filesystem;
  // "Topic,File,Sentence Number": 1,10ecbplus,1
  std::map<std::string, std::set<int>> validated;
  {
    std::ifstream csv(fs::path(dir) / "ECBplus_coreference_sentences.csv");
    std::string line;
    std::getline(csv, line);
    while (std::getline(csv, line)) {
      const size_t a = line.find(','), b = line.rfind(',');
      if (a == std::string::npos || b == a) continue;
      validated[line.substr(0, a) + "_" + line.substr(a + 1, b - a - 1)].insert(std::atoi(line.c_str() + b + 1));
    }
  }
  if (validated.empty()) return false;
  std::error_code error;
  for (const fs::directory_entry& topic_dir : fs::directory_iterator(fs::path(dir) / "ECB+", error)) {
    if (!topic_dir.is_directory()) continue;
    for (const fs::directory_entry& file : fs::directory_iterator(topic_dir.path(), error)) {
      const std::string name = file.path().stem().string();  // 36_1ecbplus
      const size_t underscore = name.find('_'), ecb = name.find("ecb");
      if (underscore == std::string::npos || ecb == std::string::npos) continue;
      EcbDoc doc;
      doc.topic = std::atoi(name.substr(0, underscore).c_str());
      doc.number = std::atoi(name.substr(underscore + 1, ecb - underscore - 1).c_str());
      doc.plus = name.find("ecbplus") != std::string::npos ? 1 : 0;
      doc.name = name;
      if (!InEcbSplit(doc.topic, split)) continue;
      std::ifstream in(file.path());
      std::stringstream buffer;
      buffer << in.rdbuf();
      if (!ReadDoc(buffer.str(), validated[name], doc)) {
        std::fprintf(stderr, "eval_event_coref: cannot read %s\n", file.path().c_str());
        continue;
      }
      docs.push_back(std::move(doc));
    }
  }
  // Stream order as the story evaluation uses it: document number, then topic, ECB first.
  std::sort(docs.begin(), docs.end(), [](const EcbDoc& a, const EcbDoc& b) {
    return std::tie(a.number, a.topic, a.plus) < std::tie(b.number, b.topic, b.plus);
  });
  return !docs.empty();
}

// Story of each document, from the story clusterer fed as `analyze` feeds it.
std::vector<int> PredictStories(const std::vector<EcbDoc>& docs) {
  const AnnotationPipeline pipeline;
  OnlineStoryClusterer clusterer(StoryClusterOptions{});
  for (size_t i = 0; i < docs.size(); ++i) {
    Article article;
    article.language = "en";
    article.blocks.push_back({BlockKind::kParagraph, docs[i].text, 0, 0});
    clusterer.Add(static_cast<DocIndex>(i), article, pipeline.Run(article));
  }
  std::vector<int> story(docs.size(), -1);
  const std::vector<StoryCluster> stories = clusterer.Stories();
  for (size_t s = 0; s < stories.size(); ++s) {
    for (DocIndex member : stories[s].members) story[member] = static_cast<int>(s);
  }
  return story;
}

void Print(const char* name, const CorefScores& s) {
  std::printf("%-28s MUC P %.3f R %.3f F1 %.3f | B3 P %.3f R %.3f F1 %.3f | CEAF-e P %.3f R %.3f F1 %.3f | CoNLL F1 %.3f\n",
              name, s.muc.precision, s.muc.recall, s.muc.f1, s.b_cubed.precision, s.b_cubed.recall,
              s.b_cubed.f1, s.ceaf_e.precision, s.ceaf_e.recall, s.ceaf_e.f1, s.conll_f1);
}

}  // namespace
}  // namespace crosscheck

int main(int argc, char** argv) {
  using namespace crosscheck;
  CLI::App app{"Cross-document event coreference on ECB+ (gold mentions)"};
  std::string dir, split = "test";
  bool baseline = false;
  app.add_option("--ecbplus", dir, "ECB+ folder (holding ECB+/ and ECBplus_coreference_sentences.csv)")->required();
  app.add_option("--split", split, "train, dev, test (default; topics 36-45) or all")
      ->check(CLI::IsMember({"train", "dev", "test", "all"}));
  app.add_flag("--baseline", baseline, "stems only (no happening word classes): the lemma baseline");
  std::string classes_path;
  app.add_option("--classes", classes_path,
                 "happening classes from FILE instead of the embedded happening_classes.txt (to try a list)");
  CLI11_PARSE(app, argc, argv);
  std::vector<EcbDoc> docs;
  if (!ReadCorpus(dir, split, docs)) {
    std::fprintf(stderr, "eval_event_coref: no ECB+ documents under %s\n", dir.c_str());
    return 1;
  }
  reconcile::HappeningKeys keys(!baseline);
  if (!classes_path.empty()) {
    std::ifstream in(classes_path);
    std::stringstream text;
    text << in.rdbuf();
    if (!in) {
      std::fprintf(stderr, "eval_event_coref: cannot read %s\n", classes_path.c_str());
      return 1;
    }
    keys = reconcile::HappeningKeys::WithClasses(text.str());
  }
  std::vector<std::string> mention_keys, gold;
  std::vector<size_t> doc_of;
  for (size_t d = 0; d < docs.size(); ++d) {
    for (const EventMention& m : docs[d].mentions) {
      std::vector<std::string_view> words(m.words.begin(), m.words.end());
      std::string key = keys.KeyOf(words);
      if (key.empty()) key = "#" + std::to_string(mention_keys.size());
      mention_keys.push_back(std::move(key));
      gold.push_back(m.gold);
      doc_of.push_back(d);
    }
  }
  const std::vector<int> story = PredictStories(docs);
  std::vector<std::string> by_story, by_topic, by_subtopic;
  for (size_t i = 0; i < mention_keys.size(); ++i) {
    const EcbDoc& doc = docs[doc_of[i]];
    by_story.push_back(std::to_string(story[doc_of[i]]) + ":" + mention_keys[i]);
    by_topic.push_back(std::to_string(doc.topic) + ":" + mention_keys[i]);
    by_subtopic.push_back(std::to_string(doc.topic) + (doc.plus ? "+" : "") + ":" + mention_keys[i]);
  }
  std::set<std::string> clusters(gold.begin(), gold.end());
  std::printf("ECB+ %s: %zu documents, %zu event mentions, %zu gold clusters (%s)\n", split.c_str(),
              docs.size(), gold.size(), clusters.size(), baseline ? "lemma baseline" : "happening keys");
  Print("within predicted stories", ScoreCoreference(gold, by_story));
  Print("within gold topics", ScoreCoreference(gold, by_topic));
  Print("within gold sub-topics", ScoreCoreference(gold, by_subtopic));
  return 0;
}
