// Figures in a report: the values of a template's figure slots computed from the office's data
// file (derived figures through core/figures/expression.hpp), the preview of a refresh (old -> new), the
// slots and the data file's provenance as the document stores them, so a report refreshes and
// validates on any machine without its template.
#pragma once

#include "core/figures/data_sheet.hpp"
#include "core/templates/report_template.hpp"

#include <map>
#include <string>
#include <vector>

namespace baocao::core {

struct FigureValue {
  enum class Status { Ok, Missing, Invalid };
  std::string key;
  std::string label;
  std::string text;     // as the document shows it: "1.530"; the missing marker when not Ok
  Status status = Status::Ok;
  Message problem;      // Missing/Invalid: names the key and the cell ("so-lieu!C7: \"abc\" is not a number …")
  std::string cell;     // "Sheet1!C12"; for a derived figure, its formula
  std::string source;   // the data row's source column ("Công an xã"); "=" + formula for derived ones
};

// Every slot in template order, each once. Derived figures are computed from the other figures'
// values (themselves read or computed), rounded as their slot says; a derived figure whose inputs
// are missing is missing too, naming them.
[[nodiscard]] std::vector<FigureValue> resolveFigures(const std::vector<FigureSlot>& slots, const DataSet& data);

// The visible text of a figure the data file does not have: "[thiếu số liệu: ho_dan_tong]".
[[nodiscard]] std::string missingMarker(std::string_view key);

// All slots of a template in document order.
[[nodiscard]] std::vector<FigureSlot> allSlots(const ReportTemplate& t);

// A refresh's preview: one row per figure the document has, changed or not.
struct PreviewRow {
  std::string key, label, oldText, newText, source;
  bool changed = false;
  bool problem = false;  // the new value is the missing marker
};
[[nodiscard]] std::vector<PreviewRow> preview(const std::map<std::string, std::string>& current,
                                              const std::vector<FigureValue>& values);

// The preview as JSON, for macros and tests: {"file": …, "fileChanged": bool, "rows": [{"key", "label",
// "old", "new", "source", "changed", "problem"}], "problems": ["…"]}.
[[nodiscard]] std::string previewJson(const std::string& file, bool fileChanged, const std::vector<PreviewRow>& rows,
                                      const std::vector<FigureValue>& values, Language lang);

// The slots as the document keeps them (a JSON array in a document property) and back.
[[nodiscard]] std::string slotsToJson(const std::vector<FigureSlot>& slots);
[[nodiscard]] Result<std::vector<FigureSlot>> slotsFromJson(std::string_view json, std::string_view source);

// Where the figures came from at the last fill: the data file, its modification time and the
// SHA-256 of its bytes. Refresh and validation compare it with the file as it is now.
struct Provenance {
  std::string file;      // as the user chose it (a path)
  std::string modified;  // ISO 8601, UTC: "2025-05-07T08:30:00Z"
  std::string sha256;    // lower-case hex
  friend bool operator==(const Provenance&, const Provenance&) = default;
};

// A data file as read: its figures and where they came from (the provenance a fill records).
struct DataFile {
  DataSet data;
  Provenance provenance;
};

// "2026-11-26T20:27:46Z" as a clerk reads it: "26/11/2026 20:27 (UTC)"; other text unchanged.
[[nodiscard]] std::string readableTime(std::string_view iso);

// Names of the user-defined document properties baocao keeps.
struct DocumentProperty {
  static constexpr const char* kTemplate = "BaoCao.Template";        // "dan-van-2021-2025 1.0"
  static constexpr const char* kFigures = "BaoCao.Figures";          // slotsToJson
  static constexpr const char* kDataFile = "BaoCao.DataFile";
  static constexpr const char* kDataModified = "BaoCao.DataModified";
  static constexpr const char* kDataHash = "BaoCao.DataHash";
  static constexpr const char* kPeriod = "BaoCao.Period";            // the answers' ky_bao_cao: "6 tháng đầu năm 2026"
  static constexpr const char* kPeriodFrom = "BaoCao.PeriodFrom";    // the cut-off window's first day: "2025-12-10"
  static constexpr const char* kPeriodTo = "BaoCao.PeriodTo";        // and its last: "2026-12-10"
  static constexpr const char* kDeadline = "BaoCao.Deadline";        // the request letter's deadline
};

// Hex SHA-256 (FIPS 180-4) of bytes.
[[nodiscard]] std::string sha256Hex(std::string_view bytes);

}  // namespace baocao::core
