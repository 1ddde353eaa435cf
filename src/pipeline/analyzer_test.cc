#include "pipeline/analyzer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "report/report_writers.h"

namespace crosscheck {
namespace {

std::vector<Document> SeedDocuments() {
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(CROSSCHECK_SOURCE_DIR) +
                                                               "/examples/seeds")) {
    paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<Document> documents;
  for (const auto& path : paths) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    Document document;
    document.id = path.stem().string();
    document.source = path.string();
    document.content = text.str();
    documents.push_back(std::move(document));
  }
  return documents;
}

// Feeds the seeds several times over with errors and empty documents mixed in; returns the
// report JSON and the skipped inputs in the order the listener saw them.
std::pair<std::string, std::vector<std::string>> Analyze(unsigned threads) {
  AnalyzeOptions options;
  options.threads = threads;
  Analyzer analyzer(options);
  std::vector<std::string> skips;
  analyzer.set_skip_listener(
      [&](std::string_view input, const Status&) { skips.emplace_back(input); });
  for (int round = 0; round < 20; ++round) {
    for (Document document : SeedDocuments()) analyzer.OnDocument(std::move(document));
    analyzer.OnError("bad-" + std::to_string(round), DataLossError("truncated"));
    Document empty;
    empty.id = "empty-" + std::to_string(round);
    empty.source = empty.id;
    empty.content = "   ";
    analyzer.OnDocument(std::move(empty));
  }
  return {RenderReportJson(analyzer.Finish()), skips};
}

TEST(AnalyzerTest, ReportIsTheSameForAnyThreadCount) {
  const auto [inline_json, inline_skips] = Analyze(1);
  const auto [threaded_json, threaded_skips] = Analyze(4);
  EXPECT_EQ(inline_json, threaded_json);
  // Skips are reported in input order, whatever the threads.
  ASSERT_EQ(inline_skips.size(), 40u);
  EXPECT_EQ(inline_skips, threaded_skips);
  EXPECT_EQ(inline_skips[0], "bad-0");
  EXPECT_EQ(inline_skips[1], "empty-0");
  // Repeated ids stay unique and readable.
  EXPECT_NE(inline_json.find("\"000_d3509a3e001c5912~20\""), std::string::npos);
}

// Every story names its topic; `related` lists other stories of the same topic only.
TEST(AnalyzerTest, StoriesCarryTheirTopic) {
  Analyzer analyzer(AnalyzeOptions{});
  for (Document document : SeedDocuments()) analyzer.OnDocument(std::move(document));
  const char* others[] = {
      "Striker scores twice in league win\n\nThe striker scored twice as the club won the league "
      "match, "
      "and the manager praised the goalkeeper.",
      "Central bank raises interest rates\n\nThe central bank raised interest rates by a quarter "
      "point "
      "to fight inflation, the governor said.",
  };
  for (int i = 0; i < 2; ++i) {
    Document document;
    document.id = "other-" + std::to_string(i);
    document.source = document.id;
    document.content = others[i];
    analyzer.OnDocument(std::move(document));
  }
  const Report report = analyzer.Finish();
  ASSERT_GE(report.stories.size(), 3u);
  std::map<std::string, std::string> topic_of;
  for (const ReportStory& story : report.stories) {
    EXPECT_FALSE(story.topic.empty()) << story.id;
    topic_of[story.id] = story.topic;
  }
  for (const ReportStory& story : report.stories) {
    for (const std::string& other : story.related) {
      EXPECT_NE(other, story.id);
      EXPECT_EQ(topic_of.at(other), story.topic) << story.id << " lists " << other;
    }
  }
  // The seeds' story is not of the same kind as football or interest rates.
  EXPECT_NE(report.stories[0].topic, report.stories[1].topic);
  EXPECT_NE(report.stories[0].topic, report.stories[2].topic);
}

TEST(AnalyzerTest, DestroyedWithoutFinishWhileWorkersRun) {
  AnalyzeOptions options;
  options.threads = 3;
  auto analyzer = std::make_unique<Analyzer>(options);
  for (Document document : SeedDocuments()) analyzer->OnDocument(std::move(document));
  analyzer.reset();  // must join the workers without hanging or crashing
  SUCCEED();
}

TEST(AnalyzerTest, ManyRepeatedIdsStayCheap) {
  AnalyzeOptions options;
  options.threads = 1;
  Analyzer analyzer(options);
  const Document seed = SeedDocuments().at(2);
  for (int i = 0; i < 500; ++i) {
    Document document = seed;
    document.id = "x";
    analyzer.OnDocument(std::move(document));
  }
  EXPECT_EQ(analyzer.document_count(), 500u);
}

TEST(AnalyzerTest, ACutPageIsANoteNotASkip) {
  for (unsigned threads : {1u, 2u}) {
    AnalyzeOptions options;
    options.threads = threads;
    Analyzer analyzer(options);
    std::vector<std::string> notes, skips;
    analyzer.set_note_listener([&](std::string_view input, std::string_view note) {
      notes.push_back(std::string(input) + ": " + std::string(note));
    });
    analyzer.set_skip_listener(
        [&](std::string_view input, const Status&) { skips.push_back(std::string(input)); });
    Document page;
    page.id = "big";
    page.input = "crawl.warc#big";
    page.format = DocumentFormat::kHtml;
    page.content = "<html><body><p>The council voted on Tuesday to rebuild the old bridge.</p>";
    for (size_t i = 0; i < 150001; ++i) page.content += "<i>x</i>";
    analyzer.OnDocument(std::move(page));
    EXPECT_EQ(analyzer.document_count(), 1u);
    EXPECT_EQ(analyzer.skipped_count(), 0u);
    EXPECT_TRUE(skips.empty());
    EXPECT_EQ(notes, (std::vector<std::string>{
                         "crawl.warc#big: HTML cut at 150,000 tags; the rest is not analysed"}));
    EXPECT_TRUE(analyzer.Finish().skipped.empty());
  }
}

}  // namespace
}  // namespace crosscheck
