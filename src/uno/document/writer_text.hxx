// The Writer text primitives the header and skeleton writers share: runs, placeholders and figure
// fields, centred rules, borderless layout tables, page geometry and text measurement.
#pragma once

#include "core/templates/header.hpp"
#include "uno/context.hxx"

#include <com/sun/star/awt/XDevice.hpp>
#include <com/sun/star/awt/XFont.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace baocao::uno {

inline constexpr double kHmmPerPt = 2540.0 / 72.0;  // 1/100 mm per point

// XTextCursor is an XTextRange; the SDK has no implicit upcast.
inline css::uno::Reference<css::text::XTextRange> range(const css::uno::Reference<css::text::XTextCursor>& c) {
  return css::uno::Reference<css::text::XTextRange>(c.get());
}

// Properties to set together; setAll hands them to Writer in one call (one change of a style or
// of a paragraph's attributes instead of one per property).
using PropertyList = std::vector<std::pair<rtl::OUString, css::uno::Any>>;
void setAll(const css::uno::Reference<css::beans::XPropertySet>& props, const PropertyList& values);

// Character formatting in the header font (Times New Roman), Vietnamese language.
[[nodiscard]] PropertyList charStyleProperties(const core::TextStyle& style);
void setCharStyle(const css::uno::Reference<css::beans::XPropertySet>& props, const core::TextStyle& style);
void setCentredParagraph(const css::uno::Reference<css::beans::XPropertySet>& props);

// Writes segments at the cursor: text, placeholder fields (JumpEdit) and figure fields (a user
// field whose master is named after the data key, "bc_<key>", shared by every use of the key).
void insertSegments(const css::uno::Reference<css::lang::XMultiServiceFactory>& factory,
                    const css::uno::Reference<css::text::XText>& text,
                    const css::uno::Reference<css::text::XTextCursor>& cursor, const std::vector<core::Segment>& segments);

// The master name of a figure field for a data key.
rtl::OUString figureMasterName(std::string_view key);

// A new empty paragraph at the cursor whose top border is the rule: `lengthHmm` long, centred in
// a paragraph area `availableHmm` wide.
void insertRuleParagraph(const css::uno::Reference<css::text::XText>& text,
                         const css::uno::Reference<css::text::XTextCursor>& cursor, const core::RuleSpec& rule,
                         double lengthHmm, sal_Int32 availableHmm);

// Inserts an OpenDocument text package, given as its content.xml and styles.xml, at the cursor
// through Writer's own import (what Insert > Text from File does): the whole text in one edit.
// The package is built in memory; no file is written.
void insertOdfPackage(const Context& ctx, const css::uno::Reference<css::text::XTextCursor>& cursor,
                      const std::string& contentXml, const std::string& stylesXml);

// The width of the text area of the page the range is on (page width minus margins), 1/100 mm.
sal_Int32 textAreaWidth(const css::uno::Reference<css::text::XTextDocument>& doc,
                        const css::uno::Reference<css::text::XTextRange>& at);

// A borderless full-width table of `rows` x 2 inserted before `at`, its first column
// `leftFraction` of the width. Its width is set from the page: the layout has not computed it yet.
css::uno::Reference<css::text::XTextTable> insertLayoutTable(const css::uno::Reference<css::text::XTextDocument>& doc,
                                                             const css::uno::Reference<css::text::XTextRange>& at,
                                                             sal_Int32 rows, const char* name, double leftFraction,
                                                             sal_Int32 widthHmm);

// Text width of a cell's content area for a column that is `fraction` of a table `tableHmm` wide.
sal_Int32 cellTextWidth(sal_Int32 tableHmm, const css::uno::Reference<css::text::XTextTable>& table,
                        const rtl::OUString& cellName, double fraction);

// The rendered width, in points, of text in a style; measured with LibreOffice's own font
// machinery (so "Times New Roman" is measured as whatever the office substitutes for it). One
// measuring device for all the lines of an insertion, one font per style: making a device per
// line was most of the header's cost.
class TextMeasure {
 public:
  explicit TextMeasure(Context ctx) : mxCtx(std::move(ctx)) {}
  [[nodiscard]] double widthPt(const rtl::OUString& text, const core::TextStyle& style);

 private:
  Context mxCtx;
  css::uno::Reference<css::awt::XDevice> mxDevice;
  bool mbUnavailable = false;
  std::map<std::pair<bool, bool>, css::uno::Reference<css::awt::XFont>> maFonts;  // by (bold, italic)
};

}  // namespace baocao::uno
