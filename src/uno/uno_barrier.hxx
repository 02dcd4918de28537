// The adapter's side of core::guarded: describes UNO exceptions and reports failures to the
// user (message box) and the log. Every SAL_CALL entry point runs its body through `barrier()`.
#pragma once

#include "core/barrier.hpp"
#include "uno/context.hxx"

#include <com/sun/star/frame/XFrame.hpp>

#include <string>

namespace baocao::uno {

// Makes core::describe() understand css::uno::Exception (type name and Message). Idempotent.
void installUnoExceptionDescriber() noexcept;

class UiFailureSink final : public core::FailureSink {
 public:
  UiFailureSink(Context ctx, css::uno::Reference<css::frame::XFrame> frame, std::string commandTitle)
      : mxContext(std::move(ctx)), mxFrame(std::move(frame)), maCommandTitle(std::move(commandTitle)) {}
  void report(std::string_view entryPoint, const core::Failure& failure) override;

 private:
  Context mxContext;
  css::uno::Reference<css::frame::XFrame> mxFrame;
  std::string maCommandTitle;
};

// Only logs: for entry points where a message box would be wrong (status listeners, queryDispatch).
class LogFailureSink final : public core::FailureSink {
 public:
  explicit LogFailureSink(Context ctx) : mxContext(std::move(ctx)) {}
  void report(std::string_view entryPoint, const core::Failure& failure) override;

 private:
  Context mxContext;
};

template <class Body>
bool barrier(std::string_view entryPoint, core::FailureSink& sink, Body&& body) noexcept {
  installUnoExceptionDescriber();
  return core::guarded(entryPoint, sink, std::forward<Body>(body));
}

}  // namespace baocao::uno
