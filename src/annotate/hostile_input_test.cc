// Hostile single documents (~100 KB, one long sentence or thousands of mentions) must be
// annotated in linear-ish time. Not a timing assertion: the inputs are large enough that
// the quadratic code this guards against took minutes, far beyond the suite's budget.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/test_support.h"

namespace crosscheck {
namespace {

constexpr int kRepeats = 20000;

std::string Repeated(const std::string& piece, int times) {
  std::string text;
  text.reserve(piece.size() * static_cast<size_t>(times));
  for (int k = 0; k < times; ++k) text += piece;
  return text;
}

TEST(HostileInput, ManyStraightQuotesInOneSentence) {
  const Annotations out =
      testing::RunPipeline({"He said " + Repeated("\"a\" ", kRepeats) + "."}, "2024-10-18");
  EXPECT_EQ(out.quotes.size(), static_cast<size_t>(kRepeats));
}

TEST(HostileInput, ManyCurlyQuotesInsideReportedSpeech) {
  // Partial quotes inside one indirect sentence inherit the indirect speaker; a run-on
  // sentence is cut at kMaxSentenceBytes, so only those in its first piece do.
  const Annotations out =
      testing::RunPipeline({"Eva Lind said the plan was " +
                            Repeated("\xE2\x80\x9Cword\xE2\x80\x9D ", kRepeats) + "in the war."},
                           "2024-10-18");
  ASSERT_GE(out.quotes.size(), static_cast<size_t>(kRepeats));
  EXPECT_EQ(out.quotes.front().speaker_name, "Eva Lind");
}

TEST(HostileInput, ManyTranscriptTurnsAndNames) {
  // Thousands of "Q:"/"A:" turns, each naming another person: turns are matched to people
  // by a lookup, not a scan of every name per turn.
  std::vector<std::string> paragraphs = {"An interview."};
  for (int k = 0; k < kRepeats / 4; ++k) {
    const std::string name = "Ana Berg" + std::string(1, static_cast<char>('a' + k % 26)) +
                             std::to_string(k);
    paragraphs.push_back((k % 2 == 0 ? "Q: Did " : "A: Yes, ") + name +
                         " meet the harbour board on Monday?");
  }
  const Annotations out = testing::RunPipeline(paragraphs, "2024-10-18");
  EXPECT_GE(out.quotes.size(), static_cast<size_t>(kRepeats / 4));
}

TEST(HostileInput, ManyNumbersAndYears) {
  std::string numbers;
  for (int k = 0; k < kRepeats; ++k) numbers += std::to_string(1000 + k % 9000) + " ";
  std::string years;
  for (int k = 0; k < kRepeats / 2; ++k)
    years += "It happened in " + std::to_string(1950 + k % 70) + ". ";
  const Annotations out = testing::RunPipeline({numbers + ".", years}, "2024-10-18");
  EXPECT_GE(out.times.size(), static_cast<size_t>(kRepeats / 2));
  EXPECT_FALSE(out.quantities.empty());
}

TEST(HostileInput, ManyWrittenDates) {
  // Each absolute date is found after the previous one: the date reader reads only the
  // tokens it needs, not the whole rest of the body again (that took minutes at 20,000).
  std::string minutes;
  for (int k = 0; k < kRepeats; ++k)
    minutes += "On " + std::to_string(1 + k % 28) + " October 2024 the board met. ";
  const Annotations out = testing::RunPipeline({minutes}, "2024-10-30");
  EXPECT_GE(out.times.size(), static_cast<size_t>(kRepeats));
}

}  // namespace
}  // namespace crosscheck
