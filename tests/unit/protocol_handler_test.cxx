// The protocol handler with commands that throw: every entry point LibreOffice calls must contain
// the failure (an exception escaping dispatch() on the menu path terminates soffice), report it,
// and tell a result listener that the command failed. No office is needed: the handler gets no
// component context, so even reporting fails, and that must be contained too.
#include "uno/component/protocol_handler.hxx"

#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XStatusListener.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>
#include <gtest/gtest.h>

#include <ostream>
#include <stdexcept>

namespace baocao::uno {
namespace {

using css::uno::Reference;

enum class Throw { Std, Uno, Int, Nothing };
[[maybe_unused]] void PrintTo(Throw t, std::ostream* os) {
  *os << (t == Throw::Std ? "std::runtime_error" : t == Throw::Uno ? "css::uno::RuntimeException" : "int");
}
Throw gThrow = Throw::Nothing;
bool gEnabledThrows = false;

[[noreturn]] void throwNow() {
  switch (gThrow) {
    case Throw::Std: throw std::runtime_error("profile unreadable");
    case Throw::Uno: throw css::uno::RuntimeException("dialog missing");
    case Throw::Int: throw 7;
    case Throw::Nothing: break;
  }
  throw std::logic_error("unreachable");
}

class ThrowingCommand final : public Command {
 public:
  std::string title(core::Language) const override { return "Thử"; }
  bool isEnabled(const CommandEnv&) const override {
    if (gEnabledThrows) throwNow();
    return true;
  }
  CommandOutcome execute(const CommandEnv&) override {
    if (gThrow == Throw::Nothing) return {true, "done"};
    throwNow();
  }
};

// Says the arguments it was given, "Name=value;" each.
class EchoCommand final : public Command {
 public:
  std::string title(core::Language) const override { return "Echo"; }
  bool isEnabled(const CommandEnv&) const override { return true; }
  CommandOutcome execute(const CommandEnv& env) override {
    rtl::OUString said;
    for (const auto& a : env.args) {
      rtl::OUString v;
      a.Value >>= v;
      said += a.Name + "=" + v + ";";
    }
    return {true, said};
  }
};

std::unique_ptr<Command> throwingFactory(const rtl::OUString& path) {
  if (path == "Echo") return std::make_unique<EchoCommand>();
  if (path == "Known") return std::make_unique<ThrowingCommand>();
  return nullptr;
}

struct ResultListener final : cppu::WeakImplHelper1<css::frame::XDispatchResultListener> {
  sal_Int16 state = -1;
  rtl::OUString message;
  void SAL_CALL dispatchFinished(const css::frame::DispatchResultEvent& e) override {
    state = e.State;
    e.Result >>= message;
  }
  void SAL_CALL disposing(const css::lang::EventObject&) override {}
};

struct StatusListener final : cppu::WeakImplHelper1<css::frame::XStatusListener> {
  int calls = 0;
  bool enabled = false;
  void SAL_CALL statusChanged(const css::frame::FeatureStateEvent& e) override {
    ++calls;
    enabled = e.IsEnabled;
  }
  void SAL_CALL disposing(const css::lang::EventObject&) override {}
};

css::util::URL url(const char* path) {
  css::util::URL u;
  u.Protocol = "vnd.baocao:";
  u.Path = rtl::OUString::createFromAscii(path);
  u.Complete = u.Protocol + u.Path;
  return u;
}

class ProtocolHandlerTest : public ::testing::TestWithParam<Throw> {
 protected:
  rtl::Reference<ProtocolHandler> handler{new ProtocolHandler(Context(), &throwingFactory)};
  void TearDown() override {
    gThrow = Throw::Nothing;
    gEnabledThrows = false;
  }
};

TEST_P(ProtocolHandlerTest, DispatchContainsTheFailureAndReportsIt) {
  gThrow = GetParam();
  rtl::Reference<ResultListener> listener(new ResultListener);
  EXPECT_NO_THROW(handler->dispatchWithNotification(url("Known"), {}, listener.get()));
  EXPECT_EQ(listener->state, css::frame::DispatchResultState::FAILURE);
  EXPECT_NO_THROW(handler->dispatch(url("Known"), {}));
}

TEST_P(ProtocolHandlerTest, StatusAndQueryContainAThrowingIsEnabled) {
  gThrow = GetParam();
  gEnabledThrows = true;
  rtl::Reference<StatusListener> status(new StatusListener);
  EXPECT_NO_THROW(handler->addStatusListener(status.get(), url("Known")));
  EXPECT_FALSE(status->enabled);
  EXPECT_NO_THROW(EXPECT_FALSE(handler->queryDispatch(url("Known"), "", 0).is()));
}

INSTANTIATE_TEST_SUITE_P(Throwing, ProtocolHandlerTest, ::testing::Values(Throw::Std, Throw::Uno, Throw::Int),
                         [](const ::testing::TestParamInfo<Throw>& p) {
                           return p.param == Throw::Std ? "StdException" : p.param == Throw::Uno ? "UnoException" : "Int";
                         });

TEST(ProtocolHandler, RunsAWorkingCommandAndRefusesUnknownOnes) {
  rtl::Reference<ProtocolHandler> handler(new ProtocolHandler(Context(), &throwingFactory));
  rtl::Reference<ResultListener> listener(new ResultListener);
  handler->dispatchWithNotification(url("Known"), {}, listener.get());
  EXPECT_EQ(listener->state, css::frame::DispatchResultState::SUCCESS);
  EXPECT_EQ(listener->message, "done");
  EXPECT_TRUE(handler->queryDispatch(url("Known"), "", 0).is());
  EXPECT_FALSE(handler->queryDispatch(url("Unknown"), "", 0).is());
  css::util::URL other = url("Known");
  other.Protocol = ".uno:";
  EXPECT_FALSE(handler->queryDispatch(other, "", 0).is());
  handler->dispatchWithNotification(url("Unknown"), {}, listener.get());
  EXPECT_EQ(listener->state, css::frame::DispatchResultState::FAILURE);
}

// A menu entry passes arguments in its URL ("InsertHeader?Type=cong-van"), whether the URL
// transformer left the query in the path or moved it to Arguments; the caller's own arguments win.
TEST(ProtocolHandler, AMenuURLsQueryBecomesTheCommandsArguments) {
  rtl::Reference<ProtocolHandler> handler(new ProtocolHandler(Context(), &throwingFactory));
  rtl::Reference<ResultListener> listener(new ResultListener);
  EXPECT_TRUE(handler->queryDispatch(url("Echo?Type=ke-hoach"), "", 0).is());
  handler->dispatchWithNotification(url("Echo?Type=ke-hoach&Number=15&broken&=x"), {}, listener.get());
  EXPECT_EQ(listener->state, css::frame::DispatchResultState::SUCCESS);
  EXPECT_EQ(listener->message, "Type=ke-hoach;Number=15;");

  css::util::URL split = url("Echo");
  split.Arguments = "Type=cong-van";
  handler->dispatchWithNotification(split, {}, listener.get());
  EXPECT_EQ(listener->message, "Type=cong-van;");

  css::beans::PropertyValue given;
  given.Name = "Type";
  given.Value <<= rtl::OUString("bao-cao");
  handler->dispatchWithNotification(url("Echo?Type=ke-hoach"), css::uno::Sequence<css::beans::PropertyValue>(&given, 1), listener.get());
  EXPECT_EQ(listener->message, "Type=bao-cao;");
}

TEST(ProtocolHandler, ServiceInfo) {
  rtl::Reference<ProtocolHandler> handler(new ProtocolHandler(Context()));
  EXPECT_TRUE(handler->supportsService("com.sun.star.frame.ProtocolHandler"));
  EXPECT_EQ(handler->getImplementationName(), "org.baocao.writer.ProtocolHandler");
}

}  // namespace
}  // namespace baocao::uno
