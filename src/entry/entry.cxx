// The extension's entry: the protocol handler LibreOffice instantiates for "vnd.baocao:" URLs.
// It lives in a library of its own that needs nothing but LibreOffice's URE, so it loads wherever
// LibreOffice runs, and hands every request to the real handler in baocao.uno.so. When that
// library cannot be loaded on this machine (a missing library or symbol on some build), the
// Báo cáo menu stays clickable and each command tells the clerk why it cannot run, in the UI's
// language, and the log (<profile>/user/baocao.log) gets the loader's own words.
#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/PathSubstitution.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase3.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <osl/file.hxx>
#include <osl/module.h>
#include <osl/thread.h>
#include <rtl/string.hxx>
#include <rtl/ustring.hxx>
#include <sal/types.h>

#include <cstdio>
#include <cstring>
#include <ctime>

#if defined(_WIN32)
#include <windows.h>
#else
#include <dlfcn.h>
#endif

#include "entry_names.hxx"

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using rtl::OString;
using rtl::OUString;

namespace {

OUString fromUtf8(const char* s) { return OUString(s, static_cast<sal_Int32>(std::strlen(s)), RTL_TEXTENCODING_UTF8); }

// The loader's own explanation of why `libraryUrl` does not load (the dynamic loader's message on
// Linux and macOS, the system's on Windows): LibreOffice itself only says "loading … failed".
OUString loaderMessage(const OUString& libraryUrl) {
  OUString path;
  if (osl::FileBase::getSystemPathFromFileURL(libraryUrl, path) != osl::FileBase::E_None) return OUString();
#if defined(_WIN32)
  HMODULE h = LoadLibraryExW(reinterpret_cast<LPCWSTR>(path.getStr()), nullptr, 0);
  if (h != nullptr) {
    FreeLibrary(h);
    return OUString();
  }
  const DWORD code = GetLastError();
  wchar_t* text = nullptr;
  FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr,
                 code, 0, reinterpret_cast<LPWSTR>(&text), 0, nullptr);
  OUString out = text != nullptr ? OUString(reinterpret_cast<const sal_Unicode*>(text)).trim() : OUString();
  if (text != nullptr) LocalFree(text);
  return out + " (" + OUString::number(static_cast<sal_Int64>(code)) + ")";
#else
  const OString sysPath = OUStringToOString(path, osl_getThreadTextEncoding());
  void* h = dlopen(sysPath.getStr(), RTLD_NOW | RTLD_LOCAL);
  if (h != nullptr) {
    dlclose(h);
    return OUString();
  }
  const char* err = dlerror();
  return err != nullptr ? fromUtf8(err) : OUString();
#endif
}

// The folder of this library, as a file URL: the real library sits beside it.
OUString ownFolderUrl() {
  OUString url;
  if (!osl_getModuleURLFromAddress(reinterpret_cast<void*>(&ownFolderUrl), &url.pData)) return OUString();
  const sal_Int32 slash = url.lastIndexOf('/');
  return slash > 0 ? url.copy(0, slash) : url;
}

bool vietnameseUi(const Reference<css::uno::XComponentContext>& ctx) {
  try {
    auto provider = css::configuration::theDefaultProvider::get(ctx);
    css::beans::NamedValue path("nodepath", Any(OUString("/org.openoffice.Setup/L10N")));
    Sequence<Any> args(1);
    args.getArray()[0] <<= path;
    Reference<css::container::XNameAccess> node(
        provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess", args), UNO_QUERY_THROW);
    OUString locale;
    node->getByName("ooLocale") >>= locale;
    return locale.startsWith("vi");
  } catch (...) {
    return true;  // the clerks this is for read Vietnamese
  }
}

void logLine(const Reference<css::uno::XComponentContext>& ctx, const OUString& line) {
  const OString utf8 = OUStringToOString(line, RTL_TEXTENCODING_UTF8);
  std::fprintf(stderr, "baocao: %s\n", utf8.getStr());
  try {
    const OUString userUrl = css::util::PathSubstitution::create(ctx)->substituteVariables("$(user)", true);
    OUString sysPath;
    if (osl::FileBase::getSystemPathFromFileURL(userUrl + "/baocao.log", sysPath) != osl::FileBase::E_None) return;
    const OString file = OUStringToOString(sysPath, osl_getThreadTextEncoding());
    if (std::FILE* f = std::fopen(file.getStr(), "a")) {
      char stamp[32] = {};
      const std::time_t now = std::time(nullptr);
      std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
      std::fprintf(f, "%s %s\n", stamp, utf8.getStr());
      std::fclose(f);
    }
  } catch (...) {
    // The log is a courtesy; the message box is what the clerk sees.
  }
}

// Answers every Báo cáo command when the real library did not load: enabled, so that a click
// reaches it, and saying why nothing else can happen.
class FailedDispatch final : public cppu::WeakImplHelper1<css::frame::XNotifyingDispatch> {
 public:
  FailedDispatch(Reference<css::uno::XComponentContext> ctx, Reference<css::frame::XFrame> frame, OUString text)
      : mxContext(std::move(ctx)), mxFrame(std::move(frame)), maText(std::move(text)) {}

  void SAL_CALL dispatch(const css::util::URL& url, const Sequence<css::beans::PropertyValue>& args) override {
    dispatchWithNotification(url, args, nullptr);
  }

  void SAL_CALL dispatchWithNotification(const css::util::URL& url, const Sequence<css::beans::PropertyValue>&,
                                         const Reference<css::frame::XDispatchResultListener>& listener) override {
    try {
      logLine(mxContext, url.Complete + ": " + maText);
      show();
      if (listener.is()) {
        css::frame::DispatchResultEvent event;
        event.Source = static_cast<cppu::OWeakObject*>(this);
        event.State = css::frame::DispatchResultState::FAILURE;
        event.Result <<= maText;
        listener->dispatchFinished(event);
      }
    } catch (...) {
      // Nothing may escape into the framework's dispatch: the clerk's unsaved work is at stake.
    }
  }

  void SAL_CALL addStatusListener(const Reference<css::frame::XStatusListener>& listener,
                                  const css::util::URL& url) override {
    try {
      if (!listener.is()) return;
      css::frame::FeatureStateEvent event;
      event.Source = static_cast<cppu::OWeakObject*>(this);
      event.FeatureURL = url;
      event.IsEnabled = true;
      listener->statusChanged(event);
    } catch (...) {
      // A listener that throws is the framework's; the menu item stays as it was.
    }
  }

  void SAL_CALL removeStatusListener(const Reference<css::frame::XStatusListener>&, const css::util::URL&) override {}

 private:
  void show() {
    if (!mxFrame.is()) return;
    Reference<css::awt::XWindowPeer> parent(mxFrame->getContainerWindow(), UNO_QUERY);
    if (!parent.is()) return;
    Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(mxContext), UNO_QUERY_THROW);
    Reference<css::awt::XMessageBox> box = factory->createMessageBox(
        parent, css::awt::MessageBoxType_ERRORBOX, css::awt::MessageBoxButtons::BUTTONS_OK, fromUtf8("Báo cáo"), maText);
    if (box.is()) box->execute();
  }

  Reference<css::uno::XComponentContext> mxContext;
  Reference<css::frame::XFrame> mxFrame;
  OUString maText;
};

class Entry final
    : public cppu::WeakImplHelper3<css::frame::XDispatchProvider, css::lang::XInitialization, css::lang::XServiceInfo> {
 public:
  explicit Entry(Reference<css::uno::XComponentContext> ctx) : mxContext(std::move(ctx)) {}

  void SAL_CALL initialize(const Sequence<Any>& args) override {
    try {
      if (args.getLength() > 0) args[0] >>= mxFrame;
      Reference<css::lang::XMultiComponentFactory> smgr(mxContext->getServiceManager());
      mxReal.set(smgr->createInstanceWithArgumentsAndContext(fromUtf8(baocao::entry::kRealHandlerImpl), args, mxContext),
                 UNO_QUERY);
      if (!mxReal.is()) maFailure = "no " + fromUtf8(baocao::entry::kRealHandlerImpl);
    } catch (const css::uno::Exception& e) {
      maFailure = e.Message;
    } catch (...) {
      maFailure = "unknown error";
    }
  }

  Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url, const OUString& target,
                                                          sal_Int32 flags) override {
    try {
      if (mxReal.is()) return mxReal->queryDispatch(url, target, flags);
      if (!url.Protocol.equalsAscii(baocao::entry::kProtocol)) return nullptr;
      if (!mxFailed.is()) mxFailed = new FailedDispatch(mxContext, mxFrame, failureText());
      return mxFailed;
    } catch (...) {
      return nullptr;  // the framework then leaves the command disabled
    }
  }

  Sequence<Reference<css::frame::XDispatch>> SAL_CALL queryDispatches(
      const Sequence<css::frame::DispatchDescriptor>& requests) override {
    Sequence<Reference<css::frame::XDispatch>> out(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
      out.getArray()[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return out;
  }

  OUString SAL_CALL getImplementationName() override { return fromUtf8(baocao::entry::kEntryImpl); }
  sal_Bool SAL_CALL supportsService(const OUString& name) override { return cppu::supportsService(this, name); }
  Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
    Sequence<OUString> names(1);
    names.getArray()[0] = "com.sun.star.frame.ProtocolHandler";
    return names;
  }

 private:
  // What the clerk reads: what happened, what it means, whom to tell, and the cause itself.
  OUString failureText() const {
    const OUString library = ownFolderUrl() + "/" + fromUtf8(baocao::entry::kRealLibrary);
    OUString cause = loaderMessage(library);
    if (cause.isEmpty()) cause = maFailure;
    logLine(mxContext, "the extension's library did not start: " + maFailure + (cause != maFailure ? ": " + cause : OUString()));
    // Non-ASCII literals go through fromUtf8: OUString's char constructors take ASCII only.
    if (vietnameseUi(mxContext))
      return fromUtf8("Phần mở rộng Báo cáo không khởi động được trên máy này, nên các lệnh của nó chưa dùng được. "
                      "Tài liệu của bạn không bị ảnh hưởng. Hãy báo cho bộ phận CNTT nguyên nhân sau:\n\n") + cause;
    return fromUtf8("The Báo cáo extension could not start on this computer, so its commands cannot run. "
                    "Your document is not affected. Please give your IT staff this cause:\n\n") + cause;
  }

  Reference<css::uno::XComponentContext> mxContext;
  Reference<css::frame::XFrame> mxFrame;
  Reference<css::frame::XDispatchProvider> mxReal;
  Reference<css::frame::XDispatch> mxFailed;
  OUString maFailure;
};

}  // namespace

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface* org_baocao_writer_Entry_get_implementation(
    css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>&) {
  return cppu::acquire(new Entry(context));
}
