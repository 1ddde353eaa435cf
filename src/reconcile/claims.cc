// Claims: matters the story's sources speak about, each with who holds what and since when.
//
// Statements. A sentence gives up to two statements (see claim_about.cc for the cues):
//   - a figure statement, about the first counted figure of the sentence, when someone is
//     named as its source or a stance cue governs it ("it estimated … 12,000 soldiers"):
//     stance estimates/expects/denies/cannot_confirm when the cue comes before the figure
//     (or, for "is expected to", just after it), else asserts;
//   - a happening statement: what a stance cue governs ("cannot confirm that X", "dismissed X
//     as fake news", "there is evidence that X"), or, with no cue, what a named source says
//     (a plain report: "X is happening, the agency said"). A plain report joins a claim, or
//     makes one only together with another source (see below); alone it is a quote, not a
//     claim.
// The same statement in several documents of one syndication group is one statement with all
// of them (words overlap >= kSameStatementOverlap within the group, same stance and kind);
// across groups statements stay apart, so each has one origin (its syndication group).
//
// Matters. Each statement carries concepts: places (countries of the gazetteer from their
// names, capitals, demonyms, "the North" for the story's "North <country>"), other named
// entities of the story, and themes: its lower-case content words (stemmed; words of one group
// of data/lexicons/claim_concepts.txt are one theme: "troops" ~ "soldiers" ~ "forces",
// "sent" ~ "deployed" ~ "presence"). Reporting nouns ("claims", "reports") and speech verbs
// are not themes.
//   - figure statements join when they count the same thing: the counted noun's theme and unit
//     are equal, neither speaks of the world where the other names a country ("worldwide" vs
//     "US"), and they share two themes of context, or a place and a theme of context, or give
//     the same value and share one of either;
//   - happening statements join when they share a place or entity (of the cue's matter, or of
//     the sentence when the matter names none) and their themes overlap: at least half of the
//     smaller set (for a plain report, of the cue statement's), and two unless that set has
//     one. With no place or entity in common (and not two different sets of places), their
//     whole sentences must also share two themes and half of the smaller sentence's. Plain
//     reports are compared with cue statements only, never with each other.
// Candidates come from an inverted index of concepts (each posting list read from its newest
// kMaxPostingsRead entries), so building claims is linear in the story's sentences.
//
// Status, counted by independent origin (syndication groups, never documents). A statement
// supports its claim when it asserts (a cue such as "confirmed" or a named source's report),
// and for figures also when a named source estimates or expects it (a source giving a figure
// supports that figure). Then:
//   conflicting   two asserted figures from different origins, both dated, sharing two themes
//                 of context (the same thing of the same happening), where neither
//                 fits the other (values within kConflictRatio, or inside the other's bound:
//                 "at least 3,000" fits 5,000) and they are not a sequence: a sequence has
//                 different dates and a word of change ("already", "so far", "another");
//   contested     supported, and denied or not confirmed by another statement;
//   denied        denials and no support;   corroborated  support from >= 2 origins;
//   single_source support from 1;           unconfirmed   otherwise.
// independent_support is the number of supporting origins; for a figure claim, of the origins
// giving its best-supported value (values within kConflictRatio), so two sources with
// different counts of one thing do not corroborate each other.
//
// Statements within a claim come in time order (dated first, then reading order), so a claim
// reads as its evolution. A claim's id is stable across runs on growing input: a hash of its
// kind and, for a figure, its counted theme and unit, else of its earliest statement's words
// (a later document does not change it; an earlier one can). Claims come most widely
// reported first.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "annotate/entity_cues.h"
#include "annotate/tokens.h"
#include "base/date.h"
#include "base/lexicon.h"
#include "base/string_set.h"
#include "reconcile/story_parts.h"

namespace crosscheck::reconcile {
namespace {

constexpr double kConflictRatio = 0.10;
constexpr double kSameStatementOverlap = 0.8;
constexpr size_t kMinContentWordLength = 4;
constexpr size_t kMaxFallbackAboutBytes = 80;
constexpr size_t kMaxPostingsRead = 64;     // newest entries read per concept
constexpr size_t kMaxSameGroupCompared = 64;  // newest statements of a group compared
constexpr size_t kMaxNameWords = 4;
constexpr size_t kMaxConflictCompared = 200;  // asserted figures of a claim compared pairwise
constexpr size_t kMinConflictSharedThemes = 2;
constexpr size_t kMaxExpectCueDistance = 80;  // bytes from a figure to an "is expected to"

enum class Kind { kFigure, kHappening };

struct Statement {
  ReportStatement report;
  Kind kind = Kind::kHappening;
  bool plain = false;                // a named source's report without a stance cue
  bool change = false;               // figure: words of change over time ("already", "so far")
  Approximation approximation = Approximation::kExact;
  std::optional<double> upper;
  std::vector<std::string> sentence_themes;  // happening: themes of the whole sentence
  std::string noun;                  // figure: theme of the counted noun
  std::string unit;
  std::vector<std::string> places;   // countries
  std::vector<std::string> names;    // other story entity ids
  std::vector<std::string> themes;   // concept-mapped content stems (figure: context)
  std::vector<std::string> clause_themes;  // figure: themes of its own clause, noun excepted
  bool world_scope = false;
  std::vector<std::string> words;    // normalized words (duplicates within a group)
  std::vector<std::string> word_set;  // the same, sorted and distinct: compared pairwise
  uint32_t group = 0;
  std::string about;
  size_t order = 0;                  // reading order
  size_t claim = 0;
};

// Theme of a stem: its claim_concepts group's name, else the stem itself.
const std::unordered_map<std::string, std::string>& ConceptOfStem() {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string, std::string>();
    for (std::string_view entry : LexiconEntries("claim_concepts")) {
      std::string name;
      size_t pos = 0;
      while (pos < entry.size()) {
        const size_t end = std::min(entry.find(' ', pos), entry.size());
        if (end > pos) {
          const std::string stem = Stem(LowerAscii(entry.substr(pos, end - pos)));
          if (name.empty()) name = "=" + stem;
          map->emplace(stem, name);
        }
        pos = end + 1;
      }
    }
    return map;
  }();
  return *table;
}

std::string Theme(std::string_view lower_word) {
  std::string stem = Stem(lower_word);
  const auto& table = ConceptOfStem();
  const auto it = table.find(stem);
  return it == table.end() ? stem : it->second;
}

bool IsReportingWord(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "reports", "report", "reported", "claims", "claim", "claimed", "intelligence", "suggestions",
      "allegations", "speculation", "rumours", "rumors", "news", "evidence", "information",
      "accounts", "assertions", "statement", "according", "citing", "cited", "sources", "source",
      "official", "officials", "fake", "groundless", "baseless", "confirm", "confirmed",
      "confirms", "denied", "denies", "deny", "dismissed", "rejected", "position", "moment"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

bool IsWorldScope(std::string_view lower) {
  return lower == "worldwide" || lower == "global" || lower == "globally" || lower == "world";
}

// Words that place a figure in a sequence over time ("already", "so far", "by December",
// "another 2,000", "in total").
bool IsChangeWord(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "already", "far", "total", "by", "another", "additional", "further", "first", "initial",
      "latest", "now", "more", "rose", "risen", "increased", "fell", "dropped", "grown", "since"};
  return std::find(std::begin(kWords), std::end(kWords), lower) != std::end(kWords);
}

size_t SharedCount(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t shared = 0;
  for (const std::string& w : a) shared += std::find(b.begin(), b.end(), w) != b.end() ? 1 : 0;
  return shared;
}

// Whether figure b fits what figure a says, given a's bound ("at least 3,000" fits 5,000).
bool Fits(const Statement& a, const Statement& b) {
  const double x = *a.report.value, y = *b.report.value;
  const double slack = kConflictRatio * std::max(std::fabs(x), std::fabs(y));
  switch (a.approximation) {
    case Approximation::kAtLeast:
    case Approximation::kMoreThan:
      return y >= x - slack;
    case Approximation::kAtMost:
    case Approximation::kUpTo:
      return y <= x + slack;
    case Approximation::kRange:
      return a.upper && y >= x - slack && y <= *a.upper + slack;
    default:
      return std::fabs(x - y) <= slack;
  }
}

// Two asserted figures of one claim that cannot both hold: different origins, both dated,
// neither fits the other, and not a sequence (different dates with a word of change).
bool Conflict(const Statement& a, const Statement& b) {
  if (a.group == b.group || a.report.date.empty() || b.report.date.empty()) return false;
  // What each figure's own clause says of it must meet: "left eight soldiers dead" and "which
  // has 40,000 troops" count troops of one sentence's happening, not the same thing.
  if (SharedCount(a.clause_themes, b.clause_themes) == 0) return false;
  // The same thing said of the same happening: two themes of context in common ("massed at the
  // border"), more than joining the claim needs ("training 10,000" and "sent 1,500" count
  // different things of one matter).
  if (SharedCount(a.themes, b.themes) < kMinConflictSharedThemes) return false;
  if (Fits(a, b) || Fits(b, a)) return false;
  return a.report.date == b.report.date || !(a.change || b.change);
}

struct WordAt {
  std::string_view text;
  size_t begin;
};

// Words of `text` (ASCII letters with inner apostrophes, UTF-8 letters kept), with offsets;
// a possessive ending ("Seoul's", "Seoul’s") is cut off.
std::vector<WordAt> Words(std::string_view text) {
  std::vector<WordAt> words;
  size_t pos = 0;
  const auto letter = [&](size_t k) {
    const char c = text[k];
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
  };
  while (pos < text.size()) {
    if (!letter(pos)) {
      ++pos;
      continue;
    }
    size_t end = pos;
    while (end < text.size() && letter(end)) ++end;
    words.push_back({text.substr(pos, end - pos), pos});
    // Skip a possessive: 's or ’s.
    if (end + 1 < text.size() && text[end] == '\'' && (text[end + 1] == 's')) end += 2;
    if (end + 3 < text.size() && text.substr(end, 3) == "\xE2\x80\x99" && text[end + 3] == 's')
      end += 4;
    pos = end;
  }
  return words;
}

bool Capitalized(std::string_view word) { return !word.empty() && word[0] >= 'A' && word[0] <= 'Z'; }

// Whether the next word starts right after a single space (names run over spaces only).
bool Adjacent(std::string_view text, const WordAt& a, const WordAt& b) {
  const size_t end = a.begin + a.text.size();
  return b.begin == end + 1 && text[end] == ' ';
}

// What ReadConcepts takes from a word that is not capitalized: whether it speaks of the
// world, and whether it is a content word (long enough, no function word, speech verb or
// reporting word) with its theme.
struct LowerWordReading {
  bool world_scope = false;
  bool content = false;
  std::string theme;
};

// The reading of `word`, remembered per thread: a story's sentences repeat their words, and
// each is read up to three times (sentence, matter, a figure's clause). Bounded: emptied at
// 64k words. The reference is valid until the next call.
const LowerWordReading& ReadLowerWord(std::string_view word) {
  constexpr size_t kMaxCachedWords = size_t{1} << 16;
  thread_local StringMap<LowerWordReading> cache;
  if (const auto it = cache.find(word); it != cache.end()) return it->second;
  if (cache.size() >= kMaxCachedWords) cache.clear();
  const std::string lower = LowerAscii(word);
  LowerWordReading reading;
  reading.world_scope = IsWorldScope(lower);
  reading.content = lower.size() >= kMinContentWordLength && !IsFunctionWord(lower) &&
                    !IsSpeechVerb(lower) && !IsReportingWord(lower);
  if (reading.content) reading.theme = Theme(lower);
  return cache.emplace(word, std::move(reading)).first->second;
}

// Places, names and themes of `text`. `north_south`: the story's countries named "North X" /
// "South X", for "the North" and "the South".
// Entities of type "other" (months, events, words the annotator could not type) are no
// evidence of a common subject; `typed` holds the ids of the others.
void ReadConcepts(std::string_view text, const StoryEntities& entities,
                  const std::unordered_set<std::string>& typed,
                  const std::vector<std::string>& north_south, Statement& s,
                  const std::string& except_theme) {
  const std::vector<WordAt> words = Words(text);
  for (size_t k = 0; k < words.size();) {
    const std::string_view word = words[k].text;
    if (!Capitalized(word)) {
      const LowerWordReading& reading = ReadLowerWord(word);
      if (reading.world_scope) s.world_scope = true;
      if (reading.content && reading.theme != except_theme) AddUnique(s.themes, reading.theme);
      ++k;
      continue;
    }
    // "the North", "the South" (not followed by a capitalized word).
    if ((word == "North" || word == "South") && k > 0 && LowerAscii(words[k - 1].text) == "the" &&
        (k + 1 >= words.size() || !Capitalized(words[k + 1].text) ||
         !Adjacent(text, words[k], words[k + 1]))) {
      for (const std::string& country : north_south) {
        if (std::string_view(country).starts_with(word)) {
          AddUnique(s.places, country);
          break;
        }
      }
      ++k;
      continue;
    }
    // The longest run of up to kMaxNameWords capitalized words that is a place or a name.
    size_t run = 1;
    while (run < kMaxNameWords && k + run < words.size() && Capitalized(words[k + run].text) &&
           Adjacent(text, words[k + run - 1], words[k + run]))
      ++run;
    bool found = false;
    for (size_t n = run; n >= 1 && !found; --n) {
      const size_t begin = words[k].begin;
      const size_t end = words[k + n - 1].begin + words[k + n - 1].text.size();
      const std::string_view name = text.substr(begin, end - begin);
      if (const GazetteerEntry* place = FindGazetteer(name);
          place && place->kind != GazetteerKind::kPlace) {
        AddUnique(s.places, place->country);
        k += n;
        found = true;
      } else if (n >= 1 && !(n == 1 && k == 0 && IsFunctionWord(LowerAscii(name)))) {
        const std::string id = entities.IdForName(name);
        if (!id.empty()) {
          if (typed.count(id)) AddUnique(s.names, id);
          k += n;
          found = true;
        }
      }
    }
    if (!found) ++k;
  }
}


bool SameFigureMatter(const Statement& a, const Statement& b) {
  if (a.noun != b.noun || a.unit != b.unit) return false;
  if (a.world_scope != b.world_scope && (!a.places.empty() || !b.places.empty())) return false;
  if (!a.places.empty() && !b.places.empty() && SharedCount(a.places, b.places) == 0)
    return false;
  const double x = *a.report.value, y = *b.report.value;
  const bool same_value = std::fabs(x - y) <= kConflictRatio * std::max(std::fabs(x), std::fabs(y));
  const size_t shared_context = SharedCount(a.themes, b.themes);
  const size_t shared_places = SharedCount(a.places, b.places) + SharedCount(a.names, b.names);
  return shared_context >= 2 || (shared_context + shared_places >= 1 && same_value) ||
         (shared_places >= 1 && shared_context >= 1);
}

// Plain reports (no cue) are compared with cue statements only, and must share at least two
// themes (or the one of a one-theme matter) and half of the cue matter's themes.
bool SameHappening(const Statement& a, const Statement& b) {
  if (a.plain && b.plain) return false;
  if (SharedCount(a.places, b.places) + SharedCount(a.names, b.names) == 0) {
    // Nobody named in common: the whole sentences must say much the same.
    if (!a.places.empty() && !b.places.empty()) return false;
    const size_t shared = SharedCount(a.sentence_themes, b.sentence_themes);
    if (shared < 2 ||
        2 * shared < std::min(a.sentence_themes.size(), b.sentence_themes.size()))
      return false;
  }
  const size_t smaller = a.plain   ? b.themes.size()
                         : b.plain ? a.themes.size()
                                   : std::min(a.themes.size(), b.themes.size());
  if (smaller == 0) return false;
  const size_t shared = SharedCount(a.themes, b.themes);
  if (shared == 0 || 2 * shared < smaller) return false;
  return shared >= 2 || smaller <= 1;
}

bool Supports(const Statement& s) {
  if (s.report.stance == "asserts") return true;
  return s.kind == Kind::kFigure && !s.report.holder_name.empty() &&
         (s.report.stance == "estimates" || s.report.stance == "expects");
}

// The stance a cue gives a figure at [begin, end) of the sentence, or nullopt when the cue
// does not govern it.
std::optional<std::string> FigureStance(const StanceCue& cue, size_t begin, size_t end) {
  if (cue.stance == "asserts") return cue.stance;
  if (begin >= cue.end) return cue.stance;  // the figure is in what the cue governs
  if (cue.describes_subject && end <= cue.begin && cue.begin - end <= kMaxExpectCueDistance)
    return cue.stance;
  return std::nullopt;
}

// A date value as a key that sorts in time: an ISO week ("2024-W42") as its Monday
// ("2024-10-14"); other values (days, months, years) as written.
std::string TimeOrderKey(const std::string& value) {
  if (value.size() != 8 || value[4] != '-' || value[5] != 'W') return value;
  int year = 0, week = 0;
  if (std::sscanf(value.c_str(), "%4d-W%2d", &year, &week) != 2 || week < 1 || week > 53) return value;
  const int64_t jan4 = DaysFromCivil(year, 1, 4);
  const int64_t weekday = ((jan4 % 7) + 7 + 3) % 7;  // 0 = Monday (day 0 is a Thursday)
  const Date monday = CivilFromDays(jan4 - weekday + 7 * (week - 1));
  return monday.ToIso();
}

uint64_t Fnv1a(std::string_view text, uint64_t hash = 1469598103934665603ULL) {
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return hash;
}

// Inverted index of concepts to statement indexes (claims are found through statements).
class ConceptIndex {
 public:
  void Add(const std::string& key, size_t statement) { postings_[key].push_back(statement); }
  // Appends the newest kMaxPostingsRead statements indexed under `key`.
  void Read(const std::string& key, std::vector<size_t>& out) const {
    const auto it = postings_.find(key);
    if (it == postings_.end()) return;
    const std::vector<size_t>& list = it->second;
    const size_t from = list.size() > kMaxPostingsRead ? list.size() - kMaxPostingsRead : 0;
    out.insert(out.end(), list.begin() + static_cast<std::ptrdiff_t>(from), list.end());
  }

 private:
  std::unordered_map<std::string, std::vector<size_t>> postings_;
};

std::vector<std::string> IndexKeys(const Statement& s) {
  std::vector<std::string> keys;
  if (s.kind == Kind::kFigure) {
    keys.push_back("f\t" + s.noun + "\t" + s.unit);
    return keys;
  }
  for (const std::string& theme : s.themes) keys.push_back("h\t" + theme);
  return keys;
}

// The matter of the statement most widely carried (most documents), figures preferred for a
// figure claim, cue statements before plain reports.
std::string About(const std::vector<const Statement*>& members) {
  const Statement* best = nullptr;
  // Cue statements before plain reports; a matter that names who or where ("number of North
  // Korean troops") before a bare one ("number of soldiers"); then the most documents.
  const auto rank = [](const Statement* s) {
    const bool named = std::any_of(s->about.begin() + std::min<size_t>(s->about.size(), 1),
                                   s->about.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    return (s->plain ? 0 : 2) + (named ? 1 : 0);
  };
  for (const Statement* s : members) {
    if (s->about.empty()) continue;
    if (!best || rank(s) > rank(best) ||
        (rank(s) == rank(best) && s->report.documents.size() > best->report.documents.size()))
      best = s;
  }
  return best ? best->about : std::string();
}

}  // namespace

std::vector<ReportClaim> BuildClaims(const StoryView& story, const StoryEntities& entities) {
  // The story's "North X" / "South X" countries, for "the North" / "the South".
  std::vector<std::string> north_south;
  for (const ReportEntity& e : entities.entities) {
    if ((e.name.starts_with("North ") || e.name.starts_with("South ")) && FindGazetteer(e.name))
      AddUnique(north_south, FindGazetteer(e.name)->country);
  }

  std::unordered_set<std::string> typed;
  for (const ReportEntity& e : entities.entities) {
    if (e.type != "other") typed.insert(e.id);
  }

  std::vector<Statement> statements;
  // Per syndication group, its statements (for duplicates within the group).
  std::unordered_map<uint32_t, std::vector<size_t>> by_group;
  const auto add = [&](Statement&& s, const StoryDocument& doc) {
    // Who speaks is not what the statement is about ("X said his party ..." and "X denied
    // ..." share a speaker, not a subject).
    std::erase(s.names, s.report.holder);
    std::vector<size_t>& mine = by_group[doc.group];
    const size_t from = mine.size() > kMaxSameGroupCompared ? mine.size() - kMaxSameGroupCompared : 0;
    for (size_t k = from; k < mine.size(); ++k) {
      Statement& other = statements[mine[k]];
      if (other.kind == s.kind && other.report.stance == s.report.stance &&
          SortedSetsOverlapReaches(other.word_set, s.word_set, kSameStatementOverlap)) {
        AddStoryDocument(other.report.documents, doc.article->id);
        return;
      }
    }
    s.report.documents.push_back(doc.article->id);
    s.report.origin = doc.group_id;
    s.group = doc.group;
    s.order = statements.size();
    mine.push_back(statements.size());
    statements.push_back(std::move(s));
  };

  for (const StoryDocument& doc : story.documents) {
    for (const Span& sentence : doc.sentences) {
      const std::string text = doc.body.substr(sentence.begin, sentence.size());
      const auto [holder, holder_name] = SentenceSource(doc, sentence, entities);
      // The sentence's first counted figure (quantities are sorted by where they begin).
      const QuantityMention* figure = nullptr;
      const std::vector<QuantityMention>& quantities = doc.annotations->quantities;
      for (auto q = std::lower_bound(
               quantities.begin(), quantities.end(), sentence.begin,
               [](const QuantityMention& m, uint32_t begin) { return m.span.begin < begin; });
           q != quantities.end() && q->span.begin < sentence.end; ++q) {
        // A vague order of magnitude ("thousands of soldiers": 1,000-10,000) is no value a
        // figure claim can set beside others; its sentence stays a happening.
        const bool vague = q->upper && q->text.find_first_of("0123456789") == std::string::npos;
        if (q->span.end <= sentence.end && !q->counts.empty() && !vague) {
          figure = &*q;
          break;
        }
      }
      const std::optional<StanceCue> cue = FindStanceCue(text);
      if (!cue && holder_name.empty()) continue;
      const FigureDates dates = DatesOfFigure(doc, sentence);  // as of, expected by
      const std::string& date = dates.as_of;
      std::vector<std::string> words = NormalizedWords(text);
      bool cue_used_by_figure = false;

      if (figure) {
        std::optional<std::string> stance;
        if (cue) {
          stance = FigureStance(*cue, figure->span.begin - sentence.begin,
                                figure->span.end - sentence.begin);
          cue_used_by_figure = stance.has_value();
        }
        if (!stance && !holder_name.empty()) stance = "asserts";
        if (stance) {
          Statement s;
          s.kind = Kind::kFigure;
          s.report.holder = holder;
          s.report.holder_name = holder_name;
          s.report.stance = *stance;
          s.report.text = text;
          s.report.date = date;
          s.report.expected_by = dates.expected_by;
          s.report.value = figure->value;
          s.report.unit = figure->unit;
          const std::vector<std::string> counted = NormalizedWords(figure->counts);
          s.noun = counted.empty() ? Theme("") : Theme(counted.back());
          s.unit = figure->unit;
          s.about = FigureMatter(doc.body, *figure);
          ReadConcepts(text, entities, typed, north_south, s, s.noun);
          {
            Statement clause;
            ReadConcepts(ClauseHolding(text, figure->span.begin - sentence.begin,
                                       figure->span.end - sentence.begin),
                         entities, typed, north_south, clause, s.noun);
            s.clause_themes = std::move(clause.themes);
          }
          s.approximation = figure->approximation;
          s.upper = figure->upper;
          for (const std::string& w : words) s.change = s.change || IsChangeWord(w);
          s.words = words;
          s.word_set = SortedDistinct(words);
          add(std::move(s), doc);
        }
      }
      if (cue_used_by_figure) continue;
      // A happening: what the cue governs, or what a named source reports.
      Statement s;
      s.kind = Kind::kHappening;
      s.report.holder = holder;
      s.report.holder_name = holder_name;
      s.report.text = text;
      s.report.date = date;
      if (cue && cue->stance == "expects") s.report.expected_by = dates.expected_by;
      if (cue) {
        s.report.stance = cue->stance;
        s.about = StatementMatter(text, *cue);
        // Themes, places and names from the matter; when the matter names no one, places and
        // names from the whole sentence ("Both X and Y denied weapons transfers").
        Statement whole;
        ReadConcepts(text, entities, typed, north_south, whole, std::string());
        ReadConcepts(s.about.empty() ? std::string_view(text) : std::string_view(s.about),
                     entities, typed, north_south, s, std::string());
        if (s.places.empty() && s.names.empty()) {
          s.places = std::move(whole.places);
          s.names = std::move(whole.names);
        }
        s.sentence_themes = std::move(whole.themes);
      } else {
        s.report.stance = "asserts";
        s.plain = true;
        ReadConcepts(text, entities, typed, north_south, s, std::string());
        if (s.places.empty() && s.names.empty()) continue;
        s.sentence_themes = s.themes;
        s.about = text.size() <= kMaxFallbackAboutBytes ? text : std::string();
      }
      if (s.themes.empty()) continue;
      s.word_set = SortedDistinct(words);
      s.words = std::move(words);
      add(std::move(s), doc);
    }
  }

  // Claims: each statement joins the claim of the first indexed statement it matches.
  std::vector<std::vector<size_t>> claims;
  ConceptIndex index;
  std::vector<size_t> candidates;
  for (size_t i = 0; i < statements.size(); ++i) {
    Statement& s = statements[i];
    candidates.clear();
    const std::vector<std::string> keys = IndexKeys(s);
    for (const std::string& key : keys) index.Read(key, candidates);
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    size_t home = claims.size();
    for (size_t c : candidates) {
      const Statement& other = statements[c];
      if (other.kind != s.kind || other.claim >= home) continue;
      const bool same = s.kind == Kind::kFigure ? SameFigureMatter(s, other) : SameHappening(s, other);
      if (same) home = other.claim;
    }
    if (home == claims.size()) claims.emplace_back();
    claims[home].push_back(i);
    s.claim = home;
    if (!s.plain)
      for (const std::string& key : keys) index.Add(key, i);
  }

  struct RankedClaim {
    ReportClaim claim;
    size_t groups = 0;
    size_t documents = 0;
  };
  std::vector<RankedClaim> ranked;
  std::unordered_set<std::string> ids;
  for (const std::vector<size_t>& member_indexes : claims) {
    std::vector<const Statement*> members;
    for (size_t i : member_indexes) members.push_back(&statements[i]);
    const Kind kind = members.front()->kind;
    // A plain report alone, or plain reports of one origin, are quotes, not a claim.
    std::set<uint32_t> groups;
    bool has_cue = false;
    for (const Statement* s : members) {
      groups.insert(s->group);
      has_cue = has_cue || !s->plain;
    }
    if (!has_cue && groups.size() < 2) continue;

    // Time order: dated statements first by date, then reading order.
    std::stable_sort(members.begin(), members.end(), [](const Statement* a, const Statement* b) {
      if (a->report.date.empty() != b->report.date.empty()) return !a->report.date.empty();
      const std::string x = TimeOrderKey(a->report.date), y = TimeOrderKey(b->report.date);
      if (x != y) return x < y;
      return a->order < b->order;
    });

    ReportClaim claim;
    claim.kind = kind == Kind::kFigure ? "figure" : "happening";
    claim.about = About(members);
    std::set<uint32_t> supporting;
    bool denied = false, doubted = false, conflicting = false;
    std::vector<const Statement*> asserted;  // figures asserted, for conflicts
    for (const Statement* s : members) {
      claim.statements.push_back(s->report);
      if (s->report.stance == "denies") denied = true;
      if (s->report.stance == "cannot_confirm") doubted = true;
      if (Supports(*s)) supporting.insert(s->group);
      if (kind == Kind::kFigure && s->report.stance == "asserts" &&
          asserted.size() < kMaxConflictCompared)
        asserted.push_back(s);
    }
    for (size_t a = 0; a < asserted.size() && !conflicting; ++a) {
      for (size_t b = a + 1; b < asserted.size() && !conflicting; ++b)
        conflicting = Conflict(*asserted[a], *asserted[b]);
    }
    if (kind == Kind::kFigure) {
      // A figure is supported by the origins that give the same value (within kConflictRatio;
      // a bound such as "up to 3,000" fits 1,500 but does not confirm it): the claim's support
      // is that of its best-supported value (1,500 from two origins, 3,000 from two: two).
      std::vector<const Statement*> giving;
      for (const Statement* s : members) {
        if (Supports(*s) && giving.size() < kMaxConflictCompared) giving.push_back(s);
      }
      size_t best = 0;
      for (const Statement* s : giving) {
        std::set<uint32_t> origins;
        for (const Statement* other : giving) {
          const double x = *s->report.value, y = *other->report.value;
          if (std::fabs(x - y) <= kConflictRatio * std::max(std::fabs(x), std::fabs(y)))
            origins.insert(other->group);
        }
        best = std::max(best, origins.size());
      }
      supporting.clear();
      for (size_t k = 0; k < best; ++k) supporting.insert(static_cast<uint32_t>(k));
    }
    if (claim.about.empty())
      claim.about = members.front()->report.text.substr(0, kMaxFallbackAboutBytes);
    claim.independent_support = static_cast<int>(supporting.size());
    if (conflicting)
      claim.status = "conflicting";
    else if (!supporting.empty() && (denied || doubted))
      claim.status = "contested";
    else if (denied)
      claim.status = "denied";
    else if (supporting.size() >= 2)
      claim.status = "corroborated";
    else if (supporting.size() == 1)
      claim.status = "single_source";
    else
      claim.status = "unconfirmed";

    // Stable id: from what the claim is, not from the run's order.
    const Statement& first = *members.front();
    uint64_t hash = Fnv1a(claim.kind);
    if (kind == Kind::kFigure) {
      hash = Fnv1a(first.noun + "\t" + first.unit, hash);
      for (const std::string& p : first.places) hash = Fnv1a(p, hash);
    } else {
      for (const std::string& w : first.words) hash = Fnv1a(w + " ", hash);
    }
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "c%08llx", static_cast<unsigned long long>(hash & 0xffffffffULL));
    std::string id = buffer;
    for (int n = 2; ids.count(id); ++n) id = std::string(buffer) + "-" + std::to_string(n);
    ids.insert(id);
    claim.id = id;

    std::set<std::string> documents;
    for (const Statement* s : members) documents.insert(s->report.documents.begin(), s->report.documents.end());
    ranked.push_back({std::move(claim), groups.size(), documents.size()});
  }
  // Most widely reported first.
  std::stable_sort(ranked.begin(), ranked.end(), [](const RankedClaim& a, const RankedClaim& b) {
    if (a.groups != b.groups) return a.groups > b.groups;
    if (a.documents != b.documents) return a.documents > b.documents;
    return a.claim.independent_support > b.claim.independent_support;
  });
  std::vector<ReportClaim> result;
  for (RankedClaim& r : ranked) result.push_back(std::move(r.claim));
  return result;
}

}  // namespace crosscheck::reconcile
