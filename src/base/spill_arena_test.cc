#include "base/spill_arena.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <numeric>
#include <string>
#include <vector>

namespace crosscheck {
namespace {

// Appends 0, 1, 2, ... as uint32 records of varying length; reads each back.
void CheckRoundTrip(size_t memory_bytes, bool expect_spilled) {
  SpillArena arena(memory_bytes);
  std::vector<std::pair<uint64_t, std::vector<uint32_t>>> records;
  uint32_t next = 0;
  for (size_t record = 0; record < 300; ++record) {
    std::vector<uint32_t> values(record % 17);
    std::iota(values.begin(), values.end(), next);
    next += static_cast<uint32_t>(values.size());
    records.emplace_back(arena.Append(values.data(), values.size() * sizeof(uint32_t)), values);
  }
  EXPECT_EQ(arena.size(), uint64_t{next} * sizeof(uint32_t));
  EXPECT_EQ(arena.spilled(), expect_spilled);
  for (const auto& [offset, values] : records) {
    std::vector<uint32_t> back(values.size());
    ASSERT_TRUE(arena.Read(offset, back.data(), back.size() * sizeof(uint32_t)));
    EXPECT_EQ(back, values);
  }
  // One read across the whole arena: file part and memory tail together.
  std::vector<uint32_t> all(next), expected(next);
  std::iota(expected.begin(), expected.end(), 0u);
  ASSERT_TRUE(arena.Read(0, all.data(), all.size() * sizeof(uint32_t)));
  EXPECT_EQ(all, expected);
}

TEST(SpillArena, SmallContentStaysInMemory) { CheckRoundTrip(SpillArena::kDefaultMemoryBytes, false); }

TEST(SpillArena, ContentPastTheBudgetGoesToTheFileAndReadsBack) { CheckRoundTrip(100, true); }

TEST(SpillArena, ReadPastTheEndFails) {
  SpillArena arena(8);
  const std::string text = "0123456789abcdef";
  arena.Append(text.data(), text.size());
  char out[4];
  EXPECT_TRUE(arena.Read(12, out, 4));
  EXPECT_EQ(std::string(out, 4), "cdef");
  EXPECT_FALSE(arena.Read(13, out, 4));
  EXPECT_FALSE(arena.Read(100, out, 1));
}

// A folder that cannot hold the file: the content stays in memory and readable, and error()
// names the folder for callers that must fail rather than grow.
TEST(SpillArena, AnUnusableFolderKeepsEverythingInMemoryAndSaysWhy) {
  SpillArena arena(8, "/nonexistent/spill/folder");
  EXPECT_EQ(arena.folder(), "/nonexistent/spill/folder");
  EXPECT_TRUE(arena.error().ok());
  const std::string text = "0123456789abcdef0123456789";
  arena.Append(text.data(), text.size());
  EXPECT_FALSE(arena.spilled());
  EXPECT_FALSE(arena.error().ok());
  EXPECT_NE(arena.error().message().find("/nonexistent/spill/folder"), std::string::npos);
  EXPECT_FALSE(arena.Open().ok());
  std::string out(text.size(), '\0');
  EXPECT_TRUE(arena.Read(0, out.data(), out.size()));
  EXPECT_EQ(out, text);
}

TEST(SpillArena, OpenMakesTheFileInTheGivenFolder) {
  SpillArena arena(8, ::testing::TempDir());
  EXPECT_TRUE(arena.Open().ok());
  EXPECT_FALSE(arena.spilled());  // made, nothing written yet
  const std::string text = "0123456789abcdef";
  arena.Append(text.data(), text.size());
  EXPECT_TRUE(arena.spilled());
  EXPECT_TRUE(arena.error().ok());
}

}  // namespace
}  // namespace crosscheck
