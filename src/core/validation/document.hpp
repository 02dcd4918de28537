// A report as the validation rules see it: one snapshot taken in a single pass over a Writer
// document (src/uno/document_reader), or built in memory by the unit tests. Everything the rules
// need and nothing else; text is UTF-8 exactly as the document holds it (NOT normalised: the text
// rules look for decomposed and legacy text), and as it would print (tracked deletions left out,
// insertions in).
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace baocao::core {

enum class Align { Left, Right, Center, Justify };

// A run of characters with the same formatting that matters to Decree 30.
struct TextRun {
  std::string text;
  std::string font;        // "Times New Roman"; empty when unknown
  double sizePt = 0;       // 0 when unknown
  bool bold = false;
  bool italic = false;
  std::string language;    // the language it is marked in, ISO 639 ("vi", "en"); empty when unknown
};

// A field inside a paragraph, in text order.
struct DocField {
  enum class Kind { Placeholder, Figure, PageNumber, Other };
  Kind kind = Kind::Other;
  std::string key;         // Figure: the data key ("ho_dan_tong")
  std::string text;        // what it shows
};

struct LineSpacing {
  enum class Mode { Proportional, Minimum, Leading, Fixed };
  Mode mode = Mode::Proportional;
  double value = 100;      // Proportional: percent; otherwise points
};

struct DocParagraph {
  std::string text;                 // as printed; a field contributes the text it shows
  std::vector<TextRun> runs;        // concatenated, they give `text`; empty: formatting unknown
                                    //   (plain-text input), the format.* rules skip the paragraph
  std::string style;                // paragraph style, display name
  int outlineLevel = 0;             // 0 body text, 1..10 heading levels
  std::string listLabel;            // automatic numbering shown before the text ("III."), if any
  Align align = Align::Left;
  double firstLineIndentMm = 0;
  double leftIndentMm = 0;
  double spaceBeforePt = 0;
  double spaceAfterPt = 0;
  LineSpacing lineSpacing;
  std::vector<DocField> fields;
  std::vector<std::string> bookmarks;  // bookmarks that start in this paragraph
  int table = -1;                   // index into Document::tables, -1 in the body
  std::string cell;                 // "A1" inside a table
};

struct DocTable {
  std::string name;                 // "BaoCaoHeader" (lost in .docx)
  int rows = 0;
  int columns = 0;
  int firstParagraph = 0;           // index into Document::paragraphs: the table's paragraphs follow
  int paragraphCount = 0;           //   the document order (row by row, cell by cell)
};

struct PageSetup {
  double widthMm = 0, heightMm = 0;
  double topMm = 0, bottomMm = 0, leftMm = 0, rightMm = 0;  // the text area's distance from the edge
  bool pageNumberInHeader = false;  // a page number field in the page header
  bool pageNumberOnFirstPage = false;
};

// A page style other than the first page's that pages print in: the first page's follow style (a
// document whose first page differs, as Word makes it), or one a page break asks for.
struct PageStyleSetup {
  std::string name;                 // as Writer shows it ("Default Page Style", "Convert 1")
  PageSetup page;                   // size and margins; the page-number fields are not read
};

// The pages a paragraph prints on, from 1; 0 when unknown (or not asked).
struct PageSpan {
  int first = 0;
  int last = 0;
};

// What a page question needs: each end of a paragraph is one move of Writer's view cursor, so a
// question for the first page alone costs half.
enum class PageEnds { First, Both };

struct Document {
  std::string path;                 // for messages
  std::vector<DocParagraph> paragraphs;  // body and table paragraphs in reading order
  std::vector<DocTable> tables;
  PageSetup page;                   // the first page's style
  std::vector<PageStyleSetup> otherPageStyles;  // every other page style in use, each once
  std::map<std::string, std::string> properties;  // user-defined document properties
  bool trackedChanges = false;      // the document has tracked changes (validated as printed)
  // Where paragraph i prints, when the reader has the layout (a Writer view); empty otherwise.
  // Asked only for the few paragraphs the page-flow rules look at, and for the findings' first
  // pages when a window shows them: Writer tells a page through its view cursor, one move per end.
  // With PageEnds::First, `last` is 0.
  std::function<PageSpan(int paragraph, PageEnds ends)> pages;
};

}  // namespace baocao::core
