#include "annotate/tokens.h"

#include <utf8proc.h>

#include <unordered_map>
#include <unordered_set>

#include "base/lexicon.h"
#include "base/string_set.h"
#include "base/utf8.h"

namespace crosscheck {
namespace {

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

char32_t CodePointAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  return DecodeUtf8(text, pos);
}

bool IsLetterCp(char32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  const utf8proc_category_t category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_MN;
}

bool IsUpperCp(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LU;
}

bool IsLowerCp(char32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LL;
}

bool IsSpaceCp(char32_t cp) {
  return cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == 0xA0 || cp == 0x2009 ||
         cp == 0x202F || cp == 0x200B;
}

constexpr char32_t kRightSingleQuote = 0x2019;

// Length in bytes of a possessive suffix ('s or ’s) at `pos` that ends a word, else 0.
size_t PossessiveAt(std::string_view text, size_t pos) {
  size_t next = pos;
  const char32_t mark = CodePointAt(text, pos);
  if (mark != '\'' && mark != kRightSingleQuote) return 0;
  DecodeUtf8(text, next);
  if (next >= text.size() || (text[next] != 's' && text[next] != 'S')) return 0;
  const size_t after = next + 1;
  if (after < text.size() && IsLetterCp(CodePointAt(text, after))) return 0;
  return after - pos;
}

// End of the word starting at `pos`.
// Ideographs, kana and Hangul: written against digits ("约1,500", "1천500명"), they end their
// word there, so the number is a number token of its own.
bool IsUnspacedScriptCp(char32_t cp) {
  return (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3040 && cp <= 0x30FF) ||
         (cp >= 0x3130 && cp <= 0x318F) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
         (cp >= 0xF900 && cp <= 0xFAFF);
}

size_t ScanWord(std::string_view text, size_t pos) {
  size_t end = pos;
  char32_t previous = 0;
  while (end < text.size()) {
    size_t next = end;
    const char32_t cp = DecodeUtf8(text, next);
    const bool digit = cp < 0x80 && IsAsciiDigit(static_cast<char>(cp));
    if (digit && IsUnspacedScriptCp(previous)) break;
    if (IsLetterCp(cp) || digit) {
      previous = cp;
      end = next;
      continue;
    }
    if (PossessiveAt(text, end)) break;
    // Inner joiners: hyphen, apostrophes, and the period of dotted initials ("U.S.").
    if (cp == '-' || cp == '\'' || cp == kRightSingleQuote || cp == '.') {
      const char32_t following = CodePointAt(text, next);
      if (cp == '.') {
        // "U.S." / "a.m.": a single letter before the dot, a letter after it.
        const bool single_letter_before = end >= 1 && end - pos >= 1 &&
                                          (end - pos == 1 || text[end - 2] == '.');
        if (single_letter_before && IsLetterCp(following)) {
          end = next;
          continue;
        }
        if (single_letter_before && end - pos >= 3) end = next;  // keep the final dot
        break;
      }
      if (IsLetterCp(following) || (cp == '-' && following < 0x80 && IsAsciiDigit(static_cast<char>(following)))) {
        end = next;
        continue;
      }
    }
    break;
  }
  return end;
}

size_t ScanNumber(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end < text.size()) {
    const char c = text[end];
    if (IsAsciiDigit(c)) {
      ++end;
    } else if ((c == ',' || c == '.') && end + 1 < text.size() && IsAsciiDigit(text[end + 1])) {
      ++end;
    } else {
      break;
    }
  }
  // Letter suffix: "7bn", "18th", "10am", "3m".
  size_t suffix = end;
  while (suffix < text.size() && ((text[suffix] >= 'a' && text[suffix] <= 'z') || (text[suffix] >= 'A' && text[suffix] <= 'Z')))
    ++suffix;
  if (suffix - end <= 3) end = suffix;
  return end;
}

using WordSet = StringSet;

WordSet LoadSet(std::string_view lexicon, bool lower) {
  WordSet set;
  for (std::string_view entry : LexiconEntries(lexicon)) {
    std::string_view first = LexiconFields(entry)[0];
    set.insert(lower ? LowerAscii(first) : std::string(first));
  }
  return set;
}

}  // namespace

bool StartsWithLetter(std::string_view text) { return IsLetterCp(CodePointAt(text, 0)); }
bool StartsWithUpper(std::string_view text) { return IsUpperCp(CodePointAt(text, 0)); }

bool IsQuoteMark(std::string_view t) {
  return t == "\"" || t == "\xE2\x80\x9C" || t == "\xE2\x80\x9D" || t == "\xC2\xAB" ||
         t == "\xC2\xBB" || t == "\xE2\x80\x98" || t == "\xE2\x80\x99" || t == "\xE2\x80\x9E" ||
         t == "\xE2\x80\x9A" /* ‚ */ || t == "\xE3\x80\x8C" || t == "\xE3\x80\x8D" /* 「」 */;
}

std::vector<Token> Tokenize(std::string_view text, uint32_t base) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5);
  size_t pos = 0;
  while (pos < text.size()) {
    size_t next = pos;
    const char32_t cp = DecodeUtf8(text, next);
    if (IsSpaceCp(cp)) {
      pos = next;
      continue;
    }
    Token token;
    token.begin = static_cast<uint32_t>(pos) + base;
    if (size_t possessive = PossessiveAt(text, pos); possessive && pos > 0 && !tokens.empty() &&
                                                      tokens.back().end == token.begin) {
      token.kind = TokenKind::kPossessive;
      next = pos + possessive;
    } else if (IsLetterCp(cp)) {
      token.kind = TokenKind::kWord;
      next = ScanWord(text, pos);
      token.capitalized = IsUpperCp(cp);
      int letters = 0;
      bool any_lower = false;
      for (size_t k = pos; k < next;) {
        const char32_t c = DecodeUtf8(text, k);
        if (IsLetterCp(c)) ++letters;
        if (IsLowerCp(c)) any_lower = true;
      }
      token.all_caps = letters >= 2 && !any_lower;
    } else if (cp < 0x80 && IsAsciiDigit(static_cast<char>(cp))) {
      token.kind = TokenKind::kNumber;
      next = ScanNumber(text, pos);
    } else {
      token.kind = TokenKind::kPunct;
    }
    token.end = static_cast<uint32_t>(next) + base;
    tokens.push_back(token);
    pos = next;
  }
  return tokens;
}

bool IsFunctionWord(std::string_view word) {
  static const WordSet* set = new WordSet(LoadSet("function_words", true));
  return set->count(LowerAsciiWord(word).view()) > 0;
}

bool IsSpeechVerb(std::string_view word) {
  static const WordSet* set = new WordSet(LoadSet("speech_verbs", true));
  return set->count(LowerAsciiWord(word).view()) > 0;
}

bool IsPersonTitle(std::string_view words) {
  static const WordSet* set = new WordSet(LoadSet("person_titles", true));
  const LowerAsciiWord lower_word(words);
  std::string_view lower = lower_word.view();
  if (!lower.empty() && lower.back() == '.') lower.remove_suffix(1);
  return set->count(lower) > 0;
}

bool IsHonorific(std::string_view word) {
  static const WordSet* set = [] {
    auto* honorifics = new WordSet();
    for (std::string_view entry : LexiconEntries("person_titles")) {
      auto fields = LexiconFields(entry);
      if (fields.size() >= 2 && fields[1] == "honorific") honorifics->insert(LowerAscii(fields[0]));
    }
    return honorifics;
  }();
  const LowerAsciiWord lower_word(word);
  std::string_view lower = lower_word.view();
  if (!lower.empty() && lower.back() == '.') lower.remove_suffix(1);
  return set->count(lower) > 0;
}

bool IsOrgKeyword(std::string_view word) {
  static const WordSet* set = new WordSet(LoadSet("org_keywords", true));
  return set->count(LowerAsciiWord(word).view()) > 0;
}

bool IsKnownOrganization(std::string_view name) {
  static const WordSet* set = new WordSet(LoadSet("organizations", false));
  return set->count(name) > 0;
}

bool IsPronoun(std::string_view word) {
  if (word.size() > 4) return false;
  const LowerAsciiWord lower_word(word);
  const std::string_view lower = lower_word.view();
  return lower == "he" || lower == "she" || lower == "it" || lower == "they" || lower == "we" || lower == "i";
}

bool IsSpeakerNoun(std::string_view word) {
  static const WordSet* set = new WordSet(LoadSet("speaker_nouns", true));
  const LowerAsciiWord lower_word(word);
  const std::string_view lower = lower_word.view();
  if (set->count(lower) > 0 || IsPersonTitle(lower) || IsOrgKeyword(lower)) return true;
  // Plurals of titles: "analysts", "spokesmen", "secretaries".
  if (lower.size() > 3 && lower.ends_with("men"))
    return IsPersonTitle(std::string(lower.substr(0, lower.size() - 3)) + "man");
  if (lower.size() > 4 && lower.ends_with("ies"))
    return IsPersonTitle(std::string(lower.substr(0, lower.size() - 3)) + "y");
  if (lower.size() > 3 && lower.back() == 's') return IsPersonTitle(lower.substr(0, lower.size() - 1));
  return false;
}

int WeekdayNumber(std::string_view word) {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string, int>();
    for (std::string_view entry : LexiconEntries("weekdays")) {
      auto fields = LexiconFields(entry);
      if (fields.size() == 2) (*map)[std::string(fields[0])] = fields[1][0] - '0';
    }
    return map;
  }();
  auto it = table->find(LowerAscii(word));
  return it == table->end() ? 0 : it->second;
}

}  // namespace crosscheck
