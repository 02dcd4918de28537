#include "uno/ui/progress_dialog.hxx"

#include "uno/uno_barrier.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <cppuhelper/implbase1.hxx>

#if defined(__linux__)
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace baocao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

// soffice runs its event loop on the process's first thread (on Linux, the thread whose id is the
// process id); elsewhere a command is taken to run there, as a menu's does.
bool onMainThread() {
#if defined(__linux__)
  return ::syscall(SYS_gettid) == ::getpid();
#else
  return true;
#endif
}

namespace {

// The window events pending, one pass: XReschedule::reschedule (Application::Reschedule), what
// LibreOffice's own progress loops run. Its IDL marks it deprecated ("only implemented in an
// intermediate developer release"), but the toolkit of every version since has it (7.4 and 25.2
// tested), and the one other way, XToolkitExperimental::processEventsToIdle, runs every idle job
// to its end (the office's test hook): 35 s of Writer's spelling right after a 4,000-page report
// was laid out, the job and its Stop button waiting all along.
void runPendingEvents(const Reference<css::awt::XToolkit2>& toolkit) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  toolkit->reschedule();
#pragma GCC diagnostic pop
}

// The Stop button: only raises the flag, which the job reads between its steps (nothing can throw).
class StopListener final : public cppu::WeakImplHelper1<css::awt::XActionListener> {
 public:
  explicit StopListener(std::shared_ptr<std::atomic<bool>> stopped) : mpStopped(std::move(stopped)) {}
  void SAL_CALL actionPerformed(const css::awt::ActionEvent&) override { mpStopped->store(true); }
  void SAL_CALL disposing(const css::lang::EventObject&) override {}

 private:
  std::shared_ptr<std::atomic<bool>> mpStopped;
};

}  // namespace

ProgressDialog::ProgressDialog(const Context& ctx, const std::string& title, const std::string& text, std::size_t total)
    : mxContext(ctx), maDialog(ctx, "Progress.xdl") {
  maDialog.get()->setTitle(toOU(title));
  Reference<css::awt::XControlContainer> controls(maDialog.get(), UNO_QUERY_THROW);
  mxText.set(controls->getControl("lblProgress"), UNO_QUERY_THROW);
  mxText->setText(toOU(text));
  mxBar.set(controls->getControl("barProgress"), UNO_QUERY_THROW);
  if (total > 0)
    mxBar->setRange(0, static_cast<sal_Int32>(total));
  else
    Reference<css::awt::XWindow>(mxBar, UNO_QUERY_THROW)->setVisible(false);
  Reference<css::awt::XButton>(controls->getControl("btnStop"), UNO_QUERY_THROW)->addActionListener(new StopListener(mpStopped));
  if (onMainThread()) mxEvents = css::awt::Toolkit::create(ctx);
  Reference<css::awt::XWindow>(maDialog.get(), UNO_QUERY_THROW)->setVisible(true);  // modeless: not execute()
  if (mxEvents.is()) runPendingEvents(mxEvents);  // shown before the job's next step
}

ProgressDialog::~ProgressDialog() {
  LogFailureSink log(mxContext);
  (void)barrier("hiding the progress dialog", log, [&] { Reference<css::awt::XWindow>(maDialog.get(), UNO_QUERY_THROW)->setVisible(false); });
}

void ProgressDialog::step(const std::string& text, std::size_t done) {
  mxBar->setValue(static_cast<sal_Int32>(done));
  say(text);
}

void ProgressDialog::say(const std::string& text) {
  mxText->setText(toOU(text));
  if (mxEvents.is()) runPendingEvents(mxEvents);
}

}  // namespace baocao::uno
