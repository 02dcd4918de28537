// What a check of a report returns, finding by finding: a stable rule code, a severity, a message
// in the requested language and the place. Shared by the rules that make findings and by
// everything that shows them (core/validation/report_check.hpp, the findings dialog, the CLI).
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
};

}  // namespace baocao::core
