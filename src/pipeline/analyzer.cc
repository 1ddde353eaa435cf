#include "pipeline/analyzer.h"

#include <algorithm>
#include <numeric>
#include <thread>
#include <utility>

#include "reconcile/reconciler.h"

namespace crosscheck {

DocumentProcessor::DocumentProcessor(CleanOptions clean) : cleaner_(clean) {}

StatusOr<DocumentProcessor::Result> DocumentProcessor::Process(const Document& document) const {
  StatusOr<Article> article = cleaner_.Clean(document);
  if (!article.ok()) return article.status();
  Result result;
  result.article = std::move(article).value();
  result.body = result.article.Body();
  if (result.body.empty()) return EmptyError("no main text could be extracted");
  result.annotations = annotators_.Run(result.article, result.body);
  return result;
}

namespace {

// Documents waiting for a worker; enough to keep the workers busy, small enough that memory
// does not grow with the input.
constexpr size_t kMaxQueued = 64;

}  // namespace

Analyzer::Analyzer(AnalyzeOptions options) : options_(options), processor_(options.clean) {
  unsigned threads = options_.threads == 0 ? std::thread::hardware_concurrency() : options_.threads;
  if (threads == 0) threads = 1;
  if (threads > 1) {
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { WorkerLoop(); });
  }
}

Analyzer::~Analyzer() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  queue_changed_.notify_all();
  for (std::thread& worker : workers_) worker.join();
}

void Analyzer::WorkerLoop() {
  std::unique_lock lock(mutex_);
  while (true) {
    queue_changed_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping and nothing left
    auto [sequence, document] = std::move(queue_.front());
    queue_.pop_front();
    queue_changed_.notify_all();  // room in the queue
    lock.unlock();
    StatusOr<DocumentProcessor::Result> result = processor_.Process(document);
    lock.lock();
    Outcome outcome;
    if (result.ok()) {
      outcome.result = std::move(result).value();
    } else {
      const std::string input = document.source.empty() ? document.id : document.source;
      if (on_skip_) on_skip_(input, result.status());
      outcome.skipped = ReportSkipped{input, result.status().ToString()};
    }
    if (sequence >= outcomes_.size()) outcomes_.resize(sequence + 1);
    outcomes_[sequence] = std::move(outcome);
    if (outcomes_[sequence]->result && on_progress_) on_progress_(++processed_);
    --in_flight_;
    queue_changed_.notify_all();
  }
}

void Analyzer::OnError(std::string_view input, const Status& status) {
  std::lock_guard lock(mutex_);
  if (on_skip_) on_skip_(input, status);
  const size_t sequence = next_sequence_++;
  if (sequence >= outcomes_.size()) outcomes_.resize(sequence + 1);
  outcomes_[sequence] = Outcome{std::nullopt, ReportSkipped{std::string(input), status.ToString()}};
}

void Analyzer::OnDocument(Document&& document) {
  if (workers_.empty()) {
    StatusOr<DocumentProcessor::Result> result = processor_.Process(document);
    if (!result.ok()) {
      OnError(document.source.empty() ? document.id : document.source, result.status());
      return;
    }
    const size_t sequence = next_sequence_++;
    if (sequence >= outcomes_.size()) outcomes_.resize(sequence + 1);
    outcomes_[sequence] = Outcome{std::move(result).value(), std::nullopt};
    if (on_progress_) on_progress_(++processed_);
    Collect();
    return;
  }
  std::unique_lock lock(mutex_);
  queue_changed_.wait(lock, [this] { return queue_.size() < kMaxQueued; });
  queue_.emplace_back(next_sequence_++, std::move(document));
  ++in_flight_;
  lock.unlock();
  queue_changed_.notify_all();
  // Keep memory flat: move finished outcomes out as they complete in order.
  lock.lock();
  Collect();
}

void Analyzer::Drain() {
  std::unique_lock lock(mutex_);
  queue_changed_.wait(lock, [this] { return in_flight_ == 0; });
  Collect();
}

void Analyzer::Collect() {
  while (collected_ < outcomes_.size() && outcomes_[collected_]) {
    Outcome outcome = std::move(*outcomes_[collected_]);
    outcomes_[collected_].reset();
    ++collected_;
    if (outcome.skipped) {
      skipped_.push_back(std::move(*outcome.skipped));
      continue;
    }
    Article& article = outcome.result->article;
    // Ids must be unique in the report: a repeated id gets "~2", "~3", ...
    std::string id = article.id.empty() ? "doc" : article.id;
    for (int suffix = 2; std::binary_search(seen_ids_.begin(), seen_ids_.end(), id); ++suffix) {
      id = (article.id.empty() ? "doc" : article.id) + "~" + std::to_string(suffix);
    }
    seen_ids_.insert(std::upper_bound(seen_ids_.begin(), seen_ids_.end(), id), id);
    article.id = std::move(id);
    articles_.push_back(std::move(article));
    annotations_.push_back(std::move(outcome.result->annotations));
  }
}

size_t Analyzer::document_count() {
  Drain();
  return articles_.size();
}

size_t Analyzer::skipped_count() {
  Drain();
  return skipped_.size();
}

namespace {

// Publication order: dated documents by date, then undated ones; ties keep input order.
std::vector<DocIndex> PublicationOrder(const std::vector<Article>& articles) {
  std::vector<DocIndex> order(articles.size());
  std::iota(order.begin(), order.end(), DocIndex{0});
  std::stable_sort(order.begin(), order.end(), [&](DocIndex a, DocIndex b) {
    const Date& da = articles[a].published;
    const Date& db = articles[b].published;
    if (da.valid() != db.valid()) return da.valid();
    return da < db;
  });
  return order;
}

std::string PassageText(const Article& article, uint32_t block) {
  return block < article.blocks.size() ? article.blocks[block].text : std::string();
}

ReportDocument MakeReportDocument(const Article& article) {
  ReportDocument doc;
  doc.id = article.id;
  doc.source = article.source;
  doc.title = article.title;
  doc.published = article.published.valid() ? article.published.ToIso() : "";
  doc.published_from = article.published.valid() ? DateSourceName(article.published_from) : "none";
  doc.outlet = article.outlet;
  doc.credits = article.credits;
  doc.language = article.language.empty() ? "un" : article.language;
  doc.body = article.Body();
  doc.input_bytes = article.input_bytes;
  return doc;
}

}  // namespace

Report Analyzer::Finish() {
  Drain();
  Report report;
  report.version = CROSSCHECK_VERSION;
  report.skipped = std::move(skipped_);
  const std::vector<DocIndex> order = PublicationOrder(articles_);

  // Reuse and syndication.
  std::unique_ptr<ReuseDetector> reuse = NewReuseDetector(options_.reuse);
  for (DocIndex index : order) reuse->Add(index, articles_[index]);
  SyndicationResult syndication = GroupSyndication(articles_, reuse->VerifiedPairs(articles_), options_.reuse);

  // Stories, online in publication order.
  std::unique_ptr<StoryClusterer> clusterer = NewStoryClusterer(options_.cluster);
  for (DocIndex index : order) clusterer->Add(index, articles_[index], annotations_[index]);
  std::vector<StoryCluster> stories = clusterer->Stories();
  // Biggest stories first; ties by first member, so ids are deterministic.
  std::stable_sort(stories.begin(), stories.end(), [](const StoryCluster& a, const StoryCluster& b) {
    return a.members.size() > b.members.size();
  });

  for (const Article& article : articles_) report.documents.push_back(MakeReportDocument(article));
  for (size_t doc = 0; doc < articles_.size(); ++doc) {
    const bool grouped = doc < syndication.group_of.size() && syndication.group_of[doc] < syndication.groups.size();
    report.documents[doc].syndication_group = grouped ? syndication.groups[syndication.group_of[doc]].id : "";
    if (doc < syndication.duplicate_of.size() && syndication.duplicate_of[doc]) {
      report.documents[doc].duplicate_of = articles_[*syndication.duplicate_of[doc]].id;
    }
  }
  for (const ReusePair& pair : syndication.pairs) {
    for (const PassageMatch& passage : pair.passages) {
      report.documents[pair.a].shared_passages.push_back(
          {articles_[pair.b].id, PassageText(articles_[pair.a], passage.block_a), passage.similarity});
      report.documents[pair.b].shared_passages.push_back(
          {articles_[pair.a].id, PassageText(articles_[pair.b], passage.block_b), passage.similarity});
    }
  }

  CorpusView corpus{articles_, annotations_, &syndication};
  for (size_t story_idx = 0; story_idx < stories.size(); ++story_idx) {
    const std::string story_id = "s" + std::to_string(story_idx + 1);
    for (DocIndex member : stories[story_idx].members) report.documents[member].story = story_id;
    report.stories.push_back(ReconcileStory(corpus, stories[story_idx], story_id));
  }
  return report;
}

}  // namespace crosscheck
