// What the two data-sheet targets (CSV bytes, spreadsheet cells) check on a sheet once read: the
// figures it gives, each formatted for every kind of slot, and the shipped templates' figures
// resolved from it.
#pragma once

#include "core/civil_date.hpp"
#include "core/figures/data_sheet.hpp"
#include "core/figures/figures.hpp"
#include "fuzz_support.hpp"
#include "text/vntext.hpp"

#include <boost/json.hpp>

#include <cmath>

namespace baocao::fuzz {

// A figure written the Vietnamese way reads back as the number it was made from.
inline void checkFormatted(const core::FigureSlot& slot, const core::DataRow& row, const std::string& text) {
  FUZZ_CHECK_MSG(text::isValidUtf8(text), quote(text));
  std::optional<double> v;
  if (row.value.kind == core::CellValue::Kind::Number) v = row.value.number;
  else v = core::parseVietnameseNumber(row.value.text);
  switch (slot.type) {
    case core::FigureType::Integer: {
      FUZZ_CHECK(v.has_value());
      const auto back = core::parseVietnameseNumber(text);
      FUZZ_CHECK_MSG(back && *back == std::round(*v), quote(text) + " for " + std::to_string(*v));
      if (slot.minDigits > 0 && *v >= 0) FUZZ_CHECK_MSG(text.size() >= static_cast<std::size_t>(slot.minDigits), quote(text));
      break;
    }
    case core::FigureType::Decimal:
    case core::FigureType::Percent: {
      FUZZ_CHECK(v.has_value());
      if (slot.type == core::FigureType::Percent) FUZZ_CHECK_MSG(!text.empty() && text.back() == '%', quote(text));
      const auto back = core::parseVietnameseNumber(text);
      const double tolerance = 0.5 * std::pow(10.0, -slot.decimals) + std::fabs(*v) * 1e-12;
      FUZZ_CHECK_MSG(back && std::fabs(*back - *v) <= tolerance, quote(text) + " for " + std::to_string(*v));
      break;
    }
    case core::FigureType::Date:
      if (slot.dateStyle == core::DateStyle::Long) {
        FUZZ_CHECK_MSG(text.rfind("ngày ", 0) == 0, quote(text));
      } else {  // "07/5/2025" reads back as the same date, written the same way
        const auto d = core::parseTypedDate(text);
        FUZZ_CHECK_MSG(d && core::shortDate(*d) == text, quote(text));
      }
      break;
    case core::FigureType::Change:  // "tăng 5,2%", "giảm 3,0%", "không đổi"
      FUZZ_CHECK_MSG(text == "không đổi" ||
                         ((text.rfind("tăng ", 0) == 0 || text.rfind("giảm ", 0) == 0) && !text.empty() && text.back() == '%'),
                     quote(text));
      break;
    case core::FigureType::Text: break;
  }
}

inline void checkDataSet(const core::DataSet& data) {
  static const std::vector<core::FigureSlot> kinds = [] {
    std::vector<core::FigureSlot> out;
    for (const auto type : {core::FigureType::Integer, core::FigureType::Decimal, core::FigureType::Percent,
                            core::FigureType::Date, core::FigureType::Text})
      for (int digits : {0, 2, 6}) {
        core::FigureSlot s;
        s.key = "k";
        s.type = type;
        if (type == core::FigureType::Integer) s.minDigits = digits;
        if (type == core::FigureType::Decimal || type == core::FigureType::Percent) s.decimals = digits;
        s.dateStyle = digits == 0 ? core::DateStyle::Short : core::DateStyle::Long;
        out.push_back(s);
      }
    return out;
  }();
  std::size_t budget = 50;
  for (const auto& [key, row] : data.rows) {
    FUZZ_CHECK(!key.empty() && key == row.key && text::collapseSpaces(key) == key);
    if (budget-- == 0) break;
    for (const auto& slot : kinds) {
      const auto text = core::formatFigure(slot, row);
      if (text) checkFormatted(slot, row, *text);
      else FUZZ_CHECK_MSG(text.error().message.en().rfind(row.cell + ": ", 0) == 0, text.error().message.en());
    }
  }
  for (const auto& t : shippedTemplates()) {
    const auto slots = core::allSlots(t);
    const auto values = core::resolveFigures(slots, data);
    std::map<std::string, std::string> current;
    for (const auto& v : values) {
      FUZZ_CHECK((v.text.rfind("[thiếu số liệu: ", 0) == 0) == (v.status != core::FigureValue::Status::Ok));
      current[v.key] = "1";
    }
    const auto rows = core::preview(current, values);
    FUZZ_CHECK(rows.size() == values.size());
    boost::system::error_code ec;
    (void)boost::json::parse(core::previewJson(data.file, true, rows, values, core::Language::English), ec);
    FUZZ_CHECK(!ec);
  }
}

}  // namespace baocao::fuzz
