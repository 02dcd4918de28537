// Reading and writing the extension's configuration (/org.baocao.Settings, schema in
// extension/registry/Settings.xcs) and the office's UI locale.
#pragma once

#include "core/messages.hpp"
#include "core/templates/profile.hpp"
#include "core/templates/template_catalog.hpp"
#include "uno/context.hxx"

#include <sal/types.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace baocao::uno {

inline constexpr const char* kProfileNode = "/org.baocao.Settings/AgencyProfile";

[[nodiscard]] core::AgencyProfile readProfile(const Context& ctx);
void writeProfile(const Context& ctx, const core::AgencyProfile& profile);

// The report wizard's last answers (JSON), empty at first.
[[nodiscard]] std::string readWizardAnswers(const Context& ctx);
void writeWizardAnswers(const Context& ctx, const std::string& json);

// The findings window's last size in pixels ({0, 0} at first: the dialog's own).
struct WindowSize {
  sal_Int32 width = 0, height = 0;
};
[[nodiscard]] WindowSize readFindingsWindowSize(const Context& ctx);
void writeFindingsWindowSize(const Context& ctx, WindowSize size);

// The template folders: the extension's own templates/, the user's own (when it exists), then the
// admin's shared folder if set.
[[nodiscard]] std::vector<std::filesystem::path> templateFolders(const Context& ctx);

// The admin's shared templates folder (/org.baocao.Settings/Templates/SharedFolder), when set.
[[nodiscard]] std::optional<std::filesystem::path> sharedTemplatesFolder(const Context& ctx);

// The user's own templates: <LibreOffice user profile>/baocao/templates (made by Tạo mẫu từ đề cương).
[[nodiscard]] std::filesystem::path userTemplatesFolder(const Context& ctx);

// The templates of those folders, read again only when a template file changes.
[[nodiscard]] std::shared_ptr<const core::Catalog> templateCatalog(const Context& ctx);

// The admin's default data file for the figures (path or URL), empty when not set.
[[nodiscard]] std::string defaultDataFile(const Context& ctx);

// /org.baocao.Settings/Validation/WarnOnSaveAs: check the report before Save As and Export as PDF.
[[nodiscard]] bool warnOnSaveAs(const Context& ctx);
// /org.baocao.Settings/Validation/ElectronicDocuments: the number and date are the system's to assign.
[[nodiscard]] bool electronicDocuments(const Context& ctx);

// /org.baocao.Settings/Validation/Spelling: the check asks LibreOffice's spell checker (text.spelling).
[[nodiscard]] bool spellingChecked(const Context& ctx);
// /org.baocao.Settings/Proofreading/Enabled: the live proofreader underlines Vietnamese text.
[[nodiscard]] bool proofreadingEnabled(const Context& ctx);

// LibreOffice's UI language ("vi", "en-US", …), falling back to the environment as LibreOffice does.
[[nodiscard]] core::Language uiLanguage(const Context& ctx);

}  // namespace baocao::uno
