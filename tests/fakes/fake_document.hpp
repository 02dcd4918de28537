// An in-memory report document and data files for the jobs' unit tests: the core's document
// interface (core/jobs/report_document.hpp) kept in plain containers, recording what a job did
// (its edits, the header and skeletons inserted, the figures set) and rolling an edit back when
// it throws, as Writer's undo context does. No LibreOffice.
#pragma once

#include "core/jobs/report_document.hpp"

#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace baocao::core::testing {

class FakeDocument final : public ReportDocument {
 public:
  // What the document holds; a job's edits change it, a failed edit restores it.
  struct State {
    Document text;                                 // the snapshot's body (its properties come from `properties`)
    std::map<std::string, std::string> figures;    // key -> the text its field shows
    std::map<std::string, std::string, std::less<>> properties;
    std::vector<HeaderBlock> headers;              // inserted, in order
    std::vector<Skeleton> skeletons;
    bool pagePrepared = false;
    friend bool operator==(const State& a, const State& b) {
      return a.figures == b.figures && a.properties == b.properties && a.headers.size() == b.headers.size() &&
             a.skeletons.size() == b.skeletons.size() && a.pagePrepared == b.pagePrepared;
    }
  };

  State state;
  bool atStart = true;                  // the insertion point is the document's start
  std::vector<std::string> edits;       // the titles of the edits, one per undo step
  int openEdits = 0;
  int snapshots = 0;
  std::function<void()> failInsertion;  // called by insertSkeleton: throw to make the edit fail
  // called by snapshot() before each paragraph, as Writer's reader asks the check's Cancellation
  std::function<void()> readingParagraph;

  Document snapshot() override {
    ++snapshots;
    if (readingParagraph)
      for (std::size_t i = 0; i < state.text.paragraphs.size(); ++i) readingParagraph();
    Document d = state.text;
    for (const auto& [name, value] : state.properties) d.properties.emplace(name, value);
    return d;
  }

  void edit(std::string_view title, const std::function<void()>& change) override {
    const State before = state;
    edits.emplace_back(title);
    ++openEdits;
    try {
      change();
    } catch (...) {
      --openEdits;
      state = before;  // rolled back, as Writer's undo context is
      edits.pop_back();
      throw;
    }
    --openEdits;
  }

  void preparePage() override {
    if (openEdits != 0) throw std::logic_error("preparePage inside an edit: Writer cannot undo it");
    if (atStart) state.pagePrepared = true;
  }

  void insertHeader(const HeaderBlock& header) override {
    requireEdit("insertHeader");
    state.headers.push_back(header);
  }

  // Every figure field of the skeleton shows its key's value already in the document, else the
  // skeleton's own text (the missing marker), as the Writer writer does.
  void insertSkeleton(const Skeleton& skeleton) override {
    requireEdit("insertSkeleton");
    if (failInsertion) failInsertion();
    state.skeletons.push_back(skeleton);
    for (const auto& p : skeleton.body)
      for (const auto& s : p.segments)
        if (!s.fieldKey.empty()) state.figures.emplace(s.fieldKey, s.text);
  }

  std::map<std::string, std::string> figures() override { return state.figures; }

  int setFigures(const std::vector<FigureValue>& values, const Provenance& provenance) override {
    requireEdit("setFigures");
    int changed = 0;
    for (const auto& v : values)
      if (auto it = state.figures.find(v.key); it != state.figures.end() && it->second != v.text) {
        it->second = v.text;
        ++changed;
      }
    state.properties[DocumentProperty::kDataFile] = provenance.file;
    state.properties[DocumentProperty::kDataModified] = provenance.modified;
    state.properties[DocumentProperty::kDataHash] = provenance.sha256;
    return changed;
  }

  std::string property(std::string_view name) override {
    const auto it = state.properties.find(name);
    return it == state.properties.end() ? std::string() : it->second;
  }
  void setProperty(std::string_view name, const std::string& value) override {
    requireEdit("setProperty");
    state.properties[std::string(name)] = value;
  }

 private:
  void requireEdit(const char* what) const {
    if (openEdits == 0) throw std::logic_error(std::string(what) + " outside an edit: it would be an undo step of its own");
  }
};

// Data files from memory: a path gives its data set, or an error; every read is counted.
class FakeDataFiles final : public DataFiles {
 public:
  std::map<std::string, Result<DataFile>> files;
  std::vector<std::string> reads;  // the paths read, in order

  Result<DataFile> read(const std::string& path, std::chrono::milliseconds) override {
    reads.push_back(path);
    if (const auto it = files.find(path); it != files.end()) return it->second;
    return Error{say(MessageId::DataFileUnreachable, {path})};
  }

  // A data file of key -> value rows, its provenance hashed from `version`.
  void add(const std::string& path, const std::map<std::string, std::string>& values, const std::string& version = "1") {
    DataSet data;
    data.file = path;
    int row = 2;
    for (const auto& [key, value] : values) {
      DataRow r;
      r.key = key;
      r.label = key;
      r.value = CellValue{CellValue::Kind::Text, 0, value};
      r.cell = "so-lieu!C" + std::to_string(row++);
      data.rows.emplace(key, std::move(r));
    }
    files.insert_or_assign(path, DataFile{std::move(data), Provenance{path, "2025-05-07T08:30:00Z", sha256Hex(version)}});
  }
};

}  // namespace baocao::core::testing
