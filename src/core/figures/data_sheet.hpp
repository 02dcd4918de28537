// The office's shared data file as the core sees it: one sheet with a header row
// (key | label | value | unit | period | source, or ma | chi_tieu | gia_tri | don_vi | ky | nguon)
// and one figure per row. The adapter reads .ods/.xlsx through LibreOffice into a SheetGrid; CSV
// is read here. Every error names the file and the cell (Sheet1!A12).
#pragma once

#include "core/error.hpp"
#include "core/templates/report_template.hpp"

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::core {

struct CellValue {
  enum class Kind { Empty, Number, Text };
  Kind kind = Kind::Empty;
  double number = 0;
  std::string text;  // the text as shown (for Number: as the file wrote it, when known)
};

// What a data file may hold: a report's figures are a few hundred rows of a few columns, and a
// file far beyond that is refused with its size, not read into the clerk's office.
inline constexpr std::uintmax_t kMaxDataFileBytes = 32u << 20;
inline constexpr std::size_t kMaxDataRows = 200000;
inline constexpr std::size_t kMaxDataColumns = 128;
inline constexpr std::size_t kMaxDataCells = 4000000;  // rows × columns of the used area
[[nodiscard]] constexpr bool withinDataLimits(std::size_t rows, std::size_t columns) {
  return rows <= kMaxDataRows && columns <= kMaxDataColumns && rows * columns <= kMaxDataCells;
}

struct SheetGrid {
  std::string name;                          // "Sheet1", or the CSV file's stem
  std::vector<std::vector<CellValue>> rows;  // from A1, row-major
};

struct DataRow {
  std::string key, label, unit, period, source;
  CellValue value;
  std::string cell;  // where the value is: "Sheet1!C12"
};

struct DataSet {
  std::string file;
  std::map<std::string, DataRow> rows;  // by key; with several periods, each key's latest
  // Several periods (a period column in which a key comes back, or one sheet per period): every
  // period in the file's order, the current one last, and each period's rows by key. Empty with
  // one period.
  std::vector<std::string> periods{};
  std::map<std::string, std::map<std::string, DataRow>> byPeriod{};
};

// The period a comparison reads (report_template.hpp Earlier), when the file holds it: the one
// before the current (Previous), or the current one with its year one less ("6 tháng đầu năm
// 2025" -> "6 tháng đầu năm 2024", "Quý I/2026" -> "Quý I/2025": LastYear).
[[nodiscard]] std::optional<std::string> earlierPeriod(const DataSet& data, Earlier which);

// "A1"-style name of a zero-based row and column.
[[nodiscard]] std::string cellName(std::size_t row, std::size_t column);

// Reads the figures of a sheet: the header row is the first non-empty row. A missing header,
// a missing key or value column, an empty or duplicate key are errors naming the cells.
// A key may come back in another period (the period column): see DataSet::periods.
[[nodiscard]] Result<DataSet> readDataSheet(const SheetGrid& sheet, std::string_view file);

// A workbook: one sheet is read as readDataSheet does; several sheets that are all data sheets are
// one period each, named by the sheet ("2024", "2025"), the last the current; otherwise the first
// sheet alone, as before.
[[nodiscard]] Result<DataSet> readDataSheets(const std::vector<SheetGrid>& sheets, std::string_view file);

// CSV in UTF-8 (a BOM is allowed), "," or ";" separated, RFC 4180 quotes. Bytes that are not
// UTF-8 are refused with the position, and legacy Vietnamese encodings (TCVN3, VNI) are named;
// a grid beyond withinDataLimits() is refused.
[[nodiscard]] Result<SheetGrid> parseCsv(std::string_view bytes, std::string_view sheetName, std::string_view file);

// "1.530", "6.947,51", "98,9%", "05", "1530" -> the number; empty when the text is not one.
[[nodiscard]] std::optional<double> parseVietnameseNumber(std::string_view text);

// A change in percent the Vietnamese way: changeText(5.23, 1) == "tăng 5,2%", changeText(-3, 1) ==
// "giảm 3,0%", "không đổi" when it rounds to nothing; parseChange reads them back (signed).
[[nodiscard]] std::string changeText(double percent, int decimals);
[[nodiscard]] std::optional<double> parseChange(std::string_view written);

// A figure written as its slot asks ("1.530", "6.947,51", "98,9%", "05"); an error names the cell.
[[nodiscard]] Result<std::string> formatFigure(const FigureSlot& slot, const DataRow& row);

}  // namespace baocao::core
