// Entity annotation in two passes over the body.
//
// Pass 1 (per sentence, entity_scanner.h) collects candidate names, each typed by the first
// rule that fires (see entities.h).
//
// Pass 2 (per document) resolves names: a single word equal to the first or last word of a
// multi-word person becomes that person (the most recent one before it, else the first);
// acronyms resolve to the organization whose initials they are; country aliases resolve to
// the country. Sentence-initial single words that no rule typed are dropped (they are
// usually ordinary words: "Earlier", "Additional").
#include "annotate/entities.h"

#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "annotate/entity_cues.h"
#include "annotate/entity_scanner.h"
#include "annotate/entity_typer.h"
#include "annotate/language_data.h"
#include "annotate/tokens.h"
#include "base/lexicon.h"

namespace crosscheck {
namespace {

// Initials of a multi-word name, skipping function words: "Civil Aviation Authority" -> "CAA".
std::string Initials(const std::vector<std::string_view>& words) {
  std::string out;
  for (std::string_view w : words) {
    if (IsFunctionWord(w) && !StartsWithUpper(w)) continue;
    out += w[0];
  }
  return out;
}

}  // namespace

std::string_view GazetteerCountryOf(std::string_view name) {
  const GazetteerEntry* entry = FindGazetteer(name);
  return entry ? std::string_view(entry->country) : std::string_view();
}

bool IsCapitalCity(std::string_view name) {
  const GazetteerEntry* entry = FindGazetteer(name);
  return entry && entry->kind == GazetteerKind::kCapital;
}

bool IsPluralDemonym(std::string_view name) {
  const GazetteerEntry* entry = FindGazetteer(name);
  return entry && entry->kind == GazetteerKind::kPlural;
}

bool IsDemonymAdjective(std::string_view name) {
  const GazetteerEntry* entry = FindGazetteer(name);
  return entry && entry->kind == GazetteerKind::kAdjective;
}

namespace {

// Both passes; with `samples`, records the names the learned typer decides (with their
// spans) instead of applying it.
void AnnotateEntities(const TextReading& reading, Annotations& out,
                      std::vector<EntityTyperSample>* samples) {
  const std::string_view body = reading.body();
  ScannedCandidates scanned = ScanEntityCandidates(reading);
  std::vector<Candidate>& candidates = scanned.candidates;
  // The weak defaults (a person for two or three capitalized words, an organization after
  // "the") do not hold for a name the document also writes in lower case ("Image Comics"
  // beside "the image", "the Government" beside "government"): such words are ordinary nouns.
  for (Candidate& candidate : candidates) {
    if (!candidate.weak) continue;
    for (std::string_view word : candidate.words) {
      if (scanned.lower_case_words.count(LowerAscii(word)) > 0) {
        candidate.type = EntityType::kOther;
        candidate.typed = false;
        candidate.weak = false;
        break;
      }
    }
  }

  // Pass 2: resolve names within the document.
  std::vector<std::string> canonical(candidates.size());
  for (size_t c = 0; c < candidates.size(); ++c)
    canonical[c] = JoinWords(candidates[c].words, 0, candidates[c].words.size());

  // Indexes so that each lookup below is a search, not a scan of all candidates. The loop
  // further down only ever turns an untyped multi-word candidate into a person when a person
  // with the same words already exists, so who will be a multi-word person is known up front.
  std::set<std::vector<std::string_view>> person_words;  // words of multi-word persons
  for (const Candidate& other : candidates) {
    if (other.type == EntityType::kPerson && other.words.size() >= 2)
      person_words.insert(other.words);
  }
  const auto is_multiword = [&](const Candidate& other) { return other.words.size() >= 2; };
  const auto same_as_person = [&](const Candidate& other) {
    return is_multiword(other) && !other.typed && person_words.count(other.words) > 0;
  };
  // First or last word -> indices of multi-word persons, as typed initially (`typed_persons`)
  // and once the same-words rule has run (`all_persons`); both ascending.
  std::unordered_map<std::string_view, std::vector<size_t>> typed_persons, all_persons;
  const auto index_by_end_words = [](auto& index, const Candidate& other, size_t p) {
    index[other.words.front()].push_back(p);
    if (other.words.back() != other.words.front()) index[other.words.back()].push_back(p);
  };
  // Initials of multi-word organizations -> the first such organization.
  std::unordered_map<std::string, size_t> organization_by_initials;
  for (size_t p = 0; p < candidates.size(); ++p) {
    const Candidate& other = candidates[p];
    if (!is_multiword(other)) continue;
    const bool typed_person = other.type == EntityType::kPerson;
    if (typed_person) index_by_end_words(typed_persons, other, p);
    if (typed_person || same_as_person(other)) index_by_end_words(all_persons, other, p);
    if (other.type == EntityType::kOrganization)
      organization_by_initials.emplace(Initials(other.words), p);
  }

  const auto find_person = [&](size_t c) -> std::optional<size_t> {
    // Most recent earlier multi-word person sharing the first or last word, else the first
    // later one. Earlier candidates have been retyped by now; later ones not yet.
    const std::string_view word = candidates[c].words.front();
    if (const auto it = all_persons.find(word); it != all_persons.end()) {
      const auto before = std::lower_bound(it->second.begin(), it->second.end(), c);
      if (before != it->second.begin()) return *(before - 1);
    }
    if (const auto it = typed_persons.find(word); it != typed_persons.end()) {
      const auto after = std::upper_bound(it->second.begin(), it->second.end(), c);
      if (after != it->second.end()) return *after;
    }
    return std::nullopt;
  };

  // Whether the one word of candidate c is the surname of a multi-word person named before
  // it ("Ana Paris ... Paris said"): then the person, not the capital it also spells.
  const auto surname_of_earlier_person = [&](size_t c) {
    const std::string_view word = candidates[c].words.front();
    const auto it = typed_persons.find(word);
    if (it == typed_persons.end()) return false;
    for (size_t p : it->second) {
      if (p >= c) break;
      if (candidates[p].words.back() == word) return true;
    }
    return false;
  };

  for (size_t c = 0; c < candidates.size(); ++c) {
    Candidate& candidate = candidates[c];
    if (candidate.words.size() == 1 &&
        (candidate.type == EntityType::kPerson || !candidate.typed ||
         (candidate.type == EntityType::kPlace && surname_of_earlier_person(c)))) {
      if (auto person = find_person(c)) {
        candidate.type = EntityType::kPerson;
        candidate.typed = true;
        candidate.resolved = true;
        canonical[c] = JoinWords(candidates[*person].words, 0, candidates[*person].words.size());
      }
    }
    if (same_as_person(candidate)) {
      candidate.type = EntityType::kPerson;
      candidate.typed = true;
      candidate.resolved = true;
    }
    if (candidate.type == EntityType::kOrganization && candidate.words.size() == 1) {
      if (const auto it = organization_by_initials.find(std::string(candidate.words.front()));
          it != organization_by_initials.end()) {
        canonical[c] =
            JoinWords(candidates[it->second].words, 0, candidates[it->second].words.size());
      }
    }
    if (candidate.type == EntityType::kPlace) {
      const GazetteerEntry* g = FindGazetteer(canonical[c]);
      if (g && g->kind == GazetteerKind::kAlias) canonical[c] = g->country;
    }
  }

  // A name typed once keeps its type: a mention with the same words that no rule typed takes
  // the type and canonical name of the first typed one.
  std::unordered_map<std::string, size_t> first_typed_by_name;
  for (size_t c = 0; c < candidates.size(); ++c) {
    if (candidates[c].typed && !candidates[c].weak)
      first_typed_by_name.emplace(JoinWords(candidates[c].words, 0, candidates[c].words.size()), c);
  }
  for (size_t c = 0; c < candidates.size(); ++c) {
    Candidate& candidate = candidates[c];
    if (candidate.typed && !candidate.weak) continue;
    if (const auto it =
            first_typed_by_name.find(JoinWords(candidate.words, 0, candidate.words.size()));
        it != first_typed_by_name.end()) {
      candidate.type = candidates[it->second].type;
      candidate.typed = true;
      candidate.resolved = true;
      canonical[c] = canonical[it->second];
    }
  }
  // The learned typer decides the names only a default typed, or none (entity_typer.h).
  for (Candidate& candidate : candidates) {
    if ((candidate.typed && !candidate.weak) || candidate.resolved || candidate.features.empty())
      continue;
    if (samples != nullptr) {
      samples->push_back({{candidate.begin, candidate.end}, candidate.features});
      continue;
    }
    const std::optional<EntityType> predicted = PredictEntityType(candidate.features);
    if (!predicted) continue;
    candidate.type = *predicted;
    candidate.typed = *predicted != EntityType::kOther;
  }
  for (Candidate& candidate : candidates) {
    if (!candidate.typed && candidate.sentence_initial && candidate.words.size() == 1)
      candidate.drop = true;
  }

  for (size_t c = 0; c < candidates.size(); ++c) {
    const Candidate& candidate = candidates[c];
    if (candidate.drop) continue;
    // A person's full name leading an organization's or work's name is a mention of that person
    // too: "the Ana Lind Foundation" holds "Ana Lind" when she is named in the document.
    if (candidate.type != EntityType::kPerson && candidate.words.size() > 2) {
      for (size_t len = candidate.words.size() - 1; len >= 2; --len) {
        const std::vector<std::string_view> lead(candidate.words.begin(),
                                                 candidate.words.begin() + static_cast<long>(len));
        if (person_words.count(lead) == 0) continue;
        EntityMention inner;
        const auto end = static_cast<uint32_t>(lead.back().data() + lead.back().size() - body.data());
        inner.span = {candidate.begin, end};
        inner.type = EntityType::kPerson;
        inner.text = std::string(body.substr(candidate.begin, end - candidate.begin));
        inner.canonical = JoinWords(lead, 0, lead.size());
        out.entities.push_back(std::move(inner));
        break;
      }
    }
    EntityMention mention;
    mention.span = {candidate.begin, candidate.end};
    mention.type = candidate.type;
    mention.text = std::string(body.substr(candidate.begin, candidate.end - candidate.begin));
    mention.canonical = canonical[c];
    out.entities.push_back(std::move(mention));
  }
  // By start; a containing mention before the ones nested in it ("University of North
  // Carolina" before "North Carolina"), so readers that take the first mention of a phrase
  // get the outer name.
  std::stable_sort(out.entities.begin(), out.entities.end(),
                   [](const EntityMention& a, const EntityMention& b) {
                     if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
                     return a.span.end > b.span.end;
                   });
}

// German capitalises every noun: a capitalised word the document also writes after an
// article or a determiner ("der Arzt", "eine neue Studie") is a noun there, and a mention
// that is such a word (past its own article: "Die Forderungen") is no name. Acronyms and
// known names stay ("die USA", "die Schweiz"), and names of several words stay unless their
// first word is such a noun ("Teil der Lösung"). A single word that no fuller name resolves
// it to goes too, whatever its type: in German it is a noun far more often than a name.
// data/lang/<code>/noun_markers.txt lists the words; a language without the file keeps every
// mention.
// The words before a common noun in one language (data/lang/<code>/noun_markers.txt).
struct NounMarkers {
  explicit NounMarkers(std::string_view language) {
    for (std::string_view entry : LexiconEntries("lang/" + std::string(language) + "/noun_markers"))
      words.insert(LowerWord(entry));
  }
  std::unordered_set<std::string> words;
};

void DropCapitalisedNouns(std::string_view language, const TextReading& reading,
                          std::vector<EntityMention>& entities) {
  const NounMarkers* markers = LanguageReader<NounMarkers>(language, "noun_markers");
  if (markers == nullptr || markers->words.empty() || entities.empty()) return;
  const std::unordered_set<std::string>* marker_set = &markers->words;
  // Words written as nouns somewhere in the document: after a marker, or after a marker and
  // one lower-case word (an adjective).
  std::unordered_set<std::string> nouns;
  for (size_t s = 0; s < reading.sentences().size(); ++s) {
    const std::vector<Token>& tokens = reading.SentenceTokens(s);
    for (size_t k = 0; k + 1 < tokens.size(); ++k) {
      if (tokens[k].kind != TokenKind::kWord ||
          marker_set->count(LowerWord(reading.Text(tokens[k]))) == 0)
        continue;
      size_t noun = k + 1;
      if (noun + 1 < tokens.size() && tokens[noun].kind == TokenKind::kWord &&
          !tokens[noun].capitalized)
        ++noun;
      if (tokens[noun].kind == TokenKind::kWord && tokens[noun].capitalized &&
          !tokens[noun].all_caps)
        nouns.insert(std::string(reading.Text(tokens[noun])));
    }
  }
  // A surname of a person named in full is no noun, article or not ("der optimistische
  // Torgersen" after "Tobias Torgersen").
  for (const EntityMention& e : entities) {
    const std::string_view full = e.canonical.empty() ? std::string_view(e.text) : e.canonical;
    const size_t space = full.rfind(' ');
    if (e.type == EntityType::kPerson && space != std::string_view::npos)
      nouns.erase(std::string(full.substr(space + 1)));
  }
  const auto is_noun_mention = [&](const EntityMention& e) {
    std::string_view text = e.text;
    // Past its own marker: "Die Forderungen" -> "Forderungen".
    if (const size_t space = text.find(' ');
        space != std::string_view::npos && marker_set->count(LowerWord(text.substr(0, space))) > 0)
      text.remove_prefix(space + 1);
    const std::string_view first = text.substr(0, text.find(' '));
    if (IsKnownOrganization(text) || !GazetteerCountryOf(text).empty()) return false;
    if (nouns.count(std::string(first)) > 0) return true;
    // One word alone is a noun far more often than a name, whatever the typer (trained on
    // English) made of it: it stays when it is an acronym, a given name, a known place or
    // body (above), or the surname of a person named in full (its canonical name).
    return text.find(' ') == std::string_view::npos && text.find('-') == std::string_view::npos &&
           e.canonical.find(' ') == std::string::npos && !IsFirstName(text) &&
           !std::all_of(text.begin(), text.end(), [](char c) { return !(c >= 'a' && c <= 'z'); });
  };
  // A noun before a name inside one mention ("Der Arzt Jan Novak"): the name alone stays,
  // a person when it opens with a given name.
  const std::string_view body = reading.body();
  for (EntityMention& e : entities) {
    size_t begin = e.span.begin;
    bool trimmed = false;
    while (true) {
      const std::string_view text = body.substr(begin, e.span.end - begin);
      const size_t space = text.find(' ');
      if (space == std::string_view::npos) break;
      const std::string_view word = text.substr(0, space);
      if (marker_set->count(LowerWord(word)) == 0 && nouns.count(std::string(word)) == 0) break;
      begin += static_cast<uint32_t>(space + 1);
      trimmed = true;
    }
    if (!trimmed) continue;
    const std::string_view name = body.substr(begin, e.span.end - begin);
    if (!StartsWithUpper(name)) continue;
    if (e.canonical == e.text) e.canonical = std::string(name);
    e.span.begin = static_cast<uint32_t>(begin);
    e.text = std::string(name);
    if (e.type == EntityType::kOther && name.find(' ') != std::string_view::npos &&
        IsFirstName(name.substr(0, name.find(' '))))
      e.type = EntityType::kPerson;
  }
  // A surname alone after its full name: that person ("Novak" after "Jan Novak").
  std::unordered_map<std::string, std::string> full_names;
  for (const EntityMention& e : entities) {
    const size_t space = e.text.rfind(' ');
    if (e.type == EntityType::kPerson && space != std::string::npos)
      full_names.emplace(e.text.substr(space + 1), e.canonical.empty() ? e.text : e.canonical);
  }
  for (EntityMention& e : entities) {
    if (e.text.find(' ') != std::string::npos) continue;
    if (const auto found = full_names.find(e.text); found != full_names.end()) {
      e.type = EntityType::kPerson;
      e.canonical = found->second;
      nouns.erase(e.text);
    }
  }
  entities.erase(std::remove_if(entities.begin(), entities.end(), is_noun_mention), entities.end());
  // Trimmed mentions moved their start: by start again, outer first, one mention per span.
  std::stable_sort(entities.begin(), entities.end(),
                   [](const EntityMention& a, const EntityMention& b) {
                     if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
                     return a.span.end > b.span.end;
                   });
  entities.erase(std::unique(entities.begin(), entities.end(),
                             [](const EntityMention& a, const EntityMention& b) {
                               return a.span.begin == b.span.begin && a.span.end == b.span.end;
                             }),
                 entities.end());
}

}  // namespace

void EntityAnnotator::Annotate(const Article& article, const TextReading& reading,
                               Annotations& out) const {
  AnnotateEntities(reading, out, nullptr);
  if (!ReadsEnglish(article.language))
    DropCapitalisedNouns(article.language, reading, out.entities);
}

std::vector<EntityTyperSample> EntityTyperSamples(std::string_view body) {
  Annotations ignored;
  std::vector<EntityTyperSample> samples;
  AnnotateEntities(TextReading(body), ignored, &samples);
  return samples;
}

}  // namespace crosscheck
