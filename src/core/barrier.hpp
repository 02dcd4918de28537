// The one exception barrier every entry point from LibreOffice goes through (dispatch, dialog and
// wizard callbacks, listeners). An exception that escapes a menu-path dispatch terminates soffice
// and the clerk loses unsaved work, so nothing may pass: the barrier catches everything, describes
// it, and hands it to a sink that tells the user and the log.
#pragma once

#include <exception>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

namespace baocao::core {

struct Failure {
  std::string type;     // "std::runtime_error", "com.sun.star.uno.RuntimeException", …
  std::string message;  // what() or the UNO Message
};

class FailureSink {
 public:
  virtual ~FailureSink() = default;
  // Tell the user and the log. May itself fail; the barrier contains that too.
  virtual void report(std::string_view entryPoint, const Failure& failure) = 0;
};

// Describes exception types the core cannot know (the adapter registers one for css::uno::Exception).
// Returns false when the exception is not of its kind.
using ExceptionDescriber = bool (*)(const std::exception_ptr&, Failure&);
void setExceptionDescriber(ExceptionDescriber describer) noexcept;

[[nodiscard]] Failure describe(const std::exception_ptr& e) noexcept;

// Inside a catch block: the dynamic type of the exception being handled, as a readable name
// ("std::runtime_error", "com.sun.star.lang.IllegalArgumentException"), from the C++ ABI.
[[nodiscard]] std::string currentExceptionTypeName();

// Hands the failure to the sink; if the sink throws, falls back to stderr. Never throws.
void reportContained(std::string_view entryPoint, FailureSink& sink, const Failure& failure) noexcept;

// Runs `body`; on any exception reports it to `sink` and returns false. Never throws.
template <class Body>
bool guarded(std::string_view entryPoint, FailureSink& sink, Body&& body) noexcept {
  try {
    std::forward<Body>(body)();
    return true;
  } catch (...) {
    const Failure failure = describe(std::current_exception());
    reportContained(entryPoint, sink, failure);
    return false;
  }
}

}  // namespace baocao::core
