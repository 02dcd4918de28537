// The adapter's barrier with real UNO exception types: what a throwing command does inside
// dispatch(), without an office (the menu path itself is covered by tests/integration/gui_menu_test.py).
#include "uno/uno_barrier.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

namespace baocao::uno {
namespace {

struct Recorder final : core::FailureSink {
  std::vector<core::Failure> failures;
  void report(std::string_view, const core::Failure& f) override { failures.push_back(f); }
};

TEST(UnoBarrier, DescribesUnoExceptionsByTypeAndMessage) {
  Recorder sink;
  EXPECT_FALSE(barrier("dispatch", sink, [] { throw css::uno::RuntimeException("cannot read the profile"); }));
  EXPECT_FALSE(barrier("dispatch", sink, [] {
    throw css::lang::IllegalArgumentException("bad dialog URL", nullptr, 0);
  }));
  ASSERT_EQ(sink.failures.size(), 2u);
  EXPECT_EQ(sink.failures[0].type, "com.sun.star.uno.RuntimeException");
  EXPECT_EQ(sink.failures[0].message, "cannot read the profile");
  EXPECT_EQ(sink.failures[1].type, "com.sun.star.lang.IllegalArgumentException");
}

TEST(UnoBarrier, StillDescribesStandardExceptions) {
  Recorder sink;
  EXPECT_FALSE(barrier("dispatch", sink, [] { throw std::runtime_error("std failure"); }));
  ASSERT_EQ(sink.failures.size(), 1u);
  EXPECT_EQ(sink.failures[0].message, "std failure");
}

TEST(UnoBarrier, LogSinkWithoutContextDoesNotThrow) {
  LogFailureSink sink{Context()};
  EXPECT_FALSE(barrier("statusListener", sink, [] { throw css::uno::RuntimeException("x"); }));
}

}  // namespace
}  // namespace baocao::uno
