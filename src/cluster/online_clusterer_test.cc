#include "cluster/online_clusterer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace crosscheck {
namespace {

Article MakeArticle(std::string title, std::string body, Date published = {}) {
  Article article;
  article.language = "en";
  article.title = std::move(title);
  article.blocks.push_back({BlockKind::kParagraph, std::move(body), 0, 0});
  article.published = published;
  return article;
}

std::vector<StoryCluster> ClusterAll(const std::vector<Article>& articles, const StoryClusterOptions& options = {}) {
  std::unique_ptr<StoryClusterer> clusterer = NewStoryClusterer(options);
  for (size_t i = 0; i < articles.size(); ++i) clusterer->Add(static_cast<DocIndex>(i), articles[i], {});
  return clusterer->Stories();
}

std::vector<Article> TwoStories() {
  return {
      MakeArticle("Earthquake strikes northern Chile",
                  "A magnitude 7.1 earthquake struck northern Chile on Monday, shaking buildings in "
                  "Iquique and triggering a tsunami warning along the Pacific coast."),
      MakeArticle("Central bank raises interest rates",
                  "The central bank raised its benchmark interest rate by half a point to fight "
                  "inflation, and signalled further increases as consumer prices keep rising."),
      MakeArticle("Strong quake hits Chile, tsunami warning issued",
                  "Buildings shook in Iquique after a powerful earthquake of magnitude 7.1 hit the "
                  "north of Chile; authorities issued a tsunami warning for the coast."),
      MakeArticle("Rates go up again as bank fights inflation",
                  "Consumer prices rising fast pushed the central bank to lift the benchmark "
                  "interest rate by half a point, with more rate increases signalled."),
  };
}

TEST(OnlineClustererTest, SeparatesDifferentStoriesAndJoinsParaphrases) {
  const std::vector<StoryCluster> stories = ClusterAll(TwoStories());
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[0].members, (std::vector<DocIndex>{0, 2}));
  EXPECT_EQ(stories[1].members, (std::vector<DocIndex>{1, 3}));
}

TEST(OnlineClustererTest, EntitiesPullReportsTogether) {
  // Few shared words, the same named participants: entity terms decide.
  std::vector<Article> articles = {
      MakeArticle("", "Talks collapsed late on Friday without any agreement."),
      MakeArticle("", "Negotiators walked out, ending the summit early."),
  };
  Annotations entities;
  entities.entities.push_back({{0, 0}, EntityType::kPerson, "Smith", "Jane Smith"});
  entities.entities.push_back({{0, 0}, EntityType::kPlace, "Geneva", "Geneva"});
  StoryClusterOptions options;
  options.entity_weight = 6;
  std::unique_ptr<StoryClusterer> clusterer = NewStoryClusterer(options);
  clusterer->Add(0, articles[0], entities);
  clusterer->Add(1, articles[1], entities);
  EXPECT_EQ(clusterer->Stories().size(), 1u);
  std::unique_ptr<StoryClusterer> without = NewStoryClusterer(options);
  without->Add(0, articles[0], {});
  without->Add(1, articles[1], {});
  EXPECT_EQ(without->Stories().size(), 2u);
}

TEST(OnlineClustererTest, DeterministicForTheSameInput) {
  std::vector<Article> articles;
  for (int round = 0; round < 5; ++round) {
    for (const Article& article : TwoStories()) articles.push_back(article);
  }
  const std::vector<StoryCluster> first = ClusterAll(articles);
  const std::vector<StoryCluster> second = ClusterAll(articles);
  ASSERT_EQ(first.size(), second.size());
  for (size_t i = 0; i < first.size(); ++i) EXPECT_EQ(first[i].members, second[i].members);
}

TEST(OnlineClustererTest, StoriesOpenedApartMergeWhenBridged) {
  // Two reports of one event with no word in common open two stories; later reports that
  // use both vocabularies grow one centroid towards the other until they merge.
  StoryClusterOptions options;
  options.join_threshold = 0.2;
  options.merge_threshold = 0.3;
  OnlineStoryClusterer clusterer(options);
  clusterer.Add(0, MakeArticle("", "volcano erupts glacier ash plume iceland"), {});
  clusterer.Add(1, MakeArticle("", "airlines cancel flights airports closed passengers stranded"), {});
  ASSERT_EQ(clusterer.Stories().size(), 2u);
  for (DocIndex i = 2; i < 6; ++i) {
    clusterer.Add(i,
                  MakeArticle("", "iceland volcano ash plume closes airports, airlines cancel flights, "
                                  "passengers stranded as glacier volcano erupts"),
                  {});
  }
  EXPECT_GE(clusterer.merges(), 1u);
  const std::vector<StoryCluster> stories = clusterer.Stories();
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_EQ(stories[0].members, (std::vector<DocIndex>{0, 1, 2, 3, 4, 5}));
}

TEST(OnlineClustererTest, YoungStoryTakesOnlyDocumentsThatMatchOnContent) {
  // Three reports of a strike open a story; a fourth document shares two of its words. Its
  // cosine alone is below the join threshold, the size prior would lift it above: a story of
  // three is not established, so the document opens its own story unless the prior applies
  // at any size.
  const std::string strike = "dockworkers strike port harbour cranes idle union wages ships";
  const std::string bridge = "union wages teachers classroom schools pupils exams ministry";
  StoryClusterOptions options;
  options.size_bonus = 1.0;  // at 3 members the prior multiplies the cosine by 2.1
  auto cluster = [&](size_t prior_min_members) {
    options.prior_min_members = prior_min_members;
    OnlineStoryClusterer clusterer(options);
    for (DocIndex i = 0; i < 3; ++i) clusterer.Add(i, MakeArticle("", strike), {});
    clusterer.Add(3, MakeArticle("", bridge), {});
    return clusterer.Stories();
  };
  EXPECT_EQ(cluster(10).size(), 2u);
  EXPECT_EQ(cluster(0).size(), 1u);
}

TEST(OnlineClustererTest, StaleStoriesRetireWithDates) {
  StoryClusterOptions options;
  options.story_window_days = 3;
  OnlineStoryClusterer clusterer(options);
  const std::string body = "flood waters rise river town evacuated residents rescue boats";
  clusterer.Add(0, MakeArticle("", body, Date{2024, 3, 1}), {});
  clusterer.Add(1, MakeArticle("", body, Date{2024, 3, 2}), {});
  clusterer.Add(2, MakeArticle("", body, Date{2024, 5, 20}), {});  // same words, months later
  const std::vector<StoryCluster> stories = clusterer.Stories();
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[0].members, (std::vector<DocIndex>{0, 1}));
  EXPECT_EQ(clusterer.open_stories(), 1u);
}

TEST(OnlineClustererTest, DayNumberCountsFromEpoch) {
  EXPECT_EQ(DayNumber(Date{1970, 1, 1}), 0);
  EXPECT_EQ(DayNumber(Date{2000, 3, 1}), 11017);
  EXPECT_FALSE(DayNumber(Date{2024, 0, 0}).has_value());
}

// Property: state per document stays bounded (<= 1 KiB) and does not grow with the stream
// when dates move on, on a synthetic stream of topics drawn from a random vocabulary.
TEST(OnlineClustererTest, StatePerDocumentStaysBounded) {
  std::mt19937 rng(42);
  std::vector<std::string> vocabulary;
  for (int i = 0; i < 4000; ++i) vocabulary.push_back("w" + std::to_string(i) + "x");
  StoryClusterOptions options;
  OnlineStoryClusterer clusterer(options);
  std::uniform_int_distribution<int> pick_word(0, 29);
  double bytes_per_doc_at_2000 = 0;
  constexpr int kDocsPerDay = 100;
  for (int doc = 0; doc < 6000; ++doc) {
    const int day = doc / kDocsPerDay;
    const int topic = (day * 7 + std::uniform_int_distribution<int>(0, 19)(rng)) % 130;
    std::string body;
    for (int word = 0; word < 40; ++word) body += vocabulary[topic * 30 + pick_word(rng)] + " ";
    clusterer.Add(static_cast<DocIndex>(doc), MakeArticle("", body, Date{2024, 1 + day / 28, 1 + day % 28}), {});
    if (doc + 1 == 2000) bytes_per_doc_at_2000 = static_cast<double>(clusterer.StateBytes()) / 2000;
  }
  const double bytes_per_doc = static_cast<double>(clusterer.StateBytes()) / 6000;
  EXPECT_LE(bytes_per_doc, 1024.0);
  EXPECT_LE(bytes_per_doc, bytes_per_doc_at_2000 * 1.2);
  EXPECT_LE(clusterer.open_stories(), 200u);
}

}  // namespace
}  // namespace crosscheck
