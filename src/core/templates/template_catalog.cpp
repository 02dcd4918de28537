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
  // Only a regular file of a template's size is read: a FIFO or a device named *.json would block,
  // a huge file fill the memory of the clerk's office.
  std::error_code ec;
  if (!std::filesystem::is_regular_file(file, ec)) return Error{say(MessageId::TemplateUnreadable, {utf8FromPath(file)})};
  if (std::filesystem::file_size(file, ec) > kMaxTemplateBytes)
    return Error{say(MessageId::TemplateTooLarge, {utf8FromPath(file), std::to_string(kMaxTemplateBytes >> 20)})};
  std::ifstream in(file, std::ios::binary);
  if (!in) return Error{say(MessageId::TemplateUnreadable, {utf8FromPath(file)})};
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Error{say(MessageId::TemplateReadError, {utf8FromPath(file)})};
  auto t = parseTemplate(buf.str(), utf8FromPath(file));
  if (t) t->source = utf8FromPath(file);
  return t;
}

Result<std::string> resolveTemplate(Catalog& catalog, const std::string& idOrPath) {
  if (!idOrPath.ends_with(".json") && idOrPath.find('/') == std::string::npos) return okText(idOrPath);
  auto loaded = loadTemplateFile(idOrPath);
  if (!loaded) return loaded.error();
  std::string id = loaded->id;
  catalog.entries.push_back({idOrPath, std::move(loaded)});
  return okText(std::move(id));
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
    // A shared folder is written by many: a link is followed only to a file inside the folder
    // (not into someone's home, not round a loop), and a folder of thousands of files is read
    // only in part (each template is parsed whenever the catalog changes).
    const auto inside = std::filesystem::weakly_canonical(folder, ec);
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
      std::error_code entryEc;
      if (entry.path().extension() != ".json") continue;
      if (entry.is_symlink(entryEc)) {
        const auto target = std::filesystem::canonical(entry.path(), entryEc);
        const auto [end, _] = std::mismatch(inside.begin(), inside.end(), target.begin(), target.end());
        if (entryEc || end != inside.end()) {  // a dangling link or a loop cannot be read either
          l.problems.push_back(say(entryEc ? MessageId::TemplateUnreadable : MessageId::TemplateOutsideFolder,
                                   {utf8FromPath(entry.path())}));
          continue;
        }
      }
      if (entry.is_regular_file(entryEc)) files.push_back(entry.path());
    }
    if (ec) l.problems.push_back(Message::verbatim(utf8FromPath(folder) + ": " + ec.message()));
    std::sort(files.begin(), files.end());
    if (files.size() > kMaxTemplatesPerFolder) {
      l.problems.push_back(say(MessageId::TemplatesFolderTooMany, {utf8FromPath(folder), std::to_string(kMaxTemplatesPerFolder)}));
      files.resize(kMaxTemplatesPerFolder);
    }
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
