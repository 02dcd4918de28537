// A report template from the superior's đề cương (outline) as received: its numbered headings
// ("Phần I", "A.", "I.", "1.", "1.1.", "a)", typed or from automatic numbering) become the
// template's sections, the lines under them (italic, "(nêu rõ …)", "Nêu …", "- …") their guidance,
// an annex table's empty cells ("Biểu số 01") their figure slots. Whatever is not used is said,
// never dropped silently.
#pragma once

#include "core/error.hpp"
#include "core/templates/report_template.hpp"
#include "core/validation/document.hpp"

#include <string>
#include <vector>

namespace baocao::core {

struct OutlineOptions {
  std::string id;     // the template's id; empty: made from its title ("so-ket-5-nam-…")
  std::string title;  // empty: the đề cương's own ("Sơ kết 5 năm thực hiện …"), else the file's name
};

// A line of the đề cương the template does not hold as it stands.
struct OutlineNote {
  enum class Kind {
    Unused,     // outside the outline: the letter's header, the title block's other lines, Nơi nhận
    Table,      // a table outside the outline, or one that asks for no figures (a signature, a list)
    TooDeep,    // a heading below the third level, kept as its parent's guidance
    BoldLine,   // a bold line without a number, kept as guidance: a heading the clerk forgot to number?
    NumberGap,  // a heading whose number does not follow the one before ("3." after "1.")
  };
  Kind kind = Kind::Unused;
  int paragraph = -1;      // 0-based index into Document::paragraphs
  std::string text;        // the line, shortened
  std::string detail;      // TooDeep: its level (1-based); NumberGap: the number expected; Table: rows×columns
  [[nodiscard]] Message message() const;  // "đoạn 3: không dùng: “ỦY BAN NHÂN DÂN …”"
};

struct OutlineImport {
  ReportTemplate tmpl;
  int headings = 0;        // sections made
  int guidanceLines = 0;   // lines kept as guidance
  int leaders = 0;         // "……", ". . .", "…/…" in titles and guidance
  int checkboxes = 0;      // "□", "☐"
  std::vector<OutlineNote> notes;
  [[nodiscard]] Message summary() const;  // "12 sections, 20 guidance lines, 3 leaders, 0 check boxes"
  [[nodiscard]] Message notesText() const;  // one line per note; empty when none
};

// The request letter's facts a đề cương often names ("Kèm theo Công văn số 479/UBND-VP ngày
// 05/6/2026 của UBND tỉnh Sơn La", "gửi về … trước ngày 10/7/2026"), which become the template's
// defaults: the wizard offers them. Empty where the text does not say.
struct RequestFacts {
  std::string number;   // "479/UBND-VP"
  std::string date;     // ISO, "2026-06-05"
  std::string agency;   // "UBND tỉnh Sơn La"
  std::string deadline; // ISO
};
// Reads the facts from one line into what `into` still lacks (the first mention wins).
void readRequestFacts(std::string_view line, RequestFacts& into);

// Errors: no outline (fewer than two numbered headings: the message says what was looked for),
// or an id that is not a template id.
[[nodiscard]] Result<OutlineImport> importOutline(const Document& doc, const OutlineOptions& options = {});

// The template as JSON that parseTemplate loads back, fields in the order templates/*.json use.
[[nodiscard]] std::string templateJson(const ReportTemplate& t);

// "Sơ kết 5 năm thực hiện Nghị quyết" -> "so-ket-5-nam-thuc-hien-nghi-quyet": Vietnamese letters
// without their marks, đ as d, every other run of characters one "-", at most `limit` bytes cut
// at a "-"; "" when nothing is left.
[[nodiscard]] std::string asciiSlug(std::string_view utf8, std::size_t limit = 40);

}  // namespace baocao::core
