#include "reconcile/reconciler.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "annotate/sentences.h"
#include "reconcile/story_parts.h"

namespace crosscheck {
namespace {

// Builds one Article and its Annotations by hand: mentions are placed by finding their text.
class DocBuilder {
 public:
  DocBuilder(const std::string& id, const std::string& published, const std::vector<std::string>& paragraphs) {
    article_.id = id;
    article_.title = "Title of " + id;
    if (!published.empty()) article_.published = *ParseIsoDate(published);
    for (const std::string& p : paragraphs) article_.blocks.push_back(Block{BlockKind::kParagraph, p, 0, 0});
    body_ = article_.Body();
    sentences_ = SplitSentences(body_);
  }

  DocBuilder& Entity(const std::string& text, EntityType type, const std::string& canonical, size_t nth = 0) {
    annotations_.entities.push_back({Find(text, nth), type, text, canonical});
    return *this;
  }
  DocBuilder& Quote(const std::string& text, QuoteKind kind, const std::string& speaker_name, const std::string& cue) {
    QuoteMention q;
    q.kind = kind;
    q.span = Find(text);
    q.text = text;
    q.speaker_name = speaker_name;
    q.speaker_text = speaker_name;
    if (!cue.empty()) {
      q.cue = FindAfter(cue, q.span.begin);
      q.cue_text = cue;
    }
    annotations_.quotes.push_back(q);
    return *this;
  }
  DocBuilder& Quantity(const std::string& text, double value, const std::string& counts,
                       Approximation approximation = Approximation::kExact) {
    QuantityMention q;
    q.span = Find(text);
    q.text = text;
    q.value = value;
    q.counts = counts;
    q.approximation = approximation;
    q.sentence = SentenceOf(q.span.begin);
    annotations_.quantities.push_back(q);
    return *this;
  }
  DocBuilder& Time(const std::string& text, const std::string& value) {
    TimeMention t;
    t.span = Find(text);
    t.text = text;
    t.value = value;
    t.sentence = SentenceOf(t.span.begin);
    annotations_.times.push_back(t);
    return *this;
  }

  Article article_;
  Annotations annotations_;

 private:
  Span Find(const std::string& text, size_t nth = 0) const {
    size_t pos = body_.find(text);
    for (size_t k = 0; k < nth && pos != std::string::npos; ++k) pos = body_.find(text, pos + 1);
    EXPECT_NE(pos, std::string::npos) << text;
    if (pos == std::string::npos) return {};
    return {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + text.size())};
  }
  Span FindAfter(const std::string& text, uint32_t from) const {
    size_t pos = body_.find(text, from);
    if (pos == std::string::npos) pos = body_.find(text);
    if (pos == std::string::npos) return {};
    return {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + text.size())};
  }
  Span SentenceOf(uint32_t pos) const { return sentences_[SentenceIndexAt(sentences_, pos)]; }

  std::string body_;
  std::vector<Span> sentences_;
};

class ReconcileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // d1 and d2 share wire copy (group 0); d3 is independent (group 1).
    DocBuilder d1("d1", "2024-10-18",
                  {"Defence chief Jan Novak said the ministry cannot confirm reports of troops at the border.",
                   "\"We are watching closely and will respond,\" Novak said.",
                   "Officials confirmed that soldiers crossed the border.",
                   "Engineers confirmed the river bridge was destroyed on October 16.",
                   "The ministry said about 3,000 soldiers were massed at the border."});
    d1.Entity("Jan Novak", EntityType::kPerson, "Jan Novak")
        .Entity("Novak", EntityType::kPerson, "Jan Novak", 1)
        .Quote("the ministry cannot confirm reports of troops at the border", QuoteKind::kIndirect, "Jan Novak", "said")
        .Quote("We are watching closely and will respond,", QuoteKind::kDirect, "Jan Novak", "said")
        .Quote("about 3,000 soldiers were massed at the border", QuoteKind::kIndirect, "Jan Novak", "said")
        .Quantity("about 3,000", 3000, "soldiers", Approximation::kAbout)
        .Time("October 16", "2024-10-16");
    DocBuilder d2("d2", "2024-10-19",
                  {"\"We are watching closely and will respond,\" Novak said.",
                   "Officials confirmed that soldiers crossed the border."});
    d2.Entity("Novak", EntityType::kPerson, "Novak")
        .Quote("We are watching closely and will respond,", QuoteKind::kDirect, "Novak", "said");
    DocBuilder d3("d3", "2024-10-20",
                  {"\"We are watching closely,\" said Jan Novak, the defence chief.",
                   "The Kremlin denied that soldiers crossed the border.",
                   "Engineers said the river bridge was confirmed destroyed on October 16.",
                   "Border guards said 5,000 soldiers and 200 tanks were massed at the border.",
                   "Residents called the raid \"a disgrace\" and left.",
                   "\"Nobody told us anything at all,\" one resident complained."});
    d3.Entity("Jan Novak", EntityType::kPerson, "Jan Novak")
        .Entity("Kremlin", EntityType::kOrganization, "Kremlin")
        .Quote("We are watching closely,", QuoteKind::kDirect, "Jan Novak", "said")
        .Quote("5,000 soldiers and 200 tanks were massed at the border", QuoteKind::kIndirect, "Border guards", "said")
        .Quantity("5,000", 5000, "soldiers")
        .Quantity("200", 200, "tanks")
        .Quote("a disgrace", QuoteKind::kPartial, "", "")
        .Quote("Nobody told us anything at all,", QuoteKind::kDirect, "", "")
        .Time("October 16", "2024-10-16");
    d2.Quote("will respond", QuoteKind::kPartial, "Novak", "");
    for (DocBuilder* d : {&d1, &d2, &d3}) {
      articles_.push_back(d->article_);
      annotations_.push_back(d->annotations_);
    }
    syndication_.groups = {{"s1", std::string("AFP"), {0, 1}}, {"s2", std::nullopt, {2}}};
    syndication_.group_of = {0, 0, 1};
    story_ = ReconcileStory({articles_, annotations_, &syndication_}, StoryCluster{{0, 1, 2}}, "story-1");
  }

  const ReportEntity* EntityNamed(const std::string& name) const {
    for (const ReportEntity& e : story_.entities) {
      if (e.name == name) return &e;
    }
    return nullptr;
  }

  std::vector<Article> articles_;
  std::vector<Annotations> annotations_;
  SyndicationResult syndication_;
  ReportStory story_;
};

TEST_F(ReconcileTest, StoryMetadata) {
  EXPECT_EQ(story_.id, "story-1");
  EXPECT_EQ(story_.title, "Title of d1");
  EXPECT_EQ(story_.first_published, "2024-10-18");
  EXPECT_EQ(story_.last_published, "2024-10-20");
  EXPECT_EQ(story_.documents, (std::vector<std::string>{"d1", "d2", "d3"}));
  ASSERT_EQ(story_.independent_sources.size(), 2u);
  EXPECT_EQ(story_.independent_sources[0].group, "s1");
  EXPECT_EQ(story_.independent_sources[0].origin, "AFP");
  EXPECT_EQ(story_.independent_sources[0].documents, (std::vector<std::string>{"d1", "d2"}));
}

TEST_F(ReconcileTest, EntitiesMergeBySurname) {
  const ReportEntity* novak = EntityNamed("Jan Novak");
  ASSERT_NE(novak, nullptr);
  EXPECT_EQ(novak->type, "person");
  EXPECT_EQ(novak->documents, (std::vector<std::string>{"d1", "d2", "d3"}));
  EXPECT_NE(std::find(novak->aliases.begin(), novak->aliases.end(), "Novak"), novak->aliases.end());
  EXPECT_NE(std::find(novak->roles.begin(), novak->roles.end(), "chief"), novak->roles.end());
  EXPECT_EQ(EntityNamed("Novak"), nullptr) << "merged into Jan Novak";
}

TEST_F(ReconcileTest, QuotesMergeAcrossDocuments) {
  const ReportEntity* novak = EntityNamed("Jan Novak");
  ASSERT_NE(novak, nullptr);
  const ReportQuote* watching = nullptr;
  for (const ReportQuote& q : story_.quotes) {
    if (q.text.find("watching closely") != std::string::npos) {
      EXPECT_EQ(watching, nullptr) << "said once";
      watching = &q;
    }
  }
  ASSERT_NE(watching, nullptr);
  EXPECT_EQ(watching->documents, (std::vector<std::string>{"d1", "d2", "d3"}));
  EXPECT_EQ(watching->text, "We are watching closely and will respond,");
  EXPECT_EQ(watching->speaker, novak->id);
  EXPECT_EQ(watching->kind, "direct");
}

TEST_F(ReconcileTest, QuantitiesGroupByCountedNoun) {
  std::vector<std::string> order;
  for (const ReportQuantity& q : story_.quantities) order.push_back(q.counts + ":" + std::to_string(static_cast<int>(q.value)));
  EXPECT_EQ(order, (std::vector<std::string>{"soldiers:3000", "soldiers:5000", "tanks:200"}));
  const ReportEntity* novak = EntityNamed("Jan Novak");
  ASSERT_NE(novak, nullptr);
  EXPECT_EQ(story_.quantities[0].approximation, "about");
  EXPECT_EQ(story_.quantities[0].attributed_to, novak->id);
  EXPECT_EQ(story_.quantities[0].as_of, "2024-10-18");
  EXPECT_EQ(story_.quantities[1].documents, (std::vector<std::string>{"d3"}));
}

TEST_F(ReconcileTest, ClaimsStancesAndStatus) {
  const ReportClaim* cannot = nullptr;
  const ReportClaim* crossed = nullptr;
  const ReportClaim* bridge = nullptr;
  for (const ReportClaim& c : story_.claims) {
    for (const ReportStatement& s : c.statements) {
      if (s.stance == "cannot_confirm") cannot = &c;
      if (s.text.find("crossed the border") != std::string::npos) crossed = &c;
      if (s.text.find("bridge") != std::string::npos) bridge = &c;
    }
  }
  ASSERT_NE(cannot, nullptr);
  const ReportEntity* novak = EntityNamed("Jan Novak");
  ASSERT_NE(novak, nullptr);
  for (const ReportStatement& s : cannot->statements) {
    if (s.stance == "cannot_confirm") {
      EXPECT_EQ(s.holder, novak->id);
    }
  }
  ASSERT_NE(crossed, nullptr);
  // Confirmed by officials (d1, d2) and denied by the Kremlin (d3): contested.
  EXPECT_EQ(crossed->status, "contested");
  ASSERT_NE(bridge, nullptr);
  // Asserted by d1 (group s1) and d3 (group s2): two independent groups.
  EXPECT_EQ(bridge->independent_support, 2);
  EXPECT_EQ(bridge->status, "corroborated");
  // The "soldiers crossed" assertion appears in d1 and d2, one syndication group: support 1.
  int crossed_support = crossed->independent_support;
  EXPECT_EQ(crossed_support, 1);
}

TEST_F(ReconcileTest, StoryShowsInformativeQuotesAttributedFirst) {
  std::vector<std::string> texts;
  for (const ReportQuote& q : story_.quotes) texts.push_back(q.text);
  // "a disgrace": two unattributed words; "will respond": a phrase of a longer quote.
  for (const std::string& text : texts) {
    EXPECT_NE(text, "a disgrace");
    EXPECT_NE(text, "will respond");
  }
  ASSERT_GE(story_.quotes.size(), 2u);
  EXPECT_EQ(story_.quotes.front().text, "We are watching closely and will respond,") << "attributed, most widely carried";
  EXPECT_EQ(story_.quotes.back().text, "Nobody told us anything at all,") << "unattributed quotes come last";
}

TEST_F(ReconcileTest, ClaimsReadAsPhrasesMostWidelyReportedFirst) {
  ASSERT_FALSE(story_.claims.empty());
  // "soldiers crossed the border": d1 and d2 (one group) and d3 (another), three documents.
  const ReportClaim& first = story_.claims.front();
  EXPECT_EQ(first.id.front(), 'c');
  EXPECT_EQ(first.kind, "happening");
  EXPECT_EQ(first.about, "soldiers crossed the border");
  for (const ReportClaim& c : story_.claims) {
    for (const ReportStatement& s : c.statements) {
      if (s.value) {
        EXPECT_EQ(c.about, "number of soldiers massed") << s.text;
      }
    }
  }
}

TEST_F(ReconcileTest, ConflictingFigures) {
  // About 3,000 (d1) and 5,000 (d3) soldiers massed, by different sources two days apart with
  // no word of change: neither fits the other.
  bool conflicting = false;
  for (const ReportClaim& c : story_.claims) conflicting = conflicting || c.status == "conflicting";
  EXPECT_TRUE(conflicting);
}

TEST_F(ReconcileTest, ClaimIdsStayWhenDocumentsArrive) {
  // The same claims from d1 and d2 alone, then with d3: ids do not depend on the run.
  const ReportStory two = ReconcileStory({articles_, annotations_, &syndication_}, StoryCluster{{0, 1}}, "s");
  const ReportClaim* before = nullptr;
  for (const ReportClaim& c : two.claims) {
    if (c.about == "soldiers crossed the border") before = &c;
  }
  ASSERT_NE(before, nullptr);
  bool found = false;
  for (const ReportClaim& c : story_.claims) found = found || (c.id == before->id && c.about == before->about);
  EXPECT_TRUE(found) << before->id;
  std::set<std::string> ids;
  for (const ReportClaim& c : story_.claims) EXPECT_TRUE(ids.insert(c.id).second) << "unique: " << c.id;
}

// Three outlets (three syndication groups) on one counted matter that moves over time.
ReportStory FigureSequenceStory() {
  DocBuilder a("a", "2024-10-18", {"About 1,500 soldiers are already in the border region, the agency said."});
  a.Entity("agency", EntityType::kOrganization, "agency")
      .Quote("About 1,500 soldiers are already in the border region", QuoteKind::kIndirect, "the agency", "said")
      .Quantity("About 1,500", 1500, "soldiers", Approximation::kAbout);
  DocBuilder b("b", "2024-10-24", {"Officials said 3,000 troops have been deployed to the border region."});
  b.Quote("3,000 troops have been deployed to the border region", QuoteKind::kIndirect, "Officials", "said")
      .Quantity("3,000", 3000, "troops");
  DocBuilder c("c", "2024-10-24", {"The ministry said 3,000 troops were deployed to the border region."});
  c.Quote("3,000 troops were deployed to the border region", QuoteKind::kIndirect, "The ministry", "said")
      .Quantity("3,000", 3000, "troops");
  static std::vector<Article> articles;
  static std::vector<Annotations> annotations;
  articles = {a.article_, b.article_, c.article_};
  annotations = {a.annotations_, b.annotations_, c.annotations_};
  return ReconcileStory({articles, annotations, nullptr}, StoryCluster{{0, 1, 2}}, "s");
}

TEST(ReconcileFigures, OneCountedMatterMovesOverTimeWithoutConflict) {
  const ReportStory story = FigureSequenceStory();
  const ReportClaim* figures = nullptr;
  for (const ReportClaim& c : story.claims) {
    if (c.kind == "figure") {
      EXPECT_EQ(figures, nullptr) << "soldiers and troops are one counted matter: " << c.about;
      figures = &c;
    }
  }
  ASSERT_NE(figures, nullptr);
  ASSERT_EQ(figures->statements.size(), 3u);
  // In time order: 1,500 (18 Oct, "already"), then 3,000 twice (24 Oct), each its own origin.
  EXPECT_EQ(*figures->statements[0].value, 1500);
  EXPECT_EQ(*figures->statements[1].value, 3000);
  EXPECT_NE(figures->statements[1].origin, figures->statements[2].origin);
  EXPECT_EQ(figures->status, "corroborated");
  EXPECT_EQ(figures->independent_support, 2) << "3,000 from two origins; 1,500 from one";
}

TEST(ReconcileTimeline, RangesYearlessDatesAndFirstReports) {
  DocBuilder a("a", "2024-10-18", {"The agency said ships moved troops from 8 October to 13 October along the coast."});
  a.Time("8 October", "2024-10-08").Time("13 October", "2024-10-13");
  a.article_.outlet = "Example Post";
  // An undated document: its "28 October" takes the story's year.
  DocBuilder b("b", "", {"Officials will brief the alliance on 28 October about the troop movements."});
  b.Time("28 October", "XXXX-10-28");
  const std::vector<Article> articles = {a.article_, b.article_};
  const std::vector<Annotations> annotations = {a.annotations_, b.annotations_};
  const ReportStory story = ReconcileStory({articles, annotations, nullptr}, StoryCluster{{0, 1}}, "s");
  std::vector<std::string> entries;
  for (const ReportTimelineEntry& e : story.timeline)
    entries.push_back(e.date + "|" + e.end + "|" + e.kind + "|" + e.text.substr(0, 20));
  EXPECT_EQ(entries, (std::vector<std::string>{"2024-10-08|2024-10-13|happening|The agency said ship",
                                               "2024-10-18||publication|Example Post: Title ",
                                               "2024-10-28||happening|Officials will brief"}));
}

TEST(ReconcileStance, RefusedRequestIsNotADenial) {
  EXPECT_FALSE(reconcile::FindStanceCue("Their request to buy the jets was denied by Congress."));
  EXPECT_FALSE(reconcile::FindStanceCue("The court denied him bail on Monday."));
  ASSERT_TRUE(reconcile::FindStanceCue("The ministry denied that troops had crossed the border."));
  EXPECT_EQ(reconcile::FindStanceCue("The ministry denied that troops had crossed.")->stance, "denies");
  EXPECT_EQ(reconcile::FindStanceCue("There is evidence that the troops are there.")->stance, "asserts");
  EXPECT_EQ(reconcile::FindStanceCue("The ministry called the reports fake news.")->stance, "denies");
}

// A verb of denial calls a claim untrue only as the verb of its clause with a claim, a clause
// or an event for object: not as an adjective, not withholding ("denies the port coveted
// export opportunities", "denied Jo Ray a free shot"), not a decision on a proposal or a
// request, not "denied to comment"; "dismissed" only with a claim for object; a passive only
// with a claim for subject, and not under a modal.
TEST(ReconcileStance, DenialsCallAClaimUntrue) {
  const auto stance = [](std::string_view sentence) {
    const std::optional<reconcile::StanceCue> cue = reconcile::FindStanceCue(sentence);
    return cue ? cue->stance : std::string("none");
  };
  EXPECT_EQ(stance("Both ports have denied weapons transfers."), "denies");
  EXPECT_EQ(stance("The agency has previously dismissed the port's claims as fake news."),
            "denies");
  EXPECT_EQ(stance("The mayor denied he had been given the right to build the pier."), "denies");
  EXPECT_EQ(stance("The accusations were rejected by the harbour board."), "denies");
  EXPECT_EQ(stance("The insurgency is centred on dismissed military men."), "none");
  EXPECT_EQ(stance("The law, which therefore denies the port coveted export opportunities, "
                   "passed."),
            "none");
  EXPECT_EQ(stance("A late tackle by Jo Ray denied Tom Berg a free shot at goal."), "none");
  EXPECT_EQ(stance("A judge rejected the mayor's attempt to delay the hearing."), "none");
  EXPECT_EQ(stance("The council also rejected the bill."), "none");
  EXPECT_EQ(stance("The mayor denied to comment on the meeting."), "none");
  EXPECT_EQ(stance("The club dismissed the coach on Monday."), "none");
  EXPECT_EQ(stance("The same paper dismissed the mayor as too lightweight."), "none");
  EXPECT_EQ(stance("The mayor was rejected by more than 70 per cent of voters."), "none");
  EXPECT_EQ(stance("From anyone else, this could be dismissed as hype."), "none");
}

TEST(ReconcileFigures, UnrelatedFiguresOfTheSameNounDoNotConflict) {
  // Both count "people", in different contexts: two claims, neither conflicting.
  DocBuilder a("a", "2024-10-18", {"Mr Holt said nearly 160,000 people were settling in the country every year."});
  a.Entity("Holt", EntityType::kPerson, "Holt").Quote("nearly 160,000 people were settling in the country every year",
                                                       QuoteKind::kIndirect, "Holt", "said");
  a.Quantity("nearly 160,000", 160000, "people", Approximation::kAtMost);
  DocBuilder b("b", "2024-10-18", {"The average constituency has 70,000 voting people, Ms Reyes said."});
  b.Entity("Reyes", EntityType::kPerson, "Reyes").Quote("The average constituency has 70,000 voting people",
                                                         QuoteKind::kIndirect, "Reyes", "said");
  b.Quantity("70,000", 70000, "voting people");
  const std::vector<Article> articles = {a.article_, b.article_};
  const std::vector<Annotations> annotations = {a.annotations_, b.annotations_};
  const ReportStory story = ReconcileStory({articles, annotations, nullptr}, StoryCluster{{0, 1}}, "s");
  ASSERT_EQ(story.claims.size(), 2u);
  for (const ReportClaim& c : story.claims) EXPECT_NE(c.status, "conflicting") << c.about;
}

TEST(ReconcileFigures, FiguresOfDifferentClausesDoNotConflict) {
  // The same counted theme (soldiers ~ troops) and the same happening in both sentences, but
  // one figure counts the dead of an ambush and the other the size of a force: their own
  // clauses share nothing, so they do not conflict.
  DocBuilder a("a", "2024-10-18",
               {"A bomb attack killed a soldier on Sunday, while an ambush left eight border "
                "soldiers dead, officials said."});
  a.Quote(
      "A bomb attack killed a soldier on Sunday, while an ambush left eight border soldiers dead",
      QuoteKind::kIndirect, "officials", "said");
  a.Quantity("eight", 8, "border soldiers");
  DocBuilder b("b", "2024-10-20",
               {"The mission, which has 40,000 troops in the region, said guards shot dead one "
                "of the attackers."});
  b.Entity("mission", EntityType::kOrganization, "mission")
      .Quote("guards shot dead one of the attackers", QuoteKind::kIndirect, "The mission", "said");
  b.Quantity("40,000", 40000, "troops");
  const std::vector<Article> articles = {a.article_, b.article_};
  const std::vector<Annotations> annotations = {a.annotations_, b.annotations_};
  const ReportStory story =
      ReconcileStory({articles, annotations, nullptr}, StoryCluster{{0, 1}}, "s");
  for (const ReportClaim& c : story.claims) EXPECT_NE(c.status, "conflicting") << c.about;
}

TEST(ReconcileFigures, FigureDatesSayWhenReportedAndWhenExpected) {
  // 2024-10-23 is a Wednesday; "last week" is ISO week 42 (14-20 October).
  DocBuilder a("a", "2024-10-23",
               {"The ministry said about 10,000 troops would be sent, to be completed by December.",
                "Last week, the agency reported 3,000 drones.",
                "Some 400 villages have been shelled since August.",
                "Crews will have cleared 90 kilometres of road in November."});
  a.Quantity("about 10,000", 10000, "troops", Approximation::kAbout)
      .Time("December", "2024-12")
      .Quantity("3,000", 3000, "drones")
      .Time("Last week", "2024-W42")
      .Quantity("400", 400, "villages", Approximation::kAbout)
      .Time("August", "2024-08")
      .Quantity("90", 90, "kilometres of road")
      .Time("November", "2024-11");
  const std::vector<Article> articles = {a.article_};
  const std::vector<Annotations> annotations = {a.annotations_};
  const ReportStory story = ReconcileStory({articles, annotations, nullptr}, StoryCluster{{0}}, "s");
  std::vector<std::string> rows;
  for (const ReportQuantity& q : story.quantities) rows.push_back(q.counts + " as of " + q.as_of + " by " + q.expected_by);
  std::sort(rows.begin(), rows.end());
  EXPECT_EQ(rows, (std::vector<std::string>{"drones as of 2024-W42 by ",
                                            "kilometres of road as of 2024-10-23 by 2024-11",
                                            "troops as of 2024-10-23 by 2024-12",
                                            "villages as of 2024-10-23 by "}));
}

TEST(ReconcileFigures, AVagueOrderOfMagnitudeIsNoFigureStatement) {
  DocBuilder a("a", "2024-10-18", {"The agency said thousands of soldiers were sent to the border region."});
  a.Entity("agency", EntityType::kOrganization, "agency")
      .Quote("thousands of soldiers were sent to the border region", QuoteKind::kIndirect, "The agency", "said")
      .Quantity("thousands", 1000, "soldiers", Approximation::kRange);
  a.annotations_.quantities[0].upper = 10000;
  const std::vector<Article> articles = {a.article_};
  const std::vector<Annotations> annotations = {a.annotations_};
  const ReportStory story = ReconcileStory({articles, annotations, nullptr}, StoryCluster{{0}}, "s");
  for (const ReportClaim& c : story.claims) {
    EXPECT_NE(c.kind, "figure") << c.about;
    for (const ReportStatement& st : c.statements) EXPECT_FALSE(st.value.has_value());
  }
  ASSERT_EQ(story.quantities.size(), 1u) << "still listed among the story's figures, as a range";
  EXPECT_EQ(story.quantities[0].upper, 10000);
}

TEST(ReconcileFigures, ElapsedTimesAndAgesAreNotFigures) {
  DocBuilder a("a", "2024-10-23",
               {"The war has lasted more than two years, the minister said.",
                "A 45-year-old man and 12 soldiers were hurt, and $5 million was pledged."});
  a.Quantity("more than two years", 2, "", Approximation::kMoreThan)
      .Quantity("45-year-old", 45, "")
      .Quantity("12", 12, "soldiers")
      .Quantity("$5 million", 5e6, "");
  a.annotations_.quantities[0].unit = "year";
  a.annotations_.quantities[1].unit = "age";
  a.annotations_.quantities[3].unit = "USD";
  const std::vector<Article> articles = {a.article_};
  const std::vector<Annotations> annotations = {a.annotations_};
  const ReportStory story = ReconcileStory({articles, annotations, nullptr}, StoryCluster{{0}}, "s");
  std::vector<std::string> figures;
  for (const ReportQuantity& q : story.quantities) figures.push_back(q.counts + "|" + q.unit);
  std::sort(figures.begin(), figures.end());
  EXPECT_EQ(figures, (std::vector<std::string>{"soldiers|", "|USD"}));
}

TEST_F(ReconcileTest, TimelineDeduplicatesAcrossDocuments) {
  ASSERT_FALSE(story_.timeline.empty());
  EXPECT_EQ(story_.timeline.front().date, "2024-10-16");
  size_t bridge_entries = 0;
  for (const ReportTimelineEntry& e : story_.timeline) {
    if (e.text.find("bridge") == std::string::npos) continue;
    ++bridge_entries;
    EXPECT_EQ(e.documents, (std::vector<std::string>{"d1", "d3"}));
  }
  EXPECT_EQ(bridge_entries, 1u) << "the same happening, told twice, is one entry";
}

}  // namespace
}  // namespace crosscheck
