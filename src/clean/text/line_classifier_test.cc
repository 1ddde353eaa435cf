#include "clean/text/line_classifier.h"

#include <gtest/gtest.h>

#include <string>

namespace crosscheck::text {
namespace {

const char kProse1[] =
    "The regional council said on Tuesday that the new bridge would open in the spring, after "
    "engineers found that the old piers could carry the extra weight of the wider deck.";
const char kProse2[] =
    "Residents who had asked for a footpath welcomed the plan, although some of them said the "
    "works would close the main road for several months during the busiest season of the year.";

std::vector<ParagraphClass> Classes(const std::string& text,
                                    std::vector<Paragraph>* out = nullptr) {
  std::vector<Paragraph> paragraphs = SplitParagraphs(text);
  auto classes = ClassifyParagraphs(paragraphs);
  if (out) *out = std::move(paragraphs);
  return classes;
}

TEST(ClassifyTest, ProseIsGoodMenusAreBad) {
  const auto classes = Classes(std::string("Home\nWorld\nSport\nWeather\n\n") + kProse1 + "\n");
  ASSERT_EQ(classes.size(), 5u);
  EXPECT_EQ(classes[0], ParagraphClass::kBad);
  EXPECT_EQ(classes[3], ParagraphClass::kBad);
  EXPECT_EQ(classes[4], ParagraphClass::kGood);
}

TEST(ClassifyTest, LongSentenceMentioningARelatedWordIsNotAnEndMarker) {
  const auto classes =
      Classes(std::string(kProse1) + " The minister related the events of the night.\n");
  ASSERT_EQ(classes.size(), 1u);
  EXPECT_EQ(classes[0], ParagraphClass::kGood);
}

TEST(ClassifyTest, CaptionCuesMakeCaptionsButProseMayMentionPhotos) {
  const auto classes =
      Classes(std::string(kProse1) +
              "\n\nProtesters on the old bridge in May (Image: Getty)\n\n"
              "Photo by Jane Doe/Agency\n\n"
              "The photo by the river was taken in May, before the works began on the deck.\n");
  ASSERT_EQ(classes.size(), 4u);
  EXPECT_EQ(classes[1], ParagraphClass::kCaption);
  EXPECT_EQ(classes[2], ParagraphClass::kCaption);
  EXPECT_NE(classes[3], ParagraphClass::kCaption);
}

TEST(ClassifyTest, CaptionPrintedCutAndWholeIsACaption) {
  const std::string caption =
      "The old bridge seen from the river bank in May, a few weeks before the engineers closed it";
  const auto classes =
      Classes(std::string(kProse1) + "\n\n" + caption + " ... more\n" + caption +
              " to all traffic for the works on the piers. less\n\n" + kProse2 + "\n");
  ASSERT_EQ(classes.size(), 4u);
  EXPECT_EQ(classes[1], ParagraphClass::kCaption);
  EXPECT_EQ(classes[2], ParagraphClass::kDuplicate);
  EXPECT_EQ(classes[3], ParagraphClass::kGood);
}

TEST(ClassifyTest, HeadlinesUnderABoxLabelAreBoxItems) {
  std::vector<Paragraph> paragraphs;
  const auto classes = Classes(std::string(kProse1) +
                                   "\n\nRelated stories\n\n"
                                   "- Council approves a second bridge over the river\n"
                                   "- Footpath plan wins support from local residents\n\n" +
                                   kProse2 + "\n",
                               &paragraphs);
  ASSERT_EQ(classes.size(), 5u);
  EXPECT_EQ(classes[2], ParagraphClass::kBoxItem);
  EXPECT_EQ(classes[3], ParagraphClass::kBoxItem);
  const auto region = FindMainRegion(paragraphs, classes);
  ASSERT_TRUE(region.has_value());
  EXPECT_EQ(region->begin, 0u);  // the box does not split the article
  EXPECT_EQ(SelectBody(paragraphs, classes, *region), (std::vector<size_t>{0, 4}));
}

TEST(ClassifyTest, HeadlinesUnderALabelEndingWithMoreAreBoxItems) {
  const auto classes = Classes(std::string(kProse1) +
                               "\n\nMore:\n\n"
                               "Council approves a second bridge over the river\n"
                               "Footpath plan wins support from local residents\n\n" +
                               kProse2 +
                               "\n\nBridge Inquiry More\n\nNew ferry timetable for the winter\n"
                               "Harbour reopens after the storm\n");
  ASSERT_EQ(classes.size(), 8u);
  EXPECT_EQ(classes[2], ParagraphClass::kBoxItem);
  EXPECT_EQ(classes[3], ParagraphClass::kBoxItem);
  EXPECT_EQ(classes[6], ParagraphClass::kBoxItem);
  EXPECT_EQ(classes[7], ParagraphClass::kBoxItem);
}

TEST(ClassifyTest, AnInsertTheArticleContinuesAfterIsNeutral) {
  std::vector<Paragraph> paragraphs;
  const auto classes = Classes(std::string(kProse1) +
                                   "\n\nStory continues below gallery\n\n1 of 3\n\n"
                                   "[picture-one]\n\nJane Doe Submitted photo\n\n[picture-two]\n\n"
                                   "John Doe Submitted photo\n\n" +
                                   kProse2 + "\n",
                               &paragraphs);
  ASSERT_EQ(classes.size(), 8u);
  for (size_t idx = 1; idx < 7; ++idx) EXPECT_EQ(classes[idx], ParagraphClass::kBoxItem) << idx;
  const auto region = FindMainRegion(paragraphs, classes);
  ASSERT_TRUE(region.has_value());
  EXPECT_EQ(SelectBody(paragraphs, classes, *region), (std::vector<size_t>{0, 7}));
}

TEST(ClassifyTest, BylineLinesAreFurnitureButSentencesStartingWithByAreNot) {
  const auto classes =
      Classes(std::string("By Jane Doe on Monday, November 18th, 2019 at 11:08 a.m.\n\n") +
              "By Jane Doe | Example Media for Example.com\n\n" +
              "By Monday, the council had voted on the new bridge.\n\n" + kProse1 + "\n");
  ASSERT_EQ(classes.size(), 4u);
  EXPECT_EQ(classes[0], ParagraphClass::kBad);
  EXPECT_EQ(classes[1], ParagraphClass::kBad);
  EXPECT_NE(classes[2], ParagraphClass::kBad);
}

TEST(ClassifyTest, AuthorBlurbAndSourceHeadingsCloseTheArticleButCompanyBlurbsDoNot) {
  const auto classes =
      Classes(std::string(kProse1) + "\n\nAbout the author\n\nAbout Jane Doe\n\n" +
              "Über Max Muster\n\nSources:\n\nAbout Example\n\n" +
              "About 300 people came to see the bridge.\n\nSources of the river\n");
  ASSERT_EQ(classes.size(), 8u);
  EXPECT_EQ(classes[1], ParagraphClass::kEndMarker);
  EXPECT_EQ(classes[2], ParagraphClass::kEndMarker);
  EXPECT_EQ(classes[3], ParagraphClass::kEndMarker);
  EXPECT_EQ(classes[4], ParagraphClass::kEndMarker);
  EXPECT_NE(classes[5], ParagraphClass::kEndMarker);  // a press release keeps the company's blurb
  EXPECT_NE(classes[6], ParagraphClass::kEndMarker);
  EXPECT_NE(classes[7], ParagraphClass::kEndMarker);
}

TEST(ClassifyTest, LinePrintedTwiceIsACaption) {
  const auto classes = Classes(std::string(kProse1) +
                               "\nThe old bridge seen from the river bank in May.\n"
                               "The old bridge seen from the river bank in May.\n" +
                               kProse2 + "\n");
  ASSERT_EQ(classes.size(), 4u);
  EXPECT_EQ(classes[1], ParagraphClass::kCaption);
  EXPECT_EQ(classes[2], ParagraphClass::kDuplicate);
}

TEST(RegionTest, SubheadStaysTeaserTailGoes) {
  std::vector<Paragraph> paragraphs;
  const std::string text = std::string("Menu\nNews\nContact\n\n") + kProse1 +
                           "\n\nWork starts in March\n\n" + kProse2 +
                           "\n\nComments are closed.\n\nMore news\n" + kProse1 + "\n";
  const auto classes = Classes(text, &paragraphs);
  const auto region = FindMainRegion(paragraphs, classes);
  ASSERT_TRUE(region.has_value());
  const auto body = SelectBody(paragraphs, classes, *region);
  ASSERT_EQ(body.size(), 3u);
  EXPECT_EQ(paragraphs[body[0]].text, kProse1);
  EXPECT_EQ(paragraphs[body[1]].text, "Work starts in March");
  EXPECT_EQ(paragraphs[body[2]].text, kProse2);
}

TEST(RegionTest, NoProseNoRegion) {
  std::vector<Paragraph> paragraphs;
  const auto classes = Classes("Home\nNews\nSport\n\xC2\xA9 2024 Example\n", &paragraphs);
  EXPECT_FALSE(FindMainRegion(paragraphs, classes).has_value());
}

TEST(RegionTest, ExtensionKeepsAListThatContinuesTheArticleAndStopsAtNotices) {
  std::vector<Paragraph> paragraphs;
  const std::string text = std::string("Menu\nNews\nContact\n\n") + kProse1 + "\n\n" + kProse2 +
                           "\n\nThe works are planned as follows:\n"
                           "1 March: the north lane closes\n"
                           "15 April: the piers are reinforced\n"
                           "30 June: the new deck is laid\n\n"
                           "\xC2\xA9 2024 Example News. All rights reserved.\n";
  const auto classes = Classes(text, &paragraphs);
  const auto region = FindMainRegion(paragraphs, classes);
  ASSERT_TRUE(region.has_value());
  EXPECT_LT(region->core_end, region->end);
  std::string body;
  for (size_t idx : SelectBody(paragraphs, classes, *region)) body += paragraphs[idx].text + "\n";
  EXPECT_NE(body.find("The works are planned as follows:"), std::string::npos);
  EXPECT_NE(body.find("30 June: the new deck is laid"), std::string::npos);
  EXPECT_EQ(body.find("All rights reserved"), std::string::npos);
  EXPECT_EQ(body.find("Contact"), std::string::npos);
}

std::string BodyOf(const std::string& text) {
  std::vector<Paragraph> paragraphs;
  const auto classes = Classes(text, &paragraphs);
  const auto region = FindMainRegion(paragraphs, classes);
  std::string body;
  if (!region) return body;
  for (size_t idx : SelectBody(paragraphs, classes, *region)) body += paragraphs[idx].text + "\n";
  return body;
}

TEST(RegionTest, ShortArticleParagraphsWithAppealWordsStayInTheBody) {
  // Each of these short paragraphs has words an appeal uses (a cup of coffee, donate, sign
  // up, subscribe, become a member) and none speaks to the reader: all are article text.
  const std::vector<std::string> lines = {
      "The price of a cup of coffee in London has risen by a third since 2020, cafe owners said.",
      "Lawmakers voted on Tuesday to donate $5 million to the flood relief fund.",
      "Residents can sign up for the new bus pass from April, the council said.",
      "Half of the households subscribe to a streaming service, the survey found.",
      "Finland's request to become a member of the alliance was approved on Monday.",
  };
  std::string text = std::string("Menu\nNews\nContact\n\n") + kProse1 + "\n\n";
  for (const std::string& line : lines) text += line + "\n\n";
  text += std::string(kProse2) + "\n\nComments are closed.\n";
  const std::string body = BodyOf(text);
  for (const std::string& line : lines)
    EXPECT_NE(body.find(line), std::string::npos) << line << "\n--\n" << body;
}

TEST(RegionTest, ADonationBoxAfterTheArticleIsLeftOut) {
  const std::string text =
      std::string(kProse1) + "\n\n" + kProse2 +
      "\n\nYou can close this page now, or you can help us keep this site going.\n\n"
      "Our reporting is free to read. If you can, give a small donation of $3 a month "
      "and become a member.\n\n"
      "Donate now\n";
  const std::string body = BodyOf(text);
  EXPECT_NE(body.find(kProse2), std::string::npos) << body;
  EXPECT_EQ(body.find("help us"), std::string::npos) << body;
  EXPECT_EQ(body.find("donation"), std::string::npos) << body;
  EXPECT_EQ(body.find("Donate now"), std::string::npos) << body;
}

TEST(RegionTest, ShortPostWinsOverTheLongerCommentThreadAfterIt) {
  std::vector<Paragraph> paragraphs;
  std::string text = std::string("Blog\n\n") + kProse1 + "\n\nComments\n\n";
  for (int comment = 0; comment < 3; ++comment) {
    text += "Reader" + std::to_string(comment) + " on May " + std::to_string(comment + 2) +
            ", 2019 at 6:34 am said:\n\n" + kProse2 + "\n\n" + kProse1 + "\n\n";
  }
  const auto classes = Classes(text, &paragraphs);
  const auto region = FindMainRegion(paragraphs, classes);
  ASSERT_TRUE(region.has_value());
  const auto body = SelectBody(paragraphs, classes, *region);
  ASSERT_EQ(body.size(), 1u);
  EXPECT_EQ(paragraphs[body[0]].text, kProse1);
}

TEST(RegionTest, DatedTeasersAfterTheArticleAreLeftOut) {
  // Each teaser: title, author, date, blurb (long prose). The chain of dates marks them.
  std::string text = std::string(kProse1) + "\n\n" + kProse2 + "\n\n";
  for (int teaser = 0; teaser < 4; ++teaser) {
    text += "Another story about the bridge number " + std::to_string(teaser) +
            "\n\nJane Doe\n\nTuesday November " + std::to_string(19 - teaser) + ", 2019\n\n" +
            (teaser % 2 ? kProse1 : kProse2) + "\n\n";
  }
  std::vector<Paragraph> paragraphs;
  const auto classes = Classes(text, &paragraphs);
  const auto region = FindMainRegion(paragraphs, classes);
  ASSERT_TRUE(region.has_value());
  EXPECT_EQ(SelectBody(paragraphs, classes, *region), (std::vector<size_t>{0, 1}));
}

TEST(RegionTest, DatesOneUnderTheOtherAreAListNotTeasers) {
  const std::string text = std::string(kProse1) +
                           "\n\nTour dates:\nJune 9, 2020 -- Arena, Tampa\n"
                           "June 10, 2020 -- Hall, Miami\nJune 14, 2020 -- Park, Atlanta\nJune 17, "
                           "2020 -- Club, Austin\n";
  std::vector<Paragraph> paragraphs;
  const auto classes = Classes(text, &paragraphs);
  for (ParagraphClass cls : classes) EXPECT_NE(cls, ParagraphClass::kEndMarker);
}

}  // namespace
}  // namespace crosscheck::text
