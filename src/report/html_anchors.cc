// Escaping, links and fragment names for the HTML report; the marks that let an item of a
// story link to its sentence, highlighted, in the document's cleaned text.
#include <algorithm>
#include <string>

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

}  // namespace

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
