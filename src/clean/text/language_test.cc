#include "clean/language.h"

#include <gtest/gtest.h>

#include <string>

namespace crosscheck {
namespace {

const char kEnglish[] =
    "The defence ministers met in Brussels on Friday to discuss the situation on the eastern front. "
    "Officials said the alliance would keep supplying air defence systems and ammunition, and that "
    "talks with partners in the region would continue next week. The secretary general told "
    "reporters that the evidence would be examined carefully before any decision was taken.\n";

TEST(DetectLanguageTest, English) { EXPECT_EQ(DetectLanguage(kEnglish), "en"); }

TEST(DetectLanguageTest, German) {
  EXPECT_EQ(DetectLanguage("Die Verteidigungsminister trafen sich am Freitag in Brüssel, um über die "
                           "Lage an der Ostfront zu beraten. Die Gespräche sollen in der kommenden "
                           "Woche fortgesetzt werden, hieß es aus dem Ministerium."),
            "de");
}

TEST(DetectLanguageTest, EnglishWithPolishFooterStaysEnglish) {
  const std::string text = std::string(kEnglish) + kEnglish +
                           "Pobieranie, zwielokrotnianie i przechowywanie treści wymaga zgody "
                           "wydawcy serwisu.\n";
  EXPECT_EQ(DetectLanguage(text), "en");
}

TEST(DetectLanguageTest, EnglishWithChineseFooterStaysEnglish) {
  const std::string text = std::string(kEnglish) + kEnglish +
                           "\xE4\xB8\x8B\xE4\xB8\x80\xE7\xAF\x87\xEF\xBC\x9A\xE5\xB7\xB4\xE8\xA5\xBF"
                           "\xE8\xB5\x94\xE5\x81\xBF\xE5\x8D\x8F\xE8\xAE\xAE\n";
  EXPECT_EQ(DetectLanguage(text), "en");
}

TEST(DetectLanguageTest, UnknownForEmptyOrNoise) {
  EXPECT_EQ(DetectLanguage(""), "un");
  EXPECT_EQ(DetectLanguage("12345 67890 !!! ???"), "un");
}

TEST(DetectLanguageTest, InvalidUtf8DoesNotCrash) {
  const std::string text = std::string(kEnglish) + "\xFF\xFE\xC3";
  EXPECT_EQ(DetectLanguage(text), "en");
}

}  // namespace
}  // namespace crosscheck
