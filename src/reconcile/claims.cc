// Claims: what the story's sources say about the same matter, and how they stand on it.
//
// A statement is a sentence with a stance cue (first version, lexical; see claim_about.cc):
//   cannot_confirm — "cannot/could not/unable to (yet) confirm";  denies — "denied", "denies",
//   "dismissed", "rejected";  asserts — "confirmed", "confirms", or a reported figure (a sentence
//   with a counted quantity and a named source);  expects — "expects", "expected to", "plans",
//   "intends to";  estimates — "estimated", "estimates".
// Its holder is the sentence's speaker (quote cue or words in the sentence); value the first
// counted figure; date the sentence's date or the document's; its matter the words the cue
// governs ("North Korea is sending troops to Russia") or, for a figure, "number of <what it
// counts>".
// Statements join a claim when they count the same thing (head noun stem and unit, with the
// same figure or at least two shared lower-case content words) or, both without figures, share
// enough content words (at least two, half of the smaller set). Status: denied if any denies;
// conflicting if asserted figures for the same noun differ by more than kConflictRatio;
// corroborated if at least two syndication groups assert; single_source if one does; unconfirmed if
// none asserts. independent_support counts the distinct syndication groups asserting. A claim is
// about the matter of its best-supported statement; claims come most widely reported first
// (distinct syndication groups, then documents, then independent support).
#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <string>

#include "annotate/tokens.h"
#include "reconcile/story_parts.h"

namespace crosscheck::reconcile {
namespace {

constexpr double kConflictRatio = 0.10;
constexpr double kSameMatterOverlap = 0.5;
constexpr size_t kMinSharedContentWords = 2;
constexpr double kSameStatementOverlap = 0.8;
constexpr size_t kMinContentWordLength = 4;
constexpr size_t kMaxFallbackAboutBytes = 80;

struct Statement {
  ReportStatement report;
  std::string noun;                  // head stem of the counted noun, empty without a figure
  std::string counts;                // the counted noun phrase as written
  std::vector<std::string> content;  // content word stems
  std::vector<std::string> words;    // normalized words (duplicate detection)
  std::set<uint32_t> groups;         // syndication groups of its documents
  std::string about;                 // the matter in words from the text
  std::string unit;                  // the figure's unit ("%", "USD"), empty for counts
  std::vector<std::string> context;  // stems of the lower-case content words, without the noun
};

// Stems of the lower-case content words of `text` (names left out: they say who, not what).
std::vector<std::string> LowerCaseContentStems(std::string_view text, const std::string& except) {
  std::vector<std::string> stems;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = pos;
    while (end < text.size() &&
           ((text[end] >= 'a' && text[end] <= 'z') || (text[end] >= 'A' && text[end] <= 'Z')))
      ++end;
    if (end == pos) {
      ++pos;
      continue;
    }
    const std::string_view word = text.substr(pos, end - pos);
    pos = end;
    if (word[0] < 'a' || word.size() < kMinContentWordLength || IsFunctionWord(word) ||
        IsSpeechVerb(word))
      continue;
    std::string stem = Stem(word);
    if (stem != except) AddUnique(stems, stem);
  }
  return stems;
}

std::vector<std::string> ContentStems(std::string_view text) {
  std::vector<std::string> stems;
  for (const std::string& w : NormalizedWords(text)) {
    if (w.size() < kMinContentWordLength || IsFunctionWord(w) || IsSpeechVerb(w)) continue;
    AddUnique(stems, Stem(w));
  }
  return stems;
}

size_t SharedCount(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t shared = 0;
  for (const std::string& w : a) shared += std::find(b.begin(), b.end(), w) != b.end() ? 1 : 0;
  return shared;
}

// The matter of the statement most widely carried (most groups, then documents).
std::string About(const std::vector<Statement*>& members) {
  const Statement* best = nullptr;
  for (const Statement* s : members) {
    if (s->about.empty()) continue;
    if (!best || s->groups.size() > best->groups.size() ||
        (s->groups.size() == best->groups.size() &&
         s->report.documents.size() > best->report.documents.size()))
      best = s;
  }
  return best ? best->about : std::string();
}

}  // namespace

std::vector<ReportClaim> BuildClaims(const StoryView& story, const StoryEntities& entities) {
  std::vector<Statement> statements;
  for (const StoryDocument& doc : story.documents) {
    for (const Span& sentence : doc.sentences) {
      const std::string text = doc.body.substr(sentence.begin, sentence.size());
      const auto [holder, holder_name] = SentenceSource(doc, sentence, entities);
      // The sentence's first counted figure (quantities are sorted by where they begin).
      const QuantityMention* figure = nullptr;
      const std::vector<QuantityMention>& quantities = doc.annotations->quantities;
      for (auto q = std::lower_bound(
               quantities.begin(), quantities.end(), sentence.begin,
               [](const QuantityMention&m, uint32_t begin) { return m.span.begin < begin; });
           q != quantities.end() && q->span.begin < sentence.end; ++q) {
        if (q->span.end <= sentence.end && !q->counts.empty()) {
          figure = &*q;
          break;
        }
      }
      const std::optional<StanceCue> cue = FindStanceCue(text);
      std::optional<std::string> stance;
      if (cue) stance = cue->stance;
      if (!stance && figure && !holder_name.empty()) stance = "asserts";
      if (!stance) continue;
      Statement s;
      s.report.holder = holder;
      s.report.holder_name = holder_name;
      s.report.stance = *stance;
      s.report.text = text;
      s.report.date = SentenceDate(doc, sentence);
      if (figure) {
        s.report.value = figure->value;
        s.noun = HeadStem(figure->counts);
        s.counts = figure->counts;
        s.about = FigureMatter(doc.body, *figure);
        s.unit = figure->unit;
        s.context = LowerCaseContentStems(text, s.noun);
      } else if (cue) {
        s.about = StatementMatter(text, *cue);
      }
      s.content = ContentStems(text);
      s.words = NormalizedWords(text);
      // The same sentence in a syndicated copy is one statement with both documents.
      Statement* same = nullptr;
      for (Statement& other : statements) {
        if (other.report.stance == s.report.stance &&
            OverlapCoefficient(other.words, s.words) >= kSameStatementOverlap) {
          same = &other;
          break;
        }
      }
      if (!same) {
        statements.push_back(std::move(s));
        same = &statements.back();
      }
      AddUnique(same->report.documents, doc.article->id);
      same->groups.insert(doc.group);
    }
  }

  // Group statements into claims.
  std::vector<std::vector<Statement*>> claims;
  for (Statement& s : statements) {
    std::vector<Statement*>* home = nullptr;
    for (auto& claim : claims) {
      const Statement& first = *claim.front();
      // The same counted thing: same noun and unit, and either the same figure or the same
      // context ("160,000 people settle each year" and "constituencies of 70,000 people" are
      // different matters).
      bool same_noun = false;
      for (const Statement* member : claim) {
        if (s.noun.empty() || s.noun != member->noun || s.unit != member->unit) continue;
        const double a = *s.report.value, b = *member->report.value;
        same_noun = same_noun || std::fabs(a - b) <= kConflictRatio * std::max(a, b) ||
                    SharedCount(s.context, member->context) >= kMinSharedContentWords;
      }
      const bool same_words = s.noun.empty() && first.noun.empty() &&
                              SharedCount(s.content, first.content) >= kMinSharedContentWords &&
                              OverlapCoefficient(s.content, first.content) >= kSameMatterOverlap;
      if (same_noun || same_words) {
        home = &claim;
        break;
      }
    }
    if (!home) {
      claims.emplace_back();
      home = &claims.back();
    }
    home->push_back(&s);
  }

  struct RankedClaim {
    ReportClaim claim;
    size_t groups = 0;
    size_t documents = 0;
  };
  std::vector<RankedClaim> ranked;
  for (const auto& members : claims) {
    ReportClaim claim;
    claim.about = About(members);
    std::set<uint32_t> asserting_groups;
    bool denied = false, conflicting = false;
    std::optional<double> asserted_value;
    for (const Statement* s : members) {
      claim.statements.push_back(s->report);
      if (s->report.stance == "denies") denied = true;
      if (s->report.stance == "asserts")
        asserting_groups.insert(s->groups.begin(), s->groups.end());
      if ((s->report.stance == "asserts" || s->report.stance == "estimates") && s->report.value &&
          !s->noun.empty()) {
        if (!asserted_value) {
          asserted_value = s->report.value;
        } else if (std::fabs(*s->report.value - *asserted_value) >
                   kConflictRatio * std::max(*asserted_value, *s->report.value)) {
          conflicting = true;
        }
      }
    }
    if (claim.about.empty())
      claim.about = members.front()->report.text.substr(0, kMaxFallbackAboutBytes);
    claim.independent_support = static_cast<int>(asserting_groups.size());
    if (denied)
      claim.status = "denied";
    else if (conflicting)
      claim.status = "conflicting";
    else if (asserting_groups.size() >= 2)
      claim.status = "corroborated";
    else if (asserting_groups.size() == 1)
      claim.status = "single_source";
    else
      claim.status = "unconfirmed";
    std::set<uint32_t> groups;
    std::set<std::string> documents;
    for (const Statement* s : members) {
      groups.insert(s->groups.begin(), s->groups.end());
      documents.insert(s->report.documents.begin(), s->report.documents.end());
    }
    ranked.push_back({std::move(claim), groups.size(), documents.size()});
  }
  // Most widely reported first; ids follow the reading order.
  std::stable_sort(ranked.begin(), ranked.end(), [](const RankedClaim& a, const RankedClaim& b) {
    if (a.groups != b.groups) return a.groups > b.groups;
    if (a.documents != b.documents) return a.documents > b.documents;
    return a.claim.independent_support > b.claim.independent_support;
  });
  std::vector<ReportClaim> result;
  for (RankedClaim& r : ranked) {
    r.claim.id = "c" + std::to_string(result.size() + 1);
    result.push_back(std::move(r.claim));
  }
  return result;
}

}  // namespace crosscheck::reconcile
