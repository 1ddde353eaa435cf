// Online story clustering: single-pass, centroid-based, with an inverted index.
//
// Each arriving document becomes a TF-IDF sketch (tfidf_vectorizer.h): its heaviest stemmed
// content words, title words weighted up, entity names when annotations carry them. The
// clusterer then
//
//   1. retires stale stories when the stream's dates move on (time window), so the set of
//      open stories stays the size of a news cycle rather than of the whole stream;
//   2. retrieves candidate stories from an inverted index term -> stories, reading only the
//      document's `query_terms` heaviest terms that are not near-universal, and of each
//      posting list only its `postings_per_term` most recent stories: the work per document
//      is bounded by a constant, so a stream costs O(N) however long it runs;
//   3. scores each candidate by the cosine between the sketch and the story's centroid (the
//      sum of member sketches, kept to its `story_terms` heaviest terms), both weighted by
//      the IDF of now, times a capped size prior (bigger stories are likelier homes), divided
//      by a time-gap factor when both carry dates;
//   4. joins the best story when the score reaches `join_threshold`, else opens a story;
//      a story younger than `prior_min_members` must be reached by the content alone (the
//      prior only ranks it): a young centroid is a handful of documents, and a marginal
//      joiner that the prior carried in would give it a second subject for good;
//   5. after a join, compares the grown centroid with the other candidates of this document
//      and merges the pair whose centroids' cosine reaches `merge_threshold`: two stories
//      opened apart (an early report with little vocabulary in common) fuse once enough
//      documents bridge them. A singleton folds in at a lower bar (fragment_merge_threshold).
//
// Everything iterates in insertion order with ties broken by lower story id, and the IDF
// table is updated in arrival order, so the same input order always gives the same stories.
#include "cluster/online_clusterer.h"

#include <algorithm>
#include <cmath>

namespace crosscheck {
namespace {

// Of the other candidates of a document, only this many best are checked for a merge.
constexpr size_t kMergeProbes = 8;
// A term is "near-universal" (no candidate retrieval) only once this many documents hold
// it, so a short stream still retrieves through every term.
constexpr double kMinCommonDocuments = 50;
// The size prior grows with log(size) up to this many members.
constexpr double kPriorSizeCap = 10;

}  // namespace

std::optional<int32_t> DayNumber(const Date& date) {
  if (!date.has_year() || date.month < 1 || date.month > 12) return std::nullopt;
  const int day = date.day >= 1 && date.day <= 31 ? date.day : 1;
  return static_cast<int32_t>(DaysFromCivil(date.year, date.month, day));
}

OnlineStoryClusterer::OnlineStoryClusterer(const StoryClusterOptions& options)
    : options_(options),
      vectorizer_(TfIdfOptions{.max_terms = options.document_terms,
                               .title_weight = options.title_weight,
                               .entity_weight = options.entity_weight}) {}

void OnlineStoryClusterer::Add(DocIndex index, const Article& article, const Annotations& annotations) {
  const SparseVector sketch = vectorizer_.Sketch(article, annotations);
  AddSketch(index, sketch, DayNumber(article.published));
}

void OnlineStoryClusterer::AddTerms(DocIndex index, const DocumentTerms& terms) {
  AddSketch(index, vectorizer_.Sketch(terms, /*with_entities=*/true), terms.day);
}

void OnlineStoryClusterer::AddSketch(DocIndex index, const SparseVector& sketch,
                                     std::optional<int32_t> day) {
  ++documents_;
  if (day.has_value() && (!today_.has_value() || *day > *today_)) {
    today_ = day;
    RetireStale(*day);
  }
  CollectCandidates(sketch, day);
  const Candidate* best = nullptr;
  for (const Candidate& candidate : candidates_) {
    if (best == nullptr || candidate.score > best->score ||
        (candidate.score == best->score && candidate.story < best->story)) {
      best = &candidate;
    }
  }
  if (best == nullptr || best->score < options_.join_threshold ||
      (stories_[best->story].members.size() < options_.prior_min_members &&
       best->content < options_.join_threshold)) {
    OpenStory(index, sketch, day);
    return;
  }
  const uint32_t story_id = best->story;
  AddToStory(story_id, index, sketch, day);
  MergeConverged(story_id);
}

double OnlineStoryClusterer::TimeFactor(const Story& story, std::optional<int32_t> day) const {
  if (!day.has_value() || !story.last_day.has_value()) return 1.0;
  const int32_t gap = std::abs(*day - *story.last_day);
  if (gap > options_.story_window_days) return 0.0;
  if (options_.time_scale_days <= 0) return 1.0;
  return 1.0 / (1.0 + gap / options_.time_scale_days);
}

void OnlineStoryClusterer::CollectCandidates(const SparseVector& sketch, std::optional<int32_t> day) {
  candidates_.clear();
  if (sketch.empty()) return;
  seen_stamp_.resize(stories_.size(), 0);
  // The heaviest terms, ties to the lower id.
  std::vector<WeightedTerm> query(sketch.begin(), sketch.end());
  std::sort(query.begin(), query.end(), [](const WeightedTerm& a, const WeightedTerm& b) {
    return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
  });
  const uint32_t stamp = static_cast<uint32_t>(documents_);
  auto idf = [this](TermId term) { return Idf(term); };
  const double sketch_norm = WeightedNorm(sketch, idf);
  if (sketch_norm <= 0) return;
  const DotQuery dot(sketch);
  size_t used_terms = 0;
  for (const WeightedTerm& term : query) {
    if (used_terms == options_.query_terms) break;
    const double share = vectorizer_.DocumentShare(term.term);
    if (share > options_.max_query_term_share &&
        share * static_cast<double>(vectorizer_.documents()) > kMinCommonDocuments) {
      continue;
    }
    ++used_terms;
    if (term.term >= postings_.size()) continue;
    std::vector<uint32_t>& posting = postings_[term.term];
    size_t read = 0;
    size_t closed = 0;
    for (size_t i = posting.size(); i > 0 && read < options_.postings_per_term; --i) {
      const uint32_t story_id = posting[i - 1];
      Story& story = stories_[story_id];
      if (!story.open) {
        ++closed;
        continue;
      }
      ++read;
      if (seen_stamp_[story_id] == stamp) continue;
      seen_stamp_[story_id] = stamp;
      const double time_factor = TimeFactor(story, day);
      if (time_factor <= 0) continue;
      const double norm = CentroidNorm(story);
      if (norm <= 0) continue;
      const double cosine = dot.Dot(story.centroid, idf) / (norm * sketch_norm);
      // A story that many reports already joined is the likelier home (a rich-get-richer
      // prior, as in Dirichlet-process clustering).
      // The prior scales the evidence rather than adding to it, and stops growing at
      // kPriorSizeCap members, so a huge story cannot swallow unrelated documents.
      const double size = std::min<double>(static_cast<double>(story.members.size()), kPriorSizeCap);
      const double content = cosine * time_factor;
      const double score = content * (1.0 + options_.size_bonus * std::log(size));
      if (score > 0) candidates_.push_back({story_id, score, content});
    }
    // Closed stories leave the index lazily: compact a list once they are half of what we read.
    if (closed > 0 && 2 * closed >= read) {
      std::erase_if(posting, [this](uint32_t story_id) { return !stories_[story_id].open; });
    }
  }
}

void OnlineStoryClusterer::IndexTerms(uint32_t story_id, const std::vector<TermId>& terms) {
  for (TermId term : terms) {
    if (term >= postings_.size()) postings_.resize(term + 1);
    postings_[term].push_back(story_id);
  }
}

void OnlineStoryClusterer::BoundCentroid(Story& story) {
  // Pruning at twice the bound keeps the amortized cost per join O(story_terms). The kept
  // terms are the heaviest under the current IDF, not the most frequent.
  if (story.centroid.size() > 2 * options_.story_terms) {
    SparseVector scaled = story.centroid;
    for (WeightedTerm& t : scaled) t.weight = static_cast<float>(t.weight * Idf(t.term));
    KeepHeaviest(scaled, options_.story_terms);
    size_t kept = 0;
    for (const WeightedTerm& t : story.centroid) {
      if (kept < scaled.size() && scaled[kept].term == t.term) story.centroid[kept++] = t;
    }
    story.centroid.resize(kept);
  }
  story.norm_documents = 0;
}

double OnlineStoryClusterer::CentroidNorm(Story& story) {
  // IDF drifts slowly once a stream is under way: refresh after the stream grew by 1/32.
  if (story.norm_documents == 0 || documents_ > story.norm_documents + story.norm_documents / 32) {
    story.norm = WeightedNorm(story.centroid, [this](TermId term) { return Idf(term); });
    story.norm_documents = documents_;
  }
  return story.norm;
}

uint32_t OnlineStoryClusterer::OpenStory(DocIndex index, const SparseVector& sketch,
                                         std::optional<int32_t> day) {
  const uint32_t story_id = static_cast<uint32_t>(stories_.size());
  Story& story = stories_.emplace_back();
  story.centroid = sketch;
  story.norm_documents = 0;
  story.members.push_back(index);
  story.last_day = day;
  new_terms_.clear();
  for (const WeightedTerm& t : sketch) new_terms_.push_back(t.term);
  IndexTerms(story_id, new_terms_);
  open_story_ids_.push_back(story_id);
  ++open_stories_;
  return story_id;
}

void OnlineStoryClusterer::AddToStory(uint32_t story_id, DocIndex index, const SparseVector& sketch,
                                      std::optional<int32_t> day) {
  Story& story = stories_[story_id];
  new_terms_.clear();
  AddScaled(story.centroid, sketch, 1.0f, &new_terms_);
  IndexTerms(story_id, new_terms_);
  BoundCentroid(story);
  story.members.push_back(index);
  if (day.has_value() && (!story.last_day.has_value() || *day > *story.last_day)) story.last_day = day;
}

void OnlineStoryClusterer::MergeConverged(uint32_t story_id) {
  std::sort(candidates_.begin(), candidates_.end(), [](const Candidate& a, const Candidate& b) {
    return a.score != b.score ? a.score > b.score : a.story < b.story;
  });
  Story& grown = stories_[story_id];
  auto idf = [this](TermId term) { return Idf(term); };
  uint32_t best_other = kNone;
  double best_margin = 0;
  size_t probes = 0;
  for (const Candidate& candidate : candidates_) {
    if (candidate.story == story_id) continue;
    if (probes++ == kMergeProbes) break;
    Story& other = stories_[candidate.story];
    if (!other.open) continue;
    const double norms = CentroidNorm(grown) * CentroidNorm(other);
    if (norms <= 0) continue;
    const double cosine = WeightedDot(grown.centroid, other.centroid, idf) / norms;
    // A fragment (a story of a few documents) folds in at the bar a document would need to
    // join; two grown stories need their centroids to agree more.
    const size_t smaller = std::min(grown.members.size(), other.members.size());
    const double threshold =
        smaller <= options_.fragment_size ? options_.fragment_merge_threshold : options_.merge_threshold;
    const double margin = cosine - threshold;
    if (margin >= 0 && (best_other == kNone || margin > best_margin)) {
      best_margin = margin;
      best_other = candidate.story;
    }
  }
  if (best_other == kNone) return;
  // The larger story absorbs the smaller; on a tie the older one (lower id).
  const size_t grown_size = stories_[story_id].members.size();
  const size_t other_size = stories_[best_other].members.size();
  const bool keep_grown = grown_size > other_size || (grown_size == other_size && story_id < best_other);
  if (keep_grown) {
    MergeInto(story_id, best_other);
  } else {
    MergeInto(best_other, story_id);
  }
}

void OnlineStoryClusterer::MergeInto(uint32_t target_id, uint32_t source_id) {
  Story& target = stories_[target_id];
  Story& source = stories_[source_id];
  new_terms_.clear();
  AddScaled(target.centroid, source.centroid, 1.0f, &new_terms_);
  IndexTerms(target_id, new_terms_);
  BoundCentroid(target);
  target.members.insert(target.members.end(), source.members.begin(), source.members.end());
  if (source.last_day.has_value() &&
      (!target.last_day.has_value() || *source.last_day > *target.last_day)) {
    target.last_day = source.last_day;
  }
  source.open = false;
  source.merged_into = target_id;
  SparseVector().swap(source.centroid);
  std::vector<DocIndex>().swap(source.members);
  source.norm = 0;
  ++merges_;
  --open_stories_;
}

void OnlineStoryClusterer::RetireStale(int32_t today) {
  std::erase_if(open_story_ids_, [&](uint32_t story_id) {
    Story& story = stories_[story_id];
    if (!story.open) return true;
    if (!story.last_day.has_value() || today - *story.last_day <= options_.story_window_days) return false;
    story.open = false;
    --open_stories_;
    SparseVector().swap(story.centroid);  // a retired story never scores again
    story.norm = 0;
    return true;
  });
}

std::vector<StoryCluster> OnlineStoryClusterer::Stories() const {
  std::vector<StoryCluster> result;
  for (const Story& story : stories_) {
    if (story.merged_into != kNone || story.members.empty()) continue;
    StoryCluster& cluster = result.emplace_back();
    cluster.members = story.members;
    std::sort(cluster.members.begin(), cluster.members.end());
  }
  std::sort(result.begin(), result.end(), [](const StoryCluster& a, const StoryCluster& b) {
    return a.members.front() < b.members.front();
  });
  return result;
}

size_t OnlineStoryClusterer::StateBytes() const {
  size_t bytes = vectorizer_.StateBytes() + stories_.capacity() * sizeof(Story);
  for (const Story& story : stories_) {
    bytes += story.centroid.capacity() * sizeof(WeightedTerm) + story.members.capacity() * sizeof(DocIndex);
  }
  bytes += postings_.capacity() * sizeof(std::vector<uint32_t>);
  for (const std::vector<uint32_t>& posting : postings_) bytes += posting.capacity() * sizeof(uint32_t);
  bytes += open_story_ids_.capacity() * sizeof(uint32_t) + seen_stamp_.capacity() * sizeof(uint32_t);
  return bytes;
}

std::unique_ptr<StoryClusterer> NewStoryClusterer(const StoryClusterOptions& options) {
  return std::make_unique<OnlineStoryClusterer>(options);
}

}  // namespace crosscheck
