#include "uno/document/writer_text.hxx"

#include "core/templates/odf_body.hpp"
#include "uno/log.hxx"
#include "uno/property_values.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/awt/FontDescriptor.hpp>
#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XDevice.hpp>
#include <com/sun/star/awt/XFont.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentInsertable.hpp>
#include <com/sun/star/embed/ElementModes.hpp>
#include <com/sun/star/embed/StorageFactory.hpp>
#include <com/sun/star/embed/XStorage.hpp>
#include <com/sun/star/embed/XTransactedObject.hpp>
#include <com/sun/star/io/XSeekable.hpp>
#include <com/sun/star/io/XStream.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/BorderLine2.hpp>
#include <com/sun/star/table/BorderLineStyle.hpp>
#include <com/sun/star/table/TableBorder2.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/HoriOrientation.hpp>
#include <com/sun/star/text/PlaceholderType.hpp>
#include <com/sun/star/text/TableColumnSeparator.hpp>
#include <com/sun/star/text/XDependentTextField.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>

#include <cmath>

namespace baocao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;

void setAll(const Reference<css::beans::XPropertySet>& props, const PropertyList& values) {
  Sequence<OUString> names(static_cast<sal_Int32>(values.size()));
  Sequence<Any> anys(static_cast<sal_Int32>(values.size()));
  for (std::size_t i = 0; i < values.size(); ++i) {
    names.getArray()[i] = values[i].first;
    anys.getArray()[i] = values[i].second;
  }
  Reference<css::beans::XMultiPropertySet>(props, UNO_QUERY_THROW)->setPropertyValues(names, anys);
}

PropertyList charStyleProperties(const core::TextStyle& style) {
  return {{"CharFontName", Any(OUString::createFromAscii(core::HeaderLayout::kFontFamily))},
          {"CharHeight", Any(static_cast<float>(style.sizePt))},
          {"CharWeight", Any(style.bold ? css::awt::FontWeight::BOLD : css::awt::FontWeight::NORMAL)},
          {"CharPosture", Any(style.italic ? css::awt::FontSlant_ITALIC : css::awt::FontSlant_NONE)},
          {"CharLocale", Any(css::lang::Locale("vi", "VN", ""))}};
}

void setCharStyle(const Reference<css::beans::XPropertySet>& props, const core::TextStyle& style) {
  setAll(props, charStyleProperties(style));
}

void setCentredParagraph(const Reference<css::beans::XPropertySet>& props) {
  setAll(props, {{"ParaAdjust", Any(static_cast<sal_Int16>(css::style::ParagraphAdjust_CENTER))},
                 {"ParaTopMargin", Any(sal_Int32(0))},
                 {"ParaBottomMargin", Any(sal_Int32(0))},
                 {"ParaFirstLineIndent", Any(sal_Int32(0))},
                 {"ParaLineSpacing", Any(css::style::LineSpacing(css::style::LineSpacingMode::PROP, 100))}});
}

OUString figureMasterName(std::string_view key) { return toOU(core::figureFieldName(key)); }

namespace {

// The user-field master of a data key, created on first use and shared after that, so one
// change of its content updates every field showing the figure.
Reference<css::beans::XPropertySet> figureMaster(const Reference<css::lang::XMultiServiceFactory>& factory,
                                                 const core::Segment& s) {
  const OUString name = figureMasterName(s.fieldKey);
  Reference<css::text::XTextFieldsSupplier> supplier(factory, UNO_QUERY_THROW);
  Reference<css::container::XNameAccess> masters = supplier->getTextFieldMasters();
  const OUString full = "com.sun.star.text.fieldmaster.User." + name;
  if (masters->hasByName(full)) return Reference<css::beans::XPropertySet>(masters->getByName(full), UNO_QUERY_THROW);
  Reference<css::beans::XPropertySet> master(factory->createInstance("com.sun.star.text.fieldmaster.User"),
                                             UNO_QUERY_THROW);
  master->setPropertyValue("Name", Any(name));
  master->setPropertyValue("Content", Any(toOU(s.text)));
  return master;
}

}  // namespace

void insertSegments(const Reference<css::lang::XMultiServiceFactory>& factory, const Reference<css::text::XText>& text,
                    const Reference<css::text::XTextCursor>& cursor, const std::vector<core::Segment>& segments) {
  for (const auto& s : segments) {
    if (!s.fieldKey.empty()) {
      Reference<css::text::XDependentTextField> field(factory->createInstance("com.sun.star.text.TextField.User"),
                                                      UNO_QUERY_THROW);
      field->attachTextFieldMaster(figureMaster(factory, s));
      text->insertTextContent(range(cursor), Reference<css::text::XTextContent>(field, UNO_QUERY_THROW), false);
    } else if (s.placeholder) {
      Reference<css::beans::XPropertySet> field(factory->createInstance("com.sun.star.text.TextField.JumpEdit"),
                                                UNO_QUERY_THROW);
      field->setPropertyValue("PlaceHolder", Any(toOU(s.text)));  // Writer adds the angle brackets itself
      field->setPropertyValue("Hint", Any(toOU(s.hint)));
      field->setPropertyValue("PlaceHolderType", Any(css::text::PlaceholderType::TEXT));
      text->insertTextContent(range(cursor), Reference<css::text::XTextContent>(field, UNO_QUERY_THROW), false);
    } else {
      text->insertString(range(cursor), toOU(s.text), false);
    }
  }
}

void insertRuleParagraph(const Reference<css::text::XText>& text, const Reference<css::text::XTextCursor>& cursor,
                         const core::RuleSpec& rule, double lengthHmm, sal_Int32 availableHmm) {
  const core::RuleLayout layout = core::layoutRule(rule, lengthHmm, availableHmm);  // as the body's package draws it
  const auto indent = static_cast<sal_Int32>(layout.indentHmm);
  text->insertControlCharacter(range(cursor), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
  Reference<css::beans::XPropertySet> props(cursor, UNO_QUERY_THROW);
  setCentredParagraph(props);
  props->setPropertyValue("CharHeight", Any(4.0f));
  props->setPropertyValue("CharWeight", Any(css::awt::FontWeight::NORMAL));
  props->setPropertyValue("ParaLeftMargin", Any(indent));
  props->setPropertyValue("ParaRightMargin", Any(indent));
  css::table::BorderLine2 line;
  line.LineStyle = css::table::BorderLineStyle::SOLID;
  line.LineWidth = static_cast<sal_uInt32>(layout.lineWidthHmm);
  line.OuterLineWidth = static_cast<sal_Int16>(line.LineWidth);
  props->setPropertyValue("TopBorder", Any(line));
  props->setPropertyValue("TopBorderDistance", Any(sal_Int32(0)));
}

namespace {

void writePart(const Reference<css::embed::XStorage>& package, const char* name, const std::string& xml) {
  Reference<css::io::XStream> part = package->openStreamElement(OUString::createFromAscii(name),
                                                                 css::embed::ElementModes::READWRITE);
  Reference<css::beans::XPropertySet> props(part, UNO_QUERY_THROW);
  props->setPropertyValue("MediaType", Any(OUString("text/xml")));
  props->setPropertyValue("Compressed", Any(false));  // read once, straight back: deflating is wasted time
  Reference<css::io::XOutputStream> out = part->getOutputStream();
  out->writeBytes(Sequence<sal_Int8>(reinterpret_cast<const sal_Int8*>(xml.data()), static_cast<sal_Int32>(xml.size())));
  out->closeOutput();
}

}  // namespace

void insertOdfPackage(const Context& ctx, const Reference<css::text::XTextCursor>& cursor, const std::string& contentXml,
                      const std::string& stylesXml) {
  // Writer 7.4 inserts packages only: insertDocumentFromURL ignores the flat .fodt filter.
  Reference<css::io::XStream> bytes(
      ctx->getServiceManager()->createInstanceWithContext("com.sun.star.comp.MemoryStream", ctx), UNO_QUERY_THROW);
  Sequence<Any> args(2);
  args.getArray()[0] <<= bytes;
  args.getArray()[1] <<= css::embed::ElementModes::READWRITE;
  // StorageFactory offers only XSingleServiceFactory, deprecated in the IDL but the one way to a
  // storage on a stream (LibreOffice's own OStorageHelper calls the same).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  Reference<css::embed::XStorage> package(css::embed::StorageFactory::create(ctx)->createInstanceWithArguments(args),
                                          UNO_QUERY_THROW);
#pragma GCC diagnostic pop
  Reference<css::beans::XPropertySet>(package, UNO_QUERY_THROW)
      ->setPropertyValue("MediaType", Any(OUString("application/vnd.oasis.opendocument.text")));
  writePart(package, "content.xml", contentXml);
  writePart(package, "styles.xml", stylesXml);
  Reference<css::embed::XTransactedObject>(package, UNO_QUERY_THROW)->commit();
  Reference<css::lang::XComponent>(package, UNO_QUERY_THROW)->dispose();
  Reference<css::io::XSeekable>(bytes, UNO_QUERY_THROW)->seek(0);

  Sequence<css::beans::PropertyValue> media(2);
  media.getArray()[0] = prop("InputStream", Any(bytes->getInputStream()));
  media.getArray()[1] = prop("FilterName", Any(OUString("writer8")));
  Reference<css::document::XDocumentInsertable>(cursor, UNO_QUERY_THROW)->insertDocumentFromURL(OUString(), media);
}

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

Reference<css::text::XTextTable> insertLayoutTable(const Reference<css::text::XTextDocument>& doc,
                                                   const Reference<css::text::XTextRange>& at, sal_Int32 rows,
                                                   const char* name, double leftFraction, sal_Int32 widthHmm) {
  Reference<css::lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
  Reference<css::text::XTextTable> table(factory->createInstance("com.sun.star.text.TextTable"), UNO_QUERY_THROW);
  table->initialize(rows, 2);
  Reference<css::container::XNamed>(table, UNO_QUERY_THROW)->setName(OUString::createFromAscii(name));
  at->getText()->insertTextContent(at, Reference<css::text::XTextContent>(table, UNO_QUERY_THROW), false);

  Reference<css::beans::XPropertySet> props(table, UNO_QUERY_THROW);
  css::table::TableBorder2 none;  // every line present and empty: a borderless table
  none.IsTopLineValid = none.IsBottomLineValid = none.IsLeftLineValid = none.IsRightLineValid = true;
  none.IsHorizontalLineValid = none.IsVerticalLineValid = true;
  props->setPropertyValue("TableBorder2", Any(none));
  props->setPropertyValue("HoriOrient", Any(css::text::HoriOrientation::FULL));
  props->setPropertyValue("Width", Any(widthHmm));
  sal_Int16 relativeSum = 10000;
  props->getPropertyValue("TableColumnRelativeSum") >>= relativeSum;
  Sequence<css::text::TableColumnSeparator> separators(1);
  separators.getArray()[0].Position = static_cast<sal_Int16>(std::lround(relativeSum * leftFraction));
  separators.getArray()[0].IsVisible = true;
  props->setPropertyValue("TableColumnSeparators", Any(separators));
  return table;
}

sal_Int32 cellTextWidth(sal_Int32 tableHmm, const Reference<css::text::XTextTable>& table, const OUString& cellName,
                        double fraction) {
  Reference<css::beans::XPropertySet> cell(table->getCellByName(cellName), UNO_QUERY_THROW);
  sal_Int32 left = 0, right = 0;
  cell->getPropertyValue("LeftBorderDistance") >>= left;
  cell->getPropertyValue("RightBorderDistance") >>= right;
  return static_cast<sal_Int32>(std::lround(tableHmm * fraction)) - left - right;
}

double TextMeasure::widthPt(const OUString& text, const core::TextStyle& style) {
  constexpr sal_Int16 kPixelHeight = 200;  // large enough that rounding to pixels does not matter
  if (!mbUnavailable) {
    try {
      if (!mxDevice.is()) {
        Reference<css::awt::XToolkit> toolkit(css::awt::Toolkit::create(mxCtx), UNO_QUERY_THROW);
        mxDevice = toolkit->createScreenCompatibleDevice(16, 16);
      }
      auto& xFont = maFonts[{style.bold, style.italic}];
      if (!xFont.is()) {
        css::awt::FontDescriptor font;
        font.Name = OUString::createFromAscii(core::HeaderLayout::kFontFamily);
        font.Height = kPixelHeight;
        font.Weight = style.bold ? css::awt::FontWeight::BOLD : css::awt::FontWeight::NORMAL;
        font.Slant = style.italic ? css::awt::FontSlant_ITALIC : css::awt::FontSlant_NONE;
        xFont = mxDevice->getFont(font);
      }
      if (xFont.is()) {
        const sal_Int32 px = xFont->getStringWidth(text);
        if (px > 0) return px * style.sizePt / kPixelHeight;
      }
    } catch (const css::uno::Exception& e) {
      mbUnavailable = true;  // said once
      logLine(mxCtx, "text measurement unavailable, estimating: " + toUtf8(e.Message));
    }
  }
  // Without a toolkit: Times New Roman averages about half an em per character.
  return 0.5 * style.sizePt * text.getLength();
}

}  // namespace baocao::uno
