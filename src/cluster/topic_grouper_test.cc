#include "cluster/topic_grouper.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosscheck {
namespace {

Article MakeArticle(const std::string& title, const std::string& body) {
  Article article;
  article.language = "en";
  article.title = title;
  article.blocks.push_back({BlockKind::kParagraph, body, 0, 0});
  return article;
}

// Two earthquake stories (different places and names) and two football stories, plus
// background documents so that the IDF tells topical words from common ones.
TEST(TopicGrouperTest, GroupsStoriesOfTheSameKindAndKeepsOtherKindsApart) {
  TopicGrouper grouper;
  const std::vector<Article> articles = {
      MakeArticle(
          "Earthquake shakes northern province",
          "A magnitude 6.1 earthquake struck the province, "
          "collapsing buildings; rescuers searched the rubble for survivors after the tremor."),
      MakeArticle("Rescuers search rubble after quake",
                  "The earthquake of magnitude 6.1 left survivors "
                  "under collapsed buildings, and aftershocks hampered rescuers in the province."),
      MakeArticle("Strong quake hits coastal city",
                  "A magnitude 7.0 earthquake hit the coastal city; "
                  "rescuers pulled survivors from collapsed buildings as aftershocks continued."),
      MakeArticle(
          "Aftershocks rattle city after earthquake",
          "Aftershocks followed the magnitude 7.0 "
          "earthquake; survivors camped outside collapsed buildings while rescuers searched."),
      MakeArticle(
          "Striker scores twice in league win",
          "The striker scored twice as the club won the "
          "league match, the goalkeeper saved a penalty and the manager praised the defence."),
      MakeArticle("Late goal decides league match",
                  "A late goal from the striker won the league match; "
                  "the manager said the goalkeeper and the defence kept the club in the game."),
  };
  for (size_t i = 0; i < articles.size(); ++i) grouper.Add(static_cast<DocIndex>(i), articles[i]);
  const std::vector<std::string> background = {
      "The government announced a new budget for schools and hospitals on Monday.",
      "Shares rose on the stock market as investors welcomed the central bank decision.",
      "The minister visited a factory and spoke about jobs, wages and the economy.",
      "Parliament debated a bill on pensions, taxes and public spending this week.",
      "A new film opened in cinemas and critics praised the actors and the music.",
      "Farmers warned that the dry summer would cut the harvest and raise food prices.",
  };
  for (size_t i = 0; i < background.size(); ++i) {
    grouper.Add(static_cast<DocIndex>(articles.size() + i), MakeArticle("", background[i]));
  }
  std::vector<StoryCluster> stories = {{{0, 1}}, {{2, 3}}, {{4, 5}}};
  for (size_t i = 0; i < background.size(); ++i)
    stories.push_back({{static_cast<DocIndex>(articles.size() + i)}});
  const std::vector<uint32_t> topic = grouper.Group(stories);
  ASSERT_EQ(topic.size(), stories.size());
  EXPECT_EQ(topic[0], topic[1]);  // two earthquakes: one topic
  EXPECT_NE(topic[0], topic[2]);  // football is another
  for (size_t s = 3; s < stories.size(); ++s) {
    EXPECT_NE(topic[s], topic[0]);
    EXPECT_NE(topic[s], topic[2]);
  }
  // Numbered in order of first story.
  EXPECT_EQ(topic[0], 0u);
  EXPECT_EQ(topic[2], 1u);
}

TEST(TopicGrouperTest, DeterministicAndTolerantOfUnknownMembers) {
  TopicGrouper grouper;
  grouper.Add(0, MakeArticle("Flood", "River flood waters rose and villages were evacuated."));
  grouper.Add(2, MakeArticle("Flood", "Flood waters from the river forced villages to evacuate."));
  const std::vector<StoryCluster> stories = {{{0}}, {{1, 2}}, {{7}}, {{}}};  // 1 and 7 never added
  const std::vector<uint32_t> first = grouper.Group(stories);
  EXPECT_EQ(first, grouper.Group(stories));
  ASSERT_EQ(first.size(), 4u);
  EXPECT_EQ(first[0], first[1]);
  EXPECT_NE(first[2], first[0]);
  EXPECT_NE(first[3], first[2]);
  EXPECT_TRUE(grouper.Group({}).empty());
}

// Many near-identical one-document stories (the shape of 100,000 short notes that differ in a
// number or two): every note shares its topical words with a large share of the others, so an
// all-candidates search is quadratic. Guards the stated costs by counting work, not timing:
// every search stays within its bounds, and once the shared words' postings pass the
// max_term_topics cap (lowered here so that a test-sized input gets there), 4x the stories
// cost at most 5x the work and the edge heap grows with them, not with their square.
TopicGroupWork GroupNotes(size_t n, const TopicOptions& options,
                          std::vector<uint32_t>* topics = nullptr) {
  TopicGrouper grouper(options);
  std::vector<StoryCluster> stories;
  for (size_t k = 0; k < n; ++k) {
    const std::string body = "The council of district " + std::to_string(k) +
                             " met on Monday and approved " + std::to_string(k % 97 + 3) +
                             " new street lamps for the ward" + std::to_string(k % 13 + 1) +
                             " officials said.";
    grouper.Add(static_cast<DocIndex>(k), MakeArticle("Council note", body));
    stories.push_back({{static_cast<DocIndex>(k)}});
  }
  TopicGroupWork work;
  std::vector<uint32_t> result = grouper.Group(stories, &work);
  EXPECT_EQ(result.size(), n);
  if (topics != nullptr) *topics = std::move(result);
  return work;
}

TEST(TopicGrouperTest, NearIdenticalSingletonStoriesCostLinearWork) {
  TopicOptions options;
  options.max_term_topics = 32;
  constexpr size_t kSmall = 2000, kLarge = 4 * kSmall;
  const TopicGroupWork small = GroupNotes(kSmall, options);
  const TopicGroupWork large = GroupNotes(kLarge, options);
  for (const TopicGroupWork* work : {&small, &large}) {
    // Stated bounds: 2p postings per query term and search, k edges per search.
    EXPECT_GT(work->searches, 0u);
    EXPECT_LE(work->postings_read,
              work->searches * options.query_terms * 2 * options.max_term_topics);
    EXPECT_LE(work->edges_pushed, work->searches * options.candidates_per_topic);
  }
  EXPECT_LE(small.searches, 2 * kSmall);
  EXPECT_LE(large.searches, 2 * kLarge);
  const double total_small = double(small.postings_read + small.terms_compared);
  const double total_large = double(large.postings_read + large.terms_compared);
  EXPECT_LE(total_large, 5.0 * total_small) << total_small << " -> " << total_large;
  EXPECT_LE(large.peak_edges, 5 * small.peak_edges + 1);
}

// The candidate bound: below it (fewer live topics than the bound) the grouping is the
// unbounded one; above it each search scores at most that many candidates.
TEST(TopicGrouperTest, CandidateBoundIsExactBelowItAndBoundsEachSearchAboveIt) {
  TopicOptions unbounded;
  unbounded.max_candidates_per_search = SIZE_MAX;
  std::vector<uint32_t> exact, bounded;
  GroupNotes(1000, unbounded, &exact);
  GroupNotes(1000, TopicOptions(), &bounded);  // 1,000 stories < the default 2,048
  EXPECT_EQ(bounded, exact);

  TopicOptions tight;
  tight.max_candidates_per_search = 64;
  const TopicGroupWork loose = GroupNotes(2000, unbounded);
  const TopicGroupWork work = GroupNotes(2000, tight);
  EXPECT_LE(work.candidates_scored, work.searches * tight.max_candidates_per_search);
  EXPECT_LE(work.terms_compared, work.candidates_scored * tight.topic_terms);
  EXPECT_LT(work.terms_compared, loose.terms_compared);
}

TEST(TopicGrouperTest, NearIdenticalNotesOfOneWardMakeOneTopic) {
  // Under the default caps the notes still link through the words they share.
  std::vector<uint32_t> topics;
  const TopicGroupWork work = GroupNotes(1000, TopicOptions(), &topics);
  EXPECT_LE(work.searches, 2u * 1000);
  EXPECT_EQ(topics[0], topics[13]);
  EXPECT_EQ(topics[0], topics[26]);
  EXPECT_NE(topics[0], topics[1]);
}

}  // namespace
}  // namespace crosscheck
