#include "annotate/quantity_languages.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/annotator.h"
#include "annotate/test_support.h"

namespace crosscheck {
namespace {

// "value unit approximation counts" per figure of a one-paragraph document in `language`.
std::vector<std::string> Figures(const std::string& language, const std::string& text) {
  static const AnnotationPipeline* pipeline = new AnnotationPipeline();
  Article article = testing::MakeArticle({text}, "2024-10-18");
  article.language = language;
  std::vector<std::string> rows;
  for (const QuantityMention& q : pipeline->Run(article).quantities) {
    char value[64];
    std::snprintf(value, sizeof value, "%.10g", q.value);
    rows.push_back(std::string(value) + "|" + q.unit + "|" + ApproximationName(q.approximation) +
                   "|" + q.counts);
  }
  return rows;
}

TEST(LanguageNumbers, DigitsAsEachLanguageWritesThem) {
  const LanguageNumbers* de = LanguageNumbers::For("de");
  const LanguageNumbers* es = LanguageNumbers::For("es");
  ASSERT_NE(de, nullptr);
  ASSERT_NE(es, nullptr);
  EXPECT_EQ(de->ParseDigits("1.500", ','), 1500);
  EXPECT_EQ(de->ParseDigits("12.000", 0), 12000);
  EXPECT_EQ(de->ParseDigits("3,5", 0), 3.5);
  EXPECT_EQ(de->ParseDigits("1.234.567,89", 0), 1234567.89);
  EXPECT_EQ(de->ParseDigits("1'500.50", 0), 1500.5);   // Swiss
  EXPECT_EQ(de->ParseDigits("1.5", 0), std::nullopt);  // no German writes it: no figure
  EXPECT_EQ(de->ParseDigits("12.00.0", 0), std::nullopt);
  // A decimal comma before three digits only where the document writes decimal commas.
  EXPECT_EQ(de->ParseDigits("290,000", 0), std::nullopt);
  EXPECT_EQ(de->ParseDigits("290,000", '.'), std::nullopt);
  EXPECT_EQ(de->ParseDigits("1,500", ','), 1.5);
  // Spanish "1.500" is 1,500 in Madrid and 1.5 in Mexico City: read only with the document's
  // decimal mark known.
  EXPECT_EQ(es->ParseDigits("1.500", 0), std::nullopt);
  EXPECT_EQ(es->ParseDigits("1.500", ','), 1500);
  EXPECT_EQ(es->ParseDigits("1.500", '.'), 1.5);
  EXPECT_EQ(es->ParseDigits("2,5", 0), 2.5);
  EXPECT_EQ(es->ParseDigits("1.234.567", 0), 1234567);
  EXPECT_EQ(LanguageNumbers::For("xx"), nullptr);
  for (const char* hostile : {"", ".", ",5", "5,", "1..2", "1,,2", "'1", "1''2", "a1"}) {
    EXPECT_EQ(de->ParseDigits(hostile, ','), std::nullopt) << hostile;
  }
}

TEST(LanguageNumbers, FiguresOfTheIssueReadRight) {
  // The misreadings issue 14 lists, read right or not at all.
  EXPECT_EQ(Figures("de",
                    "Nordkorea schickte rund 1.500 Soldaten, bis Dezember sollen es 12.000 "
                    "Soldaten sein. Die Kosten: 2,4 Milliarden Euro, die Inflation 3,5 Prozent."),
            (std::vector<std::string>{"1500||about|Soldaten", "12000||exact|Soldaten",
                                      "2400000000|EUR|exact|", "3.5|%|exact|"}));
  EXPECT_EQ(Figures("fr", "Environ 1 500 soldats sont arriv\xC3\xA9s, 12 000 au total."),
            (std::vector<std::string>{"1500||about|soldats", "12000||exact|"}));
  EXPECT_EQ(Figures("es", "Costar\xC3\xA1 2.400 millones de euros, un 2,5 por ciento del PIB."),
            (std::vector<std::string>{"2400000000|EUR|exact|", "2.5|%|exact|"}));
  // Without a decimal comma elsewhere, Spanish "1.500" stays unread.
  EXPECT_EQ(Figures("es", "Llegaron 1.500 soldados."), std::vector<std::string>{});
  EXPECT_EQ(Figures("ru",
                    "\xD0\x9E\xD0\xBA\xD0\xBE\xD0\xBB\xD0\xBE 1 500 \xD0\xB2\xD0\xBE\xD0\xB5"
                    "\xD0\xBD\xD0\xBD\xD1\x8B\xD1\x85, 1,5 \xD0\xBC\xD0\xBB\xD0\xBD "
                    "\xD1\x80\xD1\x83\xD0\xB1\xD0\xBB\xD0\xB5\xD0\xB9."),
            (std::vector<std::string>{
                "1500||about|\xD0\xB2\xD0\xBE\xD0\xB5\xD0\xBD\xD0\xBD\xD1\x8B\xD1\x85",
                "1500000|RUB|exact|"}));
}

TEST(LanguageNumbers, NoFigureFromDatesNamesReferencesOrCodes) {
  const std::vector<std::string> none;
  EXPECT_EQ(Figures("de", "Im 15. Jahrhundert entstand die Stadt."), none);
  EXPECT_EQ(Figures("de", "Nach \xC2\xA7 55 Abs. 1 RStV gilt das, siehe Nr. 23."), none);
  EXPECT_EQ(Figures("de", "Die Nutzung von Office 365 ist teuer."), none);
  EXPECT_EQ(Figures("de", "Ruf an: +49 8161 4591 801."), none);
  EXPECT_EQ(Figures("de", "Das Spiel endete 2:1, der Stellaratorr Wendelstein 7-X lief."), none);
  EXPECT_EQ(Figures("de", "Er kam 2019 nach 80331 M\xC3\xBCnchen, Nr. 07."), none);
  EXPECT_EQ(Figures("de",
                    "Ge\xC3\xB6"
                    "ffnet von 15 - 17 Uhr."),
            none);
  EXPECT_EQ(Figures("es", "Del 8 de agosto al 7 de octubre en la calle 47."), none);
  EXPECT_EQ(Figures("de", "Das ist belegt.[9] Mehr nicht."), none);
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

TEST(LanguageNumbers, ChineseAndKoreanScalesWrittenAgainstTheDigits) {
  // The issue's misreadings: "约1,500" was 500, "24亿" 24, "下降3.5%" 5%, "1천500개" 1.
  EXPECT_EQ(Figures("zh", "朝鲜派遣约1,500名士兵，总数将达1.2万人，损失约24亿美元，出口下降3.5%。"),
            (std::vector<std::string>{"1500||about|", "12000||exact|", "2400000000|USD|about|",
                                      "3.5|%|exact|"}));
  EXPECT_EQ(Figures("ko", "특수부대 1천500개 부대와 총 1만2천명, 약 24억 달러."),
            (std::vector<std::string>{"1500||exact|", "12000||exact|", "2400000000|USD|about|"}));
  EXPECT_EQ(Figures("zh", "尚有900多万人口。"), std::vector<std::string>{"9000000||more_than|"});
  // A date, a month, an ordinal, a clock time or a code is no figure.
  EXPECT_EQ(
      Figures("zh", "2025年3月13日，他表示。自5月下旬开始，第11届，8月19发行，果树93(01)班。"),
      std::vector<std::string>{});
  EXPECT_EQ(Figures("ja", "[06月24日 11時30分]"), std::vector<std::string>{});
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

TEST(LanguageNumbers, GermanNumbersInWords) {
  EXPECT_EQ(Figures("de", "Es kamen dreihundert Soldaten und zweiundzwanzig Panzer."),
            (std::vector<std::string>{"300||exact|Soldaten", "22||exact|Panzer"}));
  EXPECT_EQ(Figures("de",
                    "Zwei Millionen dreihundertneunundneunzigtausendfuenfhundertneunundvierzig "
                    "Menschen leben dort, rund fünfzehntausend mehr als 1990."),
            (std::vector<std::string>{"2399549||exact|Menschen"}));
  // Two thirds, three quarters; the article "ein" and a number that counts nothing give none.
  EXPECT_EQ(Figures("de", "Rund zwei Drittel der Fahrzeuge und drei Viertel der Gesetze."),
            (std::vector<std::string>{"0.6666666667||about|", "0.75||exact|"}));
  EXPECT_EQ(Figures("de", "Ein Mann und eine Frau kamen, die Elf spielte, er gab Acht."),
            std::vector<std::string>{});
}

}  // namespace
}  // namespace crosscheck
