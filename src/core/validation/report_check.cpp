#include "core/validation/report_check.hpp"

#include "core/validation/sections.hpp"

#include <boost/json.hpp>

namespace baocao::core {
namespace bj = boost::json;

CheckOutcome checkReport(const CheckRequest& request) {
  CheckOutcome out;
  out.path = request.document->path;
  out.trackedChanges = request.document->trackedChanges;
  std::vector<ReportTemplate> candidates;
  for (const auto& e : request.catalog->entries)
    if (e.loaded) candidates.push_back(*e.loaded);
  const ReportTemplate* chosen = nullptr;
  std::optional<SectionMap> detectedMap;
  if (!request.templateId.empty()) {
    for (const auto& t : candidates)
      if (t.id == request.templateId) chosen = &t;
    if (chosen == nullptr)
      out.problem = format(message(MessageId::TemplateNotFound, request.language), request.templateId) +
                    request.catalog->unavailableText();
  } else {
    chosen = detectTemplate(*request.document, candidates, &detectedMap);
    out.detected = chosen != nullptr;
  }
  if (chosen != nullptr) out.templateId = chosen->id;

  ValidationInput input;
  input.document = request.document;
  input.reportTemplate = chosen;
  input.data = request.data;
  input.language = request.language;
  if (detectedMap && chosen != nullptr) input.sections = &*detectedMap;
  const auto& props = request.document->properties;
  if (const auto hash = props.find(DocumentProperty::kDataHash); hash != props.end() && request.dataNow)
    input.dataFileChanged = hash->second != request.dataNow->sha256;
  out.result = validate(input);
  return out;
}

std::string findingsText(const CheckOutcome& outcome, Language lang) {
  const bool vi = lang == Language::Vietnamese;
  std::string s = outcome.path + ": ";
  if (!outcome.problem.empty()) s += outcome.problem + "\n";
  if (outcome.templateId.empty()) s += vi ? "không nhận ra mẫu báo cáo (chỉ kiểm tra thể thức và chữ)" : "no template recognised (layout and text checked only)";
  else s += (vi ? "mẫu " : "template ") + outcome.templateId + (outcome.detected ? (vi ? " (tự nhận ra)" : " (detected)") : "");
  s += "\n";
  if (outcome.trackedChanges)
    s += vi ? "  có thay đổi được theo dõi: kiểm tra văn bản như khi in\n"
            : "  has tracked changes: validated as it would print\n";
  for (const auto& f : outcome.result.findings)
    s += "  " + std::string(severityName(f.severity)) + " " + f.rule + ": " + f.message + "\n";
  s += outcome.result.readyToSubmit() ? (vi ? "  sẵn sàng gửi: không có lỗi\n" : "  ready to submit: no errors\n")
                                      : "";
  return s;
}

bj::object fileJsonObject(const CheckOutcome& outcome) {
  bj::object o;
  o["path"] = outcome.path;
  o["template"] = outcome.templateId.empty() ? bj::value(nullptr) : bj::value(outcome.templateId);
  o["templateDetected"] = outcome.detected;
  if (!outcome.problem.empty()) o["templateProblem"] = outcome.problem;
  o["trackedChanges"] = outcome.trackedChanges;
  o["readyToSubmit"] = outcome.result.readyToSubmit();
  bj::array findings;
  for (const auto& f : outcome.result.findings)
    findings.push_back(bj::object{{"rule", f.rule}, {"severity", severityName(f.severity)}, {"message", f.message},
                                  {"section", f.section}, {"paragraph", f.paragraph}});
  o["findings"] = std::move(findings);
  return o;
}

std::string fileJson(const CheckOutcome& outcome) { return bj::serialize(fileJsonObject(outcome)); }

bj::object fileErrorJsonObject(const std::string& path, const std::string& error) {
  return bj::object{{"path", path}, {"error", error}};
}

}  // namespace baocao::core
