// The Decree 30 header block (thể thức ô 1-4) as data: what to write, in which cell, with which
// formatting, and how long each rule is. The adapter renders it into a Writer table; the validator
// checks documents against the same numbers. Sizes are chosen inside decree30.md §3's ranges.
#pragma once

#include "core/civil_date.hpp"
#include "core/templates/profile.hpp"

#include <optional>
#include <string_view>
#include <string>
#include <vector>

namespace baocao::core {

struct TextStyle {
  double sizePt = 13.0;
  bool bold = false;
  bool italic = false;
  friend bool operator==(const TextStyle&, const TextStyle&) = default;
};

// A run of text, a placeholder the clerk still has to fill (rendered as a Writer placeholder
// field whose text is `text`, so an empty profile never leaves an empty or garbage header), or a
// figure field bound to a data key.
struct Segment {
  std::string text;
  bool placeholder = false;
  std::string hint;      // tooltip of a placeholder
  std::string fieldKey;  // non-empty: a figure field bound to this data key; `text` is what it shows
};

enum class Role { ParentAgency, Agency, NationalTitle, Motto, Number, Subject, PlaceDate };

struct HeaderLine {
  Role role;
  std::vector<Segment> segments;
  TextStyle style;
  [[nodiscard]] std::string plainText() const;  // segments concatenated, placeholders included
};

// A solid horizontal rule centred under the last line of a cell. Its length is a fraction of
// the rendered width of that line: 1/3-1/2 under the agency, the full line under the motto.
struct RuleSpec {
  double fraction = 1.0;
  double lineWidthPt = 0.5;
};

struct HeaderCell {
  std::vector<HeaderLine> lines;
  std::optional<RuleSpec> rule;
};

// Row 1: agency names | national title and motto. Row 2: "Số: …" | place and date, so ô 3 and
// ô 4 stand level as the decree's sketch places them.
struct HeaderBlock {
  HeaderCell agency, nation, number, placeDate;
  double leftColumnFraction = 0.4;  // Mẫu 1.4: 3829 / 5670 twips
};

struct HeaderLayout {
  static constexpr const char* kFontFamily = "Times New Roman";
  static constexpr const char* kFallbackFontFamily = "Liberation Serif";  // metric-compatible
  static constexpr TextStyle kParentAgency{12.0, false, false};
  static constexpr TextStyle kAgency{12.0, true, false};
  static constexpr TextStyle kNationalTitle{12.0, true, false};
  static constexpr TextStyle kMotto{13.0, true, false};
  static constexpr TextStyle kNumber{13.0, false, false};
  static constexpr TextStyle kSubject{13.0, false, false};  // ô 5b, a công văn's "V/v …": 12-13 pt, upright
  static constexpr TextStyle kPlaceDate{14.0, false, true};
  static constexpr double kAgencyRuleFraction = 0.4;  // decree: 1/3 to 1/2 of the line
  static constexpr double kAgencyRuleMin = 1.0 / 3.0;
  static constexpr double kAgencyRuleMax = 0.5;
  static constexpr const char* kNationalTitleText = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  static constexpr const char* kMottoText = "Độc lập - Tự do - Hạnh phúc";
  static constexpr const char* kTableName = "BaoCaoHeader";
};

struct HeaderRequest {
  AgencyProfile profile;
  CivilDate date;
  std::string number;    // the registered number; empty leaves "…" for the văn thư
  std::string typeCode;  // empty: the profile's default
  bool congVan = false;  // a công văn: no type abbreviation, and "V/v …" under the number (ô 5b)

  // The type as the header command and `baocao header --type` take it: a kind's id ("ke-hoach",
  // "cong-van") or a type abbreviation, known or not ("KH", "NQ"); empty keeps the profile's.
  void setType(std::string_view type);
};

[[nodiscard]] HeaderBlock buildHeader(const HeaderRequest& request);

// An upper-case agency name as header lines: the body on one line and the administrative unit on
// the next ("ỦY BAN NHÂN DÂN" / "XÃ LONG MÔN"), as Decree 30's examples and practice write it.
[[nodiscard]] std::vector<std::string> agencyLines(const std::string& upperName);

// The rule's length for a line of text that renders `textWidth` wide in a cell `cellWidth` wide
// (same unit in, same unit out). Never wider than the cell.
[[nodiscard]] double ruleLength(const RuleSpec& rule, double textWidth, double cellWidth);

}  // namespace baocao::core
