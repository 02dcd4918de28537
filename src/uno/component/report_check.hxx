// "Kiểm tra báo cáo" over a Writer document with the office's templates and data files: the check
// job (core/jobs/jobs.hpp) as the ValidateReport command and the Save As / Export as PDF warning
// both run it.
#pragma once

#include "core/jobs/jobs.hpp"
#include "core/cancel.hpp"
#include "core/validation/report_check.hpp"
#include "uno/context.hxx"

#include <com/sun/star/frame/XFrame.hpp>
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
// failures); callers run it in a barrier. `stop` (may be null) is asked by the reader and the
// check (core/cancel.hpp).
[[nodiscard]] core::CheckOutcome checkWriterDocument(const Context& ctx,
                                                     const css::uno::Reference<css::text::XTextDocument>& doc,
                                                     const std::string& templateId, core::Language language,
                                                     const css::uno::Reference<css::task::XStatusIndicator>& progress,
                                                     CheckFor purpose, core::Cancellation* stop = nullptr);

// Kiểm tra báo cáo as the clerk runs it, which they can stop: once the check has run for a second
// (a short one shows nothing more than the status bar's progress), a progress dialog with a Stop
// button (uno/ui/progress_dialog.hxx) until it ends; a click on Stop ends the check within a
// fraction of a second, while the document is read (asked before each paragraph) or while the
// rules run (asked between them and between the paragraphs of the long ones). Meanwhile the
// document's window (`frame`'s) takes no input, its menus included: the check reads the document
// paragraph by paragraph while the window events run, and an edit in between would be read half.
// Stopped: an outcome with `stopped`, no findings; nothing is written either way.
[[nodiscard]] core::CheckOutcome checkWriterDocumentStoppable(const Context& ctx,
                                                              const css::uno::Reference<css::frame::XFrame>& frame,
                                                              const css::uno::Reference<css::text::XTextDocument>& doc,
                                                              const std::string& templateId, core::Language language,
                                                              const css::uno::Reference<css::task::XStatusIndicator>& progress,
                                                              CheckFor purpose);

}  // namespace baocao::uno
