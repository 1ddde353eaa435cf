#include "store/published.h"

#include <xxhash.h>

#include <algorithm>
#include <unordered_set>
#include <utility>

#include "base/ascii.h"
#include "store/report_codec.h"

namespace crosscheck {
namespace {

constexpr size_t kMaxSearchWords = 16;

bool IsWordByte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsContinuationByte(unsigned char c) { return (c & 0xC0) == 0x80; }

// Whether `c` continues a word of the class of `word_byte` (ASCII letters and digits, or
// non-ASCII bytes), as SearchWords splits.
bool SameClass(unsigned char c, unsigned char word_byte) {
  return IsWordByte(c) && (c >= 0x80) == (word_byte >= 0x80);
}

// Where in `text` the whole word `word` (as SearchWords gives it) first occurs, ASCII case
// ignored; npos if nowhere.
size_t FindWord(std::string_view text, std::string_view word) {
  if (word.empty()) return std::string_view::npos;
  const auto first = static_cast<unsigned char>(word.front());
  const auto last = static_cast<unsigned char>(word.back());
  for (size_t pos = 0; pos + word.size() <= text.size(); ++pos) {
    if (pos > 0 && SameClass(static_cast<unsigned char>(text[pos - 1]), first)) continue;
    const size_t end = pos + word.size();
    if (end < text.size() && SameClass(static_cast<unsigned char>(text[end]), last)) continue;
    if (EqualsLowerAscii(text.substr(pos, word.size()), word)) return pos;
  }
  return std::string_view::npos;
}

}  // namespace

StorySummary SummarizeStory(const ReportStory& story, const OutletLookup& outlets) {
  StorySummary summary;
  summary.id = story.id;
  summary.title = story.title;
  summary.first_published = story.first_published;
  summary.last_published = story.last_published;
  summary.topic = story.topic;
  summary.documents = story.documents.size();
  summary.independent_sources = story.independent_sources.size();
  for (std::string_view status : kClaimStatuses) {
    int count = 0;
    for (const ReportClaim& claim : story.claims) count += claim.status == status ? 1 : 0;
    if (count > 0) summary.statuses.emplace_back(std::string(status), count);
  }
  std::vector<std::pair<std::string, size_t>> counted;  // first-seen order, then by count
  for (const std::string& id : story.documents) {
    const std::string_view outlet = outlets(id);
    if (outlet.empty()) continue;
    auto same = std::find_if(counted.begin(), counted.end(),
                             [&outlet](const auto& entry) { return entry.first == outlet; });
    if (same == counted.end()) {
      counted.emplace_back(std::string(outlet), 1);
    } else {
      ++same->second;
    }
  }
  std::stable_sort(counted.begin(), counted.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  for (auto& entry : counted) summary.outlets.push_back(std::move(entry.first));
  for (const ReportEntity& entity : story.entities) {
    if (summary.entities.size() == kSummaryEntities) break;
    summary.entities.push_back(entity.name);
  }
  return summary;
}

Status StoreRowError(const std::string& store, std::string_view what, std::string_view id,
                     const Status& status) {
  return Status(status.code(), "store " + store + ", " + std::string(what) + " " + std::string(id) +
                                   ": " + status.message());
}

PublishedStoryRow PublishedStoryRowOf(const ReportStory& story, const OutletLookup& outlets,
                                      const PreviousStoryVersions& previous, std::string_view at) {
  PublishedStoryRow row;
  row.story = &story;
  row.encoded = EncodeReportStory(story);
  row.hash = XXH3_64bits(row.encoded.data(), row.encoded.size());
  row.summary = SummarizeStory(story, outlets);
  const auto old = previous.find(story.id);
  row.summary.changed_at = old != previous.end() && old->second.first == row.hash
                               ? old->second.second
                               : std::string(at);
  return row;
}

StatusOr<StoryPage> PageOfStory(ReportStory story, size_t first, size_t count,
                                const PublishedDocumentLoader& load) {
  StoryPage page;
  page.story = std::move(story);
  const std::vector<std::string>& members = page.story.documents;
  page.first_document = std::min(first, members.size());
  const size_t end = page.first_document + std::min(count, members.size() - page.first_document);
  for (size_t index = page.first_document; index < end; ++index) {
    StatusOr<std::optional<ReportDocument>> document = load(members[index]);
    if (!document.ok()) return document.status();
    if (*document) page.documents.push_back(std::move(**document));
  }
  return page;
}

void AddToPublishedState(const ReportStory& story, PublishedState* state) {
  state->story_documents.emplace_back(story.id, story.documents.size());
  for (const ReportClaim& claim : story.claims) {
    state->claims.emplace_back(
        claim.id, PublishedState::Claim{story.id, claim.status, claim.statements.size()});
  }
}

std::vector<std::string> SearchWords(std::string_view text) {
  std::vector<std::string> words;
  std::unordered_set<std::string> seen;
  size_t pos = 0;
  while (pos < text.size() && words.size() < kMaxSearchWords) {
    while (pos < text.size() && !IsWordByte(static_cast<unsigned char>(text[pos]))) ++pos;
    const size_t begin = pos;
    const bool ascii = pos < text.size() && static_cast<unsigned char>(text[pos]) < 0x80;
    while (pos < text.size() && IsWordByte(static_cast<unsigned char>(text[pos])) &&
           (static_cast<unsigned char>(text[pos]) < 0x80) == ascii) {
      ++pos;
    }
    if (pos == begin) break;
    std::string word = LowerAscii(text.substr(begin, pos - begin));
    if (seen.insert(word).second) words.push_back(std::move(word));
  }
  return words;
}

bool MatchesAllWords(std::string_view text, const std::vector<std::string>& words) {
  if (words.empty()) return false;
  for (const std::string& word : words) {
    if (FindWord(text, word) == std::string_view::npos) return false;
  }
  return true;
}

std::string SearchSnippet(std::string_view body, const std::vector<std::string>& words,
                          size_t max_bytes) {
  size_t hit = std::string_view::npos;
  for (const std::string& word : words) hit = std::min(hit, FindWord(body, word));
  if (hit == std::string_view::npos) hit = 0;
  size_t begin = hit > max_bytes / 3 ? hit - max_bytes / 3 : 0;
  size_t end = std::min(body.size(), begin + max_bytes);
  while (begin > 0 && begin < body.size() &&
         IsContinuationByte(static_cast<unsigned char>(body[begin]))) {
    --begin;
  }
  while (end < body.size() && IsContinuationByte(static_cast<unsigned char>(body[end]))) --end;
  std::string snippet;
  if (begin > 0) snippet += "…";
  for (char c : body.substr(begin, end - begin)) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (space && (snippet.empty() || snippet.back() == ' ')) continue;  // one space for a run
    snippet += space ? ' ' : c;
  }
  if (end < body.size()) snippet += "…";
  return snippet;
}

}  // namespace crosscheck
