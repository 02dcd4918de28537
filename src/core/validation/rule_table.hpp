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
  MissingSection,
  SectionOrder,
  EmptySection,
  DuplicateHeading,
  Numbering,
  PlaceholderUnfilled,
  NationalTitleMissing,
  NationalTitleText,
  NationalTitleFormat,
  MottoMissing,
  MottoText,
  MottoFormat,
  AgencyMissing,
  NumberMissing,
  NumberForm,
  PlaceDateMissing,
  PlaceDateComma,
  PlaceDateItalic,
  TitleMissing,
  TrichYeuMissing,
  SignatureMissing,
  KinhGuiMissing,
  NoiNhanMissing,
  ArchiveMissing,
  PageSize,
  Margins,
  FontFamily,
  FontSize,
  BodyIndent,
  LineSpacing,
  ParagraphSpacing,
  PageNumberMissing,
  PageNumberOnFirstPage,
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
