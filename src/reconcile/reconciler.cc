// ReconcileStory: builds the story view (bodies and sentences computed once per document),
// then assembles the report story from the parts in story_parts.h. Also here: the story's
// metadata (title, publication range, documents, independent sources) and the timeline.
#include "reconcile/reconciler.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <string>

#include "annotate/sentences.h"
#include "annotate/tokens.h"
#include "base/date.h"
#include "reconcile/story_parts.h"

namespace crosscheck {
namespace reconcile {
namespace {

constexpr size_t kMinTimelineWords = 5;
constexpr double kSameEventOverlap = 0.8;
constexpr size_t kMaxSameDateCompared = 64;  // newest entries of a date compared with a new one
constexpr int64_t kMaxYearlessDistanceDays = 183;  // a year-less date nearer the story than this
constexpr uint32_t kMaxRangeGapBytes = 24;          // "the 8th to the 13th": words between dates

bool IsFullDate(const std::string& value) {
  return value.size() == 10 && value[4] == '-' && value[7] == '-' &&
         value.find('X') == std::string::npos;
}

// "XXXX-10-28" with the year that puts it nearest the story's publication span [first, last]
// (ISO days), when that is within kMaxYearlessDistanceDays of it; else the value unchanged.
std::string YearFromStory(const std::string& value, const std::string& first, const std::string& last) {
  if (value.size() != 10 || value.compare(0, 5, "XXXX-") != 0) return value;
  // Month and day read in a leap year, so that 29 February is one.
  const std::optional<Date> day = ParseIsoDate("2000" + value.substr(4));
  const std::optional<Date> from = ParseIsoDate(first), to = ParseIsoDate(last);
  if (!day || !from || !to) return value;
  const int64_t from_days = DaysFromCivil(from->year, from->month, from->day);
  const int64_t to_days = DaysFromCivil(to->year, to->month, to->day);
  std::string best = value;
  int64_t best_distance = kMaxYearlessDistanceDays + 1;
  for (int year = from->year - 1; year <= to->year + 1; ++year) {
    const Date candidate{year, day->month, day->day};
    const int64_t at = DaysFromCivil(candidate.year, candidate.month, candidate.day);
    const int64_t distance = at < from_days ? from_days - at : at > to_days ? at - to_days : 0;
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate.ToIso();
    }
  }
  return best;
}

// Whether the words between two dates of a sentence make them a range: "to", "until",
// "through", "and" (after "between"), a dash.
bool IsRangeBetween(std::string_view body, uint32_t from, uint32_t to) {
  if (to <= from || to - from > kMaxRangeGapBytes) return false;
  std::string gap = LowerAscii(body.substr(from, to - from));
  for (const char* word : {" to ", " until ", " till ", " through ", " and "}) {
    if (gap.find(word) != std::string::npos) return true;
  }
  return gap.find('-') != std::string::npos || gap.find("\xE2\x80\x93") != std::string::npos;
}

}  // namespace

std::vector<ReportTimelineEntry> BuildTimeline(const StoryView& story) {
  struct Event {
    ReportTimelineEntry entry;
    std::vector<std::string> words;
    size_t order = 0;
  };
  // The story's span of publication dates, for the year of a date an undated document gives
  // without one ("on 28 October").
  std::string first, last;
  for (const StoryDocument& doc : story.documents) {
    if (doc.published.size() < 10) continue;
    if (first.empty() || doc.published < first) first = doc.published;
    if (last.empty() || doc.published > last) last = doc.published;
  }
  std::vector<Event> events;
  std::unordered_map<std::string, std::vector<size_t>> by_date;  // date -> events
  for (const StoryDocument& doc : story.documents) {
    size_t previous = events.size() + 1;  // index of this document's last event ("from X to Y")
    uint32_t previous_end = 0;
    for (const TimeMention& t : doc.annotations->times) {
      if (t.type != TimeType::kDate || t.sentence.empty()) continue;
      std::string date = t.value;
      if (!IsFullDate(date) && doc.published.empty()) date = YearFromStory(date, first, last);
      if (!IsFullDate(date)) continue;
      // "from the 8th to the 13th": the second date ends the entry the first began.
      if (previous < events.size()) {
        ReportTimelineEntry& entry = events[previous].entry;
        if (entry.end.empty() && entry.date < date && IsRangeBetween(doc.body, previous_end, t.span.begin) &&
            doc.body.compare(t.sentence.begin, t.sentence.size(), entry.text) == 0) {
          entry.end = date;
          previous = events.size() + 1;
          continue;
        }
      }
      std::string text = doc.body.substr(t.sentence.begin, t.sentence.size());
      std::vector<std::string> words = NormalizedWords(text);
      if (words.size() < kMinTimelineWords) continue;  // datelines, bylines
      words = SortedDistinct(std::move(words));  // a set: compared against other entries
      // The same happening told again: among the newest entries of its date only.
      Event* same = nullptr;
      std::vector<size_t>& dated = by_date[date];
      for (size_t k = dated.size() > kMaxSameDateCompared ? dated.size() - kMaxSameDateCompared : 0;
           k < dated.size(); ++k) {
        Event& e = events[dated[k]];
        if (SortedSetsOverlapReaches(e.words, words, kSameEventOverlap)) {
          same = &e;
          break;
        }
      }
      if (!same) {
        Event e;
        e.entry.date = date;
        e.entry.text = std::move(text);
        e.entry.kind = "happening";
        e.words = std::move(words);
        e.order = events.size();
        dated.push_back(events.size());
        events.push_back(std::move(e));
        same = &events.back();
      }
      AddStoryDocument(same->entry.documents, doc.article->id);
      previous = static_cast<size_t>(same - events.data());
      previous_end = t.span.end;
    }
  }
  // First report per source: each syndication group's earliest dated document.
  std::unordered_map<uint32_t, const StoryDocument*> first_of_group;
  for (const StoryDocument& doc : story.documents) {
    if (doc.published.size() < 10) continue;
    const StoryDocument*& earliest = first_of_group[doc.group];
    if (!earliest || doc.published < earliest->published) earliest = &doc;
  }
  for (const StoryDocument& doc : story.documents) {
    const auto it = first_of_group.find(doc.group);
    if (it == first_of_group.end() || it->second != &doc) continue;
    Event e;
    e.entry.date = doc.published.substr(0, 10);
    const std::string& source = !doc.article->outlet.empty() ? doc.article->outlet
                                : !doc.origin.empty()         ? doc.origin
                                                              : doc.group_id;
    e.entry.text = source + ": " + (doc.article->title.empty() ? doc.article->id : doc.article->title);
    e.entry.kind = "publication";
    e.entry.documents.push_back(doc.article->id);
    e.order = events.size();
    events.push_back(std::move(e));
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
  std::vector<StoryMember> members;
  members.reserve(story.members.size());
  for (DocIndex index : story.members) {
    if (index >= corpus.articles.size() || index >= corpus.annotations.size()) continue;
    members.push_back({index, &corpus.articles[index], &corpus.annotations[index]});
  }
  return ReconcileStory(members, corpus.syndication, corpus.articles.size(), story_id);
}

ReportStory ReconcileStory(std::span<const StoryMember> members,
                           const SyndicationResult* syndication, size_t document_count,
                           const std::string& story_id) {
  using reconcile::StoryDocument;
  reconcile::StoryView view;
  for (const StoryMember& member : members) {
    const DocIndex index = member.index;
    StoryDocument doc;
    doc.article = member.article;
    doc.annotations = member.annotations;
    doc.body = doc.article->Body();
    // The sentences the annotators read, when they came with the annotations and fit this
    // body; else the body is split here (annotations made elsewhere).
    const std::vector<Span>& read = doc.annotations->sentences;
    doc.sentences = !read.empty() && read.back().end <= doc.body.size() ? read
                                                                          : SplitSentences(doc.body);
    reconcile::IndexSentenceSpeakers(doc);
    doc.published = doc.article->published.valid() ? doc.article->published.ToIso() : "";
    doc.group = index;  // own group unless syndication says otherwise
    if (syndication && index < syndication->group_of.size() &&
        syndication->group_of[index] < syndication->groups.size()) {
      doc.group = syndication->group_of[index] + static_cast<uint32_t>(document_count);
    }
    if (doc.group >= document_count) {
      const SyndicationGroup& group = syndication->groups[doc.group - document_count];
      doc.group_id = group.id;
      doc.origin = group.origin.value_or("");
    } else {
      doc.group_id = "g-" + doc.article->id;
    }
    view.documents.push_back(std::move(doc));
  }

  ReportStory out;
  out.id = story_id;
  // Title: the earliest dated document whose title reads as a headline; else the opening
  // sentence of the earliest document (page furniture such as "Top Classifieds", "home" or a
  // host name is no story title); else any title.
  const auto earlier = [](const StoryDocument& a, const StoryDocument& b) {
    if (a.published.empty() != b.published.empty()) return !a.published.empty();
    return a.published < b.published;
  };
  const StoryDocument* headlined = nullptr;
  const StoryDocument* titled = nullptr;
  const StoryDocument* earliest = nullptr;
  for (const StoryDocument& doc : view.documents) {
    out.documents.push_back(doc.article->id);
    if (!doc.published.empty()) {
      if (out.first_published.empty() || doc.published < out.first_published)
        out.first_published = doc.published;
      if (out.last_published.empty() || doc.published > out.last_published)
        out.last_published = doc.published;
    }
    if (!earliest || earlier(doc, *earliest)) earliest = &doc;
    if (doc.article->title.empty()) continue;
    if (!titled || earlier(doc, *titled)) titled = &doc;
    if (reconcile::LooksLikeHeadline(doc.article->title, doc.article->outlet) &&
        (!headlined || earlier(doc, *headlined)))
      headlined = &doc;
  }
  if (headlined) out.title = headlined->article->title;
  if (out.title.empty() && earliest) out.title = reconcile::OpeningSentenceTitle(*earliest);
  if (out.title.empty() && titled) out.title = titled->article->title;

  // Independent sources: one entry per syndication group present, in order of first member.
  std::unordered_map<std::string, size_t> source_of_group;
  for (const StoryDocument& doc : view.documents) {
    const auto [it, added] = source_of_group.emplace(doc.group_id, out.independent_sources.size());
    if (added) out.independent_sources.push_back({doc.group_id, doc.origin, {}});
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
