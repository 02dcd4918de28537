// The marks a đề cương leaves for the writer to fill: leaders ("……", ". . .", "…/…", "____") and
// check boxes ("□", "☐"). The outline import counts them; the placeholder.leader and
// placeholder.checkbox rules find them left in a report.
//   countLeaders("Số hộ: ……… hộ, tỷ lệ . . . %") == 2;  countLeaders("v.v…") == 0
//   countCheckboxes("□ Có  ☐ Không") == 2;  hasTickedBox("☒ Có  □ Không") == true
#pragma once

#include <string_view>

namespace baocao::core {

[[nodiscard]] int countLeaders(std::string_view utf8);
[[nodiscard]] int countCheckboxes(std::string_view utf8);
[[nodiscard]] bool hasTickedBox(std::string_view utf8);  // "☑", "☒", "■", "✓", "✔", "[x]"

}  // namespace baocao::core
