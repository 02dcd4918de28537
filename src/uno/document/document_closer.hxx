// Closes a document we opened (hidden data files, the CLI's documents) whatever happens; a
// component that cannot close is disposed. Errors while closing are swallowed: the work is done.
#pragma once

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/util/XCloseable.hpp>

namespace baocao::uno {

class DocumentCloser {
 public:
  explicit DocumentCloser(com::sun::star::uno::Reference<com::sun::star::uno::XInterface> doc) : mxDoc(std::move(doc)) {}
  DocumentCloser(const DocumentCloser&) = delete;
  DocumentCloser& operator=(const DocumentCloser&) = delete;
  ~DocumentCloser() {
    namespace css = com::sun::star;
    try {
      if (css::uno::Reference<css::util::XCloseable> c(mxDoc, css::uno::UNO_QUERY); c.is())
        c->close(true);
      else if (css::uno::Reference<css::lang::XComponent> d(mxDoc, css::uno::UNO_QUERY); d.is())
        d->dispose();
    } catch (...) {
      // Silent by design: the work with the document is done and it was ours alone (hidden, never
      // shown); an office that cannot close it now has nothing the user could act on.
    }
  }

 private:
  com::sun::star::uno::Reference<com::sun::star::uno::XInterface> mxDoc;
};

}  // namespace baocao::uno
