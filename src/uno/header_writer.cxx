#include "uno/header_writer.hxx"

#include "uno/ui.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/awt/FontDescriptor.hpp>
#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XDevice.hpp>
#include <com/sun/star/awt/XFont.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/BorderLineStyle.hpp>
#include <com/sun/star/table/TableBorder2.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/HoriOrientation.hpp>
#include <com/sun/star/text/PlaceholderType.hpp>
#include <com/sun/star/text/TableColumnSeparator.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>

#include <algorithm>
#include <cmath>

namespace baocao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr double kHmmPerPt = 2540.0 / 72.0;  // 1/100 mm per point
constexpr sal_Int16 kRelativeSum = 10000;

Reference<css::text::XTextRange> range(const Reference<css::text::XTextCursor>& cursor) {
  return Reference<css::text::XTextRange>(cursor.get());  // XTextCursor is an XTextRange
}

void setCharStyle(const Reference<css::beans::XPropertySet>& props, const core::TextStyle& style) {
  props->setPropertyValue("CharFontName", Any(OUString::createFromAscii(core::HeaderLayout::kFontFamily)));
  props->setPropertyValue("CharHeight", Any(static_cast<float>(style.sizePt)));
  props->setPropertyValue("CharWeight", Any(style.bold ? css::awt::FontWeight::BOLD : css::awt::FontWeight::NORMAL));
  props->setPropertyValue("CharPosture", Any(style.italic ? css::awt::FontSlant_ITALIC : css::awt::FontSlant_NONE));
  props->setPropertyValue("CharLocale", Any(css::lang::Locale("vi", "VN", "")));
}

void setCentredParagraph(const Reference<css::beans::XPropertySet>& props) {
  props->setPropertyValue("ParaAdjust", Any(static_cast<sal_Int16>(css::style::ParagraphAdjust_CENTER)));
  props->setPropertyValue("ParaTopMargin", Any(sal_Int32(0)));
  props->setPropertyValue("ParaBottomMargin", Any(sal_Int32(0)));
  props->setPropertyValue("ParaFirstLineIndent", Any(sal_Int32(0)));
  props->setPropertyValue("ParaLineSpacing", Any(css::style::LineSpacing(css::style::LineSpacingMode::PROP, 100)));
}

void insertSegments(const Reference<css::lang::XMultiServiceFactory>& factory, const Reference<css::text::XText>& text,
                    const Reference<css::text::XTextCursor>& cursor, const std::vector<core::Segment>& segments) {
  for (const auto& s : segments) {
    if (!s.placeholder) {
      text->insertString(range(cursor), toOU(s.text), false);
      continue;
    }
    Reference<css::beans::XPropertySet> field(factory->createInstance("com.sun.star.text.TextField.JumpEdit"),
                                              UNO_QUERY_THROW);
    field->setPropertyValue("PlaceHolder", Any(toOU(s.text)));  // Writer adds the angle brackets itself
    field->setPropertyValue("Hint", Any(toOU(s.hint)));
    field->setPropertyValue("PlaceHolderType", Any(css::text::PlaceholderType::TEXT));
    text->insertTextContent(range(cursor), Reference<css::text::XTextContent>(field, UNO_QUERY_THROW), false);
  }
}

// Width in 1/100 mm of the text area of a cell whose column is `fraction` of a full-width table.
// Taken from the page style, not the table's Width, which the layout only fills in later (with
// the controllers locked in a visible window it is still unset here).
sal_Int32 cellTextWidth(sal_Int32 textAreaWidth, const Reference<css::beans::XPropertySet>& cell, double fraction) {
  sal_Int32 width = textAreaWidth, left = 0, right = 0;
  cell->getPropertyValue("LeftBorderDistance") >>= left;
  cell->getPropertyValue("RightBorderDistance") >>= right;
  return static_cast<sal_Int32>(std::lround(width * fraction)) - left - right;
}

void fillCell(const Context& ctx, const Reference<css::lang::XMultiServiceFactory>& factory,
              const Reference<css::text::XTextTable>& table, const OUString& cellName, const core::HeaderCell& content,
              double columnFraction, sal_Int32 textAreaWidth) {
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
    const double width = textWidthPt(ctx, toOU(line.plainText()), line.style);
    widestLastRolePt = i > 0 && content.lines[i - 1].role == line.role ? std::max(widestLastRolePt, width) : width;
  }
  if (!content.rule) return;
  // The rule is an empty paragraph with a top border, centred by equal indents; its length
  // follows the measured width of the line above it.
  const sal_Int32 available =
      cellTextWidth(textAreaWidth, Reference<css::beans::XPropertySet>(text, UNO_QUERY_THROW), columnFraction);
  const double ruleHmm = core::ruleLength(*content.rule, widestLastRolePt * kHmmPerPt, available);
  const auto indent = static_cast<sal_Int32>(std::lround((available - ruleHmm) / 2.0));
  text->insertControlCharacter(range(cursor), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
  setCentredParagraph(props);
  props->setPropertyValue("CharHeight", Any(4.0f));
  props->setPropertyValue("CharWeight", Any(css::awt::FontWeight::NORMAL));
  props->setPropertyValue("ParaLeftMargin", Any(indent));
  props->setPropertyValue("ParaRightMargin", Any(indent));
  css::table::BorderLine2 line;
  line.LineStyle = css::table::BorderLineStyle::SOLID;
  line.LineWidth = static_cast<sal_uInt32>(std::lround(content.rule->lineWidthPt * kHmmPerPt));
  line.OuterLineWidth = static_cast<sal_Int16>(line.LineWidth);
  props->setPropertyValue("TopBorder", Any(line));
  props->setPropertyValue("TopBorderDistance", Any(sal_Int32(0)));
}

// The width of the text area of the page the range is on (page width minus margins), 1/100 mm.
sal_Int32 textAreaWidth(const Reference<css::text::XTextDocument>& doc, const Reference<css::text::XTextRange>& at) {
  OUString pageStyle;
  Reference<css::beans::XPropertySet>(at, UNO_QUERY_THROW)->getPropertyValue("PageStyleName") >>= pageStyle;
  Reference<css::style::XStyleFamiliesSupplier> families(doc, UNO_QUERY_THROW);
  Reference<css::container::XNameAccess> pages(families->getStyleFamilies()->getByName("PageStyles"), UNO_QUERY_THROW);
  Reference<css::beans::XPropertySet> style(pages->getByName(pageStyle.isEmpty() ? OUString("Standard") : pageStyle),
                                            UNO_QUERY_THROW);
  sal_Int32 width = 0, left = 0, right = 0;
  style->getPropertyValue("Width") >>= width;
  style->getPropertyValue("LeftMargin") >>= left;
  style->getPropertyValue("RightMargin") >>= right;
  return width - left - right;
}

}  // namespace

double textWidthPt(const Context& ctx, const OUString& text, const core::TextStyle& style) {
  constexpr sal_Int16 kPixelHeight = 200;  // large enough that rounding to pixels does not matter
  try {
    Reference<css::awt::XToolkit> toolkit(css::awt::Toolkit::create(ctx), UNO_QUERY_THROW);
    Reference<css::awt::XDevice> device = toolkit->createScreenCompatibleDevice(16, 16);
    css::awt::FontDescriptor font;
    font.Name = OUString::createFromAscii(core::HeaderLayout::kFontFamily);
    font.Height = kPixelHeight;
    font.Weight = style.bold ? css::awt::FontWeight::BOLD : css::awt::FontWeight::NORMAL;
    font.Slant = style.italic ? css::awt::FontSlant_ITALIC : css::awt::FontSlant_NONE;
    Reference<css::awt::XFont> xFont = device->getFont(font);
    if (xFont.is()) {
      const sal_Int32 px = xFont->getStringWidth(text);
      if (px > 0) return px * style.sizePt / kPixelHeight;
    }
  } catch (const css::uno::Exception& e) {
    logLine(ctx, "text measurement unavailable, estimating: " + toUtf8(e.Message));
  }
  // Without a toolkit: Times New Roman averages about half an em per character.
  return 0.5 * style.sizePt * text.getLength();
}

Reference<css::text::XTextTable> insertHeader(const Context& ctx, const Reference<css::text::XTextDocument>& doc,
                                              const Reference<css::text::XTextRange>& at, const core::HeaderBlock& block) {
  Reference<css::lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
  Reference<css::text::XTextTable> table(factory->createInstance("com.sun.star.text.TextTable"), UNO_QUERY_THROW);
  table->initialize(2, 2);
  Reference<css::container::XNamed>(table, UNO_QUERY_THROW)->setName(OUString::createFromAscii(core::HeaderLayout::kTableName));
  Reference<css::text::XText> text = at->getText();
  text->insertTextContent(at, Reference<css::text::XTextContent>(table, UNO_QUERY_THROW), false);

  Reference<css::beans::XPropertySet> tableProps(table, UNO_QUERY_THROW);
  css::table::TableBorder2 none;  // every line present and empty: a borderless table
  none.IsTopLineValid = none.IsBottomLineValid = none.IsLeftLineValid = none.IsRightLineValid = true;
  none.IsHorizontalLineValid = none.IsVerticalLineValid = true;
  tableProps->setPropertyValue("TableBorder2", Any(none));
  Sequence<css::text::TableColumnSeparator> separators(1);
  separators.getArray()[0].Position = static_cast<sal_Int16>(std::lround(kRelativeSum * block.leftColumnFraction));
  separators.getArray()[0].IsVisible = true;
  tableProps->setPropertyValue("TableColumnSeparators", Any(separators));

  // A full-width table; its Width is only computed by the layout, so set it from the page now
  // (the rules below are sized from it, and a reader of the document sees the same number).
  const sal_Int32 area = textAreaWidth(doc, at);
  tableProps->setPropertyValue("HoriOrient", Any(css::text::HoriOrientation::FULL));
  tableProps->setPropertyValue("Width", Any(area));
  const double left = block.leftColumnFraction;
  fillCell(ctx, factory, table, "A1", block.agency, left, area);
  fillCell(ctx, factory, table, "B1", block.nation, 1.0 - left, area);
  fillCell(ctx, factory, table, "A2", block.number, left, area);
  fillCell(ctx, factory, table, "B2", block.placeDate, 1.0 - left, area);
  return table;
}

}  // namespace baocao::uno
