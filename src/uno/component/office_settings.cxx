#include "uno/component/office_settings.hxx"

#include "core/portable.hpp"
#include "uno/ustr.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNameReplace.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/util/PathSubstitution.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <osl/file.hxx>

#include "uno/component/names.hxx"

#include <cstdlib>

namespace baocao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

namespace {

Reference<css::uno::XInterface> configAccess(const Context& ctx, const OUString& path, bool update) {
  Reference<css::lang::XMultiServiceFactory> provider = css::configuration::theDefaultProvider::get(ctx);
  Sequence<Any> args(1);
  args.getArray()[0] <<= css::beans::NamedValue("nodepath", Any(path));
  return provider->createInstanceWithArguments(update ? OUString("com.sun.star.configuration.ConfigurationUpdateAccess")
                                                      : OUString("com.sun.star.configuration.ConfigurationAccess"),
                                               args);
}

}  // namespace

core::AgencyProfile readProfile(const Context& ctx) {
  Reference<css::container::XNameAccess> node(configAccess(ctx, OUString::createFromAscii(kProfileNode), false), UNO_QUERY_THROW);
  core::AgencyProfile p;
  for (const auto& f : core::kProfileFields) {
    OUString value;
    node->getByName(toOU(f.key)) >>= value;
    p.*f.member = toCore(value);
  }
  return core::normalized(std::move(p));
}

void writeProfile(const Context& ctx, const core::AgencyProfile& profile) {
  Reference<css::uno::XInterface> access = configAccess(ctx, OUString::createFromAscii(kProfileNode), true);
  Reference<css::container::XNameReplace> node(access, UNO_QUERY_THROW);
  const core::AgencyProfile p = core::normalized(profile);
  for (const auto& f : core::kProfileFields) node->replaceByName(toOU(f.key), Any(toOU(p.*f.member)));
  Reference<css::util::XChangesBatch>(access, UNO_QUERY_THROW)->commitChanges();
}

std::string readWizardAnswers(const Context& ctx) {
  Reference<css::container::XNameAccess> node(configAccess(ctx, "/org.baocao.Settings/Wizard", false), UNO_QUERY_THROW);
  OUString json;
  node->getByName("LastAnswers") >>= json;
  return toUtf8(json);
}

void writeWizardAnswers(const Context& ctx, const std::string& json) {
  Reference<css::uno::XInterface> access = configAccess(ctx, "/org.baocao.Settings/Wizard", true);
  Reference<css::container::XNameReplace>(access, UNO_QUERY_THROW)->replaceByName("LastAnswers", Any(toOU(json)));
  Reference<css::util::XChangesBatch>(access, UNO_QUERY_THROW)->commitChanges();
}

WindowSize readFindingsWindowSize(const Context& ctx) {
  Reference<css::container::XNameAccess> node(configAccess(ctx, "/org.baocao.Settings/FindingsWindow", false), UNO_QUERY_THROW);
  WindowSize size;
  node->getByName("Width") >>= size.width;
  node->getByName("Height") >>= size.height;
  return size;
}

void writeFindingsWindowSize(const Context& ctx, WindowSize size) {
  Reference<css::uno::XInterface> access = configAccess(ctx, "/org.baocao.Settings/FindingsWindow", true);
  Reference<css::container::XNameReplace> node(access, UNO_QUERY_THROW);
  node->replaceByName("Width", Any(size.width));
  node->replaceByName("Height", Any(size.height));
  Reference<css::util::XChangesBatch>(access, UNO_QUERY_THROW)->commitChanges();
}

namespace {
std::filesystem::path systemPath(const OUString& urlOrPath) {
  if (!urlOrPath.startsWith("file:")) return core::pathFromUtf8(toUtf8(urlOrPath));
  OUString sys;
  if (osl::FileBase::getSystemPathFromFileURL(urlOrPath, sys) != osl::FileBase::E_None)
    throw css::uno::RuntimeException("not a local folder: " + urlOrPath);
  return core::pathFromUtf8(toUtf8(sys));
}
}  // namespace

std::vector<std::filesystem::path> templateFolders(const Context& ctx) {
  std::vector<std::filesystem::path> folders;
  const OUString location = css::deployment::PackageInformationProvider::get(ctx)->getPackageLocation(
      OUString::createFromAscii(names::kExtensionId));
  if (!location.isEmpty()) folders.push_back(systemPath(location + "/templates"));
  // only when there: a folder that is missing is a problem the wizard would show
  std::error_code ec;
  if (std::filesystem::path user = userTemplatesFolder(ctx); std::filesystem::is_directory(user, ec))
    folders.push_back(std::move(user));
  if (std::optional<std::filesystem::path> shared = sharedTemplatesFolder(ctx)) folders.push_back(std::move(*shared));
  return folders;
}

std::optional<std::filesystem::path> sharedTemplatesFolder(const Context& ctx) {
  Reference<css::container::XNameAccess> node(configAccess(ctx, "/org.baocao.Settings/Templates", false),
                                              UNO_QUERY_THROW);
  OUString shared;
  node->getByName("SharedFolder") >>= shared;
  if (shared.trim().isEmpty()) return std::nullopt;
  return systemPath(shared.trim());
}

std::filesystem::path userTemplatesFolder(const Context& ctx) {
  return systemPath(css::util::PathSubstitution::create(ctx)->substituteVariables("$(user)", true)) / "baocao" / "templates";
}

std::shared_ptr<const core::Catalog> templateCatalog(const Context& ctx) {
  static core::CatalogCache cache;  // one office, one cache: the folders are the same for every command
  return cache.get(templateFolders(ctx));
}

std::string defaultDataFile(const Context& ctx) {
  Reference<css::container::XNameAccess> node(configAccess(ctx, "/org.baocao.Settings/Data", false), UNO_QUERY_THROW);
  OUString file;
  node->getByName("DefaultFile") >>= file;
  return toUtf8(file.trim());
}

bool warnOnSaveAs(const Context& ctx) {
  Reference<css::container::XNameAccess> node(configAccess(ctx, "/org.baocao.Settings/Validation", false),
                                              UNO_QUERY_THROW);
  bool on = false;
  node->getByName("WarnOnSaveAs") >>= on;
  return on;
}

bool proofreadingEnabled(const Context& ctx) {
  Reference<css::container::XNameAccess> node(configAccess(ctx, "/org.baocao.Settings/Proofreading", false),
                                              UNO_QUERY_THROW);
  bool on = true;
  node->getByName("Enabled") >>= on;
  return on;
}

bool electronicDocuments(const Context& ctx) {
  Reference<css::container::XNameAccess> node(configAccess(ctx, "/org.baocao.Settings/Validation", false),
                                              UNO_QUERY_THROW);
  bool on = false;
  node->getByName("ElectronicDocuments") >>= on;
  return on;
}

bool spellingChecked(const Context& ctx) {
  Reference<css::container::XNameAccess> node(configAccess(ctx, "/org.baocao.Settings/Validation", false),
                                              UNO_QUERY_THROW);
  bool on = true;
  node->getByName("Spelling") >>= on;
  return on;
}

core::Language uiLanguage(const Context& ctx) {
  OUString locale;
  try {
    if (!ctx.is()) throw css::uno::RuntimeException("no component context");
    Reference<css::container::XNameAccess> node(configAccess(ctx, "/org.openoffice.Setup/L10N", false), UNO_QUERY_THROW);
    node->getByName("ooLocale") >>= locale;
  } catch (const css::uno::Exception&) {
    // No configuration (a bare UNO client): the environment decides, as for LibreOffice itself.
  }
  if (!locale.isEmpty()) return core::languageForLocale(toUtf8(locale));
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"})
    if (const char* v = std::getenv(var); v != nullptr && *v != '\0') return core::languageForLocale(v);
  return core::Language::English;
}

}  // namespace baocao::uno
