// Golden files: each testdata/<name>.html (a small synthetic page) beside <name>.expected.txt,
// the expected extraction: metadata lines, then the body blocks marked with their kind, then
// the captions. A mismatch prints a line diff. Set CROSSCHECK_UPDATE_GOLDEN=1 to rewrite the
// expected files after a deliberate change (then review the git diff).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "clean/extractor.h"

namespace crosscheck {
namespace {

namespace fs = std::filesystem;

const fs::path kTestdata = fs::path(CROSSCHECK_SOURCE_DIR) / "src/clean/html/testdata";

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

const char* KindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph: return "P";
    case BlockKind::kHeading: return "H";
    case BlockKind::kListItem: return "LI";
    case BlockKind::kBlockQuote: return "QUOTE";
    case BlockKind::kCaption: return "CAPTION";
  }
  return "?";
}

std::string Render(const StatusOr<Article>& result) {
  if (!result.ok()) return "ERROR " + result.status().ToString() + "\n";
  const Article& article = *result;
  std::string out;
  out += "title: " + article.title + "\n";
  out += "outlet: " + article.outlet + "\n";
  out += "byline: " + article.byline + "\n";
  out += "published: " + (article.published.valid() ? article.published.ToIso() : std::string("-")) +
         " from " + DateSourceName(article.published_from) + "\n";
  out += "credits:";
  for (const auto& credit : article.credits) out += " " + credit;
  out += "\nlanguage: " + article.language + "\n\n";
  for (const Block& block : article.blocks) out += std::string("[") + KindName(block.kind) + "] " + block.text + "\n";
  for (const Block& block : article.captions) out += "[CAPTION] " + block.text + "\n";
  return out;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::stringstream stream(text);
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  return lines;
}

// A readable diff: every line that differs, with its number, expected then actual.
std::string LineDiff(const std::string& expected, const std::string& actual) {
  std::vector<std::string> want = Lines(expected), got = Lines(actual);
  std::string diff;
  for (size_t i = 0; i < std::max(want.size(), got.size()); ++i) {
    std::string w = i < want.size() ? want[i] : "<missing>";
    std::string g = i < got.size() ? got[i] : "<missing>";
    if (w != g) diff += "line " + std::to_string(i + 1) + ":\n  - " + w + "\n  + " + g + "\n";
  }
  return diff;
}

TEST(HtmlGolden, PagesMatchExpectedText) {
  std::vector<fs::path> pages;
  for (const auto& entry : fs::directory_iterator(kTestdata)) {
    if (entry.path().extension() == ".html") pages.push_back(entry.path());
  }
  ASSERT_FALSE(pages.empty()) << "no golden pages in " << kTestdata;
  auto extractor = NewHtmlExtractor();
  bool update = std::getenv("CROSSCHECK_UPDATE_GOLDEN") != nullptr;
  for (const fs::path& page : pages) {
    Document document;
    document.id = page.stem().string();
    document.format = DocumentFormat::kHtml;
    document.content = ReadFile(page);
    std::string first_line = document.content.substr(0, document.content.find('\n'));
    // Pages may name their URL in a first-line comment: <!-- url: https://... -->
    if (size_t at = first_line.find("url: "); at != std::string::npos) {
      document.url = first_line.substr(at + 5, first_line.find(' ', at + 5) - at - 5);
    }
    std::string actual = Render(extractor->Extract(document));
    fs::path expected_path = page;
    expected_path.replace_extension(".expected.txt");
    if (update) {
      std::ofstream(expected_path, std::ios::binary) << actual;
      continue;
    }
    std::string expected = ReadFile(expected_path);
    EXPECT_EQ(expected, actual) << page.filename() << " differs:\n" << LineDiff(expected, actual);
  }
}

}  // namespace
}  // namespace crosscheck
