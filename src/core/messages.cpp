#include "core/messages.hpp"

#include <iterator>

namespace baocao::core {
namespace {

using Id = MessageId;

struct E {
  MessageId id;
  std::string_view vi;
  std::string_view en;
};

// A plain array: deducing std::array from 259 entries exceeds clang's fold-expression limit.
constexpr E kMessages[] = {
    // Commands: the menu, the dispatch results, message boxes
    E{Id::AppTitle, "Báo cáo",
      "Báo cáo (reports)"},
    E{Id::ReadOnlyDocument, "Tài liệu đang ở chế độ chỉ đọc nên không thể chèn. Hãy chọn Sửa tài liệu (Edit Document) rồi thử lại.",
      "The document is read-only, so nothing was inserted. Choose Edit Document and try again."},
    E{Id::NotATextDocument, "Lệnh này chỉ dùng được trong văn bản Writer.",
      "This command works in Writer text documents only."},
    E{Id::CommandFailed, "Không thực hiện được lệnh \"{0}\". Tài liệu không bị thay đổi. Chi tiết đã được ghi vào nhật ký.",
      "The command \"{0}\" could not be completed. The document was not changed. The details were logged."},
    E{Id::HeaderInserted, "Đã chèn tiêu đề văn bản.",
      "The document header was inserted."},
    E{Id::UndoInsertHeader, "Chèn tiêu đề văn bản",
      "Insert document header"},
    E{Id::SettingsSaved, "Đã lưu thông tin cơ quan.",
      "The agency profile was saved."},
    E{Id::UndoInsertReport, "Chèn khung báo cáo",
      "Insert report skeleton"},
    E{Id::ReportInserted, "Đã chèn khung báo cáo.",
      "The report skeleton was inserted."},
    E{Id::TemplateNotFound, "Không tìm thấy mẫu báo cáo \"{0}\".",
      "No report template \"{0}\" was found."},
    E{Id::UndoRefreshFigures, "Cập nhật số liệu",
      "Refresh figures"},
    E{Id::NoFigureFields, "Tài liệu này không có số liệu gắn với tệp số liệu. Hãy chèn khung báo cáo bằng lệnh Báo cáo > Chèn khung báo cáo.",
      "This document has no figures bound to the data file. Insert a report skeleton with Báo cáo > Insert report skeleton."},
    E{Id::NoDataFile, "Chưa chọn tệp số liệu. Hãy dùng lệnh Báo cáo > Chọn tệp số liệu.",
      "No data file has been chosen. Use Báo cáo > Choose data file."},
    E{Id::FiguresUpdated, "Đã cập nhật {0} số liệu.",
      "{0} figures were updated."},
    E{Id::FiguresUnchanged, "Số liệu trong tài liệu đã khớp với tệp số liệu; không có gì thay đổi.",
      "The figures already match the data file; nothing changed."},
    E{Id::FiguresMissing, "{0} số liệu không có trong tệp số liệu và được đánh dấu trong văn bản.",
      "{0} figures are not in the data file and are marked in the text."},
    E{Id::DataFileChanged, "Tệp số liệu đã thay đổi kể từ lần cập nhật trước ({0}).",
      "The data file has changed since the last refresh ({0})."},
    E{Id::ChooseDataFileTitle, "Chọn tệp số liệu",
      "Choose the data file"},
    E{Id::CheckReport, "Kiểm tra báo cáo",
      "Check report"},
    E{Id::SaveWithErrors, "Báo cáo còn {0} lỗi. Vẫn lưu?\n\nXem các lỗi bằng lệnh Báo cáo > Kiểm tra báo cáo.",
      "The report still has {0} errors. Save anyway?\n\nBáo cáo > Check report lists them."},
    E{Id::DataFileFilter, "Tệp số liệu (*.ods, *.xlsx, *.xls, *.csv)",
      "Data files (*.ods, *.xlsx, *.xls, *.csv)"},
    E{Id::AgencySettingsTitle, "Thông tin cơ quan",
      "Agency profile"},
    E{Id::DateArgument, "Ngày (Date): {0}",
      "Date: {0}"},
    // The check's findings: the rules' texts and the places they name
    E{Id::PlaceSectionParagraph, "mục {0}, đoạn {1}",
      "section {0}, paragraph {1}"},
    E{Id::PlaceParagraph, "đoạn {0}",
      "paragraph {0}"},
    E{Id::PlaceDocument, "toàn văn bản",
      "whole document"},
    E{Id::StructureMissing, "Thiếu mục {0} “{1}” theo đề cương báo cáo.",
      "Section {0} “{1}” of the report outline is missing."},
    E{Id::StructureOrder, "Mục {0} “{1}” không đúng thứ tự của đề cương: đang đứng sau mục {2}.",
      "Section {0} “{1}” is out of the outline's order: it comes after section {2}."},
    E{Id::StructureEmpty, "Mục {0} “{1}” chưa có nội dung.",
      "Section {0} “{1}” has no content."},
    E{Id::StructureDuplicate, "Tiêu đề mục {0} trùng với tiêu đề mục {1} (đoạn {2}): “{3}”.",
      "The heading of section {0} repeats the heading of section {1} (paragraph {2}): “{3}”."},
    E{Id::StructureNumbering, "Số thứ tự “{0}” không đúng, cần “{1}”: “{2}”.",
      "Numbered “{0}” where “{1}” is expected: “{2}”."},
    E{Id::PlaceholderUnfilled, "Còn nội dung hướng dẫn chưa điền: “{0}”.",
      "A placeholder is still unfilled: “{0}”."},
    E{Id::PlaceholderLeader, "Còn chỗ trống “……” chưa điền: “{0}”.",
      "A fill-in leader “……” is still there: “{0}”."},
    E{Id::PlaceholderCheckbox, "Còn ô “□” chưa đánh dấu: “{0}”.",
      "A check box “□” is still unticked: “{0}”."},
    E{Id::PlaceholderGuidance, "Còn nguyên lời hướng dẫn của mẫu, chưa thay bằng nội dung: “{0}”.",
      "The template's guidance is still there, not replaced by the report's text: “{0}”."},
    E{Id::NationalTitleMissing, "Thiếu Quốc hiệu “{0}” ở đầu trang, bên phải.",
      "The national title “{0}” is missing (top right of the first page)."},
    E{Id::NationalTitleForm, "Quốc hiệu phải viết “{0}”, chữ in hoa, đứng, đậm, cỡ 12-13: đang là “{1}”.",
      "The national title must read “{0}”, upper case, upright, bold, 12-13 pt: it is “{1}”."},
    E{Id::MottoMissing, "Thiếu Tiêu ngữ “{0}” dưới Quốc hiệu.",
      "The motto “{0}” under the national title is missing."},
    E{Id::MottoForm, "Tiêu ngữ phải viết “{0}” (gạch nối có cách chữ hai bên), chữ đậm, cỡ 13-14: đang là “{1}”.",
      "The motto must read “{0}” (hyphens with a space either side), bold, 13-14 pt: it is “{1}”."},
    E{Id::AgencyMissing, "Thiếu tên cơ quan ban hành (chữ in hoa, đậm) ở đầu trang, bên trái.",
      "The issuing agency's name (upper case, bold, top left) is missing."},
    E{Id::NumberMissing, "Thiếu số, ký hiệu văn bản (“Số: …/{0}-…”).",
      "The document number and code (“Số: …/{0}-…”) are missing."},
    E{Id::NumberForm, "Số, ký hiệu viết chưa đúng: “{0}” ({1}).",
      "The document number is malformed: “{0}” ({1})."},
    E{Id::NumberNeedsColon, "viết “Số:” có dấu hai chấm",
      "write “Số:” with a colon"},
    E{Id::NumberSpaces, "không có dấu cách quanh “/” và “-”",
      "no spaces around “/” and “-”"},
    E{Id::NumberLeadingZero, "số nhỏ hơn 10 viết thêm số 0 ở trước",
      "numbers below 10 take a leading 0"},
    E{Id::NumberType, "ký hiệu bắt đầu bằng chữ viết tắt tên loại “{0}”",
      "the code starts with the type abbreviation “{0}”"},
    E{Id::PlaceDateMissing, "Thiếu địa danh, ngày tháng năm ban hành (ví dụ “Long Môn, ngày 07 tháng 5 năm 2025”).",
      "The place and date line (e.g. “Long Môn, ngày 07 tháng 5 năm 2025”) is missing."},
    E{Id::PlaceDateForm, "Địa danh, ngày tháng năm viết chưa đúng: “{0}” (cần “Địa danh, ngày … tháng … năm …”, chữ nghiêng).",
      "The place and date line is malformed: “{0}” (expected “Place, ngày … tháng … năm …”, italic)."},
    E{Id::DateBlank, "Ngày ban hành để trống: “{0}”; văn bản giấy ghi ngày khi ký (văn bản điện tử thì hệ thống cấp ngày: kiểm tra ở chế độ văn bản điện tử).",
      "The date of issue is left blank: “{0}”; a paper document is dated when signed (for an electronic one the system assigns the date: check it as electronic)."},
    E{Id::NumberBlank, "số văn bản để trống (văn bản giấy ghi số khi ban hành; văn bản điện tử do hệ thống cấp số)",
      "the number is left blank (a paper document is numbered when issued; for an electronic one the system assigns it)"},
    E{Id::TitleMissing, "Thiếu tên loại văn bản “{0}” (in hoa, đậm, căn giữa).",
      "The document type name “{0}” (upper case, bold, centred) is missing."},
    E{Id::TrichYeuMissing, "Thiếu trích yếu nội dung dưới tên loại văn bản.",
      "The summary line (trích yếu) under the type name is missing."},
    E{Id::SignatureMissing, "Thiếu phần ký: thẩm quyền, chức vụ và họ tên người ký (ví dụ “{0}”).",
      "The signature block is missing: authority, position and the signer's name (e.g. “{0}”)."},
    E{Id::SignatureFormWrong, "Phần ký chưa đúng: {0}.",
      "The signature block is wrong: {0}."},
    E{Id::SignDeputyNoKt, "“{0}” là cấp phó ký thay, cần dòng “KT. {1}” ở trên",
      "“{0}” is a deputy signing for the head: “KT. {1}” must stand above it"},
    E{Id::SignKtNoDeputy, "dưới “{0}” cần chức vụ của cấp phó ký thay (“PHÓ {1}”)",
      "“{0}” must be followed by the deputy's title (“PHÓ {1}”)"},
    E{Id::SignDeputyMismatch, "dưới “{0}” là “{1}”, cần “PHÓ {2}”",
      "“{0}” is followed by “{1}”; “PHÓ {2}” is expected"},
    E{Id::SignNoTitle, "dưới “{0}” cần chức vụ của người ký (ví dụ “{1}”)",
      "“{0}” must be followed by the signer's title (e.g. “{1}”)"},
    E{Id::KinhGuiMissing, "Thiếu “Kính gửi: {0}” (báo cáo gửi cơ quan cấp trên).",
      "“Kính gửi: {0}” is missing (a report sent to a higher level)."},
    E{Id::NoiNhanMissing, "Thiếu “Nơi nhận:” và danh sách nơi nhận ở cuối văn bản.",
      "“Nơi nhận:” and the list of recipients are missing at the end."},
    E{Id::NoiNhanMistyped, "Viết sai “Nơi nhận:”: đang là “{0}”.",
      "“Nơi nhận:” is mistyped: it reads “{0}”."},
    E{Id::ArchiveMissing, "Nơi nhận thiếu dòng cuối “- Lưu: VT, …” (lưu văn thư).",
      "The recipients end without “- Lưu: VT, …” (the archive copy)."},
    E{Id::AbolishedLevel, "“{0}” là đơn vị cấp huyện, đã kết thúc hoạt động từ ngày 01/7/2025 (chính quyền địa phương hai cấp); văn bản ngày {1} gửi cơ quan cấp tỉnh (UBND tỉnh, sở) hoặc cấp xã.",
      "“{0}” is a district-level unit, which ceased to exist on 1 July 2025 (two-level local government); a document dated {1} goes to the province (its People's Committee or a department) or a commune."},
    E{Id::PageSize, "Khổ giấy {0} × {1} mm; cần A4 ({2} × {3} mm), khổ dọc.",
      "The page is {0} × {1} mm; A4 portrait ({2} × {3} mm) is required."},
    E{Id::Margins, "Lề {0} {1} mm; cần từ {2} đến {3} mm.",
      "The {0} margin is {1} mm; {2} to {3} mm is required."},
    E{Id::SideTop, "trên",
      "top"},
    E{Id::SideBottom, "dưới",
      "bottom"},
    E{Id::SideLeft, "trái",
      "left"},
    E{Id::SideRight, "phải",
      "right"},
    E{Id::FontFamily, "Phông chữ “{0}” ở {1} đoạn; cần phông {2}.",
      "Font “{0}” in {1} paragraphs; {2} is required."},
    E{Id::FontSize, "Cỡ chữ {0} ở {1} đoạn nội dung; cần cỡ {2}-{3}.",
      "Font size {0} pt in {1} body paragraphs; {2}-{3} pt is required."},
    E{Id::BodyIndent, "Thụt đầu dòng {0} mm ở {1} đoạn; cần 1 cm hoặc 1,27 cm.",
      "First-line indent {0} mm in {1} paragraphs; 1 cm or 1.27 cm is required."},
    E{Id::LineSpacing, "Khoảng cách dòng {0} ở {1} đoạn; cần từ dòng đơn đến 1,5 dòng.",
      "Line spacing {0} in {1} paragraphs; single to 1.5 lines is required."},
    E{Id::ParagraphSpacing, "Khoảng cách giữa các đoạn {0} pt ở {1} đoạn; cần tối thiểu {2} pt.",
      "Paragraph spacing {0} pt in {1} paragraphs; at least {2} pt is required."},
    E{Id::PageNumberMissing, "Chưa đánh số trang (chữ số Ả Rập, giữa lề trên).",
      "Pages are not numbered (Arabic numerals, centred in the top margin)."},
    E{Id::PageNumberOnFirstPage, "Trang đầu không hiển thị số trang.",
      "The first page must not show its number."},
    E{Id::HeadingAtPageEnd, "Đề mục “{1}” nằm cuối trang {0}, nội dung của nó sang trang sau; đặt cho đề mục “Giữ với đoạn sau”.",
      "The heading “{1}” ends page {0} and its text starts on the next; give the heading “Keep with next paragraph”."},
    E{Id::SignatureSplit, "Phần ký tên bị tách qua trang {0} và trang {1}; cần nằm trọn trên một trang cùng những dòng cuối của nội dung.",
      "The signature block is split over pages {0} and {1}; it must be on one page with the last lines of the body."},
    E{Id::FigureSum, "“{0}” là {1}, nhưng {2} cho {3}.",
      "“{0}” is {1}, but {2} gives {3}."},
    E{Id::FigureRatio, "“{0}” là {1}, nhưng tỷ lệ {2} cho {3}.",
      "“{0}” is {1}, but the share {2} gives {3}."},
    E{Id::FigureData, "“{0}” trong báo cáo là {1}, tệp số liệu ghi {2} ({3}).",
      "“{0}” is {1} in the report, but the data file says {2} ({3})."},
    E{Id::FigureNoValue, "Số liệu “{0}” chưa có giá trị (mã “{1}”).",
      "The figure “{0}” has no value (key “{1}”)."},
    E{Id::FigureNotInData, "Tệp số liệu không có số liệu “{0}” (mã “{1}”).",
      "The data file has no figure “{0}” (key “{1}”)."},
    E{Id::FigureStale, "Tệp số liệu đã thay đổi sau lần cập nhật số liệu gần nhất; hãy chọn Cập nhật số liệu.",
      "The data file has changed since the figures were last filled; choose Refresh figures."},
    E{Id::DateInvalid, "Ngày không có thật: “{0}”.",
      "No such date: “{0}”."},
    E{Id::DateFormat, "Ngày ban hành viết “{0}”; cần “{1}” (ngày dưới 10 và tháng 1, 2 có số 0 ở trước).",
      "The date of issue reads “{0}”; it must be “{1}” (days below 10 and months 1 and 2 with a leading 0)."},
    E{Id::MixedNormalization, "Có chữ tổ hợp (Unicode dạng NFD) trong “{0}”; cần chuẩn hóa về Unicode dựng sẵn (NFC).",
      "Decomposed Unicode (NFD) in “{0}”; the text should be precomposed (NFC)."},
    E{Id::LegacyEncoding, "Văn bản dùng bảng mã cũ {0}: “{1}” là “{2}”; hãy chuyển mã sang Unicode (ví dụ bằng Unikey).",
      "Text in the legacy {0} encoding: “{1}” is “{2}”; convert it to Unicode (e.g. with Unikey)."},
    E{Id::ToneMarkPlacement, "Dấu thanh đặt sai chỗ: “{0}”, cần “{1}”.",
      "Tone mark on the wrong vowel: “{0}”, should be “{1}”."},
    E{Id::MixedToneStyle, "Văn bản trộn hai kiểu đặt dấu thanh: {0} từ kiểu cũ (như “{1}”) và {2} từ kiểu mới (như “{3}”); nên thống nhất một kiểu.",
      "The text mixes the two tone placements: {0} words in the old style (like “{1}”) and {2} in the new (like “{3}”); use one."},
    E{Id::UndiacritizedWord, "Từ thiếu dấu: “{0}”, cần “{1}”.",
      "Word without its diacritics: “{0}”, should be “{1}”."},
    E{Id::TelexLeftover, "Gõ khi tắt bộ gõ tiếng Việt (Telex/VNI): “{0}” → “{1}”.",
      "Typed with the Vietnamese input method off (Telex/VNI): “{0}” → “{1}”."},
    E{Id::RepeatedWord, "Từ gõ lặp hai lần: “{0}” → “{1}”.",
      "Word typed twice: “{0}” → “{1}”."},
    E{Id::MissingSpace, "Thiếu dấu cách: “{0}” → “{1}”.",
      "Missing space: “{0}” → “{1}”."},
    E{Id::MalformedSyllable, "Chữ viết sai, không có âm tiết tiếng Việt nào như vậy: “{0}” → “{1}”.",
      "Misspelt: no Vietnamese syllable is written so: “{0}” → “{1}”."},
    E{Id::MalformedSyllableNoFix, "Chữ viết sai, không có âm tiết tiếng Việt nào như vậy: “{0}”.",
      "Misspelt: no Vietnamese syllable is written so: “{0}”."},
    E{Id::Confusable, "Viết nhầm: “{0}” → “{1}”.",
      "Wrong word: “{0}” → “{1}”."},
    E{Id::ProofreaderName, "Báo cáo: soát lỗi gõ tiếng Việt",
      "baocao: Vietnamese typing slips"},
    E{Id::PeriodTitle, "Trích yếu ghi kỳ “{0}”, nhưng báo cáo được lập cho kỳ “{1}”.",
      "The trích yếu names the period “{0}”, but the report was made for “{1}”."},
    E{Id::PeriodFigureDate, "Số liệu “{0}” nằm ngoài thời gian chốt số liệu của kỳ báo cáo {1} (từ {2} đến {3}, Nghị định 09/2019/NĐ-CP Điều 12).",
      "The figures “{0}” fall outside the cut-off window of the period {1} ({2} to {3}, Decree 09/2019/NĐ-CP Art. 12)."},
    E{Id::PeriodReportDate, "Báo cáo {0} ký ngày {1}, trước khi kết thúc thời gian chốt số liệu ({2}).",
      "The report for {0} is dated {1}, before its cut-off window closes ({2})."},
    // The check's text output (core/validation/report_check.hpp findingsText)
    E{Id::CheckNoTemplate, "không nhận ra mẫu báo cáo (chỉ kiểm tra thể thức và chữ)",
      "no template recognised (layout and text checked only)"},
    E{Id::CheckTemplate, "mẫu {0}",
      "template {0}"},
    E{Id::CheckTemplateDetected, "mẫu {0} (tự nhận ra)",
      "template {0} (detected)"},
    E{Id::CheckTrackedChanges, "có thay đổi được theo dõi: kiểm tra văn bản như khi in",
      "has tracked changes: validated as it would print"},
    E{Id::CheckReady, "sẵn sàng gửi: không có lỗi",
      "ready to submit: no errors"},
    E{Id::CheckKind, "loại văn bản: {0}",
      "document type: {0}"},
    E{Id::CheckKindFromTemplate, "loại văn bản: {0} (theo mẫu)",
      "document type: {0} (from the template)"},
    E{Id::CheckKindDefault, "loại văn bản: {0} (không thấy tên loại, coi là báo cáo)",
      "document type: {0} (no type name found, taken as a report)"},
    E{Id::KindBaoCao, "báo cáo (BC)",
      "report (báo cáo, BC)"},
    E{Id::KindKeHoach, "kế hoạch (KH)",
      "plan (kế hoạch, KH)"},
    E{Id::KindHuongDan, "hướng dẫn (HD)",
      "guidance (hướng dẫn, HD)"},
    E{Id::KindThongBao, "thông báo (TB)",
      "announcement (thông báo, TB)"},
    E{Id::KindToTrinh, "tờ trình (TTr)",
      "submission (tờ trình, TTr)"},
    E{Id::KindQuyetDinh, "quyết định (QĐ)",
      "decision (quyết định, QĐ)"},
    E{Id::KindCongVan, "công văn (V/v …)",
      "official letter (công văn, V/v …)"},
    // Dates
    E{Id::DateExpectedIso, "cần ngày dạng YYYY-MM-DD, nhận được \"{0}\"",
      "expected a date as YYYY-MM-DD, got \"{0}\""},
    E{Id::DateExpectedIsoDigits, "cần chữ số trong YYYY-MM-DD, nhận được \"{0}\"",
      "expected digits in YYYY-MM-DD, got \"{0}\""},
    E{Id::DateExpectedTyped, "cần ngày dạng dd/mm/yyyy, nhận được \"{0}\"",
      "expected a date as dd/mm/yyyy, got \"{0}\""},
    E{Id::DateNoSuchDay, "không có ngày này trong lịch: {0}",
      "no such calendar date: {0}"},
    // Data files and figures
    E{Id::DataFileUnreachable, "{0}: tệp số liệu không tồn tại hoặc không truy cập được",
      "{0}: the data file does not exist or cannot be reached"},
    E{Id::DataFileIsFolder, "{0}: đây là một thư mục, không phải tệp số liệu",
      "{0}: a folder, not a data file"},
    E{Id::DataFileNoPermission, "{0}: không đọc được tệp số liệu (quyền truy cập?)",
      "{0}: the data file cannot be read (permissions?)"},
    E{Id::DataFileReadFailed, "{0}: không đọc được tệp số liệu",
      "{0}: the data file cannot be read"},
    E{Id::DataFileTimeout, "{0}: tệp số liệu không phản hồi trong {1} (ổ mạng dùng chung có truy cập được không?); không có gì thay đổi",
      "{0}: the data file did not answer within {1} (is the shared drive reachable?); nothing was changed"},
    E{Id::DataFileUnknownType, "{0}: baocao không đọc loại tệp số liệu này (.ods, .xlsx, .xls hoặc .csv)",
      "{0}: not a data file baocao reads (.ods, .xlsx, .xls or .csv)"},
    E{Id::DataFileNotSpreadsheet, "{0}: không phải bảng tính (.ods, .xlsx, .xls hoặc .csv)",
      "{0}: not a spreadsheet (.ods, .xlsx, .xls or .csv)"},
    E{Id::DataFileImportFailed, "{0}: LibreOffice không đọc được tệp này như một bảng tính ({1})",
      "{0}: LibreOffice cannot read it as a spreadsheet ({1})"},
    E{Id::DataFileNoSheet, "{0}: bảng tính không có trang nào",
      "{0}: the spreadsheet has no sheet"},
    E{Id::DataNoHeaderRow, "{0}: {1}: không có dòng tiêu đề với các cột key và value (key | label | value | unit | period | source, hoặc ma | chi_tieu | gia_tri | don_vi | ky | nguon)",
      "{0}: {1}: no header row with the columns key and value (key | label | value | unit | period | source, or ma | chi_tieu | gia_tri | don_vi | ky | nguon)"},
    E{Id::DataRowWithoutKey, "{0}: {1}: dòng có giá trị nhưng không có mã (key)",
      "{0}: {1}: a row with a value but no key"},
    E{Id::DataDuplicateKey, "{0}: {1}: mã \"{2}\" bị trùng (lần đầu ở {3})",
      "{0}: {1}: duplicate key \"{2}\" (first at {3})"},
    E{Id::DataNotUtf8, "{0}:{1}: không phải văn bản UTF-8",
      "{0}:{1}: not UTF-8 text"},
    E{Id::DataLooksVni, "{0}:{1}: không phải văn bản UTF-8 (có vẻ được xuất theo mã VNI-Windows: hãy chuyển sang Unicode, ví dụ bằng Unikey)",
      "{0}:{1}: not UTF-8 text (it looks like a VNI-Windows export: convert it to Unicode, e.g. with Unikey)"},
    E{Id::DataLooksTcvn3, "{0}:{1}: không phải văn bản UTF-8 (có vẻ được xuất theo mã TCVN3/ABC: hãy chuyển sang Unicode, ví dụ bằng Unikey)",
      "{0}:{1}: not UTF-8 text (it looks like a TCVN3/ABC export: convert it to Unicode, e.g. with Unikey)"},
    E{Id::DataQuoteNotClosed, "{0}: có trường mở ngoặc kép mà không đóng",
      "{0}: a quoted field is not closed"},
    E{Id::FigureCellProblem, "{0}: {1} (số liệu {2})",
      "{0}: {1} (slot {2})"},
    E{Id::FigureNotANumber, "{0}: \"{1}\" không phải là số (số liệu {2})",
      "{0}: \"{1}\" is not a number (slot {2})"},
    E{Id::FigureNotWhole, "{0}: {1} cần là số nguyên",
      "{0}: expected a whole number for {1}"},
    E{Id::FigureUnsupportedType, "{0}: kiểu số liệu không được hỗ trợ",
      "{0}: unsupported figure type"},
    E{Id::FigureNoRow, "{0}: không có dòng cho {1}",
      "{0}: no row for {1}"},
    E{Id::FigureCellNotANumber, "{0}: \"{1}\" không phải là số ({2})",
      "{0}: \"{1}\" is not a number ({2})"},
    E{Id::FigureDependsOnItself, "công thức của {0} phụ thuộc vào chính nó",
      "the formula of {0} depends on itself"},
    E{Id::FigureSlotsDamaged, "{0}: các ô số liệu lưu trong tài liệu bị hỏng: {1}",
      "{0}: the figure slots the document keeps are damaged: {1}"},
    // Formulas (core/figures/expression.hpp)
    E{Id::FormulaAtColumn, "cột {0}: {1}",
      "column {0}: {1}"},
    E{Id::FormulaUnexpected, "không mong đợi {0}",
      "unexpected {0}"},
    E{Id::FormulaEnd, "hết công thức",
      "end of formula"},
    E{Id::FormulaNonAscii, "một ký tự ngoài ASCII",
      "a non-ASCII character"},
    E{Id::FormulaTooDeep, "công thức lồng nhau quá sâu",
      "the formula nests too deeply"},
    E{Id::FormulaNotANumber, "\"{0}\" không phải là số (viết phần thập phân bằng dấu chấm: 6947.51)",
      "\"{0}\" is not a number (write decimals with a point: 6947.51)"},
    E{Id::FormulaExpectedParen, "cần ')' nhưng gặp {0}",
      "expected ')' but found {0}"},
    E{Id::FormulaExpectedOperand, "cần một mã số liệu, một số hoặc '(' nhưng gặp {0}",
      "expected a figure key, a number or '(' but found {0}"},
    E{Id::FormulaExpectedOperandAfter, "cần một mã số liệu, một số hoặc '(' sau '{0}' nhưng gặp {1}",
      "expected a figure key, a number or '(' after '{0}' but found {1}"},
    E{Id::FormulaNoValue, "không có giá trị cho {0}",
      "no value for {0}"},
    E{Id::FormulaDivisionByZero, "chia cho 0",
      "division by zero"},
    E{Id::FormulaNotFinite, "kết quả không phải là một số hữu hạn",
      "the result is not a finite number"},
    E{Id::FormulaTooLong, "công thức quá dài: tối đa {0} phép tính",
      "the formula is too long: at most {0} operators"},
    E{Id::FormulaNumberTooLarge, "\"{0}\" là số quá lớn",
      "\"{0}\" is too large a number"},
    E{Id::FormulaControlCharacter, "ký tự điều khiển {0}",
      "character {0}"},
    // JSON files: answers, agency profile, templates
    E{Id::JsonInvalid, "{0}: JSON không hợp lệ: {1}",
      "{0}: not valid JSON: {1}"},
    E{Id::JsonSyntax, "lỗi cú pháp JSON: {0}",
      "JSON syntax error: {0}"},
    E{Id::JsonUnexpected, "lỗi cú pháp JSON: không mong đợi {0}",
      "JSON syntax error: unexpected {0}"},
    E{Id::JsonAfterEnd, "lỗi cú pháp JSON: không mong đợi {0} sau khi giá trị JSON đã kết thúc",
      "JSON syntax error: unexpected {0} after the end of the JSON value"},
    E{Id::JsonIncomplete, "lỗi cú pháp JSON: văn bản kết thúc trước giá trị JSON",
      "JSON syntax error: the text ends before the JSON value does"},
    E{Id::JsonErrorAt, "lỗi cú pháp JSON: {0} ở {1}",
      "JSON syntax error: {0} at {1}"},
    E{Id::JsonEndOfText, "cuối văn bản",
      "the end of the text"},
    E{Id::JsonCharacter, "ký tự U+00{0}",
      "character U+00{0}"},
    E{Id::AnswersNotObject, "{0}: cần một đối tượng JSON",
      "{0}: expected a JSON object"},
    E{Id::AnswersExpectedString, "{0}: {1}: cần một chuỗi",
      "{0}: {1}: expected a string"},
    E{Id::AnswersInputsNotObject, "{0}: inputs: cần một đối tượng ánh xạ mã đầu vào sang văn bản",
      "{0}: inputs: expected an object of input id to text"},
    E{Id::AnswersOmitNotArray, "{0}: omit: cần một mảng mã mục",
      "{0}: omit: expected an array of section ids"},
    E{Id::AnswersOmitNotStrings, "{0}: omit: mã mục phải là chuỗi",
      "{0}: omit: expected section ids as strings"},
    E{Id::AnswersUnknownField, "{0}: trường không xác định \"{1}\"",
      "{0}: unknown field \"{1}\""},
    E{Id::AnswersInputRequired, "{0}: inputs.{1}: bắt buộc ({2})",
      "{0}: inputs.{1}: required ({2})"},
    E{Id::AnswersNoSuchInput, "{0}: inputs.{1}: mẫu \"{2}\" không có đầu vào này",
      "{0}: inputs.{1}: the template \"{2}\" has no such input"},
    E{Id::AnswersNoSuchSection, "{0}: omit: mẫu \"{2}\" không có mục \"{1}\"",
      "{0}: omit: no section \"{1}\" in template \"{2}\""},
    E{Id::AnswersSectionRequired, "{0}: omit: mục {1} \"{2}\" là bắt buộc",
      "{0}: omit: section {1} \"{2}\" is required"},
    E{Id::WizardDocumentDate, "Ngày văn bản: {0}",
      "Document date: {0}"},
    E{Id::ProfileNotObject, "{0}: cần một đối tượng JSON gồm các trường thông tin cơ quan",
      "{0}: expected a JSON object of profile fields"},
    E{Id::ProfileUnknownField, "{0}: trường thông tin cơ quan không xác định \"{1}\"",
      "{0}: unknown profile field \"{1}\""},
    E{Id::ProfileFieldNotString, "{0}: trường \"{1}\" phải là một chuỗi",
      "{0}: field \"{1}\" must be a string"},
    E{Id::ProfileFieldNotUtf8, "{0}: trường \"{1}\" không phải UTF-8",
      "{0}: field \"{1}\" is not UTF-8"},
    // Templates (core/templates/report_template.hpp, template_catalog.hpp)
    E{Id::TemplateUnreadable, "{0}: không đọc được",
      "{0}: cannot be read"},
    E{Id::TemplateReadError, "{0}: lỗi khi đọc",
      "{0}: read error"},
    E{Id::TemplatesFolderMissing, "{0}: không tìm thấy thư mục mẫu",
      "{0}: templates folder not found"},
    E{Id::TemplateDuplicateField, "trường bị trùng (lần đầu ở {0})",
      "duplicate field (first at {0})"},
    E{Id::TemplateBadId, "mã mẫu \"{0}\" phải có dạng [a-z0-9][a-z0-9.-]*",
      "template id \"{0}\" must match [a-z0-9][a-z0-9.-]*"},
    E{Id::TemplateUnknownFormulaKey, "mã số liệu không xác định \"{0}\" (công thức chỉ đọc số liệu của mẫu này)",
      "unknown figure key \"{0}\" (formulas read figures of this template)"},
    E{Id::TemplateFormulaCycle, "công thức của \"{0}\" phụ thuộc vào chính nó",
      "the formula of \"{0}\" depends on itself"},
    E{Id::TemplateUnknownField, "trường không xác định (các trường có: {0})",
      "unknown field (known: {0})"},
    E{Id::TemplateMissingField, "thiếu trường bắt buộc",
      "required field is missing"},
    E{Id::TemplateNotObject, "{0} phải là một đối tượng, không phải {1}",
      "{0} must be an object, not {1}"},
    E{Id::TemplateSchema, "không hỗ trợ schema {0}: phiên bản này đọc schema {1}",
      "unsupported schema {0}: this version reads schema {1}"},
    E{Id::TemplateNotString, "phải là một chuỗi, không phải {0}",
      "must be a string, not {0}"},
    E{Id::TemplateEmpty, "không được để trống",
      "must not be empty"},
    E{Id::TemplateNotBool, "phải là true hoặc false, không phải {0}",
      "must be true or false, not {0}"},
    E{Id::TemplateNotInRange, "phải là một số nguyên từ {0} đến {1}, không phải {2}",
      "must be an integer from {0} to {1}, not {2}"},
    E{Id::TemplateNotArray, "phải là một mảng, không phải {0}",
      "must be an array, not {0}"},
    E{Id::TemplateNotOneOf, "\"{0}\" không thuộc {1}",
      "\"{0}\" is not one of {1}"},
    E{Id::TemplateBadInputId, "mã đầu vào \"{0}\" phải có dạng [a-z][a-z0-9_]*",
      "input id \"{0}\" must match [a-z][a-z0-9_]*"},
    E{Id::TemplateBuiltinInput, "{{0}} là tham chiếu có sẵn; không cần khai báo đầu vào",
      "{{0}} is built in; it needs no input"},
    E{Id::TemplateDuplicateInput, "mã đầu vào \"{0}\" bị trùng (lần đầu ở {1})",
      "duplicate input id \"{0}\" (first at {1})"},
    E{Id::TemplateNoSections, "mẫu cần ít nhất một mục",
      "a template needs at least one section"},
    E{Id::TemplateBadSectionId, "mã mục \"{0}\" phải có dạng [a-z0-9][a-z0-9.-]*",
      "section id \"{0}\" must match [a-z0-9][a-z0-9.-]*"},
    E{Id::TemplateDuplicateSection, "mã mục \"{0}\" bị trùng (lần đầu ở {1})",
      "duplicate section id \"{0}\" (first at {1})"},
    E{Id::TemplateSameBookmark, "mã mục \"{0}\" có cùng dấu trang với \"{1}\" (ở {2}): dấu trang viết '.' và '-' thành '_'",
      "section id \"{0}\" has the same bookmark as \"{1}\" (at {2}): bookmarks write '.' and '-' as '_'"},
    E{Id::TemplateTooDeep, "các mục lồng nhau tối đa {0} cấp (I, 1, a); các mục con này sẽ sâu thêm một cấp",
      "sections nest at most {0} levels (I, 1, a); these children would be a level deeper"},
    E{Id::TemplateBadFigureKey, "mã số liệu \"{0}\" phải có dạng [a-z][a-z0-9_]*",
      "figure key \"{0}\" must match [a-z][a-z0-9_]*"},
    E{Id::TemplateDuplicateFigure, "mã số liệu \"{0}\" bị trùng (lần đầu ở {1})",
      "duplicate figure key \"{0}\" (first at {1})"},
    E{Id::TemplateDecimals, "chỉ số liệu kiểu decimal và percent mới có decimals",
      "only decimal and percent figures have decimals"},
    E{Id::TemplateMinDigits, "chỉ số liệu kiểu integer mới có minDigits",
      "only integer figures have minDigits"},
    E{Id::TemplatePercentUnit, "số liệu kiểu percent không có đơn vị: dấu % đã bao hàm",
      "a percent figure has no unit: the % sign is implied"},
    E{Id::TemplateDateStyle, "chỉ số liệu kiểu date mới có dateStyle",
      "only date figures have a dateStyle"},
    E{Id::TemplateComputedType, "chỉ số liệu kiểu integer, decimal và percent mới tính được bằng công thức",
      "only integer, decimal and percent figures can be computed"},
    E{Id::TemplatePattern, "mẫu câu đánh dấu số liệu bằng đúng một {}: \"có {} hộ\"",
      "a pattern marks the figure with exactly one {}: \"có {} hộ\""},
    E{Id::TemplateAuthority, "\"{0}\" không thuộc \"\", \"TM.\", \"KT.\", \"Q.\", \"TL.\", \"TUQ.\"",
      "\"{0}\" is not one of \"\", \"TM.\", \"KT.\", \"Q.\", \"TL.\", \"TUQ.\""},
    E{Id::TemplateCloseWithoutOpen, "'}' không có '{' đi trước: tham chiếu viết dạng {tên}",
      "'}' without '{': references are written {name}"},
    E{Id::TemplateOpenWithoutClose, "'{' không có '}' đi sau: tham chiếu viết dạng {tên}",
      "'{' without '}': references are written {name}"},
    E{Id::TemplateBadReference, "tham chiếu sai {{0}}: tên có dạng [a-z][a-z0-9_]*",
      "bad reference {{0}}: a name matches [a-z][a-z0-9_]*"},
    E{Id::TemplateUnknownReference, "tham chiếu không xác định {{0}}: các đầu vào là {1}; các tham chiếu có sẵn là {2}",
      "unknown reference {{0}}: the inputs are {1}; the built-ins are {2}"},
    E{Id::TemplateNotUtf8, "không phải UTF-8 hợp lệ: byte {0} ở vị trí byte {1} (hãy lưu tệp dạng UTF-8)",
      "not valid UTF-8: byte {0} at byte offset {1} (save the file as UTF-8)"},
    E{Id::KindNull, "giá trị null",
      "null"},
    E{Id::KindBool, "một giá trị đúng/sai",
      "a boolean"},
    E{Id::KindNumber, "một số",
      "a number"},
    E{Id::KindString, "một chuỗi",
      "a string"},
    E{Id::KindArray, "một mảng",
      "an array"},
    E{Id::KindObject, "một đối tượng",
      "an object"},
    E{Id::KindValue, "một giá trị",
      "a value"},
    E{Id::NoneOf, "không có",
      "none"},
    E{Id::WhatTemplate, "mẫu",
      "a template"},
    E{Id::WhatInput, "một đầu vào",
      "an input"},
    E{Id::WhatSection, "một mục",
      "a section"},
    E{Id::WhatFigure, "một số liệu",
      "a figure"},
    E{Id::WhatSignature, "phần ký",
      "the signature"},
    E{Id::WhatRecipients, "phần nơi nhận",
      "the recipients"},
    // Dialogs: the texts the code writes into them (their controls' own labels are in dialogs/*.properties)
    E{Id::WizardTitle, "Chèn khung báo cáo",
      "Insert report skeleton"},
    E{Id::WizardPageTemplate, "Mẫu báo cáo",
      "Template"},
    E{Id::WizardPageDocument, "Văn bản",
      "Document"},
    E{Id::WizardPageRequest, "Công văn yêu cầu",
      "Request letter"},
    E{Id::WizardPageSections, "Các mục",
      "Sections"},
    E{Id::WizardPageData, "Tệp số liệu",
      "Data file"},
    E{Id::WizardPageSummary, "Tóm tắt",
      "Summary"},
    E{Id::WizardUnavailable, "không dùng được",
      "unavailable"},
    E{Id::WizardRequired, "Các mục bắt buộc luôn được chèn:",
      "Required sections are always inserted:"},
    E{Id::WizardNoOptional, "Mẫu này không có mục tùy chọn.",
      "This template has no optional sections."},
    E{Id::WizardSummaryTemplate, "Mẫu",
      "Template"},
    E{Id::WizardSummaryNumber, "Số",
      "Number"},
    E{Id::WizardSummaryDate, "Ngày",
      "Date"},
    E{Id::WizardSummarySections, "Số mục",
      "Sections"},
    E{Id::WizardSummaryOmitted, "Bỏ qua",
      "Left out"},
    E{Id::WizardSummaryData, "Tệp số liệu",
      "Data file"},
    E{Id::WizardNone, "(không)",
      "(none)"},
    E{Id::WizardBadDate, "Ngày không hợp lệ: “{0}”. Ghi ngày theo dạng ngày/tháng/năm (ví dụ 07/5/2025), là một ngày có thật.",
      "Not a valid date: “{0}”. Write the date as day/month/year (for example 07/5/2025), a day that exists."},
    E{Id::WizardNoTemplates, "Không đọc được thư mục mẫu báo cáo:",
      "A templates folder could not be read:"},
    E{Id::FindingsReady, "Sẵn sàng gửi: không còn lỗi. {0}",
      "Ready to submit: no errors remain. {0}"},
    E{Id::FindingsNotReady, "Còn {0} lỗi cần sửa trước khi gửi.",
      "{0} errors to fix before submitting."},
    E{Id::FindingsCounts, "{0} lỗi, {1} cảnh báo, {2} lưu ý.",
      "{0} errors, {1} warnings, {2} notes."},
    E{Id::FindingsTemplate, "Mẫu: {0}.",
      "Template: {0}."},
    E{Id::FindingsNoTemplate, "Không nhận ra mẫu báo cáo: chỉ kiểm tra thể thức và chữ.",
      "No report template recognised: layout and text checked only."},
    E{Id::FindingsTracked, "Văn bản có thay đổi được theo dõi: kiểm tra như khi in.",
      "The document has tracked changes: checked as it would print."},
    E{Id::FindingsError, "Lỗi",
      "Error"},
    E{Id::FindingsWarning, "Cảnh báo",
      "Warning"},
    E{Id::FindingsInfo, "Lưu ý",
      "Note"},
    E{Id::PreviewFile, "Tệp số liệu: {0}",
      "Data file: {0}"},
    E{Id::PreviewSummary, "{0} số liệu sẽ thay đổi, {1} giữ nguyên, {2} không có trong tệp số liệu.",
      "{0} figures will change, {1} stay as they are, {2} are not in the data file."},
    E{Id::PreviewNothing, "Số liệu trong tài liệu đã khớp với tệp số liệu.",
      "The figures already match the data file."},
    // A template from a đề cương (core/templates/outline_import.hpp)
    E{Id::OutlineNone,
      "{0}: không tìm thấy đề cương: cần ít nhất hai đề mục đánh số ở đầu đoạn, gõ tay hoặc đánh số tự động "
      "(“Phần I”, “PHẦN THỨ NHẤT”, “A.”, “I.”, “1.”, “1.1.”, “a)”). Không có mẫu nào được tạo.",
      "{0}: no outline found: at least two numbered headings were looked for at the start of paragraphs, typed or "
      "by automatic numbering (“Phần I”, “PHẦN THỨ NHẤT”, “A.”, “I.”, “1.”, “1.1.”, “a)”). No template was made."},
    E{Id::OutlineBadId, "“{0}” không dùng được làm mã mẫu: chỉ chữ thường không dấu, chữ số, “.” và “-”, bắt đầu bằng chữ hoặc số.",
      "“{0}” cannot be a template id: lower-case ASCII letters, digits, “.” and “-” only, starting with a letter or digit."},
    E{Id::OutlineSummary, "Mẫu “{0}”: {1} đề mục, {2} dòng hướng dẫn, {3} chỗ trống “……”, {4} ô “□”; {5} dòng không dùng hoặc cần xem lại.",
      "Template “{0}”: {1} sections, {2} guidance lines, {3} leaders “……”, {4} check boxes “□”; {5} lines not used or to review."},
    E{Id::OutlineNotesHeader, "Cần xem lại:",
      "To review:"},
    E{Id::OutlineNoteUnused, "đoạn {0}: không dùng (ngoài các đề mục): “{1}”",
      "paragraph {0}: not used (outside the headings): “{1}”"},
    E{Id::OutlineNoteTable, "đoạn {0}: bảng {1} chưa được chuyển vào mẫu (phụ lục, biểu mẫu): “{2}”",
      "paragraph {0}: a {1} table not taken into the template (annex, form): “{2}”"},
    E{Id::OutlineNoteTooDeep, "đoạn {0}: đề mục cấp {1} được giữ làm hướng dẫn của mục trên (mẫu có tối đa 3 cấp): “{2}”",
      "paragraph {0}: a level {1} heading kept as guidance of the section above (templates have at most 3 levels): “{2}”"},
    E{Id::OutlineNoteBold, "đoạn {0}: dòng in đậm không đánh số, được giữ làm hướng dẫn; nếu là đề mục, hãy đánh số: “{1}”",
      "paragraph {0}: a bold line without a number, kept as guidance; if it is a heading, number it: “{1}”"},
    E{Id::OutlineNoteNumber, "đoạn {0}: số của đề mục không nối tiếp “{2}” ở cùng cấp: “{1}”",
      "paragraph {0}: the heading's number does not follow “{2}” at its level: “{1}”"},
    E{Id::OutlineCommandTitle, "Tạo mẫu từ đề cương",
      "Make a template from the outline"},
    E{Id::OutlineSaved, "Đã lưu mẫu vào {0}. Lệnh Chèn khung báo cáo và Kiểm tra báo cáo dùng được mẫu này ngay.",
      "The template was saved to {0}. Insert report skeleton and Check report can use it at once."},
    E{Id::OutlineReplace, "Đã có mẫu {0}. Thay bằng mẫu mới tạo từ đề cương này?",
      "The template {0} exists already. Replace it with the one made from this outline?"},
    E{Id::OutlineNotReplaced, "Mẫu {0} được giữ nguyên; không lưu mẫu mới.",
      "The template {0} was kept; the new one was not saved."},
    // The command line (src/cli)
    E{Id::CliUsage,
      "cách dùng: baocao <lệnh> [tùy chọn]\n"
      "\n"
      "các lệnh:\n"
      "  header -o OUT [-o OUT…] [--profile FILE.json] [--date YYYY-MM-DD] [--number N] [--type CODE]\n"
      "        tạo văn bản mới có phần tiêu đề theo Nghị định 30; OUT có đuôi .odt, .docx hoặc .pdf\n"
      "  new --template ID|FILE.json --answers FILE.json -o OUT [-o OUT…] [--profile FILE.json] [--data FILE]\n"
      "        tạo khung báo cáo theo mẫu, điền các câu trả lời (và số liệu của tệp số liệu; tệp số liệu\n"
      "        không đọc được thì số liệu được đánh dấu trong văn bản và mã thoát là 1)\n"
      "  fill DOC [--data FILE] [-o OUT…]\n"
      "        cập nhật số liệu của báo cáo từ tệp số liệu (.ods, .xlsx, .xls, .csv; mặc định: tệp của lần\n"
      "        cập nhật trước); không có -o thì ghi đè DOC. Số liệu tệp không có được đánh dấu trong văn bản,\n"
      "        liệt kê ra, và mã thoát là 2\n"
      "  validate [--template ID|FILE.json] [--data FILE] [--layout] [--electronic] [--format text|json] FILE…\n"
      "        kiểm tra văn bản (.odt, .docx, .doc) trước khi gửi: loại văn bản, bố cục, thể thức Nghị định 30, số liệu\n"
      "        (so với FILE, nếu không thì với tệp số liệu của lần cập nhật trước nếu đọc được), ngày tháng, chữ tiếng\n"
      "        Việt; với --layout, dàn trang từng báo cáo để kiểm tra cả đề mục cuối trang và phần ký tên bị tách trang.\n"
      "        --electronic: văn bản điện tử, số và ngày để trống cho hệ thống cấp.\n"
      "        Mã thoát 0: không có lỗi; 1: có lỗi; 2: có tệp không đọc được, hoặc dùng sai lệnh\n"
      "  figures [--template ID] [--format text|json|csv] DOC\n"
      "        in số liệu của báo cáo (mã, chỉ tiêu, giá trị, đơn vị, nơi tìm thấy) cùng đơn vị báo cáo, số và ngày\n"
      "  collect [--template ID] [--jobs N] -o TỔNG-HỢP.ods|.xlsx|.csv FILE|THƯ-MỤC…\n"
      "        kiểm tra và tổng hợp các báo cáo nhận được thành một bảng: mỗi báo cáo một dòng, mỗi chỉ tiêu một\n"
      "        cột, dòng tổng cộng (tỷ lệ tính lại từ tổng), trang Lỗi và Nguồn (SHA-256); N tiến trình LibreOffice\n"
      "  export DOC -o THƯ-MỤC [--force] [--overwrite] [--no-pdfa] [--sign TÊN] [--cert-db DIR] [--data FILE]\n"
      "        kiểm tra rồi xuất bộ hồ sơ gửi đi vào THƯ-MỤC/<số>_<ngày>: PDF/A-2b (ký số với --sign), .docx, số liệu\n"
      "        .xlsx và .csv; biên bản kiểm tra ghi vào thuộc tính văn bản và từ khóa của PDF. Còn lỗi thì dừng,\n"
      "        trừ khi có --force (biên bản ghi lại). validate in biên bản của một PDF hoặc .docx đã xuất\n"
      "  templates [--format text|json]\n"
      "        liệt kê các mẫu tìm thấy, và các mẫu không nạp được cùng lỗi của chúng\n"
      "  template-from FILE [-o TEMPLATE.json] [--id ID] [--force]\n"
      "        tạo mẫu báo cáo từ đề cương cấp trên gửi (.docx, .doc, .odt, .txt): các đề mục đánh số thành các\n"
      "        mục của mẫu, các dòng dưới đề mục thành lời hướng dẫn; liệt kê các dòng không dùng. Mặc định ghi\n"
      "        ID.json; không ghi đè tệp đã có nếu không có --force\n"
      "  (--templates DIR thêm một thư mục mẫu; mặc định: $BAOCAO_TEMPLATES hoặc thư mục có sẵn)\n"
      "  version\n"
      "\n"
      "tùy chọn của mọi lệnh:\n"
      "  --lang vi|en               ngôn ngữ baocao dùng để thông báo (mặc định: theo $LANG)\n"
      "  --connect UNO-CONNECTION   dùng một LibreOffice đang chạy, ví dụ socket,host=127.0.0.1,port=2002\n"
      "  --office-profile DIR       hồ sơ người dùng cho LibreOffice mà baocao khởi động (mặc định: một hồ sơ tạm mới)\n",
      "usage: baocao <command> [options]\n"
      "\n"
      "commands:\n"
      "  header -o OUT [-o OUT…] [--profile FILE.json] [--date YYYY-MM-DD] [--number N] [--type CODE]\n"
      "        write a new document holding the Decree 30 header; OUT ends in .odt, .docx or .pdf\n"
      "  new --template ID|FILE.json --answers FILE.json -o OUT [-o OUT…] [--profile FILE.json] [--data FILE]\n"
      "        write the report skeleton of a template, filled with the answers (and the figures of the data file;\n"
      "        a data file that cannot be read leaves the figures marked, and the exit code is 1)\n"
      "  fill DOC [--data FILE] [-o OUT…]\n"
      "        refresh the figures of a report from the data file (.ods, .xlsx, .xls, .csv; default: the one of\n"
      "        its last fill); without -o, DOC is updated in place. Figures the file lacks are marked in the\n"
      "        text, listed, and the exit code is 2\n"
      "  validate [--template ID|FILE.json] [--data FILE] [--layout] [--electronic] [--format text|json] FILE…\n"
      "        check documents (.odt, .docx, .doc) before submission: document type, structure, Decree 30 layout,\n"
      "        figures (against FILE, else the data file of each report's last fill when it can be read), dates,\n"
      "        Vietnamese text; with --layout, each report is laid out into pages to check for headings at a page's\n"
      "        foot and a signature block split over two pages too. --electronic: an electronic document, number and\n"
      "        date left for the system to assign.\n"
      "        Exit 0: no errors; 1: errors found; 2: a file could not be read, or bad usage\n"
      "  figures [--template ID] [--format text|json|csv] DOC\n"
      "        print a report's figures (key, label, value, unit, where found) with its unit, number and date\n"
      "  collect [--template ID] [--jobs N] -o SUMMARY.ods|.xlsx|.csv FILE|FOLDER…\n"
      "        check received reports and add them up into one table: a row per report, a column per figure, the\n"
      "        totals (shares recomputed from the sums), sheets of findings and sources (SHA-256); N offices at once\n"
      "  export DOC -o FOLDER [--force] [--overwrite] [--no-pdfa] [--sign NAME] [--cert-db DIR] [--data FILE]\n"
      "        check, then write the submission package into FOLDER/<number>_<date>: PDF/A-2b (signed with --sign),\n"
      "        .docx, the figures as .xlsx and .csv; the check record goes into the document's properties and the\n"
      "        PDF's keywords. Errors left stop it unless --force (the record says so). validate prints the record\n"
      "        of an exported PDF or .docx\n"
      "  templates [--format text|json]\n"
      "        list the templates found, and the ones that fail to load with their error\n"
      "  template-from FILE [-o TEMPLATE.json] [--id ID] [--force]\n"
      "        make a report template from the đề cương (outline) a superior sent (.docx, .doc, .odt, .txt): its\n"
      "        numbered headings become the template's sections, the lines under them their guidance; the lines\n"
      "        not used are listed. Writes ID.json by default; never replaces an existing file without --force\n"
      "  (--templates DIR adds a templates folder; default: $BAOCAO_TEMPLATES or the built-in folder)\n"
      "  version\n"
      "\n"
      "options of any command:\n"
      "  --lang vi|en               the language of what baocao says (default: from $LANG)\n"
      "  --connect UNO-CONNECTION   use a running office, e.g. socket,host=127.0.0.1,port=2002\n"
      "  --office-profile DIR       user profile for the office baocao starts (default: a fresh temporary one)\n"},
    E{Id::CliNoCommand, "chưa có lệnh",
      "no command given"},
    E{Id::CliNeedsValue, "{0} cần một giá trị",
      "{0} needs a value"},
    E{Id::CliUnknownOption, "tùy chọn không xác định {0}",
      "unknown option {0}"},
    E{Id::CliUnknownCommand, "lệnh không xác định {0}",
      "unknown command {0}"},
    E{Id::CliLang, "--lang phải là vi hoặc en",
      "--lang must be vi or en"},
    E{Id::CliFormat, "--format phải là text hoặc json",
      "--format must be text or json"},
    E{Id::CliOutputType, "{0}: không ghi được loại tệp này (dùng .odt, .docx hoặc .pdf)",
      "{0}: unsupported output type (use .odt, .docx or .pdf)"},
    E{Id::CliCannotReadProfile, "{0}: không đọc được tệp thông tin cơ quan",
      "{0}: cannot read the profile file"},
    E{Id::CliCannotReadAnswers, "{0}: không đọc được tệp câu trả lời",
      "{0}: cannot read the answers file"},
    E{Id::CliNeedsOutput, "lệnh {0} cần ít nhất một -o OUT",
      "{0} needs at least one -o OUT"},
    E{Id::CliNeedsAnswers, "lệnh new cần --answers FILE.json",
      "new needs --answers FILE.json"},
    E{Id::CliNoTemplate, "chưa có mẫu: hãy cho --template ID hoặc \"template\" trong tệp câu trả lời",
      "no template: give --template ID or \"template\" in the answers file"},
    E{Id::CliFillOneDocument, "lệnh fill cần đúng một DOC",
      "fill needs exactly one DOC"},
    E{Id::CliNoSuchDocument, "{0}: không có tài liệu này",
      "{0}: no such document"},
    E{Id::CliNotOpenable, "{0}: không phải văn bản LibreOffice mở được",
      "{0}: not a text document LibreOffice can open"},
    E{Id::CliFiguresChanged, "đã thay đổi {0} số liệu từ {1}",
      "{0} figure(s) changed from {1}"},
    E{Id::CliWrote, "đã ghi {0}",
      "wrote {0}"},
    E{Id::CliValidateNeedsFile, "lệnh validate cần ít nhất một FILE",
      "validate needs at least one FILE"},
    E{Id::CliNoSuchFile, "không có tệp này",
      "no such file"},
    E{Id::CliPasswordProtected, "có mật khẩu bảo vệ; hãy xin người gửi một bản không đặt mật khẩu",
      "protected by a password; ask the sender for an unprotected copy"},
    E{Id::CliCannotOpen, "LibreOffice không mở được tệp này như một văn bản (bị hỏng, hoặc không phải báo cáo)",
      "LibreOffice cannot open it as a text document (damaged, or not a report)"},
    E{Id::CliDamaged, "bị hỏng: không phải tệp {0}",
      "damaged: not a {0} file"},
    E{Id::CliUnsupportedType, "loại tệp không được hỗ trợ (validate đọc .odt, .docx và .doc)",
      "unsupported file type (validate reads .odt, .docx and .doc)"},
    E{Id::CliNotText, "không phải văn bản",
      "not a text document"},
    E{Id::CliUnavailable, "không dùng được: {0}",
      "unavailable: {0}"},
    E{Id::CliOfficeFailed, "LibreOffice gặp lỗi: {0}",
      "LibreOffice failed: {0}"},
    E{Id::CliOfficeNoProfile, "không tạo được hồ sơ tạm cho LibreOffice",
      "cannot create a temporary office profile"},
    E{Id::CliOfficeForkFailed, "không khởi động được LibreOffice (fork thất bại)",
      "cannot start LibreOffice (fork failed)"},
    E{Id::CliOfficeExited, "LibreOffice thoát trong khi khởi động ({0})",
      "LibreOffice exited while starting ({0})"},
    E{Id::CliOfficeNoAnswer, "không có LibreOffice nào trả lời trên {0} trong {1} giây ({2})",
      "no LibreOffice answered on {0} within {1} s ({2})"},
    E{Id::CollectSheetSummary, "Tổng hợp",
      "Summary"},
    E{Id::CollectSheetFindings, "Lỗi",
      "Findings"},
    E{Id::CollectSheetSources, "Nguồn",
      "Sources"},
    E{Id::CollectColumnNo, "STT",
      "No."},
    E{Id::CollectColumnUnit, "Đơn vị báo cáo",
      "Reporting unit"},
    E{Id::CollectColumnNumber, "Số, ký hiệu",
      "Number"},
    E{Id::CollectColumnDate, "Ngày",
      "Date"},
    E{Id::CollectColumnFile, "Tệp",
      "File"},
    E{Id::CollectColumnTemplate, "Mẫu",
      "Template"},
    E{Id::CollectColumnErrors, "Lỗi",
      "Errors"},
    E{Id::CollectColumnWarnings, "Cảnh báo",
      "Warnings"},
    E{Id::CollectColumnStatus, "Tình trạng",
      "Status"},
    E{Id::CollectColumnRule, "Mã quy tắc",
      "Rule"},
    E{Id::CollectColumnSeverity, "Mức độ",
      "Severity"},
    E{Id::CollectColumnMessage, "Nội dung",
      "Message"},
    E{Id::CollectColumnSection, "Mục",
      "Section"},
    E{Id::CollectColumnParagraph, "Đoạn",
      "Paragraph"},
    E{Id::CollectTotal, "Tổng cộng",
      "Total"},
    E{Id::CollectCounted, "cộng {0}/{1} báo cáo",
      "{0} of {1} reports added up"},
    E{Id::CollectStatusValid, "hợp lệ",
      "valid"},
    E{Id::CollectStatusErrors, "có lỗi (số liệu vẫn được cộng)",
      "has errors (its figures are added up)"},
    E{Id::CollectStatusFigureErrors, "lỗi số liệu: không cộng vào tổng",
      "figure errors: left out of the totals"},
    E{Id::CollectStatusUnreadable, "không đọc được ({0}): không cộng vào tổng",
      "cannot be read ({0}): left out of the totals"},
    E{Id::CollectStatusDuplicate, "cùng đơn vị với {0}: không cộng vào tổng",
      "the same unit as {0}: left out of the totals"},
    E{Id::CollectSummary, "{0} báo cáo: {1} được cộng vào tổng, {2} không cộng",
      "{0} reports: {1} added up, {2} left out"},
    E{Id::CollectNeedsFiles, "collect cần ít nhất một tệp hoặc thư mục báo cáo",
      "collect needs at least one report file or folder"},
    E{Id::CollectNeedsOutput, "collect cần -o TỆP.ods, .xlsx hoặc .csv",
      "collect needs -o FILE.ods, .xlsx or .csv"},
    E{Id::CollectOutputType, "{0}: tệp kết quả phải có đuôi .ods, .xlsx hoặc .csv",
      "{0}: the output must end in .ods, .xlsx or .csv"},
    E{Id::CollectJobs, "--jobs phải là một số từ 1 đến 32",
      "--jobs must be a number from 1 to 32"},
    E{Id::CollectNoReports, "không tìm thấy báo cáo nào (.odt, .docx, .doc, .fodt, .rtf) trong {0}",
      "no report (.odt, .docx, .doc, .fodt, .rtf) found in {0}"},
    E{Id::CollectProgress, "{0}/{1} báo cáo, {2}/giây, còn khoảng {3} giây",
      "{0}/{1} reports, {2}/s, about {3} s left"},
    E{Id::CollectOfficeRestarted, "{0}: LibreOffice ngừng khi đọc tệp này; đã khởi động lại và thử lại một lần",
      "{0}: LibreOffice stopped while reading it; restarted and tried once more"},
    E{Id::FiguresNone, "{0}: báo cáo không có số liệu nào baocao nhận ra (trường số liệu hoặc câu mẫu của mẫu báo cáo)",
      "{0}: the report states no figure baocao recognises (figure fields or the template's sentence patterns)"},
    E{Id::TemplateAggregate, "chỉ số nguyên và số thập phân mới cộng được; tỷ lệ dùng min, max hoặc none; số liệu có công thức được tính lại từ tổng",
      "only integers and decimals can be summed; a percent takes min, max or none; a figure with a formula is computed from the totals"},
    E{Id::CliTemplateFromOneFile, "lệnh template-from cần đúng một tệp đề cương và nhiều nhất một -o",
      "template-from needs exactly one outline file and at most one -o"},
    E{Id::CliOutputExists, "{0} đã có; dùng --force để ghi đè",
      "{0} exists already; use --force to replace it"},
    E{Id::CliCannotWrite, "{0}: không ghi được tệp",
      "{0}: cannot write the file"},
    // The submission package (core/jobs/export.hpp, baocao export, Báo cáo › Xuất gửi đi…)
    E{Id::ExportRecordHeader, "Biên bản kiểm tra (baocao {0}):",
      "Check record (baocao {0}):"},
    E{Id::ExportRecordTemplate, "mẫu báo cáo: {0}",
      "template: {0}"},
    E{Id::ExportRecordRules, "bộ quy tắc: {0}",
      "rule set: {0}"},
    E{Id::ExportRecordErrors, "lỗi: {0}",
      "errors: {0}"},
    E{Id::ExportRecordWarnings, "cảnh báo: {0}",
      "warnings: {0}"},
    E{Id::ExportRecordForced, "người soạn đã xác nhận gửi dù còn lỗi",
      "sent with errors left, as the clerk confirmed"},
    E{Id::ExportRecordData, "tệp số liệu: {0} (SHA-256 {1})",
      "data file: {0} (SHA-256 {1})"},
    E{Id::ExportRecordTime, "kiểm tra lúc: {0}",
      "checked at: {0}"},
    E{Id::ExportErrorsLeft, "Báo cáo còn {0} lỗi:",
      "The report still has {0} errors:"},
    E{Id::ExportUseForce, "chưa xuất gì; sửa các lỗi, hoặc dùng --force để vẫn xuất (biên bản kiểm tra ghi lại điều đó)",
      "nothing was written; fix the errors, or use --force to export anyway (the check record says so)"},
    E{Id::ExportNeedsOutput, "export cần đúng một văn bản và -o THƯ-MỤC",
      "export needs exactly one document and -o FOLDER"},
    E{Id::ExportTargetExists, "{0} đã có; dùng --overwrite để thay",
      "{0} exists already; use --overwrite to replace it"},
    E{Id::ExportWrote, "Đã xuất bộ hồ sơ gửi đi vào {0}",
      "The submission package was written to {0}"},
    E{Id::ExportCertificateNotFound, "không có chứng thư số nào tên {0} (có: {1})",
      "no certificate named {0} (there are: {1})"},
    E{Id::ExportCertificateExpired, "chứng thư số {0} đã hết hạn ngày {1}; không ký",
      "the certificate {0} expired on {1}; nothing was signed"},
    E{Id::ExportCertificateNoKey, "chứng thư số {0} không có khóa bí mật trên máy này; không ký",
      "the certificate {0} has no private key on this machine; nothing was signed"},
    E{Id::ExportNoCertificates, "không tìm thấy chứng thư số nào (kho chứng thư: {0})",
      "no certificate was found (certificate store: {0})"},
    E{Id::ExportSigned, "Đã ký bằng chứng thư số {0}",
      "Signed with the certificate {0}"},
    E{Id::ExportNoRecord, "tệp PDF không có biên bản kiểm tra của baocao (baocao export ghi biên bản vào PDF)",
      "the PDF holds no baocao check record (baocao export writes one into the PDF)"},
    E{Id::ExportConfirmForce, "Vẫn xuất gửi đi? Biên bản kiểm tra sẽ ghi là còn lỗi khi gửi.",
      "Export it anyway? The check record will say that errors were left."},
    E{Id::ExportReplace, "{0} đã có. Thay bằng bộ hồ sơ mới?",
      "{0} exists already. Replace it with the new package?"},
    E{Id::ExportDoNotSign, "(không ký số)",
      "(do not sign)"},
};
static_assert(std::size(kMessages) == static_cast<std::size_t>(MessageId::End), "one entry per message");

constexpr bool inOrder() {
  for (std::size_t i = 0; i < std::size(kMessages); ++i)
    if (kMessages[i].id != static_cast<MessageId>(i)) return false;
  return true;
}
static_assert(inOrder(), "entries in the enum's order: message() indexes the table");

}  // namespace

Language languageForLocale(std::string_view bcp47) {
  return bcp47.substr(0, 2) == "vi" ? Language::Vietnamese : Language::English;
}

std::string_view message(MessageId id, Language lang) {
  const auto i = static_cast<std::size_t>(id);
  if (i >= std::size(kMessages)) return "?";
  return lang == Language::Vietnamese ? kMessages[i].vi : kMessages[i].en;
}

std::string format(std::string_view templ, const std::vector<std::string>& args) {
  std::string out;
  for (std::size_t i = 0; i < templ.size(); ++i) {
    if (templ[i] == '{' && i + 2 < templ.size() && templ[i + 2] == '}' && templ[i + 1] >= '0' && templ[i + 1] <= '9') {
      const auto n = static_cast<std::size_t>(templ[i + 1] - '0');
      if (n < args.size()) {
        out += args[n];
        i += 2;
        continue;
      }
    }
    out += templ[i];
  }
  return out;
}

Message Message::verbatim(std::string_view text) {
  Message m;
  m.mVi = std::string(text);
  m.mEn = m.mVi;
  return m;
}

Message& Message::operator+=(const Message& more) {
  mVi += more.mVi;
  mEn += more.mEn;
  return *this;
}

Message say(MessageId id, const std::vector<MessageArg>& args) {
  std::vector<std::string> vi, en;
  vi.reserve(args.size());
  en.reserve(args.size());
  for (const auto& a : args) {
    vi.push_back(a.mVi);
    en.push_back(a.mEn);
  }
  Message m;
  m.mVi = format(message(id, Language::Vietnamese), vi);
  m.mEn = format(message(id, Language::English), en);
  return m;
}

Message lines(const std::vector<Message>& messages) {
  Message out;
  for (const auto& m : messages) {
    if (!out.empty()) out += Message::verbatim("\n");
    out += m;
  }
  return out;
}

}  // namespace baocao::core
