#include "core/figures/data_sheet.hpp"

#include "core/civil_date.hpp"
#include "text/vntext.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <set>

namespace baocao::core {
namespace {

enum Column { Key, Label, Value, Unit, Period, Source, ColumnCount };

// Header names, English and Vietnamese (with or without diacritics), compared case-folded.
constexpr std::array<std::array<std::string_view, 4>, ColumnCount> kHeaders{{
    {"key", "ma", "mã", "ma_chi_tieu"},
    {"label", "chi_tieu", "chỉ tiêu", "ten"},
    {"value", "gia_tri", "giá trị", "so_lieu"},
    {"unit", "don_vi", "đơn vị", "dvt"},
    {"period", "ky", "kỳ", "ky_bao_cao"},
    {"source", "nguon", "nguồn", "nguon_so_lieu"},
}};

std::optional<Column> headerColumn(const std::string& name) {
  const std::string folded = text::foldCase(text::collapseSpaces(name));
  for (std::size_t c = 0; c < kHeaders.size(); ++c)
    for (const auto alias : kHeaders[c])
      if (folded == text::foldCase(alias)) return static_cast<Column>(c);
  return std::nullopt;
}

std::string cellText(const CellValue& v) {
  if (v.kind == CellValue::Kind::Text || !v.text.empty()) return v.text;
  if (v.kind == CellValue::Kind::Number) return text::formatDecimal(v.number, 6);
  return {};
}

bool emptyRow(const std::vector<CellValue>& row) {
  for (const auto& c : row)
    if (c.kind != CellValue::Kind::Empty && !text::collapseSpaces(c.text).empty()) return false;
  return true;
}

// Byte patterns of legacy Vietnamese encodings read as Latin-1/CP1252 (decree30.md §13).
// Not UTF-8: said with the legacy encoding it looks like, if any.
Message notUtf8(std::string_view bytes, std::string_view file, const std::string& line) {
  int tcvn3 = 0, vni = 0;
  for (std::size_t i = 0; i + 1 < bytes.size(); ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    const auto n = static_cast<unsigned char>(bytes[i + 1]);
    if (b >= 0xA9 && b <= 0xFE && b != 0xD7 && b != 0xF7) ++tcvn3;  // TCVN3 letters live in A9-FE
    if ((b == 'a' || b == 'e' || b == 'o' || b == 'u' || b == 'A' || b == 'O') && n >= 0xC0) ++vni;
  }
  if (vni > 2) return say(MessageId::DataLooksVni, {file, line});
  if (tcvn3 > 2) return say(MessageId::DataLooksTcvn3, {file, line});
  return say(MessageId::DataNotUtf8, {file, line});
}

}  // namespace

std::string cellName(std::size_t row, std::size_t column) {
  std::string letters;
  for (std::size_t c = column + 1; c > 0; c = (c - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + static_cast<int>((c - 1) % 26)));
  return letters + std::to_string(row + 1);
}

Result<DataSet> readDataSheet(const SheetGrid& sheet, std::string_view file) {
  std::size_t headerRow = 0;
  while (headerRow < sheet.rows.size() && emptyRow(sheet.rows[headerRow])) ++headerRow;
  std::array<std::optional<std::size_t>, ColumnCount> columns{};
  if (headerRow < sheet.rows.size())
    for (std::size_t c = 0; c < sheet.rows[headerRow].size(); ++c)
      if (auto col = headerColumn(cellText(sheet.rows[headerRow][c])); col && !columns[*col]) columns[*col] = c;
  if (!columns[Key] || !columns[Value])
    return Error{say(MessageId::DataNoHeaderRow, {file, sheet.name})};

  DataSet out;
  out.file = std::string(file);
  std::vector<Message> errors;
  std::map<std::string, std::string> firstCell;  // key and period -> its cell
  std::map<std::string, std::string> firstOfKey;  // key -> its first cell
  std::set<std::string> periodless;               // keys of a row without a period
  std::vector<DataRow> all;
  std::vector<std::string> order;  // the periods as first met
  std::map<std::string, int> seen;
  for (std::size_t r = headerRow + 1; r < sheet.rows.size(); ++r) {
    const auto& row = sheet.rows[r];
    if (emptyRow(row)) continue;
    auto at = [&](Column c) -> CellValue {
      return columns[c] && *columns[c] < row.size() ? row[*columns[c]] : CellValue{};
    };
    const std::string keyCell = sheet.name + "!" + cellName(r, *columns[Key]);
    DataRow d;
    d.key = text::collapseSpaces(cellText(at(Key)));
    if (d.key.empty()) {
      errors.push_back(say(MessageId::DataRowWithoutKey, {file, keyCell}));
      continue;
    }
    d.period = text::collapseSpaces(cellText(at(Period)));
    // a key comes back in another named period (a ledger of periods); twice in one period, or
    // again where either row names no period, is a mistake
    const std::string once = d.key + '\x1f' + d.period;
    const auto same = firstCell.find(once);
    const auto any = firstOfKey.find(d.key);
    if (same != firstCell.end() || (any != firstOfKey.end() && (d.period.empty() || periodless.count(d.key) != 0))) {
      errors.push_back(say(MessageId::DataDuplicateKey, {file, keyCell, d.key, (same != firstCell.end() ? same : any)->second}));
      continue;
    }
    firstCell[once] = keyCell;
    firstOfKey.emplace(d.key, keyCell);
    if (d.period.empty()) periodless.insert(d.key);
    d.label = text::collapseSpaces(cellText(at(Label)));
    d.unit = text::collapseSpaces(cellText(at(Unit)));
    d.source = text::collapseSpaces(cellText(at(Source)));
    d.value = at(Value);
    d.cell = sheet.name + "!" + cellName(r, *columns[Value]);
    if (!d.period.empty() && std::find(order.begin(), order.end(), d.period) == order.end()) order.push_back(d.period);
    ++seen[d.key];
    all.push_back(std::move(d));
  }
  if (!errors.empty()) {
    return joinErrors(errors);
  }
  const bool periods = std::any_of(seen.begin(), seen.end(), [](const auto& k) { return k.second > 1; });
  if (periods) out.periods = order;  // each key's row of its latest period in `rows`
  // a row without a period belongs to none (ranks before all); each key's latest row in `rows`
  auto rank = [&](const std::string& p) {
    const auto it = std::find(order.begin(), order.end(), p);
    return it == order.end() ? std::ptrdiff_t{-1} : it - order.begin();
  };
  for (auto& d : all) {
    if (periods && !d.period.empty()) out.byPeriod[d.period].emplace(d.key, d);
    const auto it = out.rows.find(d.key);
    if (it == out.rows.end()) out.rows.emplace(d.key, std::move(d));
    else if (rank(d.period) > rank(it->second.period)) it->second = std::move(d);
  }
  return out;
}

Result<DataSet> readDataSheets(const std::vector<SheetGrid>& sheets, std::string_view file) {
  if (sheets.empty()) return Error{say(MessageId::DataNoHeaderRow, {file, ""})};
  if (sheets.size() == 1) return readDataSheet(sheets.front(), file);
  std::vector<DataSet> each;
  for (const auto& sheet : sheets) {
    auto set = readDataSheet(sheet, file);
    if (!set || !set->periods.empty()) return readDataSheet(sheets.front(), file);  // not a workbook of periods
    each.push_back(std::move(*set));
  }
  DataSet out;
  out.file = std::string(file);
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    out.periods.push_back(sheets[i].name);
    for (auto& [key, row] : each[i].rows) {
      row.period = sheets[i].name;
      out.byPeriod[sheets[i].name].emplace(key, row);
      out.rows.insert_or_assign(key, row);  // the later sheet's
    }
  }
  return out;
}

std::optional<std::string> earlierPeriod(const DataSet& data, Earlier which) {
  if (data.periods.size() < 2) return std::nullopt;
  const std::string& current = data.periods.back();
  if (which == Earlier::Previous) return data.periods[data.periods.size() - 2];
  if (which != Earlier::LastYear) return std::nullopt;
  // the last four-digit year of the current period, one less
  for (std::size_t i = current.size(); i >= 4; --i) {
    const std::string_view y(current.data() + i - 4, 4);
    const bool digits = std::all_of(y.begin(), y.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool alone = (i - 4 == 0 || !(current[i - 5] >= '0' && current[i - 5] <= '9')) &&
                       (i == current.size() || !(current[i] >= '0' && current[i] <= '9'));
    if (!digits || !alone) continue;
    const std::string wanted = current.substr(0, i - 4) + std::to_string(std::stoi(std::string(y)) - 1) + current.substr(i);
    if (std::find(data.periods.begin(), data.periods.end(), wanted) != data.periods.end()) return wanted;
    return std::nullopt;
  }
  return std::nullopt;
}

Result<SheetGrid> parseCsv(std::string_view bytes, std::string_view sheetName, std::string_view file) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (const std::size_t bad = text::invalidUtf8At(bytes); bad != std::string_view::npos) {
    const auto line = 1 + std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(bad), '\n');
    return Error{notUtf8(bytes, file, std::to_string(line))};
  }
  SheetGrid grid;
  grid.name = std::string(sheetName);
  // The separator: ";" when the first record has more of them than "," outside quotes (a quoted
  // header or label may hold either, and a line break).
  std::ptrdiff_t commas = 0, semicolons = 0;
  bool inQuotes = false;
  for (const char c : bytes) {
    if (c == '"') inQuotes = !inQuotes;  // "" inside quotes toggles twice
    else if (!inQuotes && (c == '\n' || c == '\r')) break;
    else if (!inQuotes) commas += c == ',', semicolons += c == ';';
  }
  const char sep = semicolons > commas ? ';' : ',';
  std::vector<CellValue> row;
  std::string field;
  bool quoted = false, wasQuoted = false;
  std::size_t widest = 0;
  auto tooMany = [&] {
    return Error{say(MessageId::DataFileTooManyCells,
                     {file, sheetName, std::to_string(grid.rows.size()), std::to_string(std::max(widest, row.size())),
                      std::to_string(kMaxDataRows), std::to_string(kMaxDataColumns), std::to_string(kMaxDataCells)})};
  };
  auto endField = [&] {
    CellValue v;
    v.text = text::nfc(field);
    v.kind = field.empty() && !wasQuoted ? CellValue::Kind::Empty : CellValue::Kind::Text;
    row.push_back(std::move(v));
    field.clear();
    wasQuoted = false;
  };
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (quoted) {
      if (c == '"' && i + 1 < bytes.size() && bytes[i + 1] == '"') field += '"', ++i;
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"' && field.empty()) {
      quoted = wasQuoted = true;
    } else if (c == sep) {
      endField();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
      endField();
      widest = std::max(widest, row.size());
      grid.rows.push_back(std::move(row));
      row.clear();
      if (!withinDataLimits(grid.rows.size(), widest)) return tooMany();
    } else {
      field += c;
    }
  }
  if (quoted) return Error{say(MessageId::DataQuoteNotClosed, {file})};
  if (!field.empty() || !row.empty()) {
    endField();
    widest = std::max(widest, row.size());
    grid.rows.push_back(std::move(row));
    if (!withinDataLimits(grid.rows.size(), widest)) return tooMany();
  }
  return grid;
}

std::optional<double> parseVietnameseNumber(std::string_view raw) {
  std::string s = text::collapseSpaces(raw);
  if (!s.empty() && s.back() == '%') s.pop_back();
  if (s.empty()) return std::nullopt;
  std::string plain;
  bool comma = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') plain += c;
    else if (c == '-' && i == 0) plain += c;
    else if (c == '.') {
      // Vietnamese: "." groups thousands (three digits follow). A "." followed by another count
      // of digits, in a number without ",", is a decimal point from an English-locale export.
      const std::size_t next = s.find_first_not_of("0123456789", i + 1);
      const std::size_t digits = (next == std::string::npos ? s.size() : next) - (i + 1);
      if (plain.empty() || comma) return std::nullopt;
      if (digits != 3) {
        if (s.find(',') != std::string::npos || s.find('.', i + 1) != std::string::npos || digits == 0)
          return std::nullopt;
        comma = true;
        plain += '.';
      }
    } else if (c == ',' && !comma) {
      comma = true;
      plain += '.';
    } else {
      return std::nullopt;
    }
  }
  if (plain.empty() || plain == "-") return std::nullopt;
  try {
    std::size_t used = 0;
    const double v = std::stod(plain, &used);
    return used == plain.size() ? std::optional<double>(v) : std::nullopt;
  } catch (...) {  // out of range: as much not a number as "abc" is
    return std::nullopt;
  }
}

std::string changeText(double percent, int decimals) {
  const double scale = std::pow(10.0, decimals);
  if (std::round(std::fabs(percent) * scale) == 0) return "không đổi";
  return (percent > 0 ? "tăng " : "giảm ") + text::formatPercent(std::fabs(percent), decimals);
}

std::optional<double> parseChange(std::string_view written) {
  const std::string t = text::foldCase(text::collapseSpaces(std::string(written)));
  if (t == "không đổi" || t == "không thay đổi") return 0.0;
  using Word = std::pair<std::string_view, double>;
  for (const auto& [word, sign] : {Word{"tăng ", 1.0}, Word{"giảm ", -1.0}})
    if (t.rfind(word, 0) == 0)
      if (const auto n = parseVietnameseNumber(std::string_view(t).substr(word.size()))) return sign * *n;
  return std::nullopt;
}

Result<std::string> formatFigure(const FigureSlot& slot, const DataRow& row) {
  if (slot.type == FigureType::Text) return okText(cellText(row.value));
  if (slot.type == FigureType::Date) {
    const std::string t = text::collapseSpaces(cellText(row.value));
    auto d = parseTypedDate(t);
    if (!d) return Error{say(MessageId::FigureCellProblem, {row.cell, d.error().message, slot.key})};
    return okText(slot.dateStyle == DateStyle::Long ? headerDatePhrase(*d) : shortDate(*d));
  }
  std::optional<double> v;
  if (row.value.kind == CellValue::Kind::Number) v = row.value.number;
  else v = parseVietnameseNumber(row.value.text);
  // A spreadsheet cell can hold what no figure is: an infinity or NaN from a formula.
  if (!v || !std::isfinite(*v)) return Error{say(MessageId::FigureNotANumber, {row.cell, cellText(row.value), slot.key})};
  switch (slot.type) {
    case FigureType::Integer:
      if (std::fabs(*v - std::round(*v)) > 1e-9) return Error{say(MessageId::FigureNotWhole, {row.cell, slot.key})};
      // llround is only defined below 2^63: larger counts are written from the double itself
      if (std::fabs(*v) >= 9223372036854775808.0) return okText(text::formatDecimal(std::round(*v), 0));
      return okText(text::formatInteger(std::llround(*v), slot.minDigits));
    case FigureType::Decimal:
      return okText(text::formatDecimal(*v, slot.decimals));
    case FigureType::Percent:
      return okText(text::formatPercent(*v, slot.decimals));
    case FigureType::Change:
      return okText(changeText(*v, slot.decimals));
    default:
      return Error{say(MessageId::FigureUnsupportedType, {row.cell})};
  }
}

}  // namespace baocao::core
