// Calendar dates and the way Decree 30 writes them in the header (ô 4): "ngày 07 tháng 5 năm 2025".
#pragma once

#include "core/error.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace baocao::core {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

[[nodiscard]] bool isValid(const CivilDate& d);

// Today in the local time zone.
[[nodiscard]] CivilDate today();

// Parses "YYYY-MM-DD" (ISO 8601, as in answer files and CLI flags); the error says what is wrong.
[[nodiscard]] Result<CivilDate> parseIsoDate(std::string_view iso);

// "ngày 07 tháng 5 năm 2025": day < 10 and months 1 and 2 get a leading zero (Decree 30, Phụ lục I, II.4b).
[[nodiscard]] std::string headerDatePhrase(const CivilDate& d);

// Parses a date as a clerk types it: "07/5/2025", "7/05/2025", "07-05-2025" or ISO "2025-05-07".
[[nodiscard]] Result<CivilDate> parseTypedDate(std::string_view text);

// "07/5/2025": the short form the body of a report uses when citing documents, with the same
// zero-padding rule (day two digits, months 1 and 2 two digits).
[[nodiscard]] std::string shortDate(const CivilDate& d);

// The date `days` after `from` (before, when negative), proleptic Gregorian: spreadsheets keep
// dates as day numbers from a null date (1899-12-30 unless the file says otherwise).
//   addDays({1899, 12, 30}, 45784) == {2025, 5, 7}
[[nodiscard]] CivilDate addDays(const CivilDate& from, long days);

// "2025-05-07".
[[nodiscard]] std::string isoDate(const CivilDate& d);

// A date written in Vietnamese text, read at the start of `folded` (lower case, spaces collapsed):
// "07/5/2025" (or with '-' or '.', one separator throughout) or "07 tháng 5 năm 2025" (what
// follows "ngày "). The one reader of written dates: the header's place and date, the body's
// dates, the periods' "đến ngày …", the facts collect reads. The day may not exist (31/02/2025):
// isValid() says; a number longer than its field is no date.
//   readWrittenDate("30/6/2026 ...")            -> {2026-06-30, end 9}
//   readWrittenDate("07 tháng 5 năm 2025, ...") -> {2025-05-07, end 20, longForm}
//   readWrittenDate("30/6/20261"), ("123/4/2025"), ("30/6-2026") -> nullopt
struct WrittenDate {
  CivilDate date;
  std::size_t end = 0;    // the byte after the year
  bool longForm = false;  // "… tháng … năm …"
};
[[nodiscard]] std::optional<WrittenDate> readWrittenDate(std::string_view folded);

}  // namespace baocao::core
