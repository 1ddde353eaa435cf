// Quote annotation in three steps: pair quotation marks into passages (per paragraph, joining
// a paragraph left open with the next one), attribute each passage from the cue next to it
// (speakers.cc), then read indirect speech in every sentence (outside its direct quotes).
#include "annotate/quotes.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

#include "annotate/indirect.h"
#include "annotate/indirect_words.h"
#include "annotate/quote_languages.h"
#include "annotate/sentences.h"
#include "annotate/speakers.h"
#include "annotate/tokens.h"
#include "base/quote_marks.h"
#include "base/utf8.h"

namespace crosscheck {
namespace {

constexpr size_t kMaxSingleQuoteBytes = 160;
// A sentence that is only an attribution ("Novak said.", "said the minister, Jan Novak.").
constexpr size_t kMaxAttributionSentenceTokens = 10;
// Words of a transcript turn's content ("Yes." and "1,501." are no turns worth a statement).
constexpr size_t kMinTurnWords = 4;
constexpr size_t kMinTurnLowerWords = 2;
// Words of a transcript turn's tag ("Q", "HOST", "ANA BERG").
constexpr size_t kMaxTurnTagTokens = 3;

constexpr char32_t kLeftSingle = 0x2018, kRightSingle = 0x2019, kLowSingle = 0x201A;

bool IsLetterOrDigit(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  if (text[pos] >= '0' && text[pos] <= '9') return true;
  return StartsWithLetter(text.substr(pos));
}

bool IsOpeningContext(std::string_view text, size_t pos) {
  if (pos == 0) return true;
  const char before = text[pos - 1];
  return before == ' ' || before == '\n' || before == '(' || before == '[' || before == '\t' ||
         static_cast<unsigned char>(before) == 0x94 /* end of an em dash */ ||
         static_cast<unsigned char>(before) == 0xA0;
}

struct RawQuote {
  uint32_t mark_begin = 0, text_begin = 0, text_end = 0, mark_end = 0;
  QuoteMark opener = QuoteMark::kNone;  // a double mark's kind, which decides its closer
  bool closed = false;
  bool opens_paragraph = false;
  bool single_marks = false;
  bool low_single = false;  // opened by a German ‚, closed by ‘
};

// Quotations inside one paragraph [begin, end) of `body`.
std::vector<RawQuote> QuotesInParagraph(std::string_view body, size_t begin, size_t end) {
  std::vector<RawQuote> quotes;
  std::optional<RawQuote> double_open;
  std::optional<RawQuote> single_open;
  bool inner_double = false;  // a “ opened inside guillemets
  const std::string_view text = body.substr(0, end);
  size_t pos = begin;
  while (pos < end) {
    const size_t at = pos;
    char32_t cp = DecodeUtf8(text, pos);
    // Two straight apostrophes stand for a straight double mark (''like this'').
    if (cp == '\'' && pos < end && text[pos] == '\'') {
      cp = '"';
      ++pos;
    }
    const auto open = [&](std::optional<RawQuote>& slot) {
      RawQuote q;
      q.mark_begin = static_cast<uint32_t>(at);
      q.text_begin = static_cast<uint32_t>(pos);
      q.opens_paragraph = at == begin;
      slot = q;
    };
    const auto close = [&](std::optional<RawQuote>& slot) {
      slot->text_end = static_cast<uint32_t>(at);
      slot->mark_end = static_cast<uint32_t>(pos);
      slot->closed = true;
      if (slot->text_end > slot->text_begin) quotes.push_back(*slot);
      slot.reset();
    };
    const QuoteMark mark = QuoteMarkOf(cp);
    if (mark == QuoteMark::kStraight) {
      if (double_open) {  // a straight mark closes whatever opened (sloppy “…" included)
        close(double_open);
      } else if (IsOpeningContext(text, at) || at == begin) {
        open(double_open);
        double_open->opener = mark;
      }
    } else if (mark != QuoteMark::kNone) {
      if (double_open) {
        // Guillemets hold English marks inside («… “calme” …»): the inner ” closes them.
        const bool guillemets = double_open->opener == QuoteMark::kLeftGuillemet ||
                                double_open->opener == QuoteMark::kRightGuillemet;
        if (inner_double && mark == QuoteMark::kRightDouble) {
          inner_double = false;
        } else if (guillemets && mark == QuoteMark::kLeftDouble) {
          inner_double = true;
        } else if (ClosesQuotation(double_open->opener, mark) ||
                   // Sloppy German, “…“ or "…“: a “ right after a word and before no word
                   // closes whatever opened.
                   (mark == QuoteMark::kLeftDouble && !inner_double && at > 0 &&
                    !IsOpeningContext(text, at) && !IsLetterOrDigit(text, pos))) {
          close(double_open);
          inner_double = false;
        }
      } else if (MayOpenQuotation(mark) &&
                 // A » or « after a word closes (German »…«, French «…»): it opens only
                 // where a quotation can begin.
                 ((mark != QuoteMark::kRightGuillemet && mark != QuoteMark::kLeftGuillemet) ||
                  ((IsOpeningContext(text, at) || at == begin) &&
                   (mark == QuoteMark::kLeftGuillemet || IsLetterOrDigit(text, pos))))) {
        open(double_open);
        double_open->opener = mark;
      }
    } else if (single_open && single_open->low_single && cp == kLeftSingle) {
      if (at - single_open->text_begin <= kMaxSingleQuoteBytes) {
        close(single_open);
      } else {
        single_open.reset();
      }
    } else if (!double_open &&
               (cp == kLeftSingle || cp == kLowSingle ||
                (cp == '\'' && IsOpeningContext(text, at) && IsLetterOrDigit(text, pos)))) {
      if (!single_open && IsOpeningContext(text, at)) {
        open(single_open);
        single_open->single_marks = true;
        single_open->low_single = cp == kLowSingle;
      }
    } else if (single_open && (cp == kRightSingle || cp == '\'') && !IsLetterOrDigit(text, pos)) {
      if (at - single_open->text_begin <= kMaxSingleQuoteBytes) {
        close(single_open);
      } else {
        single_open.reset();
      }
    }
  }
  if (double_open) {  // left open: runs to the paragraph end
    double_open->text_end = static_cast<uint32_t>(end);
    double_open->mark_end = static_cast<uint32_t>(end);
    if (double_open->text_end > double_open->text_begin) quotes.push_back(*double_open);
  }
  std::sort(quotes.begin(), quotes.end(),
            [](const RawQuote& a, const RawQuote& b) { return a.mark_begin < b.mark_begin; });
  return quotes;
}

Span Trimmed(std::string_view body, Span span) {
  while (span.begin < span.end && (body[span.begin] == ' ' || body[span.begin] == '\n'))
    ++span.begin;
  while (span.end > span.begin && (body[span.end - 1] == ' ' || body[span.end - 1] == '\n'))
    --span.end;
  return span;
}

// For every partial quote, the first indirect quote (in `found` order, which is sorted by
// span.begin) with a speaker that covers it, by binary search: a partial quote without a
// speaker takes that one's, and a partial quote of the same speaker becomes part of that
// attribution (nested; the holder is reported speech with quoted words, mixed).
void NestPartialQuotes(std::vector<QuoteMention>& found) {
  std::vector<size_t> indirect;   // indices into `found`, sorted by span.begin
  std::vector<uint64_t> max_end;  // running maximum of span.end + 3 over `indirect`
  for (size_t k = 0; k < found.size(); ++k) {
    const QuoteMention& q = found[k];
    if (q.kind != QuoteKind::kIndirect || (!q.speaker && q.speaker_name.empty())) continue;
    const uint64_t reach = static_cast<uint64_t>(q.span.end) + 3;
    max_end.push_back(max_end.empty() ? reach : std::max(max_end.back(), reach));
    indirect.push_back(k);
  }
  if (indirect.empty()) return;
  for (QuoteMention& partial : found) {
    if (partial.kind != QuoteKind::kPartial) continue;
    // Candidates open at or before the partial quote: a prefix of `indirect`.
    const size_t prefix = static_cast<size_t>(
        std::upper_bound(indirect.begin(), indirect.end(), partial.span.begin,
                         [&](uint32_t begin, size_t k) { return begin < found[k].span.begin; }) -
        indirect.begin());
    // The first candidate reaching the partial's end is where the running maximum first does.
    const auto first =
        std::lower_bound(max_end.begin(), max_end.begin() + static_cast<std::ptrdiff_t>(prefix),
                         static_cast<uint64_t>(partial.span.end));
    if (first == max_end.begin() + static_cast<std::ptrdiff_t>(prefix)) continue;
    QuoteMention& source = found[indirect[static_cast<size_t>(first - max_end.begin())]];
    // Quoted words inside a reported clause are that clause's speaker's, even when a name
    // next to the marks gave the partial quote another speaker (PolNeAR train: 254 such
    // partial quotes sat inside a matched reported clause, 16 of them said by another source).
    partial.nested = source.mixed = true;
    partial.speaker = source.speaker;
    partial.speaker_text = source.speaker_text;
    partial.speaker_name = source.speaker_name;
    partial.cue = source.cue;
    partial.cue_text = source.cue_text;
  }
}

// Index of the first token at or after byte `pos`.
size_t TokenIndexAt(const std::vector<Token>& tokens, uint32_t pos) {
  return static_cast<size_t>(
      std::lower_bound(tokens.begin(), tokens.end(), pos,
                       [](const Token& t, uint32_t p) { return t.begin < p; }) -
      tokens.begin());
}

std::string JoinPieces(std::string_view body, const std::vector<Span>& pieces) {
  std::string text;
  for (const Span& piece : pieces) {
    if (!text.empty()) text += ' ';
    text += body.substr(piece.begin, piece.size());
  }
  return text;
}

// Whether the quotation opening at `mark` begins its sentence or follows a reporting verb.
bool OpensDirectly(std::string_view body, const Span& sentence, uint32_t mark,
                   const std::vector<Token>& tokens) {
  if (mark <= sentence.begin) return true;
  const size_t k = TokenIndexAt(tokens, mark);
  if (k == 0) return true;
  const std::string_view previous =
      body.substr(tokens[k - 1].begin, tokens[k - 1].end - tokens[k - 1].begin);
  if (previous == ":") return true;
  size_t verb = k - 1;
  if (previous == "," && k >= 2) verb = k - 2;
  const Token& t = tokens[verb];
  if (t.kind == TokenKind::kWord && IsSpeechVerb(reported::TextOf(body, t))) return true;
  // "X told the crowd, '…'", "X said at a news conference, '…'", "X wrote on Twitter: '…'":
  // a short object or adjunct between the verb of saying and the comma.
  constexpr size_t kMaxIntroTokens = 6;
  if (previous != ",") return false;
  for (size_t j = verb; j-- > 0 && verb - j <= kMaxIntroTokens;) {
    const Token& w = tokens[j];
    if (w.kind == TokenKind::kPunct) return false;
    if (w.kind == TokenKind::kWord && !w.capitalized && IsSpeechVerb(reported::TextOf(body, w)))
      return true;
  }
  return false;
}

// Whether the quoted passage names a show, paper or work rather than quoting words: a few
// title-case words after a preposition, a possessive or "told" ('said on “Face the Week”',
// 'told “Sunday Review”', 'the network’s “Morning Hour”'). Lower-case title words ("the", "of")
// may sit inside; the first word is capitalized.
bool NamesATitle(std::string_view body, const QuotedPassage& passage,
                 const std::vector<Token>& tokens) {
  constexpr size_t kMaxTitleWords = 6;
  if (passage.pieces.size() != 1) return false;
  const size_t mark = TokenIndexAt(tokens, passage.marks.begin);
  if (mark == 0 || mark >= tokens.size()) return false;
  const Token& before = tokens[mark - 1];
  const std::string before_lower = LowerAscii(reported::TextOf(body, before));
  // Places where a show or paper is named ("on", "to", "told"), written in lower case: in a
  // title-case headline every word is capitalized.
  const bool names_place = before_lower == "on" || before_lower == "in" || before_lower == "with" ||
                           before_lower == "to" || before_lower == "at" || before_lower == "told";
  // A kind of work before the title, perhaps with a comma ('the medical drama “Mercy
  // Street”', 'the thriller, “Bloodline,”'), or "of" after a maker or version of a work
  // ('a revival of “The Files”', 'the author of “Power and Glory”').
  static constexpr std::string_view kWorks[] = {
      "show",      "series",  "film",    "movie",       "book",      "novel",   "album",
      "song",      "play",    "musical", "documentary", "biography", "memoir",  "program",
      "programme", "sitcom",  "drama",   "thriller",    "comedy",    "episode", "magazine",
      "newspaper", "podcast", "opera",   "miniseries",  "franchise", "segment"};
  static constexpr std::string_view kMakers[] = {
      "revival", "version", "author",   "star",     "host",   "creator", "season",    "cast",
      "remake",  "sequel",  "producer", "director", "editor", "reboot",  "adaptation"};
  const auto in = [](std::string_view word, const auto& list) {
    return std::find(std::begin(list), std::end(list), word) != std::end(list);
  };
  size_t work = mark - 1;
  if (before_lower == "," && work > 0) --work;
  const std::string work_lower = LowerAscii(reported::TextOf(body, tokens[work]));
  const bool names_work = !tokens[work].capitalized &&
                          (in(work_lower, kWorks) ||
                           (work_lower == "of" && work > 0 && !tokens[work - 1].capitalized &&
                            in(LowerAscii(reported::TextOf(body, tokens[work - 1])), kMakers)));
  if (before.kind != TokenKind::kPossessive && !names_work && (!names_place || before.capitalized))
    return false;
  size_t words = 0;
  for (size_t k = mark + 1; k < tokens.size() && tokens[k].end <= passage.pieces[0].end; ++k) {
    const Token& t = tokens[k];
    if (t.kind == TokenKind::kPunct) {
      const std::string_view p = reported::TextOf(body, t);
      if (p == "," || p == ".") continue;  // "“Morning Hour,”"
      return false;
    }
    if (t.kind != TokenKind::kWord) continue;
    const std::string lower = LowerAscii(reported::TextOf(body, t));
    const bool small = lower == "the" || lower == "of" || lower == "and" || lower == "a" ||
                       lower == "an" || lower == "in" || lower == "on" || lower == "to" ||
                       lower == "for" || lower == "with" || lower == "at";
    if (!t.capitalized && !(small && words > 0)) return false;
    if (++words > kMaxTitleWords) return false;
  }
  return words > 0;
}

// Whether the token after byte `end` among `tokens` is a comma.
bool CommaAfter(std::string_view body, const std::vector<Token>& tokens, uint32_t end) {
  for (const Token& t : tokens) {
    if (t.begin < end) continue;
    return body.substr(t.begin, t.end - t.begin) == ",";
  }
  return false;
}

// Whether the words after byte `end` among `tokens` open an adjunct of the attribution, not
// a clause of its own: "Sessions said as he launched the vote.", "the group shouted from the
// street" (a subordinator or preposition, no "that" and no other reporting word after it).
bool AdjunctAfter(std::string_view body, const std::vector<Token>& tokens, uint32_t end) {
  const size_t k = TokenIndexAt(tokens, end);
  if (k >= tokens.size() || tokens[k].kind != TokenKind::kWord) return false;
  const std::string first = LowerAscii(body.substr(tokens[k].begin, tokens[k].end - tokens[k].begin));
  static constexpr std::array<std::string_view, 13> kOpeners = {
      "as", "while", "when", "before", "after", "during", "at",
      "from", "outside", "on", "in", "of", "about"};
  if (std::find(kOpeners.begin(), kOpeners.end(), first) == kOpeners.end()) return false;
  for (size_t j = k + 1; j < tokens.size(); ++j) {
    const std::string_view word = body.substr(tokens[j].begin, tokens[j].end - tokens[j].begin);
    if (word == "that" || (tokens[j].kind == TokenKind::kWord && IsSpeechVerb(word))) return false;
  }
  return true;
}

// A cue closing the quote's sentence after other words: "'…' before any talk of new roads,
// she said." The last comma after the closing mark that is followed by a speaker, its verb and
// the sentence's end.
std::optional<SpeakerCue> LateCueAfter(std::string_view body, const SpeakerFinder& finder,
                                       const std::vector<Token>& tokens, uint32_t mark_end) {
  for (size_t comma = tokens.size(); comma-- > 0;) {
    if (tokens[comma].begin < mark_end) break;
    if (body.substr(tokens[comma].begin, tokens[comma].end - tokens[comma].begin) != ",")
      continue;
    std::optional<SpeakerCue> cue = finder.CueAfter(tokens, comma + 1);
    if (!cue) return std::nullopt;
    // Only the sentence's closing punctuation after the attribution.
    for (size_t rest = TokenIndexAt(tokens, std::max(cue->cue.end, cue->speaker.end));
         rest < tokens.size(); ++rest) {
      if (tokens[rest].kind != TokenKind::kPunct) return std::nullopt;
    }
    return cue;
  }
  return std::nullopt;
}

// A reported statement running into a direct quotation of the same sentence ("X said the
// members will meet, but said, '…'"): its content cut before the quotation's opening mark,
// less the connector and reporting words left at its end. Returns false (drop it) when the
// statement opens inside a quotation, is in pieces, or keeps fewer than three words.
bool ClipBeforeDirectQuote(std::string_view body, const std::vector<Span>& marks, size_t first,
                           QuoteMention& quote) {
  constexpr size_t kMinWords = 3;
  if (!quote.contents.empty()) return false;
  size_t k = first;
  while (k < marks.size() && marks[k].end <= quote.span.begin) ++k;
  if (k >= marks.size() || marks[k].begin <= quote.span.begin) return false;
  uint32_t end = marks[k].begin;
  bool verb_trimmed = false;  // a reporting verb of the quotation was cut
  // Trailing spaces, punctuation and connector or reporting words: ", but said, " -> "".
  for (bool trimmed = true; trimmed && end > quote.span.begin;) {
    trimmed = false;
    while (end > quote.span.begin &&
           (body[end - 1] == ' ' || body[end - 1] == ',' || body[end - 1] == ':' ||
            body[end - 1] == '\n' || body[end - 1] == ';'))
      --end, trimmed = true;
    uint32_t word = end;
    while (word > quote.span.begin && body[word - 1] != ' ' && body[word - 1] != '\n') --word;
    const std::string_view last = body.substr(word, end - word);
    const std::string lower = LowerAscii(last);
    if (word > quote.span.begin &&
        (IsFunctionWord(lower) || IsSpeechVerb(lower))) {
      verb_trimmed = verb_trimmed || IsSpeechVerb(lower);
      end = word;
      trimmed = true;
    }
  }
  // The quotation's own subject goes with its verb: "that if she won, people would say
  // “…”" ends at "won", a clause comma at most a few words back.
  if (verb_trimmed) {
    constexpr size_t kMaxSubjectWords = 4;
    size_t words = 0;
    for (uint32_t at = end; at > quote.span.begin; --at) {
      if (body[at - 1] == ' ') ++words;
      if (words >= kMaxSubjectWords || body[at - 1] == '\n') break;
      if (body[at - 1] == ',' || body[at - 1] == ';') {
        end = at - 1;
        break;
      }
    }
  }
  const std::string_view content = body.substr(quote.span.begin, end - quote.span.begin);
  if (static_cast<size_t>(std::count(content.begin(), content.end(), ' ')) + 1 < kMinWords)
    return false;
  quote.span.end = end;
  quote.text = std::string(content);
  return true;
}

// Whether `span` shares a byte with one of `spans` (sorted by begin, disjoint) from index
// `first` on; stops at the first span opening after `span`.
bool OverlapsAny(const std::vector<Span>& spans, size_t first, const Span& span) {
  for (size_t k = first; k < spans.size() && spans[k].begin < span.end; ++k) {
    if (spans[k].end > span.begin) return true;
  }
  return false;
}

// "X said:" ending the sentence before a quotation that opens its own sentence or
// paragraph: the cue before the colon.
std::optional<SpeakerCue> CueBeforeColon(const TextReading& reading, const SpeakerFinder& finder,
                                         size_t previous_index) {
  const std::string_view body = reading.body();
  const Span& previous = reading.sentences()[previous_index];
  uint32_t end = previous.end;
  while (end > previous.begin && (body[end - 1] == ' ' || body[end - 1] == '\n')) --end;
  if (end == previous.begin || body[end - 1] != ':') return std::nullopt;
  const std::vector<Token>& tokens = reading.SentenceTokens(previous_index);
  if (tokens.size() < 2) return std::nullopt;
  return finder.CueBefore(tokens, tokens.size() - 1, /*adjacent_only=*/false);
}

// A lower-case word ending in -ing ("saying", "adding", "writing").
bool IsParticipleWord(std::string_view body, const Token& token) {
  if (token.kind != TokenKind::kWord || token.capitalized) return false;
  const std::string_view word = body.substr(token.begin, token.end - token.begin);
  return word.size() > 4 && word.ends_with("ing") && word != "according";
}

// A quotation no cue attributes, in a sentence that names a person or organization outside
// quotation marks: the sentence's first such name before the opening mark speaks ("X, for his
// part, is labeling the move “a blatant abuse”"); for a direct quotation with none before, the
// first one after its closing mark in the same sentence ("“…,” the judge exclaimed" is left:
// only names). Quotes whose sentence names nobody stay without a speaker.
void SpeakSentenceSubjects(const TextReading& reading, const std::vector<EntityMention>& entities,
                           const std::vector<Span>& quoted, std::vector<QuoteMention>& found) {
  const std::vector<Span>& sentences = reading.sentences();
  if (sentences.empty()) return;
  const auto speaks = [&](const EntityMention& e) {
    if (e.type != EntityType::kPerson && e.type != EntityType::kOrganization) return false;
    return !OverlapsAny(quoted, 0, e.span);
  };
  for (QuoteMention& quote : found) {
    if (quote.speaker || quote.nested || quote.kind == QuoteKind::kIndirect) continue;
    const size_t index = SentenceIndexAt(sentences, quote.span.begin);
    const Span& sentence = sentences[index];
    // A dateline's place or agency is no speaker.
    const uint32_t from =
        AfterDateline(reading.body(), reading.SentenceTokens(index)).value_or(sentence.begin);
    auto it =
        std::lower_bound(entities.begin(), entities.end(), from,
                         [](const EntityMention& e, uint32_t pos) { return e.span.begin < pos; });
    const EntityMention* speaker = nullptr;
    for (; it != entities.end() && it->span.end <= quote.span.begin; ++it) {
      if (speaks(*it)) {
        speaker = &*it;
        break;
      }
    }
    if (speaker == nullptr && quote.kind == QuoteKind::kDirect) {
      const Span& last = sentences[SentenceIndexAt(sentences, quote.span.end)];
      for (it = std::lower_bound(
               entities.begin(), entities.end(), quote.span.end,
               [](const EntityMention&e, uint32_t pos) { return e.span.begin < pos; });
           it != entities.end() && it->span.end <= last.end; ++it) {
        if (speaks(*it)) {
          speaker = &*it;
          break;
        }
      }
    }
    if (speaker == nullptr) continue;
    quote.speaker = speaker->span;
    quote.speaker_text = speaker->text;
    quote.speaker_name = speaker->canonical;
  }
}

// Whether the phrase `span` can be a speaker of words it uses: it holds a person,
// organization or group, or is "he", "she", "they", "we" or "I", or its last word is a
// speaker noun ("the minister", "officials") -- not "the theory", "the directive".
bool CanSpeak(std::string_view body, const std::vector<Token>& tokens,
              const std::vector<EntityMention>& entities, const Span& span) {
  auto it = std::lower_bound(entities.begin(), entities.end(), span.begin,
                             [](const EntityMention& e, uint32_t pos) { return e.span.begin < pos; });
  for (; it != entities.end() && it->span.begin < span.end; ++it) {
    if (it->span.end <= span.end &&
        (it->type == EntityType::kPerson || it->type == EntityType::kOrganization ||
         it->type == EntityType::kGroup))
      return true;
  }
  const std::string lower = LowerAscii(body.substr(span.begin, span.size()));
  if (lower == "he" || lower == "she" || lower == "they" || lower == "we" || lower == "i")
    return true;
  size_t head = TokenIndexAt(tokens, span.begin);
  for (size_t k = head; k < tokens.size() && tokens[k].end <= span.end; ++k)
    if (tokens[k].kind == TokenKind::kWord) head = k;
  return head < tokens.size() &&
         IsSpeakerNoun(body.substr(tokens[head].begin, tokens[head].end - tokens[head].begin));
}

// Quoted words inside a sentence that no cue attributes and whose sentence names no person or
// organization before them ("The mayor likes “The Night Harbour”", "the board waves
// off the delay as a “minor hiccup”"): the subject of their clause, when one is
// found, is who uses the words.
void SpeakClauseSubjects(const TextReading& reading, const SpeakerFinder& finder,
                         const std::vector<EntityMention>& entities,
                         std::vector<QuoteMention>& found) {
  const std::vector<Span>& sentences = reading.sentences();
  if (sentences.empty()) return;
  for (QuoteMention& quote : found) {
    if (quote.speaker || quote.nested || quote.kind != QuoteKind::kPartial) continue;
    const size_t s = SentenceIndexAt(sentences, quote.span.begin);
    const std::vector<Token>& tokens = reading.SentenceTokens(s);
    const size_t first = TokenIndexAt(tokens, quote.span.begin);
    if (first == 0 || first > tokens.size()) continue;
    const std::optional<Span> subject =
        ClauseSubjectBefore(reading.body(), sentences[s], tokens, finder, first - 1);
    if (!subject || !CanSpeak(reading.body(), tokens, entities, *subject)) continue;
    finder.Attribute(SpeakerCue{{subject->begin, subject->begin}, *subject}, subject->begin,
                     quote);
    quote.cue.reset();
    quote.cue_text.clear();
  }
}

// Space-separated words of `span`; with `lower_only`, those opening with an ASCII lower-case
// letter.
size_t CountWordsIn(std::string_view body, const Span& span, bool lower_only = false) {
  size_t words = 0;
  bool in_word = false;
  for (uint32_t k = span.begin; k < span.end; ++k) {
    const bool space = body[k] == ' ' || body[k] == '\n' || body[k] == '\t';
    if (!space && !in_word && (!lower_only || (body[k] >= 'a' && body[k] <= 'z'))) ++words;
    in_word = !space;
  }
  return words;
}

// Transcript turns: paragraphs "NAME: words" of an interview or a broadcast transcript
// ("Q: …" / "A: …", "HOST: …", "Lund: …"). A tag is a turn when the document has both
// Q and A turns, when it opens two paragraphs or more, or when it names a person of the
// document in capitals (the whole name or its last word); labels ("Update:", "Correction:",
// "Contributing:") never are. The words after the colon, to the paragraph's end, are the
// speaker's own (direct); a Q or A tag has no name. Paragraphs holding a quotation are left
// to it; the first paragraph is the headline's (indirect.cc).
void ReadTranscriptTurns(const TextReading& reading, const std::vector<EntityMention>& entities,
                         std::vector<QuoteMention>& found) {
  const std::string_view body = reading.body();
  const std::vector<Span>& paragraphs = reading.paragraphs();
  struct Turn {
    Span tag;
    std::string lower;
    Span content;
    bool all_caps;  // the tag has no lower-case letter ("HOST", "ANA BERG")
    // Long enough to be a statement, with lower-case words: not "Subs: Smith, Jones." or a
    // label over a few words of a list.
    bool worth;
  };
  std::vector<Turn> turns;
  for (size_t p = 1; p < paragraphs.size(); ++p) {
    const size_t s = reading.SentenceAt(paragraphs[p].begin);
    const std::vector<Token>& tokens = reading.SentenceTokens(s);
    size_t colon = 0;
    while (colon < tokens.size() && colon < kMaxTurnTagTokens &&
           tokens[colon].kind == TokenKind::kWord &&
           (tokens[colon].capitalized || tokens[colon].all_caps))
      ++colon;
    if (colon == 0 || colon >= tokens.size() || colon + 1 >= tokens.size() ||
        body.substr(tokens[colon].begin, 1) != ":" || tokens[0].begin != paragraphs[p].begin)
      continue;
    const Span content = Trimmed(body, {tokens[colon + 1].begin, paragraphs[p].end});
    if (content.empty()) continue;
    const Span tag{tokens[0].begin, tokens[colon - 1].end};
    const std::string_view tag_text = body.substr(tag.begin, tag.size());
    const bool all_caps = std::none_of(tag_text.begin(), tag_text.end(),
                                       [](char c) { return c >= 'a' && c <= 'z'; });
    const bool worth = CountWordsIn(body, content) >= kMinTurnWords &&
                       CountWordsIn(body, content, /*lower_only=*/true) >= kMinTurnLowerWords;
    turns.push_back({tag, LowerAscii(tag_text), content, all_caps, worth});
  }
  if (turns.empty()) return;
  static constexpr std::array<std::string_view, 16> kLabels = {
      "update",  "updated", "correction", "contributing", "related", "photo",  "video", "watch",
      "note",    "source",  "previously", "exclusive",    "breaking", "report", "poll",  "name"};
  bool has_q = false, has_a = false;
  std::map<std::string, size_t> count;
  for (const Turn& t : turns) {
    has_q = has_q || t.lower == "q";
    has_a = has_a || t.lower == "a";
    if (t.worth) ++count[t.lower];  // only turns worth a statement count
  }
  const std::vector<Span> existing = [&] {
    std::vector<Span> spans;
    for (const QuoteMention& q : found) spans.push_back(q.span);
    std::sort(spans.begin(), spans.end(),
              [](const Span& a, const Span& b) { return a.begin < b.begin; });
    return spans;
  }();
  // People of the document by their whole name and by their last word, lower case: the
  // first mention of each (one pass over the entities, then a lookup per turn).
  std::unordered_map<std::string, const EntityMention*> people;
  for (const EntityMention& e : entities) {
    if (e.type != EntityType::kPerson) continue;
    const std::string canonical = LowerAscii(e.canonical);
    people.emplace(canonical, &e);
    if (const size_t space = canonical.rfind(' '); space != std::string::npos)
      people.emplace(canonical.substr(space + 1), &e);
  }
  for (const Turn& t : turns) {
    if (std::find(kLabels.begin(), kLabels.end(), t.lower) != kLabels.end()) continue;
    const bool qa = (t.lower == "q" || t.lower == "a") && has_q && has_a;
    const auto found_person = people.find(t.lower);
    const EntityMention* person = found_person == people.end() ? nullptr : found_person->second;
    const bool all_caps = t.all_caps;
    // A list ("Lund: 2,316.", "Berg: Win the north.") names people once each with a few
    // words; a transcript gives each speaker several turns, or writes the tag in capitals. A
    // tag that is no person of the document ("New Release:", a team's notes) needs three.
    const size_t needed = person != nullptr || all_caps ? 2 : 3;
    if (!qa && count[t.lower] < needed && !(all_caps && person != nullptr)) continue;
    if (t.lower.size() == 1 && !qa) continue;
    if (!t.worth) continue;
    if (OverlapsAny(existing, 0, t.content)) continue;
    QuoteMention quote;
    quote.kind = QuoteKind::kDirect;
    quote.span = t.content;
    quote.text = std::string(body.substr(t.content.begin, t.content.size()));
    quote.speaker = t.tag;
    quote.speaker_text = std::string(body.substr(t.tag.begin, t.tag.size()));
    if (person != nullptr) {
      quote.speaker_name = person->canonical;
    } else if (!qa) {
      quote.speaker_name = quote.speaker_text;
    }
    found.push_back(std::move(quote));
  }
}

// Whether a direct quotation without a cue of its own continues the previous quote's
// speaker: it sits in the same paragraph, or opens the next one. Single marks ('…') never do.
bool ContinuesSpeaker(const TextReading& reading, const QuotedPassage& passage,
                      const QuoteMention* previous, uint32_t previous_end) {
  if (passage.single_marks || previous == nullptr || previous->speaker_name.empty()) return false;
  const size_t paragraph = reading.ParagraphAt(passage.marks.begin);
  const size_t previous_paragraph = reading.ParagraphAt(previous_end);
  return paragraph == previous_paragraph ||
         (paragraph == previous_paragraph + 1 &&
          reading.paragraphs()[paragraph].begin == passage.marks.begin);
}

void TakeSpeaker(const QuoteMention& previous, QuoteMention& quote) {
  quote.speaker = previous.speaker;
  quote.speaker_text = previous.speaker_text;
  quote.speaker_name = previous.speaker_name;
}

// One attribution, its content in pieces ("…," she said, "…"): `quote` joins the last one.
void JoinToLast(std::vector<QuoteMention>& found, const QuoteMention& quote) {
  QuoteMention& joined = found.back();
  if (joined.contents.empty()) joined.contents.push_back(joined.span);
  joined.contents.push_back(quote.span);
  joined.span.end = quote.span.end;
  joined.text += ' ';
  joined.text += quote.text;
}

// One quotation of a document in another language than English: attributed from the
// language's data when it has some (a verb of saying or a source word next to the marks),
// else it continues the previous direct quote's speaker in the same paragraph or at the head
// of the next, as in English; direct when attributed, split, or opening its sentence or a
// colon, else a partial quote. Appended to `found`, or joined to the previous quote when both
// hang on one cue ("„…“, sagte X, „…“").
void ReadOtherLanguageQuote(const TextReading& reading, const std::vector<EntityMention>& entities,
                            const LanguageQuotes* language, const QuotedPassage& passage,
                            const Span& opening, const std::vector<Token>& open_tokens,
                            QuoteMention& quote, const QuoteMention* previous,
                            uint32_t previous_end, std::vector<QuoteMention>& found) {
  const std::string_view body = reading.body();
  const bool attributed =
      language != nullptr && language->Attribute(reading, entities, passage.marks, previous, quote);
  bool direct = attributed || passage.pieces.size() > 1 || passage.marks.begin <= opening.begin;
  if (!direct) {
    const size_t k = TokenIndexAt(open_tokens, passage.marks.begin);
    direct = k == 0 || (k <= open_tokens.size() && body.substr(open_tokens[k - 1].begin, 1) == ":");
  }
  quote.kind = direct ? QuoteKind::kDirect : QuoteKind::kPartial;
  const size_t paragraph = reading.ParagraphAt(passage.marks.begin);
  const bool same_paragraph = previous != nullptr && paragraph == reading.ParagraphAt(previous_end);
  if (!attributed && direct && ContinuesSpeaker(reading, passage, previous, previous_end)) {
    TakeSpeaker(*previous, quote);
  }
  if (direct && same_paragraph && previous->kind == QuoteKind::kDirect && quote.cue &&
      previous->cue && previous->cue->begin == quote.cue->begin) {
    JoinToLast(found, quote);
    return;
  }
  found.push_back(std::move(quote));
}

}  // namespace

std::vector<Span> QuotedSpans(const std::vector<QuotedPassage>& passages) {
  std::vector<Span> spans;
  spans.reserve(passages.size());
  for (const QuotedPassage& p : passages) spans.push_back({p.pieces.front().begin, p.pieces.back().end});
  return spans;
}

namespace {

// A reported statement read across quotation marks: a cue that holds a mark ("said it had
// “detected") is no cue, and a content that opens inside quoted words ends with them
// ("“…, confirming the start of X” in Y": the content ends at X), and one that opens before
// quoted words runs to their closing mark. False when the statement is dropped; a clipped
// content keeps one piece. `quoted` is sorted by begin.
bool KeepsToQuotations(std::string_view body, const std::vector<Span>& quoted,
                       QuoteMention& quote) {
  const auto containing = [&quoted](uint32_t pos) -> const Span* {
    auto it = std::upper_bound(quoted.begin(), quoted.end(), pos,
                               [](uint32_t p, const Span& q) { return p < q.begin; });
    if (it == quoted.begin()) return nullptr;
    --it;
    return pos < it->end ? &*it : nullptr;
  };
  if (quote.cue) {
    const Span* at_begin = containing(quote.cue->begin);
    const Span* at_end = containing(quote.cue->end - 1);
    if (at_begin != at_end) return false;
  }
  const Span* opening = containing(quote.span.begin);
  if (opening == nullptr) {
    // A content that opens before quoted words and stops inside them ("said it had “seen
    // that X, confirming Y”", cut at the participle) runs to their closing mark.
    const Span* closing = quote.span.end > 0 ? containing(quote.span.end - 1) : nullptr;
    if (closing == nullptr || closing->begin <= quote.span.begin || !quote.contents.empty())
      return true;
    uint32_t end = closing->end;
    for (std::string_view mark : {"\xE2\x80\x9D", "\"", "''"}) {
      if (body.substr(end, mark.size()) == mark) {
        end += static_cast<uint32_t>(mark.size());
        break;
      }
    }
    if (end <= quote.span.end) return true;
    quote.span.end = end;
    quote.text = std::string(body.substr(quote.span.begin, end - quote.span.begin));
    return true;
  }
  if (quote.span.end <= opening->end) return true;
  // Only when the cue stands inside the same quoted words (the quotation's own speaker
  // speaks there, not a statement around it).
  if (!quote.cue || containing(quote.cue->begin) != opening) return true;
  uint32_t end = opening->end;
  while (end > quote.span.begin &&
         (body[end - 1] == ' ' || body[end - 1] == ',' || body[end - 1] == ';'))
    --end;
  if (end <= quote.span.begin) return false;
  quote.span.end = end;
  quote.text = std::string(body.substr(quote.span.begin, end - quote.span.begin));
  quote.contents.clear();
  return true;
}

}  // namespace

std::vector<QuotedPassage> FindQuotedPassages(const TextReading& reading) {
  const std::string_view body = reading.body();
  std::vector<QuotedPassage> passages;
  std::optional<QuotedPassage> open_passage;  // a paragraph that ended inside a quotation
  for (const Span& paragraph : reading.paragraphs()) {
    std::vector<RawQuote> quotes = QuotesInParagraph(body, paragraph.begin, paragraph.end);
    size_t first = 0;
    if (open_passage) {
      if (!quotes.empty() && quotes[0].opens_paragraph) {
        open_passage->pieces.push_back(Trimmed(body, {quotes[0].text_begin, quotes[0].text_end}));
        open_passage->marks.end = quotes[0].mark_end;
        first = 1;
        if (!quotes[0].closed) continue;  // still open: the next paragraph may go on
      }
      passages.push_back(std::move(*open_passage));
      open_passage.reset();
    }
    for (size_t k = first; k < quotes.size(); ++k) {
      QuotedPassage passage;
      const Span piece = Trimmed(body, {quotes[k].text_begin, quotes[k].text_end});
      if (piece.empty()) continue;
      passage.pieces.push_back(piece);
      passage.marks = {quotes[k].mark_begin, quotes[k].mark_end};
      passage.single_marks = quotes[k].single_marks;
      if (!quotes[k].closed && k + 1 == quotes.size()) {
        open_passage = std::move(passage);
      } else {
        passages.push_back(std::move(passage));
      }
    }
  }
  if (open_passage) passages.push_back(std::move(*open_passage));
  return passages;
}

void QuoteAnnotator::Annotate(const Article& article, const TextReading& reading,
                              Annotations& out) const {
  // English rules (cues, reported speech, the learned cue model) read English only; other
  // languages get their quotation marks paired and their direct quotes attributed from
  // data/lang (quote_languages.h), and no reported speech rather than a misread one.
  const bool english = ReadsEnglish(article.language);
  const LanguageQuotes* other_language = english ? nullptr : LanguageQuotes::For(article.language);
  const std::string_view body = reading.body();
  const std::vector<Span>& sentences = reading.sentences();
  const std::vector<Span>& paragraphs = reading.paragraphs();
  const std::vector<QuotedPassage> passages = FindQuotedPassages(reading);
  const std::vector<Span> quoted = QuotedSpans(passages);
  const SpeakerFinder finder(body, out.entities, quoted, sentences);

  std::vector<QuoteMention> found;
  found.reserve(passages.size());  // `previous` points into it while passages are read
  std::vector<Span> direct_marks;  // direct quotations with their marks, in text order
  const QuoteMention* previous = nullptr;
  uint32_t previous_end = 0;
  for (const QuotedPassage& passage : passages) {
    QuoteMention quote;
    quote.span = {passage.pieces.front().begin, passage.pieces.back().end};
    quote.text = JoinPieces(body, passage.pieces);
    if (sentences.empty()) break;
    const size_t open_sentence = SentenceIndexAt(sentences, passage.marks.begin);
    const size_t close_sentence =
        SentenceIndexAt(sentences, passage.marks.end > 0 ? passage.marks.end - 1 : 0);
    const Span& opening = sentences[open_sentence];
    const Span& closing = sentences[close_sentence];
    const std::vector<Token>& open_tokens = reading.SentenceTokens(open_sentence);
    if (NamesATitle(body, passage, open_tokens)) continue;
    if (!english) {
      ReadOtherLanguageQuote(reading, out.entities, other_language, passage, opening, open_tokens,
                             quote, previous, previous_end, found);
      if (!found.empty()) {
        previous = &found.back();
        previous_end = passage.marks.end > 0 ? passage.marks.end - 1 : 0;
      }
      continue;
    }
    const bool direct =
        passage.pieces.size() > 1 || OpensDirectly(body, opening, passage.marks.begin, open_tokens);
    quote.kind = direct ? QuoteKind::kDirect : QuoteKind::kPartial;
    if (direct) direct_marks.push_back(passage.marks);

    std::optional<SpeakerCue> cue;
    if (passage.marks.end < closing.end) {
      const std::vector<Token>& close_tokens = reading.SentenceTokens(close_sentence);
      cue = finder.CueAfter(close_tokens, TokenIndexAt(close_tokens, passage.marks.end));
    } else if (close_sentence + 1 < sentences.size()) {
      // "…?" Novak said.  The splitter ended the sentence at the question mark: a short next
      // sentence of the same paragraph that is only the attribution.
      const Span& next = sentences[close_sentence + 1];
      const std::vector<Token>& next_tokens = reading.SentenceTokens(close_sentence + 1);
      if (reading.ParagraphAt(next.begin) == reading.ParagraphAt(closing.begin)) {
        cue = finder.CueAfter(next_tokens, 0);
        // A longer sentence is the attribution only when a comma closes it and a participle
        // or apposition goes on ("…?'' Mr. Trump asked, repeating that …").
        if (cue && next_tokens.size() > kMaxAttributionSentenceTokens &&
            !CommaAfter(body, next_tokens, std::max(cue->cue.end, cue->speaker.end)) &&
            !AdjunctAfter(body, next_tokens, std::max(cue->cue.end, cue->speaker.end)))
          cue.reset();
      }
    }
    if (!cue && passage.marks.end < closing.end)
      cue = LateCueAfter(body, finder, reading.SentenceTokens(close_sentence), passage.marks.end);
    if (!cue) {
      cue = finder.CueBefore(open_tokens, TokenIndexAt(open_tokens, passage.marks.begin),
                             /*adjacent_only=*/false);
      // "X defended the plan, saying, '…'", "…, Y said, adding, '…'": a participle's speaker
      // is the clause's, not the sentence's first name.
      size_t verb = open_tokens.size();
      if (cue) {
        verb = TokenIndexAt(open_tokens, cue->cue.begin);
        // "X, the campaign's adviser, said: '…'": the subject before the insert, as reported
        // speech reads it (the sentence's first name may be another).
        if (verb < open_tokens.size() && cue->cue.begin == open_tokens[verb].begin) {
          if (const std::optional<Span> subject =
                  SubjectBeforeInsert(body, opening, open_tokens, finder, verb))
            cue->speaker = *subject;
        }
      } else {
        // A participle right before the marks ("…, saying: '…'", "…, writing '…'") that
        // CueBefore found no sentence subject for.
        const size_t mark = TokenIndexAt(open_tokens, passage.marks.begin);
        size_t k = mark;
        if (k > 0 && (body.substr(open_tokens[k - 1].begin, 1) == "," ||
                      body.substr(open_tokens[k - 1].begin, 1) == ":"))
          --k;
        if (k > 0 && k <= mark) verb = k - 1;
      }
      if (verb < open_tokens.size() && IsParticipleWord(body, open_tokens[verb]) &&
          finder.IsCue(open_tokens[verb])) {
        if (const std::optional<Span> speaker =
                ParticipleSpeaker(body, opening, open_tokens, finder, verb)) {
          if (!cue) cue = SpeakerCue{{open_tokens[verb].begin, open_tokens[verb].end}, {}};
          cue->speaker = *speaker;
        }
      }
    }
    if (!cue && open_sentence > 0 && passage.marks.begin <= opening.begin)
      cue = CueBeforeColon(reading, finder, open_sentence - 1);
    const size_t paragraph = reading.ParagraphAt(passage.marks.begin);
    const bool same_paragraph =
        previous != nullptr && paragraph == reading.ParagraphAt(previous_end);
    bool continues = false;  // the previous quote's attribution goes on here
    if (cue) {
      finder.Attribute(*cue, passage.marks.begin, quote, previous);
      // "…," she said, "…": both pieces hang on the one cue.
      continues = direct && same_paragraph && previous->kind == QuoteKind::kDirect &&
                  previous->cue && previous->cue->begin == cue->cue.begin;
    } else if (direct && ContinuesSpeaker(reading, passage, previous, previous_end)) {
      TakeSpeaker(*previous, quote);
      continues = same_paragraph && previous->kind == QuoteKind::kDirect;
    }
    if (continues) {
      JoinToLast(found, quote);
      previous_end = passage.marks.end > 0 ? passage.marks.end - 1 : 0;
      continue;
    }
    found.push_back(std::move(quote));
    previous = &found.back();
    previous_end = passage.marks.end > 0 ? passage.marks.end - 1 : 0;
  }

  if (!english) {
    for (QuoteMention& q : found) out.quotes.push_back(std::move(q));
    return;
  }
  // Indirect speech in every sentence, only reported statements outside direct quotations
  // ("…," he said, adding that CLAUSE; nothing read inside a quote running over sentences).
  std::vector<QuoteMention> reported;
  size_t direct_idx = 0;  // into direct_marks, sorted by begin
  for (size_t s = 0; s < sentences.size(); ++s) {
    const Span& sentence = sentences[s];
    const std::vector<Token>& tokens = reading.SentenceTokens(s);
    reported.clear();
    // The headline: the first paragraph when it is one sentence.
    const bool headline =
        s == 0 && !paragraphs.empty() && paragraphs[0].end <= sentence.end && sentences.size() > 1;
    if (!ReadIndirectSpeech(body, sentence, tokens, finder, reported) &&
        !(headline && ReadHeadline(body, sentence, tokens, finder, reported)))
      continue;
    while (direct_idx < direct_marks.size() && direct_marks[direct_idx].end <= sentence.begin)
      ++direct_idx;
    for (QuoteMention& quote : reported) {
      if (!KeepsToQuotations(body, quoted, quote)) continue;
      if (OverlapsAny(direct_marks, direct_idx, quote.span) &&
          !ClipBeforeDirectQuote(body, direct_marks, direct_idx, quote))
        continue;
      found.push_back(std::move(quote));
    }
  }
  ReadTranscriptTurns(reading, out.entities, found);
  std::stable_sort(found.begin(), found.end(), [](const QuoteMention& a, const QuoteMention& b) {
    return a.span.begin < b.span.begin;
  });
  // A partial quote inside reported speech is part of it, and takes that speech's speaker.
  NestPartialQuotes(found);
  SpeakSentenceSubjects(reading, out.entities, quoted, found);
  SpeakClauseSubjects(reading, finder, out.entities, found);
  for (QuoteMention& q : found) out.quotes.push_back(std::move(q));
}

}  // namespace crosscheck
