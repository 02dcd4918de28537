#include "uno/ui/findings_dialog.hxx"

#include "uno/component/office_settings.hxx"
#include "uno/ui/dialog_support.hxx"
#include "uno/document/document_reader.hxx"
#include "uno/uno_barrier.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTopWindow.hpp>
#include <com/sun/star/awt/XTopWindowListener.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowListener.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XUnitConversion.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/util/MeasureUnit.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XEventListener.hpp>
#include <com/sun/star/text/XTextViewCursorSupplier.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/implbase3.hxx>
#include <cppuhelper/implbase4.hxx>
#include <rtl/ref.hxx>

#include <map>
#include <vector>

namespace baocao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

class FindingsDialog;
// The dialogs by frame: one per document window, kept (hidden when closed) until the window goes.
std::map<css::frame::XFrame*, rtl::Reference<FindingsDialog>>& openDialogs() {
  static std::map<css::frame::XFrame*, rtl::Reference<FindingsDialog>> dialogs;
  return dialogs;
}

class FindingsDialog
    : public cppu::WeakImplHelper4<css::awt::XActionListener, css::awt::XTopWindowListener, css::awt::XItemListener,
                                   css::awt::XWindowListener> {
 public:
  FindingsDialog(Context ctx, Reference<css::frame::XFrame> frame, Reference<css::text::XTextDocument> doc, Recheck recheck)
      : mxContext(std::move(ctx)), mxFrame(std::move(frame)), mxDoc(std::move(doc)), maRecheck(std::move(recheck)),
        maText(uiLanguage(mxContext)),
        maTitle(core::message(core::MessageId::CheckReport, maText.language())) {
    // A child of the document window, like LibreOffice's own modeless dialogs (Find & Replace):
    // it stays above its document and the focus returns to the document when it hides.
    Sequence<css::beans::NamedValue> args(1);
    args.getArray()[0] = css::beans::NamedValue("ParentWindow", Any(mxFrame->getContainerWindow()));
    mxDialog = css::awt::DialogProvider2::create(mxContext)->createDialogWithArguments(
        dialogsUrl(mxContext) + "Findings.xdl", args);
    if (!mxDialog.is()) throw css::uno::RuntimeException("the findings dialog could not be created");
    Reference<css::awt::XControlContainer> controls(mxDialog, UNO_QUERY_THROW);
    for (const char* name : {"btnGoto", "btnRecheck", "btnClose"}) {
      Reference<css::awt::XButton> button(controls->getControl(OUString::createFromAscii(name)), UNO_QUERY_THROW);
      button->setActionCommand(OUString::createFromAscii(name));
      button->addActionListener(this);
    }
    Reference<css::awt::XTopWindow>(mxDialog, UNO_QUERY_THROW)->addTopWindowListener(this);
    for (const char* name : {"lstPlaces", "lstFindings"}) list(name)->addItemListener(this);
    Reference<css::awt::XFixedText>(controls->getControl("lblPlaces"), UNO_QUERY_THROW)
        ->setText(maText(core::MessageId::FindingsColumnPlace));
    Reference<css::awt::XFixedText>(controls->getControl("lblFindings"), UNO_QUERY_THROW)
        ->setText(maText(core::MessageId::FindingsColumnFinding));
    Reference<css::awt::XWindow> window(mxDialog, UNO_QUERY_THROW);
    // The size the clerk gave it last time; the layout follows every resize.
    const WindowSize size = readFindingsWindowSize(mxContext);
    if (size.width > 0 && size.height > 0)
      window->setPosSize(0, 0, size.width, size.height, css::awt::PosSize::SIZE);
    window->addWindowListener(this);
    layout();
  }

  Reference<css::awt::XListBox> list(const char* name) const {
    return Reference<css::awt::XListBox>(
        Reference<css::awt::XControlContainer>(mxDialog, UNO_QUERY_THROW)->getControl(OUString::createFromAscii(name)),
        UNO_QUERY_THROW);
  }
  sal_Int32 selectedRow() const { return list("lstFindings")->getSelectedItemPos(); }

  // The two columns are two lists of the same rows: a row chosen in one is chosen in the other.
  // (LibreOffice's grid control would draw columns, but on 7.4 a screen reader reads none of its
  // cells.)
  void selectRow(sal_Int16 pos) {
    for (const char* name : {"lstPlaces", "lstFindings"}) {
      auto l = list(name);
      if (l->getSelectedItemPos() != pos) l->selectItemPos(pos, true);
      l->makeVisible(pos);
    }
  }

  // Lays the controls out in the window's present size: the table takes what the status line,
  // the detail field and the buttons leave.
  void layout() {
    Reference<css::awt::XControlContainer> controls(mxDialog, UNO_QUERY_THROW);
    const css::awt::Rectangle box = Reference<css::awt::XWindow>(mxDialog, UNO_QUERY_THROW)->getPosSize();
    const css::awt::Size unit = Reference<css::awt::XUnitConversion>(mxDialog, UNO_QUERY_THROW)
                                    ->convertSizeToPixel(css::awt::Size(100, 100), css::util::MeasureUnit::APPFONT);
    auto px = [](sal_Int32 appfont, sal_Int32 per100) { return appfont * per100 / 100; };
    const sal_Int32 margin = px(6, unit.Width), width = std::max<sal_Int32>(box.Width - 2 * margin, px(200, unit.Width));
    const sal_Int32 status = px(20, unit.Height), detail = px(44, unit.Height), button = px(14, unit.Height),
                    gap = px(4, unit.Height);
    const sal_Int32 height = std::max<sal_Int32>(box.Height, px(150, unit.Height));
    const sal_Int32 buttonsTop = height - margin - button, detailTop = buttonsTop - gap - detail,
                    tableTop = margin + status + gap / 2, tableHeight = detailTop - gap - tableTop;
    auto place = [&](const char* name, sal_Int32 x, sal_Int32 y, sal_Int32 w, sal_Int32 h) {
      Reference<css::awt::XWindow>(controls->getControl(OUString::createFromAscii(name)), UNO_QUERY_THROW)
          ->setPosSize(x, y, w, h, css::awt::PosSize::POSSIZE);
    };
    place("lblStatus", margin, margin, width, status);
    const sal_Int32 placeWidth = px(110, unit.Width), head = px(10, unit.Height);  // the place column keeps its width
    place("lblPlaces", margin, tableTop, placeWidth, head);
    place("lblFindings", margin + placeWidth + gap, tableTop, width - placeWidth - gap, head);
    place("lstPlaces", margin, tableTop + head, placeWidth, tableHeight - head);
    place("lstFindings", margin + placeWidth + gap, tableTop + head, width - placeWidth - gap, tableHeight - head);
    place("txtDetail", margin, detailTop, width, detail);
    place("btnGoto", margin, buttonsTop, px(60, unit.Width), button);
    place("btnRecheck", margin + px(66, unit.Width), buttonsTop, px(70, unit.Width), button);
    place("btnClose", margin + width - px(60, unit.Width), buttonsTop, px(60, unit.Width), button);
  }

  // "mục II.1 · đoạn 12 · trang 3": where the finding is, as the clerk finds it.
  OUString placeOf(const core::Finding& f) const {
    using core::MessageId;
    std::string out;
    auto add = [&](MessageId id, const std::string& value) { out += (out.empty() ? "" : " · ") + maText.utf8(id, {value}); };
    if (!f.section.empty()) add(MessageId::FindingsPlaceSection, f.section);
    if (f.paragraph >= 0) add(MessageId::FindingsPlaceParagraph, std::to_string(f.paragraph + 1));
    if (f.page > 0) add(MessageId::FindingsPlacePage, std::to_string(f.page));
    return toOU(out);
  }

  void show(const core::CheckOutcome& outcome) {
    const bool trackedChanges = outcome.trackedChanges;
    Reference<css::awt::XControlContainer> controls(mxDialog, UNO_QUERY_THROW);
    int counts[3] = {0, 0, 0};
    for (const auto& f : outcome.result.findings) ++counts[static_cast<int>(f.severity)];
    using core::MessageId;
    const std::vector<std::string> all{std::to_string(counts[0]), std::to_string(counts[1]), std::to_string(counts[2])};
    OUString status = outcome.result.readyToSubmit()
                          ? maText(MessageId::FindingsReady, {maText.utf8(MessageId::FindingsCounts, all)})
                          : maText(MessageId::FindingsNotReady, {all[0]}) + " " + maText(MessageId::FindingsCounts, all);
    status += " " + (outcome.templateId.empty() ? maText(MessageId::FindingsNoTemplate)
                                                : maText(MessageId::FindingsTemplate, {outcome.templateId}));
    if (trackedChanges) status += " " + maText(MessageId::FindingsTracked);
    Reference<css::awt::XFixedText>(controls->getControl("lblStatus"), UNO_QUERY_THROW)->setText(status);

    maParagraphs.clear();
    maDetails.clear();
    const core::MessageId names[] = {core::MessageId::FindingsError, core::MessageId::FindingsWarning,
                                     core::MessageId::FindingsInfo};
    int last = -1;
    std::vector<OUString> places, items;
    for (const auto& f : outcome.result.findings) {
      const int severity = static_cast<int>(f.severity);
      if (severity != last) {  // a group line: "── Lỗi (3) ──"
        places.emplace_back();
        items.push_back(toOU("── ") + maText(names[severity]) + " (" + OUString::number(counts[severity]) + toOU(") ──"));
        maParagraphs.push_back(kGroupLine);
        maDetails.emplace_back();
        last = severity;
      }
      places.push_back(placeOf(f));
      items.push_back(toOU(f.message + "  [" + f.rule + "]"));
      maParagraphs.push_back(f.paragraph);
      maDetails.push_back(maText(names[severity]) + ": " + toOU(f.message + "\n[" + f.rule + "]"));
    }
    const std::pair<const char*, const std::vector<OUString>*> columns[] = {{"lstPlaces", &places}, {"lstFindings", &items}};
    for (const auto& [name, rows] : columns) {
      auto l = list(name);
      l->removeItems(0, l->getItemCount());
      Sequence<OUString> seq(static_cast<sal_Int32>(rows->size()));
      std::copy(rows->begin(), rows->end(), seq.getArray());
      l->addItems(seq, 0);
    }
    if (!items.empty()) selectRow(items.size() > 1 ? 1 : 0);
    showDetail();  // whether or not selecting from code tells the listener
    Reference<css::awt::XWindow> window(mxDialog, UNO_QUERY_THROW);
    window->setVisible(true);
    window->setFocus();
  }

  // Closing hides the dialog; it is kept for the next check of the same window and disposed
  // with the window. (Disposing it inside its own button's click handler pulls the window out
  // from under VCL while it is still dispatching the event.)
  void hide() {
    Reference<css::awt::XWindow> window(mxDialog, UNO_QUERY_THROW);
    const css::awt::Rectangle box = window->getPosSize();
    writeFindingsWindowSize(mxContext, WindowSize{box.Width, box.Height});  // the clerk's size, for next time
    window->setVisible(false);
    // The keyboard goes back to the document (without a window manager nobody else gives it back).
    if (Reference<css::awt::XWindow> document = mxFrame->getComponentWindow(); document.is()) document->setFocus();
  }

  // Called from FrameWatch::disposing, whose barrier logs a failure.
  void dispose() { Reference<css::lang::XComponent>(mxDialog, UNO_QUERY_THROW)->dispose(); }

  // XActionListener: the buttons
  void SAL_CALL actionPerformed(const css::awt::ActionEvent& event) override {
    rtl::Reference<FindingsDialog> keepAlive(this);
    UiFailureSink sink(mxContext, mxFrame, maTitle);
    (void)barrier("findings dialog " + toUtf8(event.ActionCommand), sink, [&] {
      if (event.ActionCommand == "btnClose") hide();
      else if (event.ActionCommand == "btnRecheck") recheck();
      else if (event.ActionCommand == "btnGoto") goTo();
    });
  }
  void SAL_CALL disposing(const css::lang::EventObject&) override {}

  // XItemListener: a row chosen in either column is chosen in both, and its finding shows whole
  // in the detail field
  void SAL_CALL itemStateChanged(const css::awt::ItemEvent& e) override {
    rtl::Reference<FindingsDialog> keepAlive(this);
    LogFailureSink sink(mxContext);
    (void)barrier("findings dialog selection", sink, [&] {
      if (e.Selected >= 0) selectRow(static_cast<sal_Int16>(e.Selected));
      showDetail();
    });
  }

  // XWindowListener: the clerk resizes the window
  void SAL_CALL windowResized(const css::awt::WindowEvent&) override {
    rtl::Reference<FindingsDialog> keepAlive(this);
    LogFailureSink sink(mxContext);
    (void)barrier("findings dialog resize", sink, [&] { layout(); });
  }
  void SAL_CALL windowMoved(const css::awt::WindowEvent&) override {}
  void SAL_CALL windowShown(const css::lang::EventObject&) override {}
  void SAL_CALL windowHidden(const css::lang::EventObject&) override {}

  // XTopWindowListener: the title bar's close button
  void SAL_CALL windowClosing(const css::lang::EventObject&) override {
    rtl::Reference<FindingsDialog> keepAlive(this);
    LogFailureSink sink(mxContext);
    (void)barrier("findings dialog close", sink, [&] { hide(); });
  }
  void SAL_CALL windowOpened(const css::lang::EventObject&) override {}
  void SAL_CALL windowClosed(const css::lang::EventObject&) override {}
  void SAL_CALL windowMinimized(const css::lang::EventObject&) override {}
  void SAL_CALL windowNormalized(const css::lang::EventObject&) override {}
  void SAL_CALL windowActivated(const css::lang::EventObject&) override {}
  void SAL_CALL windowDeactivated(const css::lang::EventObject&) override {}

 private:
  static constexpr int kGroupLine = -2;

  void recheck() { show(maRecheck()); }

  void showDetail() {
    Reference<css::awt::XControlContainer> controls(mxDialog, UNO_QUERY_THROW);
    const sal_Int32 pos = selectedRow();
    const bool valid = pos >= 0 && static_cast<std::size_t>(pos) < maDetails.size();
    Reference<css::awt::XTextComponent>(controls->getControl("txtDetail"), UNO_QUERY_THROW)
        ->setText(valid ? maDetails[static_cast<std::size_t>(pos)] : OUString());
  }

  void goTo() {
    const sal_Int32 pos = selectedRow();
    if (pos < 0 || static_cast<std::size_t>(pos) >= maParagraphs.size() || maParagraphs[pos] == kGroupLine) return;
    Reference<css::text::XTextRange> range = paragraphAt(mxDoc, maParagraphs[pos]);
    if (!range.is()) return;
    Reference<css::frame::XController> controller = Reference<css::frame::XModel>(mxDoc, UNO_QUERY_THROW)->getCurrentController();
    Reference<css::view::XSelectionSupplier>(controller, UNO_QUERY_THROW)->select(Any(range));
  }

 private:
  Context mxContext;
  Reference<css::frame::XFrame> mxFrame;
  Reference<css::text::XTextDocument> mxDoc;
  Recheck maRecheck;
  UiText maText;
  std::string maTitle;
  Reference<css::awt::XDialog> mxDialog;
  std::vector<int> maParagraphs;  // per list entry: the finding's paragraph, or kGroupLine
  std::vector<OUString> maDetails;  // per list entry: the detail field's text (empty for a group line)
};

// Closes a frame's dialog when the frame goes (the document closed).
class FrameWatch : public cppu::WeakImplHelper1<css::lang::XEventListener> {
 public:
  explicit FrameWatch(Context ctx) : mxContext(std::move(ctx)) {}
  void SAL_CALL disposing(const css::lang::EventObject& event) override {
    LogFailureSink sink(mxContext);
    (void)barrier("findings dialog frame closed", sink, [&] {
      Reference<css::frame::XFrame> frame(event.Source, UNO_QUERY);
      auto& dialogs = openDialogs();
      if (auto it = dialogs.find(frame.get()); it != dialogs.end()) {
        rtl::Reference<FindingsDialog> dialog = it->second;
        dialogs.erase(it);
        dialog->dispose();
      }
    });
  }

 private:
  Context mxContext;
};

}  // namespace

void showFindings(const Context& ctx, const Reference<css::frame::XFrame>& frame, const Reference<css::text::XTextDocument>& doc,
                  const core::CheckOutcome& outcome, Recheck recheck) {
  auto& dialogs = openDialogs();
  auto it = dialogs.find(frame.get());
  if (it == dialogs.end()) {
    rtl::Reference<FindingsDialog> dialog(new FindingsDialog(ctx, frame, doc, std::move(recheck)));
    it = dialogs.emplace(frame.get(), dialog).first;
    frame->addEventListener(Reference<css::lang::XEventListener>(new FrameWatch(ctx)));
  }
  it->second->show(outcome);
}

}  // namespace baocao::uno
