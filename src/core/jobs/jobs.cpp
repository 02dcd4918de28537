#include "core/jobs/jobs.hpp"

namespace baocao::core::jobs {

Result<const ReportTemplate*> findTemplate(const Catalog& catalog, std::string_view id) {
  if (const ReportTemplate* t = catalog.find(id)) return t;
  return Error{say(MessageId::TemplateNotFound, {id}) + catalog.unavailableText()};
}

void insertHeader(ReportDocument& doc, const HeaderRequest& request, Language lang) {
  const HeaderBlock block = buildHeader(request);
  doc.edit(message(MessageId::UndoInsertHeader, lang), [&] { doc.insertHeader(block); });
}

int Fill::problemCount() const {
  int n = 0;
  for (const auto& v : values) n += v.status != FigureValue::Status::Ok ? 1 : 0;
  return n;
}

std::string Fill::problems(Language lang) const {
  std::vector<Message> each;
  for (const auto& v : values)
    if (v.status != FigureValue::Status::Ok) each.push_back(v.problem);
  if (each.empty()) return {};
  return (say(MessageId::FiguresMissing, {std::to_string(each.size())}) + Message::verbatim("\n") + lines(each)).in(lang);
}

Result<Fill> readFill(DataFiles& files, const std::vector<FigureSlot>& slots, const std::string& path) {
  auto file = files.read(path, kDataFileTimeout);
  if (!file) return file.error();
  auto values = resolveFigures(slots, file->data);
  return Fill{std::move(*file), std::move(values)};
}

Result<NewReport> planNewReport(const ReportTemplate& t, const Answers& answers, const AgencyProfile& profile,
                                CivilDate today, std::string_view answersSource) {
  auto skeleton = buildSkeleton(t, answers, profile, today, answersSource);
  if (!skeleton) return skeleton.error();
  auto input = [&](const char* id) {
    const auto v = answers.inputs.find(id);
    return v == answers.inputs.end() ? std::string() : v->second;
  };
  return NewReport{&t, std::move(*skeleton), answers.dataFile, input("ky_bao_cao"), input(kPeriodFromInput),
                   input(kPeriodToInput), input(kDeadlineInput)};
}

Inserted newReport(ReportDocument& doc, DataFiles& files, const NewReport& report, Language lang) {
  Inserted out;
  std::optional<Result<Fill>> fill;
  if (!report.dataFile.empty()) fill = readFill(files, allSlots(*report.tmpl), report.dataFile);
  doc.preparePage();
  doc.edit(message(MessageId::UndoInsertReport, lang), [&] {
    doc.insertSkeleton(report.skeleton);
    recordTemplate(doc, *report.tmpl);
    if (!report.period.empty()) doc.setProperty(DocumentProperty::kPeriod, report.period);
    if (!report.periodFrom.empty()) doc.setProperty(DocumentProperty::kPeriodFrom, report.periodFrom);
    if (!report.periodTo.empty()) doc.setProperty(DocumentProperty::kPeriodTo, report.periodTo);
    if (!report.deadline.empty()) doc.setProperty(DocumentProperty::kDeadline, report.deadline);
    if (fill && *fill) doc.setFigures((*fill)->values, (*fill)->file.provenance);
  });
  out.summary = message(MessageId::ReportInserted, lang);
  if (fill && !*fill) {
    out.dataFileUnreadable = true;
    out.problems = (*fill).error().message.in(lang);
  } else if (fill) {
    out.figuresMissing = (*fill)->problemCount();
    for (const auto& v : (*fill)->values)
      if (v.status != FigureValue::Status::Ok) out.missing.push_back(v.label.empty() ? v.key : v.label);
    out.problems = (*fill)->problems(lang);
  }
  return out;
}

std::string RefreshPlan::fileChangedNote(Language lang) const {
  if (!fileChanged || !recorded) return {};
  return format(message(MessageId::DataFileChanged, lang), readableTime(recorded->modified));
}

std::string RefreshPlan::previewJson(Language lang) const {
  return core::previewJson(fill.file.provenance.file, fileChanged, rows, fill.values, lang);
}

Result<RefreshPlan> planRefresh(ReportDocument& doc, DataFiles& files, const std::string& dataFile,
                                const std::string& defaultFile) {
  const auto shown = doc.figures();
  auto slots = recordedSlots(doc);
  if (!slots) return slots.error();
  if (slots->empty() || shown.empty()) return Error{say(MessageId::NoFigureFields)};
  RefreshPlan plan;
  plan.recorded = recordedProvenance(doc);
  std::string path = dataFile;
  if (path.empty() && plan.recorded) path = plan.recorded->file;
  if (path.empty()) path = defaultFile;
  if (path.empty()) return Error{say(MessageId::NoDataFile)};
  auto fill = readFill(files, *slots, path);
  if (!fill) return fill.error();
  plan.fill = std::move(*fill);
  plan.rows = preview(shown, plan.fill.values);
  const Provenance& now = plan.fill.file.provenance;
  plan.fileChanged = plan.recorded && plan.recorded->file == now.file && plan.recorded->sha256 != now.sha256;
  return plan;
}

Refreshed applyRefresh(ReportDocument& doc, const RefreshPlan& plan, Language lang) {
  Refreshed out;
  doc.edit(message(MessageId::UndoRefreshFigures, lang),
           [&] { out.changed = doc.setFigures(plan.fill.values, plan.fill.file.provenance); });
  out.summary = out.changed == 0 ? std::string(message(MessageId::FiguresUnchanged, lang))
                                 : format(message(MessageId::FiguresUpdated, lang), std::to_string(out.changed));
  out.problems = plan.fill.problems(lang);
  return out;
}

namespace {

CheckOutcome checkUnlessStopped(ReportDocument& doc, const Catalog& catalog, DataFiles& files, const CheckOptions& options) {
  throwIfStopped(options.stop);
  const Document snapshot = doc.snapshot();
  throwIfStopped(options.stop);
  // The figures: the data file given, else the one of the last fill when it can still be read
  // quickly. One that cannot be read leaves the figures unchecked against it: a received report
  // names a file on its sender's machine, which is no fault of the report.
  std::optional<DataFile> data;
  if (!options.dataFile.empty()) {
    if (auto read = files.read(options.dataFile, kDataFileTimeout)) data = std::move(*read);
  } else if (const auto recorded = recordedProvenance(doc)) {
    if (auto read = files.read(recorded->file, options.recordedTimeout)) data = std::move(*read);
  }
  CheckRequest request;
  request.document = &snapshot;
  request.catalog = &catalog;
  request.templateId = options.templateId;
  request.language = options.language;
  request.electronic = options.electronic;
  request.spelling = options.spelling;
  request.findingPages = options.findingPages;
  request.stop = options.stop;
  if (data) {
    request.data = &data->data;
    request.dataNow = data->provenance;
  }
  return checkReport(request);
}

}  // namespace

CheckOutcome check(ReportDocument& doc, const Catalog& catalog, DataFiles& files, const CheckOptions& options) {
  try {
    return checkUnlessStopped(doc, catalog, files, options);
  } catch (const Stopped&) {
    CheckOutcome out;
    out.stopped = true;
    return out;
  }
}

Result<OutlineTemplate> templateFromOutline(ReportDocument& doc, const OutlineOptions& options) {
  auto imported = importOutline(doc.snapshot(), options);
  if (!imported) return imported.error();
  OutlineTemplate out{std::move(*imported), {}};
  auto json = templateFileJson(out.imported.tmpl);
  if (!json) return json.error();
  out.json = std::move(*json);
  return out;
}

Result<std::string> templateFileJson(const ReportTemplate& t) {
  std::string json = templateJson(t);
  // What is saved must load: a template the loader refuses would only fail later, in the wizard.
  if (auto loaded = parseTemplate(json, t.id + ".json"); !loaded) return loaded.error();
  return okText(std::move(json));
}

}  // namespace baocao::core::jobs
