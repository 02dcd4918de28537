// The ranges Decree 30 allows (decree30.md §2, §3, §6), which the validator checks documents
// against. The values the extension itself writes are chosen inside these ranges and live with the
// writers (core/templates/header.hpp HeaderLayout, core/templates/skeleton.hpp BodyLayout).
#pragma once

namespace baocao::core {

struct Range {
  double min = 0, max = 0;
  [[nodiscard]] constexpr bool contains(double v, double tolerance = 0.0) const {
    return v >= min - tolerance && v <= max + tolerance;
  }
};

struct Decree30 {
  // §2 Page: A4 portrait; margins top 20-25, bottom 20-25, left 30-35, right 15-20 mm.
  static constexpr double kPageWidthMm = 210, kPageHeightMm = 297;
  static constexpr double kPageToleranceMm = 1.0;
  static constexpr Range kTopMarginMm{20, 25}, kBottomMarginMm{20, 25}, kLeftMarginMm{30, 35}, kRightMarginMm{15, 20};
  static constexpr double kMarginToleranceMm = 0.5;
  // §3 Header: Quốc hiệu 12-13 pt bold; Tiêu ngữ 13-14 pt bold.
  static constexpr Range kNationalTitlePt{12, 13}, kMottoPt{13, 14};
  // §6 Body: 13-14 pt; first-line indent 1 cm or 1.27 cm; at least 6 pt between paragraphs;
  // line spacing from single to 1.5 lines.
  static constexpr Range kBodyPt{13, 14};
  static constexpr double kIndentsMm[] = {10.0, 12.7};
  static constexpr double kIndentToleranceMm = 0.3;
  static constexpr double kMinParagraphSpacingPt = 6.0;
  static constexpr Range kLineSpacingPercent{100, 150};
};

}  // namespace baocao::core
