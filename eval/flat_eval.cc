// eval_flat: scores the text extractor on AEB pages rendered to lines by a text-mode browser
// (scripts/eval/extract-flat.sh renders them with w3m -dump into a cache folder), against the
// AEB gold article bodies, with the AEB word 4-gram shingle metric (eval/extract_metric.h).
//   eval_flat --gold ground-truth.json --rendered DIR [--worst N] [--dump DIR] [--raw]
// --raw scores the whole rendering (the "no extraction" baseline).
#include <simdjson.h>

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "clean/extractor.h"
#include "eval/extract_metric.h"

namespace {

bool ReadFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = buffer.str();
  return true;
}

struct PageScore {
  std::string id;
  crosscheck::eval::ShingleScore score;
};

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Scores the flattened-text extractor on w3m renderings of the AEB pages"};
  std::string gold_path, rendered_dir, dump_dir;
  size_t worst = 0;
  bool raw = false;
  app.add_option("--gold", gold_path, "AEB ground-truth.json")->required();
  app.add_option("--rendered", rendered_dir, "folder of <id>.txt renderings")->required();
  app.add_option("--worst", worst, "print the N worst pages by F1");
  app.add_option("--dump", dump_dir, "write each extracted body to DIR/<id>.txt");
  app.add_flag("--raw", raw, "score the whole rendering (baseline)");
  CLI11_PARSE(app, argc, argv);

  simdjson::padded_string json;
  if (simdjson::padded_string::load(gold_path).get(json)) {
    std::fprintf(stderr, "eval_flat: cannot read %s\n", gold_path.c_str());
    return 1;
  }
  simdjson::dom::parser parser;
  simdjson::dom::object gold;
  if (parser.parse(json).get(gold)) {
    std::fprintf(stderr, "eval_flat: %s is not a JSON object\n", gold_path.c_str());
    return 1;
  }
  const auto extractor = crosscheck::NewTextExtractor();
  std::vector<PageScore> pages;
  std::vector<crosscheck::eval::ShingleScore> scores;
  size_t missing = 0, empty = 0;
  for (auto [key, value] : gold) {
    std::string_view body;
    if (value["articleBody"].get(body)) continue;
    crosscheck::Document document;
    document.id = std::string(key);
    if (!ReadFile(rendered_dir + "/" + document.id + ".txt", document.content)) {
      ++missing;
      continue;
    }
    std::string predicted;
    if (raw) {
      predicted = document.content;
    } else if (auto article = extractor->Extract(document); article.ok()) {
      predicted = article->Body();
    } else {
      ++empty;
    }
    if (!dump_dir.empty()) std::ofstream(dump_dir + "/" + document.id + ".txt") << predicted;
    pages.push_back({document.id, crosscheck::eval::ScoreShingles(predicted, body)});
    scores.push_back(pages.back().score);
  }
  const crosscheck::eval::AebSummary summary = crosscheck::eval::Summarize(scores);
  std::printf("aeb-flat (w3m -dump renderings, %zu pages, %zu missing, %zu empty): P %.3f R %.3f F1 %.3f\n",
              summary.documents, missing, empty, summary.precision, summary.recall, summary.f1);
  if (worst > 0) {
    const auto f1 = [](const crosscheck::eval::ShingleScore& s) {
      const double p = std::isnan(s.precision) ? 0 : s.precision, r = std::isnan(s.recall) ? 0 : s.recall;
      return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    };
    std::sort(pages.begin(), pages.end(), [&](const PageScore& a, const PageScore& b) { return f1(a.score) < f1(b.score); });
    for (size_t idx = 0; idx < std::min(worst, pages.size()); ++idx) {
      std::printf("  %s P %.3f R %.3f\n", pages[idx].id.c_str(), pages[idx].score.precision, pages[idx].score.recall);
    }
  }
  return summary.documents > 0 ? 0 : 1;
}
