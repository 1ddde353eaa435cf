#include "annotate/reading.h"

#include "annotate/sentences.h"
#include "base/ascii.h"

namespace crosscheck {
namespace {

bool IsParagraphSpace(char c) { return c == ' ' || c == '\n'; }

}  // namespace

std::vector<Span> SplitParagraphs(std::string_view body) {
  std::vector<Span> paragraphs;
  size_t start = 0;
  while (start <= body.size()) {
    const size_t blank = body.find("\n\n", start);
    size_t end = blank == std::string_view::npos ? body.size() : blank;
    size_t begin = start;
    while (begin < end && IsParagraphSpace(body[begin])) ++begin;
    while (end > begin && IsParagraphSpace(body[end - 1])) --end;
    if (begin < end) paragraphs.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
    if (blank == std::string_view::npos) break;
    start = blank + 2;
  }
  return paragraphs;
}

TextReading::TextReading(std::string_view body)
    : body_(body),
      lower_(LowerAscii(body)),
      sentences_(SplitSentences(body)),
      paragraphs_(SplitParagraphs(body)) {
  tokens_.reserve(sentences_.size());
  for (const Span& sentence : sentences_)
    tokens_.push_back(Tokenize(body.substr(sentence.begin, sentence.size()), sentence.begin));
}

size_t TextReading::SentenceAt(uint32_t pos) const { return SentenceIndexAt(sentences_, pos); }

// SentenceIndexAt finds the last span starting at or before a byte in any ordered spans.
size_t TextReading::ParagraphAt(uint32_t pos) const { return SentenceIndexAt(paragraphs_, pos); }

}  // namespace crosscheck
