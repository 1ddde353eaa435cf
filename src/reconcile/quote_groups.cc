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
// Each quote keeps the reporting verb as written with the wording it shows, and a partial
// quote the reported clause of its document that holds its words (the first by start), so a
// reader sees the quoted words inside the sentence that reports them.
//
// Quantities: grouped by the stem of the counted noun's head ("soldiers" and "soldier"
// together; "troops" apart), then one entry per distinct value and approximation within a
// group, listing every document that gives it. Groups stay adjacent in the output; the group
// given by most syndication groups (then documents) comes first, and so does the entry
// within a group.
// Candidate groups for a quote come from an inverted index over words (prefix filtering: a
// match under kSameQuoteOverlap must share one of the rarest words of the shorter side), each
// word's list read from its newest kMaxPostingsRead groups, so grouping is linear in the
// story's quotes; exact-word matches are a hash lookup, and the candidate with the smallest
// index wins, as a scan over all groups would pick (the same result unless a word's list is
// longer than kMaxPostingsRead, in stories of hundreds of documents). Quantities
// are matched by a hash of (head, value, approximation, upper): O(N log N).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "annotate/sentences.h"
#include "reconcile/story_parts.h"

namespace crosscheck::reconcile {
namespace {

constexpr double kSameQuoteOverlap = 0.8;
constexpr size_t kMinWordsForOverlap = 4;
constexpr size_t kMaxPostingsRead = 64;  // newest groups read per prefix word (QuoteGroupIndex)
// Newest groups read per word of a quote among other groups' rarest words: every word of the
// quote is looked up there, so common words would otherwise bring most of the story.
constexpr size_t kMaxRarePostingsRead = 8;

// A story's quote words as numbers: ids in the words' lexicographic order, so sorting ids sorts
// the words, and every comparison while grouping is an integer one.
using WordIds = std::vector<uint32_t>;

struct QuoteGroup {
  ReportQuote quote;
  WordIds words;
  int kind_rank = 0;
  std::set<uint32_t> groups;  // syndication groups carrying it
  size_t order = 0;
};

int KindRank(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kDirect:
      return 3;
    case QuoteKind::kPartial:
      return 2;
    case QuoteKind::kIndirect:
      return 1;
  }
  return 0;
}

Span SentenceOf(const StoryDocument& doc, uint32_t pos) {
  if (doc.sentences.empty()) return {pos, pos};
  const Span& s = doc.sentences[SentenceIndexAt(doc.sentences, pos)];
  if (pos >= s.begin && pos < s.end) return s;
  return {pos, pos};
}

// The text shown with a figure: its sentence, or in a sentence longer than
// kMaxFigureContextBytes (a list run together), the words around the figure with "…" where
// cut, so a page of ten thousand figures gives a report of the same order as the page.
constexpr size_t kMaxFigureContextBytes = 600;

std::string FigureContext(std::string_view body, const Span& sentence, const Span& figure) {
  if (sentence.size() <= kMaxFigureContextBytes || figure.begin < sentence.begin ||
      figure.end > sentence.end) {
    return std::string(body.substr(sentence.begin, sentence.size()));
  }
  const size_t half =
      (kMaxFigureContextBytes - std::min<size_t>(figure.size(), kMaxFigureContextBytes)) / 2;
  size_t begin = figure.begin > sentence.begin + half ? figure.begin - half : sentence.begin;
  size_t end = std::min<size_t>(figure.end + half, sentence.end);
  // Whole words and whole UTF-8 characters only.
  if (begin > sentence.begin) {
    while (begin < figure.begin && body[begin - 1] != ' ') ++begin;
  }
  if (end < sentence.end) {
    while (end > figure.end && body[end] != ' ') --end;
  }
  while (begin < figure.begin && (static_cast<unsigned char>(body[begin]) & 0xC0) == 0x80) ++begin;
  while (end > figure.end && end < body.size() &&
         (static_cast<unsigned char>(body[end]) & 0xC0) == 0x80)
    --end;
  std::string text;
  if (begin > sentence.begin) text += "\xE2\x80\xA6 ";
  text += body.substr(begin, end - begin);
  if (end < sentence.end) text += " \xE2\x80\xA6";
  return text;
}

// A double as a key that equal values share (0 and -0 alike): its bits, in hex.
std::string ValueKey(double value) {
  if (value == 0) value = 0;
  uint64_t bits = 0;
  std::memcpy(&bits, &value, sizeof bits);
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(bits));
  return buffer;
}

// A run of word ids as a hash key (their bytes).
std::string JoinWords(const WordIds& words, size_t first, size_t count) {
  return std::string(reinterpret_cast<const char*>(words.data() + first), count * sizeof(uint32_t));
}

// Finds, for a quote's words, the first group (lowest index) with the same words (see Find),
// without comparing against every group. Groups are indexed under all their words (for a
// quote shorter than the group) and under their rarest words (for a group shorter than the
// quote); short quotes (under kMinWordsForOverlap words) match only identical words.
class QuoteGroupIndex {
 public:
  // `frequency[id]`: how many quote mentions of the story hold the word (the rarity order).
  explicit QuoteGroupIndex(std::vector<size_t> frequency)
      : frequency_(std::move(frequency)),
        all_words_(frequency_.size()),
        rare_words_(frequency_.size()) {}

  // The lowest-index group in `groups` matching `words`, or groups.size().
  size_t Find(const std::vector<QuoteGroup>& groups, const WordIds& words) const {
    if (words.size() < kMinWordsForOverlap) {
      const auto it = exact_.find(JoinWords(words, 0, words.size()));
      size_t best = groups.size();
      if (it == exact_.end()) return best;
      for (size_t index : it->second) {
        if (index < best && groups[index].words == words) best = index;
      }
      return best;
    }
    std::vector<size_t> candidates;
    const WordIds unique = UniqueByRarity(words);
    for (size_t k = 0; k < PrefixLength(unique.size()); ++k)
      Append(all_words_, unique[k], candidates, kMaxPostingsRead);
    for (uint32_t word : unique) Append(rare_words_, word, candidates, kMaxRarePostingsRead);
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    // The same words: identical when either side is under kMinWordsForOverlap words, else an
    // overlap coefficient of at least kSameQuoteOverlap over distinct words, each candidate's
    // sorted once (in Add) instead of at every comparison.
    WordIds query = unique;
    std::sort(query.begin(), query.end());
    for (size_t index : candidates) {
      const WordIds& group = groups[index].words;
      if (group.size() < kMinWordsForOverlap) {
        if (group == words) return index;
        continue;
      }
      if (index < sorted_.size() &&
          SortedSetsOverlapReaches(sorted_[index], query, kSameQuoteOverlap))
        return index;
    }
    return groups.size();
  }

  // Records that group `index` now has `words` (its first or a new, longer wording).
  void Add(size_t index, const WordIds& words) {
    exact_[JoinWords(words, 0, words.size())].push_back(index);
    if (sorted_.size() <= index) sorted_.resize(index + 1);
    sorted_[index] = words;
    std::sort(sorted_[index].begin(), sorted_[index].end());
    sorted_[index].erase(std::unique(sorted_[index].begin(), sorted_[index].end()), sorted_[index].end());
    if (words.size() < kMinWordsForOverlap) return;
    const WordIds unique = UniqueByRarity(words);
    for (uint32_t word : unique) AddPosting(all_words_, word, index);
    for (size_t k = 0; k < PrefixLength(unique.size()); ++k)
      AddPosting(rare_words_, unique[k], index);
  }

 private:
  using Postings = std::vector<std::vector<size_t>>;  // word id -> groups

  // How many of a set's n distinct words include one that any set matching it on the shorter
  // side shares: all but ceil(kSameQuoteOverlap * n) - 1 of them (one more, against rounding).
  static size_t PrefixLength(size_t distinct) {
    const auto needed =
        static_cast<size_t>(std::ceil(kSameQuoteOverlap * static_cast<double>(distinct)));
    return std::min(distinct, distinct + 2 - std::max<size_t>(needed, 1));
  }

  // Distinct words, rarest first; ties in word order.
  WordIds UniqueByRarity(const WordIds& words) const {
    WordIds unique = words;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    std::stable_sort(unique.begin(), unique.end(),
                     [&](uint32_t a, uint32_t b) { return Frequency(a) < Frequency(b); });
    return unique;
  }

  size_t Frequency(uint32_t word) const { return word < frequency_.size() ? frequency_[word] : 0; }

  static void AddPosting(Postings& postings, uint32_t word, size_t index) {
    if (word >= postings.size()) return;
    std::vector<size_t>& list = postings[word];
    if (list.empty() || list.back() != index) list.push_back(index);
  }

  // Appends the newest `max_read` groups listed under `word`: a word in thousands of
  // quotes of one story is no evidence of a repeat, and reading all of them made grouping
  // quadratic in story size (a 2,000-article story).
  static void Append(const Postings& postings, uint32_t word, std::vector<size_t>& out,
                     size_t max_read) {
    if (word >= postings.size()) return;
    const std::vector<size_t>& list = postings[word];
    const size_t from = list.size() > max_read ? list.size() - max_read : 0;
    out.insert(out.end(), list.begin() + static_cast<std::ptrdiff_t>(from), list.end());
  }

  std::vector<size_t> frequency_;
  std::vector<WordIds> sorted_;  // per group: its wording's distinct words, sorted
  std::unordered_map<std::string, std::vector<size_t>> exact_;
  Postings all_words_;   // every word of every wording a group has had
  Postings rare_words_;  // the rarest PrefixLength words of each wording
};

// The reported clauses (indirect quotes) of one document, for finding the one that holds a
// partial quote's words: spans sorted by start, with the running maximum of their ends, so a
// lookup is a binary search. O(Q log Q) to build, O(log Q) per lookup.
class ReportedClauses {
 public:
  explicit ReportedClauses(const std::vector<QuoteMention>& quotes) {
    for (const QuoteMention& q : quotes) {
      if (q.kind == QuoteKind::kIndirect) clauses_.push_back(&q);
    }
    std::stable_sort(
        clauses_.begin(), clauses_.end(),
        [](const QuoteMention* a, const QuoteMention* b) { return a->span.begin < b->span.begin; });
    uint32_t max_end = 0;
    for (const QuoteMention* q : clauses_) {
      max_end = std::max(max_end, q->span.end);
      running_max_end_.push_back(max_end);
    }
  }

  // The first reported clause (by start) whose span holds `words`, or nullptr.
  const QuoteMention* Holding(const Span& words) const {
    const size_t opened =
        static_cast<size_t>(std::upper_bound(clauses_.begin(), clauses_.end(), words.begin,
                                             [](uint32_t begin, const QuoteMention* q) {
                                               return begin < q->span.begin;
                                             }) -
                            clauses_.begin());
    const auto reach =
        std::lower_bound(running_max_end_.begin(),
                         running_max_end_.begin() + static_cast<std::ptrdiff_t>(opened), words.end);
    if (reach == running_max_end_.begin() + static_cast<std::ptrdiff_t>(opened)) return nullptr;
    return clauses_[static_cast<size_t>(reach - running_max_end_.begin())];
  }

 private:
  std::vector<const QuoteMention*> clauses_;
  std::vector<uint32_t> running_max_end_;
};

// A calendar value a figure can be dated by: "2024", "2024-10", "2024-10-14", "2024-W42".
bool IsFigureDateValue(const std::string& value) {
  const auto digits = [&](size_t from, size_t count) {
    if (value.size() < from + count) return false;
    return std::all_of(value.begin() + static_cast<std::ptrdiff_t>(from),
                       value.begin() + static_cast<std::ptrdiff_t>(from + count),
                       [](char c) { return c >= '0' && c <= '9'; });
  };
  if (!digits(0, 4)) return false;
  if (value.size() == 4) return true;
  if (value[4] != '-') return false;
  if (value.size() == 8 && value[5] == 'W') return digits(6, 2);  // ISO week
  if (value.size() == 7) return digits(5, 2);
  return value.size() == 10 && digits(5, 2) && value[7] == '-' && digits(8, 2);
}

// The lower-cased word right before byte `pos` of `body`.
std::string WordBefore(std::string_view body, size_t pos) {
  size_t end = pos;
  while (end > 0 && body[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(body[begin - 1]))) --begin;
  std::string word(body.substr(begin, end - begin));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return word;
}


}  // namespace

FigureDates DatesOfFigure(const StoryDocument& doc, const Span& sentence) {
  FigureDates dates;
  const std::vector<TimeMention>& times = doc.annotations->times;  // sorted by span.begin
  auto it = std::lower_bound(times.begin(), times.end(), sentence.begin,
                             [](const TimeMention& t, uint32_t begin) { return t.span.begin < begin; });
  for (; it != times.end() && it->span.begin < sentence.end; ++it) {
    const TimeMention& t = *it;
    if (t.type != TimeType::kDate || t.span.end > sentence.end || !IsFigureDateValue(t.value)) continue;
    const std::string before = WordBefore(doc.body, t.span.begin);
    if (before == "since" || before == "from") continue;
    const bool deadline = before == "by" || before == "until" || before == "till" || before == "before";
    const bool later = !doc.published.empty() && t.value.find('W') == std::string::npos &&
                       t.value > doc.published.substr(0, t.value.size());
    if (deadline || later) {
      if (dates.expected_by.empty()) dates.expected_by = t.value;
    } else if (dates.as_of.empty()) {
      dates.as_of = t.value;
    }
  }
  if (dates.as_of.empty()) dates.as_of = doc.published;
  return dates;
}

std::vector<ReportQuote> GroupQuotes(const StoryView& story, const StoryEntities& entities) {
  // Each quote's words, in story order, read once and numbered: ids first in order of
  // appearance, then renumbered in the words' lexicographic order.
  std::vector<WordIds> quote_words;
  {
    std::unordered_map<std::string, uint32_t> id_of;
    std::vector<const std::string*> spelling;
    for (const StoryDocument& doc : story.documents) {
      for (const QuoteMention& q : doc.annotations->quotes) {
        WordIds& ids = quote_words.emplace_back();
        for (std::string& word : NormalizedWords(q.text)) {
          const auto [it, added] =
              id_of.try_emplace(std::move(word), static_cast<uint32_t>(spelling.size()));
          if (added) spelling.push_back(&it->first);
          ids.push_back(it->second);
        }
      }
    }
    std::vector<uint32_t> by_spelling(spelling.size());
    std::iota(by_spelling.begin(), by_spelling.end(), 0u);
    std::sort(by_spelling.begin(), by_spelling.end(),
              [&](uint32_t a, uint32_t b) { return *spelling[a] < *spelling[b]; });
    std::vector<uint32_t> rank(spelling.size());
    for (uint32_t r = 0; r < by_spelling.size(); ++r) rank[by_spelling[r]] = r;
    for (WordIds& ids : quote_words) {
      for (uint32_t& id : ids) id = rank[id];
    }
  }
  // How many quote mentions hold each word: the rarity order.
  std::vector<size_t> frequency;
  for (const WordIds& ids : quote_words) {
    WordIds distinct = ids;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    for (uint32_t id : distinct) {
      if (id >= frequency.size()) frequency.resize(id + 1, 0);
      ++frequency[id];
    }
  }
  QuoteGroupIndex index(std::move(frequency));
  std::vector<QuoteGroup> groups;
  size_t quote_index = 0;
  for (const StoryDocument& doc : story.documents) {
    const ReportedClauses clauses(doc.annotations->quotes);
    for (const QuoteMention& q : doc.annotations->quotes) {
      WordIds words = std::move(quote_words[quote_index++]);
      if (words.empty()) continue;
      const size_t found = index.Find(groups, words);
      if (found == groups.size()) {
        groups.push_back({});
        groups.back().order = groups.size();
      }
      QuoteGroup* match = &groups[found];
      match->groups.insert(doc.group);
      ReportQuote& rq = match->quote;
      AddStoryDocument(rq.documents, doc.article->id);
      const bool longer = words.size() > match->words.size();
      const bool stronger = KindRank(q.kind) > match->kind_rank;
      if (match->words.empty() || (longer && KindRank(q.kind) >= match->kind_rank) || stronger) {
        rq.text = q.text;
        rq.kind = QuoteKindName(q.kind);
        rq.cue = q.cue_text;
        const QuoteMention* clause =
            q.kind == QuoteKind::kPartial ? clauses.Holding(q.span) : nullptr;
        rq.clause = clause ? clause->text : std::string();
        if (clause && rq.cue.empty()) rq.cue = clause->cue_text;
        if (match->words != words) index.Add(found, words);
        match->words = std::move(words);
        match->kind_rank = KindRank(q.kind);
      }
      if (rq.speaker_name.empty() && !q.speaker_name.empty()) {
        rq.speaker = entities.IdForName(q.speaker_name);
        rq.speaker_name = rq.speaker.empty() ? entities.JointName(q.speaker_name) : q.speaker_name;
        const uint32_t anchor = q.cue ? q.cue->begin : q.span.begin;
        rq.said_on = SentenceDate(doc, SentenceOf(doc, anchor));
      }
      if (rq.cue.empty()) rq.cue = q.cue_text;
      if (rq.said_on.empty()) rq.said_on = doc.published;
    }
  }
  // Informative quotes only: attributed or long enough, and not a phrase of a longer one.
  // The short attributed ones are looked for among the runs of their length in every longer
  // group (only the lengths some short one has: most stories have none).
  std::unordered_set<std::string> short_named;  // their words, JoinWords
  std::vector<bool> short_length(kMinWordsForOverlap, false);
  for (const QuoteGroup& g : groups) {
    if (g.quote.speaker_name.empty() || g.words.size() >= kMinWordsForOverlap) continue;
    short_named.insert(JoinWords(g.words, 0, g.words.size()));
    short_length[g.words.size()] = true;
  }
  std::unordered_set<std::string> inside_longer;  // short ones found in a longer group
  if (!short_named.empty()) {
    for (const QuoteGroup& g : groups) {
      for (size_t length = 1; length < kMinWordsForOverlap && length < g.words.size(); ++length) {
        if (!short_length[length]) continue;
        for (size_t first = 0; first + length <= g.words.size(); ++first) {
          std::string run = JoinWords(g.words, first, length);
          if (short_named.count(run) > 0) inside_longer.insert(std::move(run));
        }
      }
    }
  }
  std::vector<QuoteGroup*> shown;
  for (QuoteGroup& g : groups) {
    if (g.quote.speaker_name.empty() && g.words.size() < kMinWordsForOverlap) continue;
    const bool is_inside_longer = g.words.size() < kMinWordsForOverlap &&
                                  inside_longer.count(JoinWords(g.words, 0, g.words.size())) > 0;
    if (!is_inside_longer) shown.push_back(&g);
  }
  std::stable_sort(shown.begin(), shown.end(), [](const QuoteGroup* a, const QuoteGroup* b) {
    const bool a_named = !a->quote.speaker_name.empty(), b_named = !b->quote.speaker_name.empty();
    if (a_named != b_named) return a_named;
    if (a->groups.size() != b->groups.size()) return a->groups.size() > b->groups.size();
    if (a->quote.documents.size() != b->quote.documents.size())
      return a->quote.documents.size() > b->quote.documents.size();
    return a->order < b->order;
  });
  std::vector<ReportQuote> quotes;
  for (QuoteGroup* g : shown) quotes.push_back(std::move(g->quote));
  return quotes;
}

// An elapsed time or an age with nothing counted ("more than two years", "a 45-year-old"):
// how long or how old, not a figure of the story (units as units.txt records them).
bool IsElapsedTimeOrAge(const QuantityMention& q) {
  static constexpr std::string_view kTimeUnits[] = {"year", "month", "week", "day",   "hour",
                                                    "min",  "s",     "decade", "age", "month of age"};
  return q.counts.empty() &&
         std::find(std::begin(kTimeUnits), std::end(kTimeUnits), q.unit) != std::end(kTimeUnits);
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
  std::unordered_map<std::string, size_t> entry_of;  // (head, value, approximation, upper) -> entry
  std::map<std::string, HeadSupport> heads;          // head stem -> support of all its entries
  for (const StoryDocument& doc : story.documents) {
    for (const QuantityMention& q : doc.annotations->quantities) {
      if ((q.counts.empty() && q.unit.empty()) || IsElapsedTimeOrAge(q)) continue;
      const std::string head = q.counts.empty() ? q.unit : HeadStem(q.counts) + "|" + q.unit;
      HeadSupport& support = heads.emplace(head, HeadSupport{heads.size(), {}, {}}).first->second;
      support.groups.insert(doc.group);
      support.documents.insert(doc.article->id);
      const std::string approximation = ApproximationName(q.approximation);
      const std::string key = head + '\0' + ValueKey(q.value) + '\0' + approximation + '\0' +
                              (q.upper ? ValueKey(*q.upper) : std::string("-"));
      const auto [slot, added] = entry_of.emplace(key, entries.size());
      Entry* match = added ? nullptr : &entries[slot->second];
      if (!match) {
        Entry e;
        e.head = head;
        e.first_seen = entries.size();
        e.quantity.value = q.value;
        e.quantity.upper = q.upper;
        e.quantity.approximation = approximation;
        e.quantity.counts = q.counts;
        e.quantity.unit = q.unit;
        e.quantity.text = FigureContext(doc.body, q.sentence, q.span);
        FigureDates dates = DatesOfFigure(doc, q.sentence);
        e.quantity.as_of = std::move(dates.as_of);
        e.quantity.expected_by = std::move(dates.expected_by);
        entries.push_back(std::move(e));
        match = &entries.back();
      }
      // The first document naming an entity as the source gives both; until then, the first
      // naming any source gives its name.
      if (match->quantity.attributed_to.empty()) {
        auto [id, name] = SentenceSource(doc, q.sentence, entities);
        if (!id.empty() || match->quantity.attributed_to_name.empty())
          match->quantity.attributed_to_name = std::move(name);
        match->quantity.attributed_to = std::move(id);
      }
      AddStoryDocument(match->quantity.documents, doc.article->id);
      match->groups.insert(doc.group);
    }
  }
  std::stable_sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
    if (a.head != b.head) {
      const HeadSupport& ha = heads[a.head];
      const HeadSupport& hb = heads[b.head];
      if (ha.groups.size() != hb.groups.size()) return ha.groups.size() > hb.groups.size();
      if (ha.documents.size() != hb.documents.size())
        return ha.documents.size() > hb.documents.size();
      return ha.first_seen < hb.first_seen;
    }
    if (a.groups.size() != b.groups.size()) return a.groups.size() > b.groups.size();
    if (a.quantity.documents.size() != b.quantity.documents.size())
      return a.quantity.documents.size() > b.quantity.documents.size();
    return a.first_seen < b.first_seen;
  });
  std::vector<ReportQuantity> quantities;
  for (Entry& e : entries) quantities.push_back(std::move(e.quantity));
  return quantities;
}

}  // namespace crosscheck::reconcile
