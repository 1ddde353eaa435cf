#include "annotate/quote_languages.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "annotate/annotator.h"
#include "annotate/test_support.h"

namespace crosscheck {
namespace {

// "kind|speaker_name|cue|text" rows of a document in `language` (invented names and events).
std::vector<std::string> Quotes(const std::string& language,
                                const std::vector<std::string>& paragraphs) {
  static const AnnotationPipeline* pipeline = new AnnotationPipeline();
  Article article = testing::MakeArticle(paragraphs, "2024-10-18");
  article.language = language;
  const Annotations out = pipeline->Run(article);
  std::vector<std::string> rows;
  for (const QuoteMention& q : out.quotes) {
    rows.push_back(std::string(QuoteKindName(q.kind)) + "|" + q.speaker_name + "|" + q.cue_text +
                   "|" + q.text);
  }
  return rows;
}

struct Case {
  std::string language;
  std::vector<std::string> paragraphs;
  std::vector<std::string> expected;
};

TEST(LanguageQuotes, WireStyleQuotesInEachLanguage) {
  const std::vector<Case> cases = {
      // German „…“ closes with “: the quote ends at its own mark, the speaker follows the verb.
      {"de",
       {"\xE2\x80\x9E"
        "Das ist eine L\xC3\xBCge\xE2\x80\x9C, sagte Regierungssprecher Jan Novak am "
        "Donnerstag in Berlin."},
       {"direct|Jan Novak|sagte|Das ist eine L\xC3\xBCge"}},
      // Verb second: the subject after the verb; a colon before the marks.
      {"de",
       {"Am Freitag erkl\xC3\xA4rte die Ministerin Eva Lind: \xE2\x80\x9E"
        "Wir bleiben dabei.\xE2\x80\x9C"},
       {"direct|Eva Lind|erkl\xC3\xA4rte|Wir bleiben dabei."}},
      // »…« and "so X"; the pronoun "er" stands for the speaker named before.
      {"de",
       {"\xC2\xBBWir sind bereit\xC2\xAB, so der Vorsitzende Karl Brenner.",
        "\xE2\x80\x9E"
        "Es wird schwer\xE2\x80\x9C, sagte er."},
       {"direct|Karl Brenner|so|Wir sind bereit", "direct|Karl Brenner|sagte|Es wird schwer"}},
      // A dative object after the verb is not the speaker: the subject before it is.
      {"de",
       {"Der Sprecher Omar Haddad sagte den Journalisten: \xE2\x80\x9E"
        "Alles ist ruhig.\xE2\x80\x9C"},
       {"direct|Omar Haddad|sagte|Alles ist ruhig."}},
      // French « … » with its spaces, the speaker after "a déclaré"; "dit-il".
      {"fr",
       {"\xC2\xAB Nous sommes pr\xC3\xAAts \xC2\xBB, a d\xC3\xA9"
        "clar\xC3\xA9 le ministre Paul Girard.",
        "\xC2\xAB C'est difficile \xC2\xBB, dit-il."},
       {"direct|Paul Girard|a d\xC3\xA9"
        "clar\xC3\xA9|Nous sommes pr\xC3\xAAts",
        "direct|Paul Girard|dit-il|C'est difficile"}},
      // Spanish «…», dijo X.
      {"es",
       {"\xC2\xAB"
        "Estamos listos\xC2\xBB, dijo la ministra Ana Lopez en Madrid."},
       {"direct|Ana Lopez|dijo|Estamos listos"}},
      // Russian «…», — заявил X.
      {"ru",
       {"\xC2\xAB\xD0\x9C\xD1\x8B \xD0\xB3\xD0\xBE\xD1\x82\xD0\xBE\xD0\xB2\xD1\x8B\xC2\xBB, "
        "\xE2\x80\x94 "
        "\xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB \xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD "
        "\xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2."},
       {"direct|\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD \xD0\x9F\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2|"
        "\xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB|\xD0\x9C\xD1\x8B "
        "\xD0\xB3\xD0\xBE\xD1\x82\xD0\xBE\xD0\xB2\xD1\x8B"}},
      // Ukrainian: X заявив: «…»
      {"uk",
       {"\xD0\x9E\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB0 \xD0\x9A\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBB\xD1\x8C "
        "\xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB\xD0\xB0: \xC2\xAB\xD0\x9C\xD0\xB8 "
        "\xD0\xB3\xD0\xBE\xD1\x82\xD0\xBE\xD0\xB2\xD1\x96.\xC2\xBB"},
       {"direct|\xD0\x9E\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB0 "
        "\xD0\x9A\xD0\xBE\xD0\xB2\xD0\xB0\xD0\xBB\xD1\x8C|"
        "\xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB\xD0\xB0|\xD0\x9C\xD0\xB8 "
        "\xD0\xB3\xD0\xBE\xD1\x82\xD0\xBE\xD0\xB2\xD1\x96."}},
      // A pronoun with no speaker before it stays unknown: no guess.
      {"de",
       {"\xE2\x80\x9E"
        "Es wird schwer\xE2\x80\x9C, sagte sie."},
       {"direct||sagte|Es wird schwer"}},
      // A quoted name inside a sentence is a partial quote without a speaker.
      {"de",
       {"Das Hotel \xE2\x80\x9E"
        "Seeblick\xE2\x80\x9C liegt am Ufer."},
       {"partial|||Seeblick"}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Quotes(c.language, c.paragraphs), c.expected) << c.paragraphs.front();
  }
}

TEST(LanguageQuotes, EnglishRulesDoNotReadOtherLanguages) {
  // The English cue model and reported-speech rules find nothing in German prose; before,
  // "bei", "aus" or "passende" were taken for verbs of saying.
  const std::vector<std::string> rows = Quotes(
      "de", {"Der hohe Konsensbedarf zwischen Bund und L\xC3\xA4ndern kann die Qualit\xC3\xA4t "
             "der Entscheidungen beeinflussen, sagte der Forscher."});
  EXPECT_TRUE(rows.empty()) << rows.front();
  // A language with no data in data/lang gets its quotes, and no speaker guessed.
  EXPECT_EQ(LanguageQuotes::For("xx"), nullptr);
  EXPECT_NE(LanguageQuotes::For("de"), nullptr);
  EXPECT_EQ(Quotes("fi", {"\xC2\xBBOlemme valmiita\xC2\xBB, sanoi Matti Virtanen."}),
            (std::vector<std::string>{"direct|||Olemme valmiita"}));
}

TEST(LanguageQuotes, LowerWordFoldsEveryScript) {
  EXPECT_EQ(LowerWord("Laut"), "laut");
  EXPECT_EQ(LowerWord("\xC3\x84RZTE"), "\xC3\xA4rzte");          // ÄRZTE
  EXPECT_EQ(LowerWord("\xD0\x9F\xD0\xBE"), "\xD0\xBF\xD0\xBE");  // По
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

TEST(LanguageQuotes, HostileMarksAndVerbsNeverCrash) {
  // Marks only, verbs only, a verb at either end, unclosed and nested marks, in each language.
  const std::vector<std::string> bodies = {
      "\xE2\x80\x9E\xE2\x80\x9E\xE2\x80\x9C\xE2\x80\x9C\xC2\xBB\xC2\xBB\xC2\xAB\xC2\xAB",
      "sagte", "\xE2\x80\x9E" "a\xE2\x80\x9C, sagte", "sagte: \xE2\x80\x9E", ", so",
      "\xC2\xAB \xE2\x80\x9C \xC2\xBB \xE2\x80\x9D", "\xE3\x80\x8C\xE3\x80\x8E\xE3\x80\x8D",
      "Er sagte: \xE2\x80\x9E" "a\xE2\x80\x9C, sagte er, \xE2\x80\x9E" "b\xE2\x80\x9C, so er.",
      "\xC2\xAB x \xC2\xBB, a-t-il d\xC3\xA9" "clar\xC3\xA9", ": \xC2\xAB",
  };
  for (const char* language :
       {"de", "fr", "es", "ru", "uk", "it", "pt", "nl", "pl", "ja", "zh", "ko"}) {
    for (const std::string& body : bodies) {
      for (const QuoteMention& q : [&] {
             static const AnnotationPipeline* pipeline = new AnnotationPipeline();
             Article article = testing::MakeArticle({body});
             article.language = language;
             return pipeline->Run(article).quotes;
           }()) {
        EXPECT_LE(q.span.begin, q.span.end);
        EXPECT_LE(q.span.end, body.size());
      }
    }
  }
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

std::vector<std::string> UnspacedQuotes(const std::string& language, const std::string& text) {
  static const AnnotationPipeline* pipeline = new AnnotationPipeline();
  Article article = testing::MakeArticle({text}, "2024-10-18");
  article.language = language;
  std::vector<std::string> rows;
  for (const QuoteMention& q : pipeline->Run(article).quotes) {
    rows.push_back(q.speaker_name + "|" + q.cue_text + "|" + q.text);
  }
  return rows;
}

TEST(LanguageQuotes, ChineseJapaneseAndKoreanSpeakers) {
  // Chinese: the speaker and verb before the marks (a date cut off, a title left out of the
  // name), or after them.
  EXPECT_EQ(UnspacedQuotes("zh", "外交部发言人王明18日表示，“我们不掌握有关情况”。"),
            std::vector<std::string>{"王明|表示|我们不掌握有关情况"});
  EXPECT_EQ(UnspacedQuotes("zh", "“局势正在恶化”，李华说。"),
            std::vector<std::string>{"李华|说|局势正在恶化"});
  // Korean: the speaker closed by its particle, the verb after the quotation's link.
  EXPECT_EQ(UnspacedQuotes("ko", "김 장관은 \"상황을 주시하고 있다\"라고 말했다."),
            std::vector<std::string>{"김 장관|말했다|상황을 주시하고 있다"});
  // Japanese: 「…」と述べた, the speaker before は.
  EXPECT_EQ(UnspacedQuotes("ja", "山田長官は18日の会見で「確認中だ」と述べた。"),
            std::vector<std::string>{"山田長官|述べた|確認中だ"});
  // No verb of saying: no speaker guessed.
  EXPECT_EQ(UnspacedQuotes("zh", "这部电影名叫“长江”。"), std::vector<std::string>{"||长江"});
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

TEST(LanguageQuotes, SpeakersNamedBeforeTheQuotationsSentence) {
  // A sentence whose verb is one of saying, then the quotation on its own.
  EXPECT_EQ(Quotes("de", {"Der Sprecher Jan Novak berichtete \xC3\xBC"
                          "ber die Razzien. \xE2\x80\x9E"
                          "Die kommen rein.\xE2\x80\x9C"}),
            (std::vector<std::string>{"direct|Jan Novak|berichtete|Die kommen rein."}));
  // A paragraph that introduces the quotation with a colon after a name in apposition.
  EXPECT_EQ(Quotes("de", {"Karl Brenner, Vorsitzender des Verbands, zum Entwurf:",
                          "\xE2\x80\x9E"
                          "Jetzt kann es losgehen.\xE2\x80\x9C"}),
            (std::vector<std::string>{"direct|Karl Brenner||Jetzt kann es losgehen."}));
  // A colon after a long clause whose verb is one of saying.
  EXPECT_EQ(Quotes("de", {"Eva Lind, die Sprecherin des Amtes, erkl\xC3\xA4rt, dass der Verlag nur "
                          "in W\xC3\xBCnschen denke: \xE2\x80\x9E"
                          "Wir bleiben dabei.\xE2\x80\x9C"}),
            (std::vector<std::string>{"direct|Eva Lind|erkl\xC3\xA4rt|Wir bleiben dabei."}));
  // An elliptical compound stays whole: "die Familien- und Frauenministerin".
  EXPECT_EQ(
      Quotes("de", {"\xE2\x80\x9E"
                    "Wir investieren mehr.\xE2\x80\x9C, so die Familien- und "
                    "Frauenministerin."}),
      (std::vector<std::string>{"direct|Familien- und Frauenministerin|so|Wir investieren mehr."}));
  // A sentence without a verb of saying names nobody for the quotation after it.
  EXPECT_EQ(Quotes("de", {"Die Preisverleihung fand im Hotel statt. \xE2\x80\x9E"
                          "Ein sch\xC3\xB6ner Tag.\xE2\x80\x9C"}),
            (std::vector<std::string>{"direct|||Ein sch\xC3\xB6ner Tag."}));
}

}  // namespace
}  // namespace crosscheck

namespace crosscheck {
namespace {

TEST(LanguageEntities, GermanNounsAreNoNames) {
  static const AnnotationPipeline* pipeline = new AnnotationPipeline();
  Article article = testing::MakeArticle(
      {"Der Arzt Jan Novak sprach mit den Patienten. Die Forderungen der Patienten sind klar, "
       "sagte der erfahrene Novak. Eine neue Studie kam aus Berlin, die Studie lobt die NATO."},
      "2024-10-18");
  article.language = "de";
  std::vector<std::string> names;
  for (const EntityMention& e : pipeline->Run(article).entities) names.push_back(e.text);
  const auto has = [&](std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  // Nouns written after an article somewhere in the document are no entities.
  EXPECT_FALSE(has("Patienten"));
  EXPECT_FALSE(has("Die Forderungen"));
  EXPECT_FALSE(has("Studie"));
  EXPECT_FALSE(has("Eine neue Studie"));
  // Names stay, a surname after an article too, and acronyms and places.
  EXPECT_TRUE(has("Jan Novak"));
  EXPECT_TRUE(has("Novak"));
  EXPECT_TRUE(has("NATO"));
  EXPECT_TRUE(has("Berlin"));
}

}  // namespace
}  // namespace crosscheck
