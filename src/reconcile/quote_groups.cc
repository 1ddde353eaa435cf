// Quotes and quantities across a story's documents.
//
// Quotes: the same words said once. Two quotes match when their normalized words overlap by
// at least kSameQuoteOverlap of the shorter one (a shorter excerpt of a longer quote joins
// it); very short quotes (under kMinWordsForOverlap words) must match exactly. The group
// keeps the longest wording, the first named speaker, and every document carrying it.
//
// Quantities: grouped by the stem of the counted noun's head ("soldiers" and "soldier"
// together; "troops" apart), then one entry per distinct value and approximation within a
// group, listing every document that gives it. Groups stay adjacent in the output.
// O(Q^2) in the story's quotes, O(N log N) in its quantities.
#include <algorithm>
#include <map>
#include <string>

#include "reconcile/story_parts.h"

namespace crosscheck::reconcile {
namespace {

constexpr double kSameQuoteOverlap = 0.8;
constexpr size_t kMinWordsForOverlap = 4;

struct QuoteGroup {
  ReportQuote quote;
  std::vector<std::string> words;
  int kind_rank = 0;
};

int KindRank(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kDirect: return 3;
    case QuoteKind::kPartial: return 2;
    case QuoteKind::kIndirect: return 1;
  }
  return 0;
}

bool SameWords(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.size() < kMinWordsForOverlap || b.size() < kMinWordsForOverlap) return a == b;
  return OverlapCoefficient(a, b) >= kSameQuoteOverlap;
}

Span SentenceOf(const StoryDocument& doc, uint32_t pos) {
  for (const Span& s : doc.sentences) {
    if (pos >= s.begin && pos < s.end) return s;
  }
  return {pos, pos};
}

}  // namespace

std::vector<ReportQuote> GroupQuotes(const StoryView& story, const StoryEntities& entities) {
  std::vector<QuoteGroup> groups;
  for (const StoryDocument& doc : story.documents) {
    for (const QuoteMention& q : doc.annotations->quotes) {
      std::vector<std::string> words = NormalizedWords(q.text);
      if (words.empty()) continue;
      QuoteGroup* match = nullptr;
      for (QuoteGroup& g : groups) {
        if (SameWords(g.words, words)) {
          match = &g;
          break;
        }
      }
      if (!match) {
        groups.push_back({});
        match = &groups.back();
      }
      ReportQuote& rq = match->quote;
      AddUnique(rq.documents, doc.article->id);
      const bool longer = words.size() > match->words.size();
      const bool stronger = KindRank(q.kind) > match->kind_rank;
      if (match->words.empty() || (longer && KindRank(q.kind) >= match->kind_rank) || stronger) {
        rq.text = q.text;
        rq.kind = QuoteKindName(q.kind);
        match->words = std::move(words);
        match->kind_rank = KindRank(q.kind);
      }
      if (rq.speaker_name.empty() && !q.speaker_name.empty()) {
        rq.speaker_name = q.speaker_name;
        rq.speaker = entities.IdForName(q.speaker_name);
        const uint32_t anchor = q.cue ? q.cue->begin : q.span.begin;
        rq.said_on = SentenceDate(doc, SentenceOf(doc, anchor));
      }
      if (rq.said_on.empty()) rq.said_on = doc.published;
    }
  }
  std::vector<ReportQuote> quotes;
  for (QuoteGroup& g : groups) quotes.push_back(std::move(g.quote));
  return quotes;
}

std::vector<ReportQuantity> GroupQuantities(const StoryView& story, const StoryEntities& entities) {
  struct Entry {
    ReportQuantity quantity;
    std::string head;
    size_t first_seen = 0;
  };
  std::vector<Entry> entries;
  std::map<std::string, size_t> head_order;  // head stem -> first appearance
  for (const StoryDocument& doc : story.documents) {
    for (const QuantityMention& q : doc.annotations->quantities) {
      if (q.counts.empty() && q.unit.empty()) continue;
      const std::string head = q.counts.empty() ? q.unit : HeadStem(q.counts) + "|" + q.unit;
      head_order.emplace(head, head_order.size());
      const std::string approximation = ApproximationName(q.approximation);
      Entry* match = nullptr;
      for (Entry& e : entries) {
        if (e.head == head && e.quantity.value == q.value && e.quantity.approximation == approximation &&
            e.quantity.upper == q.upper) {
          match = &e;
          break;
        }
      }
      if (!match) {
        Entry e;
        e.head = head;
        e.first_seen = entries.size();
        e.quantity.value = q.value;
        e.quantity.upper = q.upper;
        e.quantity.approximation = approximation;
        e.quantity.counts = q.counts;
        e.quantity.unit = q.unit;
        e.quantity.text = doc.body.substr(q.sentence.begin, q.sentence.size());
        e.quantity.as_of = SentenceDate(doc, q.sentence);
        e.quantity.attributed_to = SentenceSource(doc, q.sentence, entities).first;
        entries.push_back(std::move(e));
        match = &entries.back();
      }
      if (match->quantity.attributed_to.empty()) {
        match->quantity.attributed_to = SentenceSource(doc, q.sentence, entities).first;
      }
      AddUnique(match->quantity.documents, doc.article->id);
    }
  }
  std::stable_sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
    const size_t ha = head_order[a.head], hb = head_order[b.head];
    return ha != hb ? ha < hb : a.first_seen < b.first_seen;
  });
  std::vector<ReportQuantity> quantities;
  for (Entry& e : entries) quantities.push_back(std::move(e.quantity));
  return quantities;
}

}  // namespace crosscheck::reconcile
