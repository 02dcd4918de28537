// The receiving office's job: many reports checked and added up into one table (`baocao collect`,
// Báo cáo › Tổng hợp báo cáo…). Each report's figures are the ones the check found (fields or the
// template's sentence patterns, core/validation/validation.hpp StatedFigure); totals are sums over
// the reports that can be counted, and derived figures (a share, a total of parts) are computed by
// the template's formulas from the summed parts, never averaged.
#pragma once

#include "core/messages.hpp"
#include "core/templates/report_template.hpp"
#include "core/templates/skeleton.hpp"
#include "core/validation/report_check.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace baocao::core::jobs {

// One received file as collect read it.
struct CollectedReport {
  std::string path;                     // as named on the command line
  std::string sha256;                   // of the file's bytes; empty when it could not be read
  std::optional<CheckOutcome> outcome;  // empty: LibreOffice could not read it as a report
  Message problem;                      // why not
};

// A cell of the table: text, a number, or nothing.
using Cell = std::variant<std::monostate, std::string, double>;

struct Sheet {
  std::string name;
  std::vector<std::vector<Cell>> rows;  // the first row is the header
  std::vector<int> numberDecimals;      // per column: a number's decimals (-1 or none: as many as it has)
  int keptColumns = 0;                  // the first columns, kept in view beside the figures (frozen)
};

struct Collection {
  std::vector<Sheet> sheets;            // "Tổng hợp" (one row per report, the totals last), "Lỗi", "Nguồn"
  int counted = 0;                      // reports in the totals
  std::vector<std::string> leftOut;     // "path: why", one per report left out of the totals
  const ReportTemplate* tmpl = nullptr; // whose figures make the columns
  std::vector<std::pair<FigureSlot, double>> totals;  // each column with a total, in column order
  // "12 reports: 11 in the totals, 1 left out" and a line per report left out: the first `listed`,
  // then how many more (each one's reason is in the table's status column).
  [[nodiscard]] std::string summary(Language lang, std::size_t listed = static_cast<std::size_t>(-1)) const;
};

// What the clerk reads about the summary report's figures that have no total (marked in its
// text): how many, the first few by label, and where the rest are listed (the "Lỗi" sheet, where
// collect() writes a collect.no-total row for every column without a total). Empty for none.
[[nodiscard]] std::string markedFiguresText(const std::vector<std::string>& labels, Language lang);

// The totals as a data file (key,label,value,unit,period,source; numbers written the Vietnamese
// way, as data files hold them), which the new-report and refresh jobs read like any other: the
// summary report's skeleton is filled from it. `source` names where the figures come from.
[[nodiscard]] std::string totalsDataFile(const Collection& collection, const std::string& source);

// `tmpl`: the template whose figures make the columns; null: the one most reports follow.
[[nodiscard]] Collection collect(const std::vector<CollectedReport>& reports, const Catalog& catalog,
                                 const ReportTemplate* tmpl, Language lang);

// The answers for the summary report's skeleton: its figures from `dataFile` (totalsDataFile's),
// each required text input a visible "[label]" for the clerk to fill in, dates `today`.
[[nodiscard]] Answers summaryAnswers(const ReportTemplate& t, CivilDate today, const std::string& dataFile);

// A sheet as CSV (RFC 4180, UTF-8, ',' between fields); numbers as plain decimals with a point,
// which every spreadsheet reads back as numbers: with the column's decimals, or as many digits as
// the value has where the column has none.
[[nodiscard]] std::string toCsv(const Sheet& sheet);

}  // namespace baocao::core::jobs
