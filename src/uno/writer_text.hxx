// The Writer text primitives the header and skeleton writers share: runs, placeholders and figure
// fields, centred rules, borderless layout tables, page geometry and text measurement.
#pragma once

#include "core/header.hpp"
#include "uno/office_settings.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/text/XTextTable.hpp>

#include <string>
#include <vector>

namespace baocao::uno {

inline constexpr double kHmmPerPt = 2540.0 / 72.0;  // 1/100 mm per point

// XTextCursor is an XTextRange; the SDK has no implicit upcast.
inline css::uno::Reference<css::text::XTextRange> range(const css::uno::Reference<css::text::XTextCursor>& c) {
  return css::uno::Reference<css::text::XTextRange>(c.get());
}

// Direct character formatting in the header font (Times New Roman), Vietnamese language.
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

// The rendered width, in points, of `text` in the given style; measured with LibreOffice's own
// font machinery (so "Times New Roman" is measured as whatever the office substitutes for it).
double textWidthPt(const Context& ctx, const rtl::OUString& text, const core::TextStyle& style);

}  // namespace baocao::uno
