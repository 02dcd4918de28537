// Telling the user: a message box over the document window, or a Yes/No question.
#pragma once

#include "uno/context.hxx"

#include <com/sun/star/frame/XFrame.hpp>
#include <rtl/ustring.hxx>

namespace baocao::uno {

enum class MessageKind { Info, Warning, Error };

// Shows a modal message box parented to the frame's window (no-op without a toolkit, e.g. headless,
// where LibreOffice cancels dialogs itself).
void showMessage(const Context& ctx, const css::uno::Reference<css::frame::XFrame>& frame, MessageKind kind,
                 const rtl::OUString& text);

enum class Answer { Yes, No };

// Asks a Yes/No question in a query box parented to the frame's window, No the default button.
// Closing the box counts as No; so does headless LibreOffice, which cancels every dialog. Throws
// when no box can be shown at all (no toolkit): the caller decides what that means.
[[nodiscard]] Answer askYesNo(const Context& ctx, const css::uno::Reference<css::frame::XFrame>& frame,
                              const rtl::OUString& text);

}  // namespace baocao::uno
