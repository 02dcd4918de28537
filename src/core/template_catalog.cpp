#include "core/template_catalog.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace baocao::core {

const ReportTemplate* Catalog::find(std::string_view id) const {
  const ReportTemplate* found = nullptr;
  for (const auto& e : entries)
    if (e.loaded && e.loaded->id == id) found = &*e.loaded;
  return found;
}

std::string Catalog::unavailableText() const {
  std::string out;
  for (const auto& e : entries)
    if (!e.loaded) out += "\n" + e.loaded.error().message;
  for (const auto& p : problems) out += "\n" + p;
  return out;
}

Result<ReportTemplate> loadTemplateFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Error{file.string() + ": cannot be read"};
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Error{file.string() + ": read error"};
  auto t = parseTemplate(buf.str(), file.string());
  if (t) t->source = file.string();
  return t;
}

Catalog loadCatalog(const std::vector<std::filesystem::path>& folders) {
  Catalog c;
  for (const auto& folder : folders) {
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) {
      c.problems.push_back(folder.string() + ": templates folder not found");
      continue;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
      if (entry.is_regular_file(ec) && entry.path().extension() == ".json") files.push_back(entry.path());
    if (ec) c.problems.push_back(folder.string() + ": " + ec.message());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) c.entries.push_back({f, loadTemplateFile(f)});
  }
  return c;
}

}  // namespace baocao::core
