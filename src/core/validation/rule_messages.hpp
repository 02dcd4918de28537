// The validator's user-visible texts, in Vietnamese and English, kept out of the rule logic: each
// rule picks an entry and fills its {0}, {1}… arguments; the place ("mục III.4, đoạn 17") is added
// by placeText.
#pragma once

#include "core/messages.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace baocao::core {

enum class RuleText {
  PlaceSectionParagraph,  // "mục {0}, đoạn {1}"
  PlaceParagraph,         // "đoạn {0}"
  PlaceDocument,
  StructureMissing,
  StructureOrder,
  StructureEmpty,
  StructureDuplicate,
  StructureNumbering,
  PlaceholderUnfilled,
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
  TitleMissing,
  TrichYeuMissing,
  SignatureMissing,
  KinhGuiMissing,
  NoiNhanMissing,
  ArchiveMissing,
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
};

[[nodiscard]] std::string_view ruleText(RuleText id, Language lang);

// "mục III.4, đoạn 17" / "section III.4, paragraph 17"; paragraphs count from 1 for people.
[[nodiscard]] std::string placeText(std::string_view section, int paragraph, Language lang);

}  // namespace baocao::core
