// The submission package's job (`baocao export`, Báo cáo › Xuất gửi đi…): the check first, then
// stop or go, the package folder's name from the report's number and date, the PDF's title,
// subject and author from its header, and the check record the package carries in its metadata.
// The faces write the files (LibreOffice's PDF and .docx export, Calc for the figures).
#pragma once

#include "core/jobs/collect.hpp"
#include "core/jobs/jobs.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace baocao::core::jobs {

// What was checked, against what, and with what result, when the package was made.
struct CheckRecord {
  std::string templateId, templateVersion;  // empty: no template fitted the report
  std::string ruleSet;                      // ruleSetVersion() of the extension that checked
  int errors = 0;
  int warnings = 0;
  bool forced = false;                      // errors were left and the clerk went on
  std::string dataFile;                     // the data file's name, without its folder; empty: none
  std::string dataSha256;
  std::string checkedAt;                    // ISO 8601, UTC: "2026-12-05T08:30:00Z"
  std::string extensionVersion;
  friend bool operator==(const CheckRecord&, const CheckRecord&) = default;
};

// The rule set's version: the number of rules and a digest of their codes and severities
// ("87.1f2e3d4c"), so two records name the same rules only when they were checked by the same.
[[nodiscard]] std::string ruleSetVersion();

// The record as user-defined document properties, BaoCao.Check.* (the faces write them before
// the export, so the .docx and the PDF carry them), and read back; nullopt: no record.
[[nodiscard]] std::vector<std::pair<std::string, std::string>> recordProperties(const CheckRecord& record);
[[nodiscard]] std::optional<CheckRecord> recordFromProperties(const std::map<std::string, std::string>& properties);
// The record a document keeps (a package's .docx, or the clerk's report exported from Writer).
[[nodiscard]] std::optional<CheckRecord> recordedCheck(ReportDocument& doc);
// The record in one line, "baocao-check: template=dan-van-2021-2025 1.0; rules=…; errors=0; …":
// the PDF's keywords, which LibreOffice writes into its Info dictionary and its XMP; read back.
[[nodiscard]] std::string recordLine(const CheckRecord& record);
[[nodiscard]] std::optional<CheckRecord> recordFromLine(std::string_view text);
// The record of a PDF the package holds, from its XMP's keywords (LibreOffice writes the XMP
// packet uncompressed); nullopt: none.
[[nodiscard]] std::optional<CheckRecord> recordFromPdf(std::string_view pdfBytes);
// The record as a clerk reads it, one fact a line.
[[nodiscard]] std::string recordText(const CheckRecord& record, Language lang);

// The package folder's name from the report's number and date: "15/BC-UBND" of 2026-12-05 gives
// "15-BC-UBND_2026-12-05"; safe as a file name on Windows (no \ / : * ? " < > |, no control
// character, no trailing dot or space, no reserved device name). Without a number: `fallback`
// (the document's name) and the date.
[[nodiscard]] std::string packageName(const ReportFacts& facts, std::string_view fallback);

// What the PDF says about itself (Decree 30's electronic-document details that belong to the
// file): read from the header.
struct PdfDetails {
  std::string title;    // the type and the trích yếu: "BÁO CÁO Kết quả công tác dân vận …"
  std::string subject;  // the trích yếu
  std::string author;   // the issuing agency
  std::string language = "vi-VN";
};

// A report's figures as `baocao figures --format csv` prints them, one row each.
[[nodiscard]] Sheet figuresSheet(const CheckOutcome& outcome);

struct ExportOptions {
  CheckOptions check;
  bool force = false;             // go on with errors left (the record says so)
  std::string extensionVersion;
  std::string now;                // the check's time, ISO 8601 UTC (the faces read the clock)
  std::string fallbackName;       // the document's name, for a report without a number
};

struct ExportPlan {
  CheckOutcome outcome;
  bool go = false;                // false: errors are left and the export was not forced
  std::string folderName;
  CheckRecord record;
  PdfDetails pdf;
  Sheet figures;
  // "The report still has 3 errors: …" with every error, for the stop.
  [[nodiscard]] std::string stopText(Language lang) const;
};

// Checks the report and decides. Nothing in the document changes here: the faces put the record
// into a copy's properties (recordProperties) and export that.
[[nodiscard]] ExportPlan planExport(ReportDocument& doc, const Catalog& catalog, DataFiles& files, const ExportOptions& options);

}  // namespace baocao::core::jobs
