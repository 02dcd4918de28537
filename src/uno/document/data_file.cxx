#include "uno/document/data_file.hxx"

#include "core/civil_date.hpp"
#include "core/portable.hpp"
#include "uno/document/document_closer.hxx"
#include "uno/property_values.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/MacroExecMode.hpp>
#include <com/sun/star/document/UpdateDocMode.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/io/SequenceInputStream.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XCellFormatRangesSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/util/Date.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <osl/file.hxx>


#include <algorithm>
#include <cmath>
#include <filesystem>
#include <ctime>
#include <fstream>
#include <future>
#include <memory>
#include <sstream>
#include <thread>

namespace baocao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

std::string systemPath(const std::string& pathOrUrl) {
  if (pathOrUrl.rfind("file:", 0) != 0) return pathOrUrl;
  OUString sys;
  if (osl::FileBase::getSystemPathFromFileURL(toOU(pathOrUrl), sys) != osl::FileBase::E_None) return pathOrUrl;
  return toUtf8(sys);
}

struct RawFile {
  std::string bytes;
  std::string modified;  // ISO 8601 UTC
};

// Reads the whole file on a detached thread and waits at most `timeout`: a stat or read on a
// dead network share can block for minutes, and the clerk's Writer must not.
core::Result<RawFile> readBounded(const std::string& path, std::chrono::milliseconds timeout) {
  auto promise = std::make_shared<std::promise<core::Result<RawFile>>>();
  auto future = promise->get_future();
  std::thread([path, promise] {
    try {
      const std::filesystem::path file = core::pathFromUtf8(path);
      std::error_code ec;
      const std::filesystem::file_status st = std::filesystem::status(file, ec);
      if (ec || !std::filesystem::exists(st)) {
        promise->set_value(core::Error{core::say(core::MessageId::DataFileUnreachable, {path})});
        return;
      }
      if (std::filesystem::is_directory(st)) {
        promise->set_value(core::Error{core::say(core::MessageId::DataFileIsFolder, {path})});
        return;
      }
      if (!std::filesystem::is_regular_file(st)) {  // a FIFO would keep this thread reading for ever
        promise->set_value(core::Error{core::say(core::MessageId::DataFileNotAFile, {path})});
        return;
      }
      if (const auto size = std::filesystem::file_size(file, ec); !ec && size > core::kMaxDataFileBytes) {
        promise->set_value(core::Error{core::say(core::MessageId::DataFileTooLarge,
                                                 {path, std::to_string((size + (1u << 20) - 1) >> 20),
                                                  std::to_string(core::kMaxDataFileBytes >> 20)})});
        return;
      }
      const auto modified = std::filesystem::last_write_time(file, ec);
      std::ifstream in(file, std::ios::binary);
      std::ostringstream bytes;
      if (!(in && (bytes << in.rdbuf()))) {
        promise->set_value(core::Error{core::say(core::MessageId::DataFileNoPermission, {path})});
        return;
      }
      promise->set_value(RawFile{bytes.str(), ec ? std::string() : core::isoUtc(core::toTimeT(modified))});
    } catch (...) {
      promise->set_value(core::Error{core::say(core::MessageId::DataFileReadFailed, {path})});
    }
  }).detach();
  if (future.wait_for(timeout) != std::future_status::ready) {
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(timeout).count();
    return core::Error{core::say(core::MessageId::DataFileTimeout,
                                 {path, ms % 1000 == 0 ? std::to_string(ms / 1000) + " s" : std::to_string(ms) + " ms"})};
  }
  return future.get();
}

std::string extensionOf(const std::string& path) {
  std::string ext = core::utf8FromPath(core::pathFromUtf8(path).extension());
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

// A sheet's used area as a grid; cells with a date format become ISO dates.
core::Result<core::SheetGrid> gridOf(const Reference<css::sheet::XSpreadsheetDocument>& doc,
                                     const Reference<css::sheet::XSpreadsheet>& sheet, const std::string& path) {
  core::SheetGrid grid;
  grid.name = toCore(Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName());
  Reference<css::sheet::XUsedAreaCursor> cursor(sheet->createCursor(), UNO_QUERY_THROW);
  cursor->gotoEndOfUsedArea(false);
  const css::table::CellRangeAddress end = Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)->getRangeAddress();
  // A report's figures fill a few hundred rows; a sheet of a million is not a data file, and
  // reading it whole would hold the clerk's office for minutes and gigabytes.
  const auto rows = static_cast<std::size_t>(end.EndRow) + 1, columns = static_cast<std::size_t>(end.EndColumn) + 1;
  if (!core::withinDataLimits(rows, columns))
    return core::Error{core::say(core::MessageId::DataFileTooManyCells,
                                 {path, grid.name, std::to_string(rows), std::to_string(columns), std::to_string(core::kMaxDataRows),
                                  std::to_string(core::kMaxDataColumns), std::to_string(core::kMaxDataCells)})};
  Reference<css::table::XCellRange> area = sheet->getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow);
  const Sequence<Sequence<Any>> data = Reference<css::sheet::XCellRangeData>(area, UNO_QUERY_THROW)->getDataArray();
  grid.rows.resize(static_cast<std::size_t>(data.getLength()));
  for (sal_Int32 r = 0; r < data.getLength(); ++r) {
    auto& row = grid.rows[static_cast<std::size_t>(r)];
    row.resize(static_cast<std::size_t>(data[r].getLength()));
    for (sal_Int32 c = 0; c < data[r].getLength(); ++c) {
      const Any& v = data[r][c];
      double number = 0;
      OUString text;
      auto& cell = row[static_cast<std::size_t>(c)];
      if (v >>= number) cell = core::CellValue{core::CellValue::Kind::Number, number, {}};
      else if ((v >>= text) && !text.isEmpty()) cell = core::CellValue{core::CellValue::Kind::Text, 0, toCore(text)};
    }
  }
  // Dates are numbers in a spreadsheet: find the ranges formatted as dates and write them out.
  Reference<css::util::XNumberFormatsSupplier> formats(doc, UNO_QUERY_THROW);
  css::util::Date nullDate{30, 12, 1899};
  formats->getNumberFormatSettings()->getPropertyValue("NullDate") >>= nullDate;
  const core::CivilDate epoch{nullDate.Year, nullDate.Month, nullDate.Day};  // day 0 of the sheet's numbers
  Reference<css::container::XIndexAccess> ranges =
      Reference<css::sheet::XCellFormatRangesSupplier>(area, UNO_QUERY_THROW)->getCellFormatRanges();
  for (sal_Int32 i = 0; i < ranges->getCount(); ++i) {
    Reference<css::beans::XPropertySet> range(ranges->getByIndex(i), UNO_QUERY_THROW);
    sal_Int32 key = 0;
    range->getPropertyValue("NumberFormat") >>= key;
    sal_Int16 type = 0;
    formats->getNumberFormats()->getByKey(key)->getPropertyValue("Type") >>= type;
    if ((type & css::util::NumberFormat::DATE) == 0) continue;
    const auto a = Reference<css::sheet::XCellRangeAddressable>(range, UNO_QUERY_THROW)->getRangeAddress();
    for (sal_Int32 r = a.StartRow; r <= a.EndRow && r < static_cast<sal_Int32>(grid.rows.size()); ++r)
      for (sal_Int32 c = a.StartColumn; c <= a.EndColumn; ++c) {
        auto& row = grid.rows[static_cast<std::size_t>(r)];
        if (c >= static_cast<sal_Int32>(row.size())) break;
        auto& cell = row[static_cast<std::size_t>(c)];
        if (cell.kind == core::CellValue::Kind::Number)
          cell = core::CellValue{core::CellValue::Kind::Text, 0, core::isoDate(core::addDays(epoch, static_cast<long>(std::floor(cell.number))))};
      }
  }
  return grid;
}

core::Result<std::vector<core::SheetGrid>> importSpreadsheet(const Context& ctx, const std::string& bytes, const std::string& path) {
  Sequence<sal_Int8> seq(reinterpret_cast<const sal_Int8*>(bytes.data()), static_cast<sal_Int32>(bytes.size()));
  Reference<css::io::XInputStream> stream(css::io::SequenceInputStream::createStreamFromSequence(ctx, seq), UNO_QUERY_THROW);
  Sequence<css::beans::PropertyValue> args(5);
  auto* a = args.getArray();
  a[0] = prop("InputStream", Any(stream));
  a[1] = prop("Hidden", Any(true));
  a[2] = prop("ReadOnly", Any(true));
  a[3] = prop("MacroExecutionMode", Any(css::document::MacroExecMode::NEVER_EXECUTE));
  a[4] = prop("UpdateDocMode", Any(css::document::UpdateDocMode::NO_UPDATE));
  Reference<css::lang::XComponent> loaded;
  try {
    loaded = css::frame::Desktop::create(ctx)->loadComponentFromURL("private:stream", "_blank", 0, args);
  } catch (const css::uno::Exception& e) {
    return core::Error{core::say(core::MessageId::DataFileImportFailed, {path, toUtf8(e.Message)})};
  }
  const DocumentCloser closer(loaded);
  Reference<css::sheet::XSpreadsheetDocument> sheets(loaded, UNO_QUERY);
  if (!sheets.is()) return core::Error{core::say(core::MessageId::DataFileNotSpreadsheet, {path})};
  // every sheet: one sheet per period is a workbook of periods (core::readDataSheets)
  Reference<css::container::XIndexAccess> all(sheets->getSheets(), UNO_QUERY_THROW);
  if (all->getCount() == 0) return core::Error{core::say(core::MessageId::DataFileNoSheet, {path})};
  std::vector<core::SheetGrid> grids;
  for (sal_Int32 i = 0; i < all->getCount(); ++i) {
    auto grid = gridOf(sheets, Reference<css::sheet::XSpreadsheet>(all->getByIndex(i), UNO_QUERY_THROW), path);
    if (!grid) return grid.error();
    grids.push_back(std::move(*grid));
  }
  return grids;
}

}  // namespace

core::Result<core::DataFile> readDataFile(const Context& ctx, const std::string& pathOrUrl, std::chrono::milliseconds timeout) {
  const std::string path = systemPath(pathOrUrl);
  auto raw = readBounded(path, timeout);
  if (!raw) return raw.error();
  const std::string ext = extensionOf(path);
  core::Result<std::vector<core::SheetGrid>> grids = core::Error{};
  if (ext == ".csv" || ext == ".txt") {
    auto grid = core::parseCsv(raw->bytes, core::utf8FromPath(core::pathFromUtf8(path).stem()), path);
    if (!grid) return grid.error();
    grids = std::vector<core::SheetGrid>{std::move(*grid)};
  } else if (ext == ".ods" || ext == ".xlsx" || ext == ".xls" || ext == ".fods") {
    grids = importSpreadsheet(ctx, raw->bytes, path);
  } else {
    return core::Error{core::say(core::MessageId::DataFileUnknownType, {path})};
  }
  if (!grids) return grids.error();
  auto data = core::readDataSheets(*grids, path);
  if (!data) return data.error();
  return core::DataFile{std::move(*data), core::Provenance{path, raw->modified, core::sha256Hex(raw->bytes)}};
}

}  // namespace baocao::uno
