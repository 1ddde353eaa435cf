#include "server/atom.h"

#include "server/markup.h"

namespace crosscheck {
namespace {

constexpr std::string_view kEpoch = "1970-01-01T00:00:00Z";
constexpr std::string_view kTagPrefix = "tag:crosscheck,2026:";

bool IsDigits(std::string_view text) {
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return !text.empty();
}

// "YYYY-MM-DD" with digits where digits belong.
bool IsIsoDate(std::string_view text) {
  return text.size() == 10 && IsDigits(text.substr(0, 4)) && text[4] == '-' &&
         IsDigits(text.substr(5, 2)) && text[7] == '-' && IsDigits(text.substr(8, 2));
}

void AppendElement(std::string_view name, std::string_view text, std::string& out) {
  out += '<';
  out += name;
  out += '>';
  out += MarkupEscape(text);
  out += "</";
  out += name;
  out += ">\n";
}

std::string StoryUrl(std::string_view base_url, std::string_view story) {
  return std::string(base_url) + "/stories/" + PercentEncodeSegment(story);
}

}  // namespace

std::string Rfc3339Time(std::string_view iso) {
  if (IsIsoDate(iso)) return std::string(iso) + "T00:00:00Z";
  // YYYY-MM-DDTHH:MM:SS, optional fraction, then Z.
  if (iso.size() >= 20 && IsIsoDate(iso.substr(0, 10)) && iso[10] == 'T' &&
      IsDigits(iso.substr(11, 2)) && iso[13] == ':' && IsDigits(iso.substr(14, 2)) &&
      iso[16] == ':' && IsDigits(iso.substr(17, 2)) && iso.back() == 'Z') {
    std::string_view fraction = iso.substr(19, iso.size() - 20);
    if (fraction.empty() || (fraction[0] == '.' && IsDigits(fraction.substr(1)))) {
      return std::string(iso);
    }
  }
  return std::string(kEpoch);
}

std::string ChangeKindLabel(std::string_view kind) {
  if (kind == "new_story") return "New story";
  if (kind == "story_grew") return "Story grew";
  if (kind == "new_statement") return "New statement";
  if (kind == "new_claim") return "New claim";
  if (kind == "status_changed") return "Status changed";
  std::string label(kind);
  for (char& c : label) {
    if (c == '_') c = ' ';
  }
  if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') label[0] = label[0] - 'a' + 'A';
  return label.empty() ? "Change" : label;
}

std::string RenderAtomFeed(const AtomFeedInfo& info, const std::vector<ChangeRecord>& changes,
                           const StoryTitleLookup& story_title) {
  const std::string self_url = info.story.empty()
                                   ? info.base_url + "/feed.atom"
                                   : StoryUrl(info.base_url, info.story) + "/feed.atom";
  const std::string page_url =
      info.story.empty() ? info.base_url + "/" : StoryUrl(info.base_url, info.story);
  const std::string feed_id =
      std::string(kTagPrefix) +
      (info.story.empty() ? "feed" : "feed/story/" + PercentEncodeSegment(info.story));
  std::string out =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n";
  AppendElement("id", feed_id, out);
  AppendElement("title", info.title, out);
  AppendElement("updated",
                changes.empty() ? Rfc3339Time(info.fallback_updated) : Rfc3339Time(changes[0].at),
                out);
  out += "<link rel=\"self\" type=\"application/atom+xml\" href=\"" + MarkupEscape(self_url) +
         "\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"" + MarkupEscape(page_url) +
         "\"/>\n<author><name>crosscheck</name></author>\n<generator>crosscheck</generator>\n";
  for (const ChangeRecord& change : changes) {
    std::string title = story_title ? story_title(change.story) : std::string();
    if (title.empty()) title = change.story;
    out += "<entry>\n";
    // The time goes into the id as written (tag URIs allow ':'), escaped like everything else.
    AppendElement("id",
                  std::string(kTagPrefix) + "change/" + std::to_string(change.seq) + "/" +
                      PercentEncodeSegment(change.at),
                  out);
    AppendElement("title", ChangeKindLabel(change.kind) + ": " + title, out);
    AppendElement("updated", Rfc3339Time(change.at), out);
    out += "<link rel=\"alternate\" type=\"text/html\" href=\"" +
           MarkupEscape(StoryUrl(info.base_url, change.story)) + "\"/>\n";
    AppendElement("summary", change.text, out);
    out += "</entry>\n";
  }
  out += "</feed>\n";
  return out;
}

}  // namespace crosscheck
