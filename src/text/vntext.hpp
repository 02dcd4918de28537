// Vietnamese text operations (UTF-8 in, UTF-8 out). ICU is an implementation detail of vntext.cpp.
//
// Worked examples:
//   nfc("Nhân da\u0302n")            == "Nhân dân"             (decomposed â composed)
//   upper("Ủy ban nhân dân xã Long Môn") == "ỦY BAN NHÂN DÂN XÃ LONG MÔN"   (vi locale)
//   equalFolded("ĐỘC LẬP", "độc lập") == true; equalFolded("độc lập", "đoc lap") == false
#pragma once

#include <string>
#include <string_view>

namespace baocao::text {

// NFC form of well-formed UTF-8. Ill-formed sequences become U+FFFD, so the result is always valid UTF-8.
[[nodiscard]] std::string nfc(std::string_view utf8);

// True when the text is already NFC (and well-formed).
[[nodiscard]] bool isNfc(std::string_view utf8);

// True when the bytes are well-formed UTF-8.
[[nodiscard]] bool isValidUtf8(std::string_view bytes);

// The offset of the first byte that is not well-formed UTF-8, or std::string_view::npos.
[[nodiscard]] std::size_t invalidUtf8At(std::string_view bytes);

// Upper case with the Vietnamese locale, NFC result.
[[nodiscard]] std::string upper(std::string_view utf8);

// Full Unicode case folding of the NFC form: the key for case-insensitive comparison.
[[nodiscard]] std::string foldCase(std::string_view utf8);

// NFC and case folding on both sides, then equality. Diacritics stay significant.
[[nodiscard]] bool equalFolded(std::string_view a, std::string_view b);

// True when the text holds nothing but the white space collapseSpaces removes (Unicode White_Space,
// NBSP and the other no-break spaces included): exactly when collapseSpaces gives "". ASCII is
// answered without ICU, cheap enough to call on every run of a long document.
[[nodiscard]] bool isBlank(std::string_view utf8);

// Trims Unicode white space (including NBSP) at both ends and collapses inner runs to one space.
[[nodiscard]] std::string collapseSpaces(std::string_view utf8);

// The key two headings are matched by: NFC, case folded, one tone placement (old: "hóa", "thủy"),
// white space (NBSP, tabs) collapsed, dashes and curly quotes made ASCII, trailing punctuation
// (". : ; ,") dropped.
//   normalizeHeading("III.\tKẾT QUẢ\u00A0 THỰC HIỆN:") == "iii. kết quả thực hiện"
//   normalizeHeading("Văn hoá – xã hội.") == normalizeHeading("văn hóa - xã hội") == "văn hóa - xã hội"
[[nodiscard]] std::string normalizeHeading(std::string_view utf8);

// Numbers written the Vietnamese way, through ICU's vi locale: "." groups thousands, "," starts
// the decimals, "%" follows the number directly.
//   formatDecimal(1530, 0) == "1.530"     formatDecimal(6947.51, 2) == "6.947,51"
//   formatPercent(98.9, 1) == "98,9%"     formatInteger(5, 2) == "05"
//   formatInteger(2025, 0, false) == "2025" (years and document numbers are not grouped)
[[nodiscard]] std::string formatDecimal(double value, int decimals);
[[nodiscard]] std::string formatPercent(double percent, int decimals);
[[nodiscard]] std::string formatInteger(long long value, int minDigits = 0, bool grouping = true);

}  // namespace baocao::text
