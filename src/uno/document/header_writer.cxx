#include "uno/document/header_writer.hxx"

#include "uno/ustr.hxx"
#include "uno/document/writer_text.hxx"

#include <com/sun/star/text/ControlCharacter.hpp>

#include <algorithm>

namespace baocao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

void fillCell(TextMeasure& measure, const Reference<css::lang::XMultiServiceFactory>& factory,
              const Reference<css::text::XTextTable>& table, const OUString& cellName, const core::HeaderCell& content,
              double columnFraction, sal_Int32 tableWidth) {
  Reference<css::text::XText> text(table->getCellByName(cellName), UNO_QUERY_THROW);
  Reference<css::text::XTextCursor> cursor = text->createTextCursor();
  Reference<css::beans::XPropertySet> props(cursor, UNO_QUERY_THROW);
  double widestLastRolePt = 0;  // the rule measures the block it closes: the lines of the last role
  for (std::size_t i = 0; i < content.lines.size(); ++i) {
    const auto& line = content.lines[i];
    if (i > 0) text->insertControlCharacter(range(cursor), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
    setCentredParagraph(props);
    setCharStyle(props, line.style);
    insertSegments(factory, text, cursor, line.segments);
    const double width = measure.widthPt(toOU(line.plainText()), line.style);
    widestLastRolePt = i > 0 && content.lines[i - 1].role == line.role ? std::max(widestLastRolePt, width) : width;
  }
  if (!content.rule) return;
  const sal_Int32 available = cellTextWidth(tableWidth, table, cellName, columnFraction);
  insertRuleParagraph(text, cursor, *content.rule, core::ruleLength(*content.rule, widestLastRolePt * kHmmPerPt, available),
                      available);
}

}  // namespace

Reference<css::text::XTextTable> insertHeader(const Context& ctx, const Reference<css::text::XTextDocument>& doc,
                                              const Reference<css::text::XTextRange>& at, const core::HeaderBlock& block) {
  TextMeasure measure(ctx);
  return insertHeader(measure, doc, at, block);
}

Reference<css::text::XTextTable> insertHeader(TextMeasure& measure, const Reference<css::text::XTextDocument>& doc,
                                              const Reference<css::text::XTextRange>& at, const core::HeaderBlock& block) {
  Reference<css::lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
  const sal_Int32 width = textAreaWidth(doc, at);
  const double left = block.leftColumnFraction;
  Reference<css::text::XTextTable> table = insertLayoutTable(doc, at, 2, core::HeaderLayout::kTableName, left, width);
  fillCell(measure, factory, table, "A1", block.agency, left, width);
  fillCell(measure, factory, table, "B1", block.nation, 1.0 - left, width);
  fillCell(measure, factory, table, "A2", block.number, left, width);
  fillCell(measure, factory, table, "B2", block.placeDate, 1.0 - left, width);
  return table;
}

}  // namespace baocao::uno
