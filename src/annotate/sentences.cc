#include "annotate/sentences.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "annotate/tokens.h"
#include "base/date.h"
#include "base/lexicon.h"
#include "base/quote_marks.h"
#include "base/utf8.h"

namespace crosscheck {
namespace {

enum class AbbreviationKind { kNone, kPlain, kTitle, kNumber };

AbbreviationKind AbbreviationOf(std::string_view word) {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string, AbbreviationKind>();
    for (std::string_view entry : LexiconEntries("abbreviations")) {
      auto fields = LexiconFields(entry);
      AbbreviationKind kind = AbbreviationKind::kPlain;
      if (fields.size() >= 2 && fields[1] == "title") kind = AbbreviationKind::kTitle;
      if (fields.size() >= 2 && fields[1] == "number") kind = AbbreviationKind::kNumber;
      (*map)[LowerAscii(fields[0])] = kind;
    }
    return map;
  }();
  auto it = table->find(LowerAscii(word));
  return it == table->end() ? AbbreviationKind::kNone : it->second;
}

// Words that commonly open a sentence: after "U.S." or "Inc." they signal a sentence end.
bool IsSentenceOpener(std::string_view word) {
  return IsFunctionWord(word) && StartsWithUpper(word);
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";
constexpr std::string_view kRightSingle = "\xE2\x80\x99";
constexpr std::string_view kLeftSingle = "\xE2\x80\x98";  // closes a German ‚

// The double quotation mark at byte `pos`, or kNone.
QuoteMark QuoteMarkAt(std::string_view body, size_t pos) {
  if (pos >= body.size() || static_cast<unsigned char>(body[pos]) < 0xC2) return QuoteMark::kNone;
  return QuoteMarkOf(DecodeUtf8(body, pos));
}

// Whether a space or no-break space (U+00A0, U+202F) stands at `pos`; advances `pos` past it.
bool FrenchSpaceBeforeMark(std::string_view body, size_t& pos) {
  if (pos < body.size() && body[pos] == ' ') {
    ++pos;
    return true;
  }
  if (body.substr(pos).starts_with("\xC2\xA0")) {
    pos += 2;
    return true;
  }
  if (body.substr(pos).starts_with("\xE2\x80\xAF")) {
    pos += 3;
    return true;
  }
  return false;
}

// A guillemet opens a quotation where one can begin: after a space, a bracket or nothing; a »
// also needs a word right after it (German »Ja«; a French closing » stands after a space
// too). After a word a guillemet closes.
bool GuillemetOpens(std::string_view body, size_t pos, size_t after) {
  const bool space_before =
      pos == 0 || IsSpace(body[pos - 1]) || body[pos - 1] == '(' || body[pos - 1] == '[' ||
      static_cast<unsigned char>(body[pos - 1]) == 0xA0 /* end of a no-break space */;
  if (!space_before) return false;
  if (static_cast<unsigned char>(body[pos]) == 0xC2 && pos + 1 < body.size() &&
      static_cast<unsigned char>(body[pos + 1]) == 0xAB) {
    return true;  // «
  }
  return after < body.size() && !IsSpace(body[after]) &&
         !(static_cast<unsigned char>(body[after]) == 0xC2 && after + 1 < body.size() &&
           static_cast<unsigned char>(body[after + 1]) == 0xA0);
}

// An open quotation longer than this is taken as a stray mark, not a quote.
constexpr size_t kMaxOpenQuoteBytes = 1200;

// Where a sentence longer than kMaxSentenceBytes is cut: after the last clause mark (comma,
// semicolon, colon, dash) or else the last space in the window before the cap, or at the cap.
// Returns the cut position in (begin, begin + kMaxSentenceBytes].
size_t LongSentenceCut(std::string_view body, size_t begin) {
  const size_t cap = begin + kMaxSentenceBytes;
  size_t last_space = 0;
  for (size_t pos = cap; pos > begin + kMaxSentenceBytes / 2; --pos) {
    const char c = body[pos - 1];
    if (IsSpace(body[pos]) && (c == ',' || c == ';' || c == ':')) return pos;
    if (last_space == 0 && IsSpace(body[pos])) last_space = pos;
  }
  if (last_space != 0) return last_space;
  // No space in the second half of the window: cut at the cap, on a UTF-8 character boundary.
  size_t pos = cap;
  while (pos > begin + 1 && (static_cast<unsigned char>(body[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

// The word that ends right before byte `end` (letters and inner dots), for abbreviation checks.
std::string_view WordBefore(std::string_view text, size_t end) {
  size_t begin = end;
  while (begin > 0 && !IsSpace(text[begin - 1]) && text[begin - 1] != '(' && text[begin - 1] != '"')
    --begin;
  return text.substr(begin, end - begin);
}

// The word that starts at or after `pos` (skipping opening quotes and brackets).
std::string_view WordAfter(std::string_view text, size_t pos) {
  while (pos < text.size() && IsSpace(text[pos])) ++pos;
  size_t begin = pos;
  size_t end = pos;
  while (end < text.size() && !IsSpace(text[end])) ++end;
  return text.substr(begin, end - begin);
}

// Whether the '.' at `dot` ends a sentence, given the word after it.
bool PeriodEndsSentence(std::string_view text, size_t dot, std::string_view next_word) {
  std::string_view before = WordBefore(text, dot);
  // Strip leading punctuation such as an opening bracket.
  while (!before.empty() && !StartsWithLetter(before) && !(before[0] >= '0' && before[0] <= '9'))
    before.remove_prefix(1);
  if (before.empty()) return true;
  // A day's ordinal before its month, as German and the Nordic languages write dates:
  // "am 27. Januar", "den 8. maj".
  if (before.size() <= 2 && before[0] >= '0' && before[0] <= '9' &&
      (before.size() == 1 || (before[1] >= '0' && before[1] <= '9')) &&
      MonthFromName(next_word) != 0)
    return false;
  // Single initial: "John F. Kennedy".
  if (before.size() == 1 && StartsWithUpper(before)) return false;
  switch (AbbreviationOf(before)) {
    case AbbreviationKind::kTitle:
      return false;
    case AbbreviationKind::kNumber:
      return !(next_word.size() > 0 && next_word[0] >= '0' && next_word[0] <= '9');
    case AbbreviationKind::kPlain:
      return IsSentenceOpener(next_word);
    case AbbreviationKind::kNone:
      break;
  }
  // Dotted acronyms such as "U.S." are in the table; other "X.Y." forms behave alike.
  if (before.size() >= 3 && before[1] == '.') return IsSentenceOpener(next_word);
  return true;
}

// Whether `next_word` can start a sentence: a capital, a digit, a quote or bracket.
bool CanStartSentence(std::string_view next_word) {
  if (next_word.empty()) return true;
  const unsigned char c = static_cast<unsigned char>(next_word[0]);
  if (c >= 'a' && c <= 'z') return false;
  if (StartsWithLetter(next_word)) return StartsWithUpper(next_word);
  return true;
}

// Whether the line ending at `newline` stops inside a clause: after a comma, a hyphen, or a
// word that cannot end one ("the", "and", "of"), as a hard-wrapped line does.
bool EndsInsideClause(std::string_view text, size_t newline) {
  size_t end = newline;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r')) --end;
  if (end == 0) return false;
  const char last = text[end - 1];
  if (last == ',' || last == '-' || last == '(' || last == '&') return true;
  const std::string_view word = WordBefore(text, end);
  return IsFunctionWord(word) && !StartsWithUpper(word);
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view body) {
  std::vector<Span> sentences;
  size_t start = 0;
  bool in_double_quote = false;
  QuoteMark opener = QuoteMark::kNone;
  size_t quote_open_at = 0;
  const auto emit = [&](size_t end) {
    size_t b = start;
    size_t e = std::min(end, body.size());
    while (b < e && IsSpace(body[b])) ++b;
    while (e > b && IsSpace(body[e - 1])) --e;
    // A run-on "sentence" (a list without stops, a page of figures) is cut into pieces of at
    // most kMaxSentenceBytes, so everything that carries its sentence carries a bounded text.
    while (e - b > kMaxSentenceBytes) {
      const size_t cut = LongSentenceCut(body, b);
      size_t piece_end = cut;
      while (piece_end > b && IsSpace(body[piece_end - 1])) --piece_end;
      sentences.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(piece_end)});
      b = cut;
      while (b < e && IsSpace(body[b])) ++b;
    }
    if (e > b) sentences.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
    start = end;
    in_double_quote = false;
  };
  size_t pos = 0;
  while (pos < body.size()) {
    const char c = body[pos];
    // Paragraph break; a single line break ends a sentence too unless the next line goes on
    // in lower case or inside an open quotation (a hard-wrapped line).
    if (c == '\n') {
      const bool paragraph =
          pos + 1 < body.size() && (body[pos + 1] == '\n' || body[pos + 1] == '\r');
      if (paragraph || (!in_double_quote && CanStartSentence(WordAfter(body, pos + 1)) &&
                        !EndsInsideClause(body, pos))) {
        emit(pos);
        while (pos < body.size() && IsSpace(body[pos])) ++pos;
        start = pos;
        continue;
      }
    }
    std::string_view rest = body.substr(pos);
    if (c == '"') {
      const bool opens =
          pos == 0 || IsSpace(body[pos - 1]) || body[pos - 1] == '(' || body[pos - 1] == '[';
      if (opens && !in_double_quote) {
        in_double_quote = true;
        quote_open_at = pos;
      } else {
        in_double_quote = false;
      }
      ++pos;
      continue;
    }
    // Other quotation marks, each closed by its own kind (base/quote_marks.h): a German
    // closing “ must not open a quotation that holds the next sentences together.
    if (static_cast<unsigned char>(c) >= 0xC2) {
      size_t next = pos;
      const QuoteMark mark = QuoteMarkOf(DecodeUtf8(body, next));
      if (mark != QuoteMark::kNone) {
        if (in_double_quote && ClosesQuotation(opener, mark)) {
          in_double_quote = false;
        } else if (MayOpenQuotation(mark) && (!in_double_quote || mark == opener) &&
                   ((mark != QuoteMark::kRightGuillemet && mark != QuoteMark::kLeftGuillemet) ||
                    GuillemetOpens(body, pos, next))) {
          in_double_quote = true;
          opener = mark;
          quote_open_at = pos;
        }
        pos = next;
        continue;
      }
    }
    if (in_double_quote && pos - quote_open_at > kMaxOpenQuoteBytes) in_double_quote = false;
    const bool is_terminator = c == '.' || c == '!' || c == '?' || rest.starts_with(kEllipsis);
    if (!is_terminator) {
      ++pos;
      continue;
    }
    // Run of terminators, then closing quotes and brackets.
    size_t end = pos;
    while (end < body.size()) {
      std::string_view r = body.substr(end);
      if (body[end] == '.' || body[end] == '!' || body[end] == '?') {
        ++end;
      } else if (r.starts_with(kEllipsis) || r.starts_with(kRightSingle) ||
                 r.starts_with(kLeftSingle)) {
        end += 3;
      } else if (size_t mark_at = end; in_double_quote && FrenchSpaceBeforeMark(body, mark_at) &&
                                       ClosesQuotation(opener, QuoteMarkAt(body, mark_at))) {
        // French « … » sets a space before its closing mark: "Jamais. »".
        in_double_quote = false;
        (void)DecodeUtf8(body, mark_at);
        end = mark_at;
      } else if (const QuoteMark mark = QuoteMarkAt(body, end);
                 mark == QuoteMark::kRightDouble || mark == QuoteMark::kRightGuillemet ||
                 mark == QuoteMark::kRightCorner || mark == QuoteMark::kRightWhiteCorner ||
                 (in_double_quote && ClosesQuotation(opener, mark))) {
        in_double_quote = false;
        size_t next = end;
        (void)DecodeUtf8(body, next);
        end = next;
      } else if (body[end] == '"' || body[end] == '\'' || body[end] == ')' || body[end] == ']') {
        if (body[end] == '"') in_double_quote = false;
        ++end;
      } else {
        break;
      }
    }
    // A decimal or a dotted word continues; a sentence needs space after it.
    if (end < body.size() && !IsSpace(body[end])) {
      pos = end;
      continue;
    }
    const std::string_view next_word = WordAfter(body, end);
    bool ends = CanStartSentence(next_word) && !in_double_quote;
    if (ends && c == '.' && end == pos + 1) ends = PeriodEndsSentence(body, pos, next_word);
    if (ends) emit(end);
    pos = end;
  }
  emit(body.size());
  return sentences;
}

size_t SentenceIndexAt(const std::vector<Span>& sentences, uint32_t pos) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](uint32_t p, const Span& s) { return p < s.begin; });
  if (it == sentences.begin()) return 0;
  return static_cast<size_t>(it - sentences.begin()) - 1;
}

}  // namespace crosscheck
