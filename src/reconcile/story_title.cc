// Story titles: a document title that reads as a headline, else the opening sentence of the
// earliest document (see story_parts.h).
#include <string>
#include <string_view>

#include "base/ascii.h"
#include "reconcile/story_parts.h"

namespace crosscheck::reconcile {
namespace {

bool IsTitleSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// "www.smh.com.au", "FT.com", "example.org": letters, a dot, and after the last dot a
// top-level domain of 2 to 6 lower-case letters ("N.Korea", "U.S.", "3.5" are no hosts).
bool LooksLikeHostName(std::string_view word) {
  constexpr size_t kMinDomainLetters = 2, kMaxDomainLetters = 6;
  while (!word.empty() && (word.back() == ',' || word.back() == ':' || word.back() == ')'))
    word.remove_suffix(1);
  const size_t dot = word.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  const std::string_view domain = word.substr(dot + 1);
  if (domain.size() < kMinDomainLetters || domain.size() > kMaxDomainLetters) return false;
  for (char c : domain) {
    if (c < 'a' || c > 'z') return false;
  }
  const char before = word[dot - 1];
  return (before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z');
}

}  // namespace

bool LooksLikeHeadline(std::string_view title, std::string_view outlet) {
  size_t words = 0;
  size_t pos = 0;
  while (pos < title.size()) {
    while (pos < title.size() && IsTitleSpace(title[pos])) ++pos;
    size_t end = pos;
    while (end < title.size() && !IsTitleSpace(title[end])) ++end;
    if (end > pos) {
      const std::string_view word = title.substr(pos, end - pos);
      if (LooksLikeHostName(word)) return false;
      // A word needs a letter or digit to count ("-", ":" and "|" do not).
      for (char c : word) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            static_cast<unsigned char>(c) >= 0x80) {
          ++words;
          break;
        }
      }
    }
    pos = end;
  }
  if (words < kMinHeadlineWords) return false;
  if (title.size() > 3 && EqualsLowerAscii(title.substr(0, 3), "by ")) return false;  // a byline
  return outlet.empty() || LowerAscii(title) != LowerAscii(outlet);
}

std::string OpeningSentenceTitle(const StoryDocument& doc) {
  for (const Span& sentence : doc.sentences) {
    if (sentence.end > doc.body.size()) break;
    std::string_view text = std::string_view(doc.body).substr(sentence.begin, sentence.size());
    if (!LooksLikeHeadline(text, "")) continue;
    if (text.size() <= kMaxDerivedTitleBytes) return std::string(text);
    size_t cut = text.rfind(' ', kMaxDerivedTitleBytes);
    if (cut == std::string_view::npos || cut == 0) cut = kMaxDerivedTitleBytes;
    // Never cut inside a UTF-8 sequence.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    std::string title(text.substr(0, cut));
    while (!title.empty() && (title.back() == ',' || title.back() == ' ')) title.pop_back();
    return title + "\xE2\x80\xA6";
  }
  return std::string();
}

}  // namespace crosscheck::reconcile
