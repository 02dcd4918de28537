// What the report wizard shows and collects, apart from any UI: which inputs go on the request
// page, which sections the clerk may leave out, how typed answers become Answers, and the summary.
#pragma once

#include "core/templates/skeleton.hpp"
#include "core/templates/template_catalog.hpp"

#include <string>
#include <vector>

namespace baocao::core {

// The template's inputs asked on the request-letter page (all but the reporting period, which
// the period page asks for).
[[nodiscard]] std::vector<Input> requestInputs(const ReportTemplate& t);
inline constexpr std::size_t kRequestInputSlots = 6;  // the page has six label/field pairs

// Sections with `required` equal to the flag, in document order.
[[nodiscard]] std::vector<NumberedSection> sectionsWhere(const ReportTemplate& t, bool required);

// The wizard's pages as typed by the clerk.
struct WizardForm {
  std::string templateId;
  std::string docType;  // a DocKindInfo id; empty: the template's own kind
  std::string number, dateText, placeName, period, dataFile;
  // The period's cut-off window and deadline, typed dd/mm/yyyy (Decree 09's defaults, or the
  // request letter's own).
  std::string periodFrom, periodTo, deadline;
  std::vector<std::pair<std::string, std::string>> inputs;  // input id, typed text
  std::vector<std::string> omit;
};

// The template's defaults (a request letter's facts, read from its đề cương: number, date, agency,
// period, deadline) into the form, dates as typed (dd/mm/yyyy): in place of what the form holds
// when `replace` (the clerk chose another template), else only where the form is empty.
void applyTemplateDefaults(WizardForm& f, const ReportTemplate& t, bool replace);

// Typed text to Answers: dates typed dd/mm/yyyy become ISO; errors name the field's label.
[[nodiscard]] Result<Answers> answersFromForm(const ReportTemplate& t, const WizardForm& form);

// The previous answers back into the form (the wizard remembers the last ones).
[[nodiscard]] WizardForm formFromAnswers(const Answers& a);

struct SummaryLabels {
  std::string templ, number, date, sections, omitted, data, none;
  std::string type = "Loại văn bản", window = "Số liệu tính từ ngày … đến ngày", deadline = "Hạn gửi";
};
[[nodiscard]] std::string summaryText(const ReportTemplate& t, const Answers& a, const SummaryLabels& labels);

}  // namespace baocao::core
