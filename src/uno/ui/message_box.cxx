#include "uno/ui/message_box.hxx"

#include "uno/component/office_settings.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>


namespace baocao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

void showMessage(const Context& ctx, const Reference<css::frame::XFrame>& frame, MessageKind kind, const OUString& text) {
  if (!ctx.is()) throw css::uno::RuntimeException("cannot show a message without a component context");
  Reference<css::awt::XWindowPeer> parent;
  if (frame.is()) parent.set(frame->getContainerWindow(), UNO_QUERY);
  Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(ctx), UNO_QUERY);
  if (!factory.is()) return;
  const auto type = kind == MessageKind::Error     ? css::awt::MessageBoxType_ERRORBOX
                    : kind == MessageKind::Warning ? css::awt::MessageBoxType_WARNINGBOX
                                                   : css::awt::MessageBoxType_INFOBOX;
  const OUString title = toOU(core::message(core::MessageId::AppTitle, uiLanguage(ctx)));
  Reference<css::awt::XMessageBox> box =
      factory->createMessageBox(parent, type, css::awt::MessageBoxButtons::BUTTONS_OK, title, text);
  if (!box.is()) return;
  box->execute();
  Reference<css::lang::XComponent>(box, UNO_QUERY_THROW)->dispose();
}

Answer askYesNo(const Context& ctx, const Reference<css::frame::XFrame>& frame, const OUString& text) {
  if (!ctx.is()) throw css::uno::RuntimeException("cannot ask without a component context");
  Reference<css::awt::XWindowPeer> parent;
  if (frame.is()) parent.set(frame->getContainerWindow(), UNO_QUERY);
  Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(ctx), UNO_QUERY_THROW);
  const OUString title = toOU(core::message(core::MessageId::AppTitle, uiLanguage(ctx)));
  Reference<css::awt::XMessageBox> box = factory->createMessageBox(
      parent, css::awt::MessageBoxType_QUERYBOX,
      css::awt::MessageBoxButtons::BUTTONS_YES_NO | css::awt::MessageBoxButtons::DEFAULT_BUTTON_NO, title, text);
  if (!box.is()) throw css::uno::RuntimeException("the toolkit made no message box");
  const sal_Int16 result = box->execute();
  Reference<css::lang::XComponent>(box, UNO_QUERY_THROW)->dispose();
  return result == css::awt::MessageBoxResults::YES ? Answer::Yes : Answer::No;
}

}  // namespace baocao::uno
