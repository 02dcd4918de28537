#include "uno/document/edit_scope.hxx"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>

#include <cstdio>

namespace baocao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

EditScope::EditScope(Reference<css::frame::XModel> model, const rtl::OUString& undoTitle) : mxModel(std::move(model)) {
  mxUndo = Reference<css::document::XUndoManagerSupplier>(mxModel, UNO_QUERY_THROW)->getUndoManager();
  mnUndoDepth = mxUndo->getAllUndoActionTitles().getLength();
  mxModel->lockControllers();
  mxUndo->enterUndoContext(undoTitle);
}

EditScope::~EditScope() {
  try {
    mxUndo->leaveUndoContext();
    if (!mbCommitted && mxUndo->getAllUndoActionTitles().getLength() > mnUndoDepth) mxUndo->undo();
  } catch (...) {
    std::fputs("baocao: could not close the undo context\n", stderr);
  }
  try {
    mxModel->unlockControllers();
  } catch (...) {
    std::fputs("baocao: could not unlock the controllers\n", stderr);
  }
}

}  // namespace baocao::uno
