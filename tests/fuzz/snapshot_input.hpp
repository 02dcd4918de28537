// The random document snapshot the sections and validation targets share: core::Document as the
// Writer reader (src/uno/document_reader) would hand it over, decoded from the fuzzer's bytes.
//
// The input is one paragraph per line. A plain line is a paragraph of plain text (no runs: a
// .txt import). A line starting with 0x1F carries four attribute bytes, then the text:
//   a0: bits 0-1 outline level, 2 bold, 3 italic, 4 runs known, 5 heading style, 6 a wizard
//       bookmark, 7 inside a table
//   a1: which section's bookmark (and which figure key)
//   a2: bits 0-1 alignment, 2-4 indents and spacing (from a table, the reader's extremes too),
//       5-7 font and size
//   a3: bits 0-2 a field (placeholder, figure, page number, other), 3-5 an automatic list
//       label, 6 the text in two runs, 7 a new table starts here
// A line starting with 0x1E sets the page (byte 1), flags (byte 2: page number in header, on
// the first page, tracked changes, data file compared, data file changed) and the template
// property (byte 3: none, either shipped id, or the rest of the line).
// Values stay in what the reader can produce (sal_Int32 1/100 mm, Writer's font sizes); text is
// any bytes, as a document can hold lone surrogates that reach the core as ill-formed UTF-8.
#pragma once

#include "core/figures/data_sheet.hpp"
#include "core/validation/document.hpp"
#include "core/figures/figures.hpp"
#include "core/validation/sections.hpp"
#include "core/templates/skeleton.hpp"
#include "core/validation/validation.hpp"
#include "fuzz_support.hpp"
#include "text/vntext.hpp"

#include <fstream>
#include <sstream>

namespace baocao::fuzz {

constexpr double kMaxMm = 21474836.47;  // sal_Int32 1/100 mm

struct Shape {
  double firstLine, left, before, after;
  core::LineSpacing spacing;
};
constexpr Shape kShapes[] = {
    {10, 0, 0, 6, {core::LineSpacing::Mode::Proportional, 115}},
    {0, 0, 0, 0, {core::LineSpacing::Mode::Proportional, 100}},
    {12.7, 5, 6, 12, {core::LineSpacing::Mode::Minimum, 14}},
    {-5, -10, 0, 0, {core::LineSpacing::Mode::Fixed, 0}},
    {kMaxMm, kMaxMm, kMaxMm * 2.83, kMaxMm * 2.83, {core::LineSpacing::Mode::Proportional, 32767}},
    {-kMaxMm, -kMaxMm, 0, 0, {core::LineSpacing::Mode::Leading, -1}},
    {1e-9, 3, 0.1, 0.1, {core::LineSpacing::Mode::Proportional, 0}},
    {10, 0, 0, 6, {core::LineSpacing::Mode::Fixed, 9e5}},
};
struct Font {
  const char* name;
  double size;
};
constexpr Font kFonts[] = {{"Times New Roman", 14}, {"Times New Roman", 13}, {"Liberation Serif", 12}, {"", 0},
                           {"Arial", 11}, {"Times New Roman", 999.9}, {".VnTime", 14}, {"Times New Roman", 0.5}};
constexpr const char* kLabels[] = {"", "III.", "1.", "a)", "-", "\xE2\x80\xA2", "IV.", "10."};

inline core::PageSetup page(std::uint8_t b) {
  core::PageSetup pg;
  switch (b % 5) {
    case 0: pg = {210, 297, 20, 20, 30, 15, true, false}; break;
    case 1: pg = {0, 0, 0, 0, 0, 0, false, false}; break;
    case 2: pg = {215.9, 279.4, 25.4, 25.4, 25.4, 25.4, true, true}; break;
    case 3: pg = {kMaxMm, kMaxMm, kMaxMm, -kMaxMm, kMaxMm, -kMaxMm, false, true}; break;
    default: pg = {297, 210, 20, 20, 30, 15, true, false}; break;
  }
  return pg;
}

inline std::vector<std::string> allFigureKeys() {
  std::vector<std::string> keys;
  for (const auto& t : shippedTemplates())
    for (const auto& f : core::allSlots(t)) keys.push_back(f.key);
  return keys;
}

inline std::vector<std::string> allBookmarks() {
  std::vector<std::string> out;
  for (const auto& t : shippedTemplates())
    for (const auto& n : core::flatten(t)) out.push_back(core::bookmarkName(n.section->id));
  return out;
}

struct Parsed {
  core::Document doc;
  bool compareData = false;
  bool dataChanged = false;
};

inline Parsed parseSnapshot(std::string_view in) {
  static const std::vector<std::string> keys = allFigureKeys();
  static const std::vector<std::string> bookmarks = allBookmarks();
  Parsed out;
  core::Document& doc = out.doc;
  doc.path = "fuzz.odt";
  int table = -1;
  std::size_t start = 0;
  while (start < in.size()) {
    const std::size_t end = std::min(in.find('\n', start), in.size());
    std::string_view line = in.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line[0] == '\x1E') {
      const auto at = [&](std::size_t i) { return i < line.size() ? static_cast<std::uint8_t>(line[i]) : std::uint8_t{0}; };
      doc.page = page(at(1));
      const std::uint8_t flags = at(2);
      doc.page.pageNumberInHeader = (flags & 1) != 0;
      doc.page.pageNumberOnFirstPage = (flags & 2) != 0;
      doc.trackedChanges = (flags & 4) != 0;
      out.compareData = (flags & 8) != 0;
      out.dataChanged = (flags & 16) != 0;
      switch (at(3) % 4) {
        case 1: doc.properties[core::DocumentProperty::kTemplate] = "dan-van-2021-2025 1.0"; break;
        case 2: doc.properties[core::DocumentProperty::kTemplate] = "bao-cao-dinh-ky 1.0"; break;
        case 3: doc.properties[core::DocumentProperty::kTemplate] = std::string(line.substr(std::min<std::size_t>(4, line.size()))); break;
        default: break;
      }
      continue;
    }
    core::DocParagraph p;
    if (line.size() < 5 || line[0] != '\x1F') {
      p.text = std::string(line);
      table = -1;
      doc.paragraphs.push_back(std::move(p));
      continue;
    }
    const auto a0 = static_cast<std::uint8_t>(line[1]), a1 = static_cast<std::uint8_t>(line[2]),
               a2 = static_cast<std::uint8_t>(line[3]), a3 = static_cast<std::uint8_t>(line[4]);
    p.text = std::string(line.substr(5));
    p.outlineLevel = a0 & 3;
    if (a0 & 32) p.style = "Heading " + std::to_string(1 + (a1 % 3));
    else if (a1 & 1) p.style = "Báo cáo - Đề mục " + std::to_string(1 + (a1 >> 1) % 3);
    else p.style = "Default Paragraph Style";
    if (a0 & 64) p.bookmarks.push_back(bookmarks[a1 % bookmarks.size()]);
    p.align = static_cast<core::Align>(a2 & 3);
    const Shape& s = kShapes[(a2 >> 2) & 7];
    p.firstLineIndentMm = s.firstLine;
    p.leftIndentMm = s.left;
    p.spaceBeforePt = s.before;
    p.spaceAfterPt = s.after;
    p.lineSpacing = s.spacing;
    p.listLabel = kLabels[(a3 >> 3) & 7];
    // The field shows the paragraph's last word (as the reader sees it: part of the text).
    const std::size_t lastSpace = p.text.rfind(' ');
    const std::string shown = lastSpace == std::string::npos ? p.text : p.text.substr(lastSpace + 1);
    switch (a3 & 7) {
      case 4: p.fields.push_back({core::DocField::Kind::Placeholder, {}, shown}); break;
      case 5: p.fields.push_back({core::DocField::Kind::Figure, keys[a1 % keys.size()], shown}); break;
      case 6: p.fields.push_back({core::DocField::Kind::PageNumber, {}, shown}); break;
      case 7: p.fields.push_back({core::DocField::Kind::Other, {}, shown}); break;
      default: break;
    }
    if (a0 & 16) {
      const Font& f = kFonts[(a2 >> 5) & 7];
      const bool bold = (a0 & 4) != 0, italic = (a0 & 8) != 0;
      const std::string language = (a3 & 32) ? "en" : (a3 & 16) ? "vi" : "";  // marked English, Vietnamese, or not at all
      if ((a3 & 64) && !p.text.empty()) {
        const std::size_t half = p.text.size() / 2;
        p.runs.push_back({p.text.substr(0, half), f.name, f.size, bold, italic, language});
        p.runs.push_back({p.text.substr(half), f.name, f.size, !bold, italic, language});
      } else {
        p.runs.push_back({p.text, f.name, f.size, bold, italic, language});
      }
    }
    // Tables: consecutive table paragraphs, one cell each, in reading order.
    const int index = static_cast<int>(doc.paragraphs.size());
    if ((a0 & 128) == 0) {
      table = -1;
    } else {
      if (table < 0 || (a3 & 128)) {
        table = static_cast<int>(doc.tables.size());
        doc.tables.push_back({table == 0 ? "BaoCaoHeader" : "Table" + std::to_string(table), 0, 2, index, 0});
      }
      core::DocTable& t = doc.tables.back();
      p.table = table;
      p.cell = std::string(1, static_cast<char>('A' + t.paragraphCount % 2)) + std::to_string(1 + t.paragraphCount / 2);
      ++t.paragraphCount;
      t.rows = (t.paragraphCount + 1) / 2;
    }
    doc.paragraphs.push_back(std::move(p));
  }
  return out;
}

// The section map points inside the document, in order, each section found once.
inline void checkMap(const core::Document& doc, const core::SectionMap& map) {
  const std::size_t n = doc.paragraphs.size();
  FUZZ_CHECK(map.sectionOfParagraph.size() == n);
  FUZZ_CHECK(map.matches.size() == map.outline.size());
  int previous = -1;
  std::vector<bool> taken(map.outline.size(), false);
  for (const auto& h : map.headings) {
    FUZZ_CHECK(h.paragraph > previous && static_cast<std::size_t>(h.paragraph) < n);
    previous = h.paragraph;
    FUZZ_CHECK(doc.paragraphs[static_cast<std::size_t>(h.paragraph)].table < 0);
    FUZZ_CHECK(h.section >= 0 && static_cast<std::size_t>(h.section) < map.outline.size());
    FUZZ_CHECK(!taken[static_cast<std::size_t>(h.section)]);
    taken[static_cast<std::size_t>(h.section)] = true;
    FUZZ_CHECK(map.matches[static_cast<std::size_t>(h.section)].paragraph == h.paragraph);
    FUZZ_CHECK(map.sectionOfParagraph[static_cast<std::size_t>(h.paragraph)] == h.section);
  }
  for (const auto& m : map.matches) FUZZ_CHECK(m.paragraph < static_cast<int>(n));
  for (const auto& u : map.unmatched) FUZZ_CHECK(u.section == -1 && u.paragraph >= 0 && static_cast<std::size_t>(u.paragraph) < n);
}

// Findings point inside the document, are sorted and counted, and are well-formed UTF-8.
inline void checkResult(const core::Document& doc, const core::ValidationResult& r) {
  int errors = 0;
  for (std::size_t i = 0; i < r.findings.size(); ++i) {
    const auto& f = r.findings[i];
    FUZZ_CHECK(!f.rule.empty() && !f.message.empty());
    FUZZ_CHECK_MSG(text::isValidUtf8(f.message), f.rule + ": " + quote(f.message));
    FUZZ_CHECK(f.paragraph >= -1 && f.paragraph < static_cast<int>(doc.paragraphs.size()));
    if (i > 0) {
      const auto& e = r.findings[i - 1];
      FUZZ_CHECK(e.severity < f.severity || (e.severity == f.severity && e.paragraph <= f.paragraph));
    }
    errors += f.severity == core::Severity::Error;
  }
  FUZZ_CHECK(r.errorCount() == errors && r.readyToSubmit() == (errors == 0));
}

// templates/samples/so-lieu-long-mon.csv, read once.
inline const core::DataSet& sampleData() {
  static const core::DataSet data = [] {
    std::ifstream in(std::string(BAOCAO_TEMPLATES_DIR) + "/samples/so-lieu-long-mon.csv", std::ios::binary);
    std::stringstream b;
    b << in.rdbuf();
    auto grid = core::parseCsv(b.str(), "so-lieu-long-mon", "so-lieu-long-mon.csv");
    auto set = grid ? core::readDataSheet(*grid, "so-lieu-long-mon.csv") : core::Result<core::DataSet>(grid.error());
    if (!set) {
      std::fprintf(stderr, "cannot read the sample data file\n");
      std::abort();
    }
    return *set;
  }();
  return data;
}


}  // namespace baocao::fuzz
