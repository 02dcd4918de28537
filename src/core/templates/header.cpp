#include "core/templates/header.hpp"

#include "core/validation/doc_type.hpp"
#include "text/vntext.hpp"

#include <algorithm>

namespace baocao::core {
namespace {

Segment text(std::string s) { return Segment{std::move(s), false, {}, {}}; }
Segment placeholder(std::string s, std::string hint) { return Segment{std::move(s), true, std::move(hint), {}}; }

HeaderLine line(Role role, std::vector<Segment> segments, TextStyle style) {
  return HeaderLine{role, std::move(segments), style};
}

}  // namespace

std::string HeaderLine::plainText() const {
  std::string out;
  for (const auto& s : segments) out += s.text;
  return out;
}

HeaderBlock buildHeader(const HeaderRequest& request) {
  const AgencyProfile p = normalized(request.profile);
  HeaderBlock b;

  if (!p.parentAgency.empty())
    b.agency.lines.push_back(line(Role::ParentAgency, {text(text::upper(p.parentAgency))}, HeaderLayout::kParentAgency));
  if (p.agency.empty())
    b.agency.lines.push_back(line(Role::Agency, {placeholder("TÊN CƠ QUAN BAN HÀNH", "Tên cơ quan ban hành (Báo cáo > Thông tin cơ quan)")},
                                  HeaderLayout::kAgency));
  for (auto& l : agencyLines(text::upper(p.agency)))
    b.agency.lines.push_back(line(Role::Agency, {text(std::move(l))}, HeaderLayout::kAgency));
  b.agency.rule = RuleSpec{HeaderLayout::kAgencyRuleFraction, 0.5};

  b.nation.lines.push_back(line(Role::NationalTitle, {text(HeaderLayout::kNationalTitleText)}, HeaderLayout::kNationalTitle));
  b.nation.lines.push_back(line(Role::Motto, {text(HeaderLayout::kMottoText)}, HeaderLayout::kMotto));
  b.nation.rule = RuleSpec{1.0, 0.5};

  // "Số: 15/BC-UBND": no spaces around "/" or "-"; numbers below 10 get a leading zero.
  std::vector<Segment> number{text("Số: ")};
  std::string n = text::collapseSpaces(request.number);
  if (n.size() == 1 && n[0] >= '1' && n[0] <= '9') n = "0" + n;
  number.push_back(n.empty() ? text("…") : text(n));
  std::string type = text::upper(request.typeCode.empty() ? p.typeCode : request.typeCode);
  if (const auto kind = docKindForCode(type)) type = std::string(docKindInfo(*kind).code);  // "TTr", not "TTR"
  number.push_back(text("/"));
  if (!request.congVan) {
    number.push_back(type.empty() ? placeholder("LOẠI", "Chữ viết tắt tên loại văn bản, ví dụ BC") : text(type));
    number.push_back(text("-"));
  }
  number.push_back(p.agencyCode.empty() ? placeholder("CƠ QUAN", "Chữ viết tắt tên cơ quan, ví dụ UBND")
                                        : text(text::upper(p.agencyCode)));
  if (request.congVan) {  // a công văn's ký hiệu: the body, then the drafting unit or field (decree30.md §3)
    number.push_back(text("-"));
    number.push_back(placeholder("ĐƠN VỊ", "Chữ viết tắt đơn vị soạn thảo hoặc lĩnh vực, ví dụ VP"));
  }
  b.number.lines.push_back(line(Role::Number, std::move(number), HeaderLayout::kNumber));
  if (request.congVan)
    b.number.lines.push_back(line(Role::Subject, {text("V/v "), placeholder("trích yếu nội dung", "Trích yếu nội dung công văn")},
                                  HeaderLayout::kSubject));

  std::vector<Segment> placeDate;
  placeDate.push_back(p.placeName.empty() ? placeholder("Địa danh", "Tên đơn vị hành chính nơi cơ quan đóng trụ sở")
                                          : text(p.placeName));
  placeDate.push_back(text(", " + headerDatePhrase(request.date)));
  b.placeDate.lines.push_back(line(Role::PlaceDate, std::move(placeDate), HeaderLayout::kPlaceDate));
  return b;
}

void HeaderRequest::setType(std::string_view type) {
  const std::string t = text::collapseSpaces(type);
  typeCode.clear();
  congVan = false;
  if (t.empty()) return;
  for (const auto& k : docKinds()) {
    if (t != k.id) continue;
    congVan = k.code.empty();
    typeCode = std::string(k.code);
    return;
  }
  typeCode = t;
}

std::vector<std::string> agencyLines(const std::string& upperName) {
  if (upperName.empty()) return {};
  // Longest names first, so "THỊ XÃ" wins over "XÃ".
  static constexpr std::string_view kUnits[] = {"THÀNH PHỐ", "THỊ TRẤN", "ĐẶC KHU", "PHƯỜNG", "HUYỆN",
                                                "THỊ XÃ",    "QUẬN",     "TỈNH",    "XÃ"};
  std::size_t best = std::string::npos;
  for (const auto unit : kUnits) {
    for (std::size_t pos = upperName.find(unit); pos != std::string::npos; pos = upperName.find(unit, pos + 1)) {
      const bool wordStart = pos > 0 && upperName[pos - 1] == ' ';
      const std::size_t end = pos + unit.size();
      const bool wordEnd = end == upperName.size() || upperName[end] == ' ';
      if (wordStart && wordEnd) {
        best = std::min(best, pos);
        break;
      }
    }
  }
  if (best == std::string::npos) return {upperName};
  return {upperName.substr(0, best - 1), upperName.substr(best)};
}

double ruleLength(const RuleSpec& rule, double textWidth, double cellWidth) {
  return std::max(0.0, std::min(textWidth * rule.fraction, cellWidth));
}

}  // namespace baocao::core
