// Documents built in memory for the validation tests: a small builder, and the wizard's skeleton
// as the Writer reader would see it once the clerk has filled it (header table, styled headings
// with bookmarks, figure fields, signature table, the Decree 30 page).
#pragma once

#include "core/figures/data_sheet.hpp"
#include "core/validation/document.hpp"
#include "core/figures/expression.hpp"
#include "core/templates/skeleton.hpp"
#include "core/validation/validation.hpp"

#include <algorithm>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

namespace baocao::core::testing {

inline TextRun run(std::string text, const TextStyle& style = BodyLayout::kBody) {
  return TextRun{std::move(text), HeaderLayout::kFontFamily, style.sizePt, style.bold, style.italic, {}};
}

// A paragraph whose formatting is known and meets Decree 30's body rules.
inline DocParagraph bodyParagraph(std::string text, const TextStyle& style = BodyLayout::kBody) {
  DocParagraph p;
  p.text = text;
  p.runs.push_back(run(std::move(text), style));
  p.align = Align::Justify;
  p.firstLineIndentMm = BodyLayout::kFirstLineIndentMm;
  p.spaceAfterPt = BodyLayout::kSpacingAfterPt;
  p.lineSpacing = {LineSpacing::Mode::Proportional, BodyLayout::kLineSpacingPercent};
  return p;
}

inline PageSetup decreePage() {
  PageSetup pg;
  pg.widthMm = 210;
  pg.heightMm = 297;
  pg.topMm = 20;
  pg.bottomMm = 20;
  pg.leftMm = 30;
  pg.rightMm = 15;
  pg.pageNumberInHeader = true;
  pg.pageNumberOnFirstPage = false;
  return pg;
}

class DocBuilder {
 public:
  // A paragraph as plain text: no runs, so its formatting is unknown (a .txt import).
  DocBuilder& text(std::string t) {
    DocParagraph p;
    p.text = std::move(t);
    doc_.paragraphs.push_back(std::move(p));
    return *this;
  }
  DocBuilder& body(std::string t, const TextStyle& style = BodyLayout::kBody) {
    doc_.paragraphs.push_back(bodyParagraph(std::move(t), style));
    return *this;
  }
  // Change the last paragraph.
  DocBuilder& with(const std::function<void(DocParagraph&)>& f) {
    f(doc_.paragraphs.back());
    return *this;
  }
  DocBuilder& page(const PageSetup& pg) {
    doc_.page = pg;
    return *this;
  }
  [[nodiscard]] Document build() const { return doc_; }

 private:
  Document doc_;
};

inline std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream b;
  b << in.rdbuf();
  return b.str();
}

// Each line a paragraph (a report pasted as plain text: formatting unknown).
inline Document documentFromText(const std::string& text) {
  Document d;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    DocParagraph p;
    p.text = std::move(line);
    d.paragraphs.push_back(std::move(p));
    start = end + 1;
  }
  return d;
}

inline const FigureSlot* findSlot(const std::vector<Section>& sections, const std::string& key) {
  for (const auto& s : sections) {
    for (const auto& f : s.figures)
      if (f.key == key) return &f;
    if (const auto* f = findSlot(s.children, key)) return f;
  }
  return nullptr;
}

// The figure as the refresh command writes it: from its row, or computed from its formula.
inline std::string figureText(const ReportTemplate& t, const DataSet& data, const std::string& key) {
  const FigureSlot* slot = findSlot(t.sections, key);
  if (slot == nullptr) return "[" + key + "]";
  if (!slot->formula.empty()) {
    auto e = Expression::parse(slot->formula);
    auto v = e->evaluate([&](std::string_view k) -> std::optional<double> {
      auto row = data.rows.find(std::string(k));
      if (row == data.rows.end()) return std::nullopt;
      return row->second.value.kind == CellValue::Kind::Number ? row->second.value.number
                                                                 : parseVietnameseNumber(row->second.value.text).value_or(0);
    });
    DataRow r;
    r.value.kind = CellValue::Kind::Number;
    r.value.number = v ? *v : 0;
    return *formatFigure(*slot, r);
  }
  auto row = data.rows.find(key);
  if (row == data.rows.end()) return "[" + key + "]";
  auto f = formatFigure(*slot, row->second);
  return f ? *f : "[" + key + "]";
}

// The wizard's skeleton as the reader sees it after the clerk filled it: every guidance
// placeholder replaced by a sentence, every figure field showing its value from `data`.
inline Document documentFromSkeleton(const ReportTemplate& t, const Skeleton& s, const DataSet& data) {
  Document d;
  d.page = decreePage();
  d.properties["BaoCao.Template"] = s.templateId + " 1.0";

  // the header table: row 1 agency | nation, row 2 number | place and date
  DocTable header{HeaderLayout::kTableName, 2, 2, 0, 0};
  auto cellLines = [&](const HeaderCell& cell, const std::string& name) {
    for (const auto& line : cell.lines) {
      DocParagraph p;
      p.text = line.plainText();
      p.runs.push_back(run(p.text, line.style));
      p.align = Align::Center;
      p.table = 0;
      p.cell = name;
      d.paragraphs.push_back(std::move(p));
    }
  };
  cellLines(s.header.agency, "A1");
  cellLines(s.header.nation, "B1");
  cellLines(s.header.number, "A2");
  cellLines(s.header.placeDate, "B2");
  header.paragraphCount = static_cast<int>(d.paragraphs.size());
  d.tables.push_back(header);

  for (const auto& bp : s.body) {
    const TextStyle style = bp.role == ParaRole::TypeName  ? BodyLayout::kTypeName
                            : bp.role == ParaRole::TrichYeu ? BodyLayout::kTrichYeu
                            : bp.role == ParaRole::Heading  ? (bp.level == 0   ? BodyLayout::kHeading0
                                                               : bp.level == 1 ? BodyLayout::kHeading1
                                                                               : BodyLayout::kHeading2)
                                                            : BodyLayout::kBody;
    DocParagraph p = bodyParagraph("", style);
    p.runs.clear();
    for (const auto& seg : bp.segments) {
      std::string shown = seg.text;
      if (seg.placeholder) shown = "Nội dung đã viết cho phần này, có số liệu và đánh giá cụ thể.";
      if (!seg.fieldKey.empty()) {
        shown = figureText(t, data, seg.fieldKey);
        p.fields.push_back(DocField{DocField::Kind::Figure, seg.fieldKey, shown});
      }
      p.text += shown;
      p.runs.push_back(run(shown, style));
    }
    if (bp.role == ParaRole::TypeName || bp.role == ParaRole::TrichYeu) {
      p.align = Align::Center;
      p.firstLineIndentMm = 0;
    }
    if (bp.role == ParaRole::Heading) {
      p.outlineLevel = bp.level + 1;
      p.style = "Báo cáo - Đề mục " + std::to_string(bp.level + 1);
      p.bookmarks.push_back(bp.bookmark);
    }
    d.paragraphs.push_back(std::move(p));
  }

  // the signature table: Nơi nhận | authority, position, name
  DocTable sig{"BaoCaoSignature", 1, 2, static_cast<int>(d.paragraphs.size()), 0};
  auto cellPara = [&](const std::string& text, const TextStyle& style, const std::string& cell) {
    DocParagraph p;
    p.text = text;
    p.runs.push_back(run(text, style));
    p.table = 1;
    p.cell = cell;
    d.paragraphs.push_back(std::move(p));
  };
  cellPara("Nơi nhận:", BodyLayout::kNoiNhanLabel, "A1");
  for (const auto& item : s.signature.noiNhan) cellPara(item, BodyLayout::kNoiNhanItem, "A1");
  for (const auto& line : s.signature.authorityLines) cellPara(line, BodyLayout::kSignature, "B1");
  cellPara(s.signature.signer.text, BodyLayout::kSignature, "B1");
  sig.paragraphCount = static_cast<int>(d.paragraphs.size()) - sig.firstParagraph;
  d.tables.push_back(sig);
  return d;
}

inline std::size_t countRule(const ValidationResult& r, std::string_view rule) {
  return static_cast<std::size_t>(
      std::count_if(r.findings.begin(), r.findings.end(), [&](const Finding& f) { return f.rule == rule; }));
}

inline std::string describe(const ValidationResult& r) {
  std::string out;
  for (const auto& f : r.findings)
    out += std::string(severityName(f.severity)) + " " + f.rule + " [" + f.section + "#" + std::to_string(f.paragraph) +
           "] " + f.message + "\n";
  return out;
}

}  // namespace baocao::core::testing
