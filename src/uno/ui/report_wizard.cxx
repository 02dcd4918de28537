#include "uno/ui/report_wizard.hxx"

#include "core/portable.hpp"
#include "uno/component/names.hxx"
#include "uno/component/office_settings.hxx"
#include "uno/ui/dialog_support.hxx"
#include "uno/ui/message_box.hxx"
#include "uno/uno_barrier.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/ContainerWindowProvider.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XContainerWindowEventHandler.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/Key.hpp>
#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/awt/XFocusListener.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XKeyListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/Wizard.hpp>
#include <com/sun/star/ui/dialogs/WizardButton.hpp>
#include <com/sun/star/ui/dialogs/XWizardController.hpp>
#include <com/sun/star/ui/dialogs/XWizardPage.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase2.hxx>
#include <rtl/ref.hxx>

#include <algorithm>
#include <array>
#include <functional>
#include <memory>

namespace baocao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
namespace dialogs = css::ui::dialogs;
using core::MessageId;

namespace {

constexpr sal_Int16 kPages = 6;
const char* const kPageFiles[kPages] = {"WizardTemplate", "WizardDocument", "WizardRequest",
                                        "WizardSections", "WizardData",     "WizardSummary"};
const char* const kFirstControl[kPages] = {"lstTemplates", "txtNumber", "txtInput0", "lstSections", "txtDataFile", "txtSummary"};

struct State {
  Context ctx;
  UiText text;        // in the UI language
  std::string title;  // resolved once, so the callbacks' failure sinks need no lookup
  core::Catalog catalog;
  core::WizardForm form;
  std::optional<core::Answers> answers;  // valid answers once the form checks
  Reference<dialogs::XWizard> wizard;
  // Expires with the state: a callback queued while the wizard ran and run after it closed
  // (a key, then Escape at once) finds it expired and does nothing.
  std::shared_ptr<int> alive = std::make_shared<int>(0);
  const core::ReportTemplate* current() const {
    for (const auto& e : catalog.entries)
      if (e.loaded && e.loaded->id == form.templateId) return &*e.loaded;
    return nullptr;
  }
};

Reference<css::awt::XControlContainer> controls(const Reference<css::awt::XWindow>& w) {
  return Reference<css::awt::XControlContainer>(w, UNO_QUERY_THROW);
}
Reference<css::awt::XTextComponent> textOf(const Reference<css::awt::XWindow>& w, const char* name) {
  return Reference<css::awt::XTextComponent>(controls(w)->getControl(OUString::createFromAscii(name)), UNO_QUERY_THROW);
}
Reference<css::awt::XListBox> listOf(const Reference<css::awt::XWindow>& w, const char* name) {
  return Reference<css::awt::XListBox>(controls(w)->getControl(OUString::createFromAscii(name)), UNO_QUERY_THROW);
}
void setLabel(const Reference<css::awt::XWindow>& w, const OUString& name, const std::string& text) {
  Reference<css::awt::XFixedText>(controls(w)->getControl(name), UNO_QUERY_THROW)->setText(toOU(text));
}
void show(const Reference<css::awt::XWindow>& w, const OUString& name, bool visible) {
  Reference<css::awt::XWindow>(controls(w)->getControl(name), UNO_QUERY_THROW)->setVisible(visible);
}

std::string describe(const core::CatalogEntry& e, core::Language lang) {
  if (!e.loaded) return e.loaded.error().message.in(lang);
  return e.loaded->description.empty() ? e.loaded->title : e.loaded->description;
}

// Listens to the template list: the description follows the selection.
class TemplateListListener final : public cppu::WeakImplHelper1<css::awt::XItemListener> {
 public:
  TemplateListListener(State& state, Reference<css::awt::XWindow> window) : mrState(state), mxWindow(std::move(window)) {}
  void SAL_CALL itemStateChanged(const css::awt::ItemEvent& e) override {
    LogFailureSink log(mrState.ctx);
    (void)barrier("wizard template list", log, [&] {
      const auto pos = static_cast<std::size_t>(e.Selected);
      if (pos >= mrState.catalog.entries.size()) return;
      const auto& entry = mrState.catalog.entries[pos];
      setLabel(mxWindow, "lblDescription", describe(entry, mrState.text.language()));
      mrState.form.templateId = entry.loaded ? entry.loaded->id : std::string();
      if (mrState.wizard.is()) mrState.wizard->enableButton(dialogs::WizardButton::NEXT, entry.loaded.has_value());
    });
  }
  void SAL_CALL disposing(const css::lang::EventObject&) override {}

 private:
  State& mrState;
  Reference<css::awt::XWindow> mxWindow;
};

// Something the wizard does on an event: run inside the exception barrier, and only while the
// wizard's state exists (a callback queued while it ran may come after it closed). Used as a
// callback once the current event is over (later) and as a focus listener.
class WizardAction final : public cppu::WeakImplHelper2<css::awt::XCallback, css::awt::XFocusListener> {
 public:
  WizardAction(const State& state, const char* what, std::function<void()> f)
      : mxCtx(state.ctx), mAlive(state.alive), mpWhat(what), mFunc(std::move(f)) {}
  // XCallback
  void SAL_CALL notify(const Any&) override { run(); }
  // XFocusListener
  void SAL_CALL focusGained(const css::awt::FocusEvent&) override { run(); }
  void SAL_CALL focusLost(const css::awt::FocusEvent&) override {}
  void SAL_CALL disposing(const css::lang::EventObject&) override {}

 private:
  void run() {
    if (mAlive.expired()) return;
    LogFailureSink log(mxCtx);
    (void)barrier(mpWhat, log, mFunc);
  }

  Context mxCtx;
  std::weak_ptr<int> mAlive;
  const char* mpWhat;
  std::function<void()> mFunc;
};

// Runs f on the main thread once the current event (a key, a page change) is over.
void later(const State& state, const char* what, std::function<void()> f) {
  css::awt::AsyncCallback::create(state.ctx)->addCallback(new WizardAction(state, what, std::move(f)), Any());
}

// Enter in a page's field goes to the next page, as Enter does in LibreOffice's own wizards. In
// 7.4 the keys typed in an .xdl page never reach the wizard dialog (its default button and its
// mnemonics), only Tab and Escape do; the travel waits until the key event is over.
class EnterAdvances final : public cppu::WeakImplHelper1<css::awt::XKeyListener> {
 public:
  explicit EnterAdvances(State& state) : mrState(state) {}
  void SAL_CALL keyPressed(const css::awt::KeyEvent& e) override {
    if (e.KeyCode != css::awt::Key::RETURN || e.Modifiers != 0) return;
    LogFailureSink log(mrState.ctx);
    (void)barrier("wizard Enter", log, [&] {
      later(mrState, "wizard Enter", [&state = mrState] {
        if (state.wizard.is()) state.wizard->travelNext();
      });
    });
  }
  void SAL_CALL keyReleased(const css::awt::KeyEvent&) override {}
  void SAL_CALL disposing(const css::lang::EventObject&) override {}

 private:
  State& mrState;
};

class Page final : public cppu::WeakImplHelper2<dialogs::XWizardPage, css::awt::XContainerWindowEventHandler> {
 public:
  Page(State& state, sal_Int16 id) : mrState(state), mxCtx(state.ctx), mnId(id) {}
  void setWindow(Reference<css::awt::XWindow> w) {
    mxWindow = std::move(w);
    mxEnter = new EnterAdvances(mrState);
    for (const auto& c : controls(mxWindow)->getControls()) {
      const bool field = Reference<css::awt::XTextComponent>(c, UNO_QUERY).is() || Reference<css::awt::XListBox>(c, UNO_QUERY).is();
      if (field && mnId != kPages - 1) Reference<css::awt::XWindow>(c, UNO_QUERY_THROW)->addKeyListener(mxEnter.get());
    }
  }
  void enter() {
    if (!mxWindow.is()) return;
    mxWindow->setVisible(true);
    focusFirstField();
  }
  // After the current event (the wizard's own travel gives the roadmap the focus last).
  void focusFirstField() {
    if (!mxWindow.is()) return;
    Reference<css::awt::XWindow> first(controls(mxWindow)->getControl(OUString::createFromAscii(kFirstControl[mnId])), UNO_QUERY_THROW);
    later(mrState, "wizard focus", [first] { first->setFocus(); });
  }
  void leave() {
    if (mxWindow.is()) mxWindow->setVisible(false);
  }

  // XWizardPage
  Reference<css::awt::XWindow> SAL_CALL getWindow() override { return mxWindow; }
  sal_Int16 SAL_CALL getPageId() override { return mnId; }
  void SAL_CALL activatePage() override {
    LogFailureSink log(mrState.ctx);
    (void)barrier("wizard activatePage", log, [&] { fill(); });
  }
  sal_Bool SAL_CALL commitPage(sal_Int16) override {
    bool ok = true;
    UiFailureSink sink(mrState.ctx, nullptr, mrState.title);  // no lookup outside the barrier
    (void)barrier("wizard commitPage", sink, [&] { ok = collect(); });
    return ok;
  }
  sal_Bool SAL_CALL canAdvance() override { return mnId != 0 || mrState.current() != nullptr; }

  // XComponent
  void SAL_CALL dispose() override {
    LogFailureSink log(mxCtx);  // the wizard disposes its pages as it goes: the state may be gone
    (void)barrier("wizard page dispose", log, [&] {
      if (mxWindow.is()) Reference<css::lang::XComponent>(mxWindow, UNO_QUERY_THROW)->dispose();
    });
    mxWindow.clear();
  }
  void SAL_CALL addEventListener(const Reference<css::lang::XEventListener>&) override {}
  void SAL_CALL removeEventListener(const Reference<css::lang::XEventListener>&) override {}

  // XContainerWindowEventHandler: the data page's Browse button
  sal_Bool SAL_CALL callHandlerMethod(const Reference<css::awt::XWindow>& window, const Any&,
                                      const OUString& method) override {
    if (method != "onBrowse") return false;
    UiFailureSink sink(mrState.ctx, nullptr, mrState.title);  // no lookup outside the barrier
    (void)barrier("wizard onBrowse", sink, [&] {
      const std::string current = toUtf8(textOf(window.is() ? window : mxWindow, "txtDataFile")->getText());
      const core::Language lang = mrState.text.language();
      const std::string path = pickDataFile(mrState.ctx, std::string(core::message(core::MessageId::ChooseDataFileTitle, lang)),
                                            std::string(core::message(core::MessageId::DataFileFilter, lang)), current);
      if (!path.empty()) textOf(window.is() ? window : mxWindow, "txtDataFile")->setText(toOU(path));
    });
    return true;
  }
  Sequence<OUString> SAL_CALL getSupportedMethodNames() override {
    Sequence<OUString> names(1);
    names.getArray()[0] = "onBrowse";
    return names;
  }

 private:
  // Puts the form's values into the page's controls.
  void fill() {
    auto& f = mrState.form;
    const core::ReportTemplate* t = mrState.current();
    switch (mnId) {
      case 0: {
        auto list = listOf(mxWindow, "lstTemplates");
        list->removeItems(0, list->getItemCount());
        sal_Int16 pos = 0, selected = -1;
        for (const auto& e : mrState.catalog.entries) {
          const std::string title = e.loaded ? e.loaded->title
                                             : core::utf8FromPath(e.file.filename()) + " (" + mrState.text.utf8(MessageId::WizardUnavailable) + ")";
          list->addItem(toOU(title), pos);
          if (e.loaded && e.loaded->id == f.templateId) selected = pos;
          ++pos;
        }
        if (!mxListener.is()) {
          mxListener = new TemplateListListener(mrState, mxWindow);
          list->addItemListener(mxListener.get());
        }
        if (selected < 0 && !mrState.catalog.entries.empty()) selected = 0;
        if (selected >= 0) {
          list->selectItemPos(selected, true);
          const auto& entry = mrState.catalog.entries[static_cast<std::size_t>(selected)];
          setLabel(mxWindow, "lblDescription", describe(entry, mrState.text.language()));
          if (entry.loaded) f.templateId = entry.loaded->id;
        }
        break;
      }
      case 1:
        textOf(mxWindow, "txtNumber")->setText(toOU(f.number));
        textOf(mxWindow, "txtDate")->setText(toOU(f.dateText));
        textOf(mxWindow, "txtPlace")->setText(toOU(f.placeName));
        textOf(mxWindow, "txtPeriod")->setText(toOU(f.period));
        break;
      case 2: {
        const auto inputs = t ? core::requestInputs(*t) : std::vector<core::Input>();
        for (std::size_t i = 0; i < core::kRequestInputSlots; ++i) {
          const OUString n = OUString::number(static_cast<sal_Int32>(i));
          const bool used = i < inputs.size();
          show(mxWindow, "lblInput" + n, used);
          show(mxWindow, "txtInput" + n, used);
          if (!used) continue;
          setLabel(mxWindow, "lblInput" + n, inputs[i].label + (inputs[i].type == core::InputType::Date ? " (dd/mm/yyyy)" : "") + ":");
          std::string value;
          for (const auto& [id, v] : f.inputs)
            if (id == inputs[i].id) value = v;
          Reference<css::awt::XTextComponent>(controls(mxWindow)->getControl("txtInput" + n), UNO_QUERY_THROW)
              ->setText(toOU(value));
        }
        break;
      }
      case 3: {
        auto list = listOf(mxWindow, "lstSections");
        list->removeItems(0, list->getItemCount());
        list->setMultipleMode(true);
        const auto optional = t ? core::sectionsWhere(*t, false) : std::vector<core::NumberedSection>();
        sal_Int16 pos = 0;
        for (const auto& n : optional) {
          list->addItem(toOU(n.path + ". " + n.section->title), pos);
          if (std::find(f.omit.begin(), f.omit.end(), n.section->id) == f.omit.end()) list->selectItemPos(pos, true);
          ++pos;
        }
        std::string required = optional.empty() ? mrState.text.utf8(MessageId::WizardNoOptional) + "\n" : std::string();
        required += mrState.text.utf8(MessageId::WizardRequired);
        for (const auto& n : t ? core::sectionsWhere(*t, true) : std::vector<core::NumberedSection>())
          if (n.level == 0) required += " " + n.path + ".";
        setLabel(mxWindow, "lblRequired", required);
        break;
      }
      case 4:
        textOf(mxWindow, "txtDataFile")->setText(toOU(f.dataFile));
        break;
      case 5: {
        std::string summary;
        if (t != nullptr) {
          auto answers = core::answersFromForm(*t, f);
          summary = answers ? core::summaryText(*t, *answers,
                                                {mrState.text.utf8(MessageId::WizardSummaryTemplate),
                                                 mrState.text.utf8(MessageId::WizardSummaryNumber),
                                                 mrState.text.utf8(MessageId::WizardSummaryDate),
                                                 mrState.text.utf8(MessageId::WizardSummarySections),
                                                 mrState.text.utf8(MessageId::WizardSummaryOmitted),
                                                 mrState.text.utf8(MessageId::WizardSummaryData),
                                                 mrState.text.utf8(MessageId::WizardNone)})
                            : answers.error().message.in(mrState.text.language());
        }
        textOf(mxWindow, "txtSummary")->setText(toOU(summary));
        break;
      }
      default:
        break;
    }
  }

  // Reads the page's controls into the form. Invalid dates keep the clerk on the page.
  bool collect() {
    auto& f = mrState.form;
    const core::ReportTemplate* t = mrState.current();
    switch (mnId) {
      case 1: {
        f.number = toCore(textOf(mxWindow, "txtNumber")->getText());
        f.dateText = toCore(textOf(mxWindow, "txtDate")->getText());
        f.placeName = toCore(textOf(mxWindow, "txtPlace")->getText());
        f.period = toCore(textOf(mxWindow, "txtPeriod")->getText());
        if (!f.dateText.empty())
          if (!core::parseTypedDate(f.dateText)) return reject(badDate(f.dateText));
        return true;
      }
      case 2: {
        f.inputs.clear();
        const auto inputs = t ? core::requestInputs(*t) : std::vector<core::Input>();
        for (std::size_t i = 0; i < inputs.size() && i < core::kRequestInputSlots; ++i) {
          const std::string value = toCore(
              Reference<css::awt::XTextComponent>(controls(mxWindow)->getControl("txtInput" + OUString::number(sal_Int32(i))),
                                                  UNO_QUERY_THROW)->getText());
          if (inputs[i].type == core::InputType::Date && !value.empty())
            if (!core::parseTypedDate(value)) return reject(inputs[i].label + ": " + badDate(value));
          f.inputs.emplace_back(inputs[i].id, value);
        }
        return true;
      }
      case 3: {
        f.omit.clear();
        const auto optional = t ? core::sectionsWhere(*t, false) : std::vector<core::NumberedSection>();
        const auto selected = listOf(mxWindow, "lstSections")->getSelectedItemsPos();
        for (std::size_t i = 0; i < optional.size(); ++i)
          if (std::find(selected.begin(), selected.end(), static_cast<sal_Int16>(i)) == selected.end())
            f.omit.push_back(optional[i].section->id);
        return true;
      }
      case 4:
        f.dataFile = toCore(textOf(mxWindow, "txtDataFile")->getText());
        return true;
      default:
        return true;
    }
  }

  // The clerk's own words, not the parser's English detail.
  std::string badDate(const std::string& typed) const {
    return mrState.text.utf8(MessageId::WizardBadDate, {typed});
  }

  bool reject(const std::string& why) {
    showMessage(mrState.ctx, nullptr, MessageKind::Warning, toOU(why));
    return false;
  }

  State& mrState;
  Context mxCtx;
  sal_Int16 mnId;
  Reference<css::awt::XWindow> mxWindow;
  rtl::Reference<TemplateListListener> mxListener;
  rtl::Reference<EnterAdvances> mxEnter;
};

class Controller final : public cppu::WeakImplHelper1<dialogs::XWizardController> {
 public:
  explicit Controller(State& state) : mrState(state) {}

  Reference<dialogs::XWizardPage> SAL_CALL createPage(const Reference<css::awt::XWindow>& parent, sal_Int16 id) override {
    Reference<dialogs::XWizardPage> result;
    UiFailureSink sink(mrState.ctx, nullptr, mrState.title);  // no lookup outside the barrier
    (void)barrier("wizard createPage", sink, [&] {
      if (id < 0 || id >= kPages) return;
      rtl::Reference<Page> page(new Page(mrState, id));
      Reference<css::awt::XWindow> window = css::awt::ContainerWindowProvider::create(mrState.ctx)->createContainerWindow(
          dialogsUrl(mrState.ctx) + OUString::createFromAscii(kPageFiles[id]) + ".xdl", "",
          Reference<css::awt::XWindowPeer>(parent, UNO_QUERY_THROW), static_cast<cppu::OWeakObject*>(page.get()));
      page->setWindow(window);
      maPages[static_cast<std::size_t>(id)] = page;
      result = page.get();
    });
    return result;
  }
  OUString SAL_CALL getPageTitle(sal_Int16 id) override {
    OUString title;
    LogFailureSink log(mrState.ctx);
    (void)barrier("wizard getPageTitle", log, [&] {
      static constexpr MessageId kTitles[kPages] = {MessageId::WizardPageTemplate, MessageId::WizardPageDocument,
                                                    MessageId::WizardPageRequest,  MessageId::WizardPageSections,
                                                    MessageId::WizardPageData,     MessageId::WizardPageSummary};
      if (id >= 0 && id < kPages) title = mrState.text(kTitles[id]);
    });
    return title;
  }
  sal_Bool SAL_CALL canAdvance() override { return mrState.current() != nullptr; }
  void SAL_CALL onActivatePage(sal_Int16 id) override {
    LogFailureSink log(mrState.ctx);
    (void)barrier("wizard onActivatePage", log, [&] {
      for (sal_Int16 i = 0; i < kPages; ++i)
        if (i != id && maPages[i].is()) maPages[i]->leave();
      if (id >= 0 && id < kPages && maPages[id].is()) maPages[id]->enter();
      mnCurrent = id;
      if (!mbChromeHooked) {
        mbChromeHooked = true;
        later(mrState, "wizard keyboard", [this] { hookChrome(); });  // the dialog exists once shown
      }
    });
  }
  void SAL_CALL onDeactivatePage(sal_Int16 id) override {
    LogFailureSink log(mrState.ctx);
    (void)barrier("wizard onDeactivatePage", log, [&] { if (id >= 0 && id < kPages && maPages[id].is()) maPages[id]->leave(); });
  }
  sal_Bool SAL_CALL confirmFinish() override {
    bool ok = false;
    UiFailureSink sink(mrState.ctx, nullptr, mrState.title);  // no lookup outside the barrier
    (void)barrier("wizard confirmFinish", sink, [&] {
      const core::ReportTemplate* t = mrState.current();
      if (t == nullptr) return;
      auto answers = core::answersFromForm(*t, mrState.form);
      if (!answers) {
        showMessage(mrState.ctx, nullptr, MessageKind::Warning, toOU(answers.error().message.in(mrState.text.language())));
        return;
      }
      mrState.answers = *answers;
      ok = true;
    });
    return ok;
  }

 private:
  // 7.4's Tab order never enters an .xdl page from outside it: without help the page's fields
  // drop out of the cycle once the focus is on the wizard's buttons. So the focus arriving on
  // the wizard's other parts (the roadmap: Tab round from Cancel, Shift+Tab from Help, a click
  // on the current step) goes on into the page's first field. (Inside a page Shift+Tab cycles
  // through its fields; Tab after the last one goes to the buttons.)
  void hookChrome() {
    Reference<css::accessibility::XAccessible> dialog(mrState.wizard.is() ? mrState.wizard->getDialogWindow() : nullptr,
                                                      UNO_QUERY);
    const auto parts = dialog.is() ? dialog->getAccessibleContext() : nullptr;
    if (!parts.is()) return;
    rtl::Reference<WizardAction> intoPage(new WizardAction(mrState, "wizard focus", [this] {
      if (mnCurrent >= 0 && mnCurrent < kPages && maPages[mnCurrent].is()) maPages[mnCurrent]->focusFirstField();
    }));
    // The dialog's direct parts, through accessibility (a VCL window is its own XAccessible).
    for (decltype(parts->getAccessibleChildCount()) i = 0; i < parts->getAccessibleChildCount(); ++i) {
      const Reference<css::accessibility::XAccessible> part = parts->getAccessibleChild(i);
      const Reference<css::awt::XWindow> window(part, UNO_QUERY);
      const auto context = part.is() ? part->getAccessibleContext() : nullptr;
      if (window.is() && context.is() && context->getAccessibleRole() != css::accessibility::AccessibleRole::PUSH_BUTTON)
        window->addFocusListener(intoPage.get());
    }
  }

  State& mrState;
  std::array<rtl::Reference<Page>, kPages> maPages;
  sal_Int16 mnCurrent = -1;
  bool mbChromeHooked = false;
};

}  // namespace

std::optional<WizardResult> runReportWizard(const Context& ctx) {
  const core::Language lang = uiLanguage(ctx);
  const UiText text(lang);
  State state{ctx, text, text.utf8(MessageId::WizardTitle), *templateCatalog(ctx), {}, std::nullopt, {}};
  // A missing or unreachable shared folder is said, not silently skipped; with no template at
  // all there is nothing to choose from.
  if (!state.catalog.problems.empty() || state.catalog.entries.empty()) {
    std::string why = text.utf8(MessageId::WizardNoTemplates);
    for (const auto& p : state.catalog.problems) why += "\n" + p.in(lang);
    showMessage(ctx, nullptr, MessageKind::Warning, toOU(why));
    if (state.catalog.entries.empty()) return std::nullopt;
  }
  const std::string last = readWizardAnswers(ctx);
  if (!last.empty())
    if (auto a = core::answersFromJson(last, "LastAnswers")) state.form = core::formFromAnswers(*a);
  if (state.form.placeName.empty()) state.form.placeName = readProfile(ctx).placeName;
  if (state.form.dateText.empty()) state.form.dateText = core::shortDate(core::today());

  rtl::Reference<Controller> controller(new Controller(state));
  Sequence<sal_Int16> ids(kPages);
  for (sal_Int16 i = 0; i < kPages; ++i) ids.getArray()[i] = i;  // 7.4: page ids must start at 0
  state.wizard = dialogs::Wizard::createSinglePathWizard(ctx, ids, controller.get());
  state.wizard->setTitle(text(MessageId::WizardTitle));
  const sal_Int16 result = state.wizard->execute();
  state.wizard.clear();  // the pages and their windows go with the wizard (it is not an XComponent)
  if (result != dialogs::ExecutableDialogResults::OK || !state.answers) return std::nullopt;
  const core::ReportTemplate* t = state.current();
  if (t == nullptr) return std::nullopt;
  writeWizardAnswers(ctx, core::answersToJson(*state.answers));
  return WizardResult{*t, *state.answers};
}

}  // namespace baocao::uno
