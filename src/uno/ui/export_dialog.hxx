// Báo cáo › Xuất gửi đi…'s dialog (dialogs/ExportPackage.xdl): the folder (typed, or picked with
// its … button), PDF/A-2b, and the certificate to sign with. With no certificate that can sign,
// the row stays, disabled, and says so: one layout, no gap, and the clerk learns why.
#pragma once

#include "core/messages.hpp"
#include "uno/context.hxx"

#include <optional>
#include <string>
#include <vector>

namespace baocao::uno {

struct ExportChoice {
  std::string folder;
  bool pdfa = true;
  int certificate = -1;  // an index into the subjects given; -1: not signed
};

// `certificates`: the subjects of those that can sign. nullopt: cancelled.
[[nodiscard]] std::optional<ExportChoice> runExportDialog(const Context& ctx, core::Language lang, const ExportChoice& initial,
                                                          const std::vector<std::string>& certificates);

}  // namespace baocao::uno
