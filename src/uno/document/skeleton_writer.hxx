// Renders a core::Skeleton into a Writer document at a position: the header table, the body in
// the project's paragraph styles (derived from Heading 1-3 and Text body, so the Navigator and
// outline numbering see the sections), a bookmark per section, placeholders and figure fields,
// and the signature table with Nơi nhận. The caller owns the undo context (EditScope).
#pragma once

#include "core/templates/skeleton.hpp"
#include "uno/context.hxx"

#include <com/sun/star/task/XStatusIndicator.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextRange.hpp>

namespace baocao::uno {

struct StyleNames {
  static constexpr const char* kBody = "Báo cáo - Nội dung";
  static constexpr const char* kHeading[3] = {"Báo cáo - Đề mục 1", "Báo cáo - Đề mục 2", "Báo cáo - Đề mục 3"};
  static constexpr const char* kTypeName = "Báo cáo - Tên loại";
  static constexpr const char* kTrichYeu = "Báo cáo - Trích yếu";
  static constexpr const char* kKinhGui = "Báo cáo - Kính gửi";
  static constexpr const char* kPage = "Báo cáo NĐ30";
  static constexpr const char* kFirstPage = "Báo cáo NĐ30 - Trang đầu";
  static constexpr const char* kSignatureTable = "BaoCaoChuKy";
};

// True when `at` is at the very start of the document's body text: the skeleton then also sets
// the first page's style.
bool atDocumentStart(const css::uno::Reference<css::text::XTextDocument>& doc,
                     const css::uno::Reference<css::text::XTextRange>& at);

// Creates the Decree 30 page styles if missing. Call it BEFORE opening the undo context: turning a
// page header on is not undoable in Writer and clears the undo stack (it would take the
// insertion's own context with it); the rest of the setup is cleared from the undo list too, so
// an undo never half-reverts it. Paragraph styles are created inside the insertion (undoable).
void preparePageStyles(const css::uno::Reference<css::text::XTextDocument>& doc);

// Inserts the skeleton before `at` (styles prepared). At the start of the document the first page
// gets the Decree 30 page styles (A4, margins, page number from page 2). `progress` may be empty;
// it shows `progressText`.
void insertSkeleton(const Context& ctx, const css::uno::Reference<css::text::XTextDocument>& doc,
                    const css::uno::Reference<css::text::XTextRange>& at, const core::Skeleton& skeleton,
                    const css::uno::Reference<css::task::XStatusIndicator>& progress, std::string_view progressText);

}  // namespace baocao::uno
