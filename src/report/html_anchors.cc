// Escaping, links and fragment names for the HTML report; the marks that let an item of a
// story link to its sentence, highlighted, in the document's cleaned text.
#include <algorithm>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/ascii.h"
#include "base/url.h"
#include "base/utf8.h"
#include "report/format.h"
#include "report/html_parts.h"

namespace crosscheck {
namespace {

// Longest id used as a fragment name as it is; longer ones are numbered.
constexpr size_t kMaxPlainIdBytes = 64;

bool IsPlainId(std::string_view id) {
  if (id.empty() || id.size() > kMaxPlainIdBytes) return false;
  for (char c : id) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '_' || c == '-' || c == '.';
    if (!plain) return false;
  }
  return true;
}

// The text a cited item carries, without the "… " and " …" that mark where it was cut.
std::string_view WithoutCutMarks(std::string_view text) {
  static constexpr std::string_view kLeading = "\xE2\x80\xA6 ";
  static constexpr std::string_view kTrailing = " \xE2\x80\xA6";
  if (text.starts_with(kLeading)) text.remove_prefix(kLeading.size());
  if (text.ends_with(kTrailing)) text.remove_suffix(kTrailing.size());
  return text;
}

// Code points from here on are letters for the rewritten-sentence match, but for General
// Punctuation (curly quotes, dashes, ellipsis), which separates words like ASCII punctuation.
constexpr char32_t kFirstLetterCodePoint = 0xC0;
constexpr char32_t kGeneralPunctuationFirst = 0x2000, kGeneralPunctuationLast = 0x206F;
constexpr size_t kMinWordBytes = 2;

bool IsWordCodePoint(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  return cp >= kFirstLetterCodePoint &&
         !(cp >= kGeneralPunctuationFirst && cp <= kGeneralPunctuationLast);
}

bool IsClosingQuote(char32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == U'\u201D' || cp == U'\u2019' ||
         cp == U'\u00BB';
}

bool IsSentenceSpace(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' || cp == 0xA0;
}

uint64_t WordHash(std::string_view word) { return std::hash<std::string>{}(LowerAscii(word)); }

// Distinct words of `text` (kMinWordBytes or longer), hashed, sorted.
std::vector<uint64_t> SortedWordHashes(std::string_view text) {
  std::vector<uint64_t> words;
  size_t word_begin = std::string_view::npos;
  const auto end_word = [&](size_t end) {
    if (word_begin != std::string_view::npos && end - word_begin >= kMinWordBytes)
      words.push_back(WordHash(text.substr(word_begin, end - word_begin)));
    word_begin = std::string_view::npos;
  };
  for (size_t pos = 0; pos < text.size();) {
    const size_t at = pos;
    if (!IsWordCodePoint(DecodeUtf8(text, pos))) {
      end_word(at);
    } else if (word_begin == std::string_view::npos) {
      word_begin = at;
    }
  }
  end_word(text.size());
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

size_t SharedCount(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t shared = 0;
  for (auto it_a = a.begin(), it_b = b.begin(); it_a != a.end() && it_b != b.end();) {
    if (*it_a < *it_b) {
      ++it_a;
    } else if (*it_b < *it_a) {
      ++it_b;
    } else {
      ++shared, ++it_a, ++it_b;
    }
  }
  return shared;
}

}  // namespace

std::vector<BodySentence> SplitBodySentences(std::string_view body) {
  std::vector<BodySentence> sentences;
  size_t begin = std::string_view::npos, last_end = 0;  // last_end: past its last non-space
  const auto close = [&](size_t end) {
    if (begin != std::string_view::npos && end > begin) {
      BodySentence sentence{begin, end, SortedWordHashes(body.substr(begin, end - begin))};
      if (!sentence.words.empty()) sentences.push_back(std::move(sentence));
    }
    begin = std::string_view::npos;
  };
  size_t pos = 0;
  while (pos < body.size()) {
    const size_t at = pos;
    const char32_t cp = DecodeUtf8(body, pos);
    if (cp == '\n') {
      close(last_end);
      continue;
    }
    if (IsSentenceSpace(cp)) continue;
    if (begin == std::string_view::npos) begin = at;
    last_end = pos;
    if (cp != '.' && cp != '!' && cp != '?') continue;
    size_t after = pos;  // past closing quotes
    while (after < body.size()) {
      size_t next = after;
      if (!IsClosingQuote(DecodeUtf8(body, next))) break;
      after = next;
    }
    size_t next = after;
    if (after == body.size() || IsSentenceSpace(DecodeUtf8(body, next))) {
      close(after);
      pos = after;
      last_end = after;
    }
  }
  close(last_end);
  return sentences;
}

const BodySentence* FindRewrittenSentence(std::span<const BodySentence> sentences,
                                          std::string_view text) {
  const std::vector<uint64_t> text_words = SortedWordHashes(text);
  if (text_words.size() < kMinRewriteWords) return nullptr;
  const BodySentence* best = nullptr;
  double best_dice = kMinRewriteDice;
  for (const BodySentence& sentence : sentences) {
    const double dice = 2.0 * static_cast<double>(SharedCount(text_words, sentence.words)) /
                        static_cast<double>(text_words.size() + sentence.words.size());
    if (dice >= best_dice && (best == nullptr || dice > best_dice)) {
      best = &sentence;
      best_dice = dice;
    }
  }
  return best;
}

void AppendHtmlEscaped(std::string_view text, std::string& out) {
  std::string sanitized;
  if (!IsValidUtf8(text)) {
    sanitized = SanitizeUtf8(text);
    text = sanitized;
  }
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
}

std::string HtmlEscape(std::string_view text) {
  std::string out;
  AppendHtmlEscaped(text, out);
  return out;
}

std::string SpacedName(std::string_view name) {
  std::string out(name);
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

bool IsWebLink(std::string_view url) {
  if (url.size() > kMaxLinkBytes) return false;
  for (char c : url) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7f) return false;
  }
  const std::string scheme = LowerAscii(url.substr(0, std::min<size_t>(url.size(), 8)));
  if (!scheme.starts_with("http://") && !scheme.starts_with("https://")) return false;
  return !SiteOfUrl(url).empty();
}

std::string DocumentOutlet(const ReportDocument& doc) {
  return doc.outlet.empty() ? SiteOfUrl(doc.url) : doc.outlet;
}

std::string DocumentName(const ReportDocument& doc) {
  std::string outlet = DocumentOutlet(doc);
  if (!outlet.empty()) return outlet;
  return doc.title.empty() ? doc.id : Shorten(doc.title, kMaxDocumentNameChars);
}

HtmlAnchors::HtmlAnchors(const Report& report) : report_(report) {
  document_anchor_.reserve(report.documents.size());
  for (size_t doc_idx = 0; doc_idx < report.documents.size(); ++doc_idx) {
    document_index_.emplace(report.documents[doc_idx].id, doc_idx);
    document_anchor_.push_back("d" + std::to_string(doc_idx));
  }
  marks_.resize(report.documents.size());
  story_anchor_.reserve(report.stories.size());
  for (size_t story_idx = 0; story_idx < report.stories.size(); ++story_idx) {
    const std::string& id = report.stories[story_idx].id;
    story_index_.emplace(id, story_idx);
    story_anchor_.push_back(IsPlainId(id) ? "story-" + id : "story:" + std::to_string(story_idx));
  }
}

const ReportDocument* HtmlAnchors::FindDocument(std::string_view id) const {
  const auto it = document_index_.find(id);
  return it == document_index_.end() ? nullptr : &report_.documents[it->second];
}

const std::string& HtmlAnchors::DocumentAnchor(const ReportDocument& doc) const {
  return document_anchor_[IndexOf(doc)];
}

const ReportStory* HtmlAnchors::FindStory(std::string_view id) const {
  const auto it = story_index_.find(id);
  return it == story_index_.end() ? nullptr : &report_.stories[it->second];
}

std::string_view HtmlAnchors::StoryAnchor(std::string_view story_id) const {
  const auto it = story_index_.find(story_id);
  return it == story_index_.end() ? std::string_view()
                                  : std::string_view(story_anchor_[it->second]);
}

std::string HtmlAnchors::SentenceAnchor(const ReportDocument& doc, std::string_view text) {
  const size_t doc_idx = IndexOf(doc);
  DocumentMarks& state = marks_[doc_idx];
  const std::string_view needle = WithoutCutMarks(text);
  auto [slot, added] = state.number_of.try_emplace(std::string(needle), 0);
  if (added && !needle.empty() && state.scanned_bytes < kMaxScanBytesPerDocument) {
    state.scanned_bytes += doc.body.size();
    const size_t begin = doc.body.find(needle);
    if (begin != std::string::npos) {
      slot->second = static_cast<uint32_t>(state.marks.size() + 1);
      state.marks.push_back({begin, begin + needle.size(), slot->second});
    } else if (state.rewrite_scanned_bytes < kMaxRewriteScanBytesPerDocument) {
      state.rewrite_scanned_bytes += doc.body.size();
      if (!state.sentences) state.sentences = SplitBodySentences(doc.body);
      if (const BodySentence* sentence = FindRewrittenSentence(*state.sentences, needle)) {
        slot->second = static_cast<uint32_t>(state.marks.size() + 1);
        state.marks.push_back({sentence->begin, sentence->end, slot->second});
      }
    }
  }
  if (slot->second == 0) return document_anchor_[doc_idx];
  return document_anchor_[doc_idx] + "~" + std::to_string(slot->second);
}

void HtmlAnchors::AppendMarkedBody(const ReportDocument& doc, std::string& out) const {
  const std::string& anchor = DocumentAnchor(doc);
  std::vector<Mark> marks = marks_[IndexOf(doc)].marks;
  // Outer marks first: by start, then the longer one.
  std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  const std::string_view body = doc.body;
  std::vector<size_t> open_ends;  // ends of the marks open now, innermost last
  size_t pos = 0;
  const auto close_until = [&](size_t limit) {
    while (!open_ends.empty() && open_ends.back() <= limit) {
      AppendHtmlEscaped(body.substr(pos, open_ends.back() - pos), out);
      pos = open_ends.back();
      open_ends.pop_back();
      out += "</mark>";
    }
  };
  for (const Mark& mark : marks) {
    close_until(mark.begin);
    size_t end = mark.end;
    if (!open_ends.empty()) end = std::min(end, open_ends.back());  // crossing: cut to nest
    if (end <= mark.begin) continue;
    AppendHtmlEscaped(body.substr(pos, mark.begin - pos), out);
    pos = mark.begin;
    out += "<mark id=\"" + HtmlEscape(anchor) + "~" + std::to_string(mark.number) + "\">";
    open_ends.push_back(end);
  }
  close_until(body.size());
  AppendHtmlEscaped(body.substr(pos), out);
}

}  // namespace crosscheck
