#include "uno/figure_preview.hxx"

#include "core/messages.hpp"
#include "uno/dialog_support.hxx"
#include "uno/ustr.hxx"

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/grid/DefaultGridColumnModel.hpp>
#include <com/sun/star/awt/grid/DefaultGridDataModel.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

namespace baocao::uno {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;

namespace {

// A grid in place of the placeholder label "gridArea": the .xdl format has no grid control.
void addGrid(const Context& ctx, const Reference<css::awt::XDialog>& dialog, const DialogStrings& strings,
             const std::vector<core::PreviewRow>& rows) {
  Reference<css::awt::XControl> control(dialog, UNO_QUERY_THROW);
  Reference<css::container::XNameContainer> model(control->getModel(), UNO_QUERY_THROW);
  Reference<css::beans::XPropertySet> area(model->getByName("gridArea"), UNO_QUERY_THROW);
  Reference<css::beans::XPropertySet> grid(
      Reference<css::lang::XMultiServiceFactory>(model, UNO_QUERY_THROW)->createInstance("com.sun.star.awt.grid.UnoControlGridModel"),
      UNO_QUERY_THROW);
  for (const char* p : {"PositionX", "PositionY", "Width", "Height"}) grid->setPropertyValue(OUString::createFromAscii(p), area->getPropertyValue(OUString::createFromAscii(p)));
  grid->setPropertyValue("ShowRowHeader", Any(false));
  grid->setPropertyValue("ShowColumnHeader", Any(true));
  grid->setPropertyValue("Name", Any(OUString("gridFigures")));

  auto columns = css::awt::grid::DefaultGridColumnModel::create(ctx);
  const std::pair<const char*, sal_Int32> spec[] = {{"key", 85}, {"label", 115}, {"old", 48}, {"new", 52}, {"source", 60}};
  for (const auto& [key, width] : spec) {
    auto column = columns->createColumn();
    column->setTitle(strings(key));
    column->setColumnWidth(width);
    column->setFlexibility(width);  // the grid shares its width out by flexibility, not by width
    columns->addColumn(column);
  }
  auto data = css::awt::grid::DefaultGridDataModel::create(ctx);
  sal_Int32 index = 0;
  for (const auto& r : rows) {
    // In document order; an arrow marks the values that change, readable without colour.
    Sequence<Any> cells(5);
    auto* c = cells.getArray();
    c[0] <<= toOU(r.key);
    c[1] <<= toOU(r.label);
    c[2] <<= toOU(r.oldText);
    c[3] <<= toOU((r.changed ? "→ " : "") + r.newText);
    c[4] <<= toOU(r.source);
    data->addRow(Any(index++), cells);
  }
  grid->setPropertyValue("ColumnModel", Any(columns));
  grid->setPropertyValue("GridDataModel", Any(data));
  model->removeByName("gridArea");
  model->insertByName("gridFigures", Any(grid));
}

}  // namespace

bool confirmFigurePreview(const Context& ctx, const PreviewFacts& facts) {
  const DialogStrings strings(ctx, "FigurePreview", "preview");
  const ScopedDialog scoped(ctx, "FigurePreview.xdl");
  const Reference<css::awt::XDialog>& dialog = scoped.get();
  int changed = 0, same = 0, missing = 0;
  for (const auto& r : facts.rows) (r.problem ? missing : r.changed ? changed : same)++;
  Reference<css::awt::XControlContainer> controls(dialog, UNO_QUERY_THROW);
  Reference<css::awt::XFixedText>(controls->getControl("lblFile"), UNO_QUERY_THROW)
      ->setText(fillPlaceholders(strings("file"), {facts.file}));
  OUString summary = changed == 0 && missing == 0
                         ? strings("nothing")
                         : fillPlaceholders(strings("summary"), {std::to_string(changed), std::to_string(same), std::to_string(missing)});
  if (!facts.fileChangedNote.empty()) summary += " " + toOU(facts.fileChangedNote);
  Reference<css::awt::XFixedText>(controls->getControl("lblSummary"), UNO_QUERY_THROW)->setText(summary);
  addGrid(ctx, dialog, strings, facts.rows);
  return dialog->execute() == 1;
}

}  // namespace baocao::uno
