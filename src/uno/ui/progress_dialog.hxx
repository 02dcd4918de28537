// The progress of a long job with a way to stop it: LibreOffice's status-bar indicator
// (css::task::XStatusIndicator) shows progress but has no cancel, so a small modeless dialog
// (dialogs/Progress.xdl) shows what is being done, a bar, and a Stop button. Báo cáo › Tổng hợp
// báo cáo… shows it at once; Báo cáo › Kiểm tra báo cáo once a check has run for a second.
#pragma once

#include "uno/context.hxx"
#include "uno/ui/dialog_support.hxx"

#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XProgressBar.hpp>
#include <com/sun/star/awt/XToolkit2.hpp>

#include <atomic>
#include <memory>
#include <string>

namespace baocao::uno {

class ProgressDialog {
 public:
  // Shown at once, titled `title`, saying `text`. `total`: the steps the bar counts; 0: no bar (a
  // job that cannot count its steps ahead, as a check reading a document).
  ProgressDialog(const Context& ctx, const std::string& title, const std::string& text, std::size_t total);
  ProgressDialog(const ProgressDialog&) = delete;
  ProgressDialog& operator=(const ProgressDialog&) = delete;
  ~ProgressDialog();  // hidden and disposed

  // After each step: the text and the count shown, then the window events pending handled, the
  // Stop button's click among them, when the command runs on the office's main thread (a menu's
  // command does: nothing else would run the event loop while it works). Called from another
  // thread (a macro over the bridge), the main loop runs by itself. One pass, not "until idle":
  // the office's idle jobs (Writer's layout and spelling of a long document just opened) would
  // run to their end inside it, for half a minute, the job and its Stop button waiting.
  void step(const std::string& text, std::size_t done);
  // The same without a count (no bar).
  void say(const std::string& text);
  [[nodiscard]] bool stopped() const { return mpStopped->load(); }

 private:
  Context mxContext;
  ScopedDialog maDialog;
  css::uno::Reference<css::awt::XFixedText> mxText;
  css::uno::Reference<css::awt::XProgressBar> mxBar;
  css::uno::Reference<css::awt::XToolkit2> mxEvents;  // empty off the main thread
  std::shared_ptr<std::atomic<bool>> mpStopped = std::make_shared<std::atomic<bool>>(false);
};

// Whether this is the office's main thread, where a menu's command runs and where nothing but the
// command itself can run the window events.
[[nodiscard]] bool onMainThread();

}  // namespace baocao::uno
