#include "uno/ui/dialog_support.hxx"

#include "core/portable.hpp"
#include "uno/component/names.hxx"
#include "uno/uno_barrier.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/FolderPicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>

#include <osl/file.hxx>

#include <filesystem>

namespace baocao::uno {

namespace dialogs = css::ui::dialogs;
using css::uno::Reference;

OUString dialogsUrl(const Context& ctx) {
  return css::deployment::PackageInformationProvider::get(ctx)->getPackageLocation(
             OUString::createFromAscii(names::kExtensionId)) + "/dialogs/";
}

OUString UiText::operator()(core::MessageId id, const std::vector<std::string>& args) const { return toOU(utf8(id, args)); }

std::string UiText::utf8(core::MessageId id, const std::vector<std::string>& args) const {
  return core::format(core::message(id, mLang), args);
}

ScopedDialog::ScopedDialog(const Context& ctx, const char* file)
    : mxContext(ctx), mxDialog(css::awt::DialogProvider2::create(ctx)->createDialog(dialogsUrl(ctx) + OUString::createFromAscii(file))) {
  if (!mxDialog.is()) throw css::uno::RuntimeException("the dialog " + OUString::createFromAscii(file) + " could not be created");
}

ScopedDialog::~ScopedDialog() {
  LogFailureSink log(mxContext);
  (void)barrier("closing a dialog", log, [&] { Reference<css::lang::XComponent>(mxDialog, css::uno::UNO_QUERY_THROW)->dispose(); });
}

std::string pickDataFile(const Context& ctx, const std::string& title, const std::string& filterName,
                         const std::string& startIn) {
  Reference<dialogs::XFilePicker3> picker =
      dialogs::FilePicker::createWithMode(ctx, dialogs::TemplateDescription::FILEOPEN_SIMPLE);
  picker->setTitle(toOU(title));
  picker->appendFilter(toOU(filterName), "*.ods;*.xlsx;*.xls;*.csv");
  if (!startIn.empty()) {
    const std::filesystem::path folder = core::pathFromUtf8(startIn).parent_path();
    OUString url;
    if (osl::FileBase::getFileURLFromSystemPath(toOU(core::utf8FromPath(folder)), url) == osl::FileBase::E_None)
      picker->setDisplayDirectory(url);
  }
  if (picker->execute() != dialogs::ExecutableDialogResults::OK) return {};
  const auto files = picker->getSelectedFiles();
  OUString path;
  if (files.getLength() == 0 || osl::FileBase::getSystemPathFromFileURL(files[0], path) != osl::FileBase::E_None) return {};
  return toUtf8(path);
}

std::string pickFolder(const Context& ctx, const std::string& title, const std::string& startIn) {
  Reference<dialogs::XFolderPicker2> picker = dialogs::FolderPicker::create(ctx);
  picker->setTitle(toOU(title));
  OUString url;
  if (!startIn.empty() &&
      osl::FileBase::getFileURLFromSystemPath(toOU(startIn), url) == osl::FileBase::E_None)
    picker->setDisplayDirectory(url);
  if (picker->execute() != dialogs::ExecutableDialogResults::OK) return {};
  OUString path;
  if (osl::FileBase::getSystemPathFromFileURL(picker->getDirectory(), path) != osl::FileBase::E_None) return {};
  return toUtf8(path);
}

}  // namespace baocao::uno
