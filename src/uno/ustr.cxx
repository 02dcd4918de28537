#include "uno/ustr.hxx"

#include "text/vntext.hpp"

#include <rtl/string.hxx>

namespace baocao::uno {

OUString toOU(std::string_view utf8) {
  return OUString(utf8.data(), static_cast<sal_Int32>(utf8.size()), RTL_TEXTENCODING_UTF8);
}

std::string toUtf8(const OUString& s) {
  const rtl::OString o = rtl::OUStringToOString(s, RTL_TEXTENCODING_UTF8);
  return std::string(o.getStr(), static_cast<std::size_t>(o.getLength()));
}

std::string toCore(const OUString& s) { return text::nfc(toUtf8(s)); }

}  // namespace baocao::uno
