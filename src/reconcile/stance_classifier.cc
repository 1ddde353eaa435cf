// Headline stance, learned. Features (names first, readable in tests; then hashed):
//   u:<word>, b:<w1>_<w2>     the headline's lower-case words and word pairs ("^"/"$" ends);
//   s:<stem>                  their Snowball stems;
//   c:…                       words of stance_cues.txt: which classes occur (refute, hedge),
//                             more than one, both, none, and how early the first sits (words
//                             0-2, 3-5, later);
//   r:<stance>                what the rules (HeadlineStance) decide;
//   p:…                       a question mark (anywhere, closing), a closing "-- source", a
//                             source opening it ("Analyst: …"), a colon, quotation marks, "!",
//                             a word in capitals;
//   x:…                       against the claim: the share of the claim's content stems the
//                             headline repeats (binned), a refute or hedge word in the headline
//                             that the claim lacks, or in both, the rule's decision with the
//                             overlap bin (a denial that repeats the claim differs from a
//                             denial of something else), a number the claim does not give, and
//                             whether the claim's "will"/"plans" survives in the headline;
//   n:<bin>, cu:<word>, ru:…  length, the claim's words, the rule's decision with each word:
//                             tried, not in the shipped groups (no gain in cross-validation).
// Scoring: for each class, bias + the sum of the weights of the feature ids present; the
// highest wins (liblinear's decision for its one-vs-rest and Crammer-Singer solvers alike).
// O(words of claim and headline) per call plus one hash lookup per feature.
#include "reconcile/stance_classifier.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "annotate/tokens.h"
#include "base/feature_hash.h"
#include "base/lexicon.h"
#include "reconcile/story_parts.h"

namespace crosscheck::reconcile {
namespace {

constexpr std::array<std::string_view, 3> kStances = {"for", "against", "observing"};
constexpr size_t kEarlyCueWords = 3;
constexpr size_t kMiddleCueWords = 6;
constexpr size_t kMaxSourcePrefixWords = 2;

uint32_t FeatureId(std::string_view feature) { return HashedFeatureId(feature, kStanceBuckets); }

// Content stems of a text: words that are neither function words nor cues.
std::unordered_set<std::string> ContentStems(const std::vector<std::string>& words) {
  std::unordered_set<std::string> stems;
  for (const std::string& w : words) {
    if (IsFunctionWord(w) || StanceCues().count(w)) continue;
    stems.insert(Stem(w));
  }
  return stems;
}

struct CueCounts {
  size_t refute = 0, hedge = 0;
  size_t first_refute = SIZE_MAX, first_hedge = SIZE_MAX;
};

CueCounts CountCues(const std::vector<std::string>& words) {
  CueCounts counts;
  for (size_t k = 0; k < words.size(); ++k) {
    const auto it = StanceCues().find(words[k]);
    if (it == StanceCues().end()) continue;
    if (it->second) {
      ++counts.refute;
      counts.first_refute = std::min(counts.first_refute, k);
    } else {
      ++counts.hedge;
      counts.first_hedge = std::min(counts.first_hedge, k);
    }
  }
  return counts;
}

std::string PositionBin(size_t index) {
  if (index < kEarlyCueWords) return "early";
  return index < kMiddleCueWords ? "middle" : "late";
}

// Closing attribution after a dash ("… -- analyst"), as HeadlineStance reads it.
bool HasQuoteMarks(std::string_view text) {
  if (text.find('"') != std::string_view::npos) return true;
  for (std::string_view mark : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98"}) {
    if (text.find(mark) != std::string_view::npos) return true;
  }
  // A straight single quote opening a word (" 'fake' ") rather than an apostrophe.
  for (size_t pos = text.find('\''); pos != std::string_view::npos; pos = text.find('\'', pos + 1)) {
    if (pos == 0 || text[pos - 1] == ' ') return true;
  }
  return false;
}

std::string OverlapBin(double share) {
  constexpr std::array<double, 3> kBounds = {0.25, 0.5, 0.75};
  if (share <= 0) return "ov0";
  for (size_t k = 0; k < kBounds.size(); ++k) {
    if (share < kBounds[k]) return "ov" + std::to_string(k + 1);
  }
  return "ov4";
}

std::string LengthBin(size_t words) {
  constexpr std::array<size_t, 3> kBounds = {6, 11, 16};
  for (size_t k = 0; k < kBounds.size(); ++k) {
    if (words < kBounds[k]) return "n:" + std::to_string(k);
  }
  return "n:3";
}

struct LinearModel {
  std::array<int, 3> column_of_stance = {-1, -1, -1};  // kStances index -> weight column
  uint32_t groups = kStanceDefaultGroups;
  std::array<double, 3> bias = {0, 0, 0};
  std::unordered_map<uint32_t, std::array<double, 3>> weights;  // feature id -> per column
  bool loaded = false;
};

// Reads "numbers..." into `out`; false when fewer than out.size() parse.
bool ReadWeights(std::string_view text, std::array<double, 3>& out) {
  const std::string line(text);
  const char* cursor = line.c_str();
  for (double& value : out) {
    char* end = nullptr;
    value = std::strtod(cursor, &end);
    if (end == cursor) return false;
    cursor = end;
  }
  return true;
}

const LinearModel& Model() {
  static const LinearModel* model = [] {
    auto* m = new LinearModel();
    bool has_labels = false, has_bias = false, malformed = false;
    for (std::string_view entry : LexiconEntries("stance_model")) {
      if (entry.starts_with("label ")) {
        const std::vector<std::string_view> names = [&] {
          std::vector<std::string_view> out;
          std::string_view rest = entry.substr(6);
          while (!rest.empty()) {
            const size_t space = rest.find(' ');
            out.push_back(rest.substr(0, space));
            rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
          }
          return out;
        }();
        has_labels = names.size() == kStances.size();
        for (size_t column = 0; column < names.size() && has_labels; ++column) {
          const auto it = std::find(kStances.begin(), kStances.end(), names[column]);
          if (it == kStances.end()) has_labels = false;
          else m->column_of_stance[static_cast<size_t>(it - kStances.begin())] = static_cast<int>(column);
        }
      } else if (entry.starts_with("groups ")) {
        m->groups = static_cast<uint32_t>(std::strtoul(std::string(entry.substr(7)).c_str(), nullptr, 10));
      } else if (entry.starts_with("bias ")) {
        has_bias = ReadWeights(entry.substr(5), m->bias);
      } else {
        const std::string line(entry);
        char* end = nullptr;
        const unsigned long id = std::strtoul(line.c_str(), &end, 10);
        std::array<double, 3> row{};
        if (end == line.c_str() || id == 0 || id > kStanceBuckets || !ReadWeights(end, row)) {
          malformed = true;
          continue;
        }
        m->weights[static_cast<uint32_t>(id)] = row;
      }
    }
    m->loaded = has_labels && has_bias && !malformed;
    return m;
  }();
  return *model;
}

}  // namespace

std::vector<std::string> StanceFeatureNames(std::string_view claim, std::string_view headline, uint32_t groups) {
  const HeadlineWords words = ReadHeadlineWords(headline);
  const std::vector<std::string>& w = words.lower;
  std::vector<std::string> features;
  if (groups & kStanceUnigrams) {
    for (const std::string& word : w) features.push_back("u:" + word);
  }
  if (groups & kStanceBigrams) {
    for (size_t k = 0; k <= w.size(); ++k) {
      features.push_back("b:" + (k == 0 ? std::string("^") : w[k - 1]) + "_" + (k == w.size() ? std::string("$") : w[k]));
    }
  }
  if (groups & kStanceStems) {
    for (const std::string& word : w) features.push_back("s:" + Stem(word));
  }
  const CueCounts cues = CountCues(w);
  if (groups & kStanceCues) {
    if (cues.refute) features.push_back("c:refute@" + PositionBin(cues.first_refute));
    if (cues.hedge) features.push_back("c:hedge@" + PositionBin(cues.first_hedge));
    if (cues.refute > 1) features.push_back("c:refute2");
    if (cues.hedge > 1) features.push_back("c:hedge2");
    if (cues.refute && cues.hedge) features.push_back("c:both");
    if (!cues.refute && !cues.hedge) features.push_back("c:none");
  }
  const std::string_view rule = HeadlineStance(headline);
  if (groups & kStanceRule) features.push_back("r:" + std::string(rule));
  if (groups & kStanceRuleWords) {
    for (const std::string& word : w) features.push_back("ru:" + std::string(rule) + "&" + word);
  }
  if (groups & kStancePunctuation) {
    const size_t question = headline.find('?');
    if (question != std::string_view::npos) features.push_back("p:question");
    const size_t last = headline.find_last_not_of(" \t\r\n");
    if (last != std::string_view::npos && headline[last] == '?') features.push_back("p:question$");
    if (ClosesWithSource(headline)) features.push_back("p:source$");
    if (headline.find(':') != std::string_view::npos) features.push_back("p:colon");
    if (headline.find('!') != std::string_view::npos) features.push_back("p:exclamation");
    if (HasQuoteMarks(headline)) features.push_back("p:quote");
    // Two words in capitals: a shouted headline, not an acronym ("NASA").
    if (words.capital_words >= 2) features.push_back("p:capitals");
    // A source opening the headline ("Analyst: …", "Pentagon: …").
    const size_t colon = headline.find(':');
    if (colon != std::string_view::npos && ReadHeadlineWords(headline.substr(0, colon)).lower.size() <= kMaxSourcePrefixWords)
      features.push_back("p:source^");
  }
  if ((groups & kStanceClaim) && !claim.empty()) {
    const std::vector<std::string> claim_words = ReadHeadlineWords(claim).lower;
    const std::unordered_set<std::string> claim_stems = ContentStems(claim_words);
    const std::unordered_set<std::string> headline_stems = ContentStems(w);
    size_t shared = 0;
    for (const std::string& stem : claim_stems) shared += headline_stems.count(stem);
    const std::string overlap =
        OverlapBin(claim_stems.empty() ? 0 : static_cast<double>(shared) / static_cast<double>(claim_stems.size()));
    features.push_back("x:" + overlap);
    const CueCounts claim_cues = CountCues(claim_words);
    if (cues.refute && !claim_cues.refute) features.push_back("x:refute_headline_only");
    if (!cues.refute && claim_cues.refute) features.push_back("x:refute_claim_only");
    if (cues.refute && claim_cues.refute) features.push_back("x:refute_both");
    if (cues.hedge && !claim_cues.hedge) features.push_back("x:hedge_headline_only");
    features.push_back("x:" + std::string(rule) + "&" + overlap);
    // A number the claim does not give ("500" against the claim's "4,999"): an estimate of
    // something else, or a different report.
    const auto numbers = [](const std::vector<std::string>& ws) {
      std::unordered_set<std::string> out;
      for (const std::string& x : ws) {
        if (!x.empty() && x.front() >= '0' && x.front() <= '9') out.insert(x);
      }
      return out;
    };
    const std::unordered_set<std::string> claim_numbers = numbers(claim_words);
    for (const std::string& number : numbers(w)) {
      if (!claim_numbers.count(number)) {
        features.push_back("x:other_number");
        break;
      }
    }
    for (const std::string& x : claim_words) {
      if (x == "will" || x == "would" || x == "plans" || x == "considering")
        features.push_back(std::string("x:claim_future&") + (std::find(w.begin(), w.end(), x) != w.end() ? "kept" : "dropped"));
    }
  }
  if ((groups & kStanceClaimWords) && !claim.empty()) {
    for (const std::string& x : ReadHeadlineWords(claim).lower) features.push_back("cu:" + x);
  }
  if (groups & kStanceLength) features.push_back(LengthBin(w.size()));
  std::sort(features.begin(), features.end());
  features.erase(std::unique(features.begin(), features.end()), features.end());
  return features;
}

std::vector<uint32_t> StanceFeatureIds(std::string_view claim, std::string_view headline, uint32_t groups) {
  std::vector<uint32_t> ids;
  for (const std::string& name : StanceFeatureNames(claim, headline, groups)) ids.push_back(FeatureId(name));
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

bool StanceModelLoaded() { return Model().loaded; }

std::string_view ClassifyHeadlineStance(std::string_view claim, std::string_view headline) {
  const LinearModel& model = Model();
  if (!model.loaded) return HeadlineStance(headline);
  std::array<double, 3> scores = model.bias;
  for (uint32_t id : StanceFeatureIds(claim, headline, model.groups)) {
    const auto it = model.weights.find(id);
    if (it == model.weights.end()) continue;
    for (size_t column = 0; column < scores.size(); ++column) scores[column] += it->second[column];
  }
  size_t best = 0;
  for (size_t stance = 1; stance < kStances.size(); ++stance) {
    if (scores[static_cast<size_t>(model.column_of_stance[stance])] >
        scores[static_cast<size_t>(model.column_of_stance[best])])
      best = stance;
  }
  return kStances[best];
}

}  // namespace crosscheck::reconcile
