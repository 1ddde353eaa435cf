#include "pipeline/analyzer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
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
std::pair<std::string, std::vector<std::string>> Analyze(unsigned threads,
                                                         ShelfOptions shelf = {},
                                                         bool streamed = false) {
  AnalyzeOptions options;
  options.threads = threads;
  options.shelf = shelf;
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
  if (!streamed) return {RenderReportJson(analyzer.Finish()), skips};
  std::string json;
  const std::unique_ptr<ReportSink> sink = NewJsonReportSink([&json](std::string_view piece) {
    json.append(piece);
    return Status::Ok();
  });
  EXPECT_TRUE(analyzer.FinishInto(*sink).ok());
  return {json, skips};
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

// Two short documents of other kinds (football, interest rates), ids other-0 and other-1.
void AddUnrelatedDocuments(Analyzer& analyzer) {
  const char* others[] = {
      "Striker scores twice in league win\n\nThe striker scored twice as the club won the league "
      "match, and the manager praised the goalkeeper.",
      "Central bank raises interest rates\n\nThe central bank raised interest rates by a quarter "
      "point to fight inflation, the governor said.",
  };
  for (int i = 0; i < 2; ++i) {
    Document document;
    document.id = "other-" + std::to_string(i);
    document.source = document.id;
    document.content = others[i];
    analyzer.OnDocument(std::move(document));
  }
}

// Every story names its topic; `related` lists other stories of the same topic only.
// A run too large for memory spills its documents and streams its report: the same report,
// byte for byte, whether documents stay in memory, all go to the spill file, or go there
// once the first ones filled the memory allowance; and whether the report is collected whole
// or streamed.
TEST(AnalyzerTest, SpilledAndStreamedRunsGiveTheSameReport) {
  const auto [in_memory, memory_skips] = Analyze(2);
  const auto [spilled, spilled_skips] =
      Analyze(2, ShelfOptions{.spill_after_bytes = 0, .spill_dir = ::testing::TempDir()});
  EXPECT_EQ(spilled, in_memory);
  EXPECT_EQ(spilled_skips, memory_skips);
  const auto [spilled_later, later_skips] =
      Analyze(2, ShelfOptions{.spill_after_bytes = 200'000, .spill_dir = ::testing::TempDir()});
  EXPECT_EQ(spilled_later, in_memory);
  const auto [streamed, streamed_skips] = Analyze(2, ShelfOptions{}, /*streamed=*/true);
  EXPECT_EQ(streamed, in_memory);
  const auto [both, both_skips] =
      Analyze(2, ShelfOptions{.spill_after_bytes = 0, .spill_dir = ::testing::TempDir()},
              /*streamed=*/true);
  EXPECT_EQ(both, in_memory);
}

TEST(AnalyzerTest, StoriesCarryTheirTopic) {
  Analyzer analyzer(AnalyzeOptions{});
  for (Document document : SeedDocuments()) analyzer.OnDocument(std::move(document));
  AddUnrelatedDocuments(analyzer);
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

// Story ids come from content, not run order: the seeds' story keeps its id when unrelated
// documents arrive before it and when some of its own later reports are missing.
TEST(AnalyzerTest, StoryIdsAreStableAsDocumentsArrive) {
  const auto seed_story_id = [](bool others_first, bool all_seeds) {
    Analyzer analyzer(AnalyzeOptions{});
    if (others_first) AddUnrelatedDocuments(analyzer);
    std::vector<Document> seeds = SeedDocuments();
    if (!all_seeds) seeds.resize(2);
    for (Document document : seeds) analyzer.OnDocument(std::move(document));
    if (!others_first) AddUnrelatedDocuments(analyzer);
    const Report report = analyzer.Finish();
    for (const ReportDocument& document : report.documents) {
      if (document.id == "000_d3509a3e001c5912") return document.story;
    }
    return std::string();
  };
  const std::string id = seed_story_id(false, true);
  ASSERT_FALSE(id.empty());
  EXPECT_NE(id, "s1");
  EXPECT_EQ(seed_story_id(true, true), id);
  EXPECT_EQ(seed_story_id(false, false), id);
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

// A JSONL `published` value in a form crosscheck reads becomes the date; any other is named
// in a note (not a skip), and the document is analysed without it.
TEST(AnalyzerTest, PublishedDatesAreReadOrNamedInANote) {
  const auto run = [](const std::string& published) {
    AnalyzeOptions options;
    options.threads = 1;
    Analyzer analyzer(options);
    std::vector<std::string> notes;
    analyzer.set_note_listener(
        [&](std::string_view, std::string_view note) { notes.push_back(std::string(note)); });
    Document document;
    document.id = "a3";
    document.input = "feed.jsonl:3";
    document.published = published;
    document.content =
        "Harbour strike ends\n\nDock workers voted on Tuesday to end a nine-day strike, the union "
        "said.";
    analyzer.OnDocument(std::move(document));
    const Report report = analyzer.Finish();
    return std::make_pair(
        report.documents.empty() ? std::string("-") : report.documents[0].published, notes);
  };
  EXPECT_EQ(run("Fri, 18 Oct 2024 10:02:00 GMT").first, "2024-10-18");
  EXPECT_EQ(run("October 18, 2024").first, "2024-10-18");
  EXPECT_EQ(run("18/10/2024").first, "2024-10-18");
  EXPECT_EQ(run("1729245720").first, "2024-10-18");
  EXPECT_TRUE(run("1729245720").second.empty());
  const auto [date, notes] = run("sometime soon");
  EXPECT_EQ(date, "");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_NE(notes[0].find("published \"sometime soon\" is not a date"), std::string::npos)
      << notes[0];
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

// One document over a budget is skipped with a message naming the limit; the others stay.
TEST(AnalyzerTest, DocumentOverItsBudgetIsSkippedAndTheRunGoesOn) {
  std::vector<Document> seeds = SeedDocuments();
  ASSERT_GE(seeds.size(), 2u);
  std::string figures = "Census\n\n";
  for (int k = 0; k < 20000; ++k) figures += std::to_string(1000 + k) + " people\n";
  Document big;
  big.id = "figures";
  big.source = "figures.txt";
  big.content = figures;

  const auto run = [&](DocumentBudget budget) {
    AnalyzeOptions options;
    options.threads = 1;
    options.budget = budget;
    Analyzer analyzer(options);
    std::vector<std::string> skipped;
    analyzer.set_skip_listener([&](std::string_view input, const Status& status) {
      skipped.push_back(std::string(input) + ": " + status.ToString());
    });
    Document copy = big;
    analyzer.OnDocument(std::move(copy));
    Document seed = seeds[0];
    analyzer.OnDocument(std::move(seed));
    const Report report = analyzer.Finish();
    return std::make_pair(report.documents.size(), skipped);
  };

  const auto [kept_default, skipped_default] = run(DocumentBudget{});
  EXPECT_EQ(kept_default, 2u);
  EXPECT_TRUE(skipped_default.empty());

  const auto [kept_memory, skipped_memory] =
      run(DocumentBudget{.seconds = 0, .kept_bytes = 1 << 20});
  EXPECT_EQ(kept_memory, 1u);
  ASSERT_EQ(skipped_memory.size(), 1u);
  EXPECT_NE(skipped_memory[0].find("figures"), std::string::npos) << skipped_memory[0];
  EXPECT_NE(skipped_memory[0].find("memory budget of 1.0 MiB"), std::string::npos)
      << skipped_memory[0];

  const auto [kept_time, skipped_time] = run(DocumentBudget{.seconds = 1e-9, .kept_bytes = 0});
  EXPECT_EQ(kept_time, 0u);
  ASSERT_EQ(skipped_time.size(), 2u);
  EXPECT_NE(skipped_time[0].find("time budget of 1e-09 s"), std::string::npos) << skipped_time[0];
}

TEST(AnalyzerTest, KeptBytesCountsTextAndMentions) {
  DocumentProcessor processor;
  Document document;
  document.id = "d";
  document.source = "d.txt";
  std::string text = "Harbour strike ends\n\n";
  for (int k = 0; k < 200; ++k)
    text += "The union said " + std::to_string(100 + k) + " workers voted on Tuesday. ";
  document.content = text;
  StatusOr<DocumentProcessor::Result> result = processor.Process(document);
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  const size_t kept = DocumentProcessor::KeptBytes(*result);
  EXPECT_GE(kept, 2 * result->body.size());  // the body, and the blocks it is joined from
  EXPECT_GE(kept, result->annotations.quantities.size() * sizeof(QuantityMention));
  EXPECT_LT(kept, 40 * text.size());
}

TEST(AnalyzerTest, ShortRecordsAreAnalysedWithTheirContainerMetadata) {
  // Headline + snippet records, as feeds and aggregators give them: kept, not dropped as
  // "no article text"; the outlet comes from the record, else the URL's site.
  Analyzer analyzer;
  std::vector<std::string> skips;
  analyzer.set_skip_listener(
      [&](std::string_view input, const Status&) { skips.emplace_back(input); });
  const char* const kSnippets[][3] = {
      {"a", "Ferry strike ends after talks", "https://www.example-news.test/ferry"},
      {"b", "Ferry strike called off", "https://wire.example.org/ferry-strike"},
  };
  for (const auto& [id, text, url] : kSnippets) {
    Document document;
    document.id = id;
    document.content = text;
    document.url = url;
    document.record_text = true;
    document.authors = {"Desk"};
    if (std::string_view(id) == "b") document.outlet = "Example Wire";
    analyzer.OnDocument(std::move(document));
  }
  const Report report = analyzer.Finish();
  EXPECT_TRUE(skips.empty());
  ASSERT_EQ(report.documents.size(), 2u);
  EXPECT_EQ(report.documents[0].outlet, "example-news.test");
  EXPECT_EQ(report.documents[0].url, "https://www.example-news.test/ferry");
  EXPECT_EQ(report.documents[0].authors, (std::vector<std::string>{"Desk"}));
  EXPECT_EQ(report.documents[1].outlet, "Example Wire");
  EXPECT_EQ(report.documents[0].body, "Ferry strike ends after talks");
  const std::string json = RenderReportJson(report);
  EXPECT_NE(json.find("\"url\": \"https://wire.example.org/ferry-strike\""), std::string::npos)
      << json.substr(0, 600);
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

// Twelve reprints of one article: each lists the passages it shares with at most three others
// (the most similar) and counts the rest, so the report grows linearly with the group.
TEST(AnalyzerTest, SharedPassagesAreListedForAFewPartnersAndTheRestCounted) {
  const std::vector<Document> seeds = SeedDocuments();
  ASSERT_FALSE(seeds.empty());
  Analyzer analyzer;
  for (int copy = 0; copy < 12; ++copy) {
    Document document = seeds[0];
    document.id = "copy-" + std::to_string(copy);
    document.source = document.id;
    document.content += "\n\nReprinted by outlet " + std::to_string(copy) + ".";
    analyzer.OnDocument(std::move(document));
  }
  const Report report = analyzer.Finish();
  ASSERT_EQ(report.documents.size(), 12u);
  size_t capped = 0;
  for (const ReportDocument& document : report.documents) {
    std::set<std::string> partners;
    for (const ReportSharedPassage& passage : document.shared_passages) {
      partners.insert(passage.document);
    }
    EXPECT_LE(partners.size(), 3u) << document.id;
    if (document.shared_passages_omitted > 0) {
      ++capped;
      EXPECT_EQ(partners.size() + document.shared_passages_omitted, 11u) << document.id;
    }
  }
  EXPECT_GT(capped, 0u);
  EXPECT_NE(RenderReportJson(report).find("\"shared_passages_omitted\": 8"), std::string::npos);
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

// The report tells who said what: a statement stays, an act read only by the learned cue
// model ("invoked the memory of …", QuoteMention::act) is left out of its quotes and claims.
TEST(AnalyzerTest, ActsAreLeftOutOfTheReport) {
  Analyzer analyzer;
  Document document;
  document.id = "harbour";
  document.content =
      "Harbour strike talks resume\n\nThe senator invoked the memory of the harbour strike on "
      "Monday. The senator said the harbour would reopen next week after the talks.\n";
  document.record_text = true;
  analyzer.OnDocument(std::move(document));
  const std::string json = RenderReportJson(analyzer.Finish());
  EXPECT_NE(json.find("the harbour would reopen next week"), std::string::npos) << json;
  EXPECT_EQ(json.find("\"text\": \"the memory of the harbour strike"), std::string::npos) << json;
}

}  // namespace
}  // namespace crosscheck
