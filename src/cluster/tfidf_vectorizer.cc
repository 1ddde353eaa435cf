#include "cluster/tfidf_vectorizer.h"

#include <algorithm>
#include <cmath>


namespace crosscheck {
namespace {

// Entity terms carry this prefix, which no content word can contain (it is not a letter).
constexpr char kEntityPrefix[] = "\x01" "e:";

std::string EntityTerm(std::string_view canonical) {
  std::string term = kEntityPrefix;
  for (char c : canonical) term.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c);
  return term;
}

// IDF counts this many imaginary documents that hold no term, so that in a young stream a
// term seen twice is not judged near-universal. Negligible once thousands have arrived.
constexpr double kPriorDocuments = 20;

}  // namespace

TfIdfVectorizer::TfIdfVectorizer(const TfIdfOptions& options) : options_(options) {}

TermId TfIdfVectorizer::Intern(std::string_view term) {
  if (const auto it = term_ids_.find(term); it != term_ids_.end()) return it->second;
  const auto id = static_cast<TermId>(document_frequency_.size());
  term_ids_.emplace(std::string(term), id);
  document_frequency_.push_back(0);
  term_bytes_ += term.size();
  return id;
}

double TfIdfVectorizer::Idf(TermId term) const {
  const double df = term < document_frequency_.size() ? document_frequency_[term] : 0;
  return std::log((static_cast<double>(documents_) + kPriorDocuments + 1.0) / (df + 0.5));
}

double TfIdfVectorizer::DocumentShare(TermId term) const {
  if (documents_ == 0 || term >= document_frequency_.size()) return 0;
  return static_cast<double>(document_frequency_[term]) / static_cast<double>(documents_);
}

SparseVector TfIdfVectorizer::Sketch(const Article& article, const Annotations& annotations) {
  reader_.Read(article, &annotations, terms_);
  return Sketch(terms_, /*with_entities=*/true);
}

SparseVector TfIdfVectorizer::Sketch(const DocumentTerms& terms, bool with_entities) {
  counts_.clear();
  count_index_.clear();
  entity_terms_.clear();
  // Each occurrence adds its weight, the title's first, as a count read word by word would.
  for (const DocumentTerms::Stem& stem : terms.stems) {
    double count = 0;
    for (uint32_t i = 0; i < stem.in_title; ++i) count += options_.title_weight;
    for (uint32_t i = 0; i < stem.in_body; ++i) count += 1.0;
    counts_.emplace_back(stem.text, count);
  }
  if (with_entities) {
    for (const std::string& name : terms.entities) {
      std::string term = EntityTerm(name);
      auto it = count_index_.find(term);
      if (it == count_index_.end()) {
        const std::string& kept = entity_terms_.emplace_back(std::move(term));
        it = count_index_.emplace(kept, counts_.size()).first;
        counts_.emplace_back(kept, 0.0);
      }
      counts_[it->second].second += options_.entity_weight;
    }
  }
  return SketchOf(counts_);
}

SparseVector TfIdfVectorizer::SketchFromCounts(
    const std::vector<std::pair<std::string, double>>& term_counts) {
  return SketchOf(term_counts);
}

template <typename Term>
SparseVector TfIdfVectorizer::SketchOf(const std::vector<std::pair<Term, double>>& term_counts) {
  ++documents_;
  SparseVector sketch;
  sketch.reserve(term_counts.size());
  for (const auto& [term, count] : term_counts) {
    if (count <= 0) continue;
    const TermId id = Intern(term);
    ++document_frequency_[id];
    sketch.push_back({id, static_cast<float>(count)});
  }
  // Select by TF-IDF under the current counts; keep the IDF-free weights (1 + log tf),
  // scaled so the selected terms have unit TF-IDF length, for scoring under later IDF.
  for (WeightedTerm& t : sketch) t.weight = static_cast<float>(1.0 + std::log(t.weight));
  std::sort(sketch.begin(), sketch.end(),
            [](const WeightedTerm& a, const WeightedTerm& b) { return a.term < b.term; });
  std::erase_if(sketch, [this](const WeightedTerm& t) { return !(t.weight * Idf(t.term) > 0); });
  SparseVector selection = sketch;
  for (WeightedTerm& t : selection) t.weight = static_cast<float>(t.weight * Idf(t.term));
  KeepHeaviest(selection, options_.max_terms);
  const double length = Norm(selection);
  sketch.erase(std::remove_if(sketch.begin(), sketch.end(),
                              [&selection](const WeightedTerm& t) { return WeightOf(selection, t.term) == 0; }),
               sketch.end());
  if (length > 0) {
    for (WeightedTerm& t : sketch) t.weight = static_cast<float>(t.weight / length);
  }
  return sketch;
}

size_t TfIdfVectorizer::StateBytes() const {
  // Per entry: the string (inline up to 15 bytes, heap beyond), the id, hash node overhead.
  constexpr size_t kNodeBytes = sizeof(std::string) + sizeof(TermId) + 2 * sizeof(void*);
  return term_ids_.size() * kNodeBytes + term_ids_.bucket_count() * sizeof(void*) + term_bytes_ +
         document_frequency_.capacity() * sizeof(uint32_t);
}

}  // namespace crosscheck
