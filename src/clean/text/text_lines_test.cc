#include "clean/text/text_lines.h"

#include <gtest/gtest.h>

#include <string>

namespace crosscheck::text {
namespace {

TEST(SplitParagraphsTest, OneLineOneParagraphWithOffsets) {
  const std::string text = "First line.\n\n  Second line here.  \r\nThird";
  const auto paragraphs = SplitParagraphs(text);
  ASSERT_EQ(paragraphs.size(), 3u);
  EXPECT_EQ(paragraphs[1].text, "Second line here.");
  EXPECT_EQ(text.substr(paragraphs[1].begin, paragraphs[1].end - paragraphs[1].begin),
            "Second line here.");
  EXPECT_TRUE(paragraphs[1].blank_before);
  EXPECT_FALSE(paragraphs[2].blank_before);
  EXPECT_TRUE(paragraphs[1].sentence_final);
  EXPECT_FALSE(paragraphs[2].sentence_final);
}

TEST(SplitParagraphsTest, BulletsAreStrippedAndFlagged) {
  const std::string text = "  \xE2\x80\xA2 Home\n- \xC2\xB7Local news today\n";
  const auto paragraphs = SplitParagraphs(text);
  ASSERT_EQ(paragraphs.size(), 2u);
  EXPECT_TRUE(paragraphs[0].bullet);
  EXPECT_EQ(paragraphs[0].text, "Home");
  EXPECT_EQ(paragraphs[1].text, "Local news today");
  EXPECT_EQ(text.substr(paragraphs[1].begin, paragraphs[1].end - paragraphs[1].begin),
            "Local news today");
}

TEST(ComputeShapeTest, ScriptAndShouting) {
  Paragraph japanese;
  japanese.text =
      "\xE7\x89\xB9\xE3\x81\xAB\xE5\x9B\xB0\xE3\x81\xA3\xE3\x81\x9F\xE3\x81\xAE\xE3\x81\x8C"
      " Kindle \xE3\x81\xAE\xE8\xA8\xAD\xE5\xAE\x9A\xE3\x80\x82";  // 特に困ったのが Kindle の設定。
  ComputeShape(japanese);
  EXPECT_FALSE(japanese.latin_script);  // 10 CJK letters, 6 Latin ones
  Paragraph french;
  french.text =
      "L'\xC3\xA9t\xC3\xA9 a \xC3\xA9t\xC3\xA9 tr\xC3\xA8s chaud.";  // L'été a été très chaud.
  ComputeShape(french);
  EXPECT_TRUE(french.latin_script);
  EXPECT_FALSE(french.AllCaps());
  Paragraph promo;
  promo.text = "CLICK HERE TO GET THE APP";
  ComputeShape(promo);
  EXPECT_TRUE(promo.AllCaps());
  Paragraph acronym;
  acronym.text = "NASA and ESA";
  ComputeShape(acronym);
  EXPECT_FALSE(acronym.AllCaps());
  Paragraph greek;
  greek.text =
      "\xCE\x95\xCE\x9B\xCE\x9B\xCE\x91\xCE\x94\xCE\x91 \xCE\x9A\xCE\x91\xCE\x99 "
      "\xCE\x95\xCE\xA5\xCE\xA1\xCE\xA9\xCE\xA0\xCE\x97";  // ΕΛΛΑΔΑ ΚΑΙ ΕΥΡΩΠΗ
  ComputeShape(greek);
  EXPECT_FALSE(greek.latin_script);
  EXPECT_TRUE(greek.AllCaps());
}

TEST(SplitParagraphsTest, HardWrappedTextJoinsLines) {
  std::string text;
  for (int paragraph = 0; paragraph < 3; ++paragraph) {
    text += "The committee met again on Tuesday to discuss the proposals made\n";
    text += "by the regional council, which had asked for more time to review\n";
    text += "the figures and the plans for the new bridge across the river.\n\n";
  }
  const auto paragraphs = SplitParagraphs(text);
  ASSERT_EQ(paragraphs.size(), 3u);
  EXPECT_EQ(paragraphs[0].first_line, 0u);
  EXPECT_EQ(paragraphs[0].last_line, 2u);
}

TEST(SplitParagraphsTest, RepeatsAreCounted) {
  const auto paragraphs = SplitParagraphs("Menu\nStory text.\nMenu\n");
  ASSERT_EQ(paragraphs.size(), 3u);
  EXPECT_EQ(paragraphs[0].repeats, 2u);
  EXPECT_EQ(paragraphs[1].repeats, 1u);
}

TEST(ShapeTest, StopwordsAndTruncation) {
  Paragraph paragraph;
  paragraph.text = "The minister said that the plan was on track.";
  ComputeShape(paragraph);
  EXPECT_EQ(paragraph.words, 9u);
  EXPECT_GE(paragraph.StopwordRatio(), 0.4);
  paragraph.text =
      "PAKISTAN football enters the most crucial juncture of its era when an Extraordinary...";
  ComputeShape(paragraph);
  EXPECT_TRUE(paragraph.truncated);
  paragraph.text = "[photo-of-the-day]";
  ComputeShape(paragraph);
  EXPECT_TRUE(paragraph.image_alt);
}

TEST(BoilerplateTest, MultilingualPhrases) {
  const auto bits = [](std::string text) {
    Paragraph paragraph;
    paragraph.text = std::move(text);
    MatchBoilerplate(paragraph);
    return paragraph.boilerplate;
  };
  EXPECT_TRUE(bits("\xC2\xA9 2024 Example Media. All rights reserved.") & kCopyright);
  EXPECT_TRUE(bits("Alle Rechte vorbehalten.") & kCopyright);
  EXPECT_TRUE(bits("Tous droits r\xC3\xA9serv\xC3\xA9s") & kCopyright);
  EXPECT_TRUE(bits("Todos los derechos reservados") & kCopyright);
  EXPECT_TRUE(bits("ADVERTISEMENT") & kAd);
  EXPECT_TRUE(bits("Become a member!") & kAppeal);
  EXPECT_TRUE(bits("Comments are closed.") & kEnd);
  EXPECT_TRUE(bits("Related:") & kBox);
  EXPECT_TRUE(bits("Tags: elections") & kEnd);
  EXPECT_EQ(bits("Troops crossed the border on Monday."), 0u);
}

// One test per appeal rule, on text written for the test (none of it from the seed articles).
Paragraph Matched(std::string text) {
  Paragraph paragraph;
  paragraph.text = std::move(text);
  ComputeShape(paragraph);
  MatchBoilerplate(paragraph);
  return paragraph;
}

TEST(AppealTest, AShortLabelOpeningWithAnAppealPhraseIsAnAppeal) {
  EXPECT_TRUE(Matched("Subscribe").boilerplate & kAppeal);
  EXPECT_TRUE(Matched("Sign in").boilerplate & kAppeal);
  EXPECT_TRUE(Matched("Donate now").boilerplate & kAppeal);
  EXPECT_TRUE(Matched("Abonnieren").boilerplate & kAppeal);
  // A box title that is no sentence.
  EXPECT_TRUE(Matched("Weekly newsletter").boilerplate & kAppeal);
  // A short sentence that mentions the act is not a label.
  EXPECT_FALSE(Matched("Donations to the fund doubled.").boilerplate & kAppeal);
}

TEST(AppealTest, AnAppealAddressesTheReaderAndAsksForMoneyOrMembership) {
  // Reader + sum.
  EXPECT_TRUE(
      Matched("Independent reporting costs money. Please support us with $5 today so we can keep "
              "our newsroom open for everyone who reads it.")
          .boilerplate &
      kAppeal);
  // Reader + payment word.
  EXPECT_TRUE(
      Matched("If you value this reporting, give a small monthly donation and help us stay free "
              "of advertising for another year.")
          .boilerplate &
      kAppeal);
  // Reader + membership word.
  EXPECT_TRUE(
      Matched("Join thousands of readers who already support our work as members and get the "
              "weekly newsletter in your inbox.")
          .boilerplate &
      kAppeal);
  // Reader (French) + membership word.
  EXPECT_TRUE(Matched("Soutenez notre r\xC3\xA9"
                      "daction : abonnez-vous pour lire tous nos articles.")
                  .boilerplate &
              kAppeal);
}

TEST(AppealTest, AnAppealPhraseAloneNeverMakesAnAppeal) {
  // The paragraph that lost its place in the body while "cup of coffee" was an appeal phrase.
  const Paragraph coffee = Matched(
      "The price of a cup of coffee in London has risen by a third since 2020, and cafe owners say "
      "they cannot pass on the rest.");
  EXPECT_EQ(coffee.boilerplate, 0u);
  // An appeal verb in reported news, with a sum but no word for the reader.
  const Paragraph pledge =
      Matched("Lawmakers voted on Tuesday to donate $5 million to the flood relief fund.");
  EXPECT_FALSE(pledge.boilerplate & kAppeal);
  EXPECT_FALSE(pledge.appeal_to_reader);
  // Membership in the news: no word for the reader.
  EXPECT_FALSE(
      Matched("Finland's request to become a member of the alliance was approved on Monday.")
          .boilerplate &
      kAppeal);
  // "US" is not "us".
  EXPECT_FALSE(Matched("The US will donate $2 billion to the program over two years.").boilerplate &
               kAppeal);
  // A quoted appeal is reported speech.
  const Paragraph quoted = Matched(
      "\"We need your donations to keep the shelter open,\" the charity's director told "
      "reporters.");
  EXPECT_FALSE(quoted.boilerplate & kAppeal);
  EXPECT_FALSE(quoted.appeal_to_reader);
}

TEST(AppealTest, ReaderAddressWithoutAnAskOnlyMarksTheParagraphForTheBlockRule) {
  const Paragraph help =
      Matched("You can close this page now, or you can help us keep this site going.");
  EXPECT_FALSE(help.boilerplate & kAppeal);
  EXPECT_TRUE(help.appeal_to_reader);
}

}  // namespace
}  // namespace crosscheck::text
