// Renders a core::HeaderBlock into a Writer text as the decree's borderless two-column table.
#pragma once

#include "core/templates/header.hpp"
#include "uno/context.hxx"
#include "uno/document/writer_text.hxx"

#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>

namespace baocao::uno {

// Inserts the header table before `at` (in the text `at` belongs to) and returns it. The caller
// owns the undo context (EditScope).
css::uno::Reference<css::text::XTextTable> insertHeader(const Context& ctx,
                                                        const css::uno::Reference<css::text::XTextDocument>& doc,
                                                        const css::uno::Reference<css::text::XTextRange>& at,
                                                        const core::HeaderBlock& block);
// The same, measuring with the caller's TextMeasure (one for a whole insertion).
css::uno::Reference<css::text::XTextTable> insertHeader(TextMeasure& measure,
                                                        const css::uno::Reference<css::text::XTextDocument>& doc,
                                                        const css::uno::Reference<css::text::XTextRange>& at,
                                                        const core::HeaderBlock& block);

}  // namespace baocao::uno
