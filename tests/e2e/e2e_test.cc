// End-to-end tests of the crosscheck binary on the five seed articles (examples/seeds): the
// meaning of the report, not its bytes — one story, the syndicated AFP pair found, figures and
// quotes attributed — and the exit codes and messages on bad input.
#include <gtest/gtest.h>
#include <simdjson.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

namespace {

namespace fs = std::filesystem;

struct RunResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr
};

RunResult RunCli(const std::string& args) {
  RunResult result;
  const std::string command = std::string(CROSSCHECK_BINARY) + " " + args + " 2>&1";
  std::FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string Seeds() { return std::string(CROSSCHECK_SOURCE_DIR) + "/examples/seeds"; }

class SeedReportTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const fs::path out = fs::temp_directory_path() / "crosscheck_e2e_report.json";
    run_ = new RunResult(RunCli("analyze " + Seeds() + " --json " + out.string()));
    parser_ = new simdjson::dom::parser();
    json_ = new simdjson::padded_string();
    if (simdjson::padded_string::load(out.string()).get(*json_) == simdjson::SUCCESS) {
      parse_error_ = parser_->parse(*json_).get(root_);
    }
  }
  static void TearDownTestSuite() {
    delete run_;
    delete parser_;
    delete json_;
  }

  static std::string Str(simdjson::dom::element element) {
    std::string_view value;
    return element.get(value) == simdjson::SUCCESS ? std::string(value) : std::string();
  }
  // The document object with id starting with `prefix`.
  static simdjson::dom::element Doc(std::string_view prefix) {
    for (simdjson::dom::element doc : root_["documents"].get_array()) {
      if (Str(doc["id"]).starts_with(prefix)) return doc;
    }
    return {};
  }

  static RunResult* run_;
  static simdjson::dom::parser* parser_;
  static simdjson::padded_string* json_;
  static simdjson::dom::element root_;
  static simdjson::error_code parse_error_;
};

RunResult* SeedReportTest::run_ = nullptr;
simdjson::dom::parser* SeedReportTest::parser_ = nullptr;
simdjson::padded_string* SeedReportTest::json_ = nullptr;
simdjson::dom::element SeedReportTest::root_;
simdjson::error_code SeedReportTest::parse_error_ = simdjson::UNINITIALIZED;

TEST_F(SeedReportTest, RunsAndPrintsASummary) {
  ASSERT_EQ(run_->exit_code, 0) << run_->output;
  ASSERT_EQ(parse_error_, simdjson::SUCCESS) << "the report is not valid JSON";
  EXPECT_NE(run_->output.find("5 documents"), std::string::npos) << run_->output;
  EXPECT_NE(run_->output.find("independent sources"), std::string::npos) << run_->output;
}

TEST_F(SeedReportTest, FiveDocumentsFormOneStory) {
  ASSERT_EQ(root_["documents"].get_array().size(), 5u);
  ASSERT_EQ(root_["stories"].get_array().size(), 1u);
  EXPECT_EQ(root_["stories"].at(0)["documents"].get_array().size(), 5u);
}

TEST_F(SeedReportTest, SyndicatedAfpPairIsOneIndependentSource) {
  // 000 is an AFP wire story; 004 reprints its NATO part (its own "— AFP" marks only credit
  // photos): the two share reused text, so they are one group of origin AFP.
  const std::string group_000 = Str(Doc("000")["syndication_group"]);
  EXPECT_FALSE(group_000.empty());
  EXPECT_EQ(group_000, Str(Doc("004")["syndication_group"]));
  simdjson::dom::element story = root_["stories"].at(0);
  const size_t sources = story["independent_sources"].get_array().size();
  EXPECT_LT(sources, 5u);
  EXPECT_GE(sources, 3u);
  bool afp_origin = false;
  for (simdjson::dom::element source : story["independent_sources"].get_array()) {
    if (Str(source["group"]) == group_000) afp_origin = Str(source["origin"]) == "AFP";
  }
  EXPECT_TRUE(afp_origin);
  EXPECT_GT(Doc("000")["shared_passages"].get_array().size(), 0u);
}

TEST_F(SeedReportTest, CleaningFindsDatesAndCredits) {
  EXPECT_EQ(Str(Doc("000")["published"]), "2024-10-18");
  EXPECT_EQ(Str(Doc("001")["published"]), "2024-10-23");
  EXPECT_EQ(Str(Doc("004")["published"]), "2024-10-18");
  std::set<std::string> credits;
  for (simdjson::dom::element credit : Doc("002")["credits"].get_array()) credits.insert(Str(credit));
  EXPECT_TRUE(credits.count("AP") && credits.count("Reuters") && credits.count("AFP"));
  // Boilerplate is gone from the bodies.
  EXPECT_EQ(Str(Doc("000")["body"]).find("All rights reserved"), std::string::npos);
  EXPECT_EQ(Str(Doc("003")["body"]).find("Become a Patron"), std::string::npos);
  EXPECT_EQ(Str(Doc("002")["body"]).find("Socceroos"), std::string::npos);
}

TEST_F(SeedReportTest, FiguresAreFoundWithWhatTheyCount) {
  std::set<double> values;
  for (simdjson::dom::element quantity : root_["stories"].at(0)["quantities"].get_array()) {
    double value = 0;
    if (quantity["value"].get(value) == simdjson::SUCCESS) values.insert(value);
  }
  for (double expected : {1500.0, 3000.0, 10000.0, 12000.0}) EXPECT_TRUE(values.count(expected)) << expected;
}

TEST_F(SeedReportTest, QuotesAreAttributedToTheirSpeakers) {
  bool rutte = false, kirby = false;
  for (simdjson::dom::element quote : root_["stories"].at(0)["quotes"].get_array()) {
    const std::string text = Str(quote["text"]);
    const std::string speaker = Str(quote["speaker_name"]);
    if (text.find("we cannot confirm reports") != std::string::npos) {
      rutte = speaker.find("Rutte") != std::string::npos;
      EXPECT_GE(quote["documents"].get_array().size(), 2u) << "the same words in 000 and 004";
    }
    if (text.find("highly concerning probability") != std::string::npos) {
      kirby = speaker.find("Kirby") != std::string::npos;
    }
  }
  EXPECT_TRUE(rutte);
  EXPECT_TRUE(kirby);
}

TEST(CliTest, MissingPathIsNamedAndFailsTheRunWhenNothingIsReadable) {
  const RunResult result = RunCli("analyze /nonexistent/crosscheck-input");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.output.find("/nonexistent/crosscheck-input"), std::string::npos) << result.output;
}

TEST(CliTest, OneBadInputDoesNotStopTheBatch) {
  const fs::path dir = fs::temp_directory_path() / "crosscheck_e2e_batch";
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy(Seeds() + "/000_d3509a3e001c5912.txt", dir / "good.txt");
  std::ofstream(dir / "empty.txt").close();
  std::ofstream(dir / "broken.txt.gz") << "\x1f\x8b\x08\x00garbage";
  const RunResult result = RunCli("analyze " + dir.string() + " /nonexistent/other");
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("empty.txt"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("broken.txt.gz"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("/nonexistent/other"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("1 document,"), std::string::npos) << result.output;
  fs::remove_all(dir);
}

TEST(CliTest, BadArgumentsExitTwo) {
  EXPECT_EQ(RunCli("analyze").exit_code, 2);
  EXPECT_EQ(RunCli("frobnicate x").exit_code, 2);
  EXPECT_EQ(RunCli("--version").exit_code, 0);
}

TEST(CliTest, ReadsStandardInput) {
  const RunResult result = RunCli("analyze - < " + Seeds() + "/002_70ddd5687d639c1d.txt");
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_NE(result.output.find("1 document,"), std::string::npos) << result.output;
}

}  // namespace
