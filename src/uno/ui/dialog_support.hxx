// What the extension's dialogs share: the dialogs folder inside the installed extension, string
// tables (dialogs/<Name>_<locale>.properties, the same files the .xdl dialogs use), and the
// data-file picker.
#pragma once

#include "uno/context.hxx"

#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/resource/XStringResourceWithLocation.hpp>

#include <rtl/ustring.hxx>

#include <initializer_list>
#include <optional>
#include <string>

namespace baocao::uno {

// file:// URL of the extension's dialogs/ folder, with a trailing slash.
[[nodiscard]] rtl::OUString dialogsUrl(const Context& ctx);

// Strings "<prefix>.<key>" of dialogs/<table>_<locale>.properties in the UI language.
class DialogStrings {
 public:
  DialogStrings(const Context& ctx, const char* table, const char* prefix);
  rtl::OUString operator()(const char* key) const;
  [[nodiscard]] std::string utf8(const char* key) const;

 private:
  css::uno::Reference<css::resource::XStringResourceWithLocation> mxResource;
  rtl::OUString maPrefix;
};

// A .properties string with its "{0}", "{1}" … filled (core::format, for OUString).
[[nodiscard]] rtl::OUString fillPlaceholders(const rtl::OUString& text, std::initializer_list<std::string> args);

// A modal dialog from dialogs/<file>, disposed when this goes out of scope.
class ScopedDialog {
 public:
  ScopedDialog(const Context& ctx, const char* file);
  ScopedDialog(const ScopedDialog&) = delete;
  ScopedDialog& operator=(const ScopedDialog&) = delete;
  ~ScopedDialog();
  [[nodiscard]] const css::uno::Reference<css::awt::XDialog>& get() const { return mxDialog; }

 private:
  css::uno::Reference<css::awt::XDialog> mxDialog;
};

// Asks for a data file (.ods, .xlsx, .xls, .csv); the system path, or empty when cancelled.
[[nodiscard]] std::string pickDataFile(const Context& ctx, const std::string& title, const std::string& filterName,
                                       const std::string& startIn = {});

}  // namespace baocao::uno
