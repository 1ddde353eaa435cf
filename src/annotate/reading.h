// One reading of a document's body, made once and read by every annotator and by
// reconciliation, so that no stage splits or tokenizes the text again: the sentences
// (SplitSentences), the paragraphs (runs between blank lines), the tokens of each sentence with
// byte offsets and case features (Tokenize), and an ASCII lower-case copy of the body with the
// same offsets, so that a token's lower-case text is a view rather than a new string.
//
// Built in O(n) in the body. It borrows `body`, which must outlive it, and owns the rest.
// Immutable after construction: one reading may be read by several threads at once.
#ifndef CROSSCHECK_ANNOTATE_READING_H_
#define CROSSCHECK_ANNOTATE_READING_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/tokens.h"
#include "model/annotations.h"

namespace crosscheck {

class TextReading {
 public:
  explicit TextReading(std::string_view body);

  std::string_view body() const { return body_; }
  // The body with ASCII capitals lower-cased; same length and offsets as body().
  std::string_view lower() const { return lower_; }

  // Sentence spans in text order, as SplitSentences gives them.
  const std::vector<Span>& sentences() const { return sentences_; }
  // Paragraph spans in text order (text between blank lines, trimmed; none empty).
  const std::vector<Span>& paragraphs() const { return paragraphs_; }
  // The tokens of sentence `sentence` (< sentences().size()), offsets into body().
  const std::vector<Token>& SentenceTokens(size_t sentence) const { return tokens_[sentence]; }

  // Index of the sentence / paragraph holding byte `pos` (the last one starting at or before
  // it; 0 when none does). O(log n).
  size_t SentenceAt(uint32_t pos) const;
  size_t ParagraphAt(uint32_t pos) const;

  std::string_view Text(const Token& token) const {
    return body_.substr(token.begin, token.end - token.begin);
  }
  std::string_view Lower(const Token& token) const {
    return lower().substr(token.begin, token.end - token.begin);
  }
  std::string_view Lower(const Span& span) const {
    return lower().substr(span.begin, span.end - span.begin);
  }

 private:
  std::string_view body_;
  std::string lower_;
  std::vector<Span> sentences_;
  std::vector<Span> paragraphs_;
  std::vector<std::vector<Token>> tokens_;  // one list per sentence
};

// Paragraph spans of `body`: the text between blank lines ("\n\n"), trimmed of white space;
// empty paragraphs are left out. O(n).
std::vector<Span> SplitParagraphs(std::string_view body);

}  // namespace crosscheck

#endif  // CROSSCHECK_ANNOTATE_READING_H_
