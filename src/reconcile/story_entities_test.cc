// Entities merged across a story's documents (story_entities.cc), on documents annotated by
// the real entity annotator: one entity per referent, never two people for one surname.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "annotate/entities.h"
#include "reconcile/story_parts.h"

namespace crosscheck::reconcile {
namespace {

class StoryBuilder {
 public:
  StoryBuilder& Document(const std::string& text) {
    auto doc = std::make_unique<Owned>();
    doc->article.id = "d" + std::to_string(docs_.size() + 1);
    doc->article.blocks.push_back(Block{BlockKind::kParagraph, text, 0, 0});
    const std::string body = doc->article.Body();
    EntityAnnotator().Annotate(doc->article, TextReading(body), doc->annotations);
    docs_.push_back(std::move(doc));
    return *this;
  }
  StoryEntities Merge() {
    StoryView view;
    for (const auto& doc : docs_) {
      StoryDocument d;
      d.article = &doc->article;
      d.annotations = &doc->annotations;
      d.body = doc->article.Body();
      view.documents.push_back(std::move(d));
    }
    return MergeEntities(view);
  }

 private:
  struct Owned {
    Article article;
    Annotations annotations;
  };
  std::vector<std::unique_ptr<Owned>> docs_;
};

const ReportEntity* Named(const StoryEntities& entities, const std::string& name) {
  for (const ReportEntity& e : entities.entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

bool HasAlias(const ReportEntity& entity, const std::string& alias) {
  return std::find(entity.aliases.begin(), entity.aliases.end(), alias) != entity.aliases.end();
}

TEST(StoryEntities, TwoPeopleWhoOnlyShareASurnameStayTwo) {
  StoryEntities entities =
      StoryBuilder()
          .Document("Defence minister Ana Lindqvist said the drill would go ahead.")
          .Document("Her brother, the economist Tomas Lindqvist, said it would cost too much.")
          .Merge();
  const ReportEntity* ana = Named(entities, "Ana Lindqvist");
  const ReportEntity* tomas = Named(entities, "Tomas Lindqvist");
  ASSERT_NE(ana, nullptr);
  ASSERT_NE(tomas, nullptr);
  EXPECT_NE(ana->id, tomas->id);
  EXPECT_EQ(entities.IdForName("Ana Lindqvist"), ana->id);
  EXPECT_EQ(entities.IdForName("Tomas Lindqvist"), tomas->id);
  // The bare surname could be either: it joins neither.
  const StoryEntities both = StoryBuilder()
                                 .Document("Ana Lindqvist and Tomas Lindqvist met on Monday.")
                                 .Document("Lindqvist said the meeting went well.")
                                 .Merge();
  for (const ReportEntity& e : both.entities) {
    if (e.name == "Ana Lindqvist" || e.name == "Tomas Lindqvist") {
      EXPECT_FALSE(HasAlias(e, "Lindqvist")) << e.name;
    }
  }
}

TEST(StoryEntities, SurnameAndTitledFormsJoinTheFullName) {
  StoryEntities entities = StoryBuilder()
                               .Document("Norwegian President Ana Lindqvist arrived on Monday.")
                               .Document("President Lindqvist said the talks went well.")
                               .Document("On Tuesday, Lindqvist left for Oslo.")
                               .Merge();
  const ReportEntity* ana = Named(entities, "Ana Lindqvist");
  ASSERT_NE(ana, nullptr);
  EXPECT_EQ(ana->documents.size(), 3u) << ::testing::PrintToString(ana->aliases);
  EXPECT_TRUE(HasAlias(*ana, "Lindqvist"));
  EXPECT_TRUE(HasAlias(*ana, "President Lindqvist"));
  EXPECT_TRUE(HasAlias(*ana, "Norwegian President Ana Lindqvist"));
  EXPECT_NE(std::find(ana->roles.begin(), ana->roles.end(), "Norwegian President"),
            ana->roles.end());
  EXPECT_EQ(entities.IdForName("Norwegian President Ana Lindqvist"), ana->id);
}

TEST(StoryEntities, RoleQualifiedByAnOrganizationOrPlace) {
  StoryEntities entities = StoryBuilder()
                               .Document("NATO chief Ana Lindqvist spoke first.")
                               .Document("President of Chile Tomas Rojas spoke next.")
                               .Merge();
  const ReportEntity* ana = Named(entities, "Ana Lindqvist");
  const ReportEntity* tomas = Named(entities, "Tomas Rojas");
  ASSERT_NE(ana, nullptr);
  ASSERT_NE(tomas, nullptr);
  EXPECT_NE(std::find(ana->roles.begin(), ana->roles.end(), "NATO chief"), ana->roles.end());
  EXPECT_NE(std::find(tomas->roles.begin(), tomas->roles.end(), "President of Chile"),
            tomas->roles.end())
      << ::testing::PrintToString(tomas->roles);
}

TEST(StoryEntities, RoleDescriptionNamesTheOnePersonWithThatTitle) {
  StoryEntities entities = StoryBuilder()
                               .Document("Defense Minister Ana Lindqvist visited the base.")
                               .Document("Chilean Foreign Minister Tomas Rojas flew to Oslo.")
                               .Merge();
  const ReportEntity* ana = Named(entities, "Ana Lindqvist");
  const ReportEntity* tomas = Named(entities, "Tomas Rojas");
  ASSERT_NE(ana, nullptr);
  ASSERT_NE(tomas, nullptr);
  EXPECT_EQ(entities.IdForName("Oslo's defence minister"), ana->id);
  EXPECT_EQ(entities.IdForName("the defence minister"), ana->id);
  EXPECT_EQ(entities.IdForName("Chile's foreign minister"), tomas->id);
  // Another country's foreign minister is not the Chilean one.
  EXPECT_EQ(entities.IdForName("Peru's foreign minister"), "");
  // Two people with the same title: the title alone names neither.
  StoryEntities two = StoryBuilder()
                          .Document("Defense Minister Ana Lindqvist met Defense Minister Tomas Rojas.")
                          .Merge();
  EXPECT_EQ(two.IdForName("the defence minister"), "");
}

TEST(StoryEntities, AppositionGivesARole) {
  StoryEntities entities =
      StoryBuilder()
          .Document("Ana Lindqvist, the Norwegian defence minister, arrived on Monday.")
          .Document("Tomas Rojas, a professor at the university, said talks would fail.")
          .Merge();
  const ReportEntity* ana = Named(entities, "Ana Lindqvist");
  const ReportEntity* tomas = Named(entities, "Tomas Rojas");
  ASSERT_NE(ana, nullptr);
  ASSERT_NE(tomas, nullptr);
  EXPECT_NE(std::find(ana->roles.begin(), ana->roles.end(), "Norwegian defence minister"),
            ana->roles.end())
      << ::testing::PrintToString(ana->roles);
  EXPECT_NE(std::find(tomas->roles.begin(), tomas->roles.end(), "professor"), tomas->roles.end())
      << ::testing::PrintToString(tomas->roles);
  EXPECT_EQ(entities.IdForName("the defence minister"), ana->id);
  // What speaks for someone is that someone.
  EXPECT_EQ(entities.IdForName("the defence minister's office"), ana->id);
  EXPECT_EQ(entities.IdForName("Tomas Rojas\xE2\x80\x99s spokesman"), tomas->id);
  EXPECT_EQ(entities.IdForName("the mayor's office"), "");
}

TEST(StoryEntities, AcronymJoinsItsExpansionAcrossDocuments) {
  StoryEntities entities = StoryBuilder()
                               .Document("The National Audit Bureau (NAB) published its report.")
                               .Document("The NAB said spending had doubled.")
                               .Merge();
  const ReportEntity* bureau = Named(entities, "National Audit Bureau");
  ASSERT_NE(bureau, nullptr);
  EXPECT_EQ(bureau->documents.size(), 2u);
  EXPECT_EQ(Named(entities, "NAB"), nullptr);
  EXPECT_EQ(entities.IdForName("the NAB"), bureau->id);
}

TEST(StoryEntities, DescriptionWithAPlaceJoinsThatCountrysAgency) {
  StoryEntities entities =
      StoryBuilder()
          .Document("The Norwegian National Intelligence Service said on Monday that it was "
                    "watching the border.")
          .Document("Oslo's spy agency said the border was calm. Norway will respond, it said.")
          .Merge();
  const ReportEntity* agency = Named(entities, "National Intelligence Service");
  ASSERT_NE(agency, nullptr);
  EXPECT_TRUE(HasAlias(*agency, "Oslo's spy agency"));
  EXPECT_EQ(entities.IdForName("Oslo\xE2\x80\x99s spy agency"), agency->id);
  EXPECT_EQ(entities.IdForName("Norwegian intelligence"), agency->id);
  EXPECT_EQ(entities.IdForName("Norway's intelligence agency"), agency->id);
  EXPECT_EQ(entities.IdForName("Norwegian National Intelligence Service"), agency->id);
  // Another country's spy agency is not this one.
  EXPECT_EQ(entities.IdForName("Stockholm's spy agency"), "");
  EXPECT_EQ(entities.IdForName("Swedish intelligence"), "");
  // With no place, the story's one intelligence body.
  EXPECT_EQ(entities.IdForName("its national intelligence agency"), agency->id);
  EXPECT_EQ(entities.IdForName("the spy agency"), agency->id);
  // A capital as a source stands for its country.
  const ReportEntity* norway = Named(entities, "Norway");
  ASSERT_NE(norway, nullptr);
  EXPECT_EQ(entities.IdForName("Oslo"), norway->id);
}

TEST(StoryEntities, DescribedAgencyParsesPlaceAndKind) {
  const auto seoul = DescribedAgency("Seoul's spy agency");
  ASSERT_TRUE(seoul.has_value());
  EXPECT_EQ(seoul->first, "South Korea");
  EXPECT_EQ(seoul->second, "intelligence");
  const auto demonym = DescribedAgency("French defence ministry");
  ASSERT_TRUE(demonym.has_value());
  EXPECT_EQ(demonym->first, "France");
  EXPECT_EQ(demonym->second, "defence");
  EXPECT_FALSE(DescribedAgency("Seoul's weather").has_value());
  EXPECT_FALSE(DescribedAgency("spy agency").has_value());
  EXPECT_FALSE(DescribedAgency("").has_value());
  EXPECT_FALSE(DescribedAgency("Norwegians spy agency").has_value());
}

TEST(StoryEntities, OrganizationWithoutItsDesignatorIsOne) {
  StoryEntities entities =
      StoryBuilder()
          .Document("According to Hanwa News, the delegation will include senior officials.")
          .Document("Hanwa says the delegation will travel to Brussels. Hanwa reports more talks.")
          .Merge();
  const ReportEntity* agency = Named(entities, "Hanwa News");
  ASSERT_NE(agency, nullptr);
  EXPECT_EQ(Named(entities, "Hanwa"), nullptr);
  EXPECT_EQ(entities.IdForName("Hanwa"), agency->id);
}

TEST(StoryEntities, NameWithItsBracketedShortFormIsTheEntity) {
  StoryEntities entities =
      StoryBuilder()
          .Document("The National Audit Bureau said on Monday that spending rose. The NAB "
                    "published its figures.")
          .Merge();
  const ReportEntity* bureau = Named(entities, "National Audit Bureau");
  ASSERT_NE(bureau, nullptr);
  EXPECT_EQ(entities.IdForName("National Audit Bureau (NAB)"), bureau->id);
  EXPECT_EQ(entities.IdForName("the national auditors (NAB)"), bureau->id);
  // A short form nobody spelled out stays unresolved rather than naming the entity "XYZ".
  EXPECT_EQ(entities.IdForName("the national auditors (XYZ)"), "");
}

TEST(StoryEntities, AJointSourceIsWrittenWithTheStorysNames) {
  StoryEntities entities =
      StoryBuilder()
          .Document("Norway and Chile signed a fishing treaty in Lima. Oslo and Santiago have "
                    "denied any dispute.")
          .Merge();
  EXPECT_EQ(entities.JointName("Oslo and Santiago"), "Norway and Chile");
  EXPECT_EQ(entities.JointName("Both Norway and Chile"), "Norway and Chile");
  // A part that is no entity of the story leaves the name as written.
  EXPECT_EQ(entities.JointName("Oslo and its allies"), "Oslo and its allies");
  EXPECT_EQ(entities.JointName("Oslo"), "Oslo");
}

}  // namespace
}  // namespace crosscheck::reconcile
