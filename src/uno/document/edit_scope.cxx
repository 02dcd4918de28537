#include "uno/document/edit_scope.hxx"

#include "uno/uno_barrier.hxx"

#include <com/sun/star/document/XUndoManagerSupplier.hpp>

namespace baocao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

EditScope::EditScope(Context ctx, Reference<css::frame::XModel> model, const rtl::OUString& undoTitle)
    : mxContext(std::move(ctx)), mxModel(std::move(model)) {
  mxUndo = Reference<css::document::XUndoManagerSupplier>(mxModel, UNO_QUERY_THROW)->getUndoManager();
  mnUndoDepth = mxUndo->getAllUndoActionTitles().getLength();
  mxModel->lockControllers();
  mxUndo->enterUndoContext(undoTitle);
}

// A destructor may not throw, and the edit's own failure (if any) is already on its way to the
// command's barrier: these are logged, not shown.
EditScope::~EditScope() {
  LogFailureSink log(mxContext);
  (void)barrier("closing the undo context", log, [&] {
    mxUndo->leaveUndoContext();
    if (!mbCommitted && mxUndo->getAllUndoActionTitles().getLength() > mnUndoDepth) mxUndo->undo();
  });
  (void)barrier("unlocking the controllers", log, [&] { mxModel->unlockControllers(); });
}

}  // namespace baocao::uno
