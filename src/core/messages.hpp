// User-visible messages of the commands, in Vietnamese and English. The UI language follows
// LibreOffice's: Vietnamese for "vi", English otherwise (LibreOffice's own en-US fallback).
#pragma once

#include <string>
#include <string_view>

namespace baocao::core {

enum class Language { Vietnamese, English };

[[nodiscard]] Language languageForLocale(std::string_view bcp47);

enum class MessageId {
  AppTitle,
  ReadOnlyDocument,
  NotATextDocument,
  CommandFailed,
  HeaderInserted,
  UndoInsertHeader,
  SettingsSaved,
  UndoInsertReport,
  ReportInserted,
  TemplateNotFound,
  UndoRefreshFigures,
  NoFigureFields,
  NoDataFile,
  FiguresUpdated,
  FiguresUnchanged,
  FiguresMissing,
  DataFileChanged,
  ChooseDataFileTitle,
  DataFileFilter,
  CheckReport,
  SaveWithErrors,
  End  // not a message: the count, for tests
};

[[nodiscard]] std::string_view message(MessageId id, Language lang);

// "{0}" in the template is replaced by `arg`.
[[nodiscard]] std::string format(std::string_view templ, std::string_view arg);

}  // namespace baocao::core
