// Golden tests for the text extractor: each testdata/<case>.txt (a small synthetic flattened
// page) beside testdata/<case>.expected, the article printed one fact per line:
//   TITLE / DATE (with its source) / OUTLET / BYLINE / CREDITS / CAPTION lines, then the body
//   as [P] paragraph, [H] subhead, [L] list item; or ERROR <code> for inputs with no text.
// A failure prints a line diff. CROSSCHECK_UPDATE_GOLDEN=1 rewrites the .expected files.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "clean/extractor.h"
#include "clean/text/text_lines.h"
#include "model/document.h"

namespace crosscheck {
namespace {

const std::filesystem::path kTestdata = std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "src/clean/text/testdata";

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

const char* KindTag(BlockKind kind) {
  switch (kind) {
    case BlockKind::kHeading: return "[H]";
    case BlockKind::kListItem: return "[L]";
    case BlockKind::kBlockQuote: return "[Q]";
    case BlockKind::kCaption: return "[C]";
    case BlockKind::kParagraph: break;
  }
  return "[P]";
}

std::string Render(const StatusOr<Article>& result) {
  if (!result.ok()) return "ERROR " + std::string(StatusCodeName(result.status().code())) + "\n";
  const Article& article = result.value();
  std::string out;
  out += "TITLE: " + article.title + "\n";
  out += "DATE: " + (article.published.valid() ? article.published.ToIso() : std::string("-")) + " (" +
         DateSourceName(article.published_from) + ")\n";
  out += "OUTLET: " + article.outlet + "\n";
  out += "BYLINE: " + article.byline + "\n";
  out += "CREDITS:";
  for (const std::string& credit : article.credits) out += " " + credit;
  out += "\n";
  for (const Block& caption : article.captions) out += "CAPTION: " + caption.text + "\n";
  out += "--\n";
  for (const Block& block : article.blocks) out += std::string(KindTag(block.kind)) + " " + block.text + "\n";
  return out;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// A plain line diff (longest common subsequence), "-" expected, "+" actual.
std::string Diff(const std::string& expected, const std::string& actual) {
  const auto a = Lines(expected), b = Lines(actual);
  std::vector<std::vector<size_t>> lcs(a.size() + 1, std::vector<size_t>(b.size() + 1, 0));
  for (size_t i = a.size(); i-- > 0;) {
    for (size_t j = b.size(); j-- > 0;) {
      lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::string out;
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      ++i, ++j;
    } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
      out += "+ " + b[j++] + "\n";
    } else {
      out += "- " + a[i++] + "\n";
    }
  }
  return out;
}

class TextGoldenTest : public testing::TestWithParam<std::string> {};

TEST_P(TextGoldenTest, MatchesExpected) {
  const std::string name = GetParam();
  Document document;
  document.id = name;
  document.content = ReadAll(kTestdata / (name + ".txt"));
  const auto extractor = NewTextExtractor();
  const StatusOr<Article> result = extractor->Extract(document);
  const std::string actual = Render(result);
  const std::filesystem::path expected_path = kTestdata / (name + ".expected");
  if (std::getenv("CROSSCHECK_UPDATE_GOLDEN") != nullptr) std::ofstream(expected_path, std::ios::binary) << actual;
  const std::string expected = ReadAll(expected_path);
  EXPECT_EQ(expected, actual) << "diff for " << name << " (- expected, + actual):\n" << Diff(expected, actual);
  if (!result.ok()) {
    // Bad input: the error names the document.
    EXPECT_NE(result.status().message().find(name), std::string::npos) << result.status().message();
    return;
  }
  // Offsets: every block's source span holds its text (whitespace collapsed).
  for (const Block& block : result->blocks) {
    ASSERT_LE(block.source_end, document.content.size());
    const std::string span = document.content.substr(block.source_begin, block.source_end - block.source_begin);
    EXPECT_EQ(text::CollapseWhitespace(span), block.text);
  }
}

std::vector<std::string> Cases() {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(kTestdata)) {
    if (entry.path().extension() == ".txt") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

INSTANTIATE_TEST_SUITE_P(Pages, TextGoldenTest, testing::ValuesIn(Cases()),
                         [](const testing::TestParamInfo<std::string>& info) { return info.param; });

}  // namespace
}  // namespace crosscheck
