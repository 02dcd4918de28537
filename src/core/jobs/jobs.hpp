// The jobs, each written once for Writer's commands and for the CLI: the Decree 30 header, a new
// report, filling or refreshing its figures, checking it. A job takes a document
// (core/jobs/report_document.hpp) and plain inputs and returns a value; the faces add only their
// own things (Writer: the cursor, dialogs, the preview's confirmation, the status bar, message
// boxes; the CLI: arguments, files, text or JSON output, exit codes).
#pragma once

#include "core/jobs/report_document.hpp"
#include "core/messages.hpp"
#include "core/templates/outline_import.hpp"
#include "core/templates/template_catalog.hpp"
#include "core/validation/report_check.hpp"

#include <string>
#include <vector>

namespace baocao::core::jobs {

// The template with this id, or why there is none (every template that failed to load).
[[nodiscard]] Result<const ReportTemplate*> findTemplate(const Catalog& catalog, std::string_view id);

// ---- the header -------------------------------------------------------------------------------

// Inserts the header at the insertion point, as one edit.
void insertHeader(ReportDocument& doc, const HeaderRequest& request, Language lang);

// ---- figures from a data file -----------------------------------------------------------------

// A data file read and the figures' values from it, with what to tell the user about it.
struct Fill {
  DataFile file;
  std::vector<FigureValue> values;
  [[nodiscard]] int problemCount() const;  // figures the file lacks or cannot give (shown as markers)
  // "2 figures are not in the data file …" and one line per problem; empty when all are there.
  [[nodiscard]] std::string problems(Language lang) const;
};
[[nodiscard]] Result<Fill> readFill(DataFiles& files, const std::vector<FigureSlot>& slots, const std::string& path);

// ---- a new report -----------------------------------------------------------------------------

// What a new report needs, checked before the document is touched: the skeleton built from the
// template and the answers.
struct NewReport {
  const ReportTemplate* tmpl = nullptr;
  Skeleton skeleton;
  std::string dataFile;  // the answers' data file; empty: the figures stay marked
  std::string period;    // the answers' reporting period (ky_bao_cao), kept for period.title
  // The cut-off window and deadline the wizard's period page gave (YYYY-MM-DD), kept for the
  // period rules: a request letter's own window replaces Decree 09's default.
  std::string periodFrom, periodTo, deadline;
};
// Errors name the answers' field ("answers.json: inputs.ngay_cong_van: …"); nothing is changed.
[[nodiscard]] Result<NewReport> planNewReport(const ReportTemplate& t, const Answers& answers, const AgencyProfile& profile,
                                              CivilDate today, std::string_view answersSource);

struct Inserted {
  std::string summary;              // "The report skeleton was inserted."
  std::string problems;             // what went wrong with the figures, one line each; empty: nothing
  bool dataFileUnreadable = false;  // the data file could not be read: every figure is marked
  int figuresMissing = 0;           // figures the data file lacks or cannot give, marked in the text
  std::vector<std::string> missing; // their labels (else keys), in the template's order
};
// The skeleton at the insertion point and the figures from the data file, as one edit. The data
// file is read first; one that cannot be read leaves every figure marked ("[thiếu số liệu: key]")
// and says why, as does each figure it lacks.
[[nodiscard]] Inserted newReport(ReportDocument& doc, DataFiles& files, const NewReport& report, Language lang);

// ---- refreshing the figures -------------------------------------------------------------------

// What a refresh would change, shown before anything changes.
struct RefreshPlan {
  Fill fill;                            // the data file read, the figures' new values
  std::vector<PreviewRow> rows;         // every figure the document shows: old -> new
  std::optional<Provenance> recorded;   // the data file of the last fill, as the document recorded it
  bool fileChanged = false;             // that same file, with other contents since
  // "The data file has changed since the last refresh (…)", or empty.
  [[nodiscard]] std::string fileChangedNote(Language lang) const;
  // The preview as JSON (core/figures/figures.hpp previewJson), for macros and tests.
  [[nodiscard]] std::string previewJson(Language lang) const;
};
// `dataFile` empty: the one recorded at the last fill, else `defaultFile` (the admin's). Errors,
// and nothing changes: the document has no figures, no data file is known, it cannot be read.
[[nodiscard]] Result<RefreshPlan> planRefresh(ReportDocument& doc, DataFiles& files, const std::string& dataFile,
                                              const std::string& defaultFile);

struct Refreshed {
  int changed = 0;
  std::string summary;   // "3 figures were updated." or "nothing changed"
  std::string problems;  // the figures the data file lacks, marked in the text; empty: none
};
// Applies the plan as one edit.
[[nodiscard]] Refreshed applyRefresh(ReportDocument& doc, const RefreshPlan& plan, Language lang);

// ---- checking the report ----------------------------------------------------------------------

struct CheckOptions {
  std::string templateId;  // empty: detected
  // The figures' data file; empty: the one recorded at the last fill, when it can be read in
  // `recordedTimeout` (a received report often names a file on its sender's machine).
  std::string dataFile;
  Language language = Language::Vietnamese;
  // An electronic document: the number and the date are assigned by the document system, so
  // "Số:   /BC-UBND" and "ngày   tháng   năm 2026" are accepted (errors on paper).
  bool electronic = false;
  std::chrono::milliseconds recordedTimeout = std::chrono::seconds(3);
  // text.spelling's spell checker (LibreOffice's, through the adapter); null: spelling is off.
  SpellingOracle* spelling = nullptr;
  // Each finding's page, for the findings window (ValidationInput::findingPages).
  bool findingPages = false;
  // Asked between the steps of the check (core/cancel.hpp); the document's reader may ask it too
  // (the adapter gives its WriterDocument the same one). Null: the check runs to the end.
  Cancellation* stop = nullptr;
};
// Every rule over the document (core/validation/report_check.hpp). Stopped (options.stop): an
// outcome with `stopped` and no findings; the check never writes to the document, so nothing of
// it is left behind.
[[nodiscard]] CheckOutcome check(ReportDocument& doc, const Catalog& catalog, DataFiles& files, const CheckOptions& options);

// ---- a template from a đề cương --------------------------------------------------------------

struct OutlineTemplate {
  OutlineImport imported;  // the template, what was recognised and what was not used
  std::string json;        // the template file's contents, checked to load with parseTemplate
};
// The open document is the đề cương as received. Errors: no outline (saying what was looked for),
// a bad id; nothing is written here, the faces save the JSON where the user says.
[[nodiscard]] Result<OutlineTemplate> templateFromOutline(ReportDocument& doc, const OutlineOptions& options);
// The template file's contents for a template as the clerk reviewed it (outline_review.hpp),
// checked to load as the wizard will load it.
[[nodiscard]] Result<std::string> templateFileJson(const ReportTemplate& t);

}  // namespace baocao::core::jobs
