#include "core/barrier.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

namespace baocao::core {
namespace {

struct Recorder final : FailureSink {
  std::vector<std::pair<std::string, Failure>> reports;
  void report(std::string_view entry, const Failure& f) override { reports.emplace_back(std::string(entry), f); }
};

struct ThrowingSink final : FailureSink {
  void report(std::string_view, const Failure&) override { throw std::runtime_error("no toolkit"); }
};

TEST(Barrier, PassesThroughWhenNothingThrows) {
  Recorder sink;
  int ran = 0;
  EXPECT_TRUE(guarded("dispatch", sink, [&] { ++ran; }));
  EXPECT_EQ(ran, 1);
  EXPECT_TRUE(sink.reports.empty());
}

TEST(Barrier, ContainsStandardExceptionsAndReportsThem) {
  Recorder sink;
  EXPECT_FALSE(guarded("dispatch vnd.baocao:InsertHeader", sink, [] { throw std::runtime_error("profile unreadable"); }));
  ASSERT_EQ(sink.reports.size(), 1u);
  EXPECT_EQ(sink.reports[0].first, "dispatch vnd.baocao:InsertHeader");
  EXPECT_EQ(sink.reports[0].second.message, "profile unreadable");
  EXPECT_EQ(sink.reports[0].second.type, "std::runtime_error");
}

TEST(Barrier, ContainsExceptionsOfAnyType) {
  Recorder sink;
  EXPECT_FALSE(guarded("callHandlerMethod", sink, [] { throw 42; }));
  EXPECT_FALSE(guarded("callHandlerMethod", sink, [] { throw std::string("text"); }));
  ASSERT_EQ(sink.reports.size(), 2u);
  EXPECT_EQ(sink.reports[0].second.type, "int");
  EXPECT_NE(sink.reports[1].second.type.find("string"), std::string::npos);
}

TEST(Barrier, ContainsAFailingSinkToo) {
  ThrowingSink sink;
  EXPECT_FALSE(guarded("dispatch", sink, [] { throw std::logic_error("bug"); }));
}

TEST(Barrier, UsesTheRegisteredDescriberForForeignTypes) {
  struct Foreign {
    const char* msg;
  };
  setExceptionDescriber([](const std::exception_ptr& e, Failure& out) {
    try {
      std::rethrow_exception(e);
    } catch (const Foreign& f) {
      out = {"Foreign", f.msg};
      return true;
    } catch (...) {
      return false;
    }
  });
  Recorder sink;
  EXPECT_FALSE(guarded("x", sink, [] { throw Foreign{"from UNO"}; }));
  EXPECT_FALSE(guarded("x", sink, [] { throw std::out_of_range("still std"); }));
  setExceptionDescriber(nullptr);
  ASSERT_EQ(sink.reports.size(), 2u);
  EXPECT_EQ(sink.reports[0].second.type, "Foreign");
  EXPECT_EQ(sink.reports[0].second.message, "from UNO");
  EXPECT_EQ(sink.reports[1].second.message, "still std");
}

}  // namespace
}  // namespace baocao::core
