// A headless LibreOffice for the CLI: started on a private pipe with its own user profile (or an
// existing one reached by a UNO URL), and always shut down, also when the work fails or the CLI
// is interrupted (SIGINT, SIGTERM, SIGHUP, SIGQUIT end the office's process group, then the CLI).
#pragma once

#include "core/messages.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <sys/types.h>

namespace baocao::cli {

namespace css = com::sun::star;

struct OfficeOptions {
  std::string connect;     // "socket,host=127.0.0.1,port=2002" to use a running office; empty to start one
  std::string profileDir;  // user installation for a started office; empty for a fresh temporary one
  int startTimeoutSeconds = 60;
  core::Language language = core::Language::English;  // of the errors it throws
};

class Office {
 public:
  explicit Office(const OfficeOptions& options);  // throws std::runtime_error with the reason
  Office(const Office&) = delete;
  Office& operator=(const Office&) = delete;
  ~Office();

  [[nodiscard]] const css::uno::Reference<css::uno::XComponentContext>& context() const { return mxRemote; }
  [[nodiscard]] css::uno::Reference<css::frame::XDesktop2> desktop() const;
  // Ends the office this started at once (its whole process group), from any thread: the call
  // waiting on it throws. False for an office reached by --connect, which is not ours to end.
  bool kill() const noexcept;

 private:
  void shutdown() noexcept;
  css::uno::Reference<css::uno::XComponentContext> mxLocal;
  css::uno::Reference<css::uno::XComponentContext> mxRemote;
  pid_t mnPid = -1;
  std::string maTempProfile;
};

}  // namespace baocao::cli
