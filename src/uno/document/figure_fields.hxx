// The figures of a Writer document: user fields bound to data keys (master "bc_<key>", one master
// per key, so every use of a figure changes together), the figure slots and the data file's
// provenance kept as user-defined document properties, and applying new values as one undo step.
// Changing a field master's content is not undoable in Writer, so the change is recorded as our
// own undo action (restoring the old contents and provenance) inside the caller's undo context.
#pragma once

#include "core/figures/figures.hpp"
#include "uno/context.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/text/XTextDocument.hpp>

#include <map>
#include <string>

namespace baocao::uno {

// key -> the field master of every figure the document's text shows, found in one pass over the
// text fields (Writer looks masters up by name linearly: a lookup per key is quadratic). Take it
// once per command and hand it to figureTexts and applyFigures: over the CLI's bridge each pass
// is thousands of round trips.
using FigureMasters = std::map<std::string, css::uno::Reference<css::beans::XPropertySet>>;
[[nodiscard]] FigureMasters figureMasters(const css::uno::Reference<css::text::XTextDocument>& doc);

// key -> the text each figure shows now.
[[nodiscard]] std::map<std::string, std::string> figureTexts(const FigureMasters& masters);

// A user-defined document property (string), empty when absent.
[[nodiscard]] std::string documentProperty(const css::uno::Reference<css::text::XTextDocument>& doc, const char* name);
void setDocumentProperty(const css::uno::Reference<css::text::XTextDocument>& doc, const char* name, const std::string& value);

// Sets the fields of every value the document shows and stores the provenance, as an undo action
// added to the open undo context (call inside an EditScope). Returns how many figures changed.
int applyFigures(const Context& ctx, const css::uno::Reference<css::text::XTextDocument>& doc, const FigureMasters& masters,
                 const std::vector<core::FigureValue>& values,
                 const core::Provenance& provenance, const rtl::OUString& undoTitle);

}  // namespace baocao::uno
