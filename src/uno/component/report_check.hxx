// "Kiểm tra báo cáo" over a Writer document with the office's templates and data files: the check
// job (core/jobs/jobs.hpp) as the ValidateReport command and the Save As / Export as PDF warning
// both run it.
#pragma once

#include "core/jobs/jobs.hpp"
#include "core/validation/report_check.hpp"
#include "uno/context.hxx"

#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include <string>

namespace baocao::uno {

// The check's options in the office: its electronic-documents setting, and `speller` for
// text.spelling when the setting has it on (/org.baocao.Settings/Validation/Spelling). Kiểm tra
// báo cáo and Xuất gửi đi… check alike through it.
[[nodiscard]] core::jobs::CheckOptions officeCheckOptions(const Context& ctx, const std::string& templateId,
                                                          core::Language language, core::SpellingOracle* speller);

// What a check is run for.
enum class CheckFor {
  Window,      // the findings window: every rule, each finding placed on its printed page
  Data,        // the findings as JSON (NoDialog): every rule; pages are not looked up
  ErrorCount,  // the save guard, which counts errors only: no spelling (its findings are warnings)
};

// `templateId` empty: detected. text.spelling runs when the setting has it on
// (/org.baocao.Settings/Validation/Spelling) and `purpose` needs it. May throw (UNO or reader
// failures); callers run it in a barrier.
[[nodiscard]] core::CheckOutcome checkWriterDocument(const Context& ctx,
                                                     const css::uno::Reference<css::text::XTextDocument>& doc,
                                                     const std::string& templateId, core::Language language,
                                                     const css::uno::Reference<css::task::XStatusIndicator>& progress,
                                                     CheckFor purpose);

}  // namespace baocao::uno
