#include "cluster/topic_grouper.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <queue>

#include "model/annotations.h"

namespace crosscheck {
namespace {

// Postings read per query term when gathering candidates: bounds the cost of a term shared
// by thousands of stories (they are found through their rarer terms).
constexpr size_t kPostingsPerTerm = 1024;
// Below this many documents every topical word is in a large share of them: no share cap.
constexpr size_t kShareMinimumDocuments = 100;

struct Edge {
  double score = 0;
  uint32_t a = 0, b = 0;  // topic ids, a < b
  uint32_t version_a = 0, version_b = 0;
};

// Highest score first; ties by lower ids, so the merge order is deterministic.
struct EdgeOrder {
  bool operator()(const Edge& x, const Edge& y) const {
    if (x.score != y.score) return x.score < y.score;
    if (x.a != y.a) return x.a > y.a;
    return x.b > y.b;
  }
};

}  // namespace

TopicGrouper::TopicGrouper(const TopicOptions& options)
    : options_(options),
      vectorizer_(TfIdfOptions{.max_terms = options.document_terms,
                               .title_weight = options.title_weight}) {}

void TopicGrouper::Add(DocIndex index, const Article& article) {
  const SparseVector sketch = vectorizer_.Sketch(article, Annotations());
  if (start_.size() <= index) {
    start_.resize(static_cast<size_t>(index) + 1, 0);
    count_.resize(static_cast<size_t>(index) + 1, 0);
  }
  const size_t count = std::min<size_t>(sketch.size(), UINT16_MAX);
  start_[index] = arena_terms_.size();
  count_[index] = static_cast<uint16_t>(count);
  // Grow by a quarter, not the usual doubling: the arena is most of the state.
  if (arena_terms_.capacity() < arena_terms_.size() + count) {
    const size_t capacity =
        std::max(arena_terms_.size() + count, arena_terms_.size() + arena_terms_.size() / 4);
    arena_terms_.reserve(capacity);
    arena_weights_.reserve(capacity);
  }
  for (size_t i = 0; i < count; ++i) {
    arena_terms_.push_back(sketch[i].term);
    arena_weights_.push_back(
        static_cast<uint16_t>(std::bit_cast<uint32_t>(sketch[i].weight) >> 16));
  }
}

void TopicGrouper::Unpack(DocIndex index, SparseVector& out) const {
  out.clear();
  if (index >= start_.size()) return;
  const size_t start = start_[index];
  for (size_t i = start; i < start + count_[index]; ++i) {
    out.push_back(
        {arena_terms_[i], std::bit_cast<float>(static_cast<uint32_t>(arena_weights_[i]) << 16)});
  }
}

size_t TopicGrouper::StateBytes() const {
  return vectorizer_.StateBytes() + arena_terms_.capacity() * sizeof(TermId) +
         arena_weights_.capacity() * sizeof(uint16_t) + start_.capacity() * sizeof(uint64_t) +
         count_.capacity() * sizeof(uint16_t);
}

std::vector<uint32_t> TopicGrouper::Group(const std::vector<StoryCluster>& stories) const {
  const auto idf = [this](TermId term) { return vectorizer_.Idf(term); };
  struct Topic {
    SparseVector sum;  // sum of member documents' unit vectors under the final IDF
    double size = 0;   // documents
    uint32_t version = 0;
    uint32_t merged_into = UINT32_MAX;
    std::vector<TermId> query;  // its heaviest terms rare enough to retrieve candidates
  };
  const size_t n = stories.size();
  std::vector<Topic> topics(n);
  SparseVector unit;
  for (size_t s = 0; s < n; ++s) {
    for (DocIndex member : stories[s].members) {
      Unpack(member, unit);
      if (unit.empty()) continue;
      const double length = WeightedNorm(unit, idf);
      if (length <= 0) continue;
      for (WeightedTerm& term : unit)
        term.weight = static_cast<float>(term.weight * idf(term.term) / length);
      AddScaled(topics[s].sum, unit, 1.0f);
      topics[s].size += 1;
    }
    KeepHeaviest(topics[s].sum, options_.topic_terms);
  }

  std::vector<std::vector<uint32_t>> postings(vectorizer_.vocabulary_size());
  std::vector<std::vector<TermId>> indexed(n);  // terms each topic is posted under
  // Recomputes the topic's query terms and posts it under any it is not posted under yet.
  auto index_topic = [&](uint32_t id) {
    Topic& topic = topics[id];
    SparseVector heaviest;
    const bool capped = vectorizer_.documents() >= kShareMinimumDocuments;
    for (const WeightedTerm& term : topic.sum) {
      if (!capped || vectorizer_.DocumentShare(term.term) <= options_.max_query_term_share)
        heaviest.push_back(term);
    }
    KeepHeaviest(heaviest, options_.query_terms);
    topic.query.clear();
    for (const WeightedTerm& term : heaviest) topic.query.push_back(term.term);
    for (TermId term : topic.query) {
      if (std::find(indexed[id].begin(), indexed[id].end(), term) != indexed[id].end()) continue;
      indexed[id].push_back(term);
      postings[term].push_back(id);
    }
  };
  std::priority_queue<Edge, std::vector<Edge>, EdgeOrder> heap;
  std::vector<uint32_t> seen(n, 0);  // topic -> stamp of the last call that scored it
  uint32_t stamp = 0;
  auto push_candidates = [&](uint32_t id) {
    const Topic& topic = topics[id];
    seen[id] = ++stamp;
    for (TermId term : topic.query) {
      const std::vector<uint32_t>& list = postings[term];
      const size_t read = std::min(list.size(), kPostingsPerTerm);
      for (size_t i = 0; i < read; ++i) {
        const uint32_t other = list[i];
        if (seen[other] == stamp || topics[other].merged_into != UINT32_MAX ||
            topics[other].size == 0)
          continue;
        seen[other] = stamp;
        const double score = Dot(topic.sum, topics[other].sum) / (topic.size * topics[other].size);
        if (score < options_.link_threshold) continue;
        const uint32_t a = std::min(id, other), b = std::max(id, other);
        heap.push({score, a, b, topics[a].version, topics[b].version});
      }
    }
  };
  for (uint32_t id = 0; id < n; ++id) {
    if (topics[id].size > 0) index_topic(id);
  }
  for (uint32_t id = 0; id < n; ++id) {
    if (topics[id].size > 0) push_candidates(id);
  }
  while (!heap.empty()) {
    const Edge edge = heap.top();
    heap.pop();
    Topic& a = topics[edge.a];
    Topic& b = topics[edge.b];
    if (a.merged_into != UINT32_MAX || b.merged_into != UINT32_MAX || a.version != edge.version_a ||
        b.version != edge.version_b) {
      continue;
    }
    AddScaled(a.sum, b.sum, 1.0f);
    KeepHeaviest(a.sum, options_.topic_terms);
    a.size += b.size;
    ++a.version;
    b.merged_into = edge.a;
    SparseVector().swap(b.sum);
    std::vector<TermId>().swap(b.query);
    index_topic(edge.a);
    push_candidates(edge.a);
  }

  // Number topics in order of their first story.
  std::vector<uint32_t> topic_of(n);
  std::vector<uint32_t> number(n, UINT32_MAX);
  uint32_t next = 0;
  for (uint32_t s = 0; s < n; ++s) {
    uint32_t root = s;
    while (topics[root].merged_into != UINT32_MAX) root = topics[root].merged_into;
    if (number[root] == UINT32_MAX) number[root] = next++;
    topic_of[s] = number[root];
  }
  return topic_of;
}

}  // namespace crosscheck
