// Meaning-level checks of the text extractor on the five real flattened pages in
// examples/seeds/: each keeps its article paragraphs and drops link lists, copyright
// notices, donation appeals and teaser tails; dates, credits and captions come out right.
// (Seed text appears only here, in the test, as substrings to look for.)
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "clean/extractor.h"

namespace crosscheck {
namespace {

const std::filesystem::path kSeeds = std::filesystem::path(CROSSCHECK_SOURCE_DIR) / "examples/seeds";

Article ExtractSeed(const std::string& prefix) {
  for (const auto& entry : std::filesystem::directory_iterator(kSeeds)) {
    const std::string name = entry.path().filename().string();
    if (!name.starts_with(prefix)) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    Document document;
    document.id = entry.path().stem().string();
    document.content = buffer.str();
    auto result = NewTextExtractor()->Extract(document);
    EXPECT_TRUE(result.ok()) << result.status().ToString();
    return result.ok() ? std::move(result).value() : Article{};
  }
  ADD_FAILURE() << "seed " << prefix << " not found in " << kSeeds;
  return {};
}

bool BodyHas(const Article& article, const std::string& text) {
  return article.Body().find(text) != std::string::npos;
}

bool Credited(const Article& article, const std::string& agency) {
  return std::find(article.credits.begin(), article.credits.end(), agency) != article.credits.end();
}

TEST(SeedsGoldenTest, Seed000DatelineAdsLinkListsCopyright) {
  const Article article = ExtractSeed("000_");
  EXPECT_EQ(article.title, "NATO cannot yet confirm N.Korea sending troops to Russia: Rutte");
  EXPECT_EQ(article.published.ToIso(), "2024-10-18");
  EXPECT_EQ(article.published_from, DateSource::kDateline);
  EXPECT_TRUE(Credited(article, "AFP"));
  EXPECT_TRUE(BodyHas(article, "NATO chief Mark Rutte said Friday"));
  EXPECT_TRUE(BodyHas(article, "still, they are helping to fuel Russia's war"));
  EXPECT_FALSE(BodyHas(article, "ADVERTISEMENT"));
  EXPECT_FALSE(BodyHas(article, "Maven stays silent"));
  EXPECT_FALSE(BodyHas(article, "24/7 News Coverage"));
  EXPECT_FALSE(BodyHas(article, "All rights reserved"));
  EXPECT_FALSE(BodyHas(article, "SpaceWar.com"));
}

TEST(SeedsGoldenTest, Seed001CaptionsTimestampAndLegalNotice) {
  const Article article = ExtractSeed("001_");
  EXPECT_EQ(article.title, "North Korean troops reportedly bolster Russian forces in Ukraine");  // no-break space collapsed
  EXPECT_EQ(article.published.ToIso(), "2024-10-23");
  // "Images source: © PAP | PAP/..." credits the photo, not the text: no text credit.
  EXPECT_FALSE(Credited(article, "PAP"));
  bool photo_credit_kept = false;
  for (const Block& block : article.captions) photo_credit_kept |= block.text.find("Images source") != std::string::npos;
  EXPECT_TRUE(photo_credit_kept);
  EXPECT_TRUE(BodyHas(article, "There is evidence that North Korean soldiers are present in Russia"));
  EXPECT_TRUE(BodyHas(article, "Washington investigates reports of Pyongyang's cooperation with Moscow"));
  EXPECT_FALSE(BodyHas(article, "Korean soldiers in Russia. The Pentagon has evidence."));
  EXPECT_FALSE(BodyHas(article, "Downloading, reproduction, storage"));
  EXPECT_FALSE(BodyHas(article, "essanews.com"));
  EXPECT_EQ(article.outlet, "essanews.com");
}

TEST(SeedsGoldenTest, Seed002CreditLineAndLinkList) {
  const Article article = ExtractSeed("002_");
  EXPECT_EQ(article.title, "US confirms 3,000 North Korean troops have been deployed to eastern Russia");
  EXPECT_TRUE(Credited(article, "AP"));
  EXPECT_TRUE(Credited(article, "Reuters"));
  EXPECT_TRUE(Credited(article, "AFP"));
  EXPECT_EQ(article.published.ToIso(), "2024-10-24");
  EXPECT_EQ(article.published_from, DateSource::kUrl);
  EXPECT_TRUE(BodyHas(article, "The United States says it believes 3,000 North Korean troops"));
  EXPECT_TRUE(BodyHas(article, "asked South Korean President Yoon Suk Yeol to send experts to Brussels next week to brief"));
  EXPECT_FALSE(BodyHas(article, "AP/Reuters/AFP"));
  EXPECT_FALSE(BodyHas(article, "Socceroos rescue a point"));
  EXPECT_FALSE(BodyHas(article, "Brazil seals $45 billion"));
}

TEST(SeedsGoldenTest, Seed003DonationAppealAndClosedComments) {
  const Article article = ExtractSeed("003_");
  EXPECT_TRUE(BodyHas(article, "South Korean officials will brief NATO"));
  EXPECT_TRUE(BodyHas(article, "Seoul may also send intelligence officers and weapons"));
  EXPECT_TRUE(BodyHas(article, "meets with US Defense Secretary Lloyd Austin in Washington on 30 October"));
  EXPECT_FALSE(BodyHas(article, "Related:"));
  EXPECT_FALSE(BodyHas(article, "You could close this page"));
  EXPECT_FALSE(BodyHas(article, "cup of coffee"));
  EXPECT_FALSE(BodyHas(article, "Become a Patron"));
  EXPECT_FALSE(BodyHas(article, "Comments are closed"));
  EXPECT_FALSE(Credited(article, "Yonhap"));  // "according to Yonhap" is a source, not a credit
}

TEST(SeedsGoldenTest, Seed004DuplicatedCaptionsOnceAndTeasersDropped) {
  const Article article = ExtractSeed("004_");
  EXPECT_EQ(article.published.ToIso(), "2024-10-18");
  EXPECT_EQ(article.published_from, DateSource::kByline);
  // The captions end "— AFP": that credits the photos. The text itself carries no credit
  // ("he told AFP" is a source mention), so the page has none; syndication finds its AFP
  // origin through the passages it shares with seed 000.
  EXPECT_TRUE(article.credits.empty());
  const std::string caption = "This picture taken on October 17 and released by North Korea";
  size_t caption_count = 0;
  for (const Block& block : article.captions) caption_count += block.text.find(caption) != std::string::npos;
  EXPECT_EQ(caption_count, 1u);
  size_t handout_count = 0;
  for (const Block& block : article.captions) handout_count += block.text.find("This handout from") != std::string::npos;
  EXPECT_EQ(handout_count, 1u);
  EXPECT_FALSE(BodyHas(article, caption));
  EXPECT_FALSE(BodyHas(article, "This handout from"));
  EXPECT_TRUE(BodyHas(article, "The National Intelligence Service (NIS) said North Korea had decided"));
  EXPECT_TRUE(BodyHas(article, "Artillery shells, missiles"));
  EXPECT_TRUE(BodyHas(article, "in every way they can"));
  EXPECT_FALSE(BodyHas(article, "Football elections"));
  EXPECT_FALSE(BodyHas(article, "Editorial"));
  EXPECT_FALSE(BodyHas(article, "better ways to do so"));
  EXPECT_FALSE(BodyHas(article, "17 Nov, 2024"));
}

}  // namespace
}  // namespace crosscheck
