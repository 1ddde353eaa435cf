// Entities merged across a story's documents. Mentions with the same canonical name (any
// case) are one entity; then a person whose name's words all appear, first or last word
// matching, in a fuller person's name joins it ("Lind" -> "Ana Lind"); two fuller names that
// only share a surname ("Ana Lind", "Tom Lind") stay two people. The entity's name is the
// fullest name, its aliases every other name and surface form seen, plus each role with the
// name it was written before ("UN chief Lind"); its roles the titles written right before a
// person's name, with the country, demonym or organization that qualifies them ("NATO
// chief", "South Korean President", "US Defense Secretary").
// Organizations are tied to countries by what is written before them ("Portuguese
// National Intelligence Service", "Japan's Defense Ministry"), and to a kind of body by the
// last words of their name (agency_nouns.txt). A description written after a place ("Lisbon's
// spy agency", "Lisbon spy agency") then joins the organization of that kind and that
// country as an alias, and IdForName resolves such descriptions given as sources.
// O(M log M) for M mentions, plus for each person the persons sharing its rarest name word.
#include <algorithm>
#include <cctype>
#include <array>
#include <map>
#include <set>
#include <string>

#include "annotate/entities.h"
#include "annotate/tokens.h"
#include "reconcile/story_parts.h"

namespace crosscheck::reconcile {
namespace {

constexpr size_t kRoleWindowBytes = 40;
// Lower-case modifiers allowed before a body's phrase in a description ("Lisbon's main spy
// agency"), and the words a place name may have.
constexpr size_t kMaxDescriptionModifiers = 2;
constexpr size_t kMaxPlaceWords = 3;
constexpr size_t kMaxPhraseWords = 4;

struct Cluster {
  std::string name;  // fullest canonical
  EntityType type = EntityType::kOther;
  std::vector<std::string> forms;  // canonicals and texts
  std::vector<std::string> roles;
  std::vector<std::string> documents;
  std::set<std::string> countries;  // organizations: countries written before a mention
  std::array<size_t, 5> type_counts{};  // mentions per EntityType
  size_t mentions = 0;
  int merged_into = -1;
};

std::vector<std::string> Words(std::string_view name) {
  std::vector<std::string> words;
  size_t pos = 0;
  while (pos < name.size()) {
    size_t end = name.find_first_of(" \n\t\r", pos);
    if (end == std::string_view::npos) end = name.size();
    if (end > pos) words.emplace_back(name.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

// "Lind" or "Ana Lind" inside "Ana Maria Lind"; first or last word must match.
bool IsShortFormOf(const std::string& short_name, const std::string& full_name) {
  const auto short_words = Words(short_name);
  const auto full_words = Words(full_name);
  if (short_words.empty() || short_words.size() >= full_words.size()) return false;
  if (short_words.front() != full_words.front() && short_words.back() != full_words.back())
    return false;
  for (const std::string& w : short_words) {
    if (std::find(full_words.begin(), full_words.end(), w) == full_words.end()) return false;
  }
  return true;
}

// `name` without a closing designator that only says what kind of body it is ("Yonhap News"
// -> "Yonhap", "Acme Inc." -> "Acme", "Acme News Agency" -> "Acme"); `name` itself when it has
// none.
std::string_view WithoutOrganizationDesignator(std::string_view name) {
  static constexpr std::array<std::string_view, 16> kDesignators = {
      " News Agency", " News", " Agency", " Inc.", " Inc", " Corp.", " Corp", " Corporation",
      " Co.", " Company", " Ltd.", " Ltd", " Group", " plc", " PLC", " LLC"};
  for (std::string_view designator : kDesignators) {
    if (name.size() > designator.size() + 1 && name.ends_with(designator))
      return name.substr(0, name.size() - designator.size());
  }
  return name;
}

// Typographic apostrophes as "'", so "Seoul’s" and "Seoul's" are one form.
std::string StraightApostrophes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size(); ++pos) {
    if (text.compare(pos, 3, "\xE2\x80\x99") == 0) {
      out += '\'';
      pos += 2;
    } else {
      out += text[pos];
    }
  }
  return out;
}

// A title compared across spellings: lower case, British "defence" as "defense".
std::string NormalizedTitle(std::string_view title) {
  std::string lower = LowerAscii(title);
  for (size_t pos = lower.find("defence"); pos != std::string::npos;
       pos = lower.find("defence", pos))
    lower.replace(pos, 7, "defense");
  return lower;
}

// Whether `words` (as written) name a country, capital, demonym or known organization that can
// qualify a role: "South Korean" President, "NATO" chief, "US" Defense Secretary.
bool QualifiesRole(std::string_view words) {
  if (!GazetteerCountryOf(words).empty() || IsKnownOrganization(words)) return true;
  if (words.size() < 2 || words.find(' ') != std::string_view::npos) return false;
  return std::all_of(words.begin(), words.end(), [](char ch) {
    return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '.';
  });
}

// The title written right before a person's mention with what qualifies it: "NATO chief",
// "South Korean President", "US Defense Secretary".
std::string RoleBefore(std::string_view body, const Span& span) {
  const uint32_t from =
      span.begin > kRoleWindowBytes ? span.begin - static_cast<uint32_t>(kRoleWindowBytes) : 0;
  std::string_view window = body.substr(from, span.begin - from);
  while (!window.empty() && window.back() == ' ') window.remove_suffix(1);
  auto words = Words(window);
  // "President of Ukraine": the title is read before "of" and the place follows it.
  std::string of_place;
  for (size_t len = std::min<size_t>(2, words.size()); len >= 1; --len) {
    if (words.size() < len + 2) continue;
    std::string place;
    for (size_t k = words.size() - len; k < words.size(); ++k)
      place += (place.empty() ? "" : " ") + words[k];
    if (words[words.size() - len - 1] == "of" && !IsDemonymAdjective(place) &&
        !IsPluralDemonym(place) && !GazetteerCountryOf(place).empty()) {
      of_place = " of " + place;
      words.resize(words.size() - len - 1);
      break;
    }
  }
  if (words.empty()) return {};
  const auto phrase_of = [&](size_t first) {
    std::string phrase;
    for (size_t k = first; k < words.size(); ++k) phrase += (phrase.empty() ? "" : " ") + words[k];
    return phrase + of_place;
  };
  for (size_t len = std::min<size_t>(3, words.size()); len >= 1; --len) {
    const size_t title_first = words.size() - len;
    std::string title;
    for (size_t k = title_first; k < words.size(); ++k) title += (title.empty() ? "" : " ") + words[k];
    if (!IsPersonTitle(title) || IsHonorific(title)) continue;
    title = phrase_of(title_first);
    // The longest qualifier of one or two words right before the title.
    for (size_t extra = std::min<size_t>(2, title_first); extra >= 1; --extra) {
      std::string qualifier;
      for (size_t k = title_first - extra; k < title_first; ++k)
        qualifier += (qualifier.empty() ? "" : " ") + words[k];
      if (QualifiesRole(qualifier)) return qualifier + " " + title;
    }
    return title;
  }
  return {};
}

// The role an apposition gives a person's mention: "Ana Lind, the defence minister," and "Ana
// Lind, a South Korean politician" -> "defence minister", "South Korean politician". The words
// after the comma and article, up to kMaxAppositionWords, as far as the last title among them
// (lower-case words, or capitalized ones qualifying a role).
std::string RoleInApposition(std::string_view body, const Span& span) {
  constexpr size_t kMaxAppositionWords = 5;
  std::string_view rest = body.substr(span.end, kRoleWindowBytes + kRoleWindowBytes);
  if (!rest.starts_with(", ")) return {};
  rest.remove_prefix(2);
  for (std::string_view article : {"the ", "a ", "an "}) {
    if (rest.starts_with(article)) {
      rest.remove_prefix(article.size());
      break;
    }
  }
  std::vector<std::string> words;
  size_t pos = 0;
  while (pos < rest.size() && words.size() < kMaxAppositionWords) {
    size_t end = pos;
    while (end < rest.size() && (std::isalpha(static_cast<unsigned char>(rest[end])) ||
                                 rest[end] == '-' || rest[end] == '.'))
      ++end;
    if (end == pos) break;
    words.emplace_back(rest.substr(pos, end - pos));
    if (end >= rest.size() || rest[end] != ' ') break;
    pos = end + 1;
  }
  std::string role;
  for (size_t last = words.size(); last >= 1 && role.empty(); --last) {
    const std::string lower = LowerAscii(words[last - 1]);
    if (!IsPersonTitle(lower) || IsHonorific(lower)) continue;
    for (size_t k = 0; k < last; ++k) role += (role.empty() ? "" : " ") + words[k];
  }
  return role;
}

// The country written right before an organization's mention: a demonym ("South Korean
// National Intelligence Service") or a place's possessive ("Japan's Defense Ministry").
std::string CountryBefore(std::string_view body, const Span& span) {
  const uint32_t from =
      span.begin > kRoleWindowBytes ? span.begin - static_cast<uint32_t>(kRoleWindowBytes) : 0;
  std::string window = StraightApostrophes(body.substr(from, span.begin - from));
  while (!window.empty() && window.back() == ' ') window.pop_back();
  const bool possessive = window.ends_with("'s");
  if (possessive) window.resize(window.size() - 2);
  const auto words = Words(window);
  for (size_t len = std::min(kMaxPlaceWords, words.size()); len >= 1; --len) {
    std::string name;
    for (size_t k = words.size() - len; k < words.size(); ++k)
      name += (name.empty() ? "" : " ") + words[k];
    const bool adjective = IsDemonymAdjective(name);
    if (adjective == possessive || IsPluralDemonym(name)) continue;
    if (std::string_view country = GazetteerCountryOf(name); !country.empty())
      return std::string(country);
  }
  return {};
}

// A body's phrase at the start of `rest` (lower-case words, after at most
// kMaxDescriptionModifiers modifiers): its kind and the bytes it takes, else {"", 0}.
std::pair<std::string_view, size_t> AgencyPhraseAt(std::string_view rest) {
  std::vector<size_t> ends;  // byte end of each lower-case word
  size_t pos = 0;
  while (pos < rest.size() && ends.size() < kMaxDescriptionModifiers + kMaxPhraseWords) {
    if (rest[pos] < 'a' || rest[pos] > 'z') break;
    size_t end = pos;
    while (end < rest.size() && rest[end] >= 'a' && rest[end] <= 'z') ++end;
    ends.push_back(end);
    if (end >= rest.size() || rest[end] != ' ') break;
    pos = end + 1;
  }
  for (size_t first = 0; first <= kMaxDescriptionModifiers && first < ends.size(); ++first) {
    const size_t begin = first == 0 ? 0 : ends[first - 1] + 1;
    for (size_t last = ends.size(); last > first; --last) {
      const std::string_view phrase = rest.substr(begin, ends[last - 1] - begin);
      if (std::string_view kind = AgencyKindOf(phrase); !kind.empty()) return {kind, ends[last - 1]};
    }
  }
  return {std::string_view(), 0};
}

}  // namespace

std::optional<std::pair<std::string, std::string>> DescribedAgency(std::string_view name) {
  const std::string text = StraightApostrophes(name);
  const auto words = Words(text);
  // The place: the longest run of up to kMaxPlaceWords leading words the gazetteer knows,
  // with or without a possessive.
  for (size_t len = std::min(kMaxPlaceWords, words.size() - (words.empty() ? 0 : 1)); len >= 1;
       --len) {
    std::string place;
    for (size_t k = 0; k < len; ++k) place += (place.empty() ? "" : " ") + words[k];
    if (place.ends_with("'s")) place.resize(place.size() - 2);
    if (IsPluralDemonym(place)) continue;
    const std::string_view country = GazetteerCountryOf(place);
    if (country.empty()) continue;
    std::string rest;
    for (size_t k = len; k < words.size(); ++k) rest += (rest.empty() ? "" : " ") + words[k];
    const auto [kind, taken] = AgencyPhraseAt(rest);
    if (kind.empty() || taken != rest.size()) return std::nullopt;
    return std::make_pair(std::string(country), std::string(kind));
  }
  return std::nullopt;
}

namespace {

// Descriptions of a body written after a place mention in `body`: "Lisbon's spy agency" ->
// (country, kind, the description as written).
struct Description {
  std::string country, kind, text;
};
void AddDescriptionsAfter(std::string_view body, const EntityMention& place,
                          std::vector<Description>& out) {
  const std::string_view country = GazetteerCountryOf(place.canonical);
  if (country.empty() || IsDemonymAdjective(place.canonical)) return;
  size_t pos = place.span.end;
  if (body.compare(pos, 2, "'s") == 0) {
    pos += 2;
  } else if (body.compare(pos, 4, "\xE2\x80\x99s") == 0) {
    pos += 4;
  }
  if (pos >= body.size() || body[pos] != ' ') return;
  const auto [kind, taken] = AgencyPhraseAt(body.substr(pos + 1, kRoleWindowBytes));
  if (kind.empty()) return;
  out.push_back({std::string(country), std::string(kind),
                 StraightApostrophes(body.substr(place.span.begin, pos + 1 + taken - place.span.begin))});
}

}  // namespace

std::string StoryEntities::IdForName(std::string_view name) const {
  std::string normalized = StraightApostrophes(name);
  if (normalized.size() > 4 && LowerAscii(std::string_view(normalized).substr(0, 4)) == "the ")
    normalized.erase(0, 4);
  if (indexed_ && IsCapitalCity(normalized)) {
    // A capital as a source stands for its country's government: "Moscow said".
    if (const auto it = by_name_.find(LowerAscii(GazetteerCountryOf(normalized)));
        it != by_name_.end())
      return entities[it->second].id;
  }
  std::string id = IdForNormalizedName(normalized);
  if (!id.empty() || !indexed_ || normalized.empty()) return id;
  // "National Intelligence Service (NIS)": the name before its bracketed short form, else
  // the entity whose short form it is (not an entity that is only the short form: the
  // written phrase says more than "HUR").
  if (const size_t open = normalized.rfind(" ("); open != std::string::npos && open > 0 &&
                                                  normalized.back() == ')') {
    if (std::string before = IdForName(std::string_view(normalized).substr(0, open));
        !before.empty())
      return before;
    const std::string_view short_form =
        std::string_view(normalized).substr(open + 2, normalized.size() - open - 3);
    if (const auto it = by_alias_.find(LowerAscii(short_form)); it != by_alias_.end())
      return entities[it->second].id;
    return {};
  }
  if (const auto agency = DescribedAgency(normalized)) {
    if (const auto it = agencies_.find(agency->first + "|" + agency->second);
        it != agencies_.end())
      return entities[it->second].id;
  }
  // "the spy agency", "its national intelligence agency": a body's phrase with no place or
  // name (all lower case) names the story's one organization of that kind, when exactly one
  // country has one.
  if (std::none_of(normalized.begin(), normalized.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    std::string rest = normalized;
    for (std::string_view lead : {"its ", "their ", "his ", "her ", "a "}) {
      if (rest.starts_with(lead)) {
        rest.erase(0, lead.size());
        break;
      }
    }
    const auto [kind, taken] = AgencyPhraseAt(rest);
    if (!kind.empty() && kind != "voice" && taken == rest.size()) {
      const std::string suffix = "|" + std::string(kind);
      size_t found = 0, count = 0;
      for (const auto& [key, index] : agencies_) {
        if (key.ends_with(suffix)) found = index, ++count;
      }
      if (count == 1) return entities[found].id;
    }
  }
  // "Portuguese National Intelligence Service", "Japan's Defense Ministry": the name after a
  // leading demonym or place's possessive, when it is an organization of the story.
  const auto words = Words(normalized);
  for (size_t len = 1; len <= kMaxPlaceWords && len < words.size(); ++len) {
    std::string place, rest;
    for (size_t k = 0; k < words.size(); ++k) {
      std::string& part = k < len ? place : rest;
      part += (part.empty() ? "" : " ") + words[k];
    }
    if (place.ends_with("'s")) {
      place.resize(place.size() - 2);
    } else if (!IsDemonymAdjective(place)) {
      continue;
    }
    if (GazetteerCountryOf(place).empty()) continue;
    const std::string rest_id = IdForNormalizedName(rest);
    const auto it = std::find_if(entities.begin(), entities.end(),
                                 [&](const ReportEntity& e) { return e.id == rest_id; });
    if (it != entities.end() && it->type == "organization") return rest_id;
  }
  // "NATO's website", "the minister's office": what speaks for an entity of the story.
  if (const size_t possessive = normalized.rfind("'s "); possessive != std::string::npos &&
      AgencyKindOf(LowerAscii(std::string_view(normalized).substr(possessive + 3))) == "voice") {
    if (std::string owner = IdForName(std::string_view(normalized).substr(0, possessive));
        !owner.empty())
      return owner;
  }
  // "Lisbon's defence minister", "South Korean defence minister", "defence minister": the
  // title after an optional place, held by exactly one person of the story.
  for (size_t len = 0; len <= kMaxPlaceWords && len < words.size(); ++len) {
    std::string place, title;
    for (size_t k = 0; k < words.size(); ++k) {
      std::string& part = k < len ? place : title;
      part += (part.empty() ? "" : " ") + words[k];
    }
    if (place.ends_with("'s")) place.resize(place.size() - 2);
    const std::string country(GazetteerCountryOf(place));
    if (len > 0 && country.empty()) continue;
    const auto it = role_holders_.find(NormalizedTitle(title));
    if (it == role_holders_.end()) continue;
    std::vector<size_t> fitting;
    for (const auto& [index, role_country] : it->second) {
      if (country.empty() || role_country.empty() || role_country == country)
        fitting.push_back(index);
    }
    if (fitting.size() == 1) return entities[fitting.front()].id;
    break;
  }
  return {};
}

std::string StoryEntities::JointName(std::string_view name) const {
  std::string_view rest = name;
  for (std::string_view lead : {"Both ", "both "}) {
    if (rest.starts_with(lead)) rest.remove_prefix(lead.size());
  }
  std::vector<std::string_view> parts;
  for (size_t and_at = rest.find(" and "); and_at != std::string_view::npos;
       and_at = rest.find(" and ")) {
    parts.push_back(rest.substr(0, and_at));
    rest.remove_prefix(and_at + 5);
  }
  parts.push_back(rest);
  if (parts.size() < 2) return std::string(name);
  std::string joint;
  for (std::string_view part : parts) {
    const std::string id = IdForName(part);
    const auto it = std::find_if(entities.begin(), entities.end(),
                                 [&](const ReportEntity& e) { return e.id == id; });
    if (id.empty() || it == entities.end()) return std::string(name);
    if (!joint.empty()) joint += " and ";
    joint += it->name;
  }
  return joint;
}

void StoryEntities::AddAgency(const std::string& country, std::string_view kind, size_t index) {
  agencies_.emplace(country + "|" + std::string(kind), index);
}

std::string StoryEntities::IdForNormalizedName(std::string_view name) const {
  if (name.empty()) return {};
  const std::string lower = LowerAscii(name);
  if (indexed_) {
    if (const auto it = by_name_.find(lower); it != by_name_.end()) return entities[it->second].id;
    if (const auto it = by_alias_.find(lower); it != by_alias_.end())
      return entities[it->second].id;
    // Every word of a short form is in the full name: the rarest word's persons, in order.
    const std::vector<size_t>* candidates = nullptr;
    for (const std::string& word : Words(name)) {
      const auto it = person_words_.find(word);
      if (it == person_words_.end()) return {};
      if (candidates == nullptr || it->second.size() < candidates->size()) candidates = &it->second;
    }
    if (candidates == nullptr) return {};
    for (size_t index : *candidates) {
      if (IsShortFormOf(std::string(name), entities[index].name)) return entities[index].id;
    }
    return {};
  }
  for (const ReportEntity& e : entities) {
    if (LowerAscii(e.name) == lower) return e.id;
  }
  for (const ReportEntity& e : entities) {
    for (const std::string& alias : e.aliases) {
      if (LowerAscii(alias) == lower) return e.id;
    }
  }
  for (const ReportEntity& e : entities) {
    if (e.type == "person" && IsShortFormOf(std::string(name), e.name)) return e.id;
  }
  return {};
}

void StoryEntities::BuildIndex() {
  by_name_.clear();
  by_alias_.clear();
  role_holders_.clear();
  person_words_.clear();
  for (size_t index = 0; index < entities.size(); ++index) {
    const ReportEntity& e = entities[index];
    by_name_.emplace(LowerAscii(e.name), index);
    for (const std::string& alias : e.aliases) by_alias_.emplace(LowerAscii(alias), index);
    if (e.type != "person") continue;
    for (const std::string& role : e.roles) {
      // Every title the role ends with, and the country its first words name, if any.
      const std::vector<std::string> words = Words(role);
      for (size_t first = 0; first < words.size(); ++first) {
        std::string title, qualifier;
        for (size_t k = 0; k < words.size(); ++k) {
          std::string& part = k < first ? qualifier : title;
          part += (part.empty() ? "" : " ") + words[k];
        }
        if (!IsPersonTitle(LowerAscii(title)) || IsHonorific(LowerAscii(title))) continue;
        auto& holders = role_holders_[NormalizedTitle(title)];
        if (holders.empty() || holders.back().first != index)
          holders.emplace_back(index, std::string(GazetteerCountryOf(qualifier)));
      }
    }
    for (const std::string& word : Words(e.name)) {
      std::vector<size_t>& list = person_words_[word];
      if (list.empty() || list.back() != index) list.push_back(index);
    }
  }
  indexed_ = true;
}

StoryEntities MergeEntities(const StoryView& story) {
  std::vector<Cluster> clusters;
  std::map<std::string, size_t> by_key;  // lower-case canonical -> cluster
  std::vector<Description> descriptions;
  for (const StoryDocument& doc : story.documents) {
    for (const EntityMention& mention : doc.annotations->entities) {
      if (mention.canonical.empty()) continue;
      const std::string key = LowerAscii(mention.canonical);
      auto [it, inserted] = by_key.emplace(key, clusters.size());
      if (inserted) {
        clusters.push_back({});
        clusters.back().name = mention.canonical;
        clusters.back().type = mention.type;
      }
      Cluster& cluster = clusters[it->second];
      // The cluster's type: the most frequent among its typed mentions (the first on a tie),
      // so a country typed an organization where it acts ("Chile said") stays a place when
      // most mentions are places; a typed mention beats "other".
      const auto type_index = static_cast<size_t>(mention.type);
      if (type_index < cluster.type_counts.size()) ++cluster.type_counts[type_index];
      if (cluster.type == EntityType::kOther ||
          (mention.type != EntityType::kOther &&
           cluster.type_counts[type_index] >
               cluster.type_counts[static_cast<size_t>(cluster.type)]))
        cluster.type = mention.type;
      ++cluster.mentions;
      AddUnique(cluster.forms, mention.text);
      AddStoryDocument(cluster.documents, doc.article->id);
      if (mention.type == EntityType::kPerson) {
        if (std::string role = RoleBefore(doc.body, mention.span); !role.empty()) {
          AddUnique(cluster.roles, role);
          AddUnique(cluster.forms, role + " " + mention.text);
        }
        if (std::string role = RoleInApposition(doc.body, mention.span); !role.empty())
          AddUnique(cluster.roles, role);
      }
      if (mention.type == EntityType::kOrganization) {
        if (std::string country = CountryBefore(doc.body, mention.span); !country.empty())
          cluster.countries.insert(std::move(country));
      }
      if (mention.type == EntityType::kPlace || mention.type == EntityType::kOrganization)
        AddDescriptionsAfter(doc.body, mention, descriptions);
    }
  }
  // Persons: short forms join the fullest name that contains them. A full name holds every
  // word of the short one, so the candidates are the persons holding its rarest word (in
  // cluster order, so ties go to the first, as a scan over all clusters would).
  std::map<std::string, std::vector<size_t>> persons_with_word;
  std::vector<size_t> word_count(clusters.size(), 0);
  for (size_t f = 0; f < clusters.size(); ++f) {
    if (clusters[f].type != EntityType::kPerson) continue;
    const std::vector<std::string> words = Words(clusters[f].name);
    word_count[f] = words.size();
    for (const std::string& word : words) {
      std::vector<size_t>& list = persons_with_word[word];
      if (list.empty() || list.back() != f) list.push_back(f);
    }
  }
  // A single untyped word ("Lindqvist" at the start of a sentence, which its own document
  // could not type) may be a short form too. A short form that fits two people who are not
  // forms of one another ("Lind" with "Ana Lind" and "Tom Lind") stays on its own.
  for (size_t s = 0; s < clusters.size(); ++s) {
    const bool single_other =
        clusters[s].type == EntityType::kOther && Words(clusters[s].name).size() == 1;
    if (clusters[s].type != EntityType::kPerson && !single_other) continue;
    const std::vector<size_t>* candidates = nullptr;
    for (const std::string& word : Words(clusters[s].name)) {
      const std::vector<size_t>& list = persons_with_word[word];
      if (candidates == nullptr || list.size() < candidates->size()) candidates = &list;
    }
    int best = -1;
    bool ambiguous = false;
    for (size_t f : candidates ? *candidates : std::vector<size_t>{}) {
      if (f == s || !IsShortFormOf(clusters[s].name, clusters[f].name)) continue;
      if (best >= 0) {
        const std::string& chosen = clusters[static_cast<size_t>(best)].name;
        if (!IsShortFormOf(chosen, clusters[f].name) && !IsShortFormOf(clusters[f].name, chosen))
          ambiguous = true;
      }
      if (best < 0 || word_count[f] > word_count[static_cast<size_t>(best)])
        best = static_cast<int>(f);
    }
    clusters[s].merged_into = ambiguous ? -1 : best;
  }
  // Acronyms: an organization written in capitals ("NIS") joins the one organization whose
  // capitalized words' initials it is ("National Intelligence Service"), across documents.
  std::map<std::string, std::vector<size_t>> organizations_by_initials;
  for (size_t f = 0; f < clusters.size(); ++f) {
    if (clusters[f].type != EntityType::kOrganization) continue;
    const std::vector<std::string> words = Words(clusters[f].name);
    if (words.size() < 2) continue;
    std::string initials;
    for (const std::string& word : words) {
      if (word[0] >= 'A' && word[0] <= 'Z') initials += word[0];
    }
    organizations_by_initials[initials].push_back(f);
  }
  for (size_t s = 0; s < clusters.size(); ++s) {
    const std::string& name = clusters[s].name;
    if (clusters[s].type != EntityType::kOrganization || name.size() < 2 ||
        !std::all_of(name.begin(), name.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
      continue;
    const auto it = organizations_by_initials.find(name);
    if (it != organizations_by_initials.end() && it->second.size() == 1)
      clusters[s].merged_into = static_cast<int>(it->second.front());
  }
  // Organizations: a name that is another's without its legal or trade designator ("Yonhap"
  // and "Yonhap News", "Acme" and "Acme Inc.") is its short form, also when its own
  // documents typed the bare word a person or left it untyped ("Acme says …") and no fuller
  // person's name holds it.
  std::map<std::string, size_t> organizations_by_name;
  for (size_t f = 0; f < clusters.size(); ++f) {
    const Cluster& c = clusters[f];
    const bool bare_word = c.type != EntityType::kPlace && Words(c.name).size() == 1;
    if ((c.type == EntityType::kOrganization || bare_word) && c.merged_into < 0)
      organizations_by_name.emplace(c.name, f);
  }
  for (size_t f = 0; f < clusters.size(); ++f) {
    if (clusters[f].type != EntityType::kOrganization) continue;
    const std::string& full = clusters[f].name;
    const std::string_view base = WithoutOrganizationDesignator(full);
    if (base.size() == full.size() || base.empty()) continue;
    const auto it = organizations_by_name.find(std::string(base));
    if (it != organizations_by_name.end() && it->second != f &&
        clusters[it->second].merged_into < 0)
      clusters[it->second].merged_into = static_cast<int>(f);
  }
  for (size_t s = 0; s < clusters.size(); ++s) {
    int target = clusters[s].merged_into;
    while (target >= 0 && clusters[static_cast<size_t>(target)].merged_into >= 0)
      target = clusters[static_cast<size_t>(target)].merged_into;
    if (target < 0) continue;
    Cluster& into = clusters[static_cast<size_t>(target)];
    AddUnique(into.forms, clusters[s].name);
    for (const auto& f : clusters[s].forms) AddUnique(into.forms, f);
    for (const auto& r : clusters[s].roles) AddUnique(into.roles, r);
    for (const auto& d : clusters[s].documents) AddUnique(into.documents, d);
    into.mentions += clusters[s].mentions;
  }
  // Organizations by (country, kind): the most mentioned one of each pair. Descriptions of
  // such a body join it as aliases.
  std::map<std::pair<std::string, std::string>, size_t> agency_clusters;
  for (size_t c = 0; c < clusters.size(); ++c) {
    if (clusters[c].type != EntityType::kOrganization || clusters[c].merged_into >= 0) continue;
    const std::string_view kind = AgencyKindOfName(clusters[c].name);
    if (kind.empty()) continue;
    for (const std::string& country : clusters[c].countries) {
      auto [it, inserted] = agency_clusters.emplace(std::make_pair(country, std::string(kind)), c);
      if (!inserted && clusters[c].mentions > clusters[it->second].mentions) it->second = c;
    }
  }
  for (const Description& description : descriptions) {
    const auto it = agency_clusters.find({description.country, description.kind});
    if (it != agency_clusters.end()) AddUnique(clusters[it->second].forms, description.text);
  }
  // Most mentioned first; ids in that order.
  std::vector<size_t> order;
  for (size_t c = 0; c < clusters.size(); ++c) {
    if (clusters[c].merged_into < 0) order.push_back(c);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return clusters[a].mentions > clusters[b].mentions; });
  // Documents in story order.
  std::map<std::string, size_t> story_position;
  for (const StoryDocument& doc : story.documents)
    story_position.emplace(doc.article->id, story_position.size());
  const auto position = [&](const std::string& id) {
    const auto it = story_position.find(id);
    return it == story_position.end() ? story_position.size() : it->second;
  };
  StoryEntities result;
  for (size_t c : order) {
    const Cluster& cluster = clusters[c];
    ReportEntity entity;
    entity.id = "e" + std::to_string(result.entities.size() + 1);
    entity.name = cluster.name;
    entity.type = EntityTypeName(cluster.type);
    for (const std::string& form : cluster.forms) {
      if (form != cluster.name) AddUnique(entity.aliases, form);
    }
    entity.roles = cluster.roles;
    for (const std::string& role : cluster.roles) AddUnique(entity.aliases, role);
    entity.documents = cluster.documents;
    std::sort(
        entity.documents.begin(), entity.documents.end(),
        [&](const std::string& a, const std::string& b) { return position(a) < position(b); });
    result.entities.push_back(std::move(entity));
  }
  for (const auto& [key, cluster] : agency_clusters) {
    const auto it = std::find(order.begin(), order.end(), cluster);
    if (it != order.end())
      result.AddAgency(key.first, key.second, static_cast<size_t>(it - order.begin()));
  }
  result.BuildIndex();
  return result;
}

}  // namespace crosscheck::reconcile
