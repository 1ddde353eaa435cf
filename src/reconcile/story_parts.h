// Internal to reconcile/: the pieces ReconcileStory assembles, one family per file, plus the
// text matching they share. A StoryView holds one story's documents (borrowed from the
// CorpusView) with each body and its sentences computed once.
//   story_entities.cc — entities merged across documents, speaker name -> entity id
//   quote_groups.cc   — quotes said once with every document; quantities by counted noun
//   claims.cc         — statements with a stance, grouped into claims with a status
//   claim_about.cc    — stance cues and the readable matter of a statement or figure
//   reconciler.cc     — timeline, story metadata, independent sources, assembly
// Pure functions; thread-safe (the stemmer is per thread).
#ifndef CROSSCHECK_RECONCILE_STORY_PARTS_H_
#define CROSSCHECK_RECONCILE_STORY_PARTS_H_

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "model/annotations.h"
#include "model/corpus.h"
#include "model/document.h"
#include "model/report.h"

namespace crosscheck::reconcile {

struct StoryDocument {
  const Article* article = nullptr;
  const Annotations* annotations = nullptr;
  std::string body;
  std::vector<Span> sentences;
  // Per sentence, the index of the first attributed quote whose cue or words lie in it, or -1
  // (IndexSentenceSpeakers); SentenceSource reads it instead of scanning every quote.
  std::vector<int32_t> sentence_speaker;
  std::string published;  // ISO date or empty
  uint32_t group = 0;     // syndication group index (own index when there is no syndication)
  std::string group_id;   // the group as the report names it ("g2", or "g-<document id>")
  std::string origin;     // the group's origin (a wire agency or first publisher), if known
};

struct StoryView {
  std::vector<StoryDocument> documents;  // in story member order
};

// Entities merged across the story, and the lookups later parts need.
struct StoryEntities {
  std::vector<ReportEntity> entities;
  // Entity id for a name as a speaker or source ("Lind", "Ana Lind", "CAA"); empty if none.
  // The first entity whose name, then whose alias, matches (any case), then the first person
  // whose name holds it as a short form. Uses the index when BuildIndex was called after the
  // last change to `entities` (O(1) plus one posting list), else scans.
  // Before those: a leading "the" is dropped and typographic apostrophes read as "'". After
  // them (index only): a description of a country's body ("Lisbon's spy agency",
  // "Portuguese intelligence") -> the organization of that kind tied to that country (AddAgency);
  // a capital as a source ("Moscow") -> the entity of its country, when the story has one; a
  // role with an optional place ("Lisbon's defence minister", "the foreign minister") -> the
  // one person of the story written with that title, when exactly one is and no other
  // country qualifies it; what speaks for an entity ("NATO's website", "the minister's
  // office": agency_nouns.txt "voice") -> that entity.
  std::string IdForName(std::string_view name) const;
  // A source of several ("Moscow and Pyongyang", "Both Russia and North Korea") written with
  // the story's entity names when every part is one ("Russia and North Korea"), so that the
  // same pair written two ways is one holder; `name` itself otherwise.
  std::string JointName(std::string_view name) const;
  void BuildIndex();
  // Records that entities[index] is the body of kind `kind` (agency_nouns.txt) of `country`.
  void AddAgency(const std::string& country, std::string_view kind, size_t index);

 private:
  std::string IdForNormalizedName(std::string_view name) const;
  bool indexed_ = false;
  std::unordered_map<std::string, size_t> by_name_, by_alias_;         // lower case -> entity
  std::unordered_map<std::string, std::vector<size_t>> person_words_;  // word -> persons, in order
  std::unordered_map<std::string, size_t> agencies_;  // "country|kind" -> entity
  // Normalized title ("defense minister") -> (person, country qualifying the role or "").
  std::unordered_map<std::string, std::vector<std::pair<size_t, std::string>>> role_holders_;
};

// A description of a country's public body: the country and the body's kind, from
// "<place>'s <phrase>", "<demonym> <phrase>" or "<place> <phrase>" where the phrase (after
// at most two lower-case modifiers) is listed in agency_nouns.txt: "Lisbon's spy agency" ->
// {"Portugal", "intelligence"}. Nullopt when `name` is not such a description.
std::optional<std::pair<std::string, std::string>> DescribedAgency(std::string_view name);

StoryEntities MergeEntities(const StoryView& story);
std::vector<ReportQuote> GroupQuotes(const StoryView& story, const StoryEntities& entities);
std::vector<ReportQuantity> GroupQuantities(const StoryView& story, const StoryEntities& entities);
std::vector<ReportClaim> BuildClaims(const StoryView& story, const StoryEntities& entities);
std::vector<ReportTimelineEntry> BuildTimeline(const StoryView& story);

// --- What claims are about (claim_about.cc) --------------------------------------------------
// A stance cue in a sentence: "cannot confirm" -> cannot_confirm, "denied" -> denies,
// "confirmed" -> asserts, "is expected to" -> expects, "estimated" -> estimates. Byte offsets
// into the sentence; describes_subject for cues whose clause subject is the matter.
struct StanceCue {
  std::string stance;
  size_t begin = 0;
  size_t end = 0;
  bool describes_subject = false;
};
std::optional<StanceCue> FindStanceCue(std::string_view sentence);
// The same, found by searching the sentence once per cue: the slow reference the tests hold
// FindStanceCue to.
std::optional<StanceCue> FindStanceCueReference(std::string_view sentence);
// The clause of `text` holding bytes [begin, end) (a figure's own clause), bounded as the
// matter of a stance cue is: punctuation, dashes and words that open another clause ("while",
// "which", "but", "saying", …).
std::string_view ClauseHolding(std::string_view text, size_t begin, size_t end);
// The matter a stance cue governs, as a short phrase from the sentence ("North Korea is
// sending troops to Russia"); empty when none is found.
std::string StatementMatter(std::string_view sentence, const StanceCue& cue);
// How a headline stands toward the claim it reports, as Emergent labels it: "against" with a
// word that calls a claim untrue ("hoax", "denies", "not"), else "observing" with a word that
// reports without vouching ("says", "reportedly", "may") or a question mark, else "for".
// Lexicon: data/lexicons/stance_cues.txt.
std::string_view HeadlineStance(std::string_view headline);
// Whether a headline closes with its source after a dash ("… -- analyst", "… – AP"): the
// words after the last dash hold fewer than three spaces.
bool ClosesWithSource(std::string_view headline);
// stance_cues.txt: word -> true when it refutes a claim, false when it hedges. Built once.
const std::unordered_map<std::string, bool>& StanceCues();
// Words of a headline or claim as the stance readers take them: ASCII letters and digits
// lower-cased, an apostrophe inside a word kept (’ read as '), trailing apostrophes dropped;
// any other byte separates. `capital_words` counts words of kCapitalsMinLetters or more
// letters written all in capitals.
inline constexpr size_t kCapitalsMinLetters = 3;
struct HeadlineWords {
  std::vector<std::string> lower;
  size_t capital_words = 0;
};
HeadlineWords ReadHeadlineWords(std::string_view text);
// "number of North Korean troops deployed" for a counted figure; empty without a counted noun.
std::string FigureMatter(std::string_view body, const QuantityMention& quantity);

// --- Shared text matching -------------------------------------------------------------------
// Whether a document title reads as a headline rather than page furniture: at least
// kMinHeadlineWords words, no word a host name ("www.smh.com.au", "FT.com"), not a byline
// ("By ..."), and not the outlet's own name. "Wrong-way driver halted" is one; "Top Classifieds", "home", "Sport" are
// not.
inline constexpr size_t kMinHeadlineWords = 3;
bool LooksLikeHeadline(std::string_view title, std::string_view outlet);

// A title made from the document's opening sentence (its first sentence of kMinHeadlineWords
// words or more), cut at a word boundary within kMaxDerivedTitleBytes and marked "…" when cut;
// "" when the document has no such sentence.
inline constexpr size_t kMaxDerivedTitleBytes = 100;
std::string OpeningSentenceTitle(const StoryDocument& doc);

// Lower-case word tokens (letters and digits), for comparing quotes and sentences.
std::vector<std::string> NormalizedWords(std::string_view text);
// |A ∩ B| / min(|A|, |B|) over word sets: 1 when the shorter is contained in the longer.
double OverlapCoefficient(const std::vector<std::string>& a, const std::vector<std::string>& b);
// Three-way order of two set elements: words (any string-like type) or word ids.
template <typename T>
int CompareSetElements(const T& a, const T& b) {
  if constexpr (std::is_integral_v<T>) {
    return a < b ? -1 : (b < a ? 1 : 0);
  } else {
    return std::string_view(a).compare(std::string_view(b));
  }
}
template <typename A, typename B>
requires(!std::is_same_v<A, B>) int CompareSetElements(const A& a, const B& b) {
  return std::string_view(a).compare(std::string_view(b));
}

// The elements two sorted sets of distinct elements share, by one merge; `give_up(shared,
// most)` is asked before each step with the count so far and the most the sets could still
// reach, and a true answer stops the merge (the count is then returned as it stands).
template <typename SetA, typename SetB, typename GiveUp>
size_t SharedElements(const SetA& a, const SetB& b, GiveUp give_up) {
  size_t shared = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (give_up(shared, shared + std::min(a.size() - i, b.size() - j))) break;
    const int order = CompareSetElements(a[i], b[j]);
    if (order < 0) {
      ++i;
    } else if (order > 0) {
      ++j;
    } else {
      ++shared, ++i, ++j;
    }
  }
  return shared;
}
// |A ∩ B| / min(|A|, |B|) of two sorted sets of distinct words (any string-like elements) or
// word ids, by one merge; 0 when either is empty. OverlapCoefficient's core, for callers that
// keep their sets sorted.
template <typename SetA, typename SetB>
double SortedSetsOverlap(const SetA& a, const SetB& b) {
  if (a.empty() || b.empty()) return 0;
  const size_t shared = SharedElements(a, b, [](size_t, size_t) { return false; });
  return static_cast<double>(shared) / static_cast<double>(std::min(a.size(), b.size()));
}
// SortedSetsOverlap(a, b) >= threshold, the same answer always, but the merge stops as soon as
// the elements left cannot reach the threshold: most candidate pairs share a rare word and
// little else.
template <typename SetA, typename SetB>
bool SortedSetsOverlapReaches(const SetA& a, const SetB& b, double threshold) {
  if (a.empty() || b.empty()) return 0 >= threshold;
  const auto smaller = static_cast<double>(std::min(a.size(), b.size()));
  bool out_of_reach = false;
  // The most the sets can share from here, put to the same test as the final count.
  const size_t shared = SharedElements(a, b, [&](size_t, size_t most) {
    out_of_reach = static_cast<double>(most) / smaller < threshold;
    return out_of_reach;
  });
  return !out_of_reach && static_cast<double>(shared) / smaller >= threshold;
}
// `words` sorted, repeats dropped: a set for SortedSetsOverlap, made once per item instead of
// at every pairwise comparison (OverlapCoefficient sorts both sides each time).
std::vector<std::string> SortedDistinct(std::vector<std::string> words);
// English Snowball stem of a lower-case word ("soldiers" -> "soldier").
std::string Stem(std::string_view word);
// Stem of the head (last word) of a noun phrase: "special forces" -> "forc".
std::string HeadStem(std::string_view phrase);
// The speaker (entity id, name) of whatever the document says in `sentence`: the quote whose
// cue or words lie in it. Empty when no one is named.
std::pair<std::string, std::string> SentenceSource(const StoryDocument& doc, const Span& sentence,
                                                   const StoryEntities& entities);
// Fills doc.sentence_speaker from doc.sentences and the quotes: O(sentences + quotes + the
// sentences each quote spans).
void IndexSentenceSpeakers(StoryDocument& doc);
// The first date value (YYYY[-MM[-DD]], no placeholders) among time mentions in `sentence`,
// else the document's publication date.
std::string SentenceDate(const StoryDocument& doc, const Span& sentence);
// The dates of one figure (or statement), from the time mentions of its sentence (TimeAnnotator's values):
//   expected_by  the date it is planned or expected to hold: a date after "by", "until",
//                "till" or "before", or one later than the statement ("about 10,000 ... to be
//                completed by December", "will reach 5,000 in March");
//   as_of        the date it is reported to hold: a day, month or week the sentence gives
//                ("Last week, the agency reported 3,000" -> that week), else the statement's
//                date (SentenceDate's: the document's). A start ("since August", "from May")
//                dates the period counted, not the figure, which holds as of the statement,
//                as "so far" says.
struct FigureDates {
  std::string as_of, expected_by;
};
FigureDates DatesOfFigure(const StoryDocument& doc, const Span& sentence);

// Adds `id` to `ids` unless present.
void AddUnique(std::vector<std::string>& ids, const std::string& id);
// The same for the documents of an item built while visiting a story's documents in order,
// each once with all its mentions: the id can only be there as the last one, so the check is
// O(1) instead of a scan (a quote or entity carried by 2,000 documents of a story otherwise
// costs 2,000^2 / 2 string comparisons).
inline void AddStoryDocument(std::vector<std::string>& documents, const std::string& id) {
  if (documents.empty() || documents.back() != id) documents.push_back(id);
}

}  // namespace crosscheck::reconcile

#endif  // CROSSCHECK_RECONCILE_STORY_PARTS_H_
