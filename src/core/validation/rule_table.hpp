// Every rule of the check in one table: its stable code, severity, message and the line that
// documents what it checks. A code can have several rows (a missing national title is an error,
// one that is not bold a warning); docs/rules.md lists every code, and a unit test holds the two
// together (every code there, nothing else, with the same severities).
#pragma once

#include "core/validation/findings.hpp"
#include "core/messages.hpp"

#include <span>
#include <string_view>

namespace baocao::core {

enum class Rule {
  StructureMissingSection,
  StructureSectionOrder,
  StructureEmptySection,
  StructureDuplicateHeading,
  StructureNumbering,
  PlaceholderUnfilled,
  PlaceholderLeader,
  PlaceholderCheckbox,
  PlaceholderGuidance,
  HeaderNationalTitleMissing,
  HeaderNationalTitleText,
  HeaderNationalTitleFormat,
  HeaderMottoMissing,
  HeaderMottoText,
  HeaderMottoFormat,
  HeaderAgencyMissing,
  HeaderNumberMissing,
  HeaderNumberForm,
  HeaderPlaceDateMissing,
  HeaderPlaceDateComma,
  HeaderPlaceDateItalic,
  HeaderPlaceDateBlank,
  HeaderTitleMissing,
  HeaderTrichYeuMissing,
  SignatureMissing,
  SignatureForm,
  RecipientsKinhGuiMissing,
  RecipientsNoiNhanMissing,
  RecipientsNoiNhanMistyped,
  RecipientsArchive,
  RecipientsAbolishedLevel,
  FormatPageSize,
  FormatPageSizeInStyle,
  FormatMargins,
  FormatMarginsInStyle,
  FormatFontFamily,
  FormatFontSize,
  FormatBodyIndent,
  FormatLineSpacing,
  FormatParagraphSpacing,
  FormatPageNumberMissing,
  FormatPageNumberOnFirstPage,
  FormatHeadingAtPageEnd,
  FormatSignatureSplit,
  FigureSumMismatch,
  FigureRatioMismatch,
  FigureDataMismatch,
  FigureMissingValue,
  FigureMissingInData,
  FigureStale,
  DateInvalid,
  DateFormat,
  TextMixedNormalization,
  TextLegacyEncoding,
  TextToneMarkPlacement,
  TextMixedToneStyle,
  TextUndiacritizedWord,
  TextTelexLeftover,
  TextRepeatedWord,
  TextMissingSpace,
  TextMalformedSyllable,
  TextMalformedSyllableNoFix,
  TextConfusable,
  TextSpelling,
  TextSpellingNoSuggestion,
  PeriodTitle,
  PeriodFigureDate,
  PeriodReportDate,
  FigureComparisonMismatch,
  End  // not a rule: the count, for tests
};

struct RuleInfo {
  Rule rule;
  std::string_view code;      // "header.national-title": stable, in the findings and docs/rules.md
  Severity severity;
  MessageId message;          // filled with the finding's arguments (core/messages.hpp)
  std::string_view documentation;  // what it checks, in a line
};

[[nodiscard]] const RuleInfo& ruleInfo(Rule rule);
[[nodiscard]] std::span<const RuleInfo> ruleTable();

}  // namespace baocao::core
