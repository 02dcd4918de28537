// The protocol handler for "vnd.baocao:" URLs: maps a URL path to a command object and runs it
// inside the exception barrier. No behaviour lives here.
#pragma once

#include "uno/component/commands.hxx"
#include "uno/component/office_settings.hxx"

#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <cppuhelper/implbase4.hxx>

namespace baocao::uno {

class ProtocolHandler final
    : public cppu::WeakImplHelper4<css::frame::XDispatchProvider, css::frame::XNotifyingDispatch,
                                   css::lang::XInitialization, css::lang::XServiceInfo> {
 public:
  // `factory` maps URL paths to commands; tests pass one whose commands throw.
  explicit ProtocolHandler(Context ctx, CommandFactory factory = &makeCommand)
      : mxContext(std::move(ctx)), mpFactory(factory) {}

  // XInitialization: the framework passes the frame.
  void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& args) override;

  // XDispatchProvider
  css::uno::Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url,
                                                                    const rtl::OUString& target,
                                                                    sal_Int32 flags) override;
  css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL queryDispatches(
      const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override;

  // XDispatch, XNotifyingDispatch
  void SAL_CALL dispatch(const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& args) override;
  void SAL_CALL dispatchWithNotification(const css::util::URL& url,
                                         const css::uno::Sequence<css::beans::PropertyValue>& args,
                                         const css::uno::Reference<css::frame::XDispatchResultListener>& listener) override;
  void SAL_CALL addStatusListener(const css::uno::Reference<css::frame::XStatusListener>& listener,
                                  const css::util::URL& url) override;
  void SAL_CALL removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>& listener,
                                     const css::util::URL& url) override;

  // XServiceInfo
  rtl::OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
  css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

 private:
  Context mxContext;
  CommandFactory mpFactory;
  css::uno::Reference<css::frame::XFrame> mxFrame;
};

}  // namespace baocao::uno
