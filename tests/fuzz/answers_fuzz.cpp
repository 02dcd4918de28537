// core/skeleton's answers file (answersFromJson: `baocao new --answers`, the InsertReport command's
// JSON, the wizard's remembered answers) and what the wizard does with answers. Properties: a file
// that loads writes back (answersToJson) to JSON that loads to the same answers; the wizard's
// form made from them gives the same answers back for the inputs the template declares; the
// skeleton and the summary are built without a crash.
#include "core/templates/skeleton.hpp"
#include "core/templates/wizard_model.hpp"
#include "fuzz_support.hpp"
#include "text/vntext.hpp"

#include <algorithm>

using namespace baocao;
using fuzz::quote;

namespace {

bool same(const core::Answers& a, const core::Answers& b) {
  return a.templateId == b.templateId && a.inputs == b.inputs && a.date == b.date && a.number == b.number &&
         a.omit == b.omit && a.dataFile == b.dataFile;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json = fuzz::bytes(data, size);
  const auto a = core::answersFromJson(json, "answers.json");
  if (!a) {
    FUZZ_CHECK(a.error().message.en().rfind("answers.json: ", 0) == 0);
    return 0;
  }
  for (const auto& [id, value] : a->inputs) FUZZ_CHECK_MSG(text::isNfc(value) && text::collapseSpaces(value) == value, quote(value));

  const std::string written = core::answersToJson(*a);
  const auto back = core::answersFromJson(written, "written");
  FUZZ_CHECK_MSG(back.has_value(), written + "\n" + back.error().message.en());
  FUZZ_CHECK_MSG(same(*a, *back), written + "\n" + core::answersToJson(*back));

  static const core::AgencyProfile profile{"UBND huyện Vân Hồ", "Ủy ban nhân dân xã Long Môn", "UBND", "Long Môn", "BC",
                                           "Nguyễn Văn An", "Chủ tịch"};
  for (const auto& t : fuzz::shippedTemplates()) {
    // The wizard shows the answers and reads them back: what the template asks for is kept.
    const core::WizardForm form = core::formFromAnswers(*a);
    const auto typed = core::answersFromForm(t, form);
    if (!typed) {  // only a date input that is no date (answers files are not checked against a template):
      // the template's, or the period page's own (any template's: the window and the deadline)
      const auto isNoDate = [&](const std::string& id) {
        const auto v = a->inputs.find(id);
        return v != a->inputs.end() && !core::parseIsoDate(v->second);
      };
      const bool badDate =
          std::any_of(t.inputs.begin(), t.inputs.end(),
                      [&](const core::Input& in) { return in.type == core::InputType::Date && isNoDate(in.id); }) ||
          isNoDate(core::kPeriodFromInput) || isNoDate(core::kPeriodToInput) || isNoDate(core::kDeadlineInput);
      FUZZ_CHECK_MSG(badDate, written + "\n" + typed.error().message.en());
      continue;
    }
    for (const auto& in : t.inputs) {
      const auto given = a->inputs.find(in.id);
      if (given == a->inputs.end() || given->second.empty()) continue;  // empty: not given, the form drops it
      const auto kept = typed->inputs.find(in.id);
      if (in.type == core::InputType::Date && !core::parseIsoDate(given->second)) continue;  // the form refuses it
      // Left as it is: formFromAnswers shows every ISO date as dd/mm/yyyy, a text input's too, as
      // it is not given the template (docs/reliability.md, what is left).
      if (in.type == core::InputType::Text && core::parseIsoDate(given->second)) continue;
      FUZZ_CHECK_MSG(kept != typed->inputs.end() && kept->second == given->second,
                     in.id + ": " + quote(given->second) + " -> " + (kept == typed->inputs.end() ? "none" : quote(kept->second)));
    }
    FUZZ_CHECK(typed->date == a->date && typed->omit == a->omit);

    const auto skeleton = core::buildSkeleton(t, *a, profile, core::CivilDate{2025, 5, 7});
    if (skeleton) FUZZ_CHECK(!skeleton->body.empty());
    (void)core::summaryText(t, *a, core::SummaryLabels{"Mẫu", "Số", "Ngày", "Mục", "Bỏ", "Số liệu", "(không)"});
  }
  return 0;
}
