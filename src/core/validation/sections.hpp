// Section recognition: where each section of a template's outline sits in a document. Reports the
// wizard made are found through their bookmarks (core/templates/skeleton.hpp bookmarkName); others through
// their headings: outline levels, heading styles, or numbering typed by hand ("III.", "1.", "a)")
// with spaces, NBSP or tabs, compared with the template's titles case-folded, NFC, in one tone
// placement and with small wording changes tolerated. Body text is never taken for a heading: a
// paragraph needs a heading sign (number, outline level, heading style, bold) and a title close
// to the template's.
#pragma once

#include "core/templates/report_template.hpp"
#include "core/validation/document.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::core {

// Where each template section was found in the document.
struct SectionMatch {
  std::string sectionId;
  std::string path;        // the template's number path: "III.4.a"
  int paragraph = -1;      // the heading paragraph, -1 when missing
  bool byBookmark = false; // found through the wizard's bookmark
};

// A hand-typed section number at the start of a paragraph.
//   parseHeadingNumber("III.\tKẾT QUẢ") == {level 0, "III", title "KẾT QUẢ"}
//   parseHeadingNumber("4. Kết quả")    == {level 1, "4", …};  parseHeadingNumber("đ) Tiếp") == {level 2, "đ", …}
//   parseHeadingNumber("1.530 hộ") and parseHeadingNumber("- Long Môn") are nullopt
struct HeadingNumber {
  int level = 0;       // 0 "I.", 1 "1.", 2 "a)"
  std::string number;  // "III", "4", "đ"
  std::string title;   // the rest, spaces collapsed
};
[[nodiscard]] std::optional<HeadingNumber> parseHeadingNumber(std::string_view text);

// Token overlap of two titles after normalizeHeading (Dice coefficient, 0..1): 1 for the same
// words in any case, form or tone placement; "Kết quả thực hiện" / "Kết quả đã thực hiện" ≈ 0.86.
[[nodiscard]] double titleSimilarity(std::string_view a, std::string_view b);

// A paragraph taken for a heading, matched to the outline or not.
struct DocHeading {
  int paragraph = -1;
  int level = -1;            // -1 unknown (a bold or styled paragraph without a number)
  std::string number;        // as typed ("III"), empty when none
  std::string title;         // the text after the number
  int section = -1;          // index into SectionMap::outline, -1 unmatched
  bool byBookmark = false;
  bool outOfOrder = false;   // matched, but against the outline's order
  bool inlineContent = false;  // the paragraph goes on with body text after the title
};

struct SectionMap {
  std::vector<NumberedSection> outline;  // flatten(template)
  std::vector<SectionMatch> matches;     // one per outline entry, in outline order
  std::vector<DocHeading> headings;      // matched headings, in document order
  std::vector<DocHeading> unmatched;     // numbered or styled paragraphs no section fits (lists, extra headings)
  std::vector<int> sectionOfParagraph;   // innermost outline entry each paragraph is in, -1 before the first
  [[nodiscard]] std::string pathOf(int paragraph) const;  // "III.4" or ""
};

[[nodiscard]] SectionMap recognizeSections(const Document& doc, const ReportTemplate& t);

}  // namespace baocao::core
