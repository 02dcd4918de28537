#include "uno/component/protocol_handler.hxx"

#include "uno/component/commands.hxx"
#include "uno/component/names.hxx"
#include "uno/uno_barrier.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <algorithm>
#include <vector>

namespace baocao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;

namespace {

bool ours(const css::util::URL& url) { return url.Protocol.equalsAscii(names::kProtocol); }

// "InsertHeader?Type=cong-van": the command's path without the query, whether the URL
// transformer left the query in the path or moved it to Arguments.
OUString pathOf(const css::util::URL& url) {
  const sal_Int32 q = url.Path.indexOf('?');
  return q < 0 ? url.Path : url.Path.copy(0, q);
}

// The query's "Name=value" pairs (separated by '&') as string arguments, after the caller's own:
// a menu entry can pass what a macro passes as arguments. An argument the caller gave wins.
Sequence<css::beans::PropertyValue> withQueryArgs(const css::util::URL& url, const Sequence<css::beans::PropertyValue>& args) {
  const sal_Int32 q = url.Path.indexOf('?');
  const OUString query = q >= 0 ? url.Path.copy(q + 1) : url.Arguments;
  std::vector<css::beans::PropertyValue> all(args.begin(), args.end());
  for (sal_Int32 i = 0; i >= 0 && i < query.getLength();) {
    const OUString pair = query.getToken(0, '&', i);
    const sal_Int32 eq = pair.indexOf('=');
    if (eq <= 0) continue;
    css::beans::PropertyValue v;
    v.Name = pair.copy(0, eq);
    v.Value <<= pair.copy(eq + 1);
    if (std::none_of(args.begin(), args.end(), [&](const auto& a) { return a.Name == v.Name; })) all.push_back(v);
  }
  return Sequence<css::beans::PropertyValue>(all.data(), static_cast<sal_Int32>(all.size()));
}

}  // namespace

void SAL_CALL ProtocolHandler::initialize(const Sequence<Any>& args) {
  LogFailureSink log(mxContext);
  (void)barrier("ProtocolHandler::initialize", log, [&] {
    if (args.getLength() > 0) args[0] >>= mxFrame;
  });
}

Reference<css::frame::XDispatch> SAL_CALL ProtocolHandler::queryDispatch(const css::util::URL& url, const OUString&,
                                                                        sal_Int32) {
  Reference<css::frame::XDispatch> result;
  LogFailureSink log(mxContext);
  (void)barrier("ProtocolHandler::queryDispatch", log, [&] {
    if (!ours(url)) return;
    // An unknown path or a command that cannot run in this frame gets no dispatch: the framework
    // then shows the menu entry and toolbar button disabled.
    const auto command = mpFactory(pathOf(url));
    if (command && command->isEnabled(CommandEnv{mxContext, mxFrame, {}, core::Language::Vietnamese}))
      result = this;
  });
  return result;
}

Sequence<Reference<css::frame::XDispatch>> SAL_CALL ProtocolHandler::queryDispatches(
    const Sequence<css::frame::DispatchDescriptor>& requests) {
  Sequence<Reference<css::frame::XDispatch>> result(requests.getLength());
  for (sal_Int32 i = 0; i < requests.getLength(); ++i)
    result.getArray()[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName, requests[i].SearchFlags);
  return result;
}

void SAL_CALL ProtocolHandler::dispatch(const css::util::URL& url, const Sequence<css::beans::PropertyValue>& args) {
  dispatchWithNotification(url, args, nullptr);
}

void SAL_CALL ProtocolHandler::dispatchWithNotification(
    const css::util::URL& url, const Sequence<css::beans::PropertyValue>& args,
    const Reference<css::frame::XDispatchResultListener>& listener) {
  core::Language lang = core::Language::Vietnamese;
  std::unique_ptr<Command> command;
  std::string title = toUtf8(url.Complete);
  LogFailureSink log(mxContext);
  (void)barrier("dispatch (prepare)", log, [&] {
    lang = uiLanguage(mxContext);
    command = mpFactory(pathOf(url));
    if (command) title = command->title(lang);
  });
  UiFailureSink sink(mxContext, mxFrame, title);
  CommandOutcome outcome;
  const bool ran = barrier("dispatch " + toUtf8(url.Complete), sink, [&] {
    if (!command) throw css::uno::RuntimeException("unknown command " + url.Complete);
    outcome = command->execute(CommandEnv{mxContext, mxFrame, withQueryArgs(url, args), lang});
  });
  if (!listener.is()) return;
  (void)barrier("dispatchFinished", log, [&] {
    css::frame::DispatchResultEvent event;
    event.Source = static_cast<cppu::OWeakObject*>(this);
    event.State = ran && outcome.done ? css::frame::DispatchResultState::SUCCESS : css::frame::DispatchResultState::FAILURE;
    event.Result <<= outcome.message;
    listener->dispatchFinished(event);
  });
}

void SAL_CALL ProtocolHandler::addStatusListener(const Reference<css::frame::XStatusListener>& listener,
                                                 const css::util::URL& url) {
  LogFailureSink log(mxContext);
  (void)barrier("addStatusListener", log, [&] {
    if (!listener.is()) return;
    const auto command = mpFactory(pathOf(url));
    css::frame::FeatureStateEvent event;
    event.Source = static_cast<cppu::OWeakObject*>(this);
    event.FeatureURL = url;
    event.IsEnabled = command && command->isEnabled(CommandEnv{mxContext, mxFrame, {}, core::Language::Vietnamese});
    listener->statusChanged(event);
  });
}

void SAL_CALL ProtocolHandler::removeStatusListener(const Reference<css::frame::XStatusListener>&,
                                                    const css::util::URL&) {}

OUString SAL_CALL ProtocolHandler::getImplementationName() { return OUString::createFromAscii(names::kProtocolHandlerImpl); }

sal_Bool SAL_CALL ProtocolHandler::supportsService(const OUString& name) { return cppu::supportsService(this, name); }

Sequence<OUString> SAL_CALL ProtocolHandler::getSupportedServiceNames() {
  Sequence<OUString> names(1);
  names.getArray()[0] = "com.sun.star.frame.ProtocolHandler";
  return names;
}

}  // namespace baocao::uno
