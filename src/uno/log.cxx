#include "uno/log.hxx"

#include "uno/ustr.hxx"

#include <com/sun/star/util/PathSubstitution.hpp>

#include <osl/file.hxx>

#include <cstdio>
#include <ctime>
#include <fstream>

namespace baocao::uno {

void logLine(const Context& ctx, std::string_view line) noexcept {
  try {
    char stamp[32] = {};
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
    std::fprintf(stderr, "baocao: %.*s\n", static_cast<int>(line.size()), line.data());
    if (!ctx.is()) return;
    const OUString userUrl = css::util::PathSubstitution::create(ctx)->substituteVariables("$(user)", true);
    OUString sysPath;
    if (osl::FileBase::getSystemPathFromFileURL(userUrl + "/baocao.log", sysPath) != osl::FileBase::E_None) return;
    std::ofstream(toUtf8(sysPath), std::ios::app) << stamp << ' ' << line << '\n';
  } catch (...) {
    // Logging must never become the failure.
  }
}

}  // namespace baocao::uno
