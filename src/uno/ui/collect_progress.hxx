// The progress of Báo cáo › Tổng hợp báo cáo… with a way to stop it: LibreOffice's status-bar
// indicator (css::task::XStatusIndicator) shows progress but has no cancel, so a small modeless
// dialog (dialogs/CollectProgress.xdl) shows the count and a Stop button.
#pragma once

#include "uno/context.hxx"
#include "uno/ui/dialog_support.hxx"

#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XProgressBar.hpp>
#include <com/sun/star/awt/XToolkitExperimental.hpp>

#include <atomic>
#include <memory>
#include <string>

namespace baocao::uno {

class CollectProgress {
 public:
  // Shown at once. `total`: the files to read.
  CollectProgress(const Context& ctx, std::size_t total);
  CollectProgress(const CollectProgress&) = delete;
  CollectProgress& operator=(const CollectProgress&) = delete;
  ~CollectProgress();  // hidden and disposed

  // After each file: the text and the count shown, then the pending window events handled, the
  // Stop button's click among them, when the command runs on the office's main thread (a menu's
  // command does: nothing else would run the event loop while it works). Called from another
  // thread (a macro over the bridge), the main loop runs by itself.
  void step(const std::string& text, std::size_t done);
  [[nodiscard]] bool stopped() const { return mpStopped->load(); }

 private:
  Context mxContext;
  ScopedDialog maDialog;
  css::uno::Reference<css::awt::XFixedText> mxText;
  css::uno::Reference<css::awt::XProgressBar> mxBar;
  css::uno::Reference<css::awt::XToolkitExperimental> mxEvents;  // empty off the main thread
  std::shared_ptr<std::atomic<bool>> mpStopped = std::make_shared<std::atomic<bool>>(false);
};

}  // namespace baocao::uno
