// The templates a clerk can choose from: every *.json in the folders searched (the extension's
// own, then the shared folder the admin configures). A template that does not load stays in the
// list as unavailable, with its exact error, so the wizard can show why.
#pragma once

#include "core/templates/report_template.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace baocao::core {

struct CatalogEntry {
  std::filesystem::path file;
  Result<ReportTemplate> loaded;  // the template, or the error naming file:line:column
};

struct Catalog {
  std::vector<CatalogEntry> entries;
  std::vector<Message> problems;  // folders that are missing or unreadable

  // The loaded template with this id; later folders override earlier ones (the admin's wins).
  [[nodiscard]] const ReportTemplate* find(std::string_view id) const;

  // Why a template may be missing: every load error and folder problem, one per line.
  [[nodiscard]] Message unavailableText() const;
};

// A templates folder is shared and written by many: what is read of it is bounded.
inline constexpr std::uintmax_t kMaxTemplateBytes = 4u << 20;     // the largest template file read
inline constexpr std::size_t kMaxTemplatesPerFolder = 1000;        // .json files read per folder, by name

// Reads every folder in order; files sorted by name within a folder; links followed only to files
// inside their folder. Never throws.
[[nodiscard]] Catalog loadCatalog(const std::vector<std::filesystem::path>& folders);

// The catalog, read again only when the folders' *.json files change (a file added, removed, or
// with another size or modification time): every command asks for it, and reading and checking
// every template each time cost about 5 ms of each insertion. Thread-safe; never throws.
class CatalogCache {
 public:
  [[nodiscard]] std::shared_ptr<const Catalog> get(const std::vector<std::filesystem::path>& folders);

 private:
  std::mutex mMutex;
  std::string mKey;
  std::shared_ptr<const Catalog> mCatalog;
};

// Reads one template file (UTF-8 JSON).
[[nodiscard]] Result<ReportTemplate> loadTemplateFile(const std::filesystem::path& file);

// A template named as `--template` names it: an id of the catalog, or the path of a template file
// (ending in ".json", or holding a "/"), which is loaded and added to the catalog after the others
// (so it wins over a catalog template with its id). Returns the id, or why the file does not load.
// Pointers into `catalog` taken before may dangle after a file is added.
[[nodiscard]] Result<std::string> resolveTemplate(Catalog& catalog, const std::string& idOrPath);

}  // namespace baocao::core
