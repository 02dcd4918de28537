// The one place where text crosses between OUString (UTF-16) and the core's UTF-8 std::string.
#pragma once

#include <rtl/ustring.hxx>

#include <string>
#include <string_view>

namespace baocao::uno {

using rtl::OUString;

[[nodiscard]] OUString toOU(std::string_view utf8);
// UTF-8, NFC-normalised: the core only ever sees NFC text.
[[nodiscard]] std::string toCore(const OUString& s);
// UTF-8 as is, for log lines and file paths.
[[nodiscard]] std::string toUtf8(const OUString& s);

}  // namespace baocao::uno
