// What the extension's dialogs share: the dialogs folder inside the installed extension, the
// message table's texts for what the code writes into them, and the data-file picker.
#pragma once

#include "core/messages.hpp"
#include "uno/context.hxx"

#include <com/sun/star/awt/XDialog.hpp>

#include <rtl/ustring.hxx>

#include <string>
#include <vector>

namespace baocao::uno {

// file:// URL of the extension's dialogs/ folder, with a trailing slash.
[[nodiscard]] rtl::OUString dialogsUrl(const Context& ctx);

// The message table's texts (core/messages.hpp) in one language, filled, for what the code writes
// into a dialog. (The controls' own labels are the .xdl's, in dialogs/<Name>_<locale>.properties.)
class UiText {
 public:
  explicit UiText(core::Language lang) : mLang(lang) {}
  [[nodiscard]] rtl::OUString operator()(core::MessageId id, const std::vector<std::string>& args = {}) const;
  [[nodiscard]] std::string utf8(core::MessageId id, const std::vector<std::string>& args = {}) const;
  [[nodiscard]] core::Language language() const { return mLang; }

 private:
  core::Language mLang;
};

// A modal dialog from dialogs/<file>, disposed when this goes out of scope.
class ScopedDialog {
 public:
  ScopedDialog(const Context& ctx, const char* file);
  ScopedDialog(const ScopedDialog&) = delete;
  ScopedDialog& operator=(const ScopedDialog&) = delete;
  ~ScopedDialog();
  [[nodiscard]] const css::uno::Reference<css::awt::XDialog>& get() const { return mxDialog; }

 private:
  Context mxContext;
  css::uno::Reference<css::awt::XDialog> mxDialog;
};

// Asks for a data file (.ods, .xlsx, .xls, .csv); the system path, or empty when cancelled.
[[nodiscard]] std::string pickDataFile(const Context& ctx, const std::string& title, const std::string& filterName,
                                       const std::string& startIn = {});

// Asks for a folder (the received reports'); its system path, or empty when cancelled.
[[nodiscard]] std::string pickFolder(const Context& ctx, const std::string& title, const std::string& startIn = {});

}  // namespace baocao::uno
