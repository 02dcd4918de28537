// User-visible messages of the commands, in Vietnamese and English. The UI language follows
// LibreOffice's: Vietnamese for "vi", English otherwise (LibreOffice's own en-US fallback).
#pragma once

#include <string>
#include <string_view>
#include <vector>

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

// "{0}", "{1}" … replaced by the arguments, in any order and any number of times; the one
// way every message, rule text and dialog string is filled.
[[nodiscard]] std::string format(std::string_view templ, const std::vector<std::string>& args);
[[nodiscard]] inline std::string format(std::string_view templ, std::string_view arg) {
  return format(templ, std::vector<std::string>{std::string(arg)});
}

}  // namespace baocao::core
