// Pre-submission validation: every rule runs over a Document snapshot (core/validation/document.hpp) and
// returns findings with a stable rule code ("structure.missing-section"), a severity, a message in
// the UI language and the place (section path and paragraph). Pure: the Writer dialog, the CLI and
// the unit tests call the same function. docs/rules.md lists every rule with an example.
#pragma once

#include "core/cancel.hpp"
#include "core/figures/data_sheet.hpp"
#include "core/messages.hpp"
#include "core/templates/report_template.hpp"
#include "core/validation/doc_type.hpp"
#include "core/validation/document.hpp"
#include "core/validation/findings.hpp"
#include "core/validation/sections.hpp"
#include "core/validation/spelling.hpp"

#include <optional>
#include <string>
#include <vector>

namespace baocao::core {

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
  // An electronic document (Decree 30 Art. 15.3): the number and the date are left blank for the
  // document system to assign, which on paper are errors.
  bool electronic = false;
  // text.spelling asks it (core/validation/spelling.hpp); null: spelling is not checked.
  SpellingOracle* spelling = nullptr;
  // Each finding's Finding::page, from the layout (Document::pages), for a window that shows where
  // a clerk finds it on paper; off, the findings say paragraph and section only (the JSON, a
  // count before saving) and a long report is not paged through for nothing.
  bool findingPages = false;
  // Asked between the rules (and between paragraphs in the long ones); when the user stops,
  // validate throws Stopped and returns nothing. Null: runs to the end.
  Cancellation* stop = nullptr;
};

// Whether text.spelling ran: turned off (no oracle given), or the office has no Vietnamese spell
// checker, which the check says rather than passing every word in silence.
enum class SpellingState { Off, Unavailable, Checked };

struct ValidationResult {
  std::vector<SectionMatch> sections;   // in template order
  std::vector<Finding> findings;        // errors first, then warnings, then info; by paragraph
  std::vector<StatedFigure> figures;    // in template order, then figures the template does not name
  ReportFacts facts;
  DetectedKind kind;                    // the kind of document found (báo cáo, kế hoạch, công văn, …)
  SpellingState spelling = SpellingState::Off;
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
