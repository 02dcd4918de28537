// One report checked as the clerk's "Kiểm tra báo cáo" and `baocao validate` both do it: the
// template chosen (given, or detected and said so), the data file's figures and its change since
// the document's last fill, then every rule. Also the findings as text and as JSON.
#pragma once

#include "core/figures/figures.hpp"
#include "core/templates/template_catalog.hpp"
#include "core/validation/validation.hpp"

#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <vector>

namespace baocao::core {

struct CheckRequest {
  const Document* document = nullptr;
  const Catalog* catalog = nullptr;
  std::string templateId;                // empty: detect
  const DataSet* data = nullptr;         // the figures to compare with, if any
  std::optional<Provenance> dataNow;     // the data file as it is now, to tell a stale fill
  Language language = Language::Vietnamese;
  bool electronic = false;               // number and date left for the document system (ValidationInput)
  SpellingOracle* spelling = nullptr;    // text.spelling's spell checker; null: spelling off
  bool findingPages = false;             // each finding's page (ValidationInput)
  Cancellation* stop = nullptr;          // asked between steps (ValidationInput::stop); null: never stops
};

struct CheckOutcome {
  std::string path;                      // the document's, as the caller named it (Document::path)
  ValidationResult result;
  std::string templateId;                // the template used; empty when none fits
  bool detected = false;                 // chosen by detection, not given
  std::string problem;                   // a given template id that does not exist
  bool trackedChanges = false;           // checked as it would print (Document::trackedChanges)
  // The user stopped the check (jobs::CheckOptions::stop): `result` is empty and means nothing.
  bool stopped = false;
};

[[nodiscard]] CheckOutcome checkReport(const CheckRequest& request);

// Human-readable findings of one file, grouped by severity.
[[nodiscard]] std::string findingsText(const CheckOutcome& outcome, Language lang);

// The kind of document found, in a line: "loại văn bản: kế hoạch (KH)".
[[nodiscard]] std::string kindText(const DetectedKind& kind, Language lang);

// {"path", "template", "templateDetected", "documentType": {"kind", "code", "source"}, "trackedChanges",
// "spelling": "checked" | "off" | "unavailable", "readyToSubmit", "findings": [{"rule",
// "severity", "message", "section", "paragraph", "page" (when placed: CheckRequest::findingPages)}]}
// for one file; an unreadable one: {"path", "error"}; a check the user stopped: {"path", "stopped": true}.
[[nodiscard]] boost::json::object fileJsonObject(const CheckOutcome& outcome);
[[nodiscard]] std::string fileJson(const CheckOutcome& outcome);
[[nodiscard]] boost::json::object fileErrorJsonObject(const std::string& path, const std::string& error);

}  // namespace baocao::core
