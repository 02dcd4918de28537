// Everything a user reads, in one table, in Vietnamese and English: the commands' messages, the
// rules' findings, data and figure errors, template errors, the CLI. Writer picks the language of
// LibreOffice's UI (Vietnamese for "vi", English otherwise, LibreOffice's own fallback); the CLI
// takes --lang or $LANG. A unit test fails when a message lacks a language (tests/unit/messages_test).
//
// Errors are made before anyone knows who reads them, so they are Messages: each sentence in both
// languages, filled with the same arguments, and the face picks one (`in(lang)`):
//   say(MessageId::DataFileUnreachable, {path}).in(Language::English)
//     == "/srv/so-lieu.ods: the data file does not exist or cannot be reached"
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace baocao::core {

enum class Language { Vietnamese, English };

[[nodiscard]] Language languageForLocale(std::string_view bcp47);

enum class MessageId {
  // Commands: the menu, the dispatch results, message boxes
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
  CheckReport,
  SaveWithErrors,
  DataFileFilter,
  AgencySettingsTitle,
  DateArgument,
  // The check's findings: the rules' texts and the places they name
  PlaceSectionParagraph,
  PlaceParagraph,
  PlaceDocument,
  StructureMissing,
  StructureOrder,
  StructureEmpty,
  StructureDuplicate,
  StructureNumbering,
  PlaceholderUnfilled,
  PlaceholderLeader,
  PlaceholderCheckbox,
  PlaceholderGuidance,
  NationalTitleMissing,
  NationalTitleForm,
  MottoMissing,
  MottoForm,
  AgencyMissing,
  NumberMissing,
  NumberForm,
  NumberNeedsColon,
  NumberSpaces,
  NumberLeadingZero,
  NumberType,
  PlaceDateMissing,
  PlaceDateForm,
  DateBlank,
  NumberBlank,
  TitleMissing,
  TrichYeuMissing,
  SignatureMissing,
  SignatureFormWrong,
  SignDeputyNoKt,
  SignKtNoDeputy,
  SignDeputyMismatch,
  SignNoTitle,
  KinhGuiMissing,
  NoiNhanMissing,
  NoiNhanMistyped,
  ArchiveMissing,
  AbolishedLevel,
  PageSize,
  Margins,
  SideTop,
  SideBottom,
  SideLeft,
  SideRight,
  FontFamily,
  FontSize,
  BodyIndent,
  LineSpacing,
  ParagraphSpacing,
  PageNumberMissing,
  PageNumberOnFirstPage,
  HeadingAtPageEnd,
  SignatureSplit,
  FigureSum,
  FigureRatio,
  FigureData,
  FigureNoValue,
  FigureNotInData,
  FigureStale,
  DateInvalid,
  DateFormat,
  MixedNormalization,
  LegacyEncoding,
  ToneMarkPlacement,
  MixedToneStyle,
  UndiacritizedWord,
  TelexLeftover,
  RepeatedWord,
  MissingSpace,
  MalformedSyllable,
  MalformedSyllableNoFix,
  Confusable,
  ProofreaderName,
  PeriodTitle,
  PeriodFigureDate,
  PeriodReportDate,
  // The check's text output (core/validation/report_check.hpp findingsText)
  CheckNoTemplate,
  CheckTemplate,
  CheckTemplateDetected,
  CheckTrackedChanges,
  CheckReady,
  CheckKind,
  CheckKindFromTemplate,
  CheckKindDefault,
  KindBaoCao,
  KindKeHoach,
  KindHuongDan,
  KindThongBao,
  KindToTrinh,
  KindQuyetDinh,
  KindCongVan,
  // Dates
  DateExpectedIso,
  DateExpectedIsoDigits,
  DateExpectedTyped,
  DateNoSuchDay,
  // Data files and figures
  DataFileUnreachable,
  DataFileIsFolder,
  DataFileNoPermission,
  DataFileReadFailed,
  DataFileTimeout,
  DataFileUnknownType,
  DataFileNotSpreadsheet,
  DataFileImportFailed,
  DataFileNoSheet,
  DataNoHeaderRow,
  DataRowWithoutKey,
  DataDuplicateKey,
  DataNotUtf8,
  DataLooksVni,
  DataLooksTcvn3,
  DataQuoteNotClosed,
  FigureCellProblem,
  FigureNotANumber,
  FigureNotWhole,
  FigureUnsupportedType,
  FigureNoRow,
  FigureCellNotANumber,
  FigureDependsOnItself,
  FigureSlotsDamaged,
  // Formulas (core/figures/expression.hpp)
  FormulaAtColumn,
  FormulaUnexpected,
  FormulaEnd,
  FormulaNonAscii,
  FormulaTooDeep,
  FormulaNotANumber,
  FormulaExpectedParen,
  FormulaExpectedOperand,
  FormulaExpectedOperandAfter,
  FormulaNoValue,
  FormulaDivisionByZero,
  FormulaNotFinite,
  FormulaTooLong,
  FormulaNumberTooLarge,
  FormulaControlCharacter,
  // JSON files: answers, agency profile, templates
  JsonInvalid,
  JsonSyntax,
  JsonUnexpected,
  JsonAfterEnd,
  JsonIncomplete,
  JsonErrorAt,
  JsonEndOfText,
  JsonCharacter,
  AnswersNotObject,
  AnswersExpectedString,
  AnswersInputsNotObject,
  AnswersOmitNotArray,
  AnswersOmitNotStrings,
  AnswersUnknownField,
  AnswersInputRequired,
  AnswersNoSuchInput,
  AnswersNoSuchSection,
  AnswersSectionRequired,
  WizardDocumentDate,
  ProfileNotObject,
  ProfileUnknownField,
  ProfileFieldNotString,
  ProfileFieldNotUtf8,
  // Templates (core/templates/report_template.hpp, template_catalog.hpp)
  TemplateUnreadable,
  TemplateReadError,
  TemplatesFolderMissing,
  TemplateDuplicateField,
  TemplateBadId,
  TemplateUnknownFormulaKey,
  TemplateFormulaCycle,
  TemplateUnknownField,
  TemplateMissingField,
  TemplateNotObject,
  TemplateSchema,
  TemplateNotString,
  TemplateEmpty,
  TemplateNotBool,
  TemplateNotInRange,
  TemplateNotArray,
  TemplateNotOneOf,
  TemplateBadInputId,
  TemplateBuiltinInput,
  TemplateDuplicateInput,
  TemplateNoSections,
  TemplateBadSectionId,
  TemplateDuplicateSection,
  TemplateSameBookmark,
  TemplateTooDeep,
  TemplateBadFigureKey,
  TemplateDuplicateFigure,
  TemplateDecimals,
  TemplateMinDigits,
  TemplatePercentUnit,
  TemplateDateStyle,
  TemplateComputedType,
  TemplatePattern,
  TemplateAuthority,
  TemplateCloseWithoutOpen,
  TemplateOpenWithoutClose,
  TemplateBadReference,
  TemplateUnknownReference,
  TemplateNotUtf8,
  KindNull,
  KindBool,
  KindNumber,
  KindString,
  KindArray,
  KindObject,
  KindValue,
  NoneOf,
  WhatTemplate,
  WhatInput,
  WhatSection,
  WhatFigure,
  WhatSignature,
  WhatRecipients,
  // Dialogs: the texts the code writes into them (their controls' own labels are in dialogs/*.properties)
  WizardTitle,
  WizardPageTemplate,
  WizardPageDocument,
  WizardPageRequest,
  WizardPageSections,
  WizardPageData,
  WizardPageSummary,
  WizardUnavailable,
  WizardRequired,
  WizardNoOptional,
  WizardSummaryTemplate,
  WizardSummaryNumber,
  WizardSummaryDate,
  WizardSummarySections,
  WizardSummaryOmitted,
  WizardSummaryData,
  WizardNone,
  WizardBadDate,
  WizardNoTemplates,
  FindingsReady,
  FindingsNotReady,
  FindingsCounts,
  FindingsTemplate,
  FindingsNoTemplate,
  FindingsTracked,
  FindingsError,
  FindingsWarning,
  FindingsInfo,
  PreviewFile,
  PreviewSummary,
  PreviewNothing,
  // A template from a đề cương (core/templates/outline_import.hpp)
  OutlineNone,
  OutlineBadId,
  OutlineSummary,
  OutlineNotesHeader,
  OutlineNoteUnused,
  OutlineNoteTable,
  OutlineNoteTooDeep,
  OutlineNoteBold,
  OutlineNoteNumber,
  OutlineCommandTitle,
  OutlineSaved,
  OutlineReplace,
  OutlineNotReplaced,
  // The command line (src/cli)
  CliUsage,
  CliNoCommand,
  CliNeedsValue,
  CliUnknownOption,
  CliUnknownCommand,
  CliLang,
  CliFormat,
  CliOutputType,
  CliCannotReadProfile,
  CliCannotReadAnswers,
  CliNeedsOutput,
  CliNeedsAnswers,
  CliNoTemplate,
  CliFillOneDocument,
  CliNoSuchDocument,
  CliNotOpenable,
  CliFiguresChanged,
  CliWrote,
  CliValidateNeedsFile,
  CliNoSuchFile,
  CliPasswordProtected,
  CliCannotOpen,
  CliDamaged,
  CliUnsupportedType,
  CliNotText,
  CliUnavailable,
  CliOfficeFailed,
  CliOfficeNoProfile,
  CliOfficeForkFailed,
  CliOfficeExited,
  CliOfficeNoAnswer,
  // collect and figures (core/jobs/collect.hpp)
  CollectSheetSummary,
  CollectSheetFindings,
  CollectSheetSources,
  CollectColumnNo,
  CollectColumnUnit,
  CollectColumnNumber,
  CollectColumnDate,
  CollectColumnFile,
  CollectColumnTemplate,
  CollectColumnErrors,
  CollectColumnWarnings,
  CollectColumnStatus,
  CollectColumnRule,
  CollectColumnSeverity,
  CollectColumnMessage,
  CollectColumnSection,
  CollectColumnParagraph,
  CollectTotal,
  CollectCounted,
  CollectStatusValid,
  CollectStatusErrors,
  CollectStatusFigureErrors,
  CollectStatusUnreadable,
  CollectStatusDuplicate,
  CollectSummary,
  CollectNeedsFiles,
  CollectNeedsOutput,
  CollectOutputType,
  CollectJobs,
  CollectNoReports,
  CollectProgress,
  CollectOfficeRestarted,
  FiguresNone,
  TemplateAggregate,
  CliTemplateFromOneFile,
  CliOutputExists,
  CliCannotWrite,
  ExportRecordHeader,
  ExportRecordTemplate,
  ExportRecordRules,
  ExportRecordErrors,
  ExportRecordWarnings,
  ExportRecordForced,
  ExportRecordData,
  ExportRecordTime,
  ExportErrorsLeft,
  ExportUseForce,
  ExportNeedsOutput,
  ExportTargetExists,
  ExportWrote,
  ExportCertificateNotFound,
  ExportCertificateExpired,
  ExportCertificateNoKey,
  ExportNoCertificates,
  ExportSigned,
  ExportNoRecord,
  End  // not a message: the count, for tests
};

// The message's text in a language, its arguments as "{0}", "{1}" …
[[nodiscard]] std::string_view message(MessageId id, Language lang);

// "{0}", "{1}" … replaced by the arguments, in any order and any number of times; the one
// way every message, rule text and dialog string is filled.
[[nodiscard]] std::string format(std::string_view templ, const std::vector<std::string>& args);
[[nodiscard]] inline std::string format(std::string_view templ, std::string_view arg) {
  return format(templ, std::vector<std::string>{std::string(arg)});
}

class MessageArg;

// A text a user reads, in both languages.
class Message {
 public:
  Message() = default;
  // Text that reads the same in any language: a path, a key, a cell, a number, LibreOffice's or
  // the system's own words. Never a sentence of ours: those are in the table.
  [[nodiscard]] static Message verbatim(std::string_view text);

  [[nodiscard]] const std::string& in(Language lang) const { return lang == Language::Vietnamese ? mVi : mEn; }
  [[nodiscard]] const std::string& vi() const { return mVi; }
  [[nodiscard]] const std::string& en() const { return mEn; }
  [[nodiscard]] bool empty() const { return mVi.empty() && mEn.empty(); }

  Message& operator+=(const Message& more);
  [[nodiscard]] friend Message operator+(Message a, const Message& b) { return a += b; }
  friend bool operator==(const Message&, const Message&) = default;

 private:
  friend Message say(MessageId id, const std::vector<MessageArg>& args);
  std::string mVi, mEn;
};

// An argument of a message: a Message, or text that reads the same in both languages.
class MessageArg {
 public:
  MessageArg(const Message& m) : mVi(m.vi()), mEn(m.en()) {}       // NOLINT: implicit by design
  MessageArg(std::string_view same) : mVi(same), mEn(same) {}      // NOLINT
  MessageArg(const std::string& same) : mVi(same), mEn(same) {}    // NOLINT
  MessageArg(const char* same) : mVi(same), mEn(same) {}           // NOLINT

 private:
  friend Message say(MessageId id, const std::vector<MessageArg>& args);
  std::string mVi, mEn;
};

// The message `id` filled with `args`, in both languages.
[[nodiscard]] Message say(MessageId id, const std::vector<MessageArg>& args = {});

// Messages one per line.
[[nodiscard]] Message lines(const std::vector<Message>& messages);

}  // namespace baocao::core
