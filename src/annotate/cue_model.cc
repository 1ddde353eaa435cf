// Features: the word, its last two and three letters, the one and two words on each side
// (lower case, "^"/"$" at the sentence's edges), word pairs with the next and previous word,
// the next token's shape (word, capitalized word, number, punctuation), the lexicon flags of
// the word and of its neighbours (speech verb, attribution verb, pronoun, speaker noun), and
// the position in the sentence. Each feature string is hashed (FNV-1a) into kCueModelBuckets.
// Prediction: the logistic of w·x + bias, against kMinCueProbability.
#include "annotate/cue_model.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <initializer_list>
#include <string>

#include "annotate/attribution_verbs.h"
#include "base/ascii.h"
#include "base/feature_hash.h"
#include "base/lexicon.h"

namespace crosscheck {
namespace {

// A proposal needs this probability (chosen on PolNeAR train, see train-cue-model.sh: 0.2 once
// the rules' precision rose with the loose subjects and nested partial quotes).
constexpr double kMinCueProbability = 0.2;
constexpr size_t kMinCandidateBytes = 3;
// Sentence positions up to this index are features of their own ("pos:0" … "pos:3").
constexpr size_t kMaxPositionFeature = 4;

// FNV-1a over the parts in turn, ASCII letters lower-cased, into 1..kCueModelBuckets.
uint32_t HashedFeature(std::initializer_list<std::string_view> parts) {
  FeatureHasher hasher;
  for (std::string_view part : parts) {
    for (char ch : part) hasher.Add(LowerAsciiChar(ch));
  }
  return hasher.Id(kCueModelBuckets);
}

struct CueWeights {
  std::vector<float> weights;  // index: feature id (0 unused)
  double bias = 0;
  bool loaded = false;
};

// The embedded model: "bias B" then one "id weight" line per non-zero weight.
const CueWeights& Model() {
  static const CueWeights* model = [] {
    auto* m = new CueWeights();
    m->weights.assign(kCueModelBuckets + 1, 0.0f);
    for (std::string_view entry : LexiconEntries("cue_model")) {
      const std::string line(entry);
      if (line.starts_with("bias ")) {
        m->bias = std::strtod(line.c_str() + 5, nullptr);
        m->loaded = true;
        continue;
      }
      char* end = nullptr;
      const unsigned long id = std::strtoul(line.c_str(), &end, 10);
      if (end == line.c_str() || id == 0 || id > kCueModelBuckets) continue;
      m->weights[id] = static_cast<float>(std::strtod(end, nullptr));
    }
    return m;
  }();
  return *model;
}

std::string_view TextOf(std::string_view body, const Token& t) {
  return body.substr(t.begin, t.end - t.begin);
}

std::string_view Shape(std::string_view body, const std::vector<Token>& tokens, size_t k) {
  if (k >= tokens.size()) return "$";
  const Token& t = tokens[k];
  switch (t.kind) {
    case TokenKind::kNumber:
      return "num";
    case TokenKind::kPossessive:
      return "poss";
    case TokenKind::kPunct:
      return TextOf(body, t);
    case TokenKind::kWord:
      break;
  }
  return t.capitalized ? "Cap" : "low";
}

// Words after which a candidate is a noun or adjective, never a verb with a subject before it.
bool FollowsNounOpener(std::string_view lower) {
  static constexpr std::array<std::string_view, 19> kOpeners = {
      "the",   "a",  "an", "his", "her", "their", "its", "our",  "this", "these",
      "those", "of", "in", "on",  "for", "with",  "at",  "from", "by"};
  return std::find(kOpeners.begin(), kOpeners.end(), lower) != kOpeners.end();
}

}  // namespace

bool IsCueCandidate(std::string_view body, const std::vector<Token>& tokens, size_t k) {
  const Token& t = tokens[k];
  if (t.kind != TokenKind::kWord || t.capitalized || t.end - t.begin < kMinCandidateBytes)
    return false;
  return !IsFunctionWord(TextOf(body, t));
}

std::vector<uint32_t> CueFeatures(std::string_view body, const std::vector<Token>& tokens,
                                  size_t k) {
  // Each feature is "prefix" + words, hashed as it is read (lower-cased on the fly), so a
  // candidate costs no allocation but the result.
  const std::ptrdiff_t at = static_cast<std::ptrdiff_t>(k);
  const auto word_at = [&](std::ptrdiff_t index) -> std::string_view {
    if (index < 0) return "^";
    if (static_cast<size_t>(index) >= tokens.size()) return "$";
    return TextOf(body, tokens[static_cast<size_t>(index)]);
  };
  const std::string_view word = word_at(at), p1 = word_at(at - 1), p2 = word_at(at - 2),
                         n1 = word_at(at + 1), n2 = word_at(at + 2);
  std::vector<uint32_t> ids;
  ids.reserve(20);
  const auto add = [&](std::initializer_list<std::string_view> parts) {
    ids.push_back(HashedFeature(parts));
  };
  add({"w:", word});
  add({"s2:", word.substr(word.size() - 2)});
  add({"s3:", word.substr(word.size() - 3)});
  add({"p1:", p1});
  add({"p2:", p2});
  add({"n1:", n1});
  add({"n2:", n2});
  add({"p1w:", p1, " ", word});
  add({"wn1:", word, " ", n1});
  add({"ns:", Shape(body, tokens, k + 1)});
  add({"ps:", k == 0 ? std::string_view("^") : Shape(body, tokens, k - 1)});
  static constexpr std::string_view kPositions[] = {"0", "1", "2", "3", "4"};
  add({"pos:", kPositions[std::min(k, kMaxPositionFeature)]});
  if (IsSpeechVerb(word)) add({"speech"});
  if (IsAttributionVerb(word)) add({"attr"});
  if (k > 0 && IsPronoun(p1)) add({"p1pron"});
  if (k > 0 && IsSpeakerNoun(p1)) add({"p1speaker"});
  if (EqualsLowerAscii(n1, "that")) add({"n1that"});
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

double CueProbability(const std::vector<uint32_t>& features) {
  const CueWeights& model = Model();
  if (!model.loaded) return 0;
  double score = model.bias;
  for (uint32_t id : features) {
    if (id >= 1 && id <= kCueModelBuckets) score += model.weights[id];
  }
  return 1.0 / (1.0 + std::exp(-score));
}

bool ProposesCue(std::string_view body, const std::vector<Token>& tokens, size_t k) {
  if (!Model().loaded || !IsCueCandidate(body, tokens, k)) return false;
  if (k > 0 && FollowsNounOpener(LowerAscii(TextOf(body, tokens[k - 1])))) return false;
  return CueProbability(CueFeatures(body, tokens, k)) >= kMinCueProbability;
}

}  // namespace crosscheck
