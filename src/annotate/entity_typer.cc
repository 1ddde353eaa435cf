// Features: the name's words, first and last word, suffix and prefix, length, shape flags,
// lexicon flags (given name, organization and place keywords), the two words on each side and
// the rules' default. Each feature string is hashed (FNV-1a) into kEntityTyperBuckets ids, so
// the model needs no vocabulary file. Prediction: argmax over the classes of w·x + bias, with
// the weights read once from the embedded model.
#include "annotate/entity_typer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "annotate/entity_cues.h"
#include "base/feature_hash.h"
#include "base/lexicon.h"

namespace crosscheck {
namespace {

// The typer overrides the rules' default only this sure: chosen by 5-fold cross-validation
// over GUM train documents (whole documents per fold), where lower thresholds lost more
// right defaults than they gained (see scripts/train-entity-typer.sh).
constexpr double kMinProbability = 0.7;

// The model's labels, as `make train` writes them: 0 none, 1 person, 2 organization, 3 place.
constexpr std::array<EntityType, 4> kLabelTypes = {EntityType::kOther, EntityType::kPerson,
                                                   EntityType::kOrganization, EntityType::kPlace};

struct LinearModel {
  std::vector<int> labels;      // class order of the weight rows
  std::vector<double> weights;  // (kEntityTyperBuckets + 1 bias) x labels.size()
  bool loaded = false;
};

const LinearModel& Model() {
  static const LinearModel* model = [] {
    auto* m = new LinearModel();
    bool in_weights = false;
    size_t row = 0;
    for (std::string_view entry : LexiconEntries("entity_typer_model")) {
      if (!in_weights) {
        if (entry.starts_with("label ")) {
          const std::string rest(entry.substr(6));
          size_t pos = 0;
          while (pos < rest.size()) {
            m->labels.push_back(std::atoi(rest.c_str() + pos));
            pos = rest.find(' ', pos);
            if (pos == std::string::npos) break;
            ++pos;
          }
        } else if (entry == "w") {
          in_weights = true;
          m->weights.assign((kEntityTyperBuckets + 1) * m->labels.size(), 0.0);
        }
        continue;
      }
      if (row > kEntityTyperBuckets) break;
      const std::string line(entry);
      const char* cursor = line.c_str();
      for (size_t label = 0; label < m->labels.size(); ++label) {
        char* end = nullptr;
        m->weights[row * m->labels.size() + label] = std::strtod(cursor, &end);
        if (end == cursor) break;
        cursor = end;
      }
      ++row;
    }
    m->loaded = in_weights && row == kEntityTyperBuckets + 1 && !m->labels.empty();
    return m;
  }();
  return *model;
}

// Every feature of the name spanning tokens first..last, handed to `emit(prefix, word)`: the
// feature's text is the prefix followed by the word lower-cased (ASCII). False when the span
// holds no word (no features).
template <typename Emit>
bool ForEachFeature(std::string_view body, const std::vector<Token>& tokens, size_t first,
                    size_t last, EntityType default_type, bool after_article,
                    bool sentence_initial, const Emit& emit) {
  constexpr size_t kAffix = 3;
  constexpr size_t kMaxLengthFeature = 4;
  const auto text = [&](size_t k) {
    return body.substr(tokens[k].begin, tokens[k].end - tokens[k].begin);
  };
  std::vector<std::string_view> words;
  for (size_t k = first; k <= last && k < tokens.size(); ++k) {
    if (tokens[k].kind == TokenKind::kWord) words.push_back(text(k));
  }
  if (words.empty()) return false;
  for (std::string_view word : words) emit("w:", word);
  const std::string_view head = words.front(), tail = words.back();
  emit("f:", head);
  emit("l:", tail);
  emit("s3:", tail.substr(tail.size() > kAffix ? tail.size() - kAffix : 0));
  emit("p3:", head.substr(0, kAffix));
  static constexpr std::string_view kLengths[] = {"0", "1", "2", "3", "4"};
  emit("n:", kLengths[std::min(words.size(), kMaxLengthFeature)]);
  emit("d:", EntityTypeName(default_type));
  if (after_article) emit("the", {});
  if (sentence_initial) emit("init", {});
  if (IsFirstName(words.front())) emit("given", {});
  if (IsPlaceKeyword(words.back())) emit("placekw", {});
  for (std::string_view word : words) {
    if (IsOrgKeyword(word)) emit("orgkw", {});
    if (word.find_first_of("0123456789") != std::string_view::npos) emit("digit", {});
    if (word.find('-') != std::string_view::npos) emit("hyphen", {});
    if (word.size() > 1 &&
        std::all_of(word.begin(), word.end(), [](char ch) { return ch < 'a' || ch > 'z'; }))
      emit("caps", {});
  }
  emit("p1:", first >= 1 ? text(first - 1) : std::string_view("^"));
  emit("p2:", first >= 2 ? text(first - 2) : std::string_view("^"));
  emit("n1:", last + 1 < tokens.size() ? text(last + 1) : std::string_view("$"));
  emit("n2:", last + 2 < tokens.size() ? text(last + 2) : std::string_view("$"));
  return true;
}

}  // namespace

std::vector<uint32_t> EntityTyperFeatures(std::string_view body, const std::vector<Token>& tokens,
                                          size_t first, size_t last, EntityType default_type,
                                          bool after_article, bool sentence_initial) {
  // Each feature hashed as it is read, the word lower-cased into the hasher: the ids of the
  // feature texts the model was trained on, without making them.
  std::vector<uint32_t> ids;
  ids.reserve(32);
  const auto hash = [&ids](std::string_view prefix, std::string_view word) {
    FeatureHasher hasher;
    hasher.Add(prefix);
    for (char ch : word) hasher.Add(LowerAsciiChar(ch));
    ids.push_back(hasher.Id(kEntityTyperBuckets));
  };
  if (!ForEachFeature(body, tokens, first, last, default_type, after_article, sentence_initial,
                      hash))
    return {};
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

std::vector<std::string> EntityTyperFeatureStrings(std::string_view body,
                                                   const std::vector<Token>& tokens, size_t first,
                                                   size_t last, EntityType default_type,
                                                   bool after_article, bool sentence_initial) {
  std::vector<std::string> features;
  ForEachFeature(body, tokens, first, last, default_type, after_article, sentence_initial,
                 [&features](std::string_view prefix, std::string_view word) {
                   features.push_back(std::string(prefix) + LowerAscii(word));
                 });
  return features;
}

std::optional<EntityType> PredictEntityType(const std::vector<uint32_t>& features) {
  const LinearModel& model = Model();
  if (!model.loaded || features.empty()) return std::nullopt;
  const size_t classes = model.labels.size();
  std::vector<double> scores(classes, 0.0);
  const size_t bias_row = kEntityTyperBuckets;  // liblinear's bias feature (-B 1) comes last
  for (size_t label = 0; label < classes; ++label)
    scores[label] = model.weights[bias_row * classes + label];
  for (uint32_t id : features) {
    if (id == 0 || id > kEntityTyperBuckets) continue;
    for (size_t label = 0; label < classes; ++label)
      scores[label] += model.weights[(id - 1) * classes + label];
  }
  const size_t best = static_cast<size_t>(std::max_element(scores.begin(), scores.end()) -
                                          scores.begin());
  // liblinear's probability for one-vs-rest logistic regression: each class's sigmoid,
  // normalized over the classes. Below kMinProbability the rules' default stands.
  double total = 0;
  for (double score : scores) total += 1.0 / (1.0 + std::exp(-score));
  const double probability = (1.0 / (1.0 + std::exp(-scores[best]))) / total;
  if (probability < kMinProbability) return std::nullopt;
  const int label = model.labels[best];
  if (label < 0 || static_cast<size_t>(label) >= kLabelTypes.size()) return std::nullopt;
  return kLabelTypes[static_cast<size_t>(label)];
}

}  // namespace crosscheck
