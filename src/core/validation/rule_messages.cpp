#include "core/validation/rule_messages.hpp"

#include <array>

namespace baocao::core {
namespace {

struct Entry {
  RuleText id;
  std::string_view vi;
  std::string_view en;
};

constexpr std::array kTexts{
    Entry{RuleText::PlaceSectionParagraph, "mục {0}, đoạn {1}", "section {0}, paragraph {1}"},
    Entry{RuleText::PlaceParagraph, "đoạn {0}", "paragraph {0}"},
    Entry{RuleText::PlaceDocument, "toàn văn bản", "whole document"},
    Entry{RuleText::StructureMissing, "Thiếu mục {0} “{1}” theo đề cương báo cáo.",
          "Section {0} “{1}” of the report outline is missing."},
    Entry{RuleText::StructureOrder, "Mục {0} “{1}” không đúng thứ tự của đề cương: đang đứng sau mục {2}.",
          "Section {0} “{1}” is out of the outline's order: it comes after section {2}."},
    Entry{RuleText::StructureEmpty, "Mục {0} “{1}” chưa có nội dung.", "Section {0} “{1}” has no content."},
    Entry{RuleText::StructureDuplicate, "Tiêu đề mục {0} trùng với tiêu đề mục {1} (đoạn {2}): “{3}”.",
          "The heading of section {0} repeats the heading of section {1} (paragraph {2}): “{3}”."},
    Entry{RuleText::StructureNumbering, "Số thứ tự “{0}” không đúng, cần “{1}”: “{2}”.",
          "Numbered “{0}” where “{1}” is expected: “{2}”."},
    Entry{RuleText::PlaceholderUnfilled, "Còn nội dung hướng dẫn chưa điền: “{0}”.", "A placeholder is still unfilled: “{0}”."},
    Entry{RuleText::NationalTitleMissing, "Thiếu Quốc hiệu “{0}” ở đầu trang, bên phải.",
          "The national title “{0}” is missing (top right of the first page)."},
    Entry{RuleText::NationalTitleForm, "Quốc hiệu phải viết “{0}”, chữ in hoa, đứng, đậm, cỡ 12-13: đang là “{1}”.",
          "The national title must read “{0}”, upper case, upright, bold, 12-13 pt: it is “{1}”."},
    Entry{RuleText::MottoMissing, "Thiếu Tiêu ngữ “{0}” dưới Quốc hiệu.", "The motto “{0}” under the national title is missing."},
    Entry{RuleText::MottoForm,
          "Tiêu ngữ phải viết “{0}” (gạch nối có cách chữ hai bên), chữ đậm, cỡ 13-14: đang là “{1}”.",
          "The motto must read “{0}” (hyphens with a space either side), bold, 13-14 pt: it is “{1}”."},
    Entry{RuleText::AgencyMissing, "Thiếu tên cơ quan ban hành (chữ in hoa, đậm) ở đầu trang, bên trái.",
          "The issuing agency's name (upper case, bold, top left) is missing."},
    Entry{RuleText::NumberMissing, "Thiếu số, ký hiệu văn bản (“Số: …/{0}-…”).",
          "The document number and code (“Số: …/{0}-…”) are missing."},
    Entry{RuleText::NumberForm, "Số, ký hiệu viết chưa đúng: “{0}” ({1}).", "The document number is malformed: “{0}” ({1})."},
    Entry{RuleText::NumberNeedsColon, "viết “Số:” có dấu hai chấm", "write “Số:” with a colon"},
    Entry{RuleText::NumberSpaces, "không có dấu cách quanh “/” và “-”", "no spaces around “/” and “-”"},
    Entry{RuleText::NumberLeadingZero, "số nhỏ hơn 10 viết thêm số 0 ở trước", "numbers below 10 take a leading 0"},
    Entry{RuleText::NumberType, "ký hiệu bắt đầu bằng chữ viết tắt tên loại “{0}”",
          "the code starts with the type abbreviation “{0}”"},
    Entry{RuleText::PlaceDateMissing, "Thiếu địa danh, ngày tháng năm ban hành (ví dụ “Long Môn, ngày 07 tháng 5 năm 2025”).",
          "The place and date line (e.g. “Long Môn, ngày 07 tháng 5 năm 2025”) is missing."},
    Entry{RuleText::PlaceDateForm, "Địa danh, ngày tháng năm viết chưa đúng: “{0}” (cần “Địa danh, ngày … tháng … năm …”, chữ nghiêng).",
          "The place and date line is malformed: “{0}” (expected “Place, ngày … tháng … năm …”, italic)."},
    Entry{RuleText::TitleMissing, "Thiếu tên loại văn bản “{0}” (in hoa, đậm, căn giữa).",
          "The document type name “{0}” (upper case, bold, centred) is missing."},
    Entry{RuleText::TrichYeuMissing, "Thiếu trích yếu nội dung dưới tên loại văn bản.",
          "The summary line (trích yếu) under the type name is missing."},
    Entry{RuleText::SignatureMissing, "Thiếu phần ký: thẩm quyền, chức vụ và họ tên người ký (ví dụ “{0}”).",
          "The signature block is missing: authority, position and the signer's name (e.g. “{0}”)."},
    Entry{RuleText::KinhGuiMissing, "Thiếu “Kính gửi: {0}” (báo cáo gửi cơ quan cấp trên).",
          "“Kính gửi: {0}” is missing (a report sent to a higher level)."},
    Entry{RuleText::NoiNhanMissing, "Thiếu “Nơi nhận:” và danh sách nơi nhận ở cuối văn bản.",
          "“Nơi nhận:” and the list of recipients are missing at the end."},
    Entry{RuleText::ArchiveMissing, "Nơi nhận thiếu dòng cuối “- Lưu: VT, …” (lưu văn thư).",
          "The recipients end without “- Lưu: VT, …” (the archive copy)."},
    Entry{RuleText::PageSize, "Khổ giấy {0} × {1} mm; cần A4 ({2} × {3} mm), khổ dọc.",
          "The page is {0} × {1} mm; A4 portrait ({2} × {3} mm) is required."},
    Entry{RuleText::Margins, "Lề {0} {1} mm; cần từ {2} đến {3} mm.", "The {0} margin is {1} mm; {2} to {3} mm is required."},
    Entry{RuleText::SideTop, "trên", "top"},
    Entry{RuleText::SideBottom, "dưới", "bottom"},
    Entry{RuleText::SideLeft, "trái", "left"},
    Entry{RuleText::SideRight, "phải", "right"},
    Entry{RuleText::FontFamily, "Phông chữ “{0}” ở {1} đoạn; cần phông {2}.",
          "Font “{0}” in {1} paragraphs; {2} is required."},
    Entry{RuleText::FontSize, "Cỡ chữ {0} ở {1} đoạn nội dung; cần cỡ {2}-{3}.",
          "Font size {0} pt in {1} body paragraphs; {2}-{3} pt is required."},
    Entry{RuleText::BodyIndent, "Thụt đầu dòng {0} mm ở {1} đoạn; cần 1 cm hoặc 1,27 cm.",
          "First-line indent {0} mm in {1} paragraphs; 1 cm or 1.27 cm is required."},
    Entry{RuleText::LineSpacing, "Khoảng cách dòng {0} ở {1} đoạn; cần từ dòng đơn đến 1,5 dòng.",
          "Line spacing {0} in {1} paragraphs; single to 1.5 lines is required."},
    Entry{RuleText::ParagraphSpacing, "Khoảng cách giữa các đoạn {0} pt ở {1} đoạn; cần tối thiểu {2} pt.",
          "Paragraph spacing {0} pt in {1} paragraphs; at least {2} pt is required."},
    Entry{RuleText::PageNumberMissing, "Chưa đánh số trang (chữ số Ả Rập, giữa lề trên).",
          "Pages are not numbered (Arabic numerals, centred in the top margin)."},
    Entry{RuleText::PageNumberOnFirstPage, "Trang đầu không hiển thị số trang.", "The first page must not show its number."},
    Entry{RuleText::FigureSum, "“{0}” là {1}, nhưng {2} cho {3}.", "“{0}” is {1}, but {2} gives {3}."},
    Entry{RuleText::FigureRatio, "“{0}” là {1}, nhưng tỷ lệ {2} cho {3}.", "“{0}” is {1}, but the share {2} gives {3}."},
    Entry{RuleText::FigureData, "“{0}” trong báo cáo là {1}, tệp số liệu ghi {2} ({3}).",
          "“{0}” is {1} in the report, but the data file says {2} ({3})."},
    Entry{RuleText::FigureNoValue, "Số liệu “{0}” chưa có giá trị (mã “{1}”).", "The figure “{0}” has no value (key “{1}”)."},
    Entry{RuleText::FigureNotInData, "Tệp số liệu không có số liệu “{0}” (mã “{1}”).",
          "The data file has no figure “{0}” (key “{1}”)."},
    Entry{RuleText::FigureStale, "Tệp số liệu đã thay đổi sau lần cập nhật số liệu gần nhất; hãy chọn Cập nhật số liệu.",
          "The data file has changed since the figures were last filled; choose Refresh figures."},
    Entry{RuleText::DateInvalid, "Ngày không có thật: “{0}”.", "No such date: “{0}”."},
    Entry{RuleText::DateFormat, "Ngày ban hành viết “{0}”; cần “{1}” (ngày dưới 10 và tháng 1, 2 có số 0 ở trước).",
          "The date of issue reads “{0}”; it must be “{1}” (days below 10 and months 1 and 2 with a leading 0)."},
    Entry{RuleText::MixedNormalization, "Có chữ tổ hợp (Unicode dạng NFD) trong “{0}”; cần chuẩn hóa về Unicode dựng sẵn (NFC).",
          "Decomposed Unicode (NFD) in “{0}”; the text should be precomposed (NFC)."},
    Entry{RuleText::LegacyEncoding, "Văn bản dùng bảng mã cũ {0}: “{1}” là “{2}”; hãy chuyển mã sang Unicode (ví dụ bằng Unikey).",
          "Text in the legacy {0} encoding: “{1}” is “{2}”; convert it to Unicode (e.g. with Unikey)."},
    Entry{RuleText::ToneMarkPlacement, "Dấu thanh đặt sai chỗ: “{0}”, cần “{1}”.", "Tone mark on the wrong vowel: “{0}”, should be “{1}”."},
    Entry{RuleText::MixedToneStyle,
          "Văn bản trộn hai kiểu đặt dấu thanh: {0} từ kiểu cũ (như “{1}”) và {2} từ kiểu mới (như “{3}”); nên thống nhất một kiểu.",
          "The text mixes the two tone placements: {0} words in the old style (like “{1}”) and {2} in the new (like “{3}”); use one."},
    Entry{RuleText::UndiacritizedWord, "Từ thiếu dấu: “{0}”, cần “{1}”.", "Word without its diacritics: “{0}”, should be “{1}”."},
};

}  // namespace

std::string_view ruleText(RuleText id, Language lang) {
  for (const auto& e : kTexts)
    if (e.id == id) return lang == Language::Vietnamese ? e.vi : e.en;
  return "?";
}

std::string placeText(std::string_view section, int paragraph, Language lang) {
  if (paragraph < 0) return std::string(ruleText(RuleText::PlaceDocument, lang));
  const std::string number = std::to_string(paragraph + 1);
  if (section.empty()) return format(ruleText(RuleText::PlaceParagraph, lang), number);
  return format(ruleText(RuleText::PlaceSectionParagraph, lang), {std::string(section), number});
}

}  // namespace baocao::core
