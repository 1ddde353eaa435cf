// Reads the real WARC sample from the shared data folder (label: slow).
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "base/utf8.h"
#include "ingest/ingest_test_util.h"
#include "ingest/reader.h"

namespace crosscheck {
namespace {

constexpr char kSample[] = CROSSCHECK_SHARED_DIR "/data/news_warc_sample/news_pages.warc.gz";
constexpr size_t kSampleResponses = 802;

TEST(ReaderSlowTest, ReadsEveryResponseOfTheWarcSample) {
  if (!std::filesystem::exists(kSample)) {
    GTEST_SKIP() << "../shared/data/news_warc_sample/news_pages.warc.gz not found";
  }
  testing::CollectingSink sink;
  ASSERT_TRUE(ReadInputs(std::vector<std::string>{kSample}, {}, sink).ok());
  EXPECT_TRUE(sink.errors.empty()) << sink.errors.front().input << " "
                                   << sink.errors.front().status.ToString();
  ASSERT_EQ(sink.documents.size(), kSampleResponses);
  std::set<std::string> ids;
  for (const Document& document : sink.documents) {
    EXPECT_EQ(document.format, DocumentFormat::kHtml);
    EXPECT_TRUE(document.url.starts_with("http")) << document.id;
    EXPECT_TRUE(IsValidUtf8(document.content)) << document.id;
    EXPECT_GT(document.content.size(), 100u) << document.id;
    ids.insert(document.id);
  }
  EXPECT_EQ(ids.size(), kSampleResponses);
}

TEST(ReaderSlowTest, TruncatedSampleKeepsEarlierRecords) {
  if (!std::filesystem::exists(kSample)) {
    GTEST_SKIP() << "../shared/data/news_warc_sample/news_pages.warc.gz not found";
  }
  // The first ~2 MB of the real file, cut inside a gzip member.
  std::ifstream in(kSample, std::ios::binary);
  std::string head(2'000'000, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  testing::CollectingSink sink;
  ReadBuffer("news_pages.warc.gz", head, {}, sink);
  EXPECT_GT(sink.documents.size(), 50u);
  ASSERT_EQ(sink.errors.size(), 1u);
  EXPECT_EQ(sink.errors[0].status.code(), StatusCode::kDataLoss);
}

}  // namespace
}  // namespace crosscheck
