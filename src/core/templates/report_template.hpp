// Report templates: the outline a higher level's request letter asks for, as data. Loaded from
// JSON (schema in templates/README.md, "schema": 1); every error names file:line:column and the
// JSON path of the bad field. The skeleton builder (skeleton.hpp) turns a template plus the
// wizard's answers into the blocks the Writer adapter inserts.
#pragma once

#include "core/error.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::core {

// How a figure slot is written (issue: figures from the data file).
// Change: the change in percent from an earlier value to the current one, written the Vietnamese
// way ("tăng 5,2%", "giảm 3,0%", "không đổi").
enum class FigureType { Integer, Decimal, Percent, Date, Text, Change };
// Which earlier period a figure is read from (the data file's periods, data_sheet.hpp).
enum class Earlier { None, Previous, LastYear };
// Dates as "07/5/2025" (short) or "ngày 07 tháng 5 năm 2025" (long, as the header writes them).
enum class DateStyle { Short, Long };

// How `baocao collect` adds a figure up over many reports: counts and areas are summed, a distance
// or a rate has no meaningful sum. A derived figure (formula) is always computed from the totals.
enum class Aggregate { Default, Sum, Min, Max, None };

struct FigureSlot {
  std::string key;           // data key, e.g. "ho_dan_tong"
  FigureType type = FigureType::Integer;
  int decimals = 0;          // Decimal/Percent: digits after the comma
  int minDigits = 0;         // zero padding for counts: 2 writes 5 as "05"
  std::string unit;          // "hộ", "ha", "%" is implied by Percent
  std::string label;         // what the figure is, for the preview and validation messages
  DateStyle dateStyle = DateStyle::Short;
  std::string formula;       // a derived figure: "ho_dtts + ho_kinh", "ho_ngheo / ho_dan_tong * 100"
                             //   (core/figures/expression.hpp); computed, never read from the data file
  std::string pattern;       // the sentence around the figure, "có {} hộ": how validation finds it
                             //   in reports the wizard did not make
  Aggregate aggregate = Aggregate::Default;  // Default: Sum for integer and decimal, None otherwise
  // Comparison with an earlier period. `earlier` with `of`: this figure is `of`'s value in the
  // previous period or the same period of last year. Type Change, `of` and `against`: the change
  // from `against` (an earlier value) to `of` (the current one), in percent.
  Earlier earlier = Earlier::None;
  std::string of{};
  std::string against{};
};

struct Section {
  std::string id;            // stable, unique in the template: "ket-qua.cai-cach-hanh-chinh"
  std::string title;         // without its number: "KẾT QUẢ THỰC HIỆN"
  bool required = true;
  std::string guidance;      // what to write here (a placeholder in the skeleton)
  std::vector<FigureSlot> figures;
  std::vector<Section> children;
};

// A wizard input of the opening sentence: {"id": "so", "label": "Số công văn", "type": "text"}.
enum class InputType { Text, Date };
struct Input {
  std::string id;
  std::string label;
  InputType type = InputType::Text;
  bool required = true;
  // What the wizard offers before the clerk types: a request letter's facts, read from its đề
  // cương ("479/UBND-VP"); a date input's is ISO ("2026-06-05").
  std::string defaultValue;
};

struct Signature {
  std::string authority;     // "TM.", "KT.", "Q.", "TL.", "TUQ." or empty (signing in one's own name)
  std::string body;          // "ỦY BAN NHÂN DÂN" (after TM.)
  std::string position;      // "CHỦ TỊCH"
};

struct Recipients {
  std::string kinhGui;                 // "Ủy ban nhân dân huyện …" (may contain {inputs})
  std::vector<std::string> noiNhan;    // "Như trên;", "Lưu: VT, VP."
};

struct ReportTemplate {
  int schema = 1;
  std::string id;            // "dan-van-2021-2025"
  std::string title;         // shown in the wizard's list
  std::string version;       // the template's own version, "1.0"
  std::string description;
  std::string typeCode = "BC";
  std::string typeName = "BÁO CÁO";
  std::string trichYeu;      // may contain {input} references
  std::vector<Input> inputs;
  std::string opening;       // "Thực hiện Công văn số {so} ngày {ngay} của {co_quan} về việc {ve_viec}, …"
  std::vector<Section> sections;
  std::string closing = "./.";
  Signature signature;
  Recipients recipients;
  // The request letter's period and deadline, when its đề cương says them: the wizard's period
  // page offers them. `period` as a trích yếu writes it ("6 tháng đầu năm 2026"); `deadline` ISO.
  std::string period;
  std::string deadline;
  std::string source;        // where it was loaded from (file path), for messages
};

// Names a template may reference as {name} in trichYeu, opening and recipients.kinhGui without
// declaring an input. The extension fills them in; declaring an input with one of these ids is an
// error. Documented in templates/README.md.
struct BuiltinReference {
  std::string_view name;
  std::string_view meaning;
};
inline constexpr std::array<BuiltinReference, 3> kBuiltinReferences{{
    {"co_quan_bao_cao", "the reporting agency, from the profile (Agency): \"Ủy ban nhân dân xã Long Môn\""},
    {"dia_danh", "the place name, from the profile (PlaceName): \"Long Môn\""},
    {"ky_bao_cao", "the reporting period, asked by the wizard when referenced: \"6 tháng đầu năm 2025\""},
}};

// Parses and checks a template. Errors are all collected: "file:line:column: path: message",
// one per line, e.g. "templates/x.json:14:9: sections[2].children[0].id: duplicate section id
// \"ket-qua\" (first at 9:9)". Unknown fields, missing required fields, wrong types, duplicate
// section ids and references to unknown inputs are errors. Lines and columns are 1-based, columns
// in code points (core/templates/json_positions.hpp); messages are sorted by position. Ill-formed UTF-8, a
// JSON syntax error or a schema other than 1 is reported alone. All text comes back NFC.
[[nodiscard]] Result<ReportTemplate> parseTemplate(std::string_view json, std::string_view source);

// Section numbers as Vietnamese reports write them: level 0 "I", "II" …; level 1 "1", "2" …;
// level 2 "a", "b", … in Vietnamese letter order (a b c d đ e g h i k l m n o p q r s t u v x y).
// Past "y" (the 24th điểm) letters pair up like spreadsheet columns: "aa", "ab" … "ay", "ba" ….
// Roman numerals go to 3999 ("MMMCMXCIX"), then arabic digits. Any other level, or a negative
// index, gives "" (templates nest at most three levels).
[[nodiscard]] std::string sectionNumber(int level, int index);  // index from 0

// The value of an upper-case Roman numeral written the canonical way ("IV", "XIV", not "IIII"),
// as sectionNumber(0, …) writes it; 0 for anything else.
[[nodiscard]] int romanValue(std::string_view s);

// Every section in document order with its level and number label ("III", "4", "a").
struct NumberedSection {
  const Section* section;
  int level;
  std::string number;       // "III", "4", "a"
  std::string path;         // "III.4.a", for messages ("section III.4")
};
[[nodiscard]] std::vector<NumberedSection> flatten(const ReportTemplate& t);

}  // namespace baocao::core
