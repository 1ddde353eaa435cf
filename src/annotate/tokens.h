// Word tokens of news text for the annotators: words, numbers and punctuation with byte
// spans, and the lexicon-backed word classes the annotators share (function words, titles,
// speech verbs). Tokenize is O(n) in the text; lexicon tables are built once on first use,
// immutable and safe to share across threads.
//
// A word starts with a letter and runs through letters, digits and inner joiners
// ("Soo-min", "they're", "U.S.", "F-16"); a trailing possessive "'s"/"’s" is its own
// token. A number starts with a digit and keeps inner separators and a letter suffix
// ("1,500", "3.5", "7bn", "18th"). Every other non-space code point is one punct token.
#ifndef CROSSCHECK_ANNOTATE_TOKENS_H_
#define CROSSCHECK_ANNOTATE_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.h"  // LowerAscii, which the annotators use with these

namespace crosscheck {

enum class TokenKind : uint8_t { kWord, kNumber, kPossessive, kPunct };

struct Token {
  uint32_t begin = 0;  // byte offsets into the tokenized text (plus the base given)
  uint32_t end = 0;
  TokenKind kind = TokenKind::kPunct;
  bool capitalized = false;  // first letter upper case
  bool all_caps = false;     // two or more letters, none lower case ("NATO", "U.S.")
};

// Tokens of `text`; spans are offset by `base` (the text's position in the body).
std::vector<Token> Tokenize(std::string_view text, uint32_t base = 0);

// True for a Unicode letter / upper-case letter at the start of `text`.
bool StartsWithLetter(std::string_view text);
bool StartsWithUpper(std::string_view text);

// Opening and closing quotation marks (straight ones count as both).
bool IsQuoteMark(std::string_view token_text);

// Word classes from lexicons (argument: a word in any case).
bool IsFunctionWord(std::string_view word);
bool IsSpeechVerb(std::string_view word);
bool IsPersonTitle(std::string_view words);   // "president", "defense secretary", "mr"
bool IsHonorific(std::string_view word);      // "mr", "dr", "pope": written right before a name
bool IsOrgKeyword(std::string_view word);
bool IsKnownOrganization(std::string_view name);  // as written: "NATO", "White House"
bool IsPronoun(std::string_view word);        // he, she, it, they, we, i
// A common noun that can head a speaker phrase: a title or organization keyword (singular or
// plural: "analyst", "officials"), or a speaker_nouns entry ("witnesses", "the airline").
bool IsSpeakerNoun(std::string_view word);
int WeekdayNumber(std::string_view word);     // ISO 1..7 for a full weekday name, else 0

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_TOKENS_H_
