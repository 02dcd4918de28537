// core/data_sheet's reading of a spreadsheet's cells, as the adapter hands them over from an
// .ods/.xlsx/.xls (numbers as doubles, texts as NFC strings). The input is one row per line, cells
// separated by tabs; a cell "#…" is a number (strtod: "1530", "6.94751e3", "-0", "1e400" = inf,
// "nan", hex floats), "@…" a number from its 8 raw bytes, anything else a text cell (empty: an
// empty cell). Properties: those of data_checks.hpp — every figure formatted for its slot reads
// back as the cell's number, errors name the cell.
#include "data_checks.hpp"

#include <cstdlib>
#include <cstring>

using namespace baocao;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = fuzz::bytes(data, size);
  core::SheetGrid grid;
  grid.name = "Sheet1";
  std::size_t start = 0;
  while (start <= in.size()) {
    const std::size_t end = std::min(in.find('\n', start), in.size());
    const std::string_view line = in.substr(start, end - start);
    start = end + 1;
    std::vector<core::CellValue> row;
    std::size_t c = 0;
    while (c <= line.size()) {
      const std::size_t stop = std::min(line.find('\t', c), line.size());
      const std::string cell(line.substr(c, stop - c));
      c = stop + 1;
      core::CellValue v;
      if (cell.size() > 1 && cell[0] == '#') {
        v.kind = core::CellValue::Kind::Number;
        v.number = std::strtod(cell.c_str() + 1, nullptr);
      } else if (cell.size() == 9 && cell[0] == '@') {
        v.kind = core::CellValue::Kind::Number;
        std::memcpy(&v.number, cell.data() + 1, sizeof v.number);
      } else if (!cell.empty()) {
        v.kind = core::CellValue::Kind::Text;
        v.text = text::nfc(cell);  // the adapter's toCore()
      }
      row.push_back(std::move(v));
    }
    grid.rows.push_back(std::move(row));
  }
  const auto sheet = core::readDataSheet(grid, "fuzz.ods");
  if (!sheet) {
    FUZZ_CHECK(sheet.error().message.en().rfind("fuzz.ods: ", 0) == 0);
    return 0;
  }
  fuzz::checkDataSet(*sheet);
  return 0;
}
