#include "report/format.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>
#include <unordered_set>

#include "base/ascii.h"
#include "base/lexicon.h"
#include "base/utf8.h"

namespace crosscheck {

std::string CountOf(size_t count, std::string_view singular, std::string_view plural) {
  return std::to_string(count) + " " + std::string(count == 1 ? singular : plural);
}

std::string FormatNumber(double value) {
  if (!std::isfinite(value)) return "?";
  if (value != std::floor(value) || std::fabs(value) >= 1e15) {
    char buf[32];
    std::snprintf(buf, sizeof(buf), "%g", value);
    return buf;
  }
  const bool negative = value < 0;
  std::string digits = std::to_string(static_cast<long long>(std::fabs(value)));
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return negative ? "-" + out : out;
}

std::string FormatAsOf(const ReportQuantity& quantity) {
  if (quantity.expected_by.empty()) return quantity.as_of;
  return quantity.as_of + (quantity.as_of.empty() ? "" : ", ") + "expected by " + quantity.expected_by;
}

std::string FormatQuantity(const ReportQuantity& quantity) {
  std::string out;
  const std::string& approx = quantity.approximation;
  if (approx == "about")
    out = "about ";
  else if (approx == "at_least")
    out = "at least ";
  else if (approx == "more_than")
    out = "more than ";
  else if (approx == "at_most")
    out = "at most ";
  else if (approx == "up_to")
    out = "up to ";
  if (quantity.unit == "USD") out += "$";
  out += FormatNumber(quantity.value);
  if (quantity.upper) out += "–" + FormatNumber(*quantity.upper);
  if (!quantity.unit.empty() && quantity.unit != "USD") {
    out += quantity.unit == "%" ? "%" : " " + quantity.unit;
  }
  if (!quantity.counts.empty()) out += " " + quantity.counts;
  return out;
}

std::string JoinStrings(const std::vector<std::string>& values, std::string_view separator) {
  std::string out;
  for (const std::string& value : values) {
    if (!out.empty()) out += separator;
    out += value;
  }
  return out;
}

std::string Shorten(std::string_view text, size_t max_chars) {
  if (CountCodePoints(text) <= max_chars) return std::string(text);
  size_t pos = 0;
  size_t chars = 0;
  size_t last_space = 0;
  while (pos < text.size() && chars < max_chars) {
    if (text[pos] == ' ') last_space = pos;
    DecodeUtf8(text, pos);
    ++chars;
  }
  const size_t cut = last_space > max_chars / 2 ? last_space : pos;
  return std::string(text.substr(0, cut)) + "…";
}

std::string DescribeSource(const ReportSource& source) {
  std::string name = source.origin.empty() ? "unnamed source" : source.origin;
  return name + " (" + JoinStrings(source.documents, ", ") + ")";
}

std::string EntityName(const ReportStory& story, std::string_view entity_id) {
  for (const ReportEntity& entity : story.entities) {
    if (entity.id == entity_id) return entity.name;
  }
  return std::string(entity_id);
}

std::string GivenBy(const ReportStory& story, const ReportQuantity& quantity) {
  if (!quantity.attributed_to.empty()) return EntityName(story, quantity.attributed_to);
  return quantity.attributed_to_name;
}

std::string HolderName(const ReportStory& story, const ReportStatement& statement) {
  if (!statement.holder.empty()) {
    for (const ReportEntity& entity : story.entities) {
      if (entity.id == statement.holder) return entity.name;
    }
  }
  return statement.holder_name;
}

namespace {

// A speaker's name as a grouping key: any case, and ’ written as '.
std::string SpeakerKey(std::string_view name) {
  std::string key = LowerAscii(name);
  static constexpr std::string_view kRightQuote = "\xE2\x80\x99";
  for (size_t pos = key.find(kRightQuote); pos != std::string::npos;
       pos = key.find(kRightQuote, pos)) {
    key.replace(pos, kRightQuote.size(), "'");
  }
  return key;
}

bool StartsWithWord(std::string_view text, std::string_view word) {
  return text.size() >= word.size() && LowerAscii(text.substr(0, word.size())) == word &&
         (text.size() == word.size() || text[word.size()] == ' ');
}

// A capitalized function word opening a reported clause ("The issue will …") is lower-cased
// after "Yonhap says"; names and other words keep their case.
std::string ClauseAfterVerb(std::string_view clause) {
  static const std::unordered_set<std::string_view> kFunctionWords = [] {
    std::unordered_set<std::string_view> words;
    for (std::string_view entry : LexiconEntries("function_words")) words.insert(entry);
    return words;
  }();
  size_t end = 0;
  while (end < clause.size() && ((clause[end] >= 'a' && clause[end] <= 'z') ||
                                 (clause[end] >= 'A' && clause[end] <= 'Z'))) {
    ++end;
  }
  std::string out(clause);
  if (end > 0 && out[0] >= 'A' && out[0] <= 'Z' &&
      kFunctionWords.count(LowerAscii(clause.substr(0, end))) > 0) {
    out[0] = static_cast<char>(out[0] - 'A' + 'a');
  }
  return out;
}

}  // namespace

std::vector<SpeakerQuotes> QuotesBySpeaker(const ReportStory& story) {
  std::unordered_map<std::string_view, const ReportEntity*> entity_of;
  for (const ReportEntity& entity : story.entities) entity_of.emplace(entity.id, &entity);
  std::vector<SpeakerQuotes> groups;
  std::unordered_map<std::string, size_t> group_of;  // "#id" or "=name key" -> group
  SpeakerQuotes unattributed;
  for (const ReportQuote& quote : story.quotes) {
    const auto entity = quote.speaker.empty() ? entity_of.end() : entity_of.find(quote.speaker);
    const bool has_entity = entity != entity_of.end();
    if (!has_entity && quote.speaker_name.empty()) {
      unattributed.quotes.push_back(&quote);
      continue;
    }
    const std::string key = has_entity ? "#" + quote.speaker : "=" + SpeakerKey(quote.speaker_name);
    const auto [slot, added] = group_of.emplace(key, groups.size());
    if (added) {
      SpeakerQuotes group;
      group.name = has_entity ? entity->second->name : quote.speaker_name;
      if (has_entity) group.roles = entity->second->roles;
      groups.push_back(std::move(group));
    }
    groups[slot->second].quotes.push_back(&quote);
  }
  if (!unattributed.quotes.empty()) groups.push_back(std::move(unattributed));
  return groups;
}

namespace {

// The reporting verb as the speaker's name takes it: "they think" written of one named source
// reads "Lind thinks" ("Lind think" otherwise); a plural-looking name ("officials", "Oslo and
// Lima") keeps the verb as written. Only verbs whose -s form is a speech verb of the
// lexicon change.
std::string CueForSpeaker(std::string_view cue, std::string_view speaker) {
  static const auto* speech_verbs = [] {
    auto* set = new std::unordered_set<std::string>();
    for (std::string_view entry : LexiconEntries("speech_verbs")) set->emplace(entry);
    return set;
  }();
  const bool plural = speaker.find(" and ") != std::string_view::npos ||
                      (!speaker.empty() && speaker.back() == 's');
  const size_t first_end = std::min(cue.find(' '), cue.size());
  const std::string_view verb = cue.substr(0, first_end);
  if (plural || verb.size() < 2 || verb.ends_with("s") || verb.ends_with("ed") ||
      verb.ends_with("ing") ||
      !std::all_of(verb.begin(), verb.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return std::string(cue);
  const bool sibilant = verb.ends_with("sh") || verb.ends_with("ch") || verb.ends_with("x") ||
                        verb.ends_with("z") || verb.ends_with("o");
  const std::string third = std::string(verb) + (sibilant ? "es" : "s");
  if (speech_verbs->count(third) == 0) return std::string(cue);
  return third + std::string(cue.substr(first_end));
}

// The cue with a participle first ("saying", "slamming", "telling reporters") in the past
// tense ("said", "slammed", "told reporters"); other cues as written.
std::string PastForParticiple(std::string_view cue) {
  const size_t first_end = std::min(cue.find(' '), cue.size());
  const std::string_view verb = cue.substr(0, first_end);
  if (verb.size() < 5 || !verb.ends_with("ing") ||
      !std::all_of(verb.begin(), verb.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return std::string(cue);
  static constexpr std::pair<std::string_view, std::string_view> kIrregular[] = {
      {"saying", "said"},    {"telling", "told"},     {"writing", "wrote"},
      {"making", "made"},    {"giving", "gave"},      {"taking", "took"},
      {"seeing", "saw"},     {"thinking", "thought"}, {"speaking", "spoke"},
      {"finding", "found"},  {"meeting", "met"},      {"leaving", "left"},
      {"putting", "put"},    {"bringing", "brought"}, {"holding", "held"},
      {"keeping", "kept"},   {"sending", "sent"},     {"choosing", "chose"},
      {"swearing", "swore"}, {"seeking", "sought"},   {"knowing", "knew"},
      {"feeling", "felt"},   {"hearing", "heard"},    {"standing", "stood"}};
  std::string past;
  for (const auto& [participle, irregular] : kIrregular) {
    if (verb == participle) past = std::string(irregular);
  }
  // "adding" -> "added", "slamming" -> "slammed", "noting" -> "noted", "urging" -> "urged".
  if (past.empty()) past = std::string(verb.substr(0, verb.size() - 3)) + "ed";
  return past + std::string(cue.substr(first_end));
}

// Whether the cue is a verb of saying that takes the quoted words as its object ("said",
// "says", "added", "told reporters", "wrote").
bool IsSayingCue(std::string_view cue) {
  const std::string_view verb = cue.substr(0, std::min(cue.find(' '), cue.size()));
  static constexpr std::string_view kSaying[] = {
      "said",     "says",     "say",    "saying", "added",     "adds",
      "told",     "tells",    "wrote",  "writes", "stated",    "states",
      "declared", "insisted", "warned", "noted",  "explained", "replied"};
  return std::find(std::begin(kSaying), std::end(kSaying), verb) != std::end(kSaying);
}

}  // namespace

QuoteProse DescribeQuote(const ReportQuote& quote, std::string_view speaker, size_t max_chars) {
  QuoteProse prose;
  if (quote.kind == "direct") {
    prose.words = Shorten(quote.text, max_chars);
    prose.in_marks = true;
    return prose;
  }
  const bool partial_alone = quote.kind == "partial" && quote.clause.empty();
  const std::string_view reported = quote.kind == "partial" && !quote.clause.empty()
                                        ? std::string_view(quote.clause)
                                        : std::string_view(quote.text);
  prose.in_marks = partial_alone;
  if (speaker.empty()) {
    prose.words = Shorten(reported, max_chars);
    return prose;
  }
  const std::string_view cue = quote.cue;
  // "according to X", "as per X", "per X": the source leads ("According to X, …").
  // A passive with its agent ("has been informed by X that …", "was first reported by X")
  // reads the same way: the agent is the source.
  const bool passive = cue.size() > 3 && cue.ends_with(" by");
  if (StartsWithWord(cue, "according") || cue == "per" || cue == "as per" || passive) {
    prose.lead = "According to " + std::string(speaker) + ",";
  } else if (partial_alone && !cue.empty() && !IsSayingCue(cue)) {
    // Quoted words without their clause after a verb that needs an object ("described
    // … as “very productive”"): the words are the speaker's, shown as such.
    prose.lead = std::string(speaker) + ":";
  } else {
    // A participle ("adding", "slamming X as") reads only inside its sentence: its past
    // tense stands in ("added", "slammed X as"); "told" without its listener reads "said".
    const std::string past = PastForParticiple(cue);
    prose.lead = std::string(speaker) + " " +
                 (cue.empty() || past == "told" || past == "tells" || past == "tell"
                      ? std::string("said")
                      : CueForSpeaker(past, speaker));
  }
  std::string words = partial_alone ? std::string(reported) : ClauseAfterVerb(reported);
  // "According to X, that …": the source leads, the clause's "that" goes.
  if (passive && words.starts_with("that ")) words.erase(0, 5);
  prose.words = Shorten(words, max_chars);
  return prose;
}

}  // namespace crosscheck
