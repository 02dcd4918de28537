// What the jobs (core/jobs/jobs.hpp) need from a report document and from the office's data
// files, as a closed set of operations: read the snapshot, insert the header or the skeleton, read
// and set the figures, read and write the record properties, and group changes into one edit.
// The Writer document implements it once over UNO (src/uno/document/writer_document); the unit
// tests implement it in memory (tests/fakes/fake_document.hpp), so a job is tested without
// LibreOffice, as LibreOffice's pdfimport fakes its sink and Zotero its document driver.
#pragma once

#include "core/error.hpp"
#include "core/figures/figures.hpp"
#include "core/templates/header.hpp"
#include "core/templates/skeleton.hpp"
#include "core/validation/document.hpp"

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::core {

class ReportDocument {
 public:
  virtual ~ReportDocument() = default;

  // The report as the validation rules read it (core/validation/document.hpp), its path for
  // messages as the caller named the document.
  [[nodiscard]] virtual Document snapshot() = 0;

  // One change the user sees and undoes as one step: `change` runs inside it; when it throws,
  // what it did is rolled back and the exception goes on.
  virtual void edit(std::string_view title, const std::function<void()>& change) = 0;

  // Sets up the Decree 30 page when the insertion point is the document's very start. Outside
  // any edit: Writer cannot undo a page header (it clears the undo list).
  virtual void preparePage() = 0;

  // At the insertion point (the cursor), inside an edit.
  virtual void insertHeader(const HeaderBlock& header) = 0;
  virtual void insertSkeleton(const Skeleton& skeleton) = 0;

  // key -> the text each figure field of the document shows now.
  [[nodiscard]] virtual std::map<std::string, std::string> figures() = 0;
  // Sets every figure the document shows to its value and records the provenance (the
  // DocumentProperty::kData* properties), inside an edit. Returns how many figures changed.
  virtual int setFigures(const std::vector<FigureValue>& values, const Provenance& provenance) = 0;

  // The record properties (DocumentProperty): empty when absent.
  [[nodiscard]] virtual std::string property(std::string_view name) = 0;
  virtual void setProperty(std::string_view name, const std::string& value) = 0;
};

// The record every job keeps in the document's properties, so a report refreshes and validates
// on any machine without its template or data file.
[[nodiscard]] std::optional<Provenance> recordedProvenance(ReportDocument& doc);  // empty: never filled
void recordTemplate(ReportDocument& doc, const ReportTemplate& t);                // id, version, figure slots
// The figure slots the document keeps; empty when it has none, an error when they are damaged.
[[nodiscard]] Result<std::vector<FigureSlot>> recordedSlots(ReportDocument& doc);

inline constexpr std::chrono::seconds kDataFileTimeout{10};

// The office's data files (.ods, .xlsx, .xls, .csv): LibreOffice imports the spreadsheets, so
// the adapter reads them (src/uno/document/data_file); the tests give them from memory.
class DataFiles {
 public:
  virtual ~DataFiles() = default;
  // `path` is a system path or a file:// URL; errors name the file and the place (Sheet!A12).
  [[nodiscard]] virtual Result<DataFile> read(const std::string& path, std::chrono::milliseconds timeout) = 0;
};

// Reads each path once and answers from memory after that (failures too): the CLI checks many
// reports against one data file, which does not change while it runs. Not for Writer, whose
// clerk edits the file between two commands.
class CachedDataFiles final : public DataFiles {
 public:
  explicit CachedDataFiles(DataFiles& files) : mrFiles(files) {}
  [[nodiscard]] Result<DataFile> read(const std::string& path, std::chrono::milliseconds timeout) override;

 private:
  DataFiles& mrFiles;
  std::map<std::string, Result<DataFile>> mCache;
};

}  // namespace baocao::core
