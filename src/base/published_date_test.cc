// ParsePublishedDateTime against feedparser's date table (tests/test_date_parsers.py in
// ../shared/data/feedparser_tests; BSD-2-Clause, read at run time, never copied here). The
// table is a Python tuple of (parser, "input", expected) rows, expected being None or the
// UTC time.struct_time as a 9-tuple (year, month, day, hour, minute, second, weekday with
// Monday = 0, day of the year, dst = 0). A small reader of Python literals below turns it
// into rows; every row is checked, whichever feedparser function it was written for.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/utf8.h"

namespace crosscheck {
namespace {

// A Python literal: a tuple, a string, an integer, None, or a bare name (the parser function).
struct PyValue {
  enum Kind { kTuple, kString, kInt, kNone, kName } kind = kNone;
  std::string text;  // string contents (UTF-8) or name
  long long number = 0;
  std::vector<PyValue> items;
};

// Reads Python literals from `source` starting at `pos`: tuples, double-quoted strings with
// \uXXXX, \xXX and the one-letter escapes, integers (with sign), None and names; skips
// comments and whitespace. Anything else is an error that fails the test, not a skip.
class PyLiteralReader {
 public:
  PyLiteralReader(std::string_view source, size_t pos) : source_(source), pos_(pos) {}

  bool Read(PyValue& out) {
    SkipBlank();
    if (pos_ >= source_.size()) return Fail("end of file");
    const char c = source_[pos_];
    if (c == '(') return ReadTuple(out);
    if (c == '"') return ReadString(out);
    if (c == '-' || (c >= '0' && c <= '9')) return ReadInt(out);
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      const size_t begin = pos_;
      while (pos_ < source_.size() &&
             (std::isalnum(static_cast<unsigned char>(source_[pos_])) || source_[pos_] == '_'))
        ++pos_;
      out.text = std::string(source_.substr(begin, pos_ - begin));
      out.kind = out.text == "None" ? PyValue::kNone : PyValue::kName;
      return true;
    }
    return Fail(std::string("unexpected '") + c + "'");
  }
  const std::string& error() const { return error_; }

 private:
  bool Fail(std::string message) {
    error_ = message + " at byte " + std::to_string(pos_);
    return false;
  }
  void SkipBlank() {
    while (pos_ < source_.size()) {
      if (std::isspace(static_cast<unsigned char>(source_[pos_]))) {
        ++pos_;
      } else if (source_[pos_] == '#') {
        while (pos_ < source_.size() && source_[pos_] != '\n') ++pos_;
      } else {
        return;
      }
    }
  }
  bool ReadTuple(PyValue& out) {
    out.kind = PyValue::kTuple;
    ++pos_;  // '('
    for (;;) {
      SkipBlank();
      if (pos_ < source_.size() && source_[pos_] == ')') {
        ++pos_;
        return true;
      }
      PyValue item;
      if (!Read(item)) return false;
      out.items.push_back(std::move(item));
      SkipBlank();
      if (pos_ < source_.size() && source_[pos_] == ',') {
        ++pos_;
      } else if (pos_ >= source_.size() || source_[pos_] != ')') {
        return Fail("expected ',' or ')'");
      }
    }
  }
  bool ReadString(PyValue& out) {
    out.kind = PyValue::kString;
    ++pos_;  // '"'
    while (pos_ < source_.size() && source_[pos_] != '"') {
      if (source_[pos_] != '\\') {
        out.text += source_[pos_++];
        continue;
      }
      if (++pos_ >= source_.size()) return Fail("escape at end");
      const char e = source_[pos_++];
      if (e == 'u' || e == 'x') {
        const size_t width = e == 'u' ? 4 : 2;
        if (pos_ + width > source_.size()) return Fail("short escape");
        AppendUtf8(static_cast<char32_t>(
                       std::stoul(std::string(source_.substr(pos_, width)), nullptr, 16)),
                   out.text);
        pos_ += width;
      } else if (e == 'n') {
        out.text += '\n';
      } else if (e == 't') {
        out.text += '\t';
      } else if (e == '\\' || e == '"' || e == '\'') {
        out.text += e;
      } else {
        return Fail(std::string("unknown escape \\") + e);
      }
    }
    if (pos_ >= source_.size()) return Fail("unterminated string");
    ++pos_;  // closing '"'
    return true;
  }
  bool ReadInt(PyValue& out) {
    out.kind = PyValue::kInt;
    const size_t begin = pos_;
    if (source_[pos_] == '-') ++pos_;
    while (pos_ < source_.size() && source_[pos_] >= '0' && source_[pos_] <= '9') ++pos_;
    if (pos_ == begin || (pos_ == begin + 1 && source_[begin] == '-')) return Fail("bad number");
    out.number = std::stoll(std::string(source_.substr(begin, pos_ - begin)));
    return true;
  }

  std::string_view source_;
  size_t pos_;
  std::string error_;
};

// (year, month, day, hour, minute, second, weekday Monday=0, day of year, dst) in UTC, as
// Python's time.struct_time gives it; a date with only a year (and month) counts from the
// first of the month.
std::string StructTime(const DateTime& instant) {
  const DateTime utc = instant.ToUtc();
  const int year = utc.date.year, month = utc.date.month ? utc.date.month : 1,
            day = utc.date.day ? utc.date.day : 1;
  const int64_t days = DaysFromCivil(year, month, day);
  const int weekday = static_cast<int>(((days % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday
  const int64_t day_of_year = days - DaysFromCivil(year, 1, 1) + 1;
  std::ostringstream out;
  out << "(" << year << ", " << month << ", " << day << ", " << utc.hour << ", " << utc.minute
      << ", " << utc.second << ", " << weekday << ", " << day_of_year << ", 0)";
  return out.str();
}

std::string Expected(const PyValue& value) {
  if (value.kind == PyValue::kNone) return "None";
  std::ostringstream out;
  out << "(";
  for (size_t k = 0; k < value.items.size(); ++k) out << (k ? ", " : "") << value.items[k].number;
  out << ")";
  return out.str();
}

std::string Parsed(std::string_view input) {
  auto instant = ParsePublishedDateTime(input);
  return instant ? StructTime(*instant) : "None";
}

// Rows feedparser's table expects from one of its parsers that a single parser cannot
// follow, with the reason. Checked to be in the table, so the list cannot go stale.
struct KnownGap {
  std::string_view input, reason;
};
constexpr KnownGap kKnownGaps[] = {
    {"03335",
     "ISO 8601:1988's yyddd ordinal date; the same 5-digit shape is the table's "
     "invalid W3C-DTF \"22013\" (year too long), and feeds write W3C-DTF"},
};

std::filesystem::path TablePath() {
  return std::filesystem::path(CROSSCHECK_SHARED_DIR) /
         "data/feedparser_tests/tests/test_date_parsers.py";
}

TEST(FeedparserDateTable, EveryRowParsesToItsUtcTime) {
  std::ifstream file(TablePath(), std::ios::binary);
  if (!file)
    GTEST_SKIP() << "feedparser's date table not found at " << TablePath() << " (../shared absent)";
  std::stringstream buffer;
  buffer << file.rdbuf();
  const std::string source = buffer.str();

  // The table: the tuple after the parametrize names.
  const std::string kNames = "\"parse_date, input_value, expected_value\",";
  const size_t names = source.find(kNames);
  ASSERT_NE(names, std::string::npos) << "no parametrize table in " << TablePath();
  PyLiteralReader reader(source, names + kNames.size());
  PyValue table;
  ASSERT_TRUE(reader.Read(table)) << reader.error();
  ASSERT_EQ(table.kind, PyValue::kTuple);

  // test_year_10000_date: `date = _parse_date_rfc822("...")`, then `assert date is None`.
  std::vector<std::pair<std::string, std::string>> rows;  // input, expected
  const size_t year_10000 = source.find("def test_year_10000_date");
  if (year_10000 != std::string::npos) {
    const size_t call = source.find("(\"", year_10000);
    PyLiteralReader call_reader(source, call + 1);
    PyValue input;
    ASSERT_TRUE(call_reader.Read(input)) << call_reader.error();
    rows.emplace_back(input.text, "None");
  }
  for (const PyValue& row : table.items) {
    ASSERT_EQ(row.kind, PyValue::kTuple);
    ASSERT_EQ(row.items.size(), 3u);
    ASSERT_EQ(row.items[1].kind, PyValue::kString);
    rows.emplace_back(row.items[1].text, Expected(row.items[2]));
  }
  EXPECT_GE(rows.size(), 70u) << "the table shrank: is this the right file?";

  size_t checked = 0;
  std::set<std::string_view> gaps_seen;
  for (const auto& [input, expected] : rows) {
    const KnownGap* gap = nullptr;
    for (const KnownGap& g : kKnownGaps) {
      if (g.input == input) gap = &g;
    }
    if (gap) {
      gaps_seen.insert(gap->input);
      EXPECT_NE(Parsed(input), expected)
          << "known gap now passes, drop it from kKnownGaps: " << input;
      continue;
    }
    EXPECT_EQ(Parsed(input), expected) << "input: \"" << input << "\"";
    ++checked;
  }
  EXPECT_EQ(gaps_seen.size(), std::size(kKnownGaps)) << "a known gap is no longer in the table";
  std::printf("feedparser date table: %zu rows checked, %zu known gap(s)\n", checked,
              gaps_seen.size());
}

// ParsePublishedDate keeps the date as written (not moved to UTC) and the years news has.
TEST(FeedparserDateTable, PublishedDateIsTheDateAsWritten) {
  EXPECT_EQ(ParsePublishedDate("2003-12-31T18:14:55+08:00")->ToIso(), "2003-12-31");
  EXPECT_EQ(ParsePublishedDate("2004-02-28T18:14:55-08:00")->ToIso(), "2004-02-28");
  EXPECT_EQ(ParsePublishedDate("Mon, 26 January 2004 16:31:00 PT")->ToIso(), "2004-01-26");
  EXPECT_EQ(ParsePublishedDate("2004\xEB\x85\x84 05\xEC\x9B\x94 28\xEC\x9D\xBC  01:31:15")->ToIso(),
            "2004-05-28");
  EXPECT_FALSE(ParsePublishedDate("Thu, 01 Jan 0100 00:00:01 +0100"));  // a valid instant, not news
}

TEST(FeedparserDateTable, InstantKeepsClockAndZone) {
  const auto instant = ParsePublishedDateTime("Fri, 18 Oct 2024 10:02:00 +0200");
  ASSERT_TRUE(instant);
  EXPECT_EQ(instant->date.ToIso(), "2024-10-18");
  EXPECT_EQ(instant->hour, 10);
  EXPECT_EQ(instant->utc_offset_minutes, 120);
  EXPECT_EQ(instant->ToUtc().hour, 8);
  EXPECT_EQ(Parsed("Oct 18, 2024 10:02 PM"), "(2024, 10, 18, 22, 2, 0, 4, 292, 0)");
  EXPECT_EQ(Parsed("1729245720"), "(2024, 10, 18, 10, 2, 0, 4, 292, 0)");
  EXPECT_EQ(Parsed("18 Oct 2024 13:02 PM"), "None");      // 13 pm
  EXPECT_EQ(Parsed("2024-10-18T10:02:00 Mars"), "None");  // unknown zone
}

// Random values built from the pieces feeds write (and some they should not): never a crash,
// and whatever parses is a real calendar day whose UTC shift stays in years 1..9999.
TEST(FeedparserDateTable, RandomPiecesParseToRealDaysOrNothing) {
  const std::vector<std::string> pieces = {"Thu",
                                           ",",
                                           " ",
                                           "01",
                                           "31",
                                           "99",
                                           "Jan",
                                           "January",
                                           "ιούλ",
                                           "július",
                                           "2004",
                                           "0100",
                                           "9999",
                                           "04",
                                           "19:48:21",
                                           "1:2:3:4",
                                           "25:00",
                                           "00:00",
                                           "GMT",
                                           "EST",
                                           "Etc/GMT",
                                           "+0100",
                                           "-99:99",
                                           "-05:00",
                                           "Z",
                                           "T",
                                           "-",
                                           "/",
                                           ".",
                                           "\xEB\x85\x84",
                                           "\xEC\x9B\x94",
                                           "\xEC\x9D\xBC",
                                           "\xEC\x98\xA4\xED\x9B\x84",
                                           "PM",
                                           "1729245720",
                                           "031231",
                                           "\xFF",
                                           ""};
  std::mt19937 random(20241018);  // fixed seed: the same values every run
  std::uniform_int_distribution<size_t> piece(0, pieces.size() - 1), length(1, 9);
  size_t parsed = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string value;
    for (size_t k = length(random); k > 0; --k) value += pieces[piece(random)];
    const auto instant = ParsePublishedDateTime(value);
    if (!instant) continue;
    ++parsed;
    const DateTime utc = instant->ToUtc();
    EXPECT_GE(utc.date.year, 1) << value;
    EXPECT_LE(utc.date.year, 9999) << value;
    if (instant->date.has_day()) {
      EXPECT_TRUE(IsValidDay(instant->date.year, instant->date.month, instant->date.day)) << value;
    }
    EXPECT_LT(utc.hour, 24) << value;
    EXPECT_LT(utc.minute, 60) << value;
  }
  EXPECT_GT(parsed, 0u);  // the pieces do make dates now and then
}

}  // namespace
}  // namespace crosscheck
