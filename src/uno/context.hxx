// The component context every adapter function takes: what it needs to create LibreOffice
// services. Its own header, so that code writing Writer text does not pull in the configuration.
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace baocao::uno {

namespace css = com::sun::star;
using Context = css::uno::Reference<css::uno::XComponentContext>;

}  // namespace baocao::uno
