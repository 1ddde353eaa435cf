#include "clean/language.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
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

TEST(DetectLanguageTest, PlainlyEnglishNeedsEnoughWordsAndTheCommonWords) {
  const std::string twice = std::string(kEnglish) + kEnglish;
  EXPECT_TRUE(LooksPlainlyEnglish(twice));
  EXPECT_EQ(DetectLanguageByCld2(twice), "en");
  // Too short to decide without cld2: the answer is cld2's.
  EXPECT_FALSE(LooksPlainlyEnglish("The minister said the talks would go on."));
  EXPECT_EQ(DetectLanguage("The minister said the talks would go on."),
            DetectLanguageByCld2("The minister said the talks would go on."));
  // Long, but a list of names and figures: no function words.
  std::string scores;
  for (int i = 0; i < 40; ++i) scores += "Arsenal Chelsea Liverpool Everton ";
  EXPECT_FALSE(LooksPlainlyEnglish(scores));
}

TEST(DetectLanguageTest, OtherLanguagesAreLeftToCld2) {
  const std::string dutch =
      "De ministers van defensie kwamen vrijdag in Brussel bijeen om de situatie aan het oostfront "
      "te bespreken. Volgens de woordvoerder is het overleg in een goede sfeer verlopen en wordt "
      "het volgende week voortgezet. De secretaris-generaal zei tegen verslaggevers dat het bewijs "
      "zorgvuldig zal worden onderzocht voordat er een besluit wordt genomen over de steun aan de "
      "partners in de regio en over de levering van luchtverdediging en munitie aan het leger. ";
  EXPECT_FALSE(LooksPlainlyEnglish(dutch + dutch));
  EXPECT_EQ(DetectLanguage(dutch + dutch), "nl");
  // Half English, half Spanish: cld2 weighs the two.
  const std::string spanish =
      "Los ministros de defensa se reunieron el viernes en Bruselas para hablar de la situacion en "
      "el frente oriental. Segun el portavoz, las conversaciones continuaran la proxima semana y "
      "el secretario general dijo a los periodistas que las pruebas se examinaran con cuidado "
      "antes "
      "de tomar cualquier decision sobre el apoyo a los socios de la region. ";
  EXPECT_FALSE(LooksPlainlyEnglish(spanish + kEnglish + spanish));
  // English words in another script's text: more than 5% of the bytes beyond ASCII.
  std::string cyrillic = kEnglish;
  for (int i = 0; i < 12; ++i)
    cyrillic += "\xD0\x9C\xD0\xB8\xD0\xBD\xD0\xB8\xD1\x81\xD1\x82\xD1\x80 ";
  EXPECT_FALSE(LooksPlainlyEnglish(cyrillic));
}

// The fast path never answers what cld2 would not: every English text of BBC 2225 and
// PolNeAR's dev texts that looks plainly English is English to cld2 too. (Over BBC, the WARC
// sample, trafilatura's 973 pages in 25 languages, GoogleNews-TS, Reuters-21578 and four
// extraction sets, 61,000 documents, the languages `annotate` gave were unchanged.)
TEST(DetectLanguageTest, PlainlyEnglishAgreesWithCld2OnRealText) {
  const std::filesystem::path shared(CROSSCHECK_SHARED_DIR);
  const std::filesystem::path roots[] = {shared / "data/bbc_news_2225",
                                         shared / "data/polnear/dev/text"};
  size_t fast = 0, checked = 0;
  for (const std::filesystem::path& root : roots) {
    std::error_code error;
    if (!std::filesystem::is_directory(root, error)) continue;
    for (auto it = std::filesystem::recursive_directory_iterator(root, error);
         !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
      if (!it->is_regular_file() || it->path().extension() != ".txt") continue;
      std::ifstream file(it->path(), std::ios::binary);
      std::stringstream buffer;
      buffer << file.rdbuf();
      const std::string text = buffer.str();
      ++checked;
      if (!LooksPlainlyEnglish(text)) continue;
      ++fast;
      EXPECT_EQ(DetectLanguageByCld2(text), "en") << it->path();
    }
  }
  if (checked == 0)
    GTEST_SKIP() << "BBC and PolNeAR texts not found under " << shared << " (../shared absent)";
  // Nearly all of them take the fast path; a test that checked nothing would prove nothing.
  EXPECT_GT(fast * 10, checked * 9) << fast << " of " << checked;
}

TEST(DetectLanguageTest, InvalidUtf8DoesNotCrash) {
  const std::string text = std::string(kEnglish) + "\xFF\xFE\xC3";
  EXPECT_EQ(DetectLanguage(text), "en");
}

}  // namespace
}  // namespace crosscheck
