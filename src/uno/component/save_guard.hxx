// The warning on Save As and Export as PDF while the report still has errors
// (/org.baocao.Settings/Validation/WarnOnSaveAs). A job, started by LibreOffice's job executor
// when a Writer view is created (extension/registry/Jobs.xcu), puts a dispatch interceptor on the
// view's frame. With the setting on, the interceptor hands out its own dispatch for .uno:SaveAs,
// .uno:ExportToPDF and .uno:ExportDirectToPDF, which checks the report (the same check as
// "Kiểm tra báo cáo") and, while errors remain, asks the clerk whether to go on; Yes (or no
// errors) runs LibreOffice's own command, No cancels. Our own failure never blocks a save: it is
// logged and LibreOffice's command runs.
#pragma once

#include "uno/component/office_settings.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/task/XJob.hpp>
#include <cppuhelper/implbase2.hxx>

namespace baocao::uno {

class SaveGuardJob final : public cppu::WeakImplHelper2<css::task::XJob, css::lang::XServiceInfo> {
 public:
  explicit SaveGuardJob(Context ctx) : mxContext(std::move(ctx)) {}

  // XJob: Arguments.Environment.Model is the document whose view was created.
  css::uno::Any SAL_CALL execute(const css::uno::Sequence<css::beans::NamedValue>& args) override;

  // XServiceInfo
  rtl::OUString SAL_CALL getImplementationName() override;
  sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override;
  css::uno::Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override;

 private:
  Context mxContext;
};

// Puts the interceptor on a Writer frame once; a frame already guarded, or one that does not
// show a Writer text document, is left alone. May throw.
void guardFrame(const Context& ctx, const css::uno::Reference<css::frame::XFrame>& frame);

}  // namespace baocao::uno
