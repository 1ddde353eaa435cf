#include "annotate/time_languages.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/annotator.h"
#include "annotate/test_support.h"

namespace crosscheck {
namespace {

// "text=value" per time mention of a one-paragraph document in `language`, published
// Wednesday 2024-10-23.
std::vector<std::string> Times(const std::string& language, const std::string& text,
                               const std::string& published = "2024-10-23") {
  static const AnnotationPipeline* pipeline = new AnnotationPipeline();
  Article article = testing::MakeArticle({text}, published);
  article.language = language;
  std::vector<std::string> rows;
  for (const TimeMention& t : pipeline->Run(article).times) rows.push_back(t.text + "=" + t.value);
  return rows;
}

TEST(LanguageDates, RelativeDatesResolvedAgainstPublication) {
  EXPECT_EQ(Times("de", "Am Freitag sagte er, letzte Woche sei es ruhig gewesen, gestern nicht."),
            (std::vector<std::string>{"Freitag=2024-10-18", "letzte Woche=2024-W42",
                                      "gestern=2024-10-22"}));
  // "heute Morgen" is this morning: a capitalised "Morgen" is no tomorrow.
  EXPECT_EQ(Times("de", "Er kam heute Morgen."), std::vector<std::string>{"heute=2024-10-23"});
  EXPECT_EQ(Times("fr", "Vendredi, il a dit que la semaine dernière tout était calme."),
            (std::vector<std::string>{"Vendredi=2024-10-18", "la semaine dernière=2024-W42"}));
  EXPECT_EQ(Times("es", "El viernes dijo que la semana pasada todo estaba en calma."),
            (std::vector<std::string>{"viernes=2024-10-18", "la semana pasada=2024-W42"}));
  EXPECT_EQ(Times("ru", "В пятницу он заявил, что на прошлой неделе было спокойно."),
            (std::vector<std::string>{"пятницу=2024-10-18", "на прошлой неделе=2024-W42"}));
  // Unspaced: found inside words, a period before a weekday at equal length ("上周一切").
  EXPECT_EQ(Times("zh", "他周五表示，上周一切平静。"),
            (std::vector<std::string>{"周五=2024-10-18", "上周=2024-W42"}));
  EXPECT_EQ(Times("ko", "그는 어제 떠났다."), std::vector<std::string>{"어제=2024-10-22"});
  // Without a publication date the values keep their placeholders.
  EXPECT_EQ(Times("de", "Am Freitag kam er.", ""), std::vector<std::string>{"Freitag=XXXX-WXX-5"});
  EXPECT_EQ(LanguageDates::For("xx"), nullptr);
}

}  // namespace
}  // namespace crosscheck
