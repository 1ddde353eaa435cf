// eval_feeds: our feed reader against feedparser's own test suite
// (../shared/data/feedparser_tests/tests: wellformed/, illformed/, encoding/).
//
// Each test file opens with a comment holding a Description and an `Expect:` Python
// expression over feedparser's result, e.g.
//   Expect: not bozo and entries[0]['title'] == u'Item 1 title'
// The expression is split at its top-level "and"s; each conjunct of the simple forms
//   entries[N]['title' | 'link' | 'description' | 'summary'] == '<python string>'
//   entries[N]['published_parsed' | 'updated_parsed' | 'created_parsed'] == (y, m, d, H, M, S, ...)
//   feed['title'] == '<python string>'
// is checked against ParseFeed; others ("bozo", "encoding == ...", detail dictionaries) are
// not. A file with no checkable conjunct is skipped and counted by the key its expression
// looks at; so is a file whose test needs HTTP headers ("Header:") or a Python condition
// ("SkipUnless:"). Titles and texts are compared as text: feedparser keeps a title's markup
// (sanitized), we read titles as text, so tags are removed and the XML entities decoded on
// both sides, white space collapsed. Dates: feedparser's UTC tuple against
// ParsePublishedDateTime(...).ToUtc() of what we read (created counts as published).
// illformed/: every file is read through the reader (ReadBuffer), as far as it goes, or
// skipped with a message; encoding/: every file is read with ParseFeed (a feed with no items
// counts as read) and must come out as clean UTF-8, and those of its checks above that apply
// are checked too. Prints one line per folder; --failures lists what did not pass.
// Exit 77 (skipped) when the suite is absent, 0 otherwise.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/utf8.h"
#include "clean/html/html_entities.h"
#include "ingest/feed_reader.h"
#include "ingest/reader.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

std::string ReadWholeFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The value of "Name:" in the file's header comment (the first 2 KiB), trimmed; "" if none.
std::string HeaderField(std::string_view bytes, std::string_view name) {
  const std::string_view head = bytes.substr(0, 2048);
  const size_t at = head.find(std::string(name) + ":");
  if (at == std::string_view::npos) return "";
  size_t begin = at + name.size() + 1;
  size_t end = head.find('\n', begin);
  if (end == std::string_view::npos) end = head.size();
  std::string_view value = head.substr(begin, end - begin);
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\r')) value.remove_suffix(1);
  return std::string(value);
}

// The conjuncts of a Python boolean expression joined by top-level " and ".
std::vector<std::string> SplitAnd(std::string_view expression) {
  std::vector<std::string> parts;
  std::string current;
  char quote = 0;
  int parens = 0;
  for (size_t pos = 0; pos < expression.size(); ++pos) {
    const char c = expression[pos];
    if (quote != 0) {
      current.push_back(c);
      if (c == '\\' && pos + 1 < expression.size())
        current.push_back(expression[++pos]);
      else if (c == quote)
        quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') quote = c;
    if (c == '(' || c == '[') ++parens;
    if (c == ')' || c == ']') --parens;
    if (parens == 0 && expression.substr(pos, 5) == " and ") {
      parts.push_back(current);
      current.clear();
      pos += 4;
      continue;
    }
    current.push_back(c);
  }
  parts.push_back(current);
  return parts;
}

// A Python string literal (u'...', '...', "...") as UTF-8; nullopt when `text` is not one.
std::optional<std::string> PythonString(std::string_view text) {
  if (text.starts_with("u")) text.remove_prefix(1);
  if (text.size() < 2 || (text.front() != '\'' && text.front() != '"') ||
      text.back() != text.front()) {
    return std::nullopt;
  }
  text = text.substr(1, text.size() - 2);
  std::string out;
  for (size_t pos = 0; pos < text.size(); ++pos) {
    if (text[pos] != '\\' || pos + 1 == text.size()) {
      out.push_back(text[pos]);
      continue;
    }
    const char escape = text[++pos];
    size_t digits = escape == 'x' ? 2 : escape == 'u' ? 4 : escape == 'U' ? 8 : 0;
    if (digits > 0 && pos + digits < text.size() &&
        text.substr(pos + 1, digits).find_first_not_of("0123456789abcdefABCDEF") ==
            std::string_view::npos) {
      const uint32_t value =
          static_cast<uint32_t>(std::stoul(std::string(text.substr(pos + 1, digits)), nullptr, 16));
      AppendUtf8(value, out);
      pos += digits;
      continue;
    }
    switch (escape) {
      case 'n':
        out.push_back('\n');
        break;
      case 't':
        out.push_back('\t');
        break;
      case 'r':
        out.push_back('\r');
        break;
      default:
        out.push_back(escape);
    }
  }
  return out;
}

std::string Collapse(std::string_view text) {
  std::string collapsed;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !collapsed.empty();
      continue;
    }
    if (space) collapsed.push_back(' ');
    space = false;
    collapsed.push_back(c);
  }
  return collapsed;
}

// Text for comparison: tags removed, the XML entities decoded, white space collapsed.
std::string AsText(std::string_view html) {
  std::string stripped;
  for (size_t pos = 0; pos < html.size(); ++pos) {
    if (html[pos] == '<') {
      const size_t close = html.find('>', pos);
      if (close != std::string_view::npos) {
        pos = close;
        continue;
      }
    }
    stripped.push_back(html[pos]);
  }
  // Numeric references, as HTML reads them (&#146; is a Windows-1252 quote).
  for (size_t at = stripped.find("&#"); at != std::string::npos; at = stripped.find("&#", at + 1)) {
    const size_t semicolon = stripped.find(';', at);
    if (semicolon == std::string::npos || semicolon - at > 10) continue;
    const bool hex = stripped[at + 2] == 'x' || stripped[at + 2] == 'X';
    const std::string digits = stripped.substr(at + (hex ? 3 : 2), semicolon - at - (hex ? 3 : 2));
    if (digits.empty() || digits.find_first_not_of(hex ? "0123456789abcdefABCDEF" : "0123456789") !=
                              std::string::npos) {
      continue;
    }
    std::string character;
    AppendUtf8(html::NumericReferenceCodePoint(
                   static_cast<uint32_t>(std::stoul(digits, nullptr, hex ? 16 : 10))),
               character);
    stripped.replace(at, semicolon - at + 1, character);
  }
  static const std::pair<std::string_view, std::string_view> kEntities[] = {
      {"&lt;", "<"},   {"&gt;", ">"},  {"&quot;", "\""},
      {"&apos;", "'"}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [entity, text] : kEntities) {
    size_t at = 0;
    while ((at = stripped.find(entity, at)) != std::string::npos) {
      stripped.replace(at, entity.size(), text);
      at += text.size();
    }
  }
  return Collapse(stripped);
}

struct Check {
  bool recognised = false;
  bool passed = false;
  std::string kind;    // "title", "link", "published_parsed", "feed title", ...
  std::string detail;  // on failure: expected vs got
};

// Checks one conjunct against `feed`.
Check CheckConjunct(std::string_view conjunct, const Feed* feed) {
  Check check;
  while (!conjunct.empty() && conjunct.front() == ' ') conjunct.remove_prefix(1);
  while (!conjunct.empty() && conjunct.back() == ' ') conjunct.remove_suffix(1);
  const size_t equals = conjunct.find(" == ");
  if (equals == std::string_view::npos) return check;
  std::string_view left = conjunct.substr(0, equals);
  const std::string_view right = conjunct.substr(equals + 4);
  size_t index = 0;
  std::string key;
  bool feed_level = false;
  if (left.starts_with("feed['") && left.ends_with("']")) {
    feed_level = true;
    key = std::string(left.substr(6, left.size() - 8));
  } else if (left.starts_with("entries[")) {
    const size_t close = left.find("]['");
    if (close == std::string_view::npos || !left.ends_with("']")) return check;
    index = static_cast<size_t>(std::atoi(std::string(left.substr(8, close - 8)).c_str()));
    key = std::string(left.substr(close + 3, left.size() - close - 5));
  } else {
    return check;
  }
  static const std::vector<std::string> kEntryKeys = {
      "title",          "link",          "description", "summary", "published_parsed",
      "updated_parsed", "created_parsed"};
  if (feed_level ? key != "title"
                 : std::find(kEntryKeys.begin(), kEntryKeys.end(), key) == kEntryKeys.end()) {
    return check;
  }
  check.kind = feed_level ? "feed title" : key;
  if (key.ends_with("_parsed")) {
    if (!right.starts_with("(") || !right.ends_with(")")) return check;
    int fields[6] = {0, 0, 0, 0, 0, 0};
    if (std::sscanf(std::string(right).c_str(), "(%d, %d, %d, %d, %d, %d", &fields[0], &fields[1],
                    &fields[2], &fields[3], &fields[4], &fields[5]) != 6) {
      return check;
    }
    check.recognised = true;
    if (feed == nullptr || index >= feed->items.size()) {
      check.detail = "no entry " + std::to_string(index);
      return check;
    }
    const FeedItem& item = feed->items[index];
    const std::string& written = key == "updated_parsed" ? item.updated : item.published;
    const std::optional<DateTime> parsed = ParsePublishedDateTime(written);
    if (!parsed) {
      check.detail = "date \"" + written + "\" not read";
      return check;
    }
    const DateTime utc = parsed->ToUtc();
    const int got[6] = {utc.date.year, utc.date.month, utc.date.day,
                        utc.hour,      utc.minute,     utc.second};
    check.passed = std::equal(std::begin(got), std::end(got), std::begin(fields));
    if (!check.passed) check.detail = "date \"" + written + "\" read differently";
    return check;
  }
  const std::optional<std::string> expected = PythonString(right);
  if (!expected) return check;
  check.recognised = true;
  if (feed == nullptr) {
    check.detail = "feed not read";
    return check;
  }
  std::string got;
  if (feed_level) {
    got = feed->title;
  } else if (index >= feed->items.size()) {
    check.detail = "no entry " + std::to_string(index);
    return check;
  } else {
    const FeedItem& item = feed->items[index];
    got = key == "title" ? item.title : key == "link" ? item.link : item.content;
  }
  // Our titles are text already (their markup was read as HTML), our contents HTML or text.
  const std::string ours = key == "link" ? got : key == "title" ? Collapse(got) : AsText(got);
  // feedparser keeps a text title's brackets and an HTML title's markup: either reading of
  // the expected value passes.
  check.passed =
      key == "link" ? ours == *expected : ours == AsText(*expected) || ours == Collapse(*expected);
  if (!check.passed) check.detail = "expected \"" + *expected + "\", got \"" + got + "\"";
  return check;
}

struct Tally {
  size_t files = 0, checked = 0, passed = 0, read = 0, items = 0, messages = 0;
  std::map<std::string, size_t> skipped;        // why a file was not checked -> count
  std::map<std::string, size_t> checked_kinds;  // what was checked -> count
  std::vector<std::string> failures;
};

std::vector<fs::path> XmlFiles(const fs::path& folder) {
  std::vector<fs::path> files;
  if (!fs::is_directory(folder)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file() && entry.path().extension() == ".xml")
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The key the expression looks at first, for counting skipped files by kind.
std::string SkipKind(std::string_view expect) {
  const size_t entries = expect.find("entries[");
  const size_t feed = expect.find("feed[");
  const size_t at = std::min(entries, feed);
  if (at == std::string_view::npos) {
    if (expect.find("encoding") != std::string_view::npos) return "encoding name";
    if (expect.find("bozo") != std::string_view::npos) return "bozo only";
    return "other";
  }
  const size_t key = expect.find("['", at);
  const size_t key_end = key == std::string_view::npos ? key : expect.find("']", key);
  if (key_end == std::string_view::npos) return "other";
  return std::string(expect.substr(at, expect.find('[', at) - at)) + " " +
         std::string(expect.substr(key + 2, key_end - key - 2));
}

void CheckFile(const fs::path& path, Tally& tally) {
  const std::string bytes = ReadWholeFile(path);
  ++tally.files;
  if (!HeaderField(bytes, "SkipUnless").empty()) {
    ++tally.skipped["needs a Python condition"];
    return;
  }
  if (!HeaderField(bytes, "Header").empty()) {
    ++tally.skipped["needs HTTP headers"];
    return;
  }
  const std::string expect = HeaderField(bytes, "Expect");
  if (expect.find("127.0.0.1:8097") != std::string::npos) {
    ++tally.skipped["needs the document's URL"];  // relative to where the test server served it
    return;
  }
  StatusOr<Feed> feed = ParseFeed(bytes);
  std::vector<Check> checks;
  for (const std::string& conjunct : SplitAnd(expect)) {
    Check check = CheckConjunct(conjunct, feed.ok() ? &*feed : nullptr);
    if (check.recognised) checks.push_back(std::move(check));
  }
  if (checks.empty()) {
    ++tally.skipped[SkipKind(expect)];
    return;
  }
  ++tally.checked;
  bool all = true;
  for (const Check& check : checks) {
    ++tally.checked_kinds[check.kind];
    if (!check.passed) {
      all = false;
      tally.failures.push_back(path.filename().string() + " [" + check.kind + "] " + check.detail +
                               (feed.ok() ? "" : " (" + feed.status().ToString() + ")"));
    }
  }
  if (all) ++tally.passed;
}

// Reads a file with ParseFeed: read (the feed, even with no items), or an error message;
// what it read must be valid UTF-8 without replacement characters.
void ParseFile(const fs::path& path, Tally& tally) {
  const std::string bytes = ReadWholeFile(path);
  ++tally.files;
  StatusOr<Feed> feed = ParseFeed(bytes);
  if (!feed.ok()) {
    ++tally.messages;
    tally.skipped[std::string(StatusCodeName(feed.status().code()))]++;
    return;
  }
  ++tally.read;
  tally.items += feed->items.size();
  std::string all = feed->title;
  for (const FeedItem& item : feed->items) all += item.title + item.content;
  if (!IsValidUtf8(all) || all.find("\xEF\xBF\xBD") != std::string::npos) {
    tally.failures.push_back(path.filename().string() + ": not clean UTF-8 after decoding (" +
                             feed->charset + ")");
  }
}

// Reads a file through the whole reader, as `crosscheck analyze` would.
void ReadFile(const fs::path& path, Tally& tally) {
  class CountingSink final : public DocumentSink {
   public:
    void OnDocument(Document&& document) override {
      ++documents;
      valid_utf8 = valid_utf8 && IsValidUtf8(document.content) && IsValidUtf8(document.title);
    }
    void OnError(std::string_view, const Status&) override { ++errors; }
    size_t documents = 0, errors = 0;
    bool valid_utf8 = true;
  };
  const std::string bytes = ReadWholeFile(path);
  CountingSink sink;
  ReadBuffer(path.filename().string(), bytes, ReadOptions(), sink);
  ++tally.files;
  if (sink.documents > 0) ++tally.read;
  tally.items += sink.documents;
  if (sink.errors > 0) ++tally.messages;
  if (sink.documents == 0 && sink.errors == 0) {
    tally.failures.push_back(path.filename().string() + ": neither read nor reported");
  }
  if (!sink.valid_utf8)
    tally.failures.push_back(path.filename().string() + ": not UTF-8 after reading");
}

std::string Kinds(const std::map<std::string, size_t>& kinds) {
  std::string out;
  for (const auto& [kind, count] : kinds) {
    if (!out.empty()) out += ", ";
    out += kind + " " + std::to_string(count);
  }
  return out;
}

}  // namespace
}  // namespace crosscheck

int main(int argc, char** argv) {
  using namespace crosscheck;
  CLI::App app{"Feed reader vs feedparser's test suite"};
  std::string shared = CROSSCHECK_SHARED_DIR;
  bool failures = false;
  app.add_option("--shared", shared, "The shared folder (holds data/feedparser_tests)");
  app.add_flag("--failures", failures, "List every check that did not pass");
  CLI11_PARSE(app, argc, argv);
  const fs::path tests = fs::path(shared) / "data/feedparser_tests/tests";
  if (!fs::is_directory(tests / "wellformed")) {
    std::printf("eval_feeds: %s not found; the feedparser suite lives in ../shared (skipped)\n",
                tests.string().c_str());
    return 77;
  }
  Tally wellformed, encoding_checks, illformed, encoding;
  for (const fs::path& path : XmlFiles(tests / "wellformed")) CheckFile(path, wellformed);
  for (const fs::path& path : XmlFiles(tests / "encoding")) {
    CheckFile(path, encoding_checks);
    ParseFile(path, encoding);
  }
  for (const fs::path& path : XmlFiles(tests / "illformed")) ReadFile(path, illformed);
  std::printf(
      "feedparser wellformed: %zu files, checked %zu, passed %zu, failed %zu (checks: %s); "
      "skipped %zu (%s)\n",
      wellformed.files, wellformed.checked, wellformed.passed,
      wellformed.checked - wellformed.passed, Kinds(wellformed.checked_kinds).c_str(),
      wellformed.files - wellformed.checked, Kinds(wellformed.skipped).c_str());
  std::printf(
      "feedparser encoding: %zu files, read %zu (%zu items), with a message %zu (%s), "
      "read with replacement characters %zu; checked %zu, passed %zu\n",
      encoding.files, encoding.read, encoding.items, encoding.messages,
      Kinds(encoding.skipped).c_str(), encoding.failures.size(), encoding_checks.checked,
      encoding_checks.passed);
  std::printf(
      "feedparser illformed: %zu files, read %zu (%zu items), with a message %zu, "
      "neither read nor reported %zu\n",
      illformed.files, illformed.read, illformed.items, illformed.messages,
      illformed.failures.size());
  if (failures) {
    for (const Tally* tally : {&wellformed, &encoding_checks, &encoding, &illformed}) {
      for (const std::string& failure : tally->failures)
        std::printf("  FAIL %s\n", failure.c_str());
    }
  }
  return 0;
}
