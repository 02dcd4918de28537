#include "uno/ui/export_dialog.hxx"

#include "uno/ui/dialog_support.hxx"
#include "uno/uno_barrier.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>

#include <cppuhelper/implbase1.hxx>

namespace baocao::uno {

namespace css = com::sun::star;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

// The … button: the folder picker, starting in the folder typed; the folder picked goes into the field.
class BrowseFolder final : public cppu::WeakImplHelper1<css::awt::XActionListener> {
 public:
  BrowseFolder(Context ctx, Reference<css::awt::XTextComponent> field, std::string title)
      : mxContext(std::move(ctx)), mxField(std::move(field)), maTitle(std::move(title)) {}
  void SAL_CALL actionPerformed(const css::awt::ActionEvent&) override {
    UiFailureSink sink(mxContext, nullptr, maTitle);
    (void)barrier("the export dialog's folder picker", sink, [&] {
      const std::string picked = pickFolder(mxContext, maTitle, toUtf8(mxField->getText()));
      if (!picked.empty()) mxField->setText(toOU(picked));
    });
  }
  void SAL_CALL disposing(const css::lang::EventObject&) override {}

 private:
  Context mxContext;
  Reference<css::awt::XTextComponent> mxField;
  std::string maTitle;
};

}  // namespace

std::optional<ExportChoice> runExportDialog(const Context& ctx, core::Language lang, const ExportChoice& initial,
                                            const std::vector<std::string>& certificates) {
  const UiText text(lang);
  const ScopedDialog scoped(ctx, "ExportPackage.xdl");
  const Reference<css::awt::XDialog>& dialog = scoped.get();
  Reference<css::awt::XControlContainer> controls(dialog, UNO_QUERY_THROW);
  Reference<css::awt::XTextComponent> folder(controls->getControl("txtFolder"), UNO_QUERY_THROW);
  folder->setText(toOU(initial.folder));
  Reference<css::awt::XButton> browse(controls->getControl("btnFolder"), UNO_QUERY_THROW);
  const Reference<css::awt::XActionListener> listener(
      new BrowseFolder(ctx, folder, text.utf8(core::MessageId::ExportChooseFolder)));
  browse->addActionListener(listener);
  Reference<css::awt::XCheckBox> pdfa(controls->getControl("chkPdfa"), UNO_QUERY_THROW);
  pdfa->setState(initial.pdfa ? 1 : 0);
  Reference<css::awt::XListBox> list(controls->getControl("lstCertificate"), UNO_QUERY_THROW);
  if (certificates.empty()) {
    list->addItem(text(core::MessageId::ExportNoSigningCertificate), 0);
    list->selectItemPos(0, true);
    for (const char* name : {"lblCertificate", "lstCertificate"})
      Reference<css::awt::XWindow>(controls->getControl(OUString::createFromAscii(name)), UNO_QUERY_THROW)->setEnable(false);
  } else {
    list->addItem(text(core::MessageId::ExportDoNotSign), 0);
    for (const auto& subject : certificates) list->addItem(toOU(subject), list->getItemCount());
    list->selectItemPos(0, true);
  }
  const bool ok = dialog->execute() == 1;
  browse->removeActionListener(listener);
  if (!ok) return std::nullopt;
  ExportChoice chosen;
  chosen.folder = toUtf8(folder->getText());
  chosen.pdfa = pdfa->getState() == 1;
  if (const sal_Int16 at = list->getSelectedItemPos(); !certificates.empty() && at > 0) chosen.certificate = at - 1;
  return chosen;
}

}  // namespace baocao::uno
