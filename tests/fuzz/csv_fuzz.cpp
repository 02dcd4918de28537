// core/data_sheet's CSV reader: the office's data file as bytes. Properties: a file that reads is
// UTF-8 and gives NFC cells; the grid written back as CSV (every cell quoted) reads to the same
// grid; the figures it holds are then checked as data_checks.hpp says.
#include "data_checks.hpp"

using namespace baocao;
using fuzz::quote;

namespace {

std::string csvOf(const core::SheetGrid& g, char sep) {
  std::string out;
  for (const auto& row : g.rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c > 0) out += sep;
      if (row[c].kind == core::CellValue::Kind::Empty) continue;
      out += '"';
      for (const char ch : row[c].text) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
      out += '"';
    }
    out += '\n';
  }
  return out;
}

bool sameGrid(const core::SheetGrid& a, const core::SheetGrid& b) {
  if (a.rows.size() != b.rows.size()) return false;
  for (std::size_t r = 0; r < a.rows.size(); ++r) {
    if (a.rows[r].size() != b.rows[r].size()) return false;
    for (std::size_t c = 0; c < a.rows[r].size(); ++c)
      if (a.rows[r][c].kind != b.rows[r][c].kind || a.rows[r][c].text != b.rows[r][c].text) return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes = fuzz::bytes(data, size);
  const auto grid = core::parseCsv(bytes, "so-lieu", "fuzz.csv");
  const std::string_view body = bytes.starts_with("\xEF\xBB\xBF") ? bytes.substr(3) : bytes;
  if (!grid) {
    const std::string m = grid.error().message.en();
    FUZZ_CHECK_MSG(m.rfind("fuzz.csv:", 0) == 0, m);
    // refused only as not UTF-8, for an unclosed quote, or beyond the limits (kMaxDataColumns is
    // reached by a line of 129 separators)
    FUZZ_CHECK_MSG(!text::isValidUtf8(body) || m == "fuzz.csv: a quoted field is not closed" ||
                       m.find("beyond a data file's limits") != std::string::npos,
                   m);
    return 0;
  }
  FUZZ_CHECK(text::isValidUtf8(body));
  for (const auto& row : grid->rows) {
    FUZZ_CHECK(!row.empty());
    for (const auto& cell : row) FUZZ_CHECK(text::isNfc(cell.text) && (cell.kind != core::CellValue::Kind::Empty || cell.text.empty()));
  }
  for (const char sep : {',', ';'}) {
    if (sep == ';' && (grid->rows.empty() || grid->rows.front().size() < 2)) continue;  // a lone column reads as ','
    const std::string written = csvOf(*grid, sep);
    const auto again = core::parseCsv(written, "so-lieu", "written.csv");
    FUZZ_CHECK_MSG(again && sameGrid(*grid, *again), quote(bytes) + " written as " + quote(written));
  }
  const auto sheet = core::readDataSheet(*grid, "fuzz.csv");
  if (sheet) fuzz::checkDataSet(*sheet);
  return 0;
}
