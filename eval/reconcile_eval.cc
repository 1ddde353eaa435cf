// eval_reconcile: cross-checking measured on public data.
//
//   --emergent DIR   Emergent (Ferreira & Vlachos 2016): the stance of each article headline
//                    toward its claim (for / against / observing). DIR holds
//                    url-versions-2015-06-14-clean.csv and ferreira_test_split/ (the paper's
//                    test split: its two CSV files list the 524 test headlines by articleId).
//                    Prints accuracy, per-class P/R/F1 and the confusion matrix of the rules
//                    (HeadlineStance) on the train split (tuned on it: in-sample), and of the
//                    learned classifier (ClassifyHeadlineStance) on the train split (fitted on
//                    it: in-sample; its cross-validated figure comes from make train) and on
//                    the test split (held-out; the paper's published accuracy is 73.3%).
//                    --errors prints the train split's mistakes (never the test split's).
//   --train-only     scores the train split only: the test split's figure is not printed.
//   --write-features FILE   with --emergent: the classifier's training input, the train split
//                    only (never a test headline): one line per headline, "claimId<TAB>stance
//                    <TAB>feature ids" (StanceFeatureIds), for scripts/train-stance.sh.
//   --stance-groups N   the feature families written (StanceFeatureGroup bits; default the
//                    shipped model's), to compare families by cross-validation.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "reconcile/stance_classifier.h"
#include "reconcile/story_parts.h"

namespace crosscheck {
namespace {

// RFC 4180 CSV: fields separated by commas, quoted fields with "" for a quote and line breaks
// inside. Returns rows of fields; the header is the first row.
std::vector<std::vector<std::string>> ReadCsv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, any = false;
  for (size_t pos = 0; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (quoted) {
      if (c == '"' && pos + 1 < text.size() && text[pos + 1] == '"') {
        field += '"';
        ++pos;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
      continue;
    }
    if (c == '"') {
      quoted = true;
      any = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') ++pos;
      if (any || !field.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
      }
      row.clear();
      field.clear();
      any = false;
    } else {
      field += c;
      any = true;
    }
  }
  if (any || !field.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

int Column(const std::vector<std::string>& header, const std::string& name) {
  for (size_t k = 0; k < header.size(); ++k) {
    if (header[k] == name) return static_cast<int>(k);
  }
  return -1;
}

struct Headline {
  std::string claim, headline, stance, article;
};

const std::vector<std::string> kClasses = {"for", "against", "observing"};

using Predictor = std::string_view (*)(const Headline&);

std::string_view RulePredictor(const Headline& h) { return reconcile::HeadlineStance(h.headline); }
std::string_view LearnedPredictor(const Headline& h) { return reconcile::ClassifyHeadlineStance(h.claim, h.headline); }

void Score(const std::string& name, const std::vector<Headline>& data, Predictor predict, bool errors) {
  std::map<std::pair<std::string, std::string>, int> confusion;
  size_t correct = 0;
  for (const Headline& h : data) {
    const std::string predicted(predict(h));
    ++confusion[{h.stance, predicted}];
    if (predicted == h.stance) {
      ++correct;
    } else if (errors) {
      std::printf("  ERR gold=%s predicted=%s | %s | claim: %s\n", h.stance.c_str(), predicted.c_str(),
                  h.headline.c_str(), h.claim.c_str());
    }
  }
  std::printf("%s: %zu headlines, accuracy %.3f\n", name.c_str(), data.size(),
              data.empty() ? 0.0 : static_cast<double>(correct) / static_cast<double>(data.size()));
  double macro = 0;
  for (const std::string& c : kClasses) {
    int tp = confusion[{c, c}], gold = 0, predicted = 0;
    for (const std::string& o : kClasses) {
      gold += confusion[{c, o}];
      predicted += confusion[{o, c}];
    }
    const double p = predicted ? static_cast<double>(tp) / predicted : 0;
    const double r = gold ? static_cast<double>(tp) / gold : 0;
    const double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    macro += f / static_cast<double>(kClasses.size());
    std::printf("  %-9s P %.3f R %.3f F1 %.3f (gold %d)\n", c.c_str(), p, r, f, gold);
  }
  std::printf("  macro F1 %.3f\n  confusion (rows gold, columns predicted: for against observing):\n", macro);
  for (const std::string& g : kClasses) {
    std::printf("    %-9s", g.c_str());
    for (const std::string& p : kClasses) std::printf(" %5d", confusion[{g, p}]);
    std::printf("\n");
  }
}

// The train split's features for scripts/train-stance.sh.
int WriteFeatures(const std::vector<Headline>& train, const std::vector<std::string>& claim_ids,
                  const std::string& path, uint32_t groups) {
  std::ofstream out(path, std::ios::binary);
  if (!out) {
    std::fprintf(stderr, "emergent: cannot write %s\n", path.c_str());
    return 1;
  }
  for (size_t k = 0; k < train.size(); ++k) {
    out << claim_ids[k] << '\t' << train[k].stance << '\t';
    const std::vector<uint32_t> ids = reconcile::StanceFeatureIds(train[k].claim, train[k].headline, groups);
    for (size_t f = 0; f < ids.size(); ++f) out << (f ? " " : "") << ids[f];
    out << '\n';
  }
  std::printf("emergent: %zu train headlines' features (groups %u) -> %s\n", train.size(), groups, path.c_str());
  return out ? 0 : 1;
}

int RunEmergent(const std::string& dir, bool errors, bool train_only, const std::string& features_path,
                uint32_t groups) {
  namespace fs = std::filesystem;
  const std::string all = dir + "/url-versions-2015-06-14-clean.csv";
  if (!fs::exists(all)) {
    std::fprintf(stderr, "emergent: %s not found\n", all.c_str());
    return 1;
  }
  std::set<std::string> test_articles;
  for (const char* part : {"correct", "errors"}) {
    const std::string path = dir + "/ferreira_test_split/url-versions-2015-06-14-clean-test-" + part + ".csv";
    const auto rows = ReadCsv(path);
    if (rows.empty()) {
      std::fprintf(stderr, "emergent: %s not found or empty\n", path.c_str());
      return 1;
    }
    const int article = Column(rows[0], "articleId");
    for (size_t k = 1; k < rows.size(); ++k) {
      if (article >= 0 && static_cast<size_t>(article) < rows[k].size()) test_articles.insert(rows[k][article]);
    }
  }
  const auto rows = ReadCsv(all);
  const std::vector<std::string>& header = rows.at(0);
  const int claim = Column(header, "claimHeadline"), headline = Column(header, "articleHeadline"),
            stance = Column(header, "articleHeadlineStance"), article = Column(header, "articleId"),
            claim_id = Column(header, "claimId");
  if (claim < 0 || headline < 0 || stance < 0 || article < 0 || claim_id < 0) {
    std::fprintf(stderr, "emergent: unexpected columns in %s\n", all.c_str());
    return 1;
  }
  std::vector<Headline> train, test;
  std::vector<std::string> train_claim_ids;
  for (size_t k = 1; k < rows.size(); ++k) {
    const std::vector<std::string>& r = rows[k];
    if (r.size() < header.size()) continue;
    Headline h{r[claim], r[headline], r[stance], r[article]};
    if (test_articles.count(h.article)) {
      test.push_back(std::move(h));
    } else {
      train.push_back(std::move(h));
      train_claim_ids.push_back(r[claim_id]);
    }
  }
  if (!features_path.empty()) return WriteFeatures(train, train_claim_ids, features_path, groups);
  Score("Emergent train, rules (HeadlineStance; tuning split, in-sample)", train, RulePredictor, errors);
  if (!reconcile::StanceModelLoaded()) std::printf("(no stance model embedded: the classifier falls back to the rules)\n");
  Score("Emergent train, learned (ClassifyHeadlineStance; fitted on it, in-sample)", train, LearnedPredictor, errors);
  if (train_only) return 0;
  Score("Emergent test, learned (Ferreira & Vlachos split, held-out; published 0.733)", test, LearnedPredictor, false);
  return 0;
}

}  // namespace
}  // namespace crosscheck

int main(int argc, char** argv) {
  CLI::App app{"eval_reconcile: cross-checking on public data"};
  std::string emergent;
  bool errors = false, train_only = false;
  std::string features;
  uint32_t groups = crosscheck::reconcile::kStanceDefaultGroups;
  app.add_option("--emergent", emergent, "Emergent folder (../shared/data/emergent)");
  app.add_option("--write-features", features, "write the train split's stance features to FILE and stop");
  app.add_option("--stance-groups", groups, "feature families to write (StanceFeatureGroup bits)");
  app.add_flag("--errors", errors, "print the train split's mistakes");
  app.add_flag("--train-only", train_only, "score the train split only (the test split is not read)");
  CLI11_PARSE(app, argc, argv);
  if (emergent.empty()) {
    std::fprintf(stderr, "eval_reconcile: nothing to do (--emergent DIR)\n");
    return 2;
  }
  return crosscheck::RunEmergent(emergent, errors, train_only, features, groups);
}
