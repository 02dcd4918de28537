// Pre-submission validation: every rule runs over a Document snapshot (core/document.hpp) and
// returns findings with a stable rule code ("structure.missing-section"), a severity, a message in
// the UI language and the place (section path and paragraph). Pure: the Writer dialog, the CLI and
// the unit tests call the same function. docs/rules.md lists every rule with an example.
#pragma once

#include "core/data_sheet.hpp"
#include "core/document.hpp"
#include "core/messages.hpp"
#include "core/report_template.hpp"

#include <optional>
#include <string>
#include <vector>

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

struct SectionMap;  // core/sections.hpp

// Where each template section was found in the document.
struct SectionMatch {
  std::string sectionId;
  std::string path;        // the template's number path: "III.4.a"
  int paragraph = -1;      // the heading paragraph, -1 when missing
  bool byBookmark = false; // found through the wizard's bookmark
};

struct ValidationInput {
  const Document* document = nullptr;
  const ReportTemplate* reportTemplate = nullptr;  // null: the structure rules are skipped
  const DataSet* data = nullptr;                   // null: figure.data-mismatch and .missing-data skipped
  // The data file's state now against the document's provenance properties (figures issue);
  // empty when unknown.
  std::optional<bool> dataFileChanged;
  Language language = Language::Vietnamese;
  // The template's sections as detection already recognised them (detectTemplate's `map`), so a
  // long document is not read for headings twice; null: recognised here.
  const SectionMap* sections = nullptr;
};

struct ValidationResult {
  std::vector<SectionMatch> sections;   // in template order
  std::vector<Finding> findings;        // errors first, then warnings, then info; by paragraph
  [[nodiscard]] bool readyToSubmit() const;  // no errors
  [[nodiscard]] int errorCount() const;       // findings of severity Error
};

[[nodiscard]] ValidationResult validate(const ValidationInput& input);

// Picks the template a document follows: the "BaoCao.Template" document property ("id version") or the wizard's
// bookmarks first, else the best outline match above a threshold. Null when nothing matches.
// When `map` is given and the outline decided, it receives the chosen template's sections.
[[nodiscard]] const ReportTemplate* detectTemplate(const Document& doc, const std::vector<ReportTemplate>& candidates,
                                                   std::optional<SectionMap>* map = nullptr);

}  // namespace baocao::core
