#include "uno/ui/report_wizard.hxx"

#include "core/portable.hpp"
#include "core/validation/doc_type.hpp"
#include "core/validation/period.hpp"
#include "uno/component/office_settings.hxx"
#include "uno/ui/dialog_support.hxx"
#include "uno/ui/message_box.hxx"
#include "uno/uno_barrier.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog2.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XItemEventBroadcaster.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XTextListener.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexContainer.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XSingleServiceFactory.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase3.hxx>
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
using core::MessageId;

namespace {

// The steps, as the dialog's Step (1-based; controls of Step 0 show on every step).
enum Step : sal_Int16 { Template = 1, Document, Period, Request, Sections, Data, Summary };
constexpr sal_Int16 kSteps = 7;
constexpr MessageId kTitles[kSteps] = {MessageId::WizardPageTemplate, MessageId::WizardPageDocument,
                                       MessageId::WizardPagePeriod,   MessageId::WizardPageRequest,
                                       MessageId::WizardPageSections, MessageId::WizardPageData,
                                       MessageId::WizardPageSummary};
const char* const kFirstControl[kSteps] = {"lstTemplates", "txtNumber",   "lstPeriodKind", "txtInput0",
                                           "lstSections",  "txtDataFile", "txtSummary"};
// The period page's kinds, in the order of lstPeriodKind's items after "(không theo kỳ)".
constexpr core::ReportPeriod::Kind kPeriodKinds[] = {
    core::ReportPeriod::Kind::Month,      core::ReportPeriod::Kind::Quarter, core::ReportPeriod::Kind::FirstHalf,
    core::ReportPeriod::Kind::SecondHalf, core::ReportPeriod::Kind::NineMonths, core::ReportPeriod::Kind::Year,
    core::ReportPeriod::Kind::Span};

// The kinds a skeleton can be (a type name and a code: not a công văn), in lstDocType's order.
std::vector<core::DocKindInfo> skeletonKinds() {
  std::vector<core::DocKindInfo> out;
  for (const auto& k : core::docKinds())
    if (!k.code.empty()) out.push_back(k);
  return out;
}

std::string describe(const core::CatalogEntry& e, core::Language lang) {
  if (!e.loaded) return e.loaded.error().message.in(lang);
  return e.loaded->description.empty() ? e.loaded->title : e.loaded->description;
}

int asInt(const std::string& s) {
  if (s.empty() || s.size() > 4 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) return -1;
  return std::stoi(s);
}

// Something run on an event or once the current event is over, inside the exception barrier,
// and only while the wizard exists (a callback queued while it ran may come after it closed).
class Action final : public cppu::WeakImplHelper3<css::awt::XCallback, css::awt::XActionListener, css::awt::XItemListener> {
 public:
  // A failure is logged, and said to the clerk when `title` (the dialog's) is given.
  Action(Context ctx, std::weak_ptr<int> alive, const char* what, std::function<void(sal_Int32)> f, std::string title = {})
      : mxCtx(std::move(ctx)), mAlive(std::move(alive)), mpWhat(what), mFunc(std::move(f)), maTitle(std::move(title)) {}
  void SAL_CALL notify(const Any&) override { run(0); }
  void SAL_CALL actionPerformed(const css::awt::ActionEvent&) override { run(0); }
  void SAL_CALL itemStateChanged(const css::awt::ItemEvent& e) override { run(e.Selected == -1 ? e.ItemId : e.Selected); }
  void SAL_CALL disposing(const css::lang::EventObject&) override {}

 private:
  void run(sal_Int32 arg) {
    if (mAlive.expired()) return;
    if (maTitle.empty()) {
      LogFailureSink log(mxCtx);
      (void)barrier(mpWhat, log, [&] { mFunc(arg); });
    } else {
      UiFailureSink sink(mxCtx, nullptr, maTitle);
      (void)barrier(mpWhat, sink, [&] { mFunc(arg); });
    }
  }
  Context mxCtx;
  std::weak_ptr<int> mAlive;
  const char* mpWhat;
  std::function<void(sal_Int32)> mFunc;
  std::string maTitle;
};

class TextChanged final : public cppu::WeakImplHelper1<css::awt::XTextListener> {
 public:
  explicit TextChanged(rtl::Reference<Action> a) : mxAction(std::move(a)) {}
  void SAL_CALL textChanged(const css::awt::TextEvent&) override { mxAction->notify(Any()); }
  void SAL_CALL disposing(const css::lang::EventObject&) override {}

 private:
  rtl::Reference<Action> mxAction;
};

class Wizard {
 public:
  Wizard(const Context& ctx, UiText uiText, core::Catalog catalog, core::WizardForm form)
      : mxCtx(ctx), maText(uiText), maTitle(uiText.utf8(MessageId::WizardTitle)), maCatalog(std::move(catalog)),
        maForm(std::move(form)), maDialog(ctx, "ReportWizard.xdl") {
    mxControls.set(maDialog.get(), UNO_QUERY_THROW);
    mxModel.set(Reference<css::awt::XControl>(maDialog.get(), UNO_QUERY_THROW)->getModel(), UNO_QUERY_THROW);
    addRoadmap();
    for (sal_Int16 s = 1; s <= kSteps; ++s) {  // each step's heading: its roadmap title, bold
      const std::string heading = "lblStep" + std::to_string(s);
      label(heading.c_str(), maText.utf8(kTitles[s - 1]));
      modelOf(heading.c_str())->setPropertyValue("FontWeight", Any(css::awt::FontWeight::BOLD));
    }
    onClick("btnBack", "wizard Back", [this] { travel(static_cast<sal_Int16>(mnStep - 1)); });
    onClick("btnNext", "wizard Next", [this] { travel(static_cast<sal_Int16>(mnStep + 1)); });
    onClick("btnFinish", "wizard Finish", [this] { finish(); });
    onClick("btnBrowse", "wizard Browse", [this] { browse(); });
    onItem(controlAs<css::awt::XItemEventBroadcaster>("rmSteps"), "wizard roadmap", [this](sal_Int32) {
      sal_Int16 id = 0;  // the item the clerk clicked is the model's current one
      mxRoadmap->getPropertyValue("CurrentItemID") >>= id;
      travel(id);
    });
    onItem(list("lstTemplates"), "wizard template list", [this](sal_Int32 pos) { templateChosen(pos); });
    onItem(list("lstPeriodKind"), "wizard period kind", [this](sal_Int32) { periodChanged(); });
    for (const char* name : {"txtPeriodNumber", "txtPeriodYear", "txtPeriodYearTo"})
      text(name)->addTextListener(new TextChanged(action("wizard period", [this](sal_Int32) { periodChanged(); })));
    // The document type's list: the kinds' names and codes.
    const auto kinds = skeletonKinds();
    for (std::size_t i = 0; i < kinds.size(); ++i)
      list("lstDocType")->addItem(toOU(std::string(kinds[i].name) + " (" + std::string(kinds[i].code) + ")"),
                                  static_cast<sal_Int16>(i));
    list("lstSections")->setMultipleMode(true);
  }

  // Runs the dialog; the answers when the clerk finished.
  std::optional<core::Answers> run() {
    show(Template);
    centre();
    const sal_Int16 result = maDialog.get()->execute();
    *mAlive = 1;
    mAlive.reset();  // callbacks still queued find the wizard gone
    if (result != 1) return std::nullopt;
    return maAnswers;
  }

  // Over the document window's middle, as LibreOffice places its own dialogs.
  void centre() {
    Reference<css::frame::XFrame> frame = css::frame::Desktop::create(mxCtx)->getCurrentFrame();
    if (!frame.is() || !frame->getContainerWindow().is()) return;
    const css::awt::Rectangle outer = frame->getContainerWindow()->getPosSize();
    Reference<css::awt::XWindow> window(maDialog.get(), UNO_QUERY_THROW);
    const css::awt::Rectangle box = window->getPosSize();
    window->setPosSize(outer.X + std::max<sal_Int32>(0, (outer.Width - box.Width) / 2),
                       outer.Y + std::max<sal_Int32>(0, (outer.Height - box.Height) / 2), 0, 0, css::awt::PosSize::POS);
  }

  const core::ReportTemplate* current() const {
    for (const auto& e : maCatalog.entries)
      if (e.loaded && e.loaded->id == maForm.templateId) return &*e.loaded;
    return nullptr;
  }

 private:
  // ---- controls ----
  template <class T>
  Reference<T> controlAs(const char* name) const {
    return Reference<T>(mxControls->getControl(OUString::createFromAscii(name)), UNO_QUERY_THROW);
  }
  Reference<css::awt::XTextComponent> text(const char* name) const { return controlAs<css::awt::XTextComponent>(name); }
  Reference<css::awt::XTextComponent> text(const OUString& name) const {
    return Reference<css::awt::XTextComponent>(mxControls->getControl(name), UNO_QUERY_THROW);
  }
  Reference<css::awt::XListBox> list(const char* name) const { return controlAs<css::awt::XListBox>(name); }
  void label(const char* name, const std::string& s) const { controlAs<css::awt::XFixedText>(name)->setText(toOU(s)); }
  Reference<css::beans::XPropertySet> modelOf(const char* name) const {
    return Reference<css::beans::XPropertySet>(
        Reference<css::awt::XControl>(mxControls->getControl(OUString::createFromAscii(name)), UNO_QUERY_THROW)->getModel(),
        UNO_QUERY_THROW);
  }
  void enable(const char* name, bool on) const { modelOf(name)->setPropertyValue("Enabled", Any(on)); }
  void setVisible(const OUString& name, bool on) const {
    Reference<css::awt::XWindow>(mxControls->getControl(name), UNO_QUERY_THROW)->setVisible(on);
  }

  // What the clerk does is said when it fails (a click, a choice); what follows it only logged.
  rtl::Reference<Action> action(const char* what, std::function<void(sal_Int32)> f, bool tell = false) const {
    return new Action(mxCtx, mAlive, what, std::move(f), tell ? maTitle : std::string());
  }
  void onClick(const char* button, const char* what, std::function<void()> f) {
    controlAs<css::awt::XButton>(button)->addActionListener(action(what, [f = std::move(f)](sal_Int32) { f(); }, true).get());
  }
  template <class B>
  void onItem(const Reference<B>& source, const char* what, std::function<void(sal_Int32)> f) {
    source->addItemListener(action(what, std::move(f), true).get());
  }
  // Runs f on the main thread once the current event (a key, a click) is over.
  void later(const char* what, std::function<void()> f) const {
    css::awt::AsyncCallback::create(mxCtx)->addCallback(action(what, [f = std::move(f)](sal_Int32) { f(); }).get(), Any());
  }

  // The .xdl format has no roadmap: it is added to the dialog's model, whose control container
  // makes its control. Every step is an item; the current one follows travel.
  void addRoadmap() {
    Reference<css::lang::XMultiServiceFactory> factory(mxModel, UNO_QUERY_THROW);
    Reference<css::beans::XPropertySet> roadmap(factory->createInstance("com.sun.star.awt.UnoControlRoadmapModel"),
                                                UNO_QUERY_THROW);
    roadmap->setPropertyValue("PositionX", Any(sal_Int32(0)));
    roadmap->setPropertyValue("PositionY", Any(sal_Int32(0)));
    roadmap->setPropertyValue("Width", Any(sal_Int32(86)));
    roadmap->setPropertyValue("Height", Any(sal_Int32(172)));
    roadmap->setPropertyValue("Step", Any(sal_Int32(0)));
    roadmap->setPropertyValue("TabIndex", Any(sal_Int16(90)));
    roadmap->setPropertyValue("Text", Any(maText(MessageId::WizardSteps)));
    roadmap->setPropertyValue("Complete", Any(true));
    roadmap->setPropertyValue("Activated", Any(true));
    // The control exists first: it shows the items it hears inserted, not those already there.
    Reference<css::container::XNameContainer>(mxModel, UNO_QUERY_THROW)->insertByName("rmSteps", Any(roadmap));
    Reference<css::lang::XSingleServiceFactory> items(roadmap, UNO_QUERY_THROW);
    Reference<css::container::XIndexContainer> container(roadmap, UNO_QUERY_THROW);
    for (sal_Int16 s = 1; s <= kSteps; ++s) {
      // The roadmap model makes its items only through this (deprecated) factory interface.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
      Reference<css::beans::XPropertySet> item(items->createInstance(), UNO_QUERY_THROW);
#pragma GCC diagnostic pop
      item->setPropertyValue("Label", Any(maText(kTitles[s - 1])));
      item->setPropertyValue("ID", Any(sal_Int32(s)));
      item->setPropertyValue("Enabled", Any(true));
      container->insertByIndex(s - 1, Any(item));
    }
    mxRoadmap = roadmap;
  }

  // ---- travel ----
  void show(sal_Int16 step) {
    mnStep = step;
    mxModel->setPropertyValue("Step", Any(sal_Int32(step)));
    fill(step);  // after the step shows its controls: it hides the request step's unused ones
    mxRoadmap->setPropertyValue("CurrentItemID", Any(sal_Int16(step)));
    updateButtons();
    Reference<css::awt::XWindow> first(mxControls->getControl(OUString::createFromAscii(kFirstControl[step - 1])),
                                       UNO_QUERY_THROW);
    later("wizard focus", [first] { first->setFocus(); });
  }

  void updateButtons() {
    const bool usable = current() != nullptr;
    enable("btnBack", mnStep > 1);
    enable("btnNext", mnStep < kSteps && usable);
    enable("btnFinish", usable);
    // Enter goes to the next step, and finishes on the last one.
    modelOf("btnNext")->setPropertyValue("DefaultButton", Any(mnStep < kSteps));
    modelOf("btnFinish")->setPropertyValue("DefaultButton", Any(mnStep == kSteps));
    Reference<css::container::XIndexContainer> items(mxRoadmap, UNO_QUERY_THROW);
    for (sal_Int32 i = 1; i < items->getCount(); ++i)  // past the template only with a usable one
      Reference<css::beans::XPropertySet>(items->getByIndex(i), UNO_QUERY_THROW)->setPropertyValue("Enabled", Any(usable));
  }

  // Leaving a step keeps what it holds; a step that refuses (a bad date) keeps the clerk there.
  void travel(sal_Int16 to) {
    if (to < 1 || to > kSteps || to == mnStep) return;
    if (!collect(mnStep) || (to > Template && current() == nullptr)) {
      mxRoadmap->setPropertyValue("CurrentItemID", Any(mnStep));
      return;
    }
    show(to);
  }

  void finish() {
    if (!collect(mnStep)) return;
    const core::ReportTemplate* t = current();
    if (t == nullptr) return;
    auto answers = core::answersFromForm(*t, maForm);
    if (!answers) {
      showMessage(mxCtx, nullptr, MessageKind::Warning, toOU(answers.error().message.in(maText.language())));
      return;
    }
    maAnswers = *answers;
    Reference<css::awt::XDialog2>(maDialog.get(), UNO_QUERY_THROW)->endDialog(1);
  }

  // ---- the steps' controls ----
  void templateChosen(sal_Int32 pos) {
    if (pos < 0 || static_cast<std::size_t>(pos) >= maCatalog.entries.size()) return;
    const auto& entry = maCatalog.entries[static_cast<std::size_t>(pos)];
    label("lblDescription", describe(entry, maText.language()));
    const std::string id = entry.loaded ? entry.loaded->id : std::string();
    if (id != maForm.templateId) {
      maForm.templateId = id;
      selectDocType(std::string());  // another template: its own kind
      if (entry.loaded) core::applyTemplateDefaults(maForm, *entry.loaded, true);  // its request letter's facts
    }
    updateButtons();
  }

  // Selects the kind `id`, or the current template's when empty.
  void selectDocType(const std::string& id) {
    const auto kinds = skeletonKinds();
    const core::ReportTemplate* t = current();
    sal_Int16 pos = 0;
    for (std::size_t i = 0; i < kinds.size(); ++i)
      if (id.empty() ? (t != nullptr && kinds[i].code == t->typeCode) : kinds[i].id == id) pos = static_cast<sal_Int16>(i);
    list("lstDocType")->selectItemPos(pos, true);
  }

  // The period page: the kind and the numbers make the title's phrase and Decree 09's window.
  void periodChanged() {
    if (mbFilling) return;
    const sal_Int16 pos = list("lstPeriodKind")->getSelectedItemPos();
    const bool periodic = pos >= 1 && pos <= static_cast<sal_Int16>(std::size(kPeriodKinds));
    const auto kind = periodic ? kPeriodKinds[pos - 1] : core::ReportPeriod::Kind::Year;
    enablePeriodFields(pos);
    if (!periodic) {
      for (const char* name : {"txtPeriod", "txtWindowFrom", "txtWindowTo"}) text(name)->setText(OUString());
      return;
    }
    const int number = asInt(toCore(text("txtPeriodNumber")->getText()));
    const int year = asInt(toCore(text("txtPeriodYear")->getText()));
    const int yearTo = asInt(toCore(text("txtPeriodYearTo")->getText()));
    const std::string phrase = kind == core::ReportPeriod::Kind::Span ? core::periodPhrase(kind, 0, yearTo, year)
                                                                      : core::periodPhrase(kind, number, year);
    if (phrase.empty()) return;  // still being typed
    text("txtPeriod")->setText(toOU(phrase));
    const auto period = core::periodFromTitle(phrase);
    text("txtWindowFrom")->setText(period && period->from ? toOU(core::shortDate(*period->from)) : OUString());
    text("txtWindowTo")->setText(period && period->to ? toOU(core::shortDate(*period->to)) : OUString());
  }

  void enablePeriodFields(sal_Int16 pos) {
    const bool numbered = pos == 1 || pos == 2;  // a month or a quarter
    enable("txtPeriodNumber", numbered);
    enable("txtPeriodYear", pos >= 1);
    enable("txtPeriodYearTo", pos == static_cast<sal_Int16>(std::size(kPeriodKinds)));
  }

  void browse() {
    const std::string currentPath = toCore(text("txtDataFile")->getText());
    const core::Language lang = maText.language();
    const std::string path = pickDataFile(mxCtx, std::string(core::message(MessageId::ChooseDataFileTitle, lang)),
                                          std::string(core::message(MessageId::DataFileFilter, lang)), currentPath);
    if (!path.empty()) text("txtDataFile")->setText(toOU(path));
  }

  // Puts the form's values into a step's controls.
  void fill(sal_Int16 step) {
    mbFilling = true;
    struct Done {
      bool& flag;
      ~Done() { flag = false; }
    } done{mbFilling};
    auto& f = maForm;
    const core::ReportTemplate* t = current();
    switch (step) {
      case Template: {
        auto templates = list("lstTemplates");
        templates->removeItems(0, templates->getItemCount());
        sal_Int16 pos = 0, selected = -1;
        for (const auto& e : maCatalog.entries) {
          const std::string title = e.loaded ? e.loaded->title
                                             : core::utf8FromPath(e.file.filename()) + " (" + maText.utf8(MessageId::WizardUnavailable) + ")";
          templates->addItem(toOU(title), pos);
          if (e.loaded && e.loaded->id == f.templateId) selected = pos;
          ++pos;
        }
        if (selected < 0 && !maCatalog.entries.empty()) selected = 0;
        if (selected >= 0) {
          templates->selectItemPos(selected, true);  // tells no listener
          const auto& entry = maCatalog.entries[static_cast<std::size_t>(selected)];
          label("lblDescription", describe(entry, maText.language()));
          if (entry.loaded) {
            const bool other = f.templateId != entry.loaded->id;  // the remembered answers were another template's
            f.templateId = entry.loaded->id;
            core::applyTemplateDefaults(f, *entry.loaded, other);
          }
        }
        selectDocType(f.docType);
        break;
      }
      case Document:
        text("txtNumber")->setText(toOU(f.number));
        text("txtDate")->setText(toOU(f.dateText));
        text("txtPlace")->setText(toOU(f.placeName));
        break;
      case Period: {
        const auto period = core::periodFromTitle(f.period);
        sal_Int16 pos = 0;
        if (period)
          for (std::size_t i = 0; i < std::size(kPeriodKinds); ++i)
            if (kPeriodKinds[i] == period->kind) pos = static_cast<sal_Int16>(i + 1);
        list("lstPeriodKind")->selectItemPos(pos, true);
        enablePeriodFields(pos);
        const bool span = period && period->kind == core::ReportPeriod::Kind::Span;
        text("txtPeriodNumber")->setText(period && period->number > 0 ? OUString::number(period->number) : OUString());
        text("txtPeriodYear")->setText(period ? OUString::number(span ? period->firstYear : period->year) : OUString());
        text("txtPeriodYearTo")->setText(span ? OUString::number(period->year) : OUString());
        text("txtPeriod")->setText(toOU(f.period));
        // the window typed before (a request letter's own), else Decree 09's default
        const bool typed = !f.periodFrom.empty() || !f.periodTo.empty();
        text("txtWindowFrom")->setText(toOU(typed ? f.periodFrom : period && period->from ? core::shortDate(*period->from) : ""));
        text("txtWindowTo")->setText(toOU(typed ? f.periodTo : period && period->to ? core::shortDate(*period->to) : ""));
        text("txtDeadline")->setText(toOU(f.deadline));
        break;
      }
      case Request: {
        const auto inputs = t ? core::requestInputs(*t) : std::vector<core::Input>();
        for (std::size_t i = 0; i < core::kRequestInputSlots; ++i) {
          const OUString n = OUString::number(static_cast<sal_Int32>(i));
          const bool used = i < inputs.size();
          setVisible("lblInput" + n, used);
          setVisible("txtInput" + n, used);
          modelOf(("txtInput" + std::to_string(i)).c_str())->setPropertyValue("Enabled", Any(used));  // out of the Tab order
          if (!used) continue;
          Reference<css::awt::XFixedText>(mxControls->getControl("lblInput" + n), UNO_QUERY_THROW)
              ->setText(toOU(inputs[i].label + (inputs[i].type == core::InputType::Date ? " (dd/mm/yyyy)" : "") + ":"));
          std::string value;
          for (const auto& [id, v] : f.inputs)
            if (id == inputs[i].id) value = v;
          text("txtInput" + n)->setText(toOU(value));
        }
        break;
      }
      case Sections: {
        auto sections = list("lstSections");
        sections->removeItems(0, sections->getItemCount());
        const auto optional = t ? core::sectionsWhere(*t, false) : std::vector<core::NumberedSection>();
        sal_Int16 pos = 0;
        for (const auto& n : optional) {
          sections->addItem(toOU(n.path + ". " + n.section->title), pos);
          if (std::find(f.omit.begin(), f.omit.end(), n.section->id) == f.omit.end()) sections->selectItemPos(pos, true);
          ++pos;
        }
        std::string required = optional.empty() ? maText.utf8(MessageId::WizardNoOptional) + "\n" : std::string();
        required += maText.utf8(MessageId::WizardRequired);
        for (const auto& n : t ? core::sectionsWhere(*t, true) : std::vector<core::NumberedSection>())
          if (n.level == 0) required += " " + n.path + ".";
        label("lblRequired", required);
        break;
      }
      case Data:
        text("txtDataFile")->setText(toOU(f.dataFile));
        break;
      case Summary: {
        std::string summary;
        if (t != nullptr) {
          auto answers = core::answersFromForm(*t, f);
          core::SummaryLabels labels{maText.utf8(MessageId::WizardSummaryTemplate), maText.utf8(MessageId::WizardSummaryNumber),
                                     maText.utf8(MessageId::WizardSummaryDate),     maText.utf8(MessageId::WizardSummarySections),
                                     maText.utf8(MessageId::WizardSummaryOmitted),  maText.utf8(MessageId::WizardSummaryData),
                                     maText.utf8(MessageId::WizardNone)};
          labels.type = maText.utf8(MessageId::WizardSummaryType);
          labels.window = maText.utf8(MessageId::WizardSummaryWindow);
          labels.deadline = maText.utf8(MessageId::WizardSummaryDeadline);
          summary = answers ? core::summaryText(*t, *answers, labels) : answers.error().message.in(maText.language());
        }
        text("txtSummary")->setText(toOU(summary));
        break;
      }
      default:
        break;
    }
  }

  // Reads a step's controls into the form. Invalid dates keep the clerk on the step, in the field.
  bool collect(sal_Int16 step) {
    auto& f = maForm;
    const core::ReportTemplate* t = current();
    switch (step) {
      case Template: {
        const auto kinds = skeletonKinds();
        const sal_Int16 pos = list("lstDocType")->getSelectedItemPos();
        // the template's own kind stays the template's (its own type name, if it has one)
        const bool other = pos >= 0 && static_cast<std::size_t>(pos) < kinds.size() && (t == nullptr || kinds[pos].code != t->typeCode);
        f.docType = other ? std::string(kinds[pos].id) : std::string();
        return true;
      }
      case Document:
        f.number = toCore(text("txtNumber")->getText());
        f.dateText = toCore(text("txtDate")->getText());
        f.placeName = toCore(text("txtPlace")->getText());
        return validDate(f.dateText, "", "txtDate");
      case Period:
        f.period = toCore(text("txtPeriod")->getText());
        f.periodFrom = toCore(text("txtWindowFrom")->getText());
        f.periodTo = toCore(text("txtWindowTo")->getText());
        f.deadline = toCore(text("txtDeadline")->getText());
        return validDate(f.periodFrom, "", "txtWindowFrom") && validDate(f.periodTo, "", "txtWindowTo") &&
               validDate(f.deadline, "", "txtDeadline");
      case Request: {
        f.inputs.clear();
        const auto inputs = t ? core::requestInputs(*t) : std::vector<core::Input>();
        for (std::size_t i = 0; i < inputs.size() && i < core::kRequestInputSlots; ++i) {
          const std::string field = "txtInput" + std::to_string(i);
          const std::string value = toCore(text(field.c_str())->getText());
          if (inputs[i].type == core::InputType::Date && !validDate(value, inputs[i].label + ": ", field.c_str())) return false;
          f.inputs.emplace_back(inputs[i].id, value);
        }
        return true;
      }
      case Sections: {
        f.omit.clear();
        const auto optional = t ? core::sectionsWhere(*t, false) : std::vector<core::NumberedSection>();
        const auto selected = list("lstSections")->getSelectedItemsPos();
        for (std::size_t i = 0; i < optional.size(); ++i)
          if (std::find(selected.begin(), selected.end(), static_cast<sal_Int16>(i)) == selected.end())
            f.omit.push_back(optional[i].section->id);
        return true;
      }
      case Data:
        f.dataFile = toCore(text("txtDataFile")->getText());
        return true;
      default:
        return true;
    }
  }

  // An empty date or one that exists; else the clerk's own words (not the parser's English
  // detail), and the focus back in the field once the message is closed.
  bool validDate(const std::string& typed, const std::string& prefix, const char* field) {
    if (typed.empty() || core::parseTypedDate(typed)) return true;
    showMessage(mxCtx, nullptr, MessageKind::Warning, toOU(prefix + maText.utf8(MessageId::WizardBadDate, {typed})));
    Reference<css::awt::XWindow> w(mxControls->getControl(OUString::createFromAscii(field)), UNO_QUERY_THROW);
    later("wizard focus", [w] { w->setFocus(); });
    return false;
  }

  Context mxCtx;
  UiText maText;
  std::string maTitle;
  core::Catalog maCatalog;
  core::WizardForm maForm;
  std::optional<core::Answers> maAnswers;
  std::shared_ptr<int> mAlive = std::make_shared<int>(0);
  ScopedDialog maDialog;
  Reference<css::awt::XControlContainer> mxControls;
  Reference<css::beans::XPropertySet> mxModel, mxRoadmap;
  sal_Int16 mnStep = 0;
  bool mbFilling = false;
};

}  // namespace

std::optional<WizardResult> runReportWizard(const Context& ctx) {
  const core::Language lang = uiLanguage(ctx);
  const UiText text(lang);
  core::Catalog catalog = *templateCatalog(ctx);
  // A missing or unreachable shared folder is said, not silently skipped; with no template at
  // all there is nothing to choose from.
  if (!catalog.problems.empty() || catalog.entries.empty()) {
    std::string why = text.utf8(MessageId::WizardNoTemplates);
    for (const auto& p : catalog.problems) why += "\n" + p.in(lang);
    showMessage(ctx, nullptr, MessageKind::Warning, toOU(why));
    if (catalog.entries.empty()) return std::nullopt;
  }
  core::WizardForm form;
  const std::string last = readWizardAnswers(ctx);
  if (!last.empty())
    if (auto a = core::answersFromJson(last, "LastAnswers")) form = core::formFromAnswers(*a);
  if (form.placeName.empty()) form.placeName = readProfile(ctx).placeName;
  if (form.dateText.empty()) form.dateText = core::shortDate(core::today());

  Wizard wizard(ctx, text, std::move(catalog), std::move(form));
  const auto answers = wizard.run();
  const core::ReportTemplate* t = wizard.current();
  if (!answers || t == nullptr) return std::nullopt;
  writeWizardAnswers(ctx, core::answersToJson(*answers));
  return WizardResult{*t, *answers};
}

}  // namespace baocao::uno
