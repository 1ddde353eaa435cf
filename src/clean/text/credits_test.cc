#include "clean/credits.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosscheck {
namespace {

using Names = std::vector<std::string>;

TEST(FindCreditsTest, DatelineInParentheses) {
  EXPECT_EQ(FindCredits("Brussels, Belgium, Oct 18 (AFP) Oct 18, 2024"), Names{"AFP"});
  EXPECT_EQ(FindCredits("WASHINGTON (Reuters) - The Senate voted on Tuesday"), Names{"Reuters"});
  EXPECT_EQ(FindCredits("SEOUL, Nov. 2 (Yonhap) -- North Korea fired"), Names{"Yonhap"});
}

TEST(FindCreditsTest, CreditLineOfSeveralAgencies) {
  EXPECT_EQ(FindCredits("AP/Reuters/AFP"), (Names{"AP", "Reuters", "AFP"}));
  EXPECT_EQ(FindCredits("Reuters staff"), Names{"Reuters"});
  EXPECT_EQ(FindCredits("With AFP and dpa"), (Names{"AFP", "dpa"}));
}

TEST(FindCreditsTest, DashCreditAtLineEnd) {
  EXPECT_EQ(FindCredits("Soldiers gathered at the training ground on October 16. \xE2\x80\x94 AFP"), Names{"AFP"});
  EXPECT_EQ(FindCredits("The port was closed on Monday. - Reuters"), Names{"Reuters"});
}

TEST(FindCreditsTest, CopyrightCreditsTheText) {
  EXPECT_EQ(FindCredits("All rights reserved. Copyright Agence France-Presse. You may not copy"), Names{"AFP"});
  EXPECT_EQ(FindCredits("\xC2\xA9 Associated Press"), Names{"AP"});
  EXPECT_TRUE(FindPhotoCredits("\xC2\xA9 Associated Press").empty());
}

// A picture credit says who took or sold the photo, not who wrote the story: it must not
// make a photo agency the origin of the text.
TEST(FindCreditsTest, PhotoCreditsAreNotTextCredits) {
  const char* const kPictureLines[] = {
      "Images source: \xC2\xA9 PAP | PAP/Jan Kowalski",
      "Photo: Reuters",
      "(AFP photo)",
      "The minister arrives in Brussels (Photo: AFP)",
      "AFP PHOTO / POOL",
      "Fire fighters at the scene. REUTERS/Jane Doe",
      "Foto: dpa",
      "Crédit photo : AFP",
      "Protesters in the capital. AFP/Getty Images",
  };
  for (const char* line : kPictureLines) {
    EXPECT_TRUE(FindCredits(line).empty()) << line;
    EXPECT_FALSE(FindPhotoCredits(line).empty()) << line;
  }
  EXPECT_EQ(FindPhotoCredits("Images source: \xC2\xA9 PAP | PAP/Jan Kowalski"), Names{"PAP"});
  EXPECT_EQ(FindPhotoCredits("Photo: Reuters"), Names{"Reuters"});
}

TEST(FindCreditsTest, TextCreditsAreNotPhotoCredits) {
  EXPECT_TRUE(FindPhotoCredits("BRUSSELS, Oct 18 (AFP) - NATO said").empty());
  EXPECT_TRUE(FindPhotoCredits("AP/Reuters/AFP").empty());
  EXPECT_EQ(FindCredits("(AP/Reuters)"), (Names{"AP", "Reuters"}));
}

TEST(FindCreditsTest, SourceMentionsInsideSentencesAreNotCredits) {
  EXPECT_TRUE(FindCredits("\"It is crucial,\" he told AFP.").empty());
  EXPECT_TRUE(FindCredits("The ministry said so, according to Reuters, on Friday.").empty());
  EXPECT_TRUE(FindCredits("Yonhap reported that the talks would continue next week.").empty());
  EXPECT_TRUE(FindCredits("The report was first published by AFP on Monday.").empty());
}

TEST(FindCreditsTest, CaseMattersForShortAcronyms) {
  EXPECT_TRUE(FindCredits("(ap)").empty());
  EXPECT_TRUE(FindCredits("Map/Rap").empty());
}

TEST(FindCreditsTest, ContributedToThisReport) {
  EXPECT_EQ(FindCredits("The Associated Press contributed to this report."), Names{"AP"});
}

TEST(CanonicalAgencyTest, AliasesAndUnknowns) {
  EXPECT_EQ(CanonicalAgency("Agence France-Presse"), "AFP");
  EXPECT_EQ(CanonicalAgency("Associated Press"), "AP");
  EXPECT_EQ(CanonicalAgency("associated press"), "AP");
  EXPECT_EQ(CanonicalAgency(" Reuters "), "Reuters");
  EXPECT_EQ(CanonicalAgency("Deutsche Presse-Agentur"), "dpa");
  EXPECT_EQ(CanonicalAgency("ap"), "");
  EXPECT_EQ(CanonicalAgency("The Daily Example"), "");
}

}  // namespace
}  // namespace crosscheck
