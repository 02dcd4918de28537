// A table the core made (core/jobs/collect.hpp Sheet) written as a spreadsheet through Calc: one
// sheet each, numbers as numbers in the Vietnamese number format (1.530; 6.947,51), the header row
// bold and frozen with the unit's columns (Sheet::keptColumns; see withView). Written to a
// temporary file beside the target and renamed at the end, so no half-written table is left as if
// complete.
#pragma once

#include "core/jobs/collect.hpp"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDesktop2.hpp>

#include <string>
#include <vector>

namespace baocao::uno {

// `path` a system path; `filter` "calc8" (.ods) or "Calc MS Excel 2007 XML" (.xlsx). Throws
// css::uno::Exception when Calc cannot write it. `withView`: the table is made in a document with
// a view (not hidden), which a headless office never shows, and the file keeps the frozen header;
// false: hidden, as an office with a screen needs (no window flashing up), and the file has no
// freeze, because LibreOffice places a freeze in the pixels of a view and writes view settings
// only from a visible one (a hidden document's getViewData is empty, and freezeAtPosition does
// nothing without a window size): the caller freezes the view it opens instead (keepInView).
void writeSpreadsheet(const com::sun::star::uno::Reference<com::sun::star::frame::XDesktop2>& desktop,
                      const std::vector<core::jobs::Sheet>& sheets, const std::string& path, const std::string& filter,
                      bool withView);

// Each sheet's header row and first keptColumns columns frozen in this Calc view (the first
// sheet left active); nothing for a view that is not Calc's.
void keepInView(const com::sun::star::uno::Reference<com::sun::star::frame::XController>& controller,
                const std::vector<core::jobs::Sheet>& sheets);

}  // namespace baocao::uno
