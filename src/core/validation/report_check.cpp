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
      out.problem = (say(MessageId::TemplateNotFound, {request.templateId}) + request.catalog->unavailableText())
                        .in(request.language);
  } else {
    throwIfStopped(request.stop);
    chosen = detectTemplate(*request.document, candidates, &detectedMap);
    out.detected = chosen != nullptr;
  }
  if (chosen != nullptr) out.templateId = chosen->id;

  ValidationInput input;
  input.document = request.document;
  input.reportTemplate = chosen;
  input.data = request.data;
  input.language = request.language;
  input.electronic = request.electronic;
  input.spelling = request.spelling;
  input.findingPages = request.findingPages;
  input.stop = request.stop;
  if (detectedMap && chosen != nullptr) input.sections = &*detectedMap;
  const auto& props = request.document->properties;
  if (const auto hash = props.find(DocumentProperty::kDataHash); hash != props.end() && request.dataNow)
    input.dataFileChanged = hash->second != request.dataNow->sha256;
  out.result = validate(input);
  return out;
}

namespace {

MessageId kindName(DocKind kind) {
  switch (kind) {
    case DocKind::KeHoach: return MessageId::KindKeHoach;
    case DocKind::HuongDan: return MessageId::KindHuongDan;
    case DocKind::ThongBao: return MessageId::KindThongBao;
    case DocKind::ToTrinh: return MessageId::KindToTrinh;
    case DocKind::QuyetDinh: return MessageId::KindQuyetDinh;
    case DocKind::CongVan: return MessageId::KindCongVan;
    default: return MessageId::KindBaoCao;
  }
}

std::string_view sourceName(DocKindSource s) {
  switch (s) {
    case DocKindSource::Title: return "title";
    case DocKindSource::Template: return "template";
    case DocKindSource::Number: return "number";
    default: return "default";
  }
}

}  // namespace

std::string kindText(const DetectedKind& kind, Language lang) {
  const MessageId line = kind.source == DocKindSource::Title      ? MessageId::CheckKind
                         : kind.source == DocKindSource::Template ? MessageId::CheckKindFromTemplate
                         : kind.source == DocKindSource::Number   ? MessageId::CheckKindFromNumber
                                                                  : MessageId::CheckKindDefault;
  return format(message(line, lang), std::string(message(kindName(kind.kind), lang)));
}

std::string findingsText(const CheckOutcome& outcome, Language lang) {
  const auto text = [lang](MessageId id, const std::string& arg = {}) { return format(message(id, lang), arg); };
  std::string s = outcome.path + ": ";
  if (!outcome.problem.empty()) s += outcome.problem + "\n";
  if (outcome.templateId.empty()) s += text(MessageId::CheckNoTemplate);
  else s += text(outcome.detected ? MessageId::CheckTemplateDetected : MessageId::CheckTemplate, outcome.templateId);
  s += "\n  " + kindText(outcome.result.kind, lang) + "\n";
  if (outcome.trackedChanges) s += "  " + text(MessageId::CheckTrackedChanges) + "\n";
  if (outcome.result.spelling == SpellingState::Unavailable) s += "  " + text(MessageId::CheckSpellingUnavailable) + "\n";
  for (const auto& f : outcome.result.findings)
    s += "  " + std::string(severityName(f.severity)) + " " + f.rule + ": " + f.message + "\n";
  if (outcome.result.readyToSubmit()) s += "  " + text(MessageId::CheckReady) + "\n";
  return s;
}

bj::object fileJsonObject(const CheckOutcome& outcome) {
  bj::object o;
  o["path"] = outcome.path;
  if (outcome.stopped) {  // no findings: a part of them would read as the report's
    o["stopped"] = true;
    return o;
  }
  o["template"] = outcome.templateId.empty() ? bj::value(nullptr) : bj::value(outcome.templateId);
  o["templateDetected"] = outcome.detected;
  const DocKindInfo& kind = docKindInfo(outcome.result.kind.kind);
  o["documentType"] = bj::object{{"kind", kind.id},
                                 {"code", kind.code.empty() ? bj::value(nullptr) : bj::value(kind.code)},
                                 {"source", sourceName(outcome.result.kind.source)}};
  if (!outcome.problem.empty()) o["templateProblem"] = outcome.problem;
  o["trackedChanges"] = outcome.trackedChanges;
  o["spelling"] = outcome.result.spelling == SpellingState::Checked ? "checked"
                  : outcome.result.spelling == SpellingState::Unavailable ? "unavailable" : "off";
  o["readyToSubmit"] = outcome.result.readyToSubmit();
  bj::array findings;
  for (const auto& f : outcome.result.findings) {
    bj::object finding{{"rule", f.rule}, {"severity", severityName(f.severity)}, {"message", f.message},
                       {"section", f.section}, {"paragraph", f.paragraph}};
    if (f.page > 0) finding["page"] = f.page;
    findings.push_back(std::move(finding));
  }
  o["findings"] = std::move(findings);
  return o;
}

std::string fileJson(const CheckOutcome& outcome) { return bj::serialize(fileJsonObject(outcome)); }

bj::object fileErrorJsonObject(const std::string& path, const std::string& error) {
  return bj::object{{"path", path}, {"error", error}};
}

}  // namespace baocao::core
