// Paragraphs of a flattened page and the general features that tell article prose from page
// furniture: length, stop-word share, sentence shape, capitalization, list markers,
// truncation, repeats, and boilerplate phrases (copyright, appeals, ads, "related").
//
// SplitParagraphs takes the document text and returns its paragraphs in order, each with
// the byte span it came from. A paragraph is one line, or several lines when the text was
// hard-wrapped (a long line that stops mid-sentence continues on the next). Blank lines are
// kept as flags on the following paragraph, so "runs of lines without a blank" stay visible.
// Pure functions over borrowed text; the phrase matchers are built once and shared (thread-safe).
#ifndef CROSSCHECK_CLEAN_TEXT_TEXT_LINES_H_
#define CROSSCHECK_CLEAN_TEXT_TEXT_LINES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crosscheck::text {

// Categories of the `boilerplate_phrases` lexicon, as bits.
enum BoilerplateBits : uint32_t {
  kCopyright = 1u << 0,  // rights notices, reuse terms, cookie and privacy notices
  kAppeal = 1u << 1,     // an appeal to the reader: "Subscribe", "Donate $5 a month to keep us
                         // going" (a phrase alone is not one: MatchBoilerplate settles it)
  kAd = 1u << 2,         // "ADVERTISEMENT", "Sponsored"
  kSocial = 1u << 3,     // share / follow buttons
  kEnd = 1u << 4,        // "Comments are closed", "Tags:", "Most read"
  kBox = 1u << 5,        // "Related:", "Read more": a link box, maybe inside the article
  kContinues = 1u << 6,  // "Story continues below": an insert (gallery, ad) inside the article
};

struct Paragraph {
  uint32_t begin = 0;  // byte span in the document (trimmed, list marker excluded)
  uint32_t end = 0;
  size_t first_line = 0;  // line numbers (0-based) in the document
  size_t last_line = 0;
  std::string text;  // whitespace collapsed, list marker removed

  // Layout.
  bool blank_before = false;  // a blank line (or the document start) precedes it
  bool bullet = false;        // started with a list marker: "•", "- ", "·", "□", "*"
  bool image_alt = false;     // "[alt text]" alone: a text browser's image placeholder

  // Shape.
  size_t chars = 0;  // code points, CJK counted 3 (about a Latin word)
  size_t words = 0;
  size_t stopwords = 0;         // words in the stop-word lexicons (en, de, fr, es)
  size_t capitalized = 0;       // words starting with an upper-case letter
  bool sentence_final = false;  // ends with . ! ? … (maybe inside closing quotes/brackets)
  bool truncated = false;       // ends with "..."/"…" right after a word: a cut teaser
  bool latin_script = true;     // most letters are Latin: the stop-word lexicons apply
  size_t upper_letters = 0;     // cased letters, for shouting lines ("CLICK HERE TO ...")
  size_t lower_letters = 0;

  // Content.
  uint32_t boilerplate = 0;          // BoilerplateBits matched
  uint32_t leading_boilerplate = 0;  // BoilerplateBits matched in the first words
  int copyright_hits = 0;            // distinct copyright phrases matched
  int appeal_hits = 0;               // distinct appeal phrases matched (0 unless kAppeal is set)
  bool appeal_to_reader = false;     // an appeal phrase and a word addressing the reader ("help
                                     // us", "you can support"), outside quotation marks
  bool picture_cue = false;  // opens or ends like a caption or photo credit ("Photo by ...",
                             // "... (Image: Getty)"): the `caption_cues` lexicon
  size_t repeats = 1;        // how often this exact text occurs in the document

  double StopwordRatio() const { return words == 0 ? 0.0 : double(stopwords) / double(words); }
  bool IsShort() const;  // fewer than kShortChars code points
  bool AllCaps() const;  // several words and (almost) no lower-case letter
};

// Code points below which a paragraph is "short" (jusText's length_low).
inline constexpr size_t kShortChars = 70;

std::vector<Paragraph> SplitParagraphs(std::string_view document);

// Features of one piece of text (used by SplitParagraphs and by tests).
void ComputeShape(Paragraph& paragraph);
void MatchBoilerplate(Paragraph& paragraph);

// Whitespace (ASCII and Unicode spaces) collapsed to single spaces, trimmed.
std::string CollapseWhitespace(std::string_view text);

// True when `word` (any case) is a stop word of one of the lexicons.
bool IsStopword(std::string_view word);

}  // namespace crosscheck::text

#endif  // CROSSCHECK_CLEAN_TEXT_TEXT_LINES_H_
