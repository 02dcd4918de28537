#include "uno/uno_barrier.hxx"

#include "uno/component/office_settings.hxx"
#include "uno/log.hxx"
#include "uno/ui/message_box.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/uno/Exception.hpp>

namespace baocao::uno {

namespace {

bool describeUno(const std::exception_ptr& e, core::Failure& out) {
  try {
    std::rethrow_exception(e);
  } catch (const css::uno::Exception& ex) {
    out.type = core::currentExceptionTypeName();
    out.message = toUtf8(ex.Message);
    return true;
  } catch (...) {
    return false;
  }
}

std::string logText(std::string_view entryPoint, const core::Failure& f) {
  return std::string(entryPoint) + " failed: " + f.type + ": " + f.message;
}

}  // namespace

void installUnoExceptionDescriber() noexcept { core::setExceptionDescriber(&describeUno); }

void UiFailureSink::report(std::string_view entryPoint, const core::Failure& failure) {
  logLine(mxContext, logText(entryPoint, failure));
  const auto lang = uiLanguage(mxContext);
  const std::string text = core::format(core::message(core::MessageId::CommandFailed, lang), maCommandTitle) +
                           "\n\n" + failure.message;
  showMessage(mxContext, mxFrame, MessageKind::Error, toOU(text));
}

void LogFailureSink::report(std::string_view entryPoint, const core::Failure& failure) {
  logLine(mxContext, logText(entryPoint, failure));
}

}  // namespace baocao::uno
