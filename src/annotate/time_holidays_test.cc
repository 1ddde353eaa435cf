#include "annotate/time_holidays.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace crosscheck {
namespace {

std::string DayIn(std::string_view name, int year) {
  const std::optional<Date> day = HolidayDate(name, year);
  return day ? day->ToIso() : "none";
}

TEST(Holidays, FixedNthWeekdayAndEasterDays) {
  EXPECT_EQ(DayIn("Christmas", 2024), "2024-12-25");
  EXPECT_EQ(DayIn("New Year\xE2\x80\x99s  Eve", 2024), "2024-12-31");  // ’ and two spaces
  EXPECT_EQ(DayIn("Thanksgiving", 2024), "2024-11-28");
  EXPECT_EQ(DayIn("Labor Day", 2024), "2024-09-02");
  EXPECT_EQ(DayIn("Memorial Day", 2024), "2024-05-27");  // the last Monday of May
  EXPECT_EQ(DayIn("Easter", 2024), "2024-03-31");
  EXPECT_EQ(DayIn("Easter", 1998), "1998-04-12");
  EXPECT_EQ(DayIn("Easter", 2000), "2000-04-23");
  EXPECT_EQ(DayIn("Good Friday", 2025), "2025-04-18");
  EXPECT_EQ(DayIn("Ash Wednesday", 2024), "2024-02-14");
  EXPECT_EQ(DayIn("Groundhog Week", 2024), "none");
}

TEST(Holidays, ValueIsTheDayNearestPublicationOrAheadInAFutureSentence) {
  EXPECT_EQ(HolidayValue("Christmas", Date{2024, 1, 3}, Tense::kUnknown), "2023-12-25");
  EXPECT_EQ(HolidayValue("Christmas", Date{2024, 1, 3}, Tense::kFuture), "2024-12-25");
  EXPECT_EQ(HolidayValue("Christmas", Date{}, Tense::kUnknown), "XXXX-12-25");
  EXPECT_EQ(HolidayValue("Easter", Date{}, Tense::kUnknown), "XXXX-XX-XX");
}

}  // namespace
}  // namespace crosscheck
