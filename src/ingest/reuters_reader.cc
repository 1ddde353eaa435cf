#include "ingest/reuters_reader.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>

#include "ingest/charset.h"
#include "ingest/feed_text.h"

namespace crosscheck {
namespace {

using feed_text::Trim;

// The text between <TAG ...> and </TAG> in `text`, or an empty view (found false) when absent;
// `open_tag`, when given, gets the opening tag itself ("<TEXT TYPE=\"UNPROC\">").
std::string_view Element(std::string_view text, std::string_view tag, bool* found = nullptr,
                         std::string_view* open_tag = nullptr) {
  const std::string open = "<" + std::string(tag);
  size_t at = text.find(open);
  // "<TEXT" must not match "<TEXTS": the tag name ends at '>' or a space.
  while (at != std::string_view::npos && at + open.size() < text.size() &&
         text[at + open.size()] != '>' && text[at + open.size()] != ' ') {
    at = text.find(open, at + 1);
  }
  if (found != nullptr) *found = false;
  if (at == std::string_view::npos) return {};
  const size_t content = text.find('>', at);
  if (content == std::string_view::npos) return {};
  if (open_tag != nullptr) *open_tag = text.substr(at, content - at + 1);
  const std::string close = "</" + std::string(tag) + ">";
  size_t end = text.find(close, content + 1);
  if (end == std::string_view::npos) end = text.size();  // an unclosed element runs to the end
  if (found != nullptr) *found = true;
  return text.substr(content + 1, end - content - 1);
}

// The value of attribute `name` in the first tag of `text` (from its start to the first
// '>'), or "".
std::string_view OpeningAttribute(std::string_view text, std::string_view name) {
  const std::string_view tag = text.substr(0, text.find('>'));
  const std::string needle = " " + std::string(name) + "=\"";
  const size_t at = tag.find(needle);
  if (at == std::string_view::npos) return {};
  const size_t begin = at + needle.size();
  const size_t end = tag.find('"', begin);
  return end == std::string_view::npos ? std::string_view() : tag.substr(begin, end - begin);
}

// SGML character references decoded, control characters other than line breaks and tabs
// dropped; other bytes kept as they are (Latin-1, decoded afterwards).
std::string DecodeReferences(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, char>, 5> kNamed = {
      {{"&lt;", '<'}, {"&gt;", '>'}, {"&amp;", '&'}, {"&quot;", '"'}, {"&apos;", '\''}}};
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (c == '&') {
      bool named = false;
      for (const auto& [entity, ch] : kNamed) {
        if (text.substr(i, entity.size()) == entity) {
          out.push_back(ch);
          i += entity.size();
          named = true;
          break;
        }
      }
      if (named) continue;
      if (i + 2 < text.size() && text[i + 1] == '#') {
        size_t k = i + 2;
        unsigned value = 0;
        while (k < text.size() && k < i + 6 && text[k] >= '0' && text[k] <= '9')
          value = value * 10 + static_cast<unsigned>(text[k++] - '0');
        if (k < text.size() && text[k] == ';' && k > i + 2) {
          if (value >= 0x20 && value < 0x7F) out.push_back(static_cast<char>(value));
          if (value == '\n' || value == '\t') out.push_back(static_cast<char>(value));
          i = k + 1;
          continue;
        }
      }
    }
    const unsigned char byte = static_cast<unsigned char>(c);
    if (byte < 0x20 && c != '\n' && c != '\t') {
      ++i;  // a raw control character
      continue;
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

// "26-FEB-1987 15:01:01.79" -> "1987-02-26T15:01:01Z"; "" when it does not read.
std::string IsoDate(std::string_view text) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  int day = 0, year = 0, hour = 0, minute = 0, second = 0;
  char month[4] = {};
  const std::string copy(text.substr(0, 40));
  const int read = std::sscanf(copy.c_str(), "%2d-%3c-%4d %2d:%2d:%2d", &day, month, &year, &hour,
                               &minute, &second);
  if (read < 3) return std::string();
  int month_number = 0;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (std::string_view(month, 3) == kMonths[m]) month_number = static_cast<int>(m) + 1;
  }
  if (month_number == 0 || day < 1 || day > 31 || year < 1900 || year > 2100) return std::string();
  if (read < 6 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60)
    hour = minute = second = 0;
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), "%04d-%02d-%02dT%02d:%02d:%02dZ", year, month_number, day,
                hour, minute, second);
  return buffer;
}

// Wire copy wrapped at ~70 columns, each paragraph opening with an indent: the lines of a
// paragraph joined by spaces, paragraphs separated by a blank line, the closing "Reuter"
// signature dropped.
std::string Paragraphs(std::string_view body) {
  std::string out;
  bool paragraph_open = false;
  size_t pos = 0;
  while (pos <= body.size()) {
    size_t end = body.find('\n', pos);
    if (end == std::string_view::npos) end = body.size();
    const std::string_view raw = body.substr(pos, end - pos);
    const std::string_view line = Trim(raw);
    const bool indented = !raw.empty() && (raw.front() == ' ' || raw.front() == '\t');
    if (line.empty()) {
      paragraph_open = false;
    } else if (line != "Reuter" && line != "REUTER") {
      if (!out.empty()) out += (paragraph_open && !indented) ? " " : "\n\n";
      out += line;
      paragraph_open = true;
    }
    pos = end + 1;
  }
  return out;
}

}  // namespace

bool OpensReutersRecord(std::string_view line) {
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  return line.starts_with("<REUTERS ") || line.starts_with("<REUTERS>");
}

bool ClosesReutersRecord(std::string_view line) {
  return line.find("</REUTERS>") != std::string_view::npos;
}

StatusOr<Document> ReutersRecordToDocument(std::string_view record, std::string_view id_prefix) {
  const std::string_view new_id = OpeningAttribute(record, "NEWID");
  if (new_id.empty()) return InvalidArgumentError("Reuters record without a NEWID");
  // The id names the document in messages and in the report: a short run of visible ASCII
  // (the corpus uses numbers), never a line break or a terminal control.
  const bool malformed_id =
      new_id.size() > 32 || std::any_of(new_id.begin(), new_id.end(), [](char c) {
        return static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f;
      });
  if (malformed_id) return InvalidArgumentError("Reuters record with a malformed NEWID");
  bool has_text = false;
  std::string_view text_tag;
  const std::string_view text = Element(record, "TEXT", &has_text, &text_tag);
  const std::string title = std::string(Trim(DecodeReferences(Element(text, "TITLE"))));
  const std::string dateline = std::string(Trim(DecodeReferences(Element(text, "DATELINE"))));
  bool has_body = false;
  std::string body = Paragraphs(DecodeReferences(Element(text, "BODY", &has_body)));
  if (!has_body && OpeningAttribute(text_tag, "TYPE") == "UNPROC") {
    body = Paragraphs(DecodeReferences(text));  // unprocessed copy: the text has no parts
  }
  std::string content;
  if (!body.empty()) {
    // The dateline is a paragraph of its own, so no sentence runs from it into the story.
    content = dateline.empty() ? body : dateline + "\n\n" + body;
  } else {
    content = title;  // a short item: the headline is the text
  }
  if (!has_text || content.empty())
    return EmptyError("Reuters record " + std::string(new_id) + " has no title or body");
  Document document;
  document.id = std::string(id_prefix) + "#" + std::string(new_id);
  document.format = DocumentFormat::kText;
  document.record_text = true;
  document.content = DecodeWindows1252(content);  // Latin-1 bytes: 1252 is its superset
  document.title = DecodeWindows1252(title);
  document.published = IsoDate(Element(record, "DATE"));
  document.outlet = "Reuters";  // the corpus is Reuters' own wire copy
  document.language = "en";
  document.input_bytes = record.size();
  return document;
}

}  // namespace crosscheck
