#include "text/marks.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace baocao::text {

std::string withoutMarks(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status) || nfd == nullptr)
    throw std::runtime_error(std::string("ICU NFD normaliser unavailable: ") + u_errorName(status));
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  u.foldCase(U_FOLD_CASE_DEFAULT);
  const icu::UnicodeString d = nfd->normalize(u, status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU NFD failed: ") + u_errorName(status));
  icu::UnicodeString out;
  for (int32_t i = 0; i < d.length();) {
    const UChar32 ch = d.char32At(i);
    i += U16_LENGTH(ch);
    if (u_getCombiningClass(ch) != 0 || u_charType(ch) == U_NON_SPACING_MARK) continue;
    out.append(ch == 0x0111 ? UChar32{'d'} : ch);
  }
  std::string s;
  out.toUTF8String(s);
  return s;
}

}  // namespace baocao::text
