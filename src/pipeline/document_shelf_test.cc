#include "pipeline/document_shelf.h"

#include <gtest/gtest.h>

#include <filesystem>

#include <string>

namespace crosscheck {
namespace {

Article MakeArticle(int i) {
  Article article;
  article.id = "doc-" + std::to_string(i);
  article.outlet = "Outlet " + std::to_string(i % 3);
  article.credits = {"AFP"};
  article.published = Date{2024, 10, 1 + i % 28};
  Block block;
  block.text = "Paragraph " + std::to_string(i) + " says something about the story.";
  article.blocks = {block, block};
  return article;
}

Annotations MakeAnnotations(int i) {
  Annotations annotations;
  annotations.sentences = {{0, 10}};
  EntityMention entity;
  entity.text = "Paragraph";
  entity.span = {0, 9};
  entity.canonical = "entity " + std::to_string(i);
  annotations.entities.push_back(entity);
  return annotations;
}

void Fill(DocumentShelf& shelf, int count) {
  for (int i = 0; i < count; ++i) {
    ASSERT_TRUE(shelf.Add(MakeArticle(i), MakeAnnotations(i), 1000).ok());
  }
}

void ExpectShelved(DocumentShelf& shelf, int count) {
  ASSERT_EQ(shelf.size(), static_cast<size_t>(count));
  for (int i = count - 1; i >= 0; --i) {  // out of order: reads are by index
    const DocIndex index = static_cast<DocIndex>(i);
    EXPECT_EQ(shelf.cards()[index].id, "doc-" + std::to_string(i));
    EXPECT_EQ(shelf.cards()[index].credits, std::vector<std::string>{"AFP"});
    const DocumentShelf::Entry entry = shelf.Get(index);
    ASSERT_NE(entry.article, nullptr);
    EXPECT_EQ(entry.article->Body(), MakeArticle(i).Body());
    ASSERT_EQ(entry.annotations->entities.size(), 1u);
    EXPECT_EQ(entry.annotations->entities[0].canonical, "entity " + std::to_string(i));
    const ArticleHandle article = shelf.Lookup()(index);
    ASSERT_NE(article, nullptr);
    EXPECT_EQ(article->id, "doc-" + std::to_string(i));
  }
  EXPECT_EQ(shelf.Lookup()(static_cast<DocIndex>(count)), nullptr);
  for (int i = 0; i < count; ++i) {
    Article article;
    Annotations annotations;
    ASSERT_TRUE(shelf.Take(static_cast<DocIndex>(i), &article, &annotations));
    EXPECT_EQ(article.outlet, MakeArticle(i).outlet);
    EXPECT_EQ(annotations.entities.size(), 1u);
  }
  EXPECT_TRUE(shelf.error().ok());
}

TEST(DocumentShelfTest, KeepsDocumentsInMemoryUnderItsAllowance) {
  DocumentShelf shelf;
  Fill(shelf, 50);
  EXPECT_FALSE(shelf.spilled());
  ExpectShelved(shelf, 50);
}

TEST(DocumentShelfTest, SpillsFromTheFirstDocument) {
  DocumentShelf shelf({.spill_after_bytes = 0, .spill_dir = ::testing::TempDir()});
  Fill(shelf, 50);
  EXPECT_TRUE(shelf.spilled());
  EXPECT_GT(shelf.spilled_bytes(), 0u);
  ExpectShelved(shelf, 50);
}

TEST(DocumentShelfTest, SpillsWhatWasKeptOnceTheAllowanceIsPassed) {
  DocumentShelf shelf({.spill_after_bytes = 10'000, .spill_dir = ::testing::TempDir()});
  Fill(shelf, 3000);  // past the allowance at the 11th, and past the 1 MiB write buffer
  EXPECT_TRUE(shelf.spilled());
  ExpectShelved(shelf, 3000);
}

TEST(DocumentShelfTest, ASpillFolderThatCannotBeUsedIsAnErrorNamingIt) {
  DocumentShelf shelf({.spill_after_bytes = 0, .spill_dir = "/nonexistent/spill/folder"});
  const Status status = shelf.Add(MakeArticle(0), MakeAnnotations(0), 1000);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("/nonexistent/spill/folder"), std::string::npos);
  EXPECT_EQ(shelf.size(), 0u);
}

TEST(DocumentShelfTest, LeavesNoFileBehind) {
  const std::string folder = ::testing::TempDir() + "/shelf-leftovers";
  std::filesystem::create_directories(folder);
  {
    DocumentShelf shelf({.spill_after_bytes = 0, .spill_dir = folder});
    Fill(shelf, 5);
    EXPECT_TRUE(std::filesystem::is_empty(folder));  // unlinked while open
  }
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace crosscheck
