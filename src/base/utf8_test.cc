#include "base/utf8.h"

#include <gtest/gtest.h>

#include <random>

namespace crosscheck {
namespace {

TEST(Utf8Test, ValidatesWellFormedText) {
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("Spółka — “quoted” 北"));
  EXPECT_TRUE(IsValidUtf8("\xF0\x9F\x98\x80"));
}

TEST(Utf8Test, RejectsMalformedSequences) {
  EXPECT_EQ(FindInvalidUtf8("ab\xC3"), 2u);          // truncated
  EXPECT_EQ(FindInvalidUtf8("\xC0\xAF"), 0u);        // overlong
  EXPECT_EQ(FindInvalidUtf8("x\xED\xA0\x80"), 1u);   // surrogate
  EXPECT_EQ(FindInvalidUtf8("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
  EXPECT_EQ(FindInvalidUtf8("caf\xE9"), 3u);         // Latin-1 byte
}

TEST(Utf8Test, SanitizeReplacesEachBadByte) {
  EXPECT_EQ(SanitizeUtf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_TRUE(IsValidUtf8(SanitizeUtf8("\xC3\x28\xE2\x82")));
}

TEST(Utf8Test, CodePointIndexMatchesCounting) {
  const std::string text = "a—b“c”北d";
  CodePointIndex index(text);
  for (size_t byte = 0; byte <= text.size(); ++byte) {
    if (byte < text.size() && (static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80) continue;
    EXPECT_EQ(index.ToCodePoint(byte), CountCodePoints(std::string_view(text).substr(0, byte)));
  }
}

// Property: decode then encode is the identity on valid text, and never loops on random bytes.
TEST(Utf8Test, DecodeEncodeRoundTripOnRandomInput) {
  std::mt19937 rng(42);
  for (int trial = 0; trial < 500; ++trial) {
    std::string bytes(rng() % 40, '\0');
    for (char& c : bytes) c = static_cast<char>(rng() & 0xFF);
    std::string clean = SanitizeUtf8(bytes);
    ASSERT_TRUE(IsValidUtf8(clean));
    std::string rebuilt;
    for (size_t pos = 0; pos < clean.size();) AppendUtf8(DecodeUtf8(clean, pos), rebuilt);
    EXPECT_EQ(rebuilt, clean);
  }
}

}  // namespace
}  // namespace crosscheck
