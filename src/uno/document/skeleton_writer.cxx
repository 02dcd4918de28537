#include "uno/document/skeleton_writer.hxx"

#include "core/templates/odf_body.hpp"
#include "uno/document/header_writer.hxx"
#include "uno/ustr.hxx"
#include "uno/document/writer_text.hxx"

#include <com/sun/star/awt/FontSlant.hpp>
#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/style/LineSpacing.hpp>
#include <com/sun/star/style/LineSpacingMode.hpp>
#include <com/sun/star/style/ParagraphAdjust.hpp>
#include <com/sun/star/style/XStyle.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/XIndexReplace.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/text/PageNumberType.hpp>
#include <com/sun/star/text/XChapterNumberingSupplier.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextFieldsSupplier.hpp>
#include <com/sun/star/text/XTextRangeCompare.hpp>

#include <cmath>
#include <map>
#include <span>

namespace baocao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

constexpr sal_Int32 kMm = 100;  // 1/100 mm

sal_Int32 pt(double points) { return static_cast<sal_Int32>(std::lround(points * kHmmPerPt)); }

Reference<css::container::XNameContainer> family(const Reference<css::text::XTextDocument>& doc, const char* name) {
  Reference<css::style::XStyleFamiliesSupplier> families(doc, UNO_QUERY_THROW);
  return Reference<css::container::XNameContainer>(families->getStyleFamilies()->getByName(OUString::createFromAscii(name)),
                                                   UNO_QUERY_THROW);
}

// Creates the style if missing; returns it for setting properties only when it was created.
Reference<css::beans::XPropertySet> createStyle(const Reference<css::text::XTextDocument>& doc, const char* familyName,
                                                const char* service, const char* utf8Name) {
  auto styles = family(doc, familyName);
  const OUString name = toOU(utf8Name);
  if (styles->hasByName(name)) return {};
  Reference<css::lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
  Reference<css::style::XStyle> style(factory->createInstance(OUString::createFromAscii(service)), UNO_QUERY_THROW);
  styles->insertByName(name, Any(style));
  return Reference<css::beans::XPropertySet>(style, UNO_QUERY_THROW);
}

struct ParaStyleSpec {
  const char* name;
  const char* parent;
  core::TextStyle text;
  css::style::ParagraphAdjust adjust;
  sal_Int32 firstLineIndent;
  sal_Int16 outlineLevel;
  double spaceBeforePt = 0;
};

// What keeps the printed report in one piece: a heading never ends a page (it goes with its text
// and is not split); no paragraph leaves a single line alone at a page's foot or head.
PropertyList pageFlowProperties(const ParaStyleSpec& spec) {
  PropertyList values{{"ParaOrphans", Any(sal_Int8(2))}, {"ParaWidows", Any(sal_Int8(2))}};
  if (spec.outlineLevel > 0)
    values.insert(values.end(), {{"ParaKeepTogether", Any(true)}, {"ParaSplit", Any(false)}});
  return values;
}

void defineParagraphStyle(const Reference<css::text::XTextDocument>& doc, const ParaStyleSpec& spec) {
  auto style = createStyle(doc, "ParagraphStyles", "com.sun.star.style.ParagraphStyle", spec.name);
  if (!style.is()) return;
  Reference<css::style::XStyle>(style, UNO_QUERY_THROW)->setParentStyle(OUString::createFromAscii(spec.parent));
  PropertyList values = charStyleProperties(spec.text);
  values.insert(values.end(), {
      {"CharColor", Any(sal_Int32(0))},
      {"ParaAdjust", Any(static_cast<sal_Int16>(spec.adjust))},
      {"ParaFirstLineIndent", Any(spec.firstLineIndent)},
      {"ParaLeftMargin", Any(sal_Int32(0))},
      {"ParaTopMargin", Any(pt(spec.spaceBeforePt))},
      {"ParaBottomMargin", Any(pt(core::BodyLayout::kSpacingAfterPt))},
      {"ParaLineSpacing",
       Any(css::style::LineSpacing(css::style::LineSpacingMode::PROP, core::BodyLayout::kLineSpacingPercent))},
      // Styles derived from Heading N do not inherit the outline level: set it, so the Navigator
      // and the outline see the sections.
      {"OutlineLevel", Any(spec.outlineLevel)},
  });
  const PropertyList flow = pageFlowProperties(spec);
  values.insert(values.end(), flow.begin(), flow.end());
  setAll(style, values);
}

void definePageStyles(const Reference<css::text::XTextDocument>& doc) {
  auto page = createStyle(doc, "PageStyles", "com.sun.star.style.PageStyle", StyleNames::kPage);
  auto first = createStyle(doc, "PageStyles", "com.sun.star.style.PageStyle", StyleNames::kFirstPage);
  // Decree 30: A4 portrait; top and bottom 20 mm, left 30 mm, right 15 mm; page numbers centred in
  // the top margin, not on page 1.
  for (const auto& p : {page, first})
    if (p.is())
      setAll(p, {{"Width", Any(sal_Int32(210 * kMm))},
                 {"Height", Any(sal_Int32(297 * kMm))},
                 {"TopMargin", Any(sal_Int32(20 * kMm))},
                 {"BottomMargin", Any(sal_Int32(20 * kMm))},
                 {"LeftMargin", Any(sal_Int32(30 * kMm))},
                 {"RightMargin", Any(sal_Int32(15 * kMm))}});
  if (first.is()) first->setPropertyValue("FollowStyle", Any(toOU(StyleNames::kPage)));
  if (!page.is()) return;
  page->setPropertyValue("HeaderIsOn", Any(true));
  // The header (the page number) sits inside the 20 mm top margin: 10 mm to the header, whose
  // height (body distance included) is the other 10 mm, so the text starts 20 mm from the edge on
  // every page, as on the first. (8 mm here put the text at 18 mm; the validator found it.)
  setAll(page, {{"TopMargin", Any(sal_Int32(10 * kMm))},
                {"HeaderBodyDistance", Any(sal_Int32(2 * kMm))},
                {"HeaderHeight", Any(sal_Int32(10 * kMm))}});
  Reference<css::text::XText> header(page->getPropertyValue("HeaderText"), UNO_QUERY_THROW);
  Reference<css::text::XTextCursor> cursor = header->createTextCursor();
  Reference<css::beans::XPropertySet> props(cursor, UNO_QUERY_THROW);
  setCentredParagraph(props);
  setCharStyle(props, core::TextStyle{14.0, false, false});
  Reference<css::lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
  Reference<css::beans::XPropertySet> number(factory->createInstance("com.sun.star.text.TextField.PageNumber"),
                                             UNO_QUERY_THROW);
  number->setPropertyValue("NumberingType", Any(sal_Int16(4)));  // style::NumberingType::ARABIC
  number->setPropertyValue("SubType", Any(css::text::PageNumberType_CURRENT));
  header->insertTextContent(range(cursor), Reference<css::text::XTextContent>(number, UNO_QUERY_THROW), false);
}

// Makes our heading styles the document's outline (chapter numbering) styles for levels 1-3,
// the way Writer knows headings: the Navigator lists them, and the .docx export writes their
// outline level (a style's OutlineLevel attribute alone is exported as body text).
void assignOutlineLevels(const Reference<css::text::XTextDocument>& doc) {
  Reference<css::container::XIndexReplace> rules =
      Reference<css::text::XChapterNumberingSupplier>(doc, UNO_QUERY_THROW)->getChapterNumberingRules();
  for (sal_Int32 level = 0; level < 3; ++level) {
    css::uno::Sequence<css::beans::PropertyValue> props;
    rules->getByIndex(level) >>= props;
    for (auto& p : props.getArray() ? std::span(props.getArray(), static_cast<std::size_t>(props.getLength()))
                                    : std::span<css::beans::PropertyValue>())
      if (p.Name == "HeadingStyleName") p.Value <<= toOU(StyleNames::kHeading[level]);
    rules->replaceByIndex(level, Any(props));
  }
}

core::BodyStyleNames bodyStyleNames() {
  return {StyleNames::kBody, StyleNames::kTypeName, StyleNames::kTrichYeu, StyleNames::kKinhGui,
          {StyleNames::kHeading[0], StyleNames::kHeading[1], StyleNames::kHeading[2]}};
}

// The values of the figure fields the document already has: the inserted body keeps them.
std::map<std::string, std::string> figureValues(const Reference<css::text::XTextDocument>& doc,
                                                const std::vector<core::BodyParagraph>& body) {
  Reference<css::container::XNameAccess> masters =
      Reference<css::text::XTextFieldsSupplier>(doc, UNO_QUERY_THROW)->getTextFieldMasters();
  std::map<std::string, std::string> values;
  for (const auto& p : body)
    for (const auto& s : p.segments) {
      if (s.fieldKey.empty() || values.count(s.fieldKey) != 0) continue;
      const OUString full = "com.sun.star.text.fieldmaster.User." + figureMasterName(s.fieldKey);
      if (!masters->hasByName(full)) continue;
      OUString content;
      Reference<css::beans::XPropertySet>(masters->getByName(full), UNO_QUERY_THROW)->getPropertyValue("Content") >>= content;
      values.emplace(s.fieldKey, toCore(content));
    }
  return values;
}

void fillSignature(const Reference<css::lang::XMultiServiceFactory>& factory, const Reference<css::text::XTextTable>& table,
                   const core::SignatureBlock& sig) {
  {  // Nơi nhận: label 12 pt bold italic, items 11 pt, flush left
    Reference<css::text::XText> text(table->getCellByName("A1"), UNO_QUERY_THROW);
    Reference<css::text::XTextCursor> cursor = text->createTextCursor();
    Reference<css::beans::XPropertySet> props(cursor, UNO_QUERY_THROW);
    setCentredParagraph(props);
    props->setPropertyValue("ParaAdjust", Any(static_cast<sal_Int16>(css::style::ParagraphAdjust_LEFT)));
    setCharStyle(props, core::BodyLayout::kNoiNhanLabel);
    text->insertString(range(cursor), toOU("Nơi nhận:"), false);
    for (const auto& item : sig.noiNhan) {
      text->insertControlCharacter(range(cursor), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
      setCharStyle(props, core::BodyLayout::kNoiNhanItem);
      text->insertString(range(cursor), toOU(item), false);
    }
  }
  Reference<css::text::XText> text(table->getCellByName("B1"), UNO_QUERY_THROW);
  Reference<css::text::XTextCursor> cursor = text->createTextCursor();
  Reference<css::beans::XPropertySet> props(cursor, UNO_QUERY_THROW);
  setCentredParagraph(props);
  setCharStyle(props, core::BodyLayout::kSignature);
  bool first = true;
  for (const auto& line : sig.authorityLines) {
    if (!first) text->insertControlCharacter(range(cursor), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
    first = false;
    text->insertString(range(cursor), toOU(line), false);
  }
  for (int i = 0; i < 4; ++i)  // room for the signature and the seal
    text->insertControlCharacter(range(cursor), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
  insertSegments(factory, text, cursor, {sig.signer});
}

// The signature block prints on one page: its row and the table never split. The body's last
// paragraph (the one ending "./.") keeps with it, so the signature page also carries the body's
// last lines (two at least: the body style's widows), never the signature alone.
void keepSignatureTogether(const Reference<css::text::XTextTable>& table) {
  Reference<css::beans::XPropertySet>(table, UNO_QUERY_THROW)->setPropertyValue("Split", Any(false));
  Reference<css::table::XTableRows> rows = table->getRows();
  for (sal_Int32 i = 0; i < rows->getCount(); ++i)
    Reference<css::beans::XPropertySet>(rows->getByIndex(i), UNO_QUERY_THROW)->setPropertyValue("IsSplitAllowed", Any(false));
}

void keepWithNext(const Reference<css::text::XTextRange>& paragraph) {
  Reference<css::beans::XPropertySet>(paragraph->getText()->createTextCursorByRange(paragraph), UNO_QUERY_THROW)
      ->setPropertyValue("ParaKeepTogether", Any(true));
}

}  // namespace

bool atDocumentStart(const Reference<css::text::XTextDocument>& doc, const Reference<css::text::XTextRange>& at) {
  Reference<css::text::XText> body = doc->getText();
  if (at->getText() != body) return false;
  Reference<css::text::XTextRangeCompare> compare(body, UNO_QUERY_THROW);
  return compare->compareRegionStarts(body->getStart(), at) == 0;
}

void preparePageStyles(const Reference<css::text::XTextDocument>& doc) {
  if (family(doc, "PageStyles")->hasByName(toOU(StyleNames::kFirstPage))) return;
  definePageStyles(doc);
  Reference<css::document::XUndoManagerSupplier>(doc, UNO_QUERY_THROW)->getUndoManager()->clear();
}

namespace {

void ensureParagraphStyles(const Reference<css::text::XTextDocument>& doc) {
  using core::BodyLayout;
  const sal_Int32 indent = static_cast<sal_Int32>(BodyLayout::kFirstLineIndentMm * kMm);
  const ParaStyleSpec specs[] = {
      {StyleNames::kBody, "Text body", BodyLayout::kBody, css::style::ParagraphAdjust_BLOCK, indent, 0},
      {StyleNames::kHeading[0], "Heading 1", BodyLayout::kHeading0, css::style::ParagraphAdjust_BLOCK, indent, 1},
      {StyleNames::kHeading[1], "Heading 2", BodyLayout::kHeading1, css::style::ParagraphAdjust_BLOCK, indent, 2},
      {StyleNames::kHeading[2], "Heading 3", BodyLayout::kHeading2, css::style::ParagraphAdjust_BLOCK, indent, 3},
      {StyleNames::kTypeName, "Standard", BodyLayout::kTypeName, css::style::ParagraphAdjust_CENTER, 0, 0, 18},
      {StyleNames::kTrichYeu, "Standard", BodyLayout::kTrichYeu, css::style::ParagraphAdjust_CENTER, 0, 0},
      {StyleNames::kKinhGui, "Standard", BodyLayout::kBody, css::style::ParagraphAdjust_CENTER, 0, 0, 6},
  };
  for (const auto& spec : specs) defineParagraphStyle(doc, spec);
  assignOutlineLevels(doc);
}

// The body in one import through Writer's own reader (one Writer edit per paragraph is what made
// the insertion slow), into the empty paragraph at `bodyAt`: the package's first and last
// paragraphs merge with the paragraph they land in.
void insertBody(const Context& ctx, TextMeasure& measure, const Reference<css::text::XTextDocument>& doc,
                const Reference<css::text::XTextCursor>& bodyAt, const std::vector<core::BodyParagraph>& paragraphs,
                sal_Int32 width) {
  std::vector<core::RuleLayout> rules;
  for (const auto& p : paragraphs) {
    if (!p.rule) continue;
    const core::TextStyle style = p.role == core::ParaRole::TrichYeu ? core::BodyLayout::kTrichYeu : core::BodyLayout::kBody;
    // A title that wraps is as long as the line: the rule follows the line, not the whole text.
    const double textHmm = std::min(measure.widthPt(toOU(p.plainText()), style) * kHmmPerPt, double(width));
    rules.push_back(core::layoutRule(*p.rule, core::ruleLength(*p.rule, textHmm, width), width));
  }
  const core::OdfBody body = core::renderOdfBody(paragraphs, bodyStyleNames(), rules, figureValues(doc, paragraphs));
  insertOdfPackage(ctx, bodyAt, body.content, body.styles);
  // Writer selects what it imported; a package it cannot read leaves the cursor collapsed.
  if (bodyAt->isCollapsed()) throw css::uno::RuntimeException("Writer did not import the report body");
  // The package's closing empty paragraph, joined into the body's last one, which keeps its
  // attributes (Writer keeps the first paragraph's when the selection ends on the empty one).
  Reference<css::text::XTextCursor> closing = bodyAt->getText()->createTextCursorByRange(bodyAt->getEnd());
  closing->goLeft(1, true);
  closing->setString(OUString());
}

}  // namespace

void insertSkeleton(const Context& ctx, const Reference<css::text::XTextDocument>& doc,
                    const Reference<css::text::XTextRange>& at, const core::Skeleton& skeleton,
                    const Reference<css::task::XStatusIndicator>& progress, std::string_view progressText) {
  ensureParagraphStyles(doc);
  Reference<css::lang::XMultiServiceFactory> factory(doc, UNO_QUERY_THROW);
  Reference<css::text::XText> text = at->getText();
  Reference<css::text::XTextCursor> cursor = text->createTextCursorByRange(at);
  Reference<css::text::XParagraphCursor> para(cursor, UNO_QUERY_THROW);
  // Start on a paragraph of its own; the text after the cursor moves below the skeleton.
  if (!para->isStartOfParagraph())
    text->insertControlCharacter(range(cursor), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
  const bool firstPage = atDocumentStart(doc, range(cursor)) &&
                         family(doc, "PageStyles")->hasByName(toOU(StyleNames::kFirstPage));
  Reference<css::beans::XPropertySet> props(cursor, UNO_QUERY_THROW);
  OUString originalStyle;
  props->getPropertyValue("ParaStyleName") >>= originalStyle;

  // On the first page the Decree 30 page style applies (210 - 30 - 15 mm); elsewhere, the page's own.
  const sal_Int32 width = firstPage ? (210 - 30 - 15) * kMm : textAreaWidth(doc, range(cursor));
  if (firstPage) props->setPropertyValue("PageDescName", Any(toOU(StyleNames::kFirstPage)));
  if (progress.is()) progress->start(toOU(progressText), 3);  // header, signature, body
  TextMeasure measure(ctx);
  auto header = insertHeader(measure, doc, range(cursor), skeleton.header);
  if (firstPage) Reference<css::beans::XPropertySet>(header, UNO_QUERY_THROW)->setPropertyValue(
      "PageDescName", Any(toOU(StyleNames::kFirstPage)));
  if (progress.is()) progress->setValue(1);

  // The body's own empty paragraph, then the signature table: the body goes in last, since a
  // table inserted after a freshly imported body costs 30 ms more than before it.
  Reference<css::text::XTextCursor> bodyAt;
  if (!skeleton.body.empty()) {
    text->insertControlCharacter(range(cursor), css::text::ControlCharacter::PARAGRAPH_BREAK, false);
    bodyAt = text->createTextCursorByRange(range(cursor));
    bodyAt->goLeft(1, false);
  }
  auto signature = insertLayoutTable(doc, range(cursor), 1, StyleNames::kSignatureTable, 0.35, width);
  fillSignature(factory, signature, skeleton.signature);
  keepSignatureTogether(signature);
  props->setPropertyValue("ParaStyleName", Any(originalStyle));
  if (progress.is()) progress->setValue(2);
  if (bodyAt.is()) {
    insertBody(ctx, measure, doc, bodyAt, skeleton.body, width);
    keepWithNext(bodyAt->getEnd());
  }
  if (progress.is()) {
    progress->setValue(3);
    progress->end();
  }
}

}  // namespace baocao::uno
