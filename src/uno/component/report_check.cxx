#include "uno/component/report_check.hxx"

#include "uno/component/office_settings.hxx"
#include "uno/document/spell_oracle.hxx"
#include "uno/document/writer_document.hxx"
#include "uno/ui/progress_dialog.hxx"
#include "uno/uno_barrier.hxx"

#include <com/sun/star/awt/XWindow.hpp>

#include <chrono>
#include <optional>

namespace baocao::uno {

namespace {

using Clock = std::chrono::steady_clock;

// A shorter check shows no dialog: one that flashes up and away only startles.
constexpr std::chrono::milliseconds kShowAfter{1000};

// The document's window without input (keys, mouse, its menus and toolbars) while the check reads
// it: the progress dialog runs the window events, and a keystroke into the document between two
// paragraphs read would make a snapshot of two documents. Given back however the check ends.
class InputBlocked {
 public:
  InputBlocked(Context ctx, const css::uno::Reference<css::frame::XFrame>& frame) : mxContext(std::move(ctx)) {
    if (frame.is()) mxWindow = frame->getContainerWindow();
    if (mxWindow.is()) mxWindow->setEnable(false);
  }
  InputBlocked(const InputBlocked&) = delete;
  InputBlocked& operator=(const InputBlocked&) = delete;
  ~InputBlocked() {
    if (!mxWindow.is()) return;
    LogFailureSink log(mxContext);
    (void)barrier("giving the document's window its input back", log, [&] { mxWindow->setEnable(true); });
  }

 private:
  Context mxContext;
  css::uno::Reference<css::awt::XWindow> mxWindow;
};

// The Cancellation's question: shows the dialog once the check has run kShowAfter, then keeps its
// text current (the seconds so far) and runs the window events, where a click on Stop lands. A
// dialog that cannot be made or shown is told to the log and the check goes on without it (it
// cannot be stopped then, as before there was a dialog): a failure here is not the check's.
class StopAsker {
 public:
  StopAsker(Context ctx, core::Language language) : mxContext(std::move(ctx)), mnLanguage(language) {}

  bool operator()() {
    if (mbBroken) return false;
    bool stopped = false;
    LogFailureSink log(mxContext);
    mbBroken = !barrier("the check's progress dialog", log, [&] {
      const auto elapsed = Clock::now() - maStart;
      if (!maDialog) {
        if (elapsed < kShowAfter) return;
        maDialog.emplace(mxContext, std::string(core::message(core::MessageId::CheckProgressTitle, mnLanguage)),
                         text(elapsed), 0);
      } else {
        maDialog->say(text(elapsed));
      }
      stopped = maDialog->stopped();
    });
    if (mbBroken) maDialog.reset();
    return stopped;
  }
  void close() { maDialog.reset(); }

 private:
  std::string text(Clock::duration elapsed) const {
    return core::say(core::MessageId::CheckProgressRunning,
                     {std::to_string(std::chrono::duration_cast<std::chrono::seconds>(elapsed).count())})
        .in(mnLanguage);
  }

  Context mxContext;
  core::Language mnLanguage;
  Clock::time_point maStart = Clock::now();
  std::optional<ProgressDialog> maDialog;
  bool mbBroken = false;
};

}  // namespace

core::jobs::CheckOptions officeCheckOptions(const Context& ctx, const std::string& templateId, core::Language language,
                                            core::SpellingOracle* speller) {
  core::jobs::CheckOptions options;
  options.templateId = templateId;
  options.language = language;
  options.electronic = electronicDocuments(ctx);
  if (speller != nullptr && spellingChecked(ctx)) options.spelling = speller;
  return options;
}

core::CheckOutcome checkWriterDocument(const Context& ctx, const css::uno::Reference<css::text::XTextDocument>& doc,
                                       const std::string& templateId, core::Language language,
                                       const css::uno::Reference<css::task::XStatusIndicator>& progress,
                                       CheckFor purpose, core::Cancellation* stop) {
  WriterDocument document(ctx, doc);
  document.withLayout().showProgress(progress, std::string(core::message(core::MessageId::CheckReport, language))).stopWhen(stop);
  OfficeDataFiles files(ctx);
  OfficeSpelling speller(ctx);
  core::jobs::CheckOptions options =
      officeCheckOptions(ctx, templateId, language, purpose == CheckFor::ErrorCount ? nullptr : &speller);
  options.findingPages = purpose == CheckFor::Window;
  options.stop = stop;
  return core::jobs::check(document, *templateCatalog(ctx), files, options);
}

core::CheckOutcome checkWriterDocumentStoppable(const Context& ctx, const css::uno::Reference<css::frame::XFrame>& frame,
                                                const css::uno::Reference<css::text::XTextDocument>& doc,
                                                const std::string& templateId, core::Language language,
                                                const css::uno::Reference<css::task::XStatusIndicator>& progress,
                                                CheckFor purpose) {
  const InputBlocked blocked(ctx, frame);
  StopAsker asker(ctx, language);
  core::Cancellation stop([&asker] { return asker(); });
  core::CheckOutcome outcome = checkWriterDocument(ctx, doc, templateId, language, progress, purpose, &stop);
  asker.close();  // before the findings window or the message, which would otherwise open behind it
  return outcome;
}

}  // namespace baocao::uno
