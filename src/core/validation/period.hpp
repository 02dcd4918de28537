// A periodic report's period, read from its trích yếu ("6 tháng đầu năm 2026", "quý III năm 2026",
// "tháng 10 năm 2026", "năm 2026", "giai đoạn 2021 - 2025"), and the window its figures are cut off
// in by default (Decree 09/2019/NĐ-CP Art. 12): a month from the 15th of the month before to the
// 14th; a quarter from the 15th of the month before it to the 14th of its last month; the first
// half-year 15/12 → 14/6; the second 15/6 → 14/12; nine months 15/12 → 14/9; the year 15/12 → 14/12.
#pragma once

#include "core/civil_date.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace baocao::core {

struct ReportPeriod {
  enum class Kind { Month, Quarter, FirstHalf, SecondHalf, NineMonths, Year, Span };
  Kind kind = Kind::Year;
  std::string text;   // as written: "6 tháng đầu năm 2026"
  int year = 0;       // the period's year (a span's last)
  int number = 0;     // the month (1-12) or the quarter (1-4)
  int firstYear = 0;  // a span's first year
  // The default cut-off window; a span ("giai đoạn 2021 - 2025") has none.
  std::optional<CivilDate> from, to;
};

// The first period named in a trích yếu, nullopt when there is none:
//   periodFromTitle("Kết quả công tác 6 tháng đầu năm 2026")->to == CivilDate{2026, 6, 14}
//   periodFromTitle("Tình hình quý III năm 2026")->from == CivilDate{2026, 6, 15}
//   periodFromTitle("Sơ kết ... giai đoạn 2021 - 2025")->kind == Kind::Span (no window)
//   periodFromTitle("Thực hiện Nghị quyết ngày 05 tháng 3 năm 2026") == nullopt (a date, not a period)
[[nodiscard]] std::optional<ReportPeriod> periodFromTitle(std::string_view trichYeu);

// How a period is written in a trích yếu (what the wizard's period page puts in the title); empty
// when the numbers do not make one (month 13, a span that ends before it starts, a year < 1000):
//   periodPhrase(Kind::Quarter, 3, 2026) == "quý III năm 2026"
//   periodPhrase(Kind::FirstHalf, 0, 2026) == "6 tháng đầu năm 2026"
//   periodPhrase(Kind::Span, 0, 2025, 2021) == "giai đoạn 2021 - 2025"
// periodFromTitle reads every phrase back to the same period, with its default window.
[[nodiscard]] std::string periodPhrase(ReportPeriod::Kind kind, int number, int year, int firstYear = 0);

}  // namespace baocao::core
