// The command objects behind the protocol handler: one small class per command URL path, with
// isEnabled and execute. Execute may throw; the handler runs it inside the exception barrier.
#pragma once

#include "uno/component/office_settings.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XFrame.hpp>

#include <memory>
#include <string>
#include <string_view>

namespace baocao::uno {

struct CommandEnv {
  Context ctx;
  css::uno::Reference<css::frame::XFrame> frame;
  css::uno::Sequence<css::beans::PropertyValue> args;
  core::Language language = core::Language::Vietnamese;
};

struct CommandOutcome {
  bool done = false;
  rtl::OUString message;  // shown to the user when not done; the dispatch result for tests and macros
};

class Command {
 public:
  virtual ~Command() = default;
  [[nodiscard]] virtual std::string title(core::Language lang) const = 0;
  [[nodiscard]] virtual bool isEnabled(const CommandEnv& env) const = 0;
  virtual CommandOutcome execute(const CommandEnv& env) = 0;
};

// The command for a URL path ("InsertHeader"), or nullptr for an unknown path.
[[nodiscard]] std::unique_ptr<Command> makeCommand(const rtl::OUString& path);

using CommandFactory = std::unique_ptr<Command> (*)(const rtl::OUString& path);

}  // namespace baocao::uno
