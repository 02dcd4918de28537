#include "core/civil_date.hpp"

#include <gtest/gtest.h>

namespace baocao::core {
namespace {

TEST(CivilDate, HeaderPhrasePadsDaysBelowTenAndOnlyJanuaryAndFebruary) {
  EXPECT_EQ(headerDatePhrase({2025, 5, 7}), "ngày 07 tháng 5 năm 2025");
  EXPECT_EQ(headerDatePhrase({2020, 1, 5}), "ngày 05 tháng 01 năm 2020");
  EXPECT_EQ(headerDatePhrase({2019, 6, 29}), "ngày 29 tháng 6 năm 2019");
  EXPECT_EQ(headerDatePhrase({2024, 2, 10}), "ngày 10 tháng 02 năm 2024");
  EXPECT_EQ(headerDatePhrase({2024, 12, 31}), "ngày 31 tháng 12 năm 2024");
}

TEST(CivilDate, ParsesIsoDates) {
  const auto d = parseIsoDate("2025-05-07");
  ASSERT_TRUE(d);
  EXPECT_EQ(*d, (CivilDate{2025, 5, 7}));
  EXPECT_TRUE(parseIsoDate("2024-02-29"));
}

TEST(CivilDate, RejectsImpossibleOrMalformedDatesWithAReason) {
  for (const char* bad : {"2025-02-29", "2025-13-01", "2025-04-31", "07/05/2025", "2025-5-7", "abcd-ef-gh", ""}) {
    const auto d = parseIsoDate(bad);
    ASSERT_FALSE(d) << bad;
    EXPECT_NE(d.error().message.en().find(bad[0] ? bad : "YYYY"), std::string::npos) << d.error().message.en();
  }
}

}  // namespace
}  // namespace baocao::core

namespace baocao::core {
namespace {
TEST(CivilDate, ShortDateFollowsTheSamePaddingRule) {
  EXPECT_EQ(shortDate({2025, 5, 7}), "07/5/2025");
  EXPECT_EQ(shortDate({2016, 1, 7}), "07/01/2016");
  EXPECT_EQ(shortDate({2016, 5, 15}), "15/5/2016");
  EXPECT_EQ(shortDate({2021, 11, 26}), "26/11/2021");
}

TEST(CivilDate, SpreadsheetDayNumbersAreCivilDates) {
  const CivilDate nullDate{1899, 12, 30};  // LibreOffice's and Excel's default day 0
  EXPECT_EQ(addDays(nullDate, 45784), (CivilDate{2025, 5, 7}));
  EXPECT_EQ(addDays(nullDate, 60), (CivilDate{1900, 2, 28}));
  EXPECT_EQ(addDays(nullDate, -1), (CivilDate{1899, 12, 29}));
  EXPECT_EQ(addDays({2024, 2, 28}, 1), (CivilDate{2024, 2, 29}));  // a leap year
  EXPECT_EQ(addDays({2023, 12, 31}, 1), (CivilDate{2024, 1, 1}));
  EXPECT_EQ(isoDate({2025, 5, 7}), "2025-05-07");
  EXPECT_EQ(parseTypedDate(isoDate(addDays(nullDate, 45784)))->day, 7);  // what the data reader hands on
}

TEST(CivilDate, WrittenDatesAreReadInBothForms) {
  auto read = [](std::string_view s) { return readWrittenDate(s); };
  ASSERT_TRUE(read("30/6/2026 trên địa bàn"));
  EXPECT_EQ(read("30/6/2026 trên địa bàn")->date, (CivilDate{2026, 6, 30}));
  EXPECT_EQ(read("30/6/2026 trên địa bàn")->end, 9u);
  EXPECT_FALSE(read("30/6/2026")->longForm);
  EXPECT_EQ(read("30-6-2026")->date, (CivilDate{2026, 6, 30}));
  EXPECT_EQ(read("30.6.2026.")->date, (CivilDate{2026, 6, 30}));  // a sentence's full stop after the year
  const auto longForm = read("07 tháng 5 năm 2025, ...");
  ASSERT_TRUE(longForm);
  EXPECT_TRUE(longForm->longForm);
  EXPECT_EQ(longForm->date, (CivilDate{2025, 5, 7}));
  EXPECT_EQ(longForm->end, std::string_view("07 tháng 5 năm 2025").size());
  // the day may not exist: read, and isValid says so (date.invalid reports it)
  ASSERT_TRUE(read("31/02/2025"));
  EXPECT_FALSE(isValid(read("31/02/2025")->date));
  // numbers that are no dates
  EXPECT_FALSE(read("30/6/20261"));   // a fifth digit
  EXPECT_FALSE(read("30/6/202"));     // three
  EXPECT_FALSE(read("123/4/2025"));   // a day of three digits
  EXPECT_FALSE(read("30/6-2026"));    // two separators
  EXPECT_FALSE(read("1.500.000"));    // a figure
  EXPECT_FALSE(read("1/2/2025/3"));   // a longer number
  EXPECT_FALSE(read("07 tháng 5 năm 20251"));
  EXPECT_FALSE(read("tháng 5 năm 2025"));
  EXPECT_FALSE(read("5"));
  EXPECT_FALSE(read(""));
}
}  // namespace
}  // namespace baocao::core
