// Reading the office's data file: .ods, .xlsx, .xls through LibreOffice's own import (hidden,
// read-only, macros never executed, links never updated), .csv through the core (so a file that is
// not UTF-8 is refused instead of silently mis-decoded). The bytes are read once, with a bounded
// wait so an unreachable share gives a message instead of a hang; the same bytes are hashed for
// the document's provenance and given to the import.
#pragma once

#include "core/jobs/report_document.hpp"
#include "uno/context.hxx"

#include <chrono>
#include <string>

namespace baocao::uno {

// `path` is a system path or a file:// URL. Errors name the file and the place (Sheet!A12).
[[nodiscard]] core::Result<core::DataFile> readDataFile(const Context& ctx, const std::string& path,
                                                        std::chrono::milliseconds timeout = core::kDataFileTimeout);

}  // namespace baocao::uno
