// Quotes and quantities across a story's documents.
//
// Quotes: the same words said once. Two quotes match when their normalized words overlap by
// at least kSameQuoteOverlap of the shorter one (a shorter excerpt of a longer quote joins
// it); very short quotes (under kMinWordsForOverlap words) must match exactly. The group
// keeps the longest wording, the first named speaker, and every document carrying it.
//
// The story shows quotes that carry information: attributed ones and unattributed ones of at
// least kMinWordsForOverlap words; a short phrase inside a longer quote of the story ("in
// close contact" within the sentence that holds it) is left out. (The annotations keep every
// mention.) Attributed quotes come first, then the most widely carried (syndication groups,
// then documents), then reading order.
//
// Quantities: grouped by the stem of the counted noun's head ("soldiers" and "soldier"
// together; "troops" apart), then one entry per distinct value and approximation within a
// group, listing every document that gives it. Groups stay adjacent in the output; the group
// given by most syndication groups (then documents) comes first, and so does the entry
// within a group.
// O(Q^2) in the story's quotes, O(N log N) in its quantities.
#include <algorithm>
#include <map>
#include <set>
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
  std::set<uint32_t> groups;  // syndication groups carrying it
  size_t order = 0;
};

// Whether the words of `inner` appear, in order and adjacent, inside `outer`.
bool ContainsRun(const std::vector<std::string>& outer, const std::vector<std::string>& inner) {
  if (inner.empty() || inner.size() >= outer.size()) return false;
  return std::search(outer.begin(), outer.end(), inner.begin(), inner.end()) != outer.end();
}

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
        match->order = groups.size();
      }
      match->groups.insert(doc.group);
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
  // Informative quotes only: attributed or long enough, and not a phrase of a longer one.
  std::vector<QuoteGroup*> shown;
  for (QuoteGroup& g : groups) {
    if (g.quote.speaker_name.empty() && g.words.size() < kMinWordsForOverlap) continue;
    bool inside_longer = false;
    for (const QuoteGroup& other : groups) {
      inside_longer = inside_longer || (&other != &g && g.words.size() < kMinWordsForOverlap && ContainsRun(other.words, g.words));
    }
    if (!inside_longer) shown.push_back(&g);
  }
  std::stable_sort(shown.begin(), shown.end(), [](const QuoteGroup* a, const QuoteGroup* b) {
    const bool a_named = !a->quote.speaker_name.empty(), b_named = !b->quote.speaker_name.empty();
    if (a_named != b_named) return a_named;
    if (a->groups.size() != b->groups.size()) return a->groups.size() > b->groups.size();
    if (a->quote.documents.size() != b->quote.documents.size()) return a->quote.documents.size() > b->quote.documents.size();
    return a->order < b->order;
  });
  std::vector<ReportQuote> quotes;
  for (QuoteGroup* g : shown) quotes.push_back(std::move(g->quote));
  return quotes;
}

std::vector<ReportQuantity> GroupQuantities(const StoryView& story, const StoryEntities& entities) {
  struct Entry {
    ReportQuantity quantity;
    std::string head;
    size_t first_seen = 0;
    std::set<uint32_t> groups;
  };
  struct HeadSupport {
    size_t first_seen = 0;
    std::set<uint32_t> groups;
    std::set<std::string> documents;
  };
  std::vector<Entry> entries;
  std::map<std::string, HeadSupport> heads;  // head stem -> support of all its entries
  for (const StoryDocument& doc : story.documents) {
    for (const QuantityMention& q : doc.annotations->quantities) {
      if (q.counts.empty() && q.unit.empty()) continue;
      const std::string head = q.counts.empty() ? q.unit : HeadStem(q.counts) + "|" + q.unit;
      HeadSupport& support = heads.emplace(head, HeadSupport{heads.size(), {}, {}}).first->second;
      support.groups.insert(doc.group);
      support.documents.insert(doc.article->id);
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
      match->groups.insert(doc.group);
    }
  }
  std::stable_sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
    if (a.head != b.head) {
      const HeadSupport& ha = heads[a.head];
      const HeadSupport& hb = heads[b.head];
      if (ha.groups.size() != hb.groups.size()) return ha.groups.size() > hb.groups.size();
      if (ha.documents.size() != hb.documents.size()) return ha.documents.size() > hb.documents.size();
      return ha.first_seen < hb.first_seen;
    }
    if (a.groups.size() != b.groups.size()) return a.groups.size() > b.groups.size();
    if (a.quantity.documents.size() != b.quantity.documents.size()) return a.quantity.documents.size() > b.quantity.documents.size();
    return a.first_seen < b.first_seen;
  });
  std::vector<ReportQuantity> quantities;
  for (Entry& e : entries) quantities.push_back(std::move(e.quantity));
  return quantities;
}

}  // namespace crosscheck::reconcile
