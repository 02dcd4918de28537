#include "uno/component/save_guard.hxx"

#include "uno/component/report_check.hxx"
#include "uno/component/names.hxx"
#include "uno/document/tone_dictionary.hxx"
#include "uno/log.hxx"
#include "uno/ui/message_box.hxx"
#include "uno/uno_barrier.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProviderInterception.hpp>
#include <com/sun/star/frame/XDispatchProviderInterceptor.hpp>
#include <com/sun/star/frame/XInterceptorInfo.hpp>
#include <com/sun/star/frame/XModel2.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/task/XStatusIndicatorFactory.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <cppuhelper/weakref.hxx>

#include <algorithm>
#include <mutex>
#include <optional>
#include <vector>

namespace baocao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;

namespace {

// The commands that write the document to a new place; plain Save is left alone (the file stays
// the clerk's working copy).
constexpr const char* kGuardedCommands[] = {".uno:SaveAs", ".uno:ExportToPDF", ".uno:ExportDirectToPDF"};

bool isGuarded(const css::util::URL& url) {
  return std::any_of(std::begin(kGuardedCommands), std::end(kGuardedCommands),
                     [&](const char* c) { return url.Complete.equalsAscii(c); });
}

Reference<css::text::XTextDocument> writerDocumentOf(const Reference<css::frame::XFrame>& frame) {
  if (!frame.is()) return {};
  const Reference<css::frame::XController> controller = frame->getController();
  if (!controller.is()) return {};
  const Reference<css::lang::XServiceInfo> info(controller->getModel(), UNO_QUERY);
  if (!info.is() || !info->supportsService("com.sun.star.text.TextDocument") ||
      info->supportsService("com.sun.star.text.WebDocument"))
    return {};
  return Reference<css::text::XTextDocument>(info, UNO_QUERY);
}

void notify(const Reference<css::frame::XDispatchResultListener>& listener, const Reference<css::uno::XInterface>& source,
            sal_Int16 state, const OUString& result) {
  if (!listener.is()) return;
  css::frame::DispatchResultEvent event;
  event.Source = source;
  event.State = state;
  event.Result <<= result;
  listener->dispatchFinished(event);
}

// LibreOffice's own dispatch of a guarded command, with the check and the question in front.
class GuardedDispatch final : public cppu::WeakImplHelper2<css::frame::XNotifyingDispatch, css::lang::XServiceInfo> {
 public:
  GuardedDispatch(Context ctx, const Reference<css::frame::XFrame>& frame, Reference<css::frame::XDispatch> original)
      : mxContext(std::move(ctx)), mxFrame(frame), mxOriginal(std::move(original)) {}

  void SAL_CALL dispatch(const css::util::URL& url, const Sequence<css::beans::PropertyValue>& args) override {
    dispatchWithNotification(url, args, nullptr);
  }

  void SAL_CALL dispatchWithNotification(const css::util::URL& url, const Sequence<css::beans::PropertyValue>& args,
                                         const Reference<css::frame::XDispatchResultListener>& listener) override {
    LogFailureSink log(mxContext);
    // The answer a macro or a test gives in advance; taken out before LibreOffice sees the arguments.
    std::optional<bool> preAnswer;
    Sequence<css::beans::PropertyValue> forwarded(args);
    (void)barrier("SaveGuard arguments", log, [&] {
      std::vector<css::beans::PropertyValue> kept;
      for (const auto& a : args) {
        bool v = false;
        if (!a.Name.equalsAscii(names::kArgSaveDespiteErrors)) kept.push_back(a);
        else if (a.Value >>= v) preAnswer = v;
      }
      forwarded = Sequence<css::beans::PropertyValue>(kept.data(), static_cast<sal_Int32>(kept.size()));
    });

    bool proceed = true;  // stays true when anything of ours fails
    OUString question;
    (void)barrier("SaveGuard check before " + toUtf8(url.Complete), log, [&] {
      if (!warnOnSaveAs(mxContext)) return;
      const Reference<css::frame::XFrame> frame(mxFrame);
      const Reference<css::text::XTextDocument> doc = writerDocumentOf(frame);
      if (!doc.is()) return;
      const core::Language lang = uiLanguage(mxContext);
      Reference<css::task::XStatusIndicator> progress;
      if (Reference<css::task::XStatusIndicatorFactory> f(frame, UNO_QUERY); f.is()) progress = f->createStatusIndicator();
      const int errors =
          checkWriterDocument(mxContext, doc, std::string(), lang, progress, CheckFor::ErrorCount).result.errorCount();
      if (errors == 0) return;
      question = toOU(core::format(core::message(core::MessageId::SaveWithErrors, lang), std::to_string(errors)));
      proceed = preAnswer ? *preAnswer : askYesNo(mxContext, frame, question) == Answer::Yes;
    });

    if (!proceed) {
      logLine(mxContext, toUtf8(url.Complete) + " cancelled by the clerk: the report has errors");
      (void)barrier("SaveGuard dispatchFinished", log, [&] {
        notify(listener, static_cast<cppu::OWeakObject*>(this), css::frame::DispatchResultState::FAILURE, question);
      });
      return;
    }
    (void)barrier("SaveGuard forward " + toUtf8(url.Complete), log, [&] {
      if (const Reference<css::frame::XNotifyingDispatch> notifying(mxOriginal, UNO_QUERY); notifying.is() && listener.is())
        notifying->dispatchWithNotification(url, forwarded, listener);
      else
        mxOriginal->dispatch(url, forwarded);
    });
  }

  // The state (enabled, checked) is LibreOffice's own.
  void SAL_CALL addStatusListener(const Reference<css::frame::XStatusListener>& listener,
                                  const css::util::URL& url) override {
    LogFailureSink log(mxContext);
    (void)barrier("SaveGuard addStatusListener", log, [&] { mxOriginal->addStatusListener(listener, url); });
  }
  void SAL_CALL removeStatusListener(const Reference<css::frame::XStatusListener>& listener,
                                     const css::util::URL& url) override {
    LogFailureSink log(mxContext);
    (void)barrier("SaveGuard removeStatusListener", log, [&] { mxOriginal->removeStatusListener(listener, url); });
  }

  OUString SAL_CALL getImplementationName() override { return OUString::createFromAscii(names::kSaveGuardDispatchImpl); }
  sal_Bool SAL_CALL supportsService(const OUString& name) override { return cppu::supportsService(this, name); }
  Sequence<OUString> SAL_CALL getSupportedServiceNames() override { return {}; }

 private:
  Context mxContext;
  css::uno::WeakReference<css::frame::XFrame> mxFrame;  // the frame owns us through its interceptor chain
  Reference<css::frame::XDispatch> mxOriginal;
};

class SaveGuardInterceptor final
    : public cppu::WeakImplHelper2<css::frame::XDispatchProviderInterceptor, css::frame::XInterceptorInfo> {
 public:
  SaveGuardInterceptor(Context ctx, const Reference<css::frame::XFrame>& frame) : mxContext(std::move(ctx)), mxFrame(frame) {}

  Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url, const OUString& target,
                                                          sal_Int32 flags) override {
    LogFailureSink log(mxContext);
    Reference<css::frame::XDispatch> own;
    (void)barrier("SaveGuard queryDispatch (slave)", log, [&] {
      if (const Reference<css::frame::XDispatchProvider> slave = slaveProvider(); slave.is())
        own = slave->queryDispatch(url, target, flags);
    });
    Reference<css::frame::XDispatch> result = own;
    (void)barrier("SaveGuard queryDispatch", log, [&] {
      // A command LibreOffice disabled stays disabled; off, or not Writer: LibreOffice's own.
      if (!own.is() || !isGuarded(url) || !warnOnSaveAs(mxContext)) return;
      const Reference<css::frame::XFrame> frame(mxFrame);
      if (writerDocumentOf(frame).is()) result = new GuardedDispatch(mxContext, frame, own);
    });
    return result;
  }

  Sequence<Reference<css::frame::XDispatch>> SAL_CALL queryDispatches(
      const Sequence<css::frame::DispatchDescriptor>& requests) override {
    Sequence<Reference<css::frame::XDispatch>> result(requests.getLength());
    for (sal_Int32 i = 0; i < requests.getLength(); ++i)
      result.getArray()[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
    return result;
  }

  Reference<css::frame::XDispatchProvider> SAL_CALL getSlaveDispatchProvider() override { return slaveProvider(); }
  void SAL_CALL setSlaveDispatchProvider(const Reference<css::frame::XDispatchProvider>& slave) override {
    std::lock_guard lock(maMutex);
    mxSlave = slave;
  }
  Reference<css::frame::XDispatchProvider> SAL_CALL getMasterDispatchProvider() override {
    std::lock_guard lock(maMutex);
    return mxMaster;
  }
  void SAL_CALL setMasterDispatchProvider(const Reference<css::frame::XDispatchProvider>& master) override {
    std::lock_guard lock(maMutex);
    mxMaster = master;
  }

  // XInterceptorInfo: the frame asks us about these commands only.
  Sequence<OUString> SAL_CALL getInterceptedURLs() override {
    Sequence<OUString> urls(static_cast<sal_Int32>(std::size(kGuardedCommands)));
    for (sal_Int32 i = 0; i < urls.getLength(); ++i) urls.getArray()[i] = OUString::createFromAscii(kGuardedCommands[i]);
    return urls;
  }

 private:
  Reference<css::frame::XDispatchProvider> slaveProvider() {
    std::lock_guard lock(maMutex);
    return mxSlave;
  }

  Context mxContext;
  css::uno::WeakReference<css::frame::XFrame> mxFrame;
  std::mutex maMutex;
  Reference<css::frame::XDispatchProvider> mxSlave;
  Reference<css::frame::XDispatchProvider> mxMaster;
};

// The frames already guarded (weakly: a closed window drops out).
std::mutex gGuardedMutex;
std::vector<css::uno::WeakReference<css::frame::XFrame>> gGuardedFrames;

bool markGuarded(const Reference<css::frame::XFrame>& frame) {
  std::lock_guard lock(gGuardedMutex);
  std::erase_if(gGuardedFrames, [](const auto& weak) { return !weak.get().is(); });
  for (const auto& weak : gGuardedFrames)
    if (weak.get() == frame) return false;
  gGuardedFrames.emplace_back(frame);
  return true;
}

Reference<css::frame::XModel> modelFromJobArguments(const Sequence<css::beans::NamedValue>& args) {
  for (const auto& arg : args) {
    if (arg.Name != "Environment") continue;
    Sequence<css::beans::NamedValue> environment;
    arg.Value >>= environment;
    for (const auto& e : environment)
      if (e.Name == "Model") return Reference<css::frame::XModel>(e.Value, UNO_QUERY);
  }
  return {};
}

}  // namespace

void guardFrame(const Context& ctx, const Reference<css::frame::XFrame>& frame) {
  if (!writerDocumentOf(frame).is()) return;
  const Reference<css::frame::XDispatchProviderInterception> interception(frame, UNO_QUERY);
  if (!interception.is() || !markGuarded(frame)) return;
  interception->registerDispatchProviderInterceptor(new SaveGuardInterceptor(ctx, frame));
}

Any SAL_CALL SaveGuardJob::execute(const Sequence<css::beans::NamedValue>& args) {
  LogFailureSink log(mxContext);
  // Once per session, on the first Writer view: LibreOffice's own spell checker learns the old
  // tone placement (src/uno/document/tone_dictionary.hxx). Its failure leaves the guard alone.
  (void)barrier("tone-placement dictionary", log, [&] { ensureToneDictionary(mxContext); });
  (void)barrier("SaveGuardJob::execute", log, [&] {
    const Reference<css::frame::XModel> model = modelFromJobArguments(args);
    if (!model.is()) return;
    // Every view of the document: a new window (Window > New Window) gets its own frame.
    if (const Reference<css::frame::XModel2> model2(model, UNO_QUERY); model2.is()) {
      const Reference<css::container::XEnumeration> controllers = model2->getControllers();
      while (controllers->hasMoreElements()) {
        Reference<css::frame::XController> controller(controllers->nextElement(), UNO_QUERY);
        if (controller.is()) guardFrame(mxContext, controller->getFrame());
      }
    } else if (const Reference<css::frame::XController> controller = model->getCurrentController(); controller.is()) {
      guardFrame(mxContext, controller->getFrame());
    }
  });
  return Any();
}

OUString SAL_CALL SaveGuardJob::getImplementationName() { return OUString::createFromAscii(names::kSaveGuardJobImpl); }

sal_Bool SAL_CALL SaveGuardJob::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

Sequence<OUString> SAL_CALL SaveGuardJob::getSupportedServiceNames() {
  Sequence<OUString> names(1);
  names.getArray()[0] = "com.sun.star.task.Job";
  return names;
}

}  // namespace baocao::uno
