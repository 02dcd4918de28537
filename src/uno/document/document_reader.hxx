// The Writer reader: one pass over a text document into the core's snapshot (core/validation/document.hpp)
// that the validation rules read. Text is taken exactly as the document holds it (not
// normalised: the text rules look for decomposed and legacy text) and as it would print: text in
// tracked deletions is left out, tracked insertions are kept.
#pragma once

#include "core/cancel.hpp"
#include "core/validation/document.hpp"
#include "uno/context.hxx"

#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <string>
#include <string_view>

namespace baocao::uno {

namespace css = com::sun::star;

// `progress` (may be empty) shows `progressText` while the document is read. With `layout`, and
// when the document has a view, the snapshot can say where a paragraph prints (Document::pages):
// each question moves the view cursor; the selection is put back when the snapshot is gone.
// `stop` (may be null) is asked before each paragraph: when the user stopped, core::Stopped
// leaves here (the check job catches it), the status bar's progress ended.
[[nodiscard]] core::Document readDocument(const Context& ctx, const css::uno::Reference<css::text::XTextDocument>& doc,
                                          const std::string& path,
                                          const css::uno::Reference<css::task::XStatusIndicator>& progress = {},
                                          std::string_view progressText = {}, bool layout = false,
                                          core::Cancellation* stop = nullptr);

// The paragraph with this index in readDocument's order (body and table cells in reading order),
// for "go to"; empty when the document has changed so much that it no longer exists.
[[nodiscard]] css::uno::Reference<css::text::XTextRange> paragraphAt(
    const css::uno::Reference<css::text::XTextDocument>& doc, int index);

}  // namespace baocao::uno
