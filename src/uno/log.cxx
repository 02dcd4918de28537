#include "uno/log.hxx"

#include "core/portable.hpp"
#include "uno/ustr.hxx"

#include <com/sun/star/util/PathSubstitution.hpp>

#include <osl/file.hxx>

#include <cstdio>
#include <ctime>
#include <fstream>

namespace baocao::uno {

void logLine(const Context& ctx, std::string_view line) noexcept {
  try {
    const std::string stamp = core::isoUtc(std::time(nullptr));
    std::fprintf(stderr, "baocao: %.*s\n", static_cast<int>(line.size()), line.data());
    if (!ctx.is()) return;
    const OUString userUrl = css::util::PathSubstitution::create(ctx)->substituteVariables("$(user)", true);
    OUString sysPath;
    if (osl::FileBase::getSystemPathFromFileURL(userUrl + "/baocao.log", sysPath) != osl::FileBase::E_None) return;
    std::ofstream(core::pathFromUtf8(toUtf8(sysPath)), std::ios::app) << stamp << ' ' << line << '\n';
  } catch (...) {
    // Logging must never become the failure.
  }
}

}  // namespace baocao::uno
