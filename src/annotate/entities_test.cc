#include "annotate/entities.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/test_support.h"

namespace crosscheck {
namespace {

// "type:text=canonical" for every entity, for readable diffs.
std::vector<std::string> Entities(const std::string& paragraph) {
  Annotations out;
  const Article article = testing::MakeArticle({paragraph});
  EntityAnnotator().Annotate(article, TextReading(article.Body()), out);
  std::vector<std::string> rows;
  for (const EntityMention& e : out.entities) {
    rows.push_back(std::string(EntityTypeName(e.type)) + ":" + e.text + "=" + e.canonical);
  }
  return rows;
}

bool Has(const std::vector<std::string>& rows, const std::string& row) {
  for (const std::string& r : rows) {
    if (r == row) return true;
  }
  return false;
}

struct Case {
  std::string text;
  std::vector<std::string> expected;  // rows that must be present
  std::vector<std::string> absent;    // rows that must not be
};

TEST(EntityAnnotator, Table) {
  const std::vector<Case> cases = {
      {"NATO chief Jan Novak said the alliance would meet.",
       {"organization:NATO=NATO", "person:Jan Novak=Jan Novak"},
       {}},
      {"US Defense Secretary Paul Grant visited Rome. Later, Grant flew home.",
       {"place:US=United States", "person:Paul Grant=Paul Grant", "person:Grant=Paul Grant",
        "place:Rome=Rome"},
       {}},
      {"The talks were led by spokesperson Anna Berg in Oslo.",
       {"person:Anna Berg=Anna Berg", "place:Oslo=Oslo"},
       {}},
      {"Mr Holm declined to comment.", {"person:Holm=Holm"}, {}},
      // After a title's "of", the department opens the run and is no part of the name.
      {"Secretary of Labor Ana Ruiz and the Secretary of State met.",
       {"person:Ana Ruiz=Ana Ruiz"},
       {"person:Labor Ana Ruiz=Labor Ana Ruiz", "person:State=State"}},
      // ... after "for" and after "of the" too; a body whose name ends in an organization's
      // word is a mention of its own.
      {"Minister for Foreign Affairs David Lorne said the Chancellor of the Exchequer John "
       "Marsh agreed.",
       {"person:David Lorne=David Lorne", "person:John Marsh=John Marsh"},
       {"other:Foreign Affairs David Lorne=Foreign Affairs David Lorne",
        "organization:Exchequer John Marsh=Exchequer John Marsh"}},
      {"The CEO of the Refugee Council Mary Holt spoke to the Chief of the San Francisco "
       "Police Department.",
       {"organization:Refugee Council=Refugee Council", "person:Mary Holt=Mary Holt"},
       {"person:Francisco Police Department=Francisco Police Department"}},
      // A title word followed only by a generational suffix is part of the name.
      {"Martin Luther King Jr. spoke in Memphis.",
       {"person:Martin Luther King Jr=Martin Luther King Jr"},
       {"person:Jr=Jr"}},
      // A verb of motion before "to"/"from" makes the name a place.
      {"She moved to Kirra Belon last year.",
       {"place:Kirra Belon=Kirra Belon"},
       {"person:Kirra Belon=Kirra Belon"}},
      // A middle initial after a given name stays inside the name.
      {"Thomas K. Lund spoke first.", {"person:Thomas K. Lund=Thomas K. Lund"}, {}},
      // Not when two name words follow: a title ending in an initial, then another name.
      {"She starred in Malcolm X. Ana Berg spoke first.", {"person:Ana Berg=Ana Berg"}, {}},
      {"The National Statistics Service (NSS) said output fell. The NSS did not say why.",
       {"organization:National Statistics Service=National Statistics Service",
        "organization:NSS=National Statistics Service"},
       {}},
      {"Many Brazilians crossed into Peru.",
       {"group:Brazilians=Brazilians", "place:Peru=Peru"},
       {}},
      {"Chilean troops arrived.", {}, {"other:Chilean=Chilean", "place:Chilean=Chilean"}},
      {"However, the plan failed.", {}, {"other:However=However"}},
      {"It happened on Friday in October.", {}, {"other:Friday=Friday", "other:October=October"}},
      // A month that is also a given name is no entity where a date is; alone before a verb
      // it may be a surname.
      {"The two leaders met at a summit in June and have talked every week since last August.",
       {},
       {"place:June=June", "other:June=June", "other:August=August", "person:August=August"}},
      {"Prime Minister Theresa May spoke in London.",
       {"person:Theresa May=Theresa May"},
       {"person:Theresa=Theresa"}},
      // A place or body joined to a lower-case word is an adjective; a capitalized speaker
      // noun opening a sentence is no name; "Far East" is a region; a title after a known
      // body is that body's officer.
      {"Troops carried Russian-made rifles near Russian-occupied towns.",
       {},
       {"other:Russian-made=Russian-made", "other:Russian-occupied=Russian-occupied"}},
      {"Analysts said the plan would fail.", {}, {"person:Analysts=Analysts"}},
      {"Exports to the Far East rose.", {"place:Far East=Far East"}, {}},
      {"Later, the Pentagon Chief flew to Oslo.",
       {"organization:Pentagon=Pentagon"},
       {"organization:Pentagon Chief=Pentagon Chief"}},
      {"The South Korean National Farming Agency released data.",
       {"organization:National Farming Agency=National Farming Agency"},
       {}},
      {"\"We will see,\" said Tomas Reyes, a professor at the university.",
       {"person:Tomas Reyes=Tomas Reyes"},
       {}},
      // First names, place cues, place keywords, the article before a name, and a type kept for
      // later mentions.
      {"Later that day Maria Lindqvist arrived.", {"person:Maria Lindqvist=Maria Lindqvist"}, {}},
      {"The festival is held in Tarvik every year. Visitors to Tarvik rarely stay long.",
       {"place:Tarvik=Tarvik"},
       {"other:Tarvik=Tarvik"}},
      {"She moved to Springvale, Ohio, last year.",
       {"place:Springvale=Springvale", "place:Ohio=Ohio"},
       {}},
      {"Ships crossed the Weddell Sea and docked at Harbin Station.",
       {"place:Weddell Sea=Weddell Sea", "place:Harbin Station=Harbin Station"},
       {}},
      {"A story in the Daily Lantern upset readers.",
       {"organization:Daily Lantern=Daily Lantern"},
       {"person:Daily Lantern=Daily Lantern"}},
      {"Critics praised Orla Quint. Quint thanked them.",
       {"person:Orla Quint=Orla Quint", "person:Quint=Orla Quint"},
       {}},
      {"Recent reports have revealed a leak.", {}, {"person:Recent=Recent"}},
      // A country acting (its government or team) is an organization; where it lies, a place.
      {"Chile said on Monday it would protest. Talks were held in Chile.",
       {"organization:Chile=Chile", "place:Chile=Chile"},
       {}},
      {"Peru defeated Chile in the final.",
       {"organization:Peru=Peru", "organization:Chile=Chile"},
       {"place:Peru=Peru", "place:Chile=Chile"}},
      // Events, laws and works are not people; a known organization or place inside one is
      // a mention of its own.
      {"Fans flocked to the Harvest Lantern Festival and the Clean Water Act passed.",
       {},
       {"person:Harvest Lantern Festival=Harvest Lantern Festival",
        "person:Clean Water Act=Clean Water Act", "organization:Clean Water Act=Clean Water Act"}},
      {"Winners of the Google Science Fair met Canada Cup players.",
       {"organization:Google=Google", "place:Canada=Canada"},
       {"person:Google Science Fair=Google Science Fair"}},
      {"He switched to Microsoft Edge last year.",
       {"organization:Microsoft=Microsoft"},
       {"person:Microsoft Edge=Microsoft Edge"}},
      // A name the document also writes in lower case is not a person by default.
      {"The Silver Clouds show opened. The clouds were silver balloons.",
       {},
       {"person:Silver Clouds=Silver Clouds"}},
      // Acronyms: a digit, a Roman numeral or "a"/"an" before it makes it no organization.
      {"Users of IE9 and an ROV saw Pope Leo XVII at the WHO.",
       {"organization:WHO=WHO"},
       {"organization:IE9=IE9", "organization:ROV=ROV", "organization:XVII=XVII"}},
      {"The Indonesian Navy sailed.", {"organization:Navy=Navy"}, {}},
      // Places and known organizations inside an organization's name are mentions too.
      {"She studied at the University of North Carolina and the NATO Defense College.",
       {"place:North Carolina=North Carolina", "organization:NATO=NATO",
        "organization:University of North Carolina=University of North Carolina"},
       {}},
      // A compass region after "the", and a former state, are places.
      {"Voters in the Midwest remember the Soviet Union.",
       {"place:Midwest=Midwest", "place:Soviet Union=Soviet Union"},
       {"organization:Midwest=Midwest", "organization:Soviet Union=Soviet Union"}},
      // "in" makes no place of a belief or field.
      {"She grew up in Zoroastrianism and worked in Tarvik.",
       {"place:Tarvik=Tarvik"},
       {"place:Zoroastrianism=Zoroastrianism"}},
      // A given name alone, inside a sentence, is a person.
      {"The film starred Maria and a dog.", {"person:Maria=Maria"}, {}},
      // Caption labels before a colon are not names, nor part of one.
      {"Fans dressed as Belle Image: Jo Vance.",
       {"person:Jo Vance=Jo Vance"},
       {"person:Belle Image=Belle Image", "other:Belle Image=Belle Image"}},
      // A person's name leading an organization's name is a mention of the person too.
      {"Ada Lovelock painted. The Ada Lovelock Foundation sold her work.",
       {"person:Ada Lovelock=Ada Lovelock",
        "organization:Ada Lovelock Foundation=Ada Lovelock Foundation"},
       {}},
      // A capital's name that is the surname of a person named before: the person.
      {"Lena Oslo spoke first. Oslo said she was tired. She flew to Oslo.",
       {"person:Lena Oslo=Lena Oslo", "person:Oslo=Lena Oslo"},
       {}},
      {"She flew to Oslo to meet Lena Oslo.", {"place:Oslo=Oslo"}, {}},
      // "English" is a demonym adjective (a language), not a place.
      {"The form must be completed in English by Friday.", {}, {"place:English=United Kingdom"}},
      // In a match report a country is its team, unless "in X" or "from X" makes it a place.
      {"Peru kept the lead after the referee gave a penalty. Their coach praised the defender "
       "and the goalkeeper. Peru play next in Chile against a squad from Chile.",
       {"organization:Peru=Peru", "place:Chile=Chile"},
       {"place:Peru=Peru", "organization:Chile=Chile"}},
      {"Peru kept the lead after the referee gave a penalty.", {"place:Peru=Peru"}, {}},
      // An acronym is an organization unless it abbreviates a common noun.
      {"The DNA test was paid for by the WHO.", {"organization:WHO=WHO"}, {"organization:DNA=DNA"}},
      {"She wrote for the Harbor Weekly.", {"organization:Harbor Weekly=Harbor Weekly"}, {}},
      // An acronym leading an untyped name is an organization of its own.
      {"Pictures from KASA Discovery were shown.", {"organization:KASA=KASA"}, {}},
  };
  for (const Case& c : cases) {
    const auto rows = Entities(c.text);
    std::string all;
    for (const auto& r : rows) all += "  " + r + "\n";
    for (const std::string& row : c.expected)
      EXPECT_TRUE(Has(rows, row)) << c.text << "\nmissing " << row << "\ngot:\n" << all;
    for (const std::string& row : c.absent)
      EXPECT_FALSE(Has(rows, row)) << c.text << "\nunexpected " << row;
  }
}

TEST(EntityAnnotator, GazetteerLookups) {
  EXPECT_EQ(GazetteerCountryOf("Seoul"), "South Korea");
  EXPECT_TRUE(IsPluralDemonym("North Koreans"));
  EXPECT_TRUE(IsDemonymAdjective("Russian"));
  EXPECT_FALSE(IsPluralDemonym("Russia"));
}

}  // namespace
}  // namespace crosscheck
