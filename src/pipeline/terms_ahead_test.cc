#include "pipeline/terms_ahead.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace crosscheck {
namespace {

// Documents with varied words, so that the terms of each are distinct.
DocumentShelf MakeShelf(int count) {
  std::vector<Article> articles;
  std::vector<Annotations> annotations;
  const char* words[] = {"troops", "border", "minister", "election", "market",  "storm",
                         "court",  "league", "prices",   "talks",    "vaccine", "strike"};
  for (int i = 0; i < count; ++i) {
    Article article;
    article.id = "doc-" + std::to_string(i);
    article.title = std::string("Report on ") + words[i % 12] + " and " + words[(i / 12) % 12];
    article.published = Date{2024, 1 + i % 12, 1 + i % 28};
    Block block;
    block.text = std::string("The ") + words[(i * 7) % 12] + " story " + std::to_string(i) +
                 " went on with " + words[(i * 5) % 12] + " and more " + words[i % 12] + ".";
    article.blocks = {block};
    Annotations a;
    EntityMention entity;
    entity.canonical = "Person " + std::to_string(i % 17);
    a.entities.push_back(entity);
    articles.push_back(std::move(article));
    annotations.push_back(std::move(a));
  }
  return DocumentShelf(std::move(articles), std::move(annotations));
}

std::string Describe(const DocumentTerms& terms) {
  std::string out;
  for (const DocumentTerms::Stem& stem : terms.stems) {
    out +=
        stem.text + ":" + std::to_string(stem.in_title) + "/" + std::to_string(stem.in_body) + " ";
  }
  for (const std::string& entity : terms.entities) out += "[" + entity + "] ";
  out += terms.day ? std::to_string(*terms.day) : "-";
  return out;
}

// Whatever the number of readers, the terms come in the order asked, each the document's own,
// across many batches and with an order that jumps around the shelf.
TEST(TermsAheadTest, SameTermsInOrderForAnyNumberOfReaders) {
  const int count = 333;  // several batches and a partial last one
  DocumentShelf shelf = MakeShelf(count);
  std::vector<DocIndex> order;
  for (int i = 0; i < count; ++i) order.push_back(static_cast<DocIndex>((i * 101) % count));
  std::vector<std::string> expected;
  DocumentTermReader reader;
  for (DocIndex index : order) {
    DocumentTerms terms;
    const DocumentShelf::Entry entry = shelf.Get(index);
    reader.Read(*entry.article, entry.annotations, terms);
    expected.push_back(Describe(terms));
  }
  for (unsigned readers : {0u, 1u, 3u, 8u}) {
    TermsAhead ahead(order, shelf, readers);
    for (int i = 0; i < count; ++i) {
      const DocumentTerms* terms = ahead.Next();
      ASSERT_NE(terms, nullptr) << readers << " readers, position " << i;
      EXPECT_EQ(Describe(*terms), expected[static_cast<size_t>(i)]) << readers << " readers";
    }
    EXPECT_EQ(ahead.Next(), nullptr);
  }
}

// Stopping early (a caller that returns on an error) joins the readers without hanging.
TEST(TermsAheadTest, StopsCleanlyBeforeTheEnd) {
  DocumentShelf shelf = MakeShelf(500);
  std::vector<DocIndex> order;
  for (int i = 0; i < 500; ++i) order.push_back(static_cast<DocIndex>(i));
  for (int taken : {0, 1, 64, 65, 200}) {
    TermsAhead ahead(order, shelf, 2);
    for (int i = 0; i < taken; ++i) ASSERT_NE(ahead.Next(), nullptr);
  }
}

TEST(TermsAheadTest, EmptyOrder) {
  DocumentShelf shelf = MakeShelf(3);
  TermsAhead ahead({}, shelf, 2);
  EXPECT_EQ(ahead.Next(), nullptr);
}

}  // namespace
}  // namespace crosscheck
