#include "cluster/topic_grouper.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

#include "model/annotations.h"

namespace crosscheck {
namespace {

// Below this many documents every topical word is in a large share of them: no share cap.
constexpr size_t kShareMinimumDocuments = 100;
// The edge heap is rebuilt without its stale edges when it doubles past this size.
constexpr size_t kMinEdgesBeforeCompaction = 1 << 16;

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

struct Topic {
  SparseVector sum;  // sum of member documents' unit vectors under the final IDF
  double size = 0;   // documents
  uint32_t version = 0;
  uint32_t merged_into = UINT32_MAX;
  std::vector<TermId> query;    // its heaviest terms rare enough to retrieve candidates
  std::vector<TermId> indexed;  // terms it is posted under
  bool live() const { return merged_into == UINT32_MAX && size > 0; }
};

// Average-link merging over topics given their sums: an inverted index of query terms, a heap
// of candidate edges, and a dense scratch copy of the searching topic for scoring.
class TopicMerger {
 public:
  TopicMerger(const TopicOptions& options, const TfIdfVectorizer& vectorizer,
              std::vector<Topic>& topics, TopicGroupWork& work)
      : options_(options),
        vectorizer_(vectorizer),
        topics_(topics),
        work_(work),
        postings_(vectorizer.vocabulary_size()),
        dead_(vectorizer.vocabulary_size(), 0),
        term_stamp_(vectorizer.vocabulary_size(), 0),
        dense_(vectorizer.vocabulary_size(), 0.0f),
        seen_(topics.size(), 0) {}

  void Run() {
    for (uint32_t id = 0; id < topics_.size(); ++id) {
      if (topics_[id].live()) Index(id);
    }
    for (uint32_t id = 0; id < topics_.size(); ++id) {
      if (topics_[id].live()) Search(id);
    }
    while (!heap_.empty()) {
      std::pop_heap(heap_.begin(), heap_.end(), EdgeOrder());
      const Edge edge = heap_.back();
      heap_.pop_back();
      if (Stale(edge)) continue;
      Merge(edge.a, edge.b);
    }
  }

 private:
  bool Stale(const Edge& edge) const {
    const Topic& a = topics_[edge.a];
    const Topic& b = topics_[edge.b];
    return a.merged_into != UINT32_MAX || b.merged_into != UINT32_MAX ||
           a.version != edge.version_a || b.version != edge.version_b;
  }

  // Folds topic `b` into `a` (a < b), then searches again from the grown topic.
  void Merge(uint32_t into, uint32_t from) {
    Topic& a = topics_[into];
    Topic& b = topics_[from];
    AddScaled(a.sum, b.sum, 1.0f);
    KeepHeaviest(a.sum, options_.topic_terms);
    a.size += b.size;
    ++a.version;
    b.merged_into = into;
    SparseVector().swap(b.sum);
    std::vector<TermId>().swap(b.query);
    for (TermId term : b.indexed) {
      if (++dead_[term] * 2 > postings_[term].size()) CompactPostings(term);
    }
    std::vector<TermId>().swap(b.indexed);
    Index(into);
    Search(into);
  }

  // Drops the dead topics from one posting list, keeping the order of the others.
  void CompactPostings(TermId term) {
    std::vector<uint32_t>& list = postings_[term];
    std::erase_if(list, [this](uint32_t id) { return topics_[id].merged_into != UINT32_MAX; });
    dead_[term] = 0;
  }

  // Recomputes the topic's query terms and posts it under any it is not posted under yet.
  void Index(uint32_t id) {
    Topic& topic = topics_[id];
    SparseVector heaviest;
    const bool capped = vectorizer_.documents() >= kShareMinimumDocuments;
    for (const WeightedTerm& term : topic.sum) {
      if (!capped || vectorizer_.DocumentShare(term.term) <= options_.max_query_term_share)
        heaviest.push_back(term);
    }
    KeepHeaviest(heaviest, options_.query_terms);
    // Heaviest first: the order a search reads them in, when its candidate bound stops it.
    std::sort(heaviest.begin(), heaviest.end(), [](const WeightedTerm& x, const WeightedTerm& y) {
      return x.weight != y.weight ? x.weight > y.weight : x.term < y.term;
    });
    topic.query.clear();
    for (const WeightedTerm& term : heaviest) topic.query.push_back(term.term);
    ++stamp_;
    for (TermId term : topic.indexed) term_stamp_[term] = stamp_;
    for (TermId term : topic.query) {
      if (term_stamp_[term] == stamp_) continue;
      term_stamp_[term] = stamp_;
      topic.indexed.push_back(term);
      postings_[term].push_back(id);
    }
  }

  // Scores the live topics sharing a query term with `id` and pushes its best edges.
  void Search(uint32_t id) {
    const Topic& topic = topics_[id];
    ++work_.searches;
    for (const WeightedTerm& term : topic.sum) dense_[term.term] = term.weight;
    seen_[id] = ++stamp_;
    scored_.clear();
    size_t candidates = 0;
    for (TermId term : topic.query) {
      if (candidates == options_.max_candidates_per_search) break;
      const std::vector<uint32_t>& list = postings_[term];
      if (list.size() - dead_[term] > options_.max_term_topics) continue;  // a stop word here
      work_.postings_read += list.size();
      for (uint32_t other : list) {
        if (seen_[other] == stamp_ || !topics_[other].live()) continue;
        if (candidates == options_.max_candidates_per_search) break;
        ++candidates;
        ++work_.candidates_scored;
        seen_[other] = stamp_;
        const Topic& candidate = topics_[other];
        // The same sum, in the same term order, as Dot(topic.sum, candidate.sum).
        double dot = 0;
        for (const WeightedTerm& t : candidate.sum)
          dot += static_cast<double>(dense_[t.term]) * t.weight;
        work_.terms_compared += candidate.sum.size();
        const double score = dot / (topic.size * candidate.size);
        if (score < options_.link_threshold) continue;
        const uint32_t a = std::min(id, other), b = std::max(id, other);
        scored_.push_back({score, a, b, topics_[a].version, topics_[b].version});
      }
    }
    for (const WeightedTerm& term : topic.sum) dense_[term.term] = 0.0f;
    // The best few, in heap order (EdgeOrder puts the best last when sorting ascending).
    if (scored_.size() > options_.candidates_per_topic) {
      std::nth_element(scored_.begin(), scored_.begin() + options_.candidates_per_topic,
                       scored_.end(),
                       [](const Edge& x, const Edge& y) { return EdgeOrder()(y, x); });
      scored_.resize(options_.candidates_per_topic);
    }
    for (const Edge& edge : scored_) Push(edge);
  }

  void Push(const Edge& edge) {
    heap_.push_back(edge);
    std::push_heap(heap_.begin(), heap_.end(), EdgeOrder());
    ++work_.edges_pushed;
    work_.peak_edges = std::max<uint64_t>(work_.peak_edges, heap_.size());
    if (heap_.size() >= compact_at_) {
      std::erase_if(heap_, [this](const Edge& e) { return Stale(e); });
      std::make_heap(heap_.begin(), heap_.end(), EdgeOrder());
      compact_at_ = std::max(kMinEdgesBeforeCompaction, 2 * heap_.size());
    }
  }

  const TopicOptions& options_;
  const TfIdfVectorizer& vectorizer_;
  std::vector<Topic>& topics_;
  TopicGroupWork& work_;
  std::vector<std::vector<uint32_t>> postings_;  // by term: topics posted under it
  std::vector<uint32_t> dead_;                   // by term: merged topics still in postings_
  std::vector<uint32_t> term_stamp_;             // by term: stamp of the last Index that saw it
  std::vector<float> dense_;                     // by term: the searching topic's weights
  std::vector<uint32_t> seen_;                   // by topic: stamp of the last search scoring it
  uint32_t stamp_ = 0;
  std::vector<Edge> scored_;
  std::vector<Edge> heap_;  // a max-heap under EdgeOrder
  size_t compact_at_ = kMinEdgesBeforeCompaction;
};

}  // namespace

TopicGrouper::TopicGrouper(const TopicOptions& options)
    : options_(options),
      vectorizer_(TfIdfOptions{.max_terms = options.document_terms,
                               .title_weight = options.title_weight}) {}

void TopicGrouper::Add(DocIndex index, const Article& article) {
  Keep(index, vectorizer_.Sketch(article, Annotations()));
}

void TopicGrouper::AddTerms(DocIndex index, const DocumentTerms& terms) {
  Keep(index, vectorizer_.Sketch(terms, /*with_entities=*/false));
}

void TopicGrouper::Keep(DocIndex index, const SparseVector& sketch) {
  if (start_.size() <= index) {
    start_.resize(static_cast<size_t>(index) + 1, 0);
    count_.resize(static_cast<size_t>(index) + 1, 0);
  }
  const size_t count = std::min<size_t>(sketch.size(), UINT16_MAX);
  record_.resize(count * (sizeof(TermId) + sizeof(uint16_t)));
  char* weights = record_.data() + count * sizeof(TermId);
  for (size_t i = 0; i < count; ++i) {
    const uint16_t weight = static_cast<uint16_t>(std::bit_cast<uint32_t>(sketch[i].weight) >> 16);
    std::memcpy(record_.data() + i * sizeof(TermId), &sketch[i].term, sizeof(TermId));
    std::memcpy(weights + i * sizeof(uint16_t), &weight, sizeof(uint16_t));
  }
  start_[index] = arena_.Append(record_.data(), record_.size());
  count_[index] = static_cast<uint16_t>(count);
}

void TopicGrouper::Unpack(DocIndex index, SparseVector& out) const {
  out.clear();
  if (index >= start_.size() || count_[index] == 0) return;
  const size_t count = count_[index];
  unpack_terms_.resize(count);
  unpack_weights_.resize(count);
  const uint64_t start = start_[index];
  if (!arena_.Read(start, unpack_terms_.data(), count * sizeof(TermId)) ||
      !arena_.Read(start + count * sizeof(TermId), unpack_weights_.data(), count * sizeof(uint16_t))) {
    return;  // the spill file failed: the document counts as empty
  }
  for (size_t i = 0; i < count; ++i) {
    out.push_back({unpack_terms_[i], std::bit_cast<float>(static_cast<uint32_t>(unpack_weights_[i]) << 16)});
  }
}

size_t TopicGrouper::StateBytes() const {
  return vectorizer_.StateBytes() + arena_.MemoryBytes() + start_.capacity() * sizeof(uint64_t) +
         count_.capacity() * sizeof(uint16_t);
}

std::vector<uint32_t> TopicGrouper::Group(const std::vector<StoryCluster>& stories,
                                          TopicGroupWork* work) const {
  const auto idf = [this](TermId term) { return vectorizer_.Idf(term); };
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
    topics[s].sum.shrink_to_fit();
  }
  TopicGroupWork local_work;
  TopicMerger(options_, vectorizer_, topics, work != nullptr ? *work : local_work).Run();

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
