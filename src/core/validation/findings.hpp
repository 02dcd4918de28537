// What a check of a report returns, finding by finding: a stable rule code, a severity, a message
// in the requested language and the place. Shared by the rules that make findings and by
// everything that shows them (core/validation/report_check.hpp, the findings dialog, the CLI);
// also what the check reads on the way: the figures a report states and who issued it.
#pragma once

#include <string>
#include <string_view>

namespace baocao::core {

enum class Severity { Error, Warning, Info };
[[nodiscard]] std::string_view severityName(Severity s);  // "error", "warning", "info"

struct Finding {
  std::string rule;        // stable code: "text.tone-mark-placement"
  Severity severity = Severity::Error;
  std::string message;     // in the requested language, names what and where
  std::string section;     // "III.4" when inside a recognised section, else ""
  int paragraph = -1;      // index into Document::paragraphs, -1 for the whole document
  int page = 0;            // the page the paragraph starts on, from 1; 0 without a layout (the CLI)
};

// A figure the report states, found through its field (wizard-made reports) or the template's
// sentence pattern (typed reports): what `baocao figures` prints and `baocao collect` adds up.
struct StatedFigure {
  std::string key;          // "ho_dan_tong"
  std::string label, unit;  // the template's; empty when the template does not know the key
  std::string text;         // as the report writes it: "1.530", "98,9%"
  double value = 0;
  int paragraph = -1;
  bool fromField = false;   // a figure field; else the template's sentence pattern
  std::string writtenUnit{};  // written in another unit of the same kind ("m²" where `unit` is "ha"); else empty
};

// Who issued the report and under which number, read from its header (Decree 30 ô 1–4).
struct ReportFacts {
  std::string agency;       // the issuing agency as its header writes it: "ỦY BAN NHÂN DÂN XÃ LONG MÔN"
  std::string number;       // after "Số:": "15/BC-UBND"
  std::string date;         // ISO 8601 from "…, ngày 07 tháng 5 năm 2025"; empty when not found
  std::string subject;      // the trích yếu under the type name, or a công văn's "V/v …" line
};

}  // namespace baocao::core
