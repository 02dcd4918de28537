// A table the core made (core/jobs/collect.hpp Sheet) written as a spreadsheet through Calc: one
// sheet each, numbers as numbers in the Vietnamese number format (1.530; 6.947,51), the header row
// bold and frozen. Written to a temporary file beside the target and renamed at the end, so no
// half-written table is left as if complete.
#pragma once

#include "core/jobs/collect.hpp"

#include <com/sun/star/frame/XDesktop2.hpp>

#include <string>
#include <vector>

namespace baocao::uno {

// `path` a system path; `filter` "calc8" (.ods) or "Calc MS Excel 2007 XML" (.xlsx). Throws
// css::uno::Exception when Calc cannot write it.
void writeSpreadsheet(const com::sun::star::uno::Reference<com::sun::star::frame::XDesktop2>& desktop,
                      const std::vector<core::jobs::Sheet>& sheets, const std::string& path, const std::string& filter);

}  // namespace baocao::uno
