#include "uno/document/spreadsheet_writer.hxx"

#include "core/portable.hpp"
#include "uno/document/document_closer.hxx"
#include "uno/property_values.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <osl/file.hxx>

#include <filesystem>
#include <algorithm>

namespace baocao::uno {

namespace css = com::sun::star;
using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

// "#.##0" / "#.##0,00" in the vi-VN locale: how Calc shows 1.530 and 6.947,51.
sal_Int32 vietnameseFormat(const Reference<css::util::XNumberFormats>& formats, int decimals) {
  const css::lang::Locale vi("vi", "VN", "");
  const OUString code = decimals > 0 ? "#.##0," + OUString::createFromAscii(std::string(static_cast<std::size_t>(decimals), '0').c_str())
                                     : OUString("#.##0");
  sal_Int32 key = formats->queryKey(code, vi, false);
  if (key < 0) key = formats->addNew(code, vi);
  return key;
}

}  // namespace

void keepInView(const Reference<css::frame::XController>& controller, const std::vector<core::jobs::Sheet>& sheets) {
  Reference<css::sheet::XSpreadsheetView> view(controller, UNO_QUERY);
  Reference<css::sheet::XViewFreezable> freezable(controller, UNO_QUERY);
  if (!view.is() || !freezable.is()) return;
  Reference<css::container::XIndexAccess> byIndex(Reference<css::sheet::XSpreadsheetDocument>(controller->getModel(), UNO_QUERY_THROW)->getSheets(),
                                                  UNO_QUERY_THROW);
  for (std::size_t s = std::min(sheets.size(), static_cast<std::size_t>(byIndex->getCount())); s-- > 0;) {
    if (sheets[s].rows.empty()) continue;
    view->setActiveSheet(Reference<css::sheet::XSpreadsheet>(byIndex->getByIndex(static_cast<sal_Int32>(s)), UNO_QUERY_THROW));
    freezable->freezeAtPosition(sheets[s].keptColumns, 1);
  }
}

void writeSpreadsheet(const Reference<css::frame::XDesktop2>& desktop, const std::vector<core::jobs::Sheet>& sheets,
                      const std::string& path, const std::string& filter, bool withView) {
  const css::beans::PropertyValue hidden[] = {prop("Hidden", Any(!withView))};
  const css::uno::Sequence<css::beans::PropertyValue> args(hidden, 1);
  Reference<css::lang::XComponent> component = desktop->loadComponentFromURL("private:factory/scalc", "_blank", 0, args);
  const DocumentCloser closer(component);
  Reference<css::sheet::XSpreadsheetDocument> doc(component, UNO_QUERY_THROW);
  Reference<css::util::XNumberFormats> formats =
      Reference<css::util::XNumberFormatsSupplier>(doc, UNO_QUERY_THROW)->getNumberFormats();
  Reference<css::sheet::XSpreadsheets> all = doc->getSheets();
  Reference<css::container::XIndexAccess> byIndex(all, UNO_QUERY_THROW);
  for (std::size_t s = 0; s < sheets.size(); ++s) {
    const auto& sheet = sheets[s];
    if (static_cast<sal_Int32>(s) >= byIndex->getCount()) all->insertNewByName(toOU(sheet.name), static_cast<sal_Int16>(s));
    Reference<css::sheet::XSpreadsheet> target(byIndex->getByIndex(static_cast<sal_Int32>(s)), UNO_QUERY_THROW);
    Reference<css::container::XNamed>(target, UNO_QUERY_THROW)->setName(toOU(sheet.name));
    if (sheet.rows.empty()) continue;
    // One call for the sheet's values (a call per cell is 3-4 round trips over the CLI's bridge);
    // an empty string leaves its cell empty, a text is taken as text, never parsed as a number.
    std::size_t width = 0;
    for (const auto& row : sheet.rows) width = std::max(width, row.size());
    if (width == 0) continue;
    css::uno::Sequence<css::uno::Sequence<Any>> data(static_cast<sal_Int32>(sheet.rows.size()));
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
      css::uno::Sequence<Any> line(static_cast<sal_Int32>(width));
      Any* out = line.getArray();
      for (std::size_t c = 0; c < width; ++c) {
        const core::jobs::Cell* value = c < sheet.rows[r].size() ? &sheet.rows[r][c] : nullptr;
        if (const auto* d = value ? std::get_if<double>(value) : nullptr) out[c] <<= *d;
        else if (const auto* text = value ? std::get_if<std::string>(value) : nullptr) out[c] <<= toOU(*text);
        else out[c] <<= OUString();
      }
      data.getArray()[r] = line;
    }
    const auto lastColumn = static_cast<sal_Int32>(width) - 1, lastRow = static_cast<sal_Int32>(sheet.rows.size()) - 1;
    Reference<css::sheet::XCellRangeData>(target->getCellRangeByPosition(0, 0, lastColumn, lastRow), UNO_QUERY_THROW)
        ->setDataArray(data);
    // each figure column's Vietnamese number format, set once for the column below its header
    for (std::size_t c = 0; c < std::min(width, sheet.numberDecimals.size()) && lastRow > 0; ++c)
      if (const int d = sheet.numberDecimals[c]; d >= 0)
        Reference<css::beans::XPropertySet>(target->getCellRangeByPosition(static_cast<sal_Int32>(c), 1, static_cast<sal_Int32>(c), lastRow),
                                            UNO_QUERY_THROW)
            ->setPropertyValue("NumberFormat", Any(vietnameseFormat(formats, d)));
    Reference<css::table::XCellRange> header = target->getCellRangeByPosition(0, 0, lastColumn, 0);
    Reference<css::beans::XPropertySet>(header, UNO_QUERY_THROW)->setPropertyValue("CharWeight", Any(css::awt::FontWeight::BOLD));
    Reference<css::beans::XPropertySet>(Reference<css::table::XColumnRowRange>(target, UNO_QUERY_THROW)->getColumns(), UNO_QUERY_THROW)
        ->setPropertyValue("OptimalWidth", Any(true));
  }
  if (withView) keepInView(Reference<css::frame::XModel>(doc, UNO_QUERY_THROW)->getCurrentController(), sheets);
  // Written beside the target under another name, then renamed: a failed store leaves no file
  // that looks complete.
  const std::filesystem::path final = core::pathFromUtf8(path);
  const std::filesystem::path partial = final.parent_path() / core::pathFromUtf8("." + core::utf8FromPath(final.filename()) + ".part");
  OUString url;
  if (osl::FileBase::getFileURLFromSystemPath(toOU(core::utf8FromPath(partial)), url) != osl::FileBase::E_None)
    throw css::uno::RuntimeException("not a local path: " + toOU(path));
  const css::beans::PropertyValue storeArgs[] = {prop("FilterName", Any(toOU(filter))), prop("Overwrite", Any(true))};
  const css::uno::Sequence<css::beans::PropertyValue> store(storeArgs, 2);
  Reference<css::frame::XStorable>(doc, UNO_QUERY_THROW)->storeToURL(url, store);
  std::error_code ec;
  std::filesystem::rename(partial, final, ec);
  if (ec) {
    std::filesystem::remove(partial, ec);
    throw css::uno::RuntimeException(toOU(path + ": " + ec.message()));
  }
}

}  // namespace baocao::uno
