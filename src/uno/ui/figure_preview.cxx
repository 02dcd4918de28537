#include "uno/ui/figure_preview.hxx"

#include "core/messages.hpp"
#include "uno/component/office_settings.hxx"
#include "uno/ui/dialog_support.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/lang/XComponent.hpp>

namespace baocao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

// One line a figure, in document order: "nhan_khau_tong · Tổng số nhân khẩu: 1.530 → 1.650 (Công an
// xã)"; an unchanged one shows its value once. (A list box, not a grid control: LibreOffice 7.4's
// grid corrupted the heap now and then when its dialog closed; the list box is the control the
// results dialog uses too.)
void fillRows(const Reference<css::awt::XDialog>& dialog, const std::vector<core::PreviewRow>& rows) {
  Reference<css::awt::XListBox> list(
      Reference<css::awt::XControlContainer>(dialog, UNO_QUERY_THROW)->getControl("lstFigures"), UNO_QUERY_THROW);
  Sequence<OUString> items(static_cast<sal_Int32>(rows.size()));
  auto* out = items.getArray();
  for (const auto& r : rows) {
    std::string line = r.key + " · " + r.label + ": " + (r.changed ? r.oldText + " → " + r.newText : r.newText);
    if (!r.source.empty()) line += " (" + r.source + ")";
    *out++ = toOU(line);
  }
  list->addItems(items, 0);
}

}  // namespace

bool confirmFigurePreview(const Context& ctx, const PreviewFacts& facts) {
  const UiText text(uiLanguage(ctx));
  const ScopedDialog scoped(ctx, "FigurePreview.xdl");
  const Reference<css::awt::XDialog>& dialog = scoped.get();
  int changed = 0, same = 0, missing = 0;
  for (const auto& r : facts.rows) (r.problem ? missing : r.changed ? changed : same)++;
  Reference<css::awt::XControlContainer> controls(dialog, UNO_QUERY_THROW);
  Reference<css::awt::XFixedText>(controls->getControl("lblFile"), UNO_QUERY_THROW)
      ->setText(text(core::MessageId::PreviewFile, {facts.file}));
  OUString summary = changed == 0 && missing == 0
                         ? text(core::MessageId::PreviewNothing)
                         : text(core::MessageId::PreviewSummary, {std::to_string(changed), std::to_string(same), std::to_string(missing)});
  if (!facts.fileChangedNote.empty()) summary += " " + toOU(facts.fileChangedNote);
  Reference<css::awt::XFixedText>(controls->getControl("lblSummary"), UNO_QUERY_THROW)->setText(summary);
  fillRows(dialog, facts.rows);
  return dialog->execute() == 1;
}

}  // namespace baocao::uno
