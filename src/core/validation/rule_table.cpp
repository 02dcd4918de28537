#include "core/validation/rule_table.hpp"

#include <array>

namespace baocao::core {
namespace {

constexpr Severity E = Severity::Error, W = Severity::Warning;

constexpr std::array kRules{
    RuleInfo{Rule::StructureMissingSection, "structure.missing-section", E, MessageId::StructureMissing,
             "a required section of the template's outline is not in the document"},
    RuleInfo{Rule::StructureSectionOrder, "structure.section-order", E, MessageId::StructureOrder,
             "a section is present but against the outline's order"},
    RuleInfo{Rule::StructureEmptySection, "structure.empty-section", E, MessageId::StructureEmpty,
             "nothing between a heading and the next one at its level or above"},
    RuleInfo{Rule::StructureDuplicateHeading, "structure.duplicate-heading", W, MessageId::StructureDuplicate,
             "the same title twice, one of them a recognised heading"},
    RuleInfo{Rule::StructureNumbering, "structure.numbering", W, MessageId::StructureNumbering,
             "typed or automatic numbers do not run I, II, III / 1, 2, 3 / a, b, c under each parent"},
    RuleInfo{Rule::PlaceholderUnfilled, "placeholder.unfilled", E, MessageId::PlaceholderUnfilled,
             "a placeholder field the wizard inserted is still there"},
    RuleInfo{Rule::HeaderNationalTitleMissing, "header.national-title", E, MessageId::NationalTitleMissing,
             "no national title in the header"},
    RuleInfo{Rule::HeaderNationalTitleText, "header.national-title", E, MessageId::NationalTitleForm,
             "the national title's words or case are wrong"},
    RuleInfo{Rule::HeaderNationalTitleFormat, "header.national-title", W, MessageId::NationalTitleForm,
             "the national title is not bold and upright, or outside 12-13 pt"},
    RuleInfo{Rule::HeaderMottoMissing, "header.motto", E, MessageId::MottoMissing, "no motto under the national title"},
    RuleInfo{Rule::HeaderMottoText, "header.motto", E, MessageId::MottoForm,
             "the motto is not \"Độc lập - Tự do - Hạnh phúc\" exactly (hyphen-minus, a space either side)"},
    RuleInfo{Rule::HeaderMottoFormat, "header.motto", W, MessageId::MottoForm, "the motto is not bold, or outside 13-14 pt"},
    RuleInfo{Rule::HeaderAgencyMissing, "header.agency", E, MessageId::AgencyMissing,
             "no upper-case agency line before the type name"},
    RuleInfo{Rule::HeaderNumberMissing, "header.number", E, MessageId::NumberMissing, "no \"Số: …/…-…\" line"},
    RuleInfo{Rule::HeaderNumberForm, "header.number", E, MessageId::NumberForm,
             "the number lacks the colon, has spaces around / and -, lacks the leading 0, or a code of another type"},
    RuleInfo{Rule::HeaderPlaceDateMissing, "header.place-date", E, MessageId::PlaceDateMissing, "no place and date line"},
    RuleInfo{Rule::HeaderPlaceDateComma, "header.place-date", E, MessageId::PlaceDateForm,
             "no comma between the place and \"ngày\""},
    RuleInfo{Rule::HeaderPlaceDateItalic, "header.place-date", W, MessageId::PlaceDateForm, "the place and date line is not italic"},
    RuleInfo{Rule::HeaderPlaceDateBlank, "header.place-date", E, MessageId::DateBlank,
             "the date left blank on a paper document (an electronic one may leave it to the system)"},
    RuleInfo{Rule::HeaderTitleMissing, "header.title", E, MessageId::TitleMissing,
             "no type name (\"BÁO CÁO\", \"KẾ HOẠCH\", …) for the kind of document found"},
    RuleInfo{Rule::HeaderTrichYeuMissing, "header.title", E, MessageId::TrichYeuMissing, "no trích yếu under the type name"},
    RuleInfo{Rule::SignatureMissing, "signature.missing", E, MessageId::SignatureMissing,
             "no signature block: no authority line (TM., KT., Q., TL., TUQ.), head's or deputy's title after the body"},
    RuleInfo{Rule::SignatureForm, "signature.form", E, MessageId::SignatureFormWrong,
             "a signature block that is there but wrong: a deputy without \"KT.\", \"KT.\" or \"TM.\" without the title under it"},
    RuleInfo{Rule::RecipientsKinhGuiMissing, "recipients.missing", E, MessageId::KinhGuiMissing,
             "no \"Kính gửi: …\" where the template sends the report upward"},
    RuleInfo{Rule::RecipientsNoiNhanMissing, "recipients.missing", E, MessageId::NoiNhanMissing, "no \"Nơi nhận:\" at the end"},
    RuleInfo{Rule::RecipientsNoiNhanMistyped, "recipients.missing", E, MessageId::NoiNhanMistyped,
             "\"Nơi nhận:\" typed without or with wrong diacritics (\"Noi nhan:\", \"Nơi nhân:\")"},
    RuleInfo{Rule::RecipientsArchive, "recipients.archive", E, MessageId::ArchiveMissing,
             "the recipient list does not end with \"- Lưu: VT, …\""},
    RuleInfo{Rule::RecipientsAbolishedLevel, "recipients.abolished-level", W, MessageId::AbolishedLevel,
             "a document dated from 2025-07-01 names a district-level unit (huyện, quận, thị xã) as recipient, parent or place"},
    RuleInfo{Rule::FormatPageSize, "format.page-size", E, MessageId::PageSize, "the page is not A4 portrait"},
    RuleInfo{Rule::FormatMargins, "format.margins", E, MessageId::Margins, "a margin outside the decree's range"},
    RuleInfo{Rule::FormatFontFamily, "format.font-family", E, MessageId::FontFamily, "a run not in Times New Roman"},
    RuleInfo{Rule::FormatFontSize, "format.font-size", W, MessageId::FontSize, "body text outside 13-14 pt"},
    RuleInfo{Rule::FormatBodyIndent, "format.body-indent", W, MessageId::BodyIndent,
             "a body paragraph's first line not indented 1 cm or 1.27 cm"},
    RuleInfo{Rule::FormatLineSpacing, "format.line-spacing", W, MessageId::LineSpacing, "line spacing outside single to 1.5 lines"},
    RuleInfo{Rule::FormatParagraphSpacing, "format.paragraph-spacing", W, MessageId::ParagraphSpacing,
             "less than 6 pt between body paragraphs"},
    RuleInfo{Rule::FormatPageNumberMissing, "format.page-number", W, MessageId::PageNumberMissing,
             "no page number in the page header"},
    RuleInfo{Rule::FormatPageNumberOnFirstPage, "format.page-number", W, MessageId::PageNumberOnFirstPage,
             "the first page shows its number"},
    RuleInfo{Rule::FigureSumMismatch, "figure.sum-mismatch", E, MessageId::FigureSum,
             "a derived figure disagrees with the parts its formula adds up"},
    RuleInfo{Rule::FigureRatioMismatch, "figure.ratio-mismatch", E, MessageId::FigureRatio,
             "a derived share disagrees with its stated parts"},
    RuleInfo{Rule::FigureDataMismatch, "figure.data-mismatch", E, MessageId::FigureData, "a stated figure differs from the data file"},
    RuleInfo{Rule::FigureMissingValue, "figure.missing-data", E, MessageId::FigureNoValue,
             "a figure field still shows its marker or no value"},
    RuleInfo{Rule::FigureMissingInData, "figure.missing-data", E, MessageId::FigureNotInData,
             "the data file has no row for a stated figure"},
    RuleInfo{Rule::FigureStale, "figure.stale", W, MessageId::FigureStale,
             "the data file has changed since the figures were filled"},
    RuleInfo{Rule::DateInvalid, "date.invalid", E, MessageId::DateInvalid, "a date that does not exist"},
    RuleInfo{Rule::DateFormat, "date.format", E, MessageId::DateFormat,
             "the header's date not in full words with the decree's padding"},
    RuleInfo{Rule::TextMixedNormalization, "text.mixed-normalization", W, MessageId::MixedNormalization,
             "decomposed Unicode (NFD) in a paragraph"},
    RuleInfo{Rule::TextLegacyEncoding, "text.legacy-encoding", E, MessageId::LegacyEncoding,
             "words typed in TCVN3 or VNI and read as Latin-1"},
    RuleInfo{Rule::TextToneMarkPlacement, "text.tone-mark-placement", E, MessageId::ToneMarkPlacement,
             "a tone mark on a vowel where neither spelling puts it"},
    RuleInfo{Rule::TextMixedToneStyle, "text.mixed-tone-style", W, MessageId::MixedToneStyle,
             "both tone placements (hóa, hoá) in one document"},
    RuleInfo{Rule::TextUndiacritizedWord, "text.undiacritized-word", W, MessageId::UndiacritizedWord,
             "a word typed without its diacritics where the next words leave no doubt"},
    RuleInfo{Rule::PeriodTitle, "period.title", E, MessageId::PeriodTitle,
             "the trích yếu's period differs from the report's declared period (the wizard's Kỳ báo cáo)"},
    RuleInfo{Rule::PeriodFigureDate, "period.figure-date", W, MessageId::PeriodFigureDate,
             "a \"tính đến ngày …\" date outside the cut-off window of the period in the trích yếu"},
    RuleInfo{Rule::PeriodReportDate, "period.report-date", W, MessageId::PeriodReportDate,
             "the report is dated before its period's cut-off window closes"},
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
