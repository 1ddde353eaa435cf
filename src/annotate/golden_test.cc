// Golden test: the whole AnnotationPipeline over the example articles in examples/seeds/
// (each non-blank line is one block; no cleaner involved), checking meaning rather than
// exact offsets: who said the key quotes, and which figures were found with what they count.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "annotate/annotator.h"
#include "base/date.h"

namespace crosscheck {
namespace {

Article ReadSeed(const std::string& name, const std::string& published) {
  Article article;
  article.id = name;
  article.published = *ParseIsoDate(published);
  std::ifstream in(std::string(CROSSCHECK_SOURCE_DIR) + "/examples/seeds/" + name);
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Block block;
    block.text = line;
    article.blocks.push_back(block);
  }
  return article;
}

const QuoteMention* FindQuote(const Annotations& a, const std::string& words) {
  for (const QuoteMention& q : a.quotes) {
    if (q.text.find(words) != std::string::npos) return &q;
  }
  return nullptr;
}

const QuantityMention* FindQuantity(const Annotations& a, double value, const std::string& counts) {
  for (const QuantityMention& q : a.quantities) {
    if (q.value == value && q.counts == counts) return &q;
  }
  return nullptr;
}

std::string Dump(const Annotations& a) {
  std::ostringstream out;
  for (const QuoteMention& q : a.quotes) out << "  quote " << QuoteKindName(q.kind) << " [" << q.speaker_name << "] " << q.text.substr(0, 60) << "\n";
  for (const QuantityMention& q : a.quantities) out << "  quantity " << q.value << " " << ApproximationName(q.approximation) << " [" << q.counts << "]\n";
  return out.str();
}

class GoldenSeeds : public ::testing::Test {
 protected:
  Annotations Annotate(const std::string& name, const std::string& published) {
    const Article article = ReadSeed(name, published);
    if (article.blocks.empty()) return {};
    return pipeline_.Run(article);
  }
  AnnotationPipeline pipeline_;
};

TEST_F(GoldenSeeds, RutteCannotConfirm) {
  const Annotations a = Annotate("000_d3509a3e001c5912.txt", "2024-10-18");
  ASSERT_FALSE(a.quotes.empty()) << "seed missing?";
  const QuoteMention* q = FindQuote(a, "At this moment, our official position is that we cannot confirm reports");
  ASSERT_NE(q, nullptr) << Dump(a);
  EXPECT_EQ(q->kind, QuoteKind::kDirect);
  EXPECT_NE(q->speaker_name.find("Rutte"), std::string::npos) << Dump(a);
  // "…," he said → the previous person.
  const QuoteMention* pronoun = FindQuote(a, "But this, of course, might change");
  ASSERT_NE(pronoun, nullptr);
  EXPECT_EQ(pronoun->speaker_text, "he");
  EXPECT_NE(pronoun->speaker_name.find("Rutte"), std::string::npos);
  // "…," said the NATO chief → the person introduced with that role.
  const QuoteMention* role = FindQuote(a, "We will certainly have that conversation");
  ASSERT_NE(role, nullptr);
  EXPECT_NE(role->speaker_name.find("Rutte"), std::string::npos) << role->speaker_text;
  const QuantityMention* forces = FindQuantity(a, 1500, "special forces");
  ASSERT_NE(forces, nullptr) << Dump(a);
  const QuantityMention* soldiers = FindQuantity(a, 12000, "soldiers");
  ASSERT_NE(soldiers, nullptr) << Dump(a);
  EXPECT_EQ(soldiers->approximation, Approximation::kAbout);
  bool friday = false;
  for (const TimeMention& t : a.times) friday = friday || (t.text == "Friday" && t.value == "2024-10-18");
  EXPECT_TRUE(friday);
}

TEST_F(GoldenSeeds, KirbyAndPartialQuotes) {
  const Annotations a = Annotate("002_70ddd5687d639c1d.txt", "2024-10-24");
  const QuoteMention* kirby = FindQuote(a, "We do not yet know whether these soldiers will enter into combat");
  ASSERT_NE(kirby, nullptr) << Dump(a);
  EXPECT_EQ(kirby->speaker_name, "John Kirby");
  // The next paragraphs continue Kirby's quote.
  const QuoteMention* continued = FindQuote(a, "They're fair targets");
  ASSERT_NE(continued, nullptr) << Dump(a);
  EXPECT_EQ(continued->speaker_name, "John Kirby");
  const QuoteMention* escalation = FindQuote(a, "significant escalation");
  ASSERT_NE(escalation, nullptr);
  bool partial_found = false;
  for (const QuoteMention& q : a.quotes) {
    if (q.kind == QuoteKind::kPartial && q.text == "significant escalation") {
      partial_found = true;
      EXPECT_NE(q.speaker_name.find("Rutte"), std::string::npos);
    }
  }
  EXPECT_TRUE(partial_found) << Dump(a);
  const QuantityMention* troops = FindQuantity(a, 3000, "troops");
  ASSERT_NE(troops, nullptr) << Dump(a);
  const QuantityMention* ten = FindQuantity(a, 10000, "troops");
  ASSERT_NE(ten, nullptr) << Dump(a);
  EXPECT_EQ(ten->approximation, Approximation::kAbout);
}

TEST_F(GoldenSeeds, AustinSpeaksAndSurnameResolves) {
  const Annotations a = Annotate("001_d803038f68b2fa60.txt", "2024-10-23");
  const QuoteMention* q = FindQuote(a, "What exactly are they doing there?");
  ASSERT_NE(q, nullptr) << Dump(a);
  EXPECT_EQ(q->speaker_name, "Lloyd Austin");
  EXPECT_NE(q->text.find("We will see."), std::string::npos) << "multi-sentence quote kept whole";
  bool surname = false;
  for (const EntityMention& e : a.entities) surname = surname || (e.text == "Austin" && e.canonical == "Lloyd Austin");
  EXPECT_TRUE(surname);
  EXPECT_NE(FindQuantity(a, 1500, "soldiers"), nullptr) << Dump(a);
}

TEST_F(GoldenSeeds, TenThousandAndThreeThousand) {
  const Annotations a = Annotate("003_e7493912a8d9c3b6.txt", "2024-10-25");
  EXPECT_NE(FindQuantity(a, 3000, "troops"), nullptr) << Dump(a);
  bool ten_thousand = false;
  for (const QuantityMention& q : a.quantities) ten_thousand = ten_thousand || q.value == 10000;
  EXPECT_TRUE(ten_thousand) << Dump(a);
}

TEST_F(GoldenSeeds, ProfessorAndPronoun) {
  const Annotations a = Annotate("004_910d4ebedb938c7b.txt", "2024-10-18");
  const QuoteMention* q = FindQuote(a, "it\xE2\x80\x99s crucial to learn how to handle different weapons");
  ASSERT_NE(q, nullptr) << Dump(a);
  EXPECT_EQ(q->speaker_name, "Lim Eul-chul");
  const QuoteMention* he = FindQuote(a, "This might even be a driving factor");
  ASSERT_NE(he, nullptr);
  EXPECT_EQ(he->speaker_name, "Lim Eul-chul");
  EXPECT_EQ(he->cue_text, "told AFP");
  const QuantityMention* containers = FindQuantity(a, 13000, "containers");
  ASSERT_NE(containers, nullptr) << Dump(a);
  EXPECT_EQ(containers->approximation, Approximation::kMoreThan);
  EXPECT_NE(FindQuantity(a, 10000, "soldiers"), nullptr);
  EXPECT_NE(FindQuantity(a, 6, "military officers"), nullptr);
}

}  // namespace
}  // namespace crosscheck
