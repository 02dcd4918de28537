#include "core/jobs/report_document.hpp"

namespace baocao::core {

std::optional<Provenance> recordedProvenance(ReportDocument& doc) {
  Provenance p{doc.property(DocumentProperty::kDataFile), doc.property(DocumentProperty::kDataModified),
               doc.property(DocumentProperty::kDataHash)};
  if (p.file.empty()) return std::nullopt;
  return p;
}

void recordTemplate(ReportDocument& doc, const ReportTemplate& t) {
  doc.setProperty(DocumentProperty::kTemplate, t.id + " " + t.version);
  doc.setProperty(DocumentProperty::kFigures, slotsToJson(allSlots(t)));
}

Result<std::vector<FigureSlot>> recordedSlots(ReportDocument& doc) {
  const std::string json = doc.property(DocumentProperty::kFigures);
  if (json.empty()) return std::vector<FigureSlot>{};
  return slotsFromJson(json, DocumentProperty::kFigures);
}

Result<DataFile> CachedDataFiles::read(const std::string& path, std::chrono::milliseconds timeout) {
  if (const auto it = mCache.find(path); it != mCache.end()) return it->second;
  return mCache.emplace(path, mrFiles.read(path, timeout)).first->second;
}

}  // namespace baocao::core
