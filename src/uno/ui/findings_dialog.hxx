// The validation results dialog: non-modal, one per document window. Findings grouped by
// severity; "Đi tới" selects the paragraph in the document; "Kiểm tra lại" runs the check again
// (the clerk fixes and re-checks without closing it); a ready-to-submit line when no errors remain.
#pragma once

#include "core/validation/report_check.hpp"
#include "uno/context.hxx"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include <functional>

namespace baocao::uno {

using Recheck = std::function<core::CheckOutcome()>;

// Shows (or refreshes and raises) the results dialog of this frame's document.
void showFindings(const Context& ctx, const css::uno::Reference<css::frame::XFrame>& frame,
                  const css::uno::Reference<css::text::XTextDocument>& doc, const core::CheckOutcome& outcome, Recheck recheck);

}  // namespace baocao::uno
