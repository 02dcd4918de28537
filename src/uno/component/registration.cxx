// The component's only registration point: constructor functions named in baocao.components.
#include "uno/component/proofreader.hxx"
#include "uno/component/protocol_handler.hxx"
#include "uno/component/save_guard.hxx"

#include <sal/types.h>

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_baocao_writer_ProtocolHandler_get_implementation(
    css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>&) {
  return cppu::acquire(new baocao::uno::ProtocolHandler(context));
}

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_baocao_writer_SaveGuardJob_get_implementation(
    css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>&) {
  return cppu::acquire(new baocao::uno::SaveGuardJob(context));
}

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_baocao_writer_Proofreader_get_implementation(
    css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>&) {
  return cppu::acquire(new baocao::uno::Proofreader(context));
}
