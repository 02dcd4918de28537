#include "core/templates/template_catalog.hpp"

#include "core/portable.hpp"

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

Message Catalog::unavailableText() const {
  Message out;
  for (const auto& e : entries)
    if (!e.loaded) out += Message::verbatim("\n") + e.loaded.error().message;
  for (const auto& p : problems) out += Message::verbatim("\n") + p;
  return out;
}

Result<ReportTemplate> loadTemplateFile(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Error{say(MessageId::TemplateUnreadable, {utf8FromPath(file)})};
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Error{say(MessageId::TemplateReadError, {utf8FromPath(file)})};
  auto t = parseTemplate(buf.str(), utf8FromPath(file));
  if (t) t->source = utf8FromPath(file);
  return t;
}

namespace {

// The *.json files of every folder, in order (sorted by name within a folder); a folder that is
// missing or unreadable is a problem, said once.
struct Listing {
  std::vector<std::filesystem::path> files;
  std::vector<Message> problems;
};

Listing listTemplates(const std::vector<std::filesystem::path>& folders) {
  Listing l;
  for (const auto& folder : folders) {
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) {
      l.problems.push_back(say(MessageId::TemplatesFolderMissing, {utf8FromPath(folder)}));
      continue;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
      if (entry.is_regular_file(ec) && entry.path().extension() == ".json") files.push_back(entry.path());
    if (ec) l.problems.push_back(Message::verbatim(utf8FromPath(folder) + ": " + ec.message()));
    std::sort(files.begin(), files.end());
    l.files.insert(l.files.end(), files.begin(), files.end());
  }
  return l;
}

Catalog loadListed(const Listing& l) {
  Catalog c;
  c.problems = l.problems;
  for (const auto& f : l.files) c.entries.push_back({f, loadTemplateFile(f)});
  return c;
}

}  // namespace

Catalog loadCatalog(const std::vector<std::filesystem::path>& folders) { return loadListed(listTemplates(folders)); }

std::shared_ptr<const Catalog> CatalogCache::get(const std::vector<std::filesystem::path>& folders) {
  const Listing l = listTemplates(folders);
  std::string key;
  for (const auto& folder : folders) key += utf8FromPath(folder) + '\n';
  for (const auto& p : l.problems) key += p.en() + '\n';
  for (const auto& f : l.files) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(f, ec);
    const auto time = std::filesystem::last_write_time(f, ec).time_since_epoch().count();
    key += utf8FromPath(f) + '\t' + std::to_string(size) + '\t' + std::to_string(time) + '\n';
  }
  std::lock_guard lock(mMutex);
  if (!mCatalog || key != mKey) {
    mCatalog = std::make_shared<const Catalog>(loadListed(l));
    mKey = std::move(key);
  }
  return mCatalog;
}

}  // namespace baocao::core
