// eval_flat: scores the text extractor on AEB pages rendered to lines by a text-mode browser
// (scripts/eval/extract-flat.sh renders them with w3m -dump into a cache folder), against the
// AEB gold article bodies, with the AEB word 4-gram shingle metric (eval/extract_metric.h).
//   eval_flat --gold ground-truth.json --rendered DIR [--worst N] [--dump DIR] [--raw]
//             [--half even|odd] [--explain ID]
//   eval_flat --snippets evaldata.json --rendered DIR
// --snippets scores trafilatura_eval instead: DIR/<file>.txt renders each page of the set,
// and each "with" snippet found in the extracted body (whitespace collapsed) is a true
// positive, each "without" snippet found a false positive (micro P/R/Acc/F1, as
// tests/eval_common.py in trafilatura and EvalTrafilatura for the HTML extractor).
// --raw scores the whole rendering (the "no extraction" baseline). --half keeps the pages at
// even (or odd) positions in id order: tune constants on one half, report the other.
// --explain prints one page's paragraphs with their class, whether they were kept, and the
// share of their word 4-grams found in the gold body (a per-paragraph audit).
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
#include "clean/text/line_classifier.h"
#include "clean/text/text_lines.h"
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

// Prints the paragraphs of one rendering with their class, region membership, whether the
// body kept them, and how much of each is gold text.
void Explain(const std::string& content, std::string_view gold_body) {
  namespace text = crosscheck::text;
  const auto paragraphs = text::SplitParagraphs(content);
  const auto classes = text::ClassifyParagraphs(paragraphs);
  const auto region = text::FindMainRegion(paragraphs, classes);
  std::vector<bool> kept(paragraphs.size(), false);
  if (region) {
    for (size_t idx : text::SelectBody(paragraphs, classes, *region)) kept[idx] = true;
  }
  for (size_t idx = 0; idx < paragraphs.size(); ++idx) {
    const auto& paragraph = paragraphs[idx];
    const bool inside = region && idx >= region->begin && idx < region->end;
    const bool extension = inside && idx >= region->core_end;
    // Gold share: shingle precision of the paragraph alone; "-" for fewer than 4 words.
    std::string gold = "  -";
    if (paragraph.words >= 4) {
      gold = std::to_string(static_cast<int>(
          100 * crosscheck::eval::ScoreShingles(paragraph.text, gold_body).precision));
    }
    std::printf("%4zu %-9s %c%c %3s%% %c| %.110s\n", idx, text::ParagraphClassName(classes[idx]),
                extension ? 'E' : inside ? 'R' : ' ', kept[idx] ? 'K' : ' ', gold.c_str(), paragraph.blank_before ? ' ' : '^',
                paragraph.text.c_str());
  }
}

// Scores the must-contain / must-not-contain snippets of trafilatura_eval on the renderings.
int ScoreSnippets(const std::string& snippets_path, const std::string& rendered_dir) {
  namespace text = crosscheck::text;
  simdjson::dom::parser parser;
  simdjson::dom::object items;
  if (parser.load(snippets_path).get(items)) {
    std::fprintf(stderr, "eval_flat: cannot read %s\n", snippets_path.c_str());
    return 1;
  }
  const auto extractor = crosscheck::NewTextExtractor();
  size_t tp = 0, fn = 0, fp = 0, tn = 0, docs = 0, missing = 0, empty = 0;
  for (auto [url, item] : items) {
    std::string_view file;
    if (item["file"].get(file)) continue;
    crosscheck::Document document;
    document.id = std::string(file);
    std::string body;
    if (!ReadFile(rendered_dir + "/" + document.id + ".txt", document.content)) {
      ++missing;
    } else if (auto article = extractor->Extract(document); article.ok()) {
      body = text::CollapseWhitespace(article->Body());
    } else {
      ++empty;
    }
    ++docs;
    for (const char* key : {"with", "without"}) {
      simdjson::dom::array snippets;
      if (item[key].get(snippets)) continue;
      const bool wanted = std::string_view(key) == "with";
      for (simdjson::dom::element snippet : snippets) {
        std::string_view value;
        if (snippet.get(value)) continue;
        const bool found = body.find(text::CollapseWhitespace(value)) != std::string::npos;
        ++(wanted ? (found ? tp : fn) : (found ? fp : tn));
      }
    }
  }
  const double precision = tp + fp ? double(tp) / double(tp + fp) : 0;
  const double recall = tp + fn ? double(tp) / double(tp + fn) : 0;
  const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  const double accuracy = double(tp + tn) / double(std::max<size_t>(1, tp + tn + fp + fn));
  std::printf("trafilatura_eval-flat (%zu docs, %zu missing, %zu empty): P %.3f  R %.3f  Acc %.3f  F1 %.3f\n",
              docs, missing, empty, precision, recall, accuracy, f1);
  return docs > 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Scores the flattened-text extractor on w3m renderings of the AEB pages"};
  std::string gold_path, rendered_dir, dump_dir, snippets_path;
  size_t worst = 0;
  bool raw = false;
  std::string half, explain_id;
  auto* gold_option = app.add_option("--gold", gold_path, "AEB ground-truth.json");
  app.add_option("--snippets", snippets_path, "trafilatura_eval evaldata.json (instead of --gold)")
      ->excludes(gold_option);
  app.add_option("--rendered", rendered_dir, "folder of <id>.txt renderings")->required();
  app.add_option("--worst", worst, "print the N worst pages by F1");
  app.add_option("--dump", dump_dir, "write each extracted body to DIR/<id>.txt");
  app.add_flag("--raw", raw, "score the whole rendering (baseline)");
  app.add_option("--half", half, "score only pages at even or odd positions in id order")
      ->check(CLI::IsMember({"even", "odd"}));
  app.add_option("--explain", explain_id, "print the paragraph audit of one page");
  CLI11_PARSE(app, argc, argv);
  if (!snippets_path.empty()) return ScoreSnippets(snippets_path, rendered_dir);
  if (gold_path.empty()) {
    std::fprintf(stderr, "eval_flat: --gold or --snippets is required\n");
    return 1;
  }

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
  std::vector<std::pair<std::string, std::string_view>> gold_pages;
  for (auto [key, value] : gold) {
    std::string_view body;
    if (value["articleBody"].get(body)) continue;
    gold_pages.emplace_back(std::string(key), body);
  }
  std::sort(gold_pages.begin(), gold_pages.end());
  for (size_t position = 0; position < gold_pages.size(); ++position) {
    if ((half == "even" && position % 2 != 0) || (half == "odd" && position % 2 == 0)) continue;
    const auto& [id, body] = gold_pages[position];
    crosscheck::Document document;
    document.id = id;
    if (!ReadFile(rendered_dir + "/" + document.id + ".txt", document.content)) {
      ++missing;
      continue;
    }
    if (!explain_id.empty()) {
      if (document.id == explain_id) Explain(document.content, body);
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
  if (!explain_id.empty()) return 0;
  const crosscheck::eval::AebSummary summary = crosscheck::eval::Summarize(scores);
  std::printf("aeb-flat (text-browser renderings, %zu pages, %zu missing, %zu empty): P %.3f R %.3f F1 %.3f\n",
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
