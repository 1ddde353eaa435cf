#include "pipeline/analyzer.h"

#include <malloc.h>
// The XXH3 state on the stack (DocumentFingerprint): no allocation to fail.
#define XXH_STATIC_LINKING_ONLY
#include <xxhash.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <mutex>
#include <numeric>
#include <optional>
#include <thread>
#include <tuple>
#include <unordered_set>
#include <utility>

#include "pipeline/shared_passages.h"
#include "pipeline/terms_ahead.h"
#include "reconcile/reconciler.h"

namespace crosscheck {

DocumentProcessor::DocumentProcessor(CleanOptions clean, DocumentBudget budget)
    : cleaner_(clean), budget_(budget) {}

namespace {

std::string Megabytes(size_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / (1 << 20));
  return text;
}

Status OverTimeBudget(double seconds) {
  char text[128];
  std::snprintf(text, sizeof text, "document exceeds the per-document time budget of %g s; skipped",
                seconds);
  return ResourceExhaustedError(text);
}

template <typename T>
size_t VectorBytes(const std::vector<T>& items) {
  return items.capacity() * sizeof(T);
}

size_t StringBytes(const std::string& text) {
  // Short strings live inside the object (counted by sizeof of their holder).
  return text.capacity() > 15 ? text.capacity() + 1 : 0;
}

}  // namespace

uint64_t DocumentFingerprint(const Document& document) {
  XXH3_state_t state_storage;
  XXH3_state_t* state = &state_storage;
  XXH3_64bits_reset(state);
  // Each field with its length first, so that no two different documents feed the same bytes.
  const auto add = [state](std::string_view field) {
    const uint64_t size = field.size();
    XXH3_64bits_update(state, &size, sizeof size);
    XXH3_64bits_update(state, field.data(), field.size());
  };
  for (const std::string* field :
       {&document.id, &document.content, &document.url, &document.title, &document.published,
        &document.seen, &document.outlet, &document.language}) {
    add(*field);
  }
  add(std::to_string(document.authors.size()));
  for (const std::string& author : document.authors) add(author);
  const char flags[2] = {static_cast<char>(document.format),
                         static_cast<char>(document.record_text)};
  add(std::string_view(flags, sizeof flags));
  return XXH3_64bits_digest(state);
}

StatusOr<DocumentProcessor::Result> DocumentProcessor::Process(const Document& document) const {
  try {
    return ProcessOrThrow(document);
  } catch (const std::exception& error) {
    return InternalError(std::string("analysis failed: ") + error.what());
  }
}

StatusOr<DocumentProcessor::Result> DocumentProcessor::ProcessOrThrow(
    const Document& document) const {
  const auto start = std::chrono::steady_clock::now();
  const auto deadline =
      budget_.seconds > 0 ? start + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                        std::chrono::duration<double>(budget_.seconds))
                          : std::chrono::steady_clock::time_point::max();
  StatusOr<Article> article = cleaner_.Clean(document);
  if (!article.ok()) return article.status();
  if (std::chrono::steady_clock::now() > deadline) return OverTimeBudget(budget_.seconds);
  Result result;
  result.article = std::move(article).value();
  result.body = result.article.Body();
  if (result.body.empty()) return EmptyError("no main text could be extracted");
  if (!annotators_.RunUntil(result.article, result.body, deadline, result.annotations)) {
    return OverTimeBudget(budget_.seconds);
  }
  if (budget_.kept_bytes > 0) {
    const size_t kept = KeptBytes(result);
    if (kept > budget_.kept_bytes) {
      return ResourceExhaustedError(
          "document would keep " + Megabytes(kept) +
          " of text and mentions, over the per-document memory budget of " +
          Megabytes(budget_.kept_bytes) + "; skipped");
    }
  }
  return result;
}

size_t DocumentProcessor::KeptBytes(const Result& result) {
  return sizeof(Result) - sizeof(Article) - sizeof(Annotations) + StringBytes(result.body) +
         KeptBytes(result.article, result.annotations);
}

size_t DocumentProcessor::KeptBytes(const Article& article, const Annotations& annotations) {
  size_t bytes = sizeof(Article) + sizeof(Annotations);
  for (const std::string* text : {&article.id, &article.source, &article.title, &article.outlet,
                                  &article.url, &article.byline, &article.language}) {
    bytes += StringBytes(*text);
  }
  bytes += VectorBytes(article.authors);
  for (const std::string& author : article.authors) bytes += StringBytes(author);
  bytes += VectorBytes(article.credits);
  for (const std::string& credit : article.credits) bytes += StringBytes(credit);
  for (const std::vector<Block>* blocks : {&article.blocks, &article.captions}) {
    bytes += VectorBytes(*blocks);
    for (const Block& block : *blocks) bytes += StringBytes(block.text);
  }
  bytes += VectorBytes(annotations.entities);
  for (const EntityMention& e : annotations.entities)
    bytes += StringBytes(e.text) + StringBytes(e.canonical);
  bytes += VectorBytes(annotations.quotes);
  for (const QuoteMention& q : annotations.quotes) {
    bytes += StringBytes(q.text) + StringBytes(q.speaker_text) + StringBytes(q.speaker_name) +
             StringBytes(q.cue_text);
  }
  bytes += VectorBytes(annotations.quantities);
  for (const QuantityMention& q : annotations.quantities) {
    bytes += StringBytes(q.text) + StringBytes(q.unit) + StringBytes(q.counts);
  }
  bytes += VectorBytes(annotations.times);
  for (const TimeMention& t : annotations.times)
    bytes += StringBytes(t.text) + StringBytes(t.value);
  bytes += VectorBytes(annotations.sentences);
  return bytes;
}

namespace {

// Documents waiting for a worker: enough to keep the workers busy.
constexpr size_t kMaxQueued = 64;
// Inputs in work or finished but not yet collected (one slow document holds back the ones
// after it): bounds the memory of the reorder buffer.
constexpr size_t kMaxPending = 256;

// The report tells who said what: acts toward a content ("signed the bill", "offered 335
// horsepower": QuoteMention::act) stay in `annotate`'s output and out of everything the
// report is made from.
void DropActs(Annotations& annotations) {
  std::erase_if(annotations.quotes, [](const QuoteMention& q) { return q.act; });
}

}  // namespace

Analyzer::Analyzer(AnalyzeOptions options)
    : options_(options),
      processor_(options.clean, options.budget),
      shelf_(std::make_unique<DocumentShelf>(options.shelf)) {
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
  changed_.notify_all();
  for (std::thread& worker : workers_) worker.join();
}

void Analyzer::StoreLocked(size_t sequence, Outcome outcome) {
  const size_t slot = sequence - collected_;
  if (slot >= pending_.size()) pending_.resize(slot + 1);
  pending_[slot] = std::move(outcome);
}

void Analyzer::WorkerLoop() {
  std::unique_lock lock(mutex_);
  while (true) {
    changed_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping and nothing left
    auto [sequence, document] = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    changed_.notify_all();  // room in the queue
    Outcome outcome;
    StatusOr<DocumentProcessor::Result> result = processor_.Process(document);
    outcome.input = document.InputName();
    if (result.ok()) {
      outcome.fingerprint = DocumentFingerprint(document);
      outcome.result = std::move(result).value();
      outcome.result->body = std::string();  // the report rebuilds it; not kept twice
      DropActs(outcome.result->annotations);
    } else {
      outcome.skipped_status = result.status();
    }
    document = Document();
    lock.lock();
    StoreLocked(sequence, std::move(outcome));
    changed_.notify_all();
  }
}

void Analyzer::OnError(std::string_view input, const Status& status) {
  Outcome outcome;
  outcome.input = std::string(input);
  outcome.skipped_status = status;
  {
    std::lock_guard lock(mutex_);
    StoreLocked(next_sequence_++, std::move(outcome));
  }
  Collect();
}

void Analyzer::OnDocument(Document&& document) {
  if (workers_.empty()) {
    StatusOr<DocumentProcessor::Result> result = processor_.Process(document);
    if (!result.ok()) {
      OnError(document.InputName(), result.status());
      return;
    }
    Outcome outcome;
    outcome.result = std::move(result).value();
    outcome.result->body = std::string();
    DropActs(outcome.result->annotations);
    outcome.input = document.InputName();
    outcome.fingerprint = DocumentFingerprint(document);
    {
      std::lock_guard lock(mutex_);
      StoreLocked(next_sequence_++, std::move(outcome));
    }
    Collect();
    return;
  }
  CollectUntil(kMaxPending - 1);
  {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return queue_.size() < kMaxQueued; });
    const size_t sequence = next_sequence_++;
    // Reserve the slot (empty = in work), so Collect() waits for it in order.
    if (sequence - collected_ >= pending_.size()) pending_.resize(sequence - collected_ + 1);
    queue_.emplace_back(sequence, std::move(document));
  }
  changed_.notify_all();
}

void Analyzer::CollectUntil(size_t max_pending) {
  while (true) {
    Collect();
    std::unique_lock lock(mutex_);
    if (next_sequence_ - collected_ <= max_pending) return;
    // Wait for the head of the line to finish; Collect() then moves it out.
    changed_.wait(lock, [this] { return !pending_.empty() && pending_.front().has_value(); });
  }
}

void Analyzer::Collect() {
  std::vector<Outcome> ready;
  {
    std::lock_guard lock(mutex_);
    while (!pending_.empty() && pending_.front().has_value()) {
      ready.push_back(std::move(*pending_.front()));
      pending_.pop_front();
      ++collected_;
    }
  }
  for (Outcome& outcome : ready) Keep(std::move(outcome));
}

namespace {

// A story's id from its content, not from run order: "s" and 10 hex digits of the XXH64 of
// the id of its founding document, the earliest by publication date (undated ones last, ties
// by id). Adding documents keeps the id unless an earlier-dated report joins the story; the
// same inputs always give the same ids. `used` makes ids unique ("-2" on a hash collision).
std::string StableStoryId(std::span<const DocumentCard> articles, const StoryCluster& story,
                          std::unordered_set<std::string>& used) {
  const DocumentCard* founder = nullptr;
  for (DocIndex member : story.members) {
    if (member >= articles.size()) continue;
    const DocumentCard& candidate = articles[member];
    if (founder == nullptr) {
      founder = &candidate;
      continue;
    }
    const auto key = [](const DocumentCard& a) {
      return std::make_tuple(!a.published.valid(), a.published, std::string_view(a.id));
    };
    if (key(candidate) < key(*founder)) founder = &candidate;
  }
  const std::string_view seed = founder != nullptr ? std::string_view(founder->id) : "";
  constexpr uint64_t kIdBits = 40;
  const uint64_t hash = XXH64(seed.data(), seed.size(), 0) & ((uint64_t{1} << kIdBits) - 1);
  char hex[16];
  std::snprintf(hex, sizeof(hex), "%010llx", static_cast<unsigned long long>(hash));
  std::string id = std::string("s") + hex;
  for (int suffix = 2; !used.insert(id).second; ++suffix) {
    id = std::string("s") + hex + "-" + std::to_string(suffix);
  }
  return id;
}

// Kept until Finish: no vector keeps the spare room its growth left (a short document's
// vectors hold one to three items, and doubling leaves up to half of them empty).
void ShrinkToFit(Article& article, Annotations& annotations) {
  article.blocks.shrink_to_fit();
  article.captions.shrink_to_fit();
  article.credits.shrink_to_fit();
  annotations.entities.shrink_to_fit();
  annotations.quotes.shrink_to_fit();
  annotations.quantities.shrink_to_fit();
  annotations.times.shrink_to_fit();
  annotations.sentences.shrink_to_fit();
}

}  // namespace

void Analyzer::Keep(Outcome outcome) {
  if (!outcome.result) {
    if (on_skip_) on_skip_(outcome.input, outcome.skipped_status);
    skipped_.push_back({std::move(outcome.input), outcome.skipped_status.ToString()});
    return;
  }
  Article& article = outcome.result->article;
  if (on_note_) {
    for (const std::string& note : article.notes) on_note_(outcome.input, note);
  }
  // Ids must be unique in the report: a repeated id gets "~2", "~3", ...
  const std::string base = article.id.empty() ? "doc" : article.id;
  std::string id = base;
  if (used_ids_.count(id)) {
    int& suffix = next_suffix_.try_emplace(base, 2).first->second;
    do {
      id = base + "~" + std::to_string(suffix++);
    } while (used_ids_.count(id));
  }
  used_ids_.insert(id);
  article.id = std::move(id);
  if (on_keep_) {
    on_keep_(outcome.fingerprint, std::move(article), std::move(outcome.result->annotations));
    if (on_progress_) on_progress_(++handed_on_);
    return;
  }
  if (!shelf_error_.ok()) return;  // the run has failed; the rest is read, not kept
  ShrinkToFit(article, outcome.result->annotations);
  const size_t kept = DocumentProcessor::KeptBytes(*outcome.result);
  if (Status shelved = shelf_->Add(std::move(article), std::move(outcome.result->annotations), kept);
      !shelved.ok()) {
    // The run cannot keep its documents (the spill file cannot be written): it fails.
    if (shelf_error_.ok()) shelf_error_ = shelved;
    return;
  }
  if (on_progress_) on_progress_(shelf_->size());
}

void Analyzer::ReserveIds(const std::vector<std::string>& ids) {
  used_ids_.insert(ids.begin(), ids.end());
}

size_t Analyzer::document_count() {
  CollectUntil(0);
  return shelf_->size();
}

Status Analyzer::status() {
  CollectUntil(0);
  return shelf_error_;
}

size_t Analyzer::skipped_count() {
  CollectUntil(0);
  return skipped_.size();
}

namespace {

// Publication order: dated documents by date, then undated ones; ties keep input order.
std::vector<DocIndex> PublicationOrder(std::span<const DocumentCard> articles) {
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

// Other documents whose shared passages one document lists (report.h, shared_passages).
constexpr size_t kMaxSharedPassagePartners = 3;

std::string PassageText(const Article& article, uint32_t block) {
  return block < article.blocks.size() ? article.blocks[block].text : std::string();
}

// The article's last use: its fields move into the report entry, and its blocks are freed.
void MoveIntoReportDocument(Article&& article, ReportDocument& doc) {
  doc.source = std::move(article.source);
  doc.title = std::move(article.title);
  doc.published = article.published.valid() ? article.published.ToIso() : "";
  doc.published_from = article.published.valid() ? DateSourceName(article.published_from) : "none";
  doc.outlet = std::move(article.outlet);
  doc.url = std::move(article.url);
  doc.authors = std::move(article.authors);
  doc.credits = std::move(article.credits);
  doc.language = article.language.empty() ? "un" : std::move(article.language);
  doc.body = article.Body();
  doc.input_bytes = article.input_bytes;
  article = Article();
}

// Hands the pages of freed memory back to the OS (glibc keeps them otherwise). Worth it at
// the points where a stage's state has just been freed and the report is about to grow: the
// workers' arenas hold the freed cleaning temporaries, and memory freed by one thread's
// arena is never reused by another's. Peak RSS on BBC 2,225: 153 -> 82 MB; 10,000 small
// files 122 -> 88 MB.
void ReleaseFreedMemory() { malloc_trim(0); }

// With CROSSCHECK_TRACE_STAGES set, one line on stderr per stage boundary: the wall time since
// the previous line, the heap in use (mallinfo2, allocator slack included) and the resident
// set, for docs/ARCHITECTURE.md "Memory per document" and the time per stage of the
// benchmarks. Off by default; costs nothing then.
// Threads for work spread over the cores: AnalyzeOptions::threads, 0 = one per core.
unsigned WorkerThreads(unsigned configured) {
  const unsigned threads = configured == 0 ? std::thread::hardware_concurrency() : configured;
  return threads == 0 ? 1 : threads;
}

const std::chrono::steady_clock::time_point process_start = std::chrono::steady_clock::now();

void TraceStage(const char* stage, size_t documents) {
  static const bool enabled = std::getenv("CROSSCHECK_TRACE_STAGES") != nullptr;
  if (!enabled) return;
  // Reuse and stories may run side by side: one line at a time.
  static std::mutex trace_mutex;
  std::lock_guard lock(trace_mutex);
  // The first line counts from the start of the process: the reading.
  static std::chrono::steady_clock::time_point previous = process_start;
  const auto now = std::chrono::steady_clock::now();
  const double seconds = std::chrono::duration<double>(now - previous).count();
  previous = now;
  const struct mallinfo2 info = mallinfo2();
  long rss_pages = 0;
  if (std::FILE* statm = std::fopen("/proc/self/statm", "r")) {
    long size = 0;
    if (std::fscanf(statm, "%ld %ld", &size, &rss_pages) != 2) rss_pages = 0;
    std::fclose(statm);
  }
  const double heap_mb = static_cast<double>(info.uordblks + info.hblkhd) / (1 << 20);
  const double rss_mb = static_cast<double>(rss_pages) * 4096 / (1 << 20);
  std::fprintf(stderr, "stage %-28s %8.2f s  heap %8.1f MiB  rss %8.1f MiB  (%zu documents)\n",
               stage, seconds, heap_mb, rss_mb, documents);
}

}  // namespace

Report Analyzer::Finish() {
  CollectReport collect;
  (void)FinishInto(collect);
  return collect.Take();
}

Status Analyzer::FinishInto(ReportSink& sink) {
  CollectUntil(0);
  if (!shelf_error_.ok()) return shelf_error_;
  TraceStage("read, ids still held", shelf_->size());
  // The run is over: no id needs checking any more (a million of them is ~100 MB).
  std::unordered_set<std::string>().swap(used_ids_);
  std::unordered_map<std::string, int>().swap(next_suffix_);
  ReleaseFreedMemory();
  std::unique_ptr<DocumentShelf> shelf =
      std::exchange(shelf_, std::make_unique<DocumentShelf>(options_.shelf));
  return StreamReport(*shelf, std::exchange(skipped_, {}), options_, sink);
}

Report BuildReport(std::vector<Article> articles, std::vector<Annotations> annotations,
                   std::vector<ReportSkipped> skipped, const AnalyzeOptions& options) {
  DocumentShelf shelf(std::move(articles), std::move(annotations));
  CollectReport collect;
  (void)StreamReport(shelf, std::move(skipped), options, collect);  // in memory: cannot fail
  return collect.Take();
}

Status StreamReport(DocumentShelf& shelf, std::vector<ReportSkipped> skipped,
                    const AnalyzeOptions& options, ReportSink& sink) {
  const std::vector<DocumentCard>& cards = shelf.cards();
  const std::vector<DocIndex> order = PublicationOrder(cards);
  const size_t n = cards.size();
  const ArticleLookup texts = shelf.Lookup();
  TraceStage("documents read", n);

  // Reuse and syndication. Each stage's state is freed as soon as its result is taken.
  SyndicationResult syndication;
  const auto find_reuse = [&] {
    std::unique_ptr<ReuseDetector> reuse = NewReuseDetector(options.reuse);
    for (DocIndex index : order) {
      if (const ArticleHandle article = texts(index)) reuse->Add(index, *article);
    }
    TraceStage("reuse sketches", n);
    syndication = GroupSyndication(cards, texts, reuse->VerifiedPairs(texts, n), options.reuse);
    TraceStage("reuse pairs, syndication", n);
  };
  // Stories, online in publication order, and topics one level up.
  std::vector<StoryCluster> stories;
  std::vector<uint32_t> topic_of;
  const unsigned threads = WorkerThreads(options.threads);
  const auto find_stories = [&] {
    std::unique_ptr<StoryClusterer> clusterer = NewStoryClusterer(options.cluster);
    TopicGrouper topic_grouper(options.topics);
    // Each document's words are read once for both sketches, ahead of them on the other
    // cores (pipeline/terms_ahead.h); the sketches themselves take documents in order here.
    TermsAhead terms(order, shelf, threads > 1 ? threads - 1 : 0);
    for (DocIndex index : order) {
      if (const DocumentTerms* read = terms.Next()) {
        clusterer->AddTerms(index, *read);
        topic_grouper.AddTerms(index, *read);
      }
    }
    TraceStage("stories, topic sketches", n);
    stories = clusterer->Stories();
    clusterer.reset();
    // Biggest stories first; ties by first member, so ids are deterministic.
    std::stable_sort(stories.begin(), stories.end(),
                     [](const StoryCluster& a, const StoryCluster& b) {
                       return a.members.size() > b.members.size();
                     });
    // Numbered in order of their biggest story.
    topic_of = topic_grouper.Group(stories);
  };
  // The two need nothing of each other. With several cores and every document in memory, reuse
  // runs on a thread of its own beside the stories (on BBC the corpus stages' wall time falls
  // by the reuse stage's); once the shelf has spilled, one after the other, so that the reuse
  // pairs (the biggest corpus state at a million documents) are set aside before the story
  // and topic sketches grow. The same result either way: each is deterministic on its own.
  const bool side_by_side = threads > 1 && !shelf.spilled();
  if (side_by_side) {
    std::exception_ptr reuse_failure;
    std::thread reuse_thread([&] {
      try {
        find_reuse();
      } catch (...) {
        reuse_failure = std::current_exception();
      }
    });
    std::exception_ptr stories_failure;
    try {
      find_stories();
    } catch (...) {
      stories_failure = std::current_exception();
    }
    reuse_thread.join();
    if (reuse_failure) std::rethrow_exception(reuse_failure);
    if (stories_failure) std::rethrow_exception(stories_failure);
  } else {
    find_reuse();
  }
  // The pairs are next read for each document's shared passages, at the very end: regrouped
  // by document into a spill arena, they leave memory for the stages in between.
  const SharedPassages shared(syndication.pairs, n);
  std::vector<ReusePair>().swap(syndication.pairs);
  ReleaseFreedMemory();
  TraceStage("shared passages set aside", n);
  if (!side_by_side) find_stories();
  ReleaseFreedMemory();

  // Story ids (from their founding documents), each document's story, each topic's stories.
  std::vector<std::string> story_ids;
  story_ids.reserve(stories.size());
  std::vector<uint32_t> story_of(n, UINT32_MAX);
  {
    std::unordered_set<std::string> used;
    for (size_t story_idx = 0; story_idx < stories.size(); ++story_idx) {
      story_ids.push_back(StableStoryId(cards, stories[story_idx], used));
      for (DocIndex member : stories[story_idx].members) {
        if (member < n) story_of[member] = static_cast<uint32_t>(story_idx);
      }
    }
  }
  std::vector<std::vector<uint32_t>> topic_stories;
  for (size_t story_idx = 0; story_idx < stories.size(); ++story_idx) {
    if (topic_of[story_idx] >= topic_stories.size()) topic_stories.resize(topic_of[story_idx] + 1);
    topic_stories[topic_of[story_idx]].push_back(static_cast<uint32_t>(story_idx));
  }

  TraceStage("stories and topics grouped", n);
  if (Status begun = sink.Begin(CROSSCHECK_VERSION); !begun.ok()) return begun;
  // Stories, a batch at a time: reconciled on every core (a story is a pure function of its
  // own documents), handed on in order, and let go with the documents read for them.
  const auto reconcile = [&](size_t story_idx) {
    std::vector<DocumentShelf::Entry> entries;
    std::vector<StoryMember> members;
    entries.reserve(stories[story_idx].members.size());
    for (DocIndex member : stories[story_idx].members) {
      if (member >= n) continue;
      entries.push_back(shelf.Get(member));
      if (entries.back().article == nullptr) continue;
      members.push_back({member, entries.back().article, entries.back().annotations});
    }
    ReportStory story = ReconcileStory(members, &syndication, n, story_ids[story_idx]);
    story.topic = "t" + std::to_string(topic_of[story_idx] + 1);
    // The biggest few: a topic of hundreds of stories would otherwise repeat its whole list
    // in every story (quadratic output); the topic id names them all.
    constexpr size_t kMaxRelated = 12;
    for (uint32_t other : topic_stories[topic_of[story_idx]]) {
      if (story.related.size() == kMaxRelated) break;
      if (other != story_idx) story.related.push_back(story_ids[other]);
    }
    return story;
  };
  // One story at a time on this thread, or, with several cores, a pool of `threads` workers
  // kept for the whole stage (their per-thread caches of stems and word readings stay warm)
  // reconciling the next stories while this thread hands the finished ones to the sink in
  // order. At most `window` stories are in work or waiting to be written, so memory stays
  // that of a few stories whatever their number, and one big story holds up only the writing
  // of those after it, not the workers.
  if (threads == 1) {
    for (size_t story_idx = 0; story_idx < stories.size(); ++story_idx) {
      ReportStory story = reconcile(story_idx);
      std::vector<DocIndex>().swap(stories[story_idx].members);
      if (Status written = sink.Story(std::move(story)); !written.ok()) return written;
    }
  } else {
    const size_t window = size_t{16} * threads;
    std::vector<std::optional<ReportStory>> ready(window);  // story i waits in slot i % window
    std::mutex mutex;
    std::condition_variable changed;
    size_t next = 0;         // the next story a worker takes
    size_t handed_over = 0;  // stories given to the sink (their slots are free)
    bool stop = false;       // the sink failed, or a worker threw
    std::exception_ptr failure;
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
      pool.emplace_back([&] {
        while (true) {
          size_t story_idx = 0;
          {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] {
              return stop || next >= stories.size() || next < handed_over + window;
            });
            if (stop || next >= stories.size()) return;
            story_idx = next++;
          }
          std::optional<ReportStory> story;
          try {
            story = reconcile(story_idx);
          } catch (...) {
            std::lock_guard lock(mutex);
            if (!failure) failure = std::current_exception();
            stop = true;
            changed.notify_all();
            return;
          }
          std::lock_guard lock(mutex);
          ready[story_idx % window] = std::move(story);
          changed.notify_all();
        }
      });
    }
    Status written = Status::Ok();
    for (size_t story_idx = 0; story_idx < stories.size() && written.ok(); ++story_idx) {
      std::optional<ReportStory> story;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return stop || ready[story_idx % window].has_value(); });
        if (!ready[story_idx % window].has_value()) break;  // a worker threw
        story = std::exchange(ready[story_idx % window], std::nullopt);
      }
      std::vector<DocIndex>().swap(stories[story_idx].members);
      written = sink.Story(std::move(*story));
      std::lock_guard lock(mutex);
      ++handed_over;
      if (!written.ok()) stop = true;
      changed.notify_all();
    }
    {
      std::lock_guard lock(mutex);
      stop = true;
      changed.notify_all();
    }
    for (std::thread& worker : pool) worker.join();
    if (failure) std::rethrow_exception(failure);
    if (!written.ok()) return written;
  }
  std::vector<StoryCluster>().swap(stories);
  std::vector<std::vector<uint32_t>>().swap(topic_stories);

  TraceStage("stories written", n);
  // Documents, one at a time, in input order: each one's last use.
  std::vector<SharedPassages::Entry> own;
  for (size_t doc = 0; doc < n; ++doc) {
    ReportDocument entry;
    entry.id = cards[doc].id;
    if (doc < syndication.group_of.size() && syndication.group_of[doc] < syndication.groups.size()) {
      entry.syndication_group = syndication.groups[syndication.group_of[doc]].id;
    }
    if (doc < syndication.duplicate_of.size() && syndication.duplicate_of[doc]) {
      entry.duplicate_of = cards[*syndication.duplicate_of[doc]].id;
    }
    if (story_of[doc] < story_ids.size()) entry.story = story_ids[story_of[doc]];
    Article article;
    Annotations annotations;
    if (!shelf.Take(static_cast<DocIndex>(doc), &article, &annotations)) break;
    // Shared passages with at most kMaxSharedPassagePartners (3) other documents, the most
    // similar first (ties by id): a wire story reprinted by 500 outlets would otherwise list
    // 499 partners in each of its 500 copies, a report quadratic in the group. The rest are
    // counted.
    if (!shared.Of(static_cast<DocIndex>(doc), &own)) {
      return IoError("could not read back the shared passages from their temporary file (in $TMPDIR)");
    }
    // A pair's passages are consecutive entries; its best similarity ranks the partner.
    std::vector<std::pair<double, DocIndex>> partners;
    for (size_t i = 0; i < own.size(); ++i) {
      if (i == 0 || own[i].other != own[i - 1].other) {
        partners.emplace_back(own[i].similarity, own[i].other);
      } else {
        partners.back().first = std::max(partners.back().first, own[i].similarity);
      }
    }
    if (partners.size() > kMaxSharedPassagePartners) {
      std::sort(partners.begin(), partners.end(), [&cards](const auto& x, const auto& y) {
        if (x.first != y.first) return x.first > y.first;
        return cards[x.second].id < cards[y.second].id;
      });
      entry.shared_passages_omitted = partners.size() - kMaxSharedPassagePartners;
      partners.resize(kMaxSharedPassagePartners);
    }
    for (const SharedPassages::Entry& passage : own) {
      if (std::none_of(partners.begin(), partners.end(), [&passage](const auto& partner) {
            return partner.second == passage.other;
          })) {
        continue;
      }
      entry.shared_passages.push_back(
          {cards[passage.other].id, PassageText(article, passage.block), passage.similarity});
    }
    annotations = Annotations();
    MoveIntoReportDocument(std::move(article), entry);
    if (Status written = sink.Document(std::move(entry)); !written.ok()) return written;
  }
  if (Status read = shelf.error(); !read.ok()) return read;
  TraceStage("documents written", n);
  return sink.End(std::move(skipped));
}

}  // namespace crosscheck
