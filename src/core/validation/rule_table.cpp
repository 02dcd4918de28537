#include "core/validation/rule_table.hpp"

#include <array>

namespace baocao::core {
namespace {

constexpr Severity E = Severity::Error, W = Severity::Warning;

constexpr std::array kRules{
    RuleInfo{Rule::MissingSection, "structure.missing-section", E, RuleText::StructureMissing,
             "a required section of the template's outline is not in the document"},
    RuleInfo{Rule::SectionOrder, "structure.section-order", E, RuleText::StructureOrder,
             "a section is present but against the outline's order"},
    RuleInfo{Rule::EmptySection, "structure.empty-section", E, RuleText::StructureEmpty,
             "nothing between a heading and the next one at its level or above"},
    RuleInfo{Rule::DuplicateHeading, "structure.duplicate-heading", W, RuleText::StructureDuplicate,
             "the same title twice, one of them a recognised heading"},
    RuleInfo{Rule::Numbering, "structure.numbering", W, RuleText::StructureNumbering,
             "typed or automatic numbers do not run I, II, III / 1, 2, 3 / a, b, c under each parent"},
    RuleInfo{Rule::PlaceholderUnfilled, "placeholder.unfilled", E, RuleText::PlaceholderUnfilled,
             "a placeholder field the wizard inserted is still there"},
    RuleInfo{Rule::NationalTitleMissing, "header.national-title", E, RuleText::NationalTitleMissing,
             "no national title in the header"},
    RuleInfo{Rule::NationalTitleText, "header.national-title", E, RuleText::NationalTitleForm,
             "the national title's words or case are wrong"},
    RuleInfo{Rule::NationalTitleFormat, "header.national-title", W, RuleText::NationalTitleForm,
             "the national title is not bold and upright, or outside 12-13 pt"},
    RuleInfo{Rule::MottoMissing, "header.motto", E, RuleText::MottoMissing, "no motto under the national title"},
    RuleInfo{Rule::MottoText, "header.motto", E, RuleText::MottoForm,
             "the motto is not \"Độc lập - Tự do - Hạnh phúc\" exactly (hyphen-minus, a space either side)"},
    RuleInfo{Rule::MottoFormat, "header.motto", W, RuleText::MottoForm, "the motto is not bold, or outside 13-14 pt"},
    RuleInfo{Rule::AgencyMissing, "header.agency", E, RuleText::AgencyMissing,
             "no upper-case agency line before the type name"},
    RuleInfo{Rule::NumberMissing, "header.number", E, RuleText::NumberMissing, "no \"Số: …/…-…\" line"},
    RuleInfo{Rule::NumberForm, "header.number", E, RuleText::NumberForm,
             "the number lacks the colon, has spaces around / and -, lacks the leading 0, or a code of another type"},
    RuleInfo{Rule::PlaceDateMissing, "header.place-date", E, RuleText::PlaceDateMissing, "no place and date line"},
    RuleInfo{Rule::PlaceDateComma, "header.place-date", E, RuleText::PlaceDateForm,
             "no comma between the place and \"ngày\""},
    RuleInfo{Rule::PlaceDateItalic, "header.place-date", W, RuleText::PlaceDateForm, "the place and date line is not italic"},
    RuleInfo{Rule::TitleMissing, "header.title", E, RuleText::TitleMissing, "no type name (\"BÁO CÁO\")"},
    RuleInfo{Rule::TrichYeuMissing, "header.title", E, RuleText::TrichYeuMissing, "no trích yếu under the type name"},
    RuleInfo{Rule::SignatureMissing, "signature.missing", E, RuleText::SignatureMissing,
             "no authority line (TM., KT., Q., TL., TUQ.) or the template's position after the body"},
    RuleInfo{Rule::KinhGuiMissing, "recipients.missing", E, RuleText::KinhGuiMissing,
             "no \"Kính gửi: …\" where the template sends the report upward"},
    RuleInfo{Rule::NoiNhanMissing, "recipients.missing", E, RuleText::NoiNhanMissing, "no \"Nơi nhận:\" at the end"},
    RuleInfo{Rule::ArchiveMissing, "recipients.archive", E, RuleText::ArchiveMissing,
             "the recipient list does not end with \"- Lưu: VT, …\""},
    RuleInfo{Rule::PageSize, "format.page-size", E, RuleText::PageSize, "the page is not A4 portrait"},
    RuleInfo{Rule::Margins, "format.margins", E, RuleText::Margins, "a margin outside the decree's range"},
    RuleInfo{Rule::FontFamily, "format.font-family", E, RuleText::FontFamily, "a run not in Times New Roman"},
    RuleInfo{Rule::FontSize, "format.font-size", W, RuleText::FontSize, "body text outside 13-14 pt"},
    RuleInfo{Rule::BodyIndent, "format.body-indent", W, RuleText::BodyIndent,
             "a body paragraph's first line not indented 1 cm or 1.27 cm"},
    RuleInfo{Rule::LineSpacing, "format.line-spacing", W, RuleText::LineSpacing, "line spacing outside single to 1.5 lines"},
    RuleInfo{Rule::ParagraphSpacing, "format.paragraph-spacing", W, RuleText::ParagraphSpacing,
             "less than 6 pt between body paragraphs"},
    RuleInfo{Rule::PageNumberMissing, "format.page-number", W, RuleText::PageNumberMissing,
             "no page number in the page header"},
    RuleInfo{Rule::PageNumberOnFirstPage, "format.page-number", W, RuleText::PageNumberOnFirstPage,
             "the first page shows its number"},
    RuleInfo{Rule::FigureSum, "figure.sum-mismatch", E, RuleText::FigureSum,
             "a derived figure disagrees with the parts its formula adds up"},
    RuleInfo{Rule::FigureRatio, "figure.ratio-mismatch", E, RuleText::FigureRatio,
             "a derived share disagrees with its stated parts"},
    RuleInfo{Rule::FigureData, "figure.data-mismatch", E, RuleText::FigureData, "a stated figure differs from the data file"},
    RuleInfo{Rule::FigureNoValue, "figure.missing-data", E, RuleText::FigureNoValue,
             "a figure field still shows its marker or no value"},
    RuleInfo{Rule::FigureNotInData, "figure.missing-data", E, RuleText::FigureNotInData,
             "the data file has no row for a stated figure"},
    RuleInfo{Rule::FigureStale, "figure.stale", W, RuleText::FigureStale,
             "the data file has changed since the figures were filled"},
    RuleInfo{Rule::DateInvalid, "date.invalid", E, RuleText::DateInvalid, "a date that does not exist"},
    RuleInfo{Rule::DateFormat, "date.format", E, RuleText::DateFormat,
             "the header's date not in full words with the decree's padding"},
    RuleInfo{Rule::MixedNormalization, "text.mixed-normalization", W, RuleText::MixedNormalization,
             "decomposed Unicode (NFD) in a paragraph"},
    RuleInfo{Rule::LegacyEncoding, "text.legacy-encoding", E, RuleText::LegacyEncoding,
             "words typed in TCVN3 or VNI and read as Latin-1"},
    RuleInfo{Rule::ToneMarkPlacement, "text.tone-mark-placement", E, RuleText::ToneMarkPlacement,
             "a tone mark on a vowel where neither spelling puts it"},
    RuleInfo{Rule::MixedToneStyle, "text.mixed-tone-style", W, RuleText::MixedToneStyle,
             "both tone placements (hóa, hoá) in one document"},
    RuleInfo{Rule::UndiacritizedWord, "text.undiacritized-word", W, RuleText::UndiacritizedWord,
             "a word typed without its diacritics where the next words leave no doubt"},
};
static_assert(kRules.size() == static_cast<std::size_t>(Rule::End), "one row per rule");

constexpr bool inOrder() {
  for (std::size_t i = 0; i < kRules.size(); ++i)
    if (kRules[i].rule != static_cast<Rule>(i)) return false;
  return true;
}
static_assert(inOrder(), "rows in the enum's order: ruleInfo indexes the table");

}  // namespace

const RuleInfo& ruleInfo(Rule rule) { return kRules.at(static_cast<std::size_t>(rule)); }

std::span<const RuleInfo> ruleTable() { return kRules; }

}  // namespace baocao::core
