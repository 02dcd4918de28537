#include "core/barrier.hpp"

#include <atomic>
#include <cstdlib>
#include <cxxabi.h>
#include <memory>
#include <cstdio>
#include <typeinfo>

namespace baocao::core {
namespace {
std::atomic<ExceptionDescriber> gDescriber{nullptr};
}

std::string currentExceptionTypeName() {
  const std::type_info* type = abi::__cxa_current_exception_type();
  if (type == nullptr) return "unknown";
  int status = 0;
  std::unique_ptr<char, decltype(&std::free)> demangled(abi::__cxa_demangle(type->name(), nullptr, nullptr, &status),
                                                         &std::free);
  std::string name = status == 0 && demangled ? demangled.get() : type->name();
  // UNO types read as in the IDL: com::sun::star::uno::RuntimeException -> com.sun.star.uno.RuntimeException
  if (name.rfind("com::sun::star::", 0) == 0)
    for (std::size_t pos; (pos = name.find("::")) != std::string::npos;) name.replace(pos, 2, ".");
  return name;
}

void setExceptionDescriber(ExceptionDescriber describer) noexcept { gDescriber.store(describer); }

Failure describe(const std::exception_ptr& e) noexcept {
  Failure f;
  try {
    if (auto d = gDescriber.load(); d != nullptr && d(e, f)) return f;
    std::rethrow_exception(e);
  } catch (const std::exception& ex) {
    f.type = currentExceptionTypeName();
    f.message = ex.what();
  } catch (...) {
    f.type = currentExceptionTypeName();
    f.message = "an exception of type " + f.type;
  }
  return f;
}

void reportContained(std::string_view entryPoint, FailureSink& sink, const Failure& failure) noexcept {
  try {
    sink.report(entryPoint, failure);
  } catch (...) {
    // The sink could not show or log it (no toolkit, disk full): stderr is the last resort.
    std::fprintf(stderr, "baocao: %.*s failed (%s: %s), and reporting it failed too\n",
                 static_cast<int>(entryPoint.size()), entryPoint.data(), failure.type.c_str(),
                 failure.message.c_str());
  }
}

}  // namespace baocao::core
