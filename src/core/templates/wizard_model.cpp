#include "core/templates/wizard_model.hpp"

#include "core/validation/doc_type.hpp"
#include "text/vntext.hpp"

#include <algorithm>

namespace baocao::core {
namespace {

bool isPeriodInput(const std::string& id) {
  return id == "ky_bao_cao" || id == kPeriodFromInput || id == kPeriodToInput || id == kDeadlineInput;
}

}  // namespace

std::vector<Input> requestInputs(const ReportTemplate& t) {
  std::vector<Input> out;
  for (const auto& in : t.inputs)
    if (!isPeriodInput(in.id)) out.push_back(in);
  return out;
}

std::vector<NumberedSection> sectionsWhere(const ReportTemplate& t, bool required) {
  std::vector<NumberedSection> out;
  for (auto& n : flatten(t))
    if (n.section->required == required) out.push_back(std::move(n));
  return out;
}

void applyTemplateDefaults(WizardForm& f, const ReportTemplate& t, bool replace) {
  const auto shown = [](const std::string& iso) {
    const auto d = parseIsoDate(iso);
    return d ? shortDate(*d) : iso;
  };
  for (const auto& in : t.inputs) {
    if (in.defaultValue.empty()) continue;
    const std::string value = in.type == InputType::Date ? shown(in.defaultValue) : in.defaultValue;
    const auto it = std::find_if(f.inputs.begin(), f.inputs.end(), [&](const auto& p) { return p.first == in.id; });
    if (it == f.inputs.end()) f.inputs.emplace_back(in.id, value);
    else if (replace || text::isBlank(it->second)) it->second = value;
  }
  if (!t.period.empty() && (replace || text::isBlank(f.period))) {
    f.period = t.period;
    f.periodFrom.clear();  // the new period's own window (Decree 09's), unless the clerk types one
    f.periodTo.clear();
  }
  if (!t.deadline.empty() && (replace || text::isBlank(f.deadline))) f.deadline = shown(t.deadline);
}

Result<Answers> answersFromForm(const ReportTemplate& t, const WizardForm& form) {
  Answers a;
  a.templateId = t.id;
  a.number = text::collapseSpaces(form.number);
  a.dataFile = text::collapseSpaces(form.dataFile);
  a.omit = form.omit;
  a.docType = form.docType;
  std::vector<Message> errors;
  if (const std::string d = text::collapseSpaces(form.dateText); !d.empty()) {
    auto parsed = parseTypedDate(d);
    if (parsed) a.date = *parsed;
    else errors.push_back(say(MessageId::WizardDocumentDate, {parsed.error().message}));
  }
  for (const auto& [id, typed] : form.inputs) {
    // The binding captured through a named reference: clang before 16 cannot capture a structured binding.
    const auto in = std::find_if(t.inputs.begin(), t.inputs.end(), [&wanted = id](const Input& i) { return i.id == wanted; });
    if (in == t.inputs.end()) continue;
    std::string value = text::collapseSpaces(typed);
    if (in->type == InputType::Date && !value.empty()) {
      auto parsed = parseTypedDate(value);
      if (!parsed) {
        errors.push_back(Message::verbatim(in->label + ": ") + parsed.error().message);
        continue;
      }
      value = isoDate(*parsed);
    }
    if (!value.empty()) a.inputs[id] = value;
  }
  if (const std::string p = text::collapseSpaces(form.period); !p.empty()) a.inputs["ky_bao_cao"] = p;
  const std::pair<const char*, const std::string*> window[] = {
      {kPeriodFromInput, &form.periodFrom}, {kPeriodToInput, &form.periodTo}, {kDeadlineInput, &form.deadline}};
  for (const auto& [id, typed] : window) {
    const std::string value = text::collapseSpaces(*typed);
    if (value.empty()) continue;
    auto parsed = parseTypedDate(value);
    if (!parsed) errors.push_back(Message::verbatim(value + ": ") + parsed.error().message);
    else a.inputs[id] = isoDate(*parsed);
  }
  if (!errors.empty()) {
    return joinErrors(errors);
  }
  return a;
}

WizardForm formFromAnswers(const Answers& a) {
  WizardForm f;
  f.templateId = a.templateId;
  f.number = a.number;
  if (a.date) f.dateText = shortDate(*a.date);
  f.dataFile = a.dataFile;
  f.omit = a.omit;
  f.docType = a.docType;
  for (const auto& [id, value] : a.inputs) {
    auto iso = parseIsoDate(value);
    if (id == "ky_bao_cao") f.period = value;
    else if (id == kPeriodFromInput) f.periodFrom = iso ? shortDate(*iso) : value;
    else if (id == kPeriodToInput) f.periodTo = iso ? shortDate(*iso) : value;
    else if (id == kDeadlineInput) f.deadline = iso ? shortDate(*iso) : value;
    if (isPeriodInput(id)) continue;
    f.inputs.emplace_back(id, iso ? shortDate(*iso) : value);
  }
  return f;
}

std::string summaryText(const ReportTemplate& t, const Answers& a, const SummaryLabels& l) {
  std::string out = l.templ + ": " + t.title + " (" + t.id + " " + t.version + ")\n";
  std::string code = t.typeCode, typeName = t.typeName;
  for (const auto& k : docKinds())
    if (k.id == a.docType && !k.code.empty()) {
      code = std::string(k.code);
      typeName = std::string(k.name);
    }
  out += l.type + ": " + typeName + " (" + code + ")\n";
  out += l.number + ": " + (a.number.empty() ? "…" : a.number) + "/" + code + "\n";
  out += l.date + ": " + (a.date ? shortDate(*a.date) : l.none) + "\n";
  int included = 0;
  std::string omitted;
  for (const auto& n : flatten(t)) {
    if (std::find(a.omit.begin(), a.omit.end(), n.section->id) != a.omit.end())
      omitted += "\n  " + n.path + ". " + n.section->title;
    else
      ++included;
  }
  out += l.sections + ": " + std::to_string(included) + "\n";
  out += l.omitted + ":" + (omitted.empty() ? " " + l.none : omitted) + "\n";
  out += l.data + ": " + (a.dataFile.empty() ? l.none : a.dataFile) + "\n";
  for (const auto& in : t.inputs) {
    const auto v = a.inputs.find(in.id);
    std::string shown = v == a.inputs.end() ? l.none : v->second;
    if (in.type == InputType::Date && v != a.inputs.end())
      if (auto d = parseIsoDate(v->second)) shown = shortDate(*d);  // as the clerk typed it
    out += in.label + ": " + shown + "\n";
  }
  auto dateInput = [&](const char* id) -> std::string {
    const auto v = a.inputs.find(id);
    if (v == a.inputs.end()) return "…";
    const auto d = parseIsoDate(v->second);
    return d ? shortDate(*d) : v->second;
  };
  if (a.inputs.count(kPeriodFromInput) != 0 || a.inputs.count(kPeriodToInput) != 0)
    out += l.window + ": " + dateInput(kPeriodFromInput) + " - " + dateInput(kPeriodToInput) + "\n";
  if (a.inputs.count(kDeadlineInput) != 0) out += l.deadline + ": " + dateInput(kDeadlineInput) + "\n";
  return out;
}

}  // namespace baocao::core
