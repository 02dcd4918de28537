// The adapter's log: stderr and <user profile>/user/baocao.log, where an admin can find it.
#pragma once

#include "uno/context.hxx"

#include <string_view>

namespace baocao::uno {

// One line to stderr and to the profile's baocao.log. Never throws.
void logLine(const Context& ctx, std::string_view line) noexcept;

}  // namespace baocao::uno
