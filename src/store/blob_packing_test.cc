// Packing: what is packed unpacks to the same bytes; small or incompressible blobs stay as
// they are and read back as they are; damage and lies about the size are errors, never a crash
// or a huge allocation.
#include "store/blob_packing.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace crosscheck {
namespace {

std::string Repetitive(size_t size) {
  std::string text;
  while (text.size() < size) text += "North Korean troops were seen in Russia's Far East. ";
  text.resize(size);
  return text;
}

TEST(BlobPackingTest, RoundTrips) {
  for (size_t size : {0, 1, 63, 64, 65, 1000, 100000}) {
    const std::string blob = "\x01" + Repetitive(size);
    const std::string packed = PackBlob(blob);
    std::string storage;
    StatusOr<std::string_view> back = UnpackBlob(packed, storage);
    ASSERT_TRUE(back.ok()) << size << ": " << back.status().ToString();
    EXPECT_EQ(*back, blob) << size;
    if (size >= 1000) {
      EXPECT_LT(packed.size(), blob.size() / 4) << size;
    }
  }
}

TEST(BlobPackingTest, IncompressibleBlobsStayAsTheyAre) {
  std::mt19937 random(3);
  std::string blob(5000, '\0');
  for (char& c : blob) c = static_cast<char>(random());
  blob[0] = '\x01';
  EXPECT_EQ(PackBlob(blob), blob);
  std::string storage;
  StatusOr<std::string_view> back = UnpackBlob(blob, storage);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->data(), blob.data());  // no copy
}

TEST(BlobPackingTest, DamageIsAnError) {
  const std::string packed = PackBlob("\x01" + Repetitive(4000));
  ASSERT_EQ(packed[0], '\0');
  std::string storage;
  for (size_t size = 1; size < packed.size(); ++size) {
    EXPECT_FALSE(UnpackBlob(packed.substr(0, size), storage).ok()) << size;
  }
  EXPECT_FALSE(UnpackBlob(packed + "x", storage).ok());
  for (size_t at = 3; at < packed.size(); at += 7) {
    std::string damaged = packed;
    damaged[at] = static_cast<char>(damaged[at] ^ 0x55);
    StatusOr<std::string_view> back = UnpackBlob(damaged, storage);
    // zlib's adler32 catches what the stream's structure does not.
    EXPECT_FALSE(back.ok()) << at;
  }
}

TEST(BlobPackingTest, ALyingSizeIsRefusedBeforeAllocating) {
  // Marker, a declared size of 2^40, three bytes of "stream".
  const std::string huge = std::string("\0\x80\x80\x80\x80\x80\x80\x40zzz", 11);
  std::string storage;
  StatusOr<std::string_view> back = UnpackBlob(huge, storage);
  ASSERT_FALSE(back.ok());
  EXPECT_NE(back.status().message().find("declared size"), std::string::npos);
  EXPECT_TRUE(storage.empty());
  EXPECT_FALSE(UnpackBlob(std::string("\0", 1), storage).ok());
}

}  // namespace
}  // namespace crosscheck
