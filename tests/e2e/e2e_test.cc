// End-to-end tests of the crosscheck binary on the five seed articles (examples/seeds): the
// meaning of the report, not its bytes — one story, exactly four independent sources (the
// syndicated AFP pair is one), what each figure counts, who gives it and as of when, quotes
// attributed — and the exit codes and messages on bad input.
//
// Also the cross-check itself: the central claim with its holders and stances in time order,
// the troop figures as one matter that moves, each value's independent origins. (The checks
// once marked as expected failures all pass now; the mark is gone.)
#include <gtest/gtest.h>
#include <simdjson.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include "run_cli.h"

namespace {

namespace fs = std::filesystem;

// A path in the temp folder of this process alone: engineers and CI run the suite side by
// side, and a shared name let one run read another's report.
fs::path TempPath(std::string_view name) {
  return fs::temp_directory_path() / (std::string(name) + "." + std::to_string(getpid()));
}

using crosscheck::e2e::RunCli;
using crosscheck::e2e::RunResult;

std::string Seeds() { return std::string(CROSSCHECK_SOURCE_DIR) + "/examples/seeds"; }

class SeedReportTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const fs::path out = TempPath("crosscheck_e2e_report.json");
    run_ = new RunResult(RunCli("analyze " + Seeds() + " --json " + out.string()));
    parser_ = new simdjson::dom::parser();
    json_ = new simdjson::padded_string();
    if (simdjson::padded_string::load(out.string()).get(*json_) == simdjson::SUCCESS) {
      parse_error_ = parser_->parse(*json_).get(root_);
    }
    std::error_code ignored;
    fs::remove(out, ignored);
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
  bool afp_origin = false;
  for (simdjson::dom::element source : root_["stories"].at(0)["independent_sources"].get_array()) {
    if (Str(source["group"]) == group_000) afp_origin = Str(source["origin"]) == "AFP";
  }
  EXPECT_TRUE(afp_origin);
  EXPECT_GT(Doc("000")["shared_passages"].get_array().size(), 0u);
}

TEST_F(SeedReportTest, ExactlyFourIndependentSources) {
  // The AFP pair (000 + 004), essanews (001), ABC's wire compilation (002) and the Ukrainian
  // site citing Yonhap (003): four independent reports, each its own group.
  std::set<std::set<std::string>> groups;
  for (simdjson::dom::element source : root_["stories"].at(0)["independent_sources"].get_array()) {
    std::set<std::string> members;
    for (simdjson::dom::element doc : source["documents"].get_array()) {
      members.insert(Str(doc).substr(0, 3));
    }
    groups.insert(members);
  }
  const std::set<std::set<std::string>> expected = {{"000", "004"}, {"001"}, {"002"}, {"003"}};
  EXPECT_EQ(groups, expected);
}

TEST_F(SeedReportTest, CleaningFindsDatesAndCredits) {
  EXPECT_EQ(Str(Doc("000")["published"]), "2024-10-18");
  EXPECT_EQ(Str(Doc("001")["published"]), "2024-10-23");
  EXPECT_EQ(Str(Doc("004")["published"]), "2024-10-18");
  std::set<std::string> credits;
  for (simdjson::dom::element credit : Doc("002")["credits"].get_array())
    credits.insert(Str(credit));
  EXPECT_TRUE(credits.count("AP") && credits.count("Reuters") && credits.count("AFP"));
  // Boilerplate is gone from the bodies.
  EXPECT_EQ(Str(Doc("000")["body"]).find("All rights reserved"), std::string::npos);
  EXPECT_EQ(Str(Doc("003")["body"]).find("Become a Patron"), std::string::npos);
  EXPECT_EQ(Str(Doc("002")["body"]).find("Socceroos"), std::string::npos);
}

// The story's figure with this value whose documents include one starting with `doc`.
simdjson::dom::element Figure(simdjson::dom::element story, double value, std::string_view doc) {
  for (simdjson::dom::element quantity : story["quantities"].get_array()) {
    double figure = 0;
    if (quantity["value"].get(figure) != simdjson::SUCCESS || figure != value) continue;
    for (simdjson::dom::element id : quantity["documents"].get_array()) {
      std::string_view text;
      if (id.get(text) == simdjson::SUCCESS && text.starts_with(doc)) return quantity;
    }
  }
  return {};
}

class SeedFigureTest : public SeedReportTest {
 protected:
  static simdjson::dom::element Story() { return root_["stories"].at(0); }
  // Name of the entity a figure is attributed to ("" when none).
  static std::string GivenBy(simdjson::dom::element quantity) {
    const std::string id = Str(quantity["attributed_to"]);
    for (simdjson::dom::element entity : Story()["entities"].get_array()) {
      if (!id.empty() && Str(entity["id"]) == id) return Str(entity["name"]);
    }
    return "";
  }
  static bool Has(simdjson::dom::element element) {
    return element.type() == simdjson::dom::element_type::OBJECT;
  }
  // The claim about a figure of this value, with its status and independent support.
  static simdjson::dom::element ClaimWithValue(double value) {
    for (simdjson::dom::element claim : Story()["claims"].get_array()) {
      for (simdjson::dom::element statement : claim["statements"].get_array()) {
        double figure = 0;
        if (statement["value"].get(figure) == simdjson::SUCCESS && figure == value) return claim;
      }
    }
    return {};
  }
  // How many origins (syndication groups) give `value` in the claim's statements.
  static size_t OriginsGiving(simdjson::dom::element claim, double value) {
    std::set<std::string> origins;
    for (simdjson::dom::element statement : claim["statements"].get_array()) {
      double figure = 0;
      if (statement["value"].get(figure) == simdjson::SUCCESS && figure == value)
        origins.insert(Str(statement["origin"]));
    }
    return origins.size();
  }
};

TEST_F(SeedFigureTest, TwelveThousandSoldiersEstimatedByTheNisOnOctober18) {
  // 000/004: "it estimated the North could send around 12,000 soldiers in total".
  const simdjson::dom::element figure = Figure(Story(), 12000, "000");
  ASSERT_TRUE(Has(figure));
  EXPECT_EQ(Str(figure["counts"]), "soldiers");
  EXPECT_EQ(Str(figure["approximation"]), "about");
  EXPECT_EQ(GivenBy(figure), "National Intelligence Service");
  EXPECT_EQ(Str(figure["as_of"]), "2024-10-18");
}

TEST_F(SeedFigureTest, ThreeThousandTroopsGivenByTheUsOnOctober24) {
  // 002: "The White House says 3,000 North Korean troops have been deployed".
  const simdjson::dom::element figure = Figure(Story(), 3000, "002");
  ASSERT_TRUE(Has(figure));
  EXPECT_EQ(Str(figure["counts"]), "troops");
  const std::string by = GivenBy(figure);
  EXPECT_TRUE(by == "United States" || by == "White House") << by;
  EXPECT_EQ(Str(figure["as_of"]), "2024-10-24");
}

TEST_F(SeedFigureTest, FiguresFromSourcesThatAreNoEntityNameThem) {
  // 001: "According to a source in South Korean intelligence, ... a total of 12,000 soldiers";
  // 004: "Ukrainian media reported that six North Korean military officers were killed".
  const simdjson::dom::element twelve = Figure(Story(), 12000, "001");
  ASSERT_TRUE(Has(twelve));
  EXPECT_EQ(Str(twelve["attributed_to_name"]), "a source in South Korean intelligence");
  const simdjson::dom::element six = Figure(Story(), 6, "004");
  ASSERT_TRUE(Has(six));
  EXPECT_EQ(Str(six["attributed_to_name"]), "Ukrainian media");
}

TEST_F(SeedFigureTest, FifteenHundredSpecialForcesOnOctober18) {
  // 000/004: "with 1,500 special forces already in Russia's Far East".
  const simdjson::dom::element figure = Figure(Story(), 1500, "000");
  ASSERT_TRUE(Has(figure));
  EXPECT_EQ(Str(figure["counts"]), "special forces");
  EXPECT_EQ(Str(figure["as_of"]), "2024-10-18");
}

TEST_F(SeedFigureTest, FifteenHundredSpecialForcesGivenBySeoulsSpyAgency) {
  // "Seoul's spy agency said Friday that ... 1,500 special forces": the agency is the NIS.
  const simdjson::dom::element figure = Figure(Story(), 1500, "000");
  ASSERT_TRUE(Has(figure));
  EXPECT_EQ(GivenBy(figure), "National Intelligence Service");
}

TEST_F(SeedFigureTest, TenThousandTroopsPromisedAccordingToSouthKoreanIntelligence) {
  // 002: "informed by its national intelligence agency that Pyongyang had promised ... about
  // 10,000 troops, whose deployment was expected to be completed by December".
  const simdjson::dom::element figure = Figure(Story(), 10000, "002");
  ASSERT_TRUE(Has(figure));
  EXPECT_EQ(Str(figure["counts"]), "troops");
  EXPECT_EQ(Str(figure["approximation"]), "about");
  EXPECT_TRUE(GivenBy(figure).find("Intelligence") != std::string::npos ||
              GivenBy(figure).find("South Korea") != std::string::npos)
      << "10,000 (002) is attributed to \'" << GivenBy(figure) << "\'";
}

TEST_F(SeedFigureTest, TenThousandTroopsReportedOnOctober24ExpectedByDecember) {
  // 002: "... about 10,000 troops to Russia, whose deployment was expected to be completed by
  // December": the statement's date is the figure's as_of, December its expected_by.
  const simdjson::dom::element figure = Figure(Story(), 10000, "002");
  ASSERT_TRUE(Has(figure));
  EXPECT_EQ(Str(figure["as_of"]), "2024-10-24");
  EXPECT_EQ(Str(figure["expected_by"]), "2024-12");
}

TEST_F(SeedFigureTest, FifteenHundredSoldiersReportedLastWeek) {
  // 001 (23 October): "Last week, South Korean intelligence reported ... about 1,500
  // soldiers": as of the week of 14 October, not the article's date.
  const simdjson::dom::element figure = Figure(Story(), 1500, "001");
  ASSERT_TRUE(Has(figure));
  EXPECT_EQ(Str(figure["as_of"]), "2024-W42");
}

TEST_F(SeedFigureTest, TenThousandSoldiersFlaggedByZelenskyOnOctober17) {
  // 004: "Zelensky on Thursday flagged intelligence reports saying North Korea was training
  // 10,000 soldiers" (Thursday before the Friday publication).
  const simdjson::dom::element figure = Figure(Story(), 10000, "004");
  ASSERT_TRUE(Has(figure));
  EXPECT_EQ(Str(figure["counts"]), "soldiers");
  EXPECT_EQ(Str(figure["as_of"]), "2024-10-17");
  EXPECT_NE(GivenBy(figure).find("Zelensky"), std::string::npos) << GivenBy(figure);
}

// The troop figures are one counted matter that moves over time; each value is given by the
// origins named below (statement origins are syndication groups).
TEST_F(SeedFigureTest, ThreeThousandTroopsRestOnTwoIndependentOrigins) {
  // 002 (ABC, from the White House) and 003 (citing South Korean intelligence).
  const simdjson::dom::element claim = ClaimWithValue(3000);
  ASSERT_TRUE(Has(claim));
  EXPECT_EQ(OriginsGiving(claim, 3000), 2u);
  EXPECT_EQ(Str(claim["status"]), "corroborated");
}

TEST_F(SeedFigureTest, TwelveThousandSoldiersRestOnTwoIndependentOrigins) {
  // The AFP group (000 + 004) and essanews (001) both give 12,000.
  const simdjson::dom::element claim = ClaimWithValue(12000);
  ASSERT_TRUE(Has(claim));
  EXPECT_EQ(OriginsGiving(claim, 12000), 2u);
}

TEST_F(SeedFigureTest, FifteenHundredRestsOnTwoIndependentOrigins) {
  // The AFP group (1,500 special forces) and essanews (001: about 1,500 soldiers).
  const simdjson::dom::element claim = ClaimWithValue(1500);
  ASSERT_TRUE(Has(claim));
  EXPECT_EQ(OriginsGiving(claim, 1500), 2u);
}

TEST_F(SeedFigureTest, TroopFiguresAreOneMatterInTimeOrder) {
  // 1,500 (18 Oct) -> 3,000 (24 Oct), with 12,000 on the way: one claim, not four, and no
  // conflict (the figures move over time).
  const simdjson::dom::element claim = ClaimWithValue(1500);
  ASSERT_TRUE(Has(claim));
  EXPECT_EQ(Str(claim["kind"]), "figure");
  // Statements come in time order ("2024-W42", last week, sorts as its Monday).
  int first_1500 = -1, first_3000 = -1, position = 0;
  bool has_12000 = false;
  for (simdjson::dom::element statement : claim["statements"].get_array()) {
    double value = 0;
    if (statement["value"].get(value) == simdjson::SUCCESS) {
      if (value == 1500 && first_1500 < 0) first_1500 = position;
      if (value == 3000 && first_3000 < 0 && !Str(statement["date"]).empty()) first_3000 = position;
      has_12000 = has_12000 || value == 12000;
    }
    ++position;
  }
  EXPECT_TRUE(has_12000);
  ASSERT_GE(first_1500, 0);
  EXPECT_LT(first_1500, first_3000);
  EXPECT_NE(Str(claim["status"]), "conflicting");
}

TEST_F(SeedReportTest, CentralClaimIsContestedWithDoubtDenialAndConfirmationInOrder) {
  // "Are North Korean troops in Russia?": NATO cannot confirm (18 Oct), the Kremlin dismisses
  // it as fake news (21 Oct), the United States gives 3,000 deployed (24 Oct).
  simdjson::dom::element central;
  for (simdjson::dom::element claim : root_["stories"].at(0)["claims"].get_array()) {
    if (Str(claim["kind"]) != "happening") continue;
    for (simdjson::dom::element statement : claim["statements"].get_array()) {
      if (Str(statement["stance"]) == "cannot_confirm" &&
          Str(statement["text"]).find("could not yet confirm") != std::string::npos)
        central = claim;
    }
  }
  ASSERT_EQ(central.type(), simdjson::dom::element_type::OBJECT);
  EXPECT_EQ(Str(central["status"]), "contested");
  int64_t support = 0;
  ASSERT_EQ(central["independent_support"].get(support), simdjson::SUCCESS);
  EXPECT_GE(support, 2);
  std::string doubted, denied, asserted_by_us;
  for (simdjson::dom::element statement : central["statements"].get_array()) {
    const std::string text = Str(statement["text"]), date = Str(statement["date"]);
    if (Str(statement["stance"]) == "cannot_confirm" && doubted.empty()) doubted = date;
    if (Str(statement["stance"]) == "denies" && text.find("Kremlin") != std::string::npos)
      denied = date;
    if (Str(statement["stance"]) == "asserts" && text.find("3,000") != std::string::npos &&
        asserted_by_us.empty())
      asserted_by_us = date;
  }
  EXPECT_EQ(doubted, "2024-10-18");
  EXPECT_FALSE(denied.empty()) << "the Kremlin's denial joins the claim";
  EXPECT_FALSE(asserted_by_us.empty()) << "the United States' 3,000 joins the claim";
  EXPECT_LT(doubted, denied);
  EXPECT_LT(denied, asserted_by_us);
}

// One entity per referent across the five documents (issue 9): every form of a person or an
// agency is an alias of one entity, and the statements of each form have that entity as
// speaker. Linked by titles, surnames, demonyms, acronyms and "<capital>'s <agency noun>".
class SeedEntityTest : public SeedFigureTest {
 protected:
  // Ids of the entities whose name or one of whose aliases is exactly `form`.
  static std::set<std::string> EntitiesWithForm(const std::string& form) {
    std::set<std::string> ids;
    for (simdjson::dom::element entity : Story()["entities"].get_array()) {
      bool found = Str(entity["name"]) == form;
      for (simdjson::dom::element alias : entity["aliases"].get_array())
        found = found || Str(alias) == form;
      if (found) ids.insert(Str(entity["id"]));
    }
    return ids;
  }
  // The one entity holding every form (its id), or "" with a failure naming the forms' ids.
  static std::string OneEntityFor(const std::vector<std::string>& forms) {
    std::set<std::string> all;
    std::string detail;
    for (const std::string& form : forms) {
      const std::set<std::string> ids = EntitiesWithForm(form);
      all.insert(ids.begin(), ids.end());
      detail += "\n  " + form + " ->";
      for (const std::string& id : ids) detail += " " + id;
      EXPECT_EQ(ids.size(), 1u) << form << " should be a form of exactly one entity";
    }
    EXPECT_EQ(all.size(), 1u) << "one entity for all forms:" << detail;
    return all.size() == 1 ? *all.begin() : std::string();
  }
  // Speaker ids of the quotes whose speaker is written `speaker_name` (typographic marks
  // as in the text).
  static std::set<std::string> SpeakersWritten(const std::string& speaker_name) {
    std::set<std::string> ids;
    for (simdjson::dom::element quote : Story()["quotes"].get_array()) {
      if (Str(quote["speaker_name"]) == speaker_name) ids.insert(Str(quote["speaker"]));
    }
    return ids;
  }
};

TEST_F(SeedEntityTest, YoonIsOnePerson) {
  const std::string id = OneEntityFor(
      {"Yoon", "President Yoon", "Yoon Suk Yeol", "South Korean President Yoon Suk Yeol"});
  ASSERT_FALSE(id.empty());
  for (simdjson::dom::element entity : Story()["entities"].get_array()) {
    if (Str(entity["id"]) != id) continue;
    EXPECT_EQ(Str(entity["type"]), "person");
    std::set<std::string> roles;
    for (simdjson::dom::element role : entity["roles"].get_array()) roles.insert(Str(role));
    EXPECT_TRUE(roles.count("South Korean President")) << "the role with its country";
  }
}

TEST_F(SeedEntityTest, ZelenskyIsOnePerson) {
  EXPECT_FALSE(
      OneEntityFor({"Zelensky", "Volodymyr Zelensky", "Ukrainian President Volodymyr Zelensky"})
          .empty());
}

TEST_F(SeedEntityTest, TheNisIsOneOrganizationWhateverItIsCalled) {
  const std::string id =
      OneEntityFor({"National Intelligence Service", "NIS", "Seoul's spy agency"});
  ASSERT_FALSE(id.empty());
  // Its statements, however the document names it, have it as speaker.
  for (const std::string written :
       {"National Intelligence Service", "Seoul's spy agency", "Seoul\u2019s spy agency",
        "South Korean National Intelligence Service", "National Intelligence Service (NIS)"}) {
    const std::set<std::string> speakers = SpeakersWritten(written);
    EXPECT_FALSE(speakers.empty()) << "no quote with speaker " << written;
    for (const std::string& speaker : speakers) EXPECT_EQ(speaker, id) << written;
  }
}

TEST_F(SeedEntityTest, TheNewsAgencyIsOneWhateverItIsCalled) {
  // "According to Yonhap News, …", "Yonhap says …", "…, as per Yonhap." (003): one agency,
  // and every one of those statements is its.
  const std::string id = OneEntityFor({"Yonhap", "Yonhap News"});
  ASSERT_FALSE(id.empty());
  size_t statements = 0;
  for (simdjson::dom::element quote : Story()["quotes"].get_array()) {
    const std::string text = Str(quote["text"]);
    if (text.find("Additional support measures") == std::string::npos &&
        text.find("delegation") == std::string::npos)
      continue;
    ++statements;
    EXPECT_EQ(Str(quote["speaker"]), id) << text;
  }
  EXPECT_GE(statements, 3u);
}

TEST_F(SeedEntityTest, SeoulsDefenceMinisterIsTheDefenseMinisterNamedInTheStory) {
  // "Seoul's defence minister, Kim Yong-hyun, told lawmakers ... 'highly likely'" (004) is
  // Defense Minister Kim Yong-hyun (001, 004), whichever of the apposition's two phrases is
  // read as the speaker. (A title alone resolving to its one holder: story_entities_test.)
  const std::string id = OneEntityFor({"Kim Yong-hyun"});
  ASSERT_FALSE(id.empty());
  size_t statements = 0;
  for (simdjson::dom::element quote : Story()["quotes"].get_array()) {
    if (Str(quote["text"]).find("highly likely") == std::string::npos) continue;
    ++statements;
    EXPECT_EQ(Str(quote["speaker"]), id) << Str(quote["speaker_name"]);
  }
  EXPECT_GE(statements, 1u);
}

TEST_F(SeedEntityTest, PeopleWhoShareAFamilyNameStayApart) {
  // Kim Jong Un and Defense Minister Kim Yong-hyun share only "Kim"; the two Kims, Rutte and
  // Austin are four entities, and no bare "Kim" joins either.
  const std::set<std::string> leader = EntitiesWithForm("Kim Jong Un");
  const std::set<std::string> minister = EntitiesWithForm("Kim Yong-hyun");
  ASSERT_EQ(leader.size(), 1u);
  ASSERT_EQ(minister.size(), 1u);
  EXPECT_NE(*leader.begin(), *minister.begin());
  EXPECT_TRUE(EntitiesWithForm("Kim").empty());
  EXPECT_NE(OneEntityFor({"Mark Rutte", "Rutte"}), OneEntityFor({"Lloyd Austin", "Austin"}));
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

// Who said what in the Markdown report: the same words in JSON and on the page, reported
// speech as reported (no quotation marks, the speaker and the verb before it), the speaker's
// own words in marks, each under its speaker's heading.
TEST_F(SeedReportTest, MarkdownShowsReportedSpeechAsReportedUnderItsSpeaker) {
  std::string reported, spoken;  // a reported statement and words in marks, by the same speaker
  for (simdjson::dom::element quote : root_["stories"].at(0)["quotes"].get_array()) {
    const std::string text = Str(quote["text"]);
    if (Str(quote["speaker_name"]).find("Rutte") == std::string::npos) continue;
    if (reported.empty() && Str(quote["kind"]) == "indirect" && text.size() > 40) reported = text;
    if (spoken.empty() && Str(quote["kind"]) == "direct" && text.size() > 40) spoken = text;
  }
  ASSERT_FALSE(reported.empty()) << "no reported statement by Rutte in the JSON";
  ASSERT_FALSE(spoken.empty()) << "no direct quote by Rutte in the JSON";

  const fs::path md_path = TempPath("crosscheck_e2e_report.md");
  const RunResult run = RunCli("analyze " + Seeds() + " --md " + md_path.string());
  ASSERT_EQ(run.exit_code, 0) << run.output;
  std::ifstream in(md_path);
  const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::error_code ignored;
  fs::remove(md_path, ignored);
  const size_t section = page.find("### Quotes");
  ASSERT_NE(section, std::string::npos) << page;
  const std::string md = page.substr(section, page.find("\n### ", section + 1) - section);
  // The first words of each (no Markdown punctuation in them) find their line.
  const auto line_with = [&](const std::string& text) {
    const size_t at = md.find(text.substr(0, 24));
    if (at == std::string::npos) return std::string();
    const size_t begin = md.rfind('\n', at) + 1;
    return md.substr(begin, md.find('\n', at) - begin);
  };
  const std::string reported_line = line_with(reported);
  ASSERT_FALSE(reported_line.empty()) << reported << "\n" << md;
  EXPECT_NE(reported_line.find("Rutte said " + reported.substr(0, 24)), std::string::npos)
      << reported_line;
  EXPECT_EQ(reported_line.find("“" + reported.substr(0, 24)), std::string::npos)
      << "reported speech is shown as if spoken: " << reported_line;
  const std::string spoken_line = line_with(spoken);
  EXPECT_NE(spoken_line.find("“" + spoken.substr(0, 24)), std::string::npos) << spoken_line;
  // Both sit under the speaker's heading, which names the entity.
  const size_t heading = md.find("#### Mark Rutte");
  ASSERT_NE(heading, std::string::npos) << md;
  const size_t next_heading = md.find("\n#### ", heading + 1);
  EXPECT_GT(md.find(reported.substr(0, 24)), heading);
  EXPECT_LT(md.find(reported.substr(0, 24)), next_heading);
  EXPECT_LT(md.find(spoken.substr(0, 24)), next_heading);
}

TEST(CliTest, MissingPathIsNamedAndFailsTheRunWhenNothingIsReadable) {
  const RunResult result = RunCli("analyze /nonexistent/crosscheck-input");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.output.find("/nonexistent/crosscheck-input"), std::string::npos)
      << result.output;
}

TEST(CliTest, OneBadInputDoesNotStopTheBatch) {
  const fs::path dir = TempPath("crosscheck_e2e_batch");
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

// A run whose documents go to the spill file writes the report an in-memory run writes, and a
// spill folder that cannot be used is named and fails the run.
TEST(CliTest, SpilledRunWritesTheSameReportAndAnUnusableSpillFolderIsNamed) {
  const fs::path dir = TempPath("crosscheck_e2e_spill");
  fs::remove_all(dir);
  fs::create_directories(dir / "spill");
  const RunResult memory = RunCli("analyze " + Seeds() + " --json " + (dir / "a.json").string(),
                                  /*with_stderr=*/false);
  const RunResult spilled = RunCli("analyze " + Seeds() + " --json " + (dir / "b.json").string() +
                                       " --spill-after-mb 0 --spill-dir " +
                                       (dir / "spill").string(),
                                   /*with_stderr=*/false);
  ASSERT_EQ(memory.exit_code, 0) << memory.output;
  ASSERT_EQ(spilled.exit_code, 0) << spilled.output;
  EXPECT_EQ(spilled.output, memory.output);  // the summary
  const auto read = [&](const char* name) {
    std::ifstream in(dir / name, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  EXPECT_FALSE(read("a.json").empty());
  EXPECT_EQ(read("b.json"), read("a.json"));
  EXPECT_TRUE(fs::is_empty(dir / "spill"));  // nothing left behind
  const RunResult refused = RunCli("analyze " + Seeds() + " --json " +
                                   (dir / "c.json").string() +
                                   " --spill-after-mb 0 --spill-dir /nonexistent/spill-folder");
  EXPECT_EQ(refused.exit_code, 2) << refused.output;
  EXPECT_NE(refused.output.find("/nonexistent/spill-folder"), std::string::npos)
      << refused.output;
  EXPECT_FALSE(fs::exists(dir / "c.json"));
  fs::remove_all(dir);
}

// Claims, quotes and figures as CSV for spreadsheets: three files with their headers, the
// seeds' story in every row; a folder that cannot be made is named and fails the run.
TEST(CliTest, CsvExportWritesThreeTables) {
  const fs::path dir = TempPath("crosscheck_e2e_csv");
  fs::remove_all(dir);
  const RunResult result = RunCli("analyze " + Seeds() + " --csv " + (dir / "tables").string());
  ASSERT_EQ(result.exit_code, 0) << result.output;
  const auto read = [&](const char* name) {
    std::ifstream in(dir / "tables" / name, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  const std::string claims = read("claims.csv"), quotes = read("quotes.csv"),
                    figures = read("figures.csv");
  EXPECT_EQ(claims.rfind("story,claim,kind,about,status,", 0), 0u) << claims.substr(0, 80);
  EXPECT_EQ(quotes.rfind("story,speaker,speaker_id,kind,", 0), 0u);
  EXPECT_EQ(figures.rfind("story,value,upper,approximation,", 0), 0u);
  // The troop figures and the NIS's estimate are rows of their own.
  EXPECT_NE(figures.find(",12000,,about,,soldiers,National Intelligence Service,"),
            std::string::npos)
      << figures;
  EXPECT_NE(claims.find(",cannot_confirm,"), std::string::npos);
  EXPECT_NE(quotes.find("Mark Rutte"), std::string::npos);
  std::ofstream(dir / "file").close();
  const RunResult blocked = RunCli("analyze " + Seeds() + " --csv " + (dir / "file").string());
  EXPECT_EQ(blocked.exit_code, 2) << blocked.output;
  EXPECT_NE(blocked.output.find("file"), std::string::npos) << blocked.output;
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
