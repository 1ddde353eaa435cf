#include "annotate/quote_languages.h"

#include <algorithm>
#include <map>
#include <memory>
#include <mutex>

#include "annotate/entity_cues.h"
#include "annotate/language_data.h"
#include "annotate/tokens.h"
#include "base/lexicon.h"
#include "base/utf8.h"

namespace crosscheck {
namespace {

// Words of a speaker phrase ("Univ.-Prof. Dr. Robert Galler", "le porte-parole du
// gouvernement") and of the subject before a verb ("Der Sprecher des Ministeriums").
constexpr size_t kMaxPhraseTokens = 8;
constexpr size_t kMaxSubjectTokens = 6;
// How far before the opening mark a verb of saying may stand ("X sagte am Freitag: „…“").
constexpr size_t kMaxVerbBeforeMark = 6;
// Paragraphs back that a pronoun's antecedent (the previous quotation's speaker) may be.
constexpr size_t kMaxPronounParagraphs = 2;
// Words of an apposition between a subject and its verb of saying.
constexpr size_t kMaxAppositionTokens = 14;
// Words of a name that introduces a quotation with a colon alone ("Ministerin Schulze:").
constexpr size_t kMaxTagTokens = 4;

size_t FirstTokenAt(const std::vector<Token>& tokens, uint32_t pos) {
  return static_cast<size_t>(
      std::lower_bound(tokens.begin(), tokens.end(), pos,
                       [](const Token& t, uint32_t p) { return t.begin < p; }) -
      tokens.begin());
}

bool IsPunct(const TextReading& reading, const Token& token, std::string_view text) {
  return token.kind == TokenKind::kPunct && reading.Text(token) == text;
}

// Punctuation between a closing mark and the verb after it: "“, sagte", "», — сказал".
bool IsJoiningPunct(const TextReading& reading, const Token& token) {
  if (token.kind != TokenKind::kPunct) return false;
  const std::string_view text = reading.Text(token);
  return text == "," || text == "-" || text == "\xE2\x80\x94" /* — */ ||
         text == "\xE2\x80\x93" /* – */;
}

}  // namespace

LanguageQuotes::LanguageQuotes(std::string_view language) {
  const std::string folder = "lang/" + std::string(language) + "/";
  const auto load_phrases = [&](std::string_view file,
                                std::unordered_map<std::string, std::vector<Words>>& into) {
    for (std::string_view entry : LexiconEntries(folder + std::string(file))) {
      Words words = LowerWords(entry);
      if (words.empty()) continue;
      into[words.front()].push_back(std::move(words));
    }
  };
  const auto load_words = [&](std::string_view file, std::unordered_set<std::string>& into) {
    for (std::string_view entry : LexiconEntries(folder + std::string(file))) {
      into.insert(LowerWord(entry));
    }
  };
  load_phrases("speech_verbs", verbs_);
  for (std::string_view entry : LexiconEntries(folder + "speech_verbs")) {
    verb_forms_.emplace_back(entry);
  }
  std::sort(verb_forms_.begin(), verb_forms_.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (std::string_view entry : LexiconEntries(folder + "unspaced")) {
    const std::vector<std::string_view> fields = LexiconFields(entry);
    if (fields.size() < 2) continue;
    if (fields[0] == "order") unspaced_order_ = std::string(fields[1]);
    if (fields[0] == "link") links_after_quote_.emplace_back(fields[1]);
    if (fields[0] == "topic") topic_markers_.emplace_back(fields[1]);
  }
  std::sort(links_after_quote_.begin(), links_after_quote_.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  load_phrases("according_to", according_);
  load_words("pronouns", pronouns_);
  load_words("articles", articles_);
  load_words("phrase_stops", stops_);
  load_words("name_links", links_);
  for (std::string_view entry : LexiconEntries(folder + "number_words")) {
    const std::vector<std::string_view> fields = LexiconFields(entry);
    if (fields.size() >= 2 && (fields[1] == "scale" || fields[1] == "unit"))
      amount_words_.insert(LowerWord(fields[0]));
  }
  for (std::string_view entry : LexiconEntries(folder + "titles")) {
    const std::string word = LowerWord(entry);
    if (word.size() > 1 && word.front() == '-') {
      title_suffixes_.push_back(word.substr(1));
    } else {
      titles_.insert(word);
    }
  }
}

const LanguageQuotes* LanguageQuotes::For(std::string_view language) {
  return LanguageReader<LanguageQuotes>(language, "speech_verbs");
}

bool LanguageQuotes::NamesAnAmount(std::string_view name) const {
  for (size_t pos = 0; pos < name.size();) {
    const size_t space = std::min(name.find(' ', pos), name.size());
    if (space > pos && amount_words_.count(LowerWord(name.substr(pos, space - pos))) > 0)
      return true;
    pos = space + 1;
  }
  return false;
}

bool LanguageQuotes::IsTitle(std::string_view lower_word) const {
  if (titles_.count(std::string(lower_word)) > 0) return true;
  // "-sprecher" entries match the end of a compound; a hyphenated word by its last part.
  for (const std::string& suffix : title_suffixes_) {
    if (lower_word.ends_with(suffix)) return true;
  }
  return false;
}

bool LanguageQuotes::IsPronoun(std::string_view lower_word) const {
  return pronouns_.count(std::string(lower_word)) > 0;
}

bool LanguageQuotes::MatchAt(const std::unordered_map<std::string, std::vector<Words>>& list,
                             const std::vector<std::string>& lower, size_t first,
                             Match& match) const {
  if (first >= lower.size()) return false;
  const auto found = list.find(lower[first]);
  if (found == list.end()) return false;
  size_t best = 0;
  for (const Words& words : found->second) {
    if (words.size() <= best || first + words.size() > lower.size()) continue;
    if (std::equal(words.begin(), words.end(), lower.begin() + static_cast<std::ptrdiff_t>(first)))
      best = words.size();
  }
  if (best == 0) return false;
  match = {first, first + best};
  return true;
}

LanguageQuotes::Phrase LanguageQuotes::PhraseFrom(const TextReading& reading,
                                                  const std::vector<Token>& tokens,
                                                  const std::vector<std::string>& lower,
                                                  size_t first, size_t limit) const {
  limit = std::min(limit, tokens.size());
  if (first >= limit || tokens[first].kind != TokenKind::kWord) return {};
  if (IsPronoun(lower[first])) return {first, first + 1, true};
  const auto links_name = [&](size_t k) {  // "von Preen", "de Gaulle"
    return links_.count(lower[k]) > 0 && k + 1 < limit && tokens[k + 1].kind == TokenKind::kWord &&
           tokens[k + 1].capitalized;
  };
  if (stops_.count(lower[first]) > 0 && !links_name(first)) return {};
  size_t j = first;
  bool seen_capital = false;
  while (j < limit && j - first < kMaxPhraseTokens) {
    const Token& t = tokens[j];
    // A compound cut short before "und": "die Familien- und Frauenministerin".
    if (IsPunct(reading, t, "-") && j > first && tokens[j - 1].end == t.begin && j + 2 < limit &&
        (lower[j + 1] == "und" || lower[j + 1] == "oder") &&
        tokens[j + 2].kind == TokenKind::kWord) {
      j += 2;
      continue;
    }
    if (t.kind == TokenKind::kPunct) {
      // An abbreviation's period or a hyphen inside a name: "Dr. Robert Galler",
      // "Univ.-Prof. Dr. X": after a short capitalised word, before a capitalised one.
      size_t next = j;
      while (next < limit && next - j < 2 &&
             (IsPunct(reading, tokens[next], ".") || IsPunct(reading, tokens[next], "-")))
        ++next;
      const bool abbreviation =
          next > j && j > first && next < limit && tokens[j - 1].kind == TokenKind::kWord &&
          tokens[j - 1].capitalized && tokens[j - 1].end - tokens[j - 1].begin <= 5 &&
          tokens[next].kind == TokenKind::kWord && tokens[next].capitalized;
      if (!abbreviation) break;
      j = next;
      continue;
    }
    if (t.kind != TokenKind::kWord) break;
    if (j > first && ((stops_.count(lower[j]) > 0 && !links_name(j)) || IsPronoun(lower[j]))) break;
    // After the name or noun, a lower-case word goes on to something else ("erklärte Fahimi
    // weitere Ergebnisse"), unless it joins a name or a genitive ("Sprecher des Ministeriums").
    if (seen_capital && !t.capitalized && !links_name(j) &&
        !(articles_.count(lower[j]) > 0 && j + 1 < limit && tokens[j + 1].capitalized))
      break;
    seen_capital = seen_capital || t.capitalized;
    ++j;
  }
  size_t last = j;
  // A phrase that opens with a determiner is a noun phrase as written ("le porte-parole du
  // gouvernement", "der junge Polizist"); otherwise it ends with its last capitalised word.
  const bool determined = articles_.count(lower[first]) > 0;
  while (last > first &&
         (articles_.count(lower[last - 1]) > 0 || tokens[last - 1].kind != TokenKind::kWord ||
          (!determined && !tokens[last - 1].capitalized)))
    --last;
  if (last == first || (determined && last == first + 1)) return {};
  const bool named = std::any_of(tokens.begin() + static_cast<std::ptrdiff_t>(first),
                                 tokens.begin() + static_cast<std::ptrdiff_t>(last),
                                 [](const Token& t) { return t.capitalized; });
  if (!named && !determined) return {};
  return {first, last, false};
}

LanguageQuotes::Phrase LanguageQuotes::PhraseBefore(const TextReading& reading,
                                                    const std::vector<Token>& tokens,
                                                    const std::vector<std::string>& lower,
                                                    size_t end) const {
  (void)reading;
  if (end == 0 || end > tokens.size()) return {};
  if (tokens[end - 1].kind == TokenKind::kWord && IsPronoun(lower[end - 1]))
    return {end - 1, end, true};
  // An apposition between the subject and its verb: "X, Vorsitzende des Vorstands, sagte:".
  if (IsPunct(reading, tokens[end - 1], ",")) {
    size_t comma = end - 1;
    while (comma > 0 && end - comma <= kMaxAppositionTokens &&
           !IsPunct(reading, tokens[comma - 1], ","))
      --comma;
    if (comma == 0 || end - comma > kMaxAppositionTokens) return {};
    end = comma - 1;
    if (end == 0) return {};
  }
  size_t first = end;
  while (first > 0 && end - first < kMaxSubjectTokens) {
    const Token& t = tokens[first - 1];
    if (t.kind != TokenKind::kWord || stops_.count(lower[first - 1]) > 0) break;
    --first;
  }
  // Lower-case words before the phrase proper ("heute der Minister" was cut at "heute"
  // already; "also der Minister" keeps "der Minister").
  while (first < end && !tokens[first].capitalized && articles_.count(lower[first]) == 0) ++first;
  if (first == end) return {};
  if (articles_.count(lower[first]) > 0 && first + 1 == end) return {};
  return {first, end, false};
}

bool LanguageQuotes::Fill(const TextReading& reading, const std::vector<EntityMention>& entities,
                          const std::vector<Token>& tokens, Match cue, Phrase phrase,
                          const QuoteMention* previous, QuoteMention& quote) const {
  if (phrase.last <= phrase.first) return false;
  const std::string_view body = reading.body();
  const Span cue_span{tokens[cue.first].begin, tokens[cue.last - 1].end};
  const Span speaker{tokens[phrase.first].begin, tokens[phrase.last - 1].end};
  quote.cue = cue_span;
  quote.cue_text = std::string(body.substr(cue_span.begin, cue_span.size()));
  if (phrase.pronoun) {
    // The previous quotation's speaker when it spoke nearby, else the last person named in
    // this paragraph or the one before; else unknown (no guess).
    const size_t here = reading.ParagraphAt(speaker.begin);
    const auto near = [&](uint32_t pos) {
      const size_t there = reading.ParagraphAt(pos);
      return there <= here && here - there <= kMaxPronounParagraphs;
    };
    std::string name;
    if (previous != nullptr && !previous->speaker_name.empty() && previous->speaker &&
        near(previous->speaker->begin)) {
      name = previous->speaker_name;
    } else {
      auto it =
          std::lower_bound(entities.begin(), entities.end(), speaker.begin,
                           [](const EntityMention& e, uint32_t p) { return e.span.begin < p; });
      while (it != entities.begin()) {
        --it;
        if (!near(it->span.begin)) break;
        // A person, not an amount the entity annotator typed as one ("Millionen Euro").
        const std::string_view candidate = it->canonical.empty() ? it->text : it->canonical;
        if (it->type == EntityType::kPerson && !NamesAnAmount(candidate)) {
          name = std::string(candidate);
          break;
        }
      }
    }
    if (name.empty()) return true;
    quote.speaker = speaker;
    quote.speaker_text = std::string(body.substr(speaker.begin, speaker.size()));
    quote.speaker_name = std::move(name);
    return true;
  }
  quote.speaker = speaker;
  quote.speaker_text = std::string(body.substr(speaker.begin, speaker.size()));
  // The name without its determiners, titles and roles ("Regierungssprecher Jan Novak" ->
  // "Jan Novak"); the phrase itself when it is only a role ("der Sprecher").
  {
    size_t k = phrase.first;
    while (k < phrase.last &&
           (articles_.count(LowerWord(reading.Text(tokens[k]))) > 0 ||
            IsTitle(LowerWord(reading.Text(tokens[k]))) || tokens[k].kind == TokenKind::kPunct))
      ++k;
    if (k < phrase.last && tokens[k].capitalized) {
      const Span name{tokens[k].begin, speaker.end};
      quote.speaker_name = std::string(body.substr(name.begin, name.size()));
    } else {
      quote.speaker_name = quote.speaker_text;
    }
  }
  // A person or organization named inside the phrase names the speaker ("Kremlsprecher
  // Dmitri Peskow" -> the name the entity annotator gave it).
  const EntityMention* best = nullptr;
  for (auto it =
           std::lower_bound(entities.begin(), entities.end(), speaker.begin,
                            [](const EntityMention&e, uint32_t p) { return e.span.begin < p; });
       it != entities.end() && it->span.begin < speaker.end; ++it) {
    if (it->span.end > speaker.end) continue;
    if (it->type != EntityType::kPerson && it->type != EntityType::kOrganization) continue;
    if (best == nullptr || it->span.size() > best->span.size()) best = &*it;
  }
  // Only a name that ends as the phrase does ("Koch" -> "Antonia Koch").
  const std::string_view last_word = body.substr(
      tokens[phrase.last - 1].begin, tokens[phrase.last - 1].end - tokens[phrase.last - 1].begin);
  if (best != nullptr && best->span.end == speaker.end &&
      (best->canonical.empty() || std::string_view(best->canonical).ends_with(last_word))) {
    // The entity's fullest name, past its own titles ("Regierungssprecher Jan Novak").
    const std::string_view full = best->canonical.empty() ? best->text : best->canonical;
    size_t start = 0;
    while (start < full.size()) {
      const size_t space = full.find(' ', start);
      if (space == std::string_view::npos) break;
      const std::string word = LowerWord(full.substr(start, space - start));
      std::string bare = word;
      while (!bare.empty() && bare.back() == '.') bare.pop_back();
      if (!IsTitle(bare) && articles_.count(word) == 0 && stops_.count(word) == 0 &&
          according_.count(word) == 0)
        break;
      start = space + 1;
    }
    if (full.size() - start >= quote.speaker_name.size()) quote.speaker_name = full.substr(start);
  }
  quote.speaker_name = FromGivenName(quote.speaker_name);
  return true;
}

std::string LanguageQuotes::FromGivenName(const std::string& name) {
  // A role written before a given name is no part of the name ("Readly-CEO Maria
  // Hedengrens", "Ehemann Oliver Pocher"): the name starts at its given name.
  size_t start = 0;
  while (true) {
    const size_t space = name.find(' ', start);
    if (space == std::string::npos) return name;
    if (start > 0 && IsFirstName(std::string_view(name).substr(start, space - start)))
      return name.substr(start);
    if (start == 0 && IsFirstName(std::string_view(name).substr(0, space))) return name;
    start = space + 1;
  }
}

namespace {

// Characters that end a clause in unspaced text: 。！？；，、：and their ASCII forms, line
// breaks and quotation marks.
bool EndsUnspacedClause(char32_t cp) {
  switch (cp) {
    case U'\u3002':
    case U'\uFF01':
    case U'\uFF1F':
    case U'\uFF1B':
    case U'\uFF0C':
    case U'\u3001':
    case U'\uFF1A':
    case U'.':
    case U'!':
    case U'?':
    case U';':
    case U',':
    case U':':
    case U'\n':
    case U'"':
    case U'\u201C':
    case U'\u201D':
    case U'\u300C':
    case U'\u300D':
    case U'\u300E':
    case U'\u300F':
      return true;
    default:
      return false;
  }
}

// Byte offset where the clause holding `pos` begins (after the last clause mark before it).
size_t UnspacedClauseStart(std::string_view body, size_t pos, size_t floor) {
  size_t at = pos;
  while (at > floor) {
    size_t before = at - 1;
    while (before > floor && (static_cast<unsigned char>(body[before]) & 0xC0) == 0x80) --before;
    size_t read = before;
    if (EndsUnspacedClause(DecodeUtf8(body, read))) return at;
    at = before;
  }
  return floor;
}

// Trims spaces, line breaks and ideographic spaces (U+3000, which indents Chinese paragraphs).
std::string_view TrimSpaces(std::string_view text) {
  constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    if (!text.empty() && (text.front() == ' ' || text.front() == '\n')) {
      text.remove_prefix(1);
      trimmed = true;
    } else if (text.starts_with(kIdeographicSpace)) {
      text.remove_prefix(kIdeographicSpace.size());
      trimmed = true;
    }
    if (!text.empty() && (text.back() == ' ' || text.back() == '\n')) {
      text.remove_suffix(1);
      trimmed = true;
    } else if (text.ends_with(kIdeographicSpace)) {
      text.remove_suffix(kIdeographicSpace.size());
      trimmed = true;
    }
  }
  return text;
}

}  // namespace

bool LanguageQuotes::AttributeUnspaced(const TextReading& reading,
                                       const std::vector<EntityMention>& /*entities*/, Span marks,
                                       const QuoteMention* previous, QuoteMention& quote) const {
  constexpr size_t kMaxSpeakerBytes = 60;  // about 20 characters
  const std::string_view body = reading.body();
  const Span paragraph = reading.paragraphs()[reading.ParagraphAt(marks.begin)];
  const auto set = [&](Span speaker, Span cue) {
    quote.cue = cue;
    quote.cue_text = std::string(body.substr(cue.begin, cue.size()));
    const std::string text(body.substr(speaker.begin, speaker.size()));
    if (IsPronoun(text)) {
      if (previous == nullptr || previous->speaker_name.empty()) return true;
      quote.speaker = speaker;
      quote.speaker_text = text;
      quote.speaker_name = previous->speaker_name;
      return true;
    }
    quote.speaker = speaker;
    quote.speaker_text = text;
    quote.speaker_name = text;
    // The name after a title: 外交部发言人毛宁 -> 毛宁.
    for (const std::string& title : titles_) {
      const size_t at = text.rfind(title);
      if (at != std::string::npos && at + title.size() < text.size())
        quote.speaker_name = text.substr(at + title.size());
    }
    return true;
  };
  // The speaker phrase [begin, end) with time words cut off its end ("毛宁18日", "X今天").
  const auto speaker_span = [&](size_t begin, size_t end) -> std::optional<Span> {
    std::string_view phrase = TrimSpaces(body.substr(begin, end - begin));
    begin = static_cast<size_t>(phrase.data() - body.data());
    bool cut = true;
    while (cut && !phrase.empty()) {
      cut = false;
      for (const std::string& stop : stops_) {
        if (phrase.size() > stop.size() && phrase.ends_with(stop)) {
          phrase.remove_suffix(stop.size());
          cut = true;
        }
      }
      // A date: digits and 日/月/年/号 ("18日").
      static constexpr std::string_view kDateUnits[] = {"\xE6\x97\xA5", "\xE6\x9C\x88",
                                                        "\xE5\xB9\xB4", "\xE5\x8F\xB7"};
      for (std::string_view unit : kDateUnits) {
        if (phrase.ends_with(unit)) {
          std::string_view rest = phrase.substr(0, phrase.size() - unit.size());
          size_t digits = 0;
          while (digits < rest.size() && rest[rest.size() - 1 - digits] >= '0' &&
                 rest[rest.size() - 1 - digits] <= '9')
            ++digits;
          if (digits > 0) {
            phrase = rest.substr(0, rest.size() - digits);
            cut = true;
          }
        }
      }
      // A manner adverb ending in 地 ("激动地说"): up to three characters before it.
      constexpr std::string_view kAdverb = "\xE5\x9C\xB0";  // 地
      if (phrase.ends_with(kAdverb) && phrase.size() > 4 * kAdverb.size()) {
        phrase.remove_suffix(3 * kAdverb.size());
        cut = true;
      }
      phrase = TrimSpaces(phrase);
    }
    if (phrase.empty() || phrase.size() > kMaxSpeakerBytes) return std::nullopt;
    return Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(begin + phrase.size())};
  };
  const auto verb_at = [&](size_t pos) -> size_t {  // the verb's length at pos, or 0
    for (const std::string& verb : verb_forms_) {
      if (body.substr(pos).starts_with(verb)) return verb.size();
    }
    return 0;
  };
  if (unspaced_order_ == "speaker_verb") {
    // Before: "外交部发言人毛宁18日表示，“…”".
    size_t end = marks.begin;
    while (end > paragraph.begin) {
      const unsigned char c = static_cast<unsigned char>(body[end - 1]);
      if (c == ' ' || c == ',' || c == ':') {
        --end;
      } else if (body.substr(0, end).ends_with("\xEF\xBC\x8C") ||
                 body.substr(0, end).ends_with("\xEF\xBC\x9A")) {
        end -= 3;  // ，：
      } else {
        break;
      }
    }
    for (const std::string& verb : verb_forms_) {
      if (end >= verb.size() && body.substr(end - verb.size(), verb.size()) == verb) {
        const size_t verb_begin = end - verb.size();
        const size_t start = UnspacedClauseStart(body, verb_begin, paragraph.begin);
        if (const std::optional<Span> speaker = speaker_span(start, verb_begin)) {
          return set(*speaker, {static_cast<uint32_t>(verb_begin), static_cast<uint32_t>(end)});
        }
        break;
      }
    }
    // After: "“…”，毛宁说。"
    size_t pos = marks.end;
    if (body.substr(pos).starts_with("\xEF\xBC\x8C")) pos += 3;
    const size_t limit = std::min<size_t>(paragraph.end, pos + kMaxSpeakerBytes + 12);
    for (size_t at = pos; at < limit;) {
      if (const size_t length = verb_at(at)) {
        if (const std::optional<Span> speaker = speaker_span(pos, at)) {
          return set(*speaker, {static_cast<uint32_t>(at), static_cast<uint32_t>(at + length)});
        }
        return false;
      }
      size_t next = at;
      if (EndsUnspacedClause(DecodeUtf8(body, next))) return false;
      at = next;
    }
    return false;
  }
  if (unspaced_order_ == "quote_then_verb") {
    // After the closing mark, a link and a verb: "…"라고 말했다, 「…」と述べた.
    size_t pos = marks.end;
    bool linked = false;
    for (const std::string& link : links_after_quote_) {
      if (body.substr(pos).starts_with(link)) {
        pos += link.size();
        linked = true;
        break;
      }
    }
    if (!linked) return false;
    while (pos < paragraph.end && body[pos] == ' ') ++pos;
    const size_t length = verb_at(pos);
    if (length == 0) return false;
    const Span cue{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + length)};
    // The speaker: from the clause's start to the first topic or subject particle before the
    // opening mark ("김 장관은", "林官房長官は").
    const size_t start = UnspacedClauseStart(body, marks.begin, paragraph.begin);
    const std::string_view before = body.substr(start, marks.begin - start);
    size_t best = std::string_view::npos, best_size = 0;
    for (const std::string& marker : topic_markers_) {
      for (size_t at = before.find(marker); at != std::string_view::npos;
           at = before.find(marker, at + 1)) {
        // A particle closes a word: where words are spaced (Korean), a space or the end
        // follows it; unspaced (Japanese), anything may.
        const size_t after = at + marker.size();
        const bool spaced = before.find(' ') != std::string_view::npos;
        const bool word_end = !spaced || after >= before.size() || before[after] == ' ';
        if (at == 0 || !word_end) continue;
        if (at < best) {
          best = at;
          best_size = marker.size();
        }
        break;
      }
    }
    (void)best_size;
    if (best == std::string_view::npos) return false;
    if (IsPronoun(body.substr(start, best + best_size))) {
      return set({static_cast<uint32_t>(start), static_cast<uint32_t>(start + best + best_size)},
                 cue);
    }
    if (const std::optional<Span> speaker = speaker_span(start, start + best)) {
      return set(*speaker, cue);
    }
    return false;
  }
  return false;
}

bool LanguageQuotes::Attribute(const TextReading& reading,
                               const std::vector<EntityMention>& entities, Span marks,
                               const QuoteMention* previous, QuoteMention& quote) const {
  if (!unspaced_order_.empty()) {
    return AttributeUnspaced(reading, entities, marks, previous, quote);
  }
  const std::vector<Span>& sentences = reading.sentences();
  if (sentences.empty() || marks.end <= marks.begin) return false;
  // The lower-cased tokens of a sentence, made once per sentence read here (the closing and
  // opening marks are most often in the same one).
  std::map<size_t, std::vector<std::string>> lowered;
  const auto lower_tokens = [&](size_t sentence) -> const std::vector<std::string>& {
    auto [it, made] = lowered.try_emplace(sentence);
    if (made) {
      for (const Token& t : reading.SentenceTokens(sentence))
        it->second.push_back(LowerWord(reading.Text(t)));
    }
    return it->second;
  };
  // After the closing mark: "„…“, sagte X", "« … », selon X", "«…», — заявил X".
  {
    const size_t s = reading.SentenceAt(marks.end - 1);
    const std::vector<Token>& tokens = reading.SentenceTokens(s);
    size_t k = FirstTokenAt(tokens, marks.end);
    size_t joining = 0;
    while (k < tokens.size() && joining < 2 && IsJoiningPunct(reading, tokens[k])) {
      ++k;
      ++joining;
    }
    if (k < tokens.size() && tokens[k].kind == TokenKind::kWord) {
      const std::vector<std::string>& lower = lower_tokens(s);
      Match cue;
      if (MatchAt(verbs_, lower, k, cue) || MatchAt(according_, lower, k, cue)) {
        // "dit-il", "a-t-elle déclaré": the pronoun is inside the verb's words.
        for (size_t w = cue.first; w < cue.last; ++w) {
          const std::string& word = lower[w];
          const size_t dash = word.rfind('-');
          if (dash != std::string::npos && IsPronoun(std::string_view(word).substr(dash + 1)))
            return Fill(reading, entities, tokens, cue, {w, w + 1, true}, previous, quote);
        }
        const Phrase phrase = PhraseFrom(reading, tokens, lower, cue.last, tokens.size());
        if (Fill(reading, entities, tokens, cue, phrase, previous, quote)) return true;
      }
    }
  }
  // Before the opening mark: "X sagte: „…“", "Am Freitag sagte X: „…“", "Selon lui, « … »".
  {
    const size_t s = reading.SentenceAt(marks.begin);
    const std::vector<Token>& tokens = reading.SentenceTokens(s);
    size_t mark = FirstTokenAt(tokens, marks.begin);
    if (mark > tokens.size()) return false;
    if (mark == 0) {
      if (s == 0) return false;
      const std::vector<Token>& before = reading.SentenceTokens(s - 1);
      const std::vector<std::string>& before_lower = lower_tokens(s - 1);
      const bool same_paragraph =
          reading.ParagraphAt(sentences[s - 1].begin) == reading.ParagraphAt(sentences[s].begin);
      // A paragraph that introduces the quotation with a colon: "Wolfgang Weber, Vorsitzender
      // der Geschäftsführung, zum Entwurf:" then „…“ — its verb's subject, or the name it
      // opens with.
      const bool introduced = !before.empty() && IsPunct(reading, before.back(), ":");
      if (!same_paragraph && !introduced) return false;
      // A quotation opening its sentence, after a sentence of the same paragraph whose verb
      // is one of saying: "Yücel berichtete über die Razzien. „Die kommen rein …“".
      if (FromVerbIn(reading, entities, before, before_lower, before.size(), previous, quote))
        return true;
      if (!introduced) return false;
      const Phrase opener = PhraseFrom(reading, before, before_lower, 0, before.size());
      if (opener.pronoun || opener.last <= opener.first) return false;
      // A name in apposition: two capitalised words at least, then a comma.
      size_t capitals = 0;
      for (size_t k = opener.first; k < opener.last; ++k) capitals += before[k].capitalized;
      if (capitals < 2 || opener.last >= before.size() ||
          !IsPunct(reading, before[opener.last], ","))
        return false;
      const Span speaker{before[opener.first].begin, before[opener.last - 1].end};
      quote.speaker = speaker;
      quote.speaker_text = std::string(reading.body().substr(speaker.begin, speaker.size()));
      quote.speaker_name = quote.speaker_text;
      return true;
    }
    size_t end = mark;
    if (IsPunct(reading, tokens[end - 1], ":") || IsPunct(reading, tokens[end - 1], ",")) --end;
    const std::vector<std::string>& lower = lower_tokens(s);
    const size_t lowest = end > kMaxVerbBeforeMark ? end - kMaxVerbBeforeMark : 0;
    for (size_t i = end; i-- > lowest;) {
      if (tokens[i].kind != TokenKind::kWord) continue;
      Match cue;
      const bool verb = MatchAt(verbs_, lower, i, cue);
      if (!verb && !MatchAt(according_, lower, i, cue)) continue;
      if (cue.last > end) continue;
      // The speaker after the verb ("Am Freitag sagte X:", "sagte er:", "Selon lui,"), or the
      // subject before it ("X sagte den Journalisten:"), which wins over an object after it.
      const Phrase after = PhraseFrom(reading, tokens, lower, cue.last, end);
      if (!verb || after.pronoun)
        return Fill(reading, entities, tokens, cue, after, previous, quote);
      const Phrase before = PhraseBefore(reading, tokens, lower, cue.first);
      return Fill(reading, entities, tokens, cue, before.last > before.first ? before : after,
                  previous, quote);
    }
    // A name and a colon opening the sentence, no verb: "Ministerin Schulze: „…“",
    // "Vorstandsmitglied Axel Hellmann: „…“". One word must be a person or organization the
    // entity annotator knows ("Tipp:", "Update:" are none).
    bool names =
        end > 0 && end < mark && end <= kMaxTagTokens && IsPunct(reading, tokens[end], ":");
    for (size_t k = 0; k < end && names; ++k) {
      names = tokens[k].kind == TokenKind::kWord &&
              (tokens[k].capitalized || (links_.count(lower[k]) > 0 && k > 0));
    }
    if (names) {
      const Span tag{tokens[0].begin, tokens[end - 1].end};
      const EntityMention* entity = nullptr;
      for (const EntityMention& e : entities) {
        if (e.span.begin >= tag.begin && e.span.end == tag.end &&
            (e.type == EntityType::kPerson || e.type == EntityType::kOrganization)) {
          entity = &e;
          break;
        }
        if (e.span.begin >= tag.end) break;
      }
      // One word that is no known person: an interview's speaker tag when it opens two
      // paragraphs of the document or more ("Mosbacher: „…“ … Mosbacher: „…“").
      // One word that is the surname of a person named in the document ("Jansen: „…“"
      // under "Marcell Jansen") names them.
      if (entity == nullptr && end < 2) {
        const std::string surname(reading.Text(tokens[0]));
        for (const EntityMention& e : entities) {
          const std::string_view full =
              e.canonical.empty() ? std::string_view(e.text) : e.canonical;
          if (e.type == EntityType::kPerson && full.size() > surname.size() + 1 &&
              full.ends_with(surname) && full[full.size() - surname.size() - 1] == ' ') {
            entity = &e;
            break;
          }
        }
      }
      if (entity == nullptr && end < 2) {
        const std::string_view body = reading.body();
        const std::string opener = "\n" + std::string(body.substr(tag.begin, tag.size())) + ":";
        size_t count = 0;
        for (size_t at = body.find(opener); at != std::string_view::npos && count < 2;
             at = body.find(opener, at + 1))
          ++count;
        names = count >= 2;
      }
      if (names) {
        quote.speaker = tag;
        quote.speaker_text = std::string(reading.body().substr(tag.begin, tag.size()));
        quote.speaker_name = entity != nullptr && !entity->canonical.empty() ? entity->canonical
                                                                             : quote.speaker_text;
        return true;
      }
    }
    // A colon after a longer clause whose verb is one of saying: "X, bei Funke verantwortlich
    // für …, erklärt, dass der Verlag …: „…“".
    if (end < mark && IsPunct(reading, tokens[end], ":") &&
        FromVerbIn(reading, entities, tokens, lower, end, previous, quote))
      return true;
  }
  return false;
}

bool LanguageQuotes::FromVerbIn(const TextReading& reading,
                                const std::vector<EntityMention>& entities,
                                const std::vector<Token>& tokens,
                                const std::vector<std::string>& lower, size_t end,
                                const QuoteMention* previous, QuoteMention& quote) const {
  // The last verb of saying before `end` that is no quotation's own ("sagte" inside marks
  // is someone else's); its subject before it, or after it in second position.
  end = std::min(end, tokens.size());
  // Which tokens stand inside quotation marks: an odd number of marks before them.
  std::vector<bool> quoted(end, false);
  bool inside = false;
  for (size_t k = 0; k < end; ++k) {
    if (tokens[k].kind == TokenKind::kPunct && IsQuoteMark(reading.Text(tokens[k]))) {
      inside = !inside;
    }
    quoted[k] = inside;
  }
  for (size_t i = end; i-- > 0;) {
    if (tokens[i].kind != TokenKind::kWord || quoted[i]) continue;
    Match cue;
    if (!MatchAt(verbs_, lower, i, cue) || cue.last > end) continue;
    const Phrase before = PhraseBefore(reading, tokens, lower, cue.first);
    const Phrase after = PhraseFrom(reading, tokens, lower, cue.last, end);
    const Phrase& phrase = after.pronoun || before.last <= before.first ? after : before;
    if (phrase.last <= phrase.first) return false;
    return Fill(reading, entities, tokens, cue, phrase, previous, quote) && quote.speaker;
  }
  return false;
}

}  // namespace crosscheck
