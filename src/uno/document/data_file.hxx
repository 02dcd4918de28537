// Reading the office's data file: .ods, .xlsx, .xls through LibreOffice's own import (hidden,
// read-only, macros never executed, links never updated), .csv through the core (so a file that is
// not UTF-8 is refused instead of silently mis-decoded). The bytes are read once, with a bounded
// wait so an unreachable share gives a message instead of a hang; the same bytes are hashed for
// the document's provenance and given to the import.
#pragma once

#include "core/figures/data_sheet.hpp"
#include "core/figures/figures.hpp"
#include "core/messages.hpp"
#include "uno/context.hxx"

#include <chrono>
#include <string>

namespace baocao::uno {

struct DataFile {
  core::DataSet data;
  core::Provenance provenance;
};

inline constexpr std::chrono::seconds kDataFileTimeout{10};

// `path` is a system path or a file:// URL. Errors name the file and the place (Sheet!A12).
[[nodiscard]] core::Result<DataFile> readDataFile(const Context& ctx, const std::string& path,
                                                  std::chrono::milliseconds timeout = kDataFileTimeout);

// The figures' values for the slots from a data file, with what to tell the user about it.
struct Fill {
  DataFile file;
  std::vector<core::FigureValue> values;
  // "2 figures are not in the data file …" and one line per problem; empty when all are there.
  [[nodiscard]] std::string problems(core::Language lang) const;
};
[[nodiscard]] core::Result<Fill> readFill(const Context& ctx, const std::vector<core::FigureSlot>& slots,
                                          const std::string& path);

// The file's provenance as it is now (modification time and hash), without importing it.
[[nodiscard]] core::Result<core::Provenance> currentProvenance(const std::string& path,
                                                               std::chrono::milliseconds timeout = kDataFileTimeout);

}  // namespace baocao::uno
