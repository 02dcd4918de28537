#include "uno/ui/outline_review.hxx"

#include "core/jobs/jobs.hpp"
#include "core/portable.hpp"
#include "uno/component/office_settings.hxx"
#include "uno/ui/dialog_support.hxx"
#include "uno/ui/message_box.hxx"
#include "uno/uno_barrier.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XRadioButton.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindow.hpp>

#include <cppuhelper/implbase2.hxx>
#include <rtl/ref.hxx>

namespace baocao::uno {

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

namespace {

// Forwards the dialog's clicks to the review and shows its rows again; saving checks the folder
// first (core::planTemplateSave) and closes the dialog only once the file is written.
class ReviewDialog : public cppu::WeakImplHelper2<css::awt::XActionListener, css::awt::XItemListener> {
 public:
  ReviewDialog(Context ctx, Reference<css::frame::XFrame> frame, Reference<css::awt::XDialog> dialog,
               core::OutlineReview& review, TemplateFolders folders)
      : mxContext(std::move(ctx)), mxFrame(std::move(frame)), mxDialog(std::move(dialog)), mrReview(review),
        maFolders(std::move(folders)), maText(uiLanguage(mxContext)),
        maTitle(core::message(core::MessageId::OutlineCommandTitle, maText.language())) {}

  void start() {
    for (const char* name : {"btnApply", "btnUp", "btnDown", "btnDrop", "btnUndo", "btnSave"}) {
      Reference<css::awt::XButton> button(control(name), UNO_QUERY_THROW);
      button->setActionCommand(OUString::createFromAscii(name));
      button->addActionListener(this);
    }
    list()->addItemListener(this);
    Reference<css::awt::XCheckBox>(control("chkOptional"), UNO_QUERY_THROW)->addItemListener(this);
    fixedText("lblSummary")->setText(toOU(mrReview.imported().summary().in(maText.language())));
    // one line a note, a list rather than a read-only text field: a screen reader reads its rows
    const auto& notes = mrReview.imported().notes;
    Sequence<OUString> lines(std::max<sal_Int32>(1, static_cast<sal_Int32>(notes.size())));
    if (notes.empty()) lines.getArray()[0] = maText(core::MessageId::ReviewNoNotes);
    for (std::size_t k = 0; k < notes.size(); ++k) lines.getArray()[k] = toOU(notes[k].message().in(maText.language()));
    Reference<css::awt::XListBox>(control("lstNotes"), UNO_QUERY_THROW)->addItems(lines, 0);
    textField("txtId")->setText(toOU(mrReview.id()));
    textField("txtName")->setText(toOU(mrReview.title()));
    // no shared folder set: nowhere to offer
    Reference<css::awt::XWindow>(control("optShared"), UNO_QUERY_THROW)->setEnable(maFolders.shared.has_value());
    show(0);
  }

  [[nodiscard]] const std::optional<std::filesystem::path>& saved() const { return maSaved; }

  // XActionListener: the buttons
  void SAL_CALL actionPerformed(const css::awt::ActionEvent& event) override {
    rtl::Reference<ReviewDialog> keepAlive(this);
    UiFailureSink sink(mxContext, mxFrame, maTitle);
    (void)barrier("outline review " + toUtf8(event.ActionCommand), sink, [&] {
      const std::size_t row = selected();
      const OUString& command = event.ActionCommand;
      if (command == "btnApply") {
        // the title first: a refused title leaves the guidance unapplied too
        if (!said(mrReview.rename(row, toUtf8(textField("txtTitle")->getText()))))
          (void)said(mrReview.setGuidance(row, toUtf8(textField("txtGuidance")->getText())));
        show(row);
      } else if (command == "btnUp" || command == "btnDown") {
        if (row < mrReview.rows().size())
          (void)said(mrReview.setLevel(row, mrReview.rows()[row].level + (command == "btnUp" ? -1 : 1)));
        show(row);
      } else if (command == "btnDrop") {
        (void)said(mrReview.drop(row));
        show(row == 0 ? 0 : row - 1);  // the row its text went into
      } else if (command == "btnUndo") {
        (void)mrReview.undo();
        show(row);
      } else if (command == "btnSave") {
        save();
      }
    });
  }

  // XItemListener: a row chosen shows its fields; the optional box applies at once
  void SAL_CALL itemStateChanged(const css::awt::ItemEvent& event) override {
    rtl::Reference<ReviewDialog> keepAlive(this);
    UiFailureSink sink(mxContext, mxFrame, maTitle);
    (void)barrier("outline review selection", sink, [&] {
      if (mbShowing) return;  // setting the box or the list from code tells the listeners too
      const Reference<css::awt::XCheckBox> box(event.Source, css::uno::UNO_QUERY);
      if (box.is()) {
        const std::size_t row = selected();
        (void)said(mrReview.setRequired(row, box->getState() == 0));
        show(row);
      } else {
        showFields(selected());
      }
    });
  }
  void SAL_CALL disposing(const css::lang::EventObject&) override {}

 private:
  Reference<css::awt::XControl> control(const char* name) const {
    return Reference<css::awt::XControlContainer>(mxDialog, UNO_QUERY_THROW)->getControl(OUString::createFromAscii(name));
  }
  Reference<css::awt::XListBox> list() const { return Reference<css::awt::XListBox>(control("lstOutline"), UNO_QUERY_THROW); }
  Reference<css::awt::XTextComponent> textField(const char* name) const {
    return Reference<css::awt::XTextComponent>(control(name), UNO_QUERY_THROW);
  }
  Reference<css::awt::XFixedText> fixedText(const char* name) const {
    return Reference<css::awt::XFixedText>(control(name), UNO_QUERY_THROW);
  }
  std::size_t selected() const {
    const sal_Int16 pos = list()->getSelectedItemPos();
    return pos < 0 ? mrReview.rows().size() : static_cast<std::size_t>(pos);
  }

  // A refused edit is said; true when there was one.
  bool said(const std::optional<core::Message>& refused) {
    if (!refused) return false;
    showMessage(mxContext, mxFrame, MessageKind::Warning, toOU(refused->in(maText.language())));
    return true;
  }

  // The rows again, `row` chosen (the last one when past the end).
  void show(std::size_t row) {
    const Showing showing(mbShowing);
    const auto rows = list();
    rows->removeItems(0, rows->getItemCount());
    const std::size_t count = mrReview.rows().size();
    Sequence<OUString> items(static_cast<sal_Int32>(count));
    for (std::size_t k = 0; k < count; ++k) items.getArray()[k] = toOU(mrReview.line(k, maText.language()));
    rows->addItems(items, 0);
    if (count > 0) {
      const auto pos = static_cast<sal_Int16>(std::min(row, count - 1));
      rows->selectItemPos(pos, true);
      rows->makeVisible(pos);
    }
    Reference<css::awt::XWindow>(control("btnUndo"), UNO_QUERY_THROW)->setEnable(mrReview.canUndo());
    showFields(selected());
  }

  void showFields(std::size_t row) {
    const Showing showing(mbShowing);
    const bool valid = row < mrReview.rows().size();
    const core::ReviewRow none;
    const core::ReviewRow& r = valid ? mrReview.rows()[row] : none;
    textField("txtTitle")->setText(toOU(r.title));
    textField("txtGuidance")->setText(toOU(r.guidance));
    Reference<css::awt::XCheckBox>(control("chkOptional"), UNO_QUERY_THROW)->setState(static_cast<sal_Int16>(r.required ? 0 : 1));
    fixedText("lblDetail")->setText(valid ? toOU(mrReview.detail(row).in(maText.language())) : OUString());
  }

  void save() {
    const core::Language lang = maText.language();
    if (said(mrReview.setId(toUtf8(textField("txtId")->getText()))) ||
        said(mrReview.setTitle(toUtf8(textField("txtName")->getText()))))
      return;
    auto json = core::jobs::templateFileJson(mrReview.result());
    if (!json) {
      showMessage(mxContext, mxFrame, MessageKind::Error, toOU(json.error().message.in(lang)));
      return;
    }
    const bool shared =
        maFolders.shared && Reference<css::awt::XRadioButton>(control("optShared"), UNO_QUERY_THROW)->getState();
    core::TemplateSavePlan plan = core::planTemplateSave(shared ? *maFolders.shared : maFolders.user, mrReview.id());
    if (plan.check == core::TemplateSavePlan::Check::NotWritable && shared) {
      if (askYesNo(mxContext, mxFrame, toOU(core::sharedFolderNotWritable(plan, maFolders.user).in(lang))) != Answer::Yes)
        return;
      Reference<css::awt::XRadioButton>(control("optUser"), UNO_QUERY_THROW)->setState(true);
      plan = core::planTemplateSave(maFolders.user, mrReview.id());
    }
    if (plan.check == core::TemplateSavePlan::Check::NotWritable) {
      showMessage(mxContext, mxFrame, MessageKind::Error, toOU(core::folderNotWritable(plan).in(lang)));
      return;
    }
    if (plan.check == core::TemplateSavePlan::Check::Exists &&
        askYesNo(mxContext, mxFrame, maText(core::MessageId::OutlineReplace, {core::utf8FromPath(plan.file)})) != Answer::Yes)
      return;  // the clerk may give another id
    auto written = core::writeTemplateFile(plan.file.parent_path(), mrReview.id(), *json);
    if (!written) {
      showMessage(mxContext, mxFrame, MessageKind::Error, toOU(written.error().message.in(lang)));
      return;
    }
    maSaved = *written;
    mxDialog->endExecute();
  }

  // Set while the code fills the controls (nests: show calls showFields).
  class Showing {
   public:
    explicit Showing(bool& flag) : mrFlag(flag), mbWas(flag) { flag = true; }
    Showing(const Showing&) = delete;
    Showing& operator=(const Showing&) = delete;
    ~Showing() { mrFlag = mbWas; }

   private:
    bool& mrFlag;
    bool mbWas;
  };

  Context mxContext;
  Reference<css::frame::XFrame> mxFrame;
  Reference<css::awt::XDialog> mxDialog;
  bool mbShowing = false;
  core::OutlineReview& mrReview;
  TemplateFolders maFolders;
  UiText maText;
  std::string maTitle;
  std::optional<std::filesystem::path> maSaved;
};

}  // namespace

std::optional<std::filesystem::path> reviewOutlineTemplate(const Context& ctx, const Reference<css::frame::XFrame>& frame,
                                                           core::OutlineReview& review, const TemplateFolders& folders) {
  const ScopedDialog scoped(ctx, "OutlineReview.xdl");
  rtl::Reference<ReviewDialog> listener(new ReviewDialog(ctx, frame, scoped.get(), review, folders));
  listener->start();
  (void)scoped.get()->execute();  // Save closes it with endExecute once written; Cancel and the close box save nothing
  return listener->saved();
}

}  // namespace baocao::uno
