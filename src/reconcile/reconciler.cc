// ReconcileStory: builds the story view (bodies and sentences computed once per document),
// then assembles the report story from the parts in story_parts.h. Also here: the story's
// metadata (title, publication range, documents, independent sources) and the timeline.
#include "reconcile/reconciler.h"

#include <algorithm>
#include <unordered_map>
#include <string>

#include "annotate/sentences.h"
#include "reconcile/story_parts.h"

namespace crosscheck {
namespace reconcile {
namespace {

constexpr size_t kMinTimelineWords = 5;
constexpr double kSameEventOverlap = 0.8;
constexpr size_t kMaxSameDateCompared = 64;  // newest entries of a date compared with a new one

bool IsFullDate(const std::string& value) {
  return value.size() == 10 && value[4] == '-' && value[7] == '-' &&
         value.find('X') == std::string::npos;
}

}  // namespace

std::vector<ReportTimelineEntry> BuildTimeline(const StoryView& story) {
  struct Event {
    ReportTimelineEntry entry;
    std::vector<std::string> words;
    size_t order = 0;
  };
  std::vector<Event> events;
  std::unordered_map<std::string, std::vector<size_t>> by_date;  // date -> events
  for (const StoryDocument& doc : story.documents) {
    for (const TimeMention& t : doc.annotations->times) {
      if (t.type != TimeType::kDate || !IsFullDate(t.value) || t.sentence.empty()) continue;
      std::string text = doc.body.substr(t.sentence.begin, t.sentence.size());
      std::vector<std::string> words = NormalizedWords(text);
      if (words.size() < kMinTimelineWords) continue;  // datelines, bylines
      // The same happening told again: among the newest entries of its date only.
      Event* same = nullptr;
      std::vector<size_t>& dated = by_date[t.value];
      for (size_t k = dated.size() > kMaxSameDateCompared ? dated.size() - kMaxSameDateCompared : 0;
           k < dated.size(); ++k) {
        Event& e = events[dated[k]];
        if (OverlapCoefficient(e.words, words) >= kSameEventOverlap) {
          same = &e;
          break;
        }
      }
      if (!same) {
        Event e;
        e.entry.date = t.value;
        e.entry.text = std::move(text);
        e.entry.kind = "happening";
        e.words = std::move(words);
        e.order = events.size();
        dated.push_back(events.size());
        events.push_back(std::move(e));
        same = &events.back();
      }
      AddUnique(same->entry.documents, doc.article->id);
    }
  }
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    return a.entry.date != b.entry.date ? a.entry.date < b.entry.date : a.order < b.order;
  });
  std::vector<ReportTimelineEntry> timeline;
  for (Event& e : events) timeline.push_back(std::move(e.entry));
  return timeline;
}

}  // namespace reconcile

ReportStory ReconcileStory(const CorpusView& corpus, const StoryCluster& story,
                           const std::string& story_id) {
  using reconcile::StoryDocument;
  reconcile::StoryView view;
  for (DocIndex index : story.members) {
    if (index >= corpus.articles.size() || index >= corpus.annotations.size()) continue;
    StoryDocument doc;
    doc.article = &corpus.articles[index];
    doc.annotations = &corpus.annotations[index];
    doc.body = doc.article->Body();
    doc.sentences = SplitSentences(doc.body);
    reconcile::IndexSentenceSpeakers(doc);
    doc.published = doc.article->published.valid() ? doc.article->published.ToIso() : "";
    doc.group = index;  // own group unless syndication says otherwise
    if (corpus.syndication && index < corpus.syndication->group_of.size() &&
        corpus.syndication->group_of[index] < corpus.syndication->groups.size()) {
      doc.group =
          corpus.syndication->group_of[index] + static_cast<uint32_t>(corpus.articles.size());
    }
    doc.group_id = doc.group >= corpus.articles.size()
                       ? corpus.syndication->groups[doc.group - corpus.articles.size()].id
                       : "g-" + doc.article->id;
    view.documents.push_back(std::move(doc));
  }

  ReportStory out;
  out.id = story_id;
  // Title: the earliest dated document that has one, else the first with one.
  const StoryDocument* titled = nullptr;
  for (const StoryDocument& doc : view.documents) {
    out.documents.push_back(doc.article->id);
    if (!doc.published.empty()) {
      if (out.first_published.empty() || doc.published < out.first_published)
        out.first_published = doc.published;
      if (out.last_published.empty() || doc.published > out.last_published)
        out.last_published = doc.published;
    }
    if (doc.article->title.empty()) continue;
    const auto earlier = [](const StoryDocument& a, const StoryDocument& b) {
      if (a.published.empty() != b.published.empty()) return !a.published.empty();
      return a.published < b.published;
    };
    if (!titled || earlier(doc, *titled)) titled = &doc;
  }
  if (titled) out.title = titled->article->title;

  // Independent sources: one entry per syndication group present, in order of first member.
  std::unordered_map<std::string, size_t> source_of_group;
  for (const StoryDocument& doc : view.documents) {
    const auto [it, added] = source_of_group.emplace(doc.group_id, out.independent_sources.size());
    if (added) {
      std::string origin;
      if (corpus.syndication && doc.group >= corpus.articles.size())
        origin = corpus.syndication->groups[doc.group - corpus.articles.size()].origin.value_or("");
      out.independent_sources.push_back({doc.group_id, origin, {}});
    }
    out.independent_sources[it->second].documents.push_back(doc.article->id);
  }

  const reconcile::StoryEntities entities = reconcile::MergeEntities(view);
  out.quotes = reconcile::GroupQuotes(view, entities);
  out.quantities = reconcile::GroupQuantities(view, entities);
  out.claims = reconcile::BuildClaims(view, entities);
  out.timeline = reconcile::BuildTimeline(view);
  // Each dated happening with the claim whose statement it is.
  std::unordered_map<std::string, const std::string*> claim_of_sentence;
  for (const ReportClaim& claim : out.claims) {
    for (const ReportStatement& s : claim.statements) claim_of_sentence.emplace(s.text, &claim.id);
  }
  for (ReportTimelineEntry& entry : out.timeline) {
    const auto it = claim_of_sentence.find(entry.text);
    if (it != claim_of_sentence.end()) entry.claim = *it->second;
  }
  out.entities = entities.entities;
  return out;
}

}  // namespace crosscheck
