#include "base/record_index.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace crosscheck {
namespace {

// The slow obvious version: a full offset per record.
TEST(RecordIndex, StartsMatchPlainOffsets) {
  RecordIndex<uint8_t> index;
  std::vector<uint64_t> offsets = {0};
  for (uint32_t record = 0; record < 1000; ++record) {
    const uint8_t length = static_cast<uint8_t>((record * 37) % 201);
    index.Push(length);
    offsets.push_back(offsets.back() + length);
  }
  ASSERT_EQ(index.size(), 1000u);
  EXPECT_EQ(index.end(), offsets.back());
  for (size_t record = 0; record < index.size(); ++record) {
    EXPECT_EQ(index.start(record), offsets[record]) << record;
    EXPECT_EQ(index.length(record), offsets[record + 1] - offsets[record]) << record;
  }
  EXPECT_LT(index.MemoryBytes(), 1000u * 2);
}

}  // namespace
}  // namespace crosscheck
