// One Writer document checked as "Kiểm tra báo cáo" does it: the reader's snapshot, the
// templates, the data file of the last fill when it can still be read, then every rule.
// Shared by the ValidateReport command and the Save As / Export as PDF warning.
#pragma once

#include "core/validation/report_check.hpp"
#include "uno/component/office_settings.hxx"

#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include <string>

namespace baocao::uno {

struct CheckRun {
  core::CheckOutcome outcome;
  bool trackedChanges = false;
};

// `templateId` empty: detected. May throw (UNO or reader failures); callers run it in a barrier.
[[nodiscard]] CheckRun checkDocument(const Context& ctx, const css::uno::Reference<css::text::XTextDocument>& doc,
                                     const std::string& templateId, core::Language language,
                                     const css::uno::Reference<css::task::XStatusIndicator>& progress = {});

}  // namespace baocao::uno
