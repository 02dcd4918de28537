// The validator (core/validation, every rule module, core/report_check) over a random document
// snapshot (snapshot_input.hpp). The input's last byte chooses the way in: as the dialog does
// (a template, given or detected, then validate() with its sections, in Vietnamese or English)
// or as `baocao validate` does (checkReport with a template id given, unknown or none, then the
// findings as text and as JSON). Properties: findings point inside the document, are sorted by
// severity then paragraph, counted right and well-formed UTF-8; the JSON parses.
#include "core/validation/report_check.hpp"
#include "snapshot_input.hpp"

#include <boost/json.hpp>

using namespace baocao;
using fuzz::quote;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const core::Catalog catalog = [] {
    core::Catalog c;
    for (const auto& t : fuzz::shippedTemplates()) c.entries.push_back({t.source, t});
    return c;
  }();
  const fuzz::Parsed parsed = fuzz::parseSnapshot(fuzz::bytes(data, size));
  const core::Document& doc = parsed.doc;
  const auto& templates = fuzz::shippedTemplates();
  const std::uint32_t mode = size == 0 ? 0 : data[size - 1];

  core::ValidationInput input;
  input.document = &doc;
  input.data = parsed.compareData ? &fuzz::sampleData() : nullptr;
  if (parsed.compareData) input.dataFileChanged = parsed.dataChanged;
  if (mode % 2 == 0) {
    // A template: detected, or one given (then validate() recognises its sections itself).
    std::optional<core::SectionMap> map;
    const core::ReportTemplate* chosen = nullptr;
    switch ((mode >> 1) % 4) {
      case 0: chosen = core::detectTemplate(doc, templates, &map); break;
      case 1: chosen = &templates[0]; break;
      case 2: chosen = &templates[1]; break;
      default: break;  // none: the rules that need no template
    }
    if (map) fuzz::checkMap(doc, *map);
    input.reportTemplate = chosen;
    input.sections = map ? &*map : nullptr;
    input.language = mode & 8 ? core::Language::English : core::Language::Vietnamese;
    const core::ValidationResult result = core::validate(input);
    fuzz::checkResult(doc, result);
    FUZZ_CHECK(result.sections.size() == (chosen != nullptr ? core::flatten(*chosen).size() : 0));
    return 0;
  }
  core::CheckRequest request;
  request.document = &doc;
  request.catalog = &catalog;
  request.data = input.data;
  static const char* const kIds[] = {"", "dan-van-2021-2025", "bao-cao-dinh-ky", "khong-co"};
  request.templateId = kIds[(mode >> 1) % 4];
  request.language = mode & 8 ? core::Language::English : core::Language::Vietnamese;
  const core::CheckOutcome outcome = core::checkReport(request);
  fuzz::checkResult(doc, outcome.result);
  FUZZ_CHECK(outcome.problem.empty() == (request.templateId != "khong-co"));
  FUZZ_CHECK(!core::findingsText(outcome, request.language).empty());
  const std::string json = core::fileJson(outcome);
  boost::system::error_code ec;
  (void)boost::json::parse(json, ec);
  FUZZ_CHECK_MSG(!ec, ec.message() + ": " + quote(json, 2000));
  return 0;
}
