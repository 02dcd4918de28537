// Vietnamese letters without their marks, to recognise a keyword typed without (or with wrong)
// diacritics: "Noi nhan", "Nơi nhân" and "Nơi nhận" all read "noi nhan". ICU stays in marks.cpp.
//   withoutMarks("Nơi nhận:") == "noi nhan:"     withoutMarks("ĐẶC KHU") == "dac khu"
#pragma once

#include <string>
#include <string_view>

namespace baocao::text {

// Case-folded, every combining mark dropped (after canonical decomposition), đ as d.
[[nodiscard]] std::string withoutMarks(std::string_view utf8);

}  // namespace baocao::text
