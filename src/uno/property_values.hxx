// Building and reading sequences of PropertyValue: dispatch arguments, media descriptors, the
// properties of a type or a filter.
#pragma once

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

namespace baocao::uno {

[[nodiscard]] inline css::beans::PropertyValue prop(const char* name, const css::uno::Any& value) {
  css::beans::PropertyValue p;
  p.Name = rtl::OUString::createFromAscii(name);
  p.Value = value;
  return p;
}

// The value named `name`, or nullptr when there is none.
[[nodiscard]] inline const css::uno::Any* findValue(const css::uno::Sequence<css::beans::PropertyValue>& props,
                                                    const char* name) {
  for (const auto& p : props)
    if (p.Name.equalsAscii(name)) return &p.Value;
  return nullptr;
}

// The string named `name`; empty when there is none or it is not a string.
[[nodiscard]] inline rtl::OUString stringValue(const css::uno::Sequence<css::beans::PropertyValue>& props,
                                               const char* name) {
  rtl::OUString value;
  if (const css::uno::Any* v = findValue(props, name)) *v >>= value;
  return value;
}

}  // namespace baocao::uno
