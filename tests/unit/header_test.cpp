#include "core/templates/header.hpp"
#include "core/validation/doc_type.hpp"

#include <gtest/gtest.h>

namespace baocao::core {
namespace {

AgencyProfile longMon() {
  AgencyProfile p;
  p.parentAgency = "UBND huyện Vân Hồ";
  p.agency = "Ủy ban nhân dân xã Long Môn";
  p.agencyCode = "UBND";
  p.placeName = "Long Môn";
  return p;
}

const HeaderLine& only(const HeaderCell& c) {
  EXPECT_EQ(c.lines.size(), 1u);
  return c.lines.at(0);
}

TEST(Header, FullProfileFollowsDecree30) {
  const HeaderBlock b = buildHeader({longMon(), {2025, 5, 7}, "15", ""});
  ASSERT_EQ(b.agency.lines.size(), 3u);
  EXPECT_EQ(b.agency.lines[0].plainText(), "UBND HUYỆN VÂN HỒ");
  EXPECT_FALSE(b.agency.lines[0].style.bold);
  EXPECT_EQ(b.agency.lines[1].plainText(), "ỦY BAN NHÂN DÂN");
  EXPECT_EQ(b.agency.lines[2].plainText(), "XÃ LONG MÔN");
  EXPECT_TRUE(b.agency.lines[1].style.bold && b.agency.lines[2].style.bold);
  ASSERT_TRUE(b.agency.rule);
  EXPECT_GE(b.agency.rule->fraction, 1.0 / 3.0);
  EXPECT_LE(b.agency.rule->fraction, 0.5);

  ASSERT_EQ(b.nation.lines.size(), 2u);
  EXPECT_EQ(b.nation.lines[0].plainText(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  EXPECT_TRUE(b.nation.lines[0].style.bold);
  EXPECT_EQ(b.nation.lines[1].plainText(), "Độc lập - Tự do - Hạnh phúc");
  EXPECT_TRUE(b.nation.lines[1].style.bold);
  ASSERT_TRUE(b.nation.rule);
  EXPECT_DOUBLE_EQ(b.nation.rule->fraction, 1.0);

  EXPECT_EQ(only(b.number).plainText(), "Số: 15/BC-UBND");
  EXPECT_EQ(only(b.placeDate).plainText(), "Long Môn, ngày 07 tháng 5 năm 2025");
  EXPECT_TRUE(only(b.placeDate).style.italic);
  EXPECT_FALSE(b.number.rule || b.placeDate.rule);
}

TEST(Header, SizesStayInsideTheDecreeRanges) {
  const HeaderBlock b = buildHeader({longMon(), {2025, 5, 7}, "", ""});
  for (const auto* cell : {&b.agency, &b.nation, &b.number, &b.placeDate})
    for (const auto& l : cell->lines) {
      switch (l.role) {
        case Role::ParentAgency:
        case Role::Agency:
        case Role::NationalTitle:
          EXPECT_TRUE(l.style.sizePt >= 12 && l.style.sizePt <= 13);
          break;
        case Role::Motto:
        case Role::PlaceDate:
          EXPECT_TRUE(l.style.sizePt >= 13 && l.style.sizePt <= 14);
          break;
        case Role::Number:
          EXPECT_EQ(l.style.sizePt, 13);
          break;
        case Role::Subject:  // ô 5b: 12-13 pt, upright
          EXPECT_TRUE(l.style.sizePt >= 12 && l.style.sizePt <= 13);
          EXPECT_FALSE(l.style.italic || l.style.bold);
          break;
      }
    }
}

TEST(Header, SingleDigitNumbersGetALeadingZeroAndTypeOverrides) {
  EXPECT_EQ(only(buildHeader({longMon(), {2025, 5, 7}, "5", "tb"}).number).plainText(), "Số: 05/TB-UBND");
  EXPECT_EQ(only(buildHeader({longMon(), {2025, 5, 7}, "", ""}).number).plainText(), "Số: …/BC-UBND");
}

HeaderRequest typed(std::string_view type) {
  HeaderRequest r{longMon(), {2025, 5, 7}, "15", ""};
  r.setType(type);
  return r;
}

TEST(Header, TheTypeIsAKindsIdOrAnyAbbreviation) {
  EXPECT_EQ(only(buildHeader(typed("ke-hoach")).number).plainText(), "Số: 15/KH-UBND");
  EXPECT_EQ(only(buildHeader(typed("to-trinh")).number).plainText(), "Số: 15/TTr-UBND");
  EXPECT_EQ(only(buildHeader(typed("quyet-dinh")).number).plainText(), "Số: 15/QĐ-UBND");
  EXPECT_EQ(only(buildHeader(typed("NQ")).number).plainText(), "Số: 15/NQ-UBND");  // a type baocao does not check
  EXPECT_EQ(only(buildHeader(typed("")).number).plainText(), "Số: 15/BC-UBND");    // the profile's
  EXPECT_EQ(only(buildHeader(typed(" ")).number).plainText(), "Số: 15/BC-UBND");
}

TEST(Header, ACongVanHasNoTypeAndItsSubjectUnderTheNumber) {
  const HeaderBlock b = buildHeader(typed("cong-van"));
  ASSERT_EQ(b.number.lines.size(), 2u);
  EXPECT_EQ(b.number.lines[0].plainText(), "Số: 15/UBND-ĐƠN VỊ");
  EXPECT_TRUE(b.number.lines[0].segments.back().placeholder) << "the drafting unit is the clerk's to fill";
  EXPECT_EQ(b.number.lines[1].role, Role::Subject);
  EXPECT_EQ(b.number.lines[1].plainText(), "V/v trích yếu nội dung");
  EXPECT_TRUE(isCongVanSubject(b.number.lines[1].plainText())) << "the validator tells it is a công văn";
  // and a later type replaces it
  HeaderRequest r = typed("cong-van");
  r.setType("bao-cao");
  EXPECT_EQ(only(buildHeader(r).number).plainText(), "Số: 15/BC-UBND");
}

TEST(Header, ParentAgencyIsOptional) {
  AgencyProfile p = longMon();
  p.parentAgency.clear();
  const HeaderBlock b = buildHeader({p, {2025, 5, 7}, "", ""});
  ASSERT_EQ(b.agency.lines.size(), 2u);
  EXPECT_EQ(b.agency.lines[0].role, Role::Agency);
}

TEST(Header, EmptyProfileGivesVisiblePlaceholdersNotEmptyText) {
  const HeaderBlock b = buildHeader({AgencyProfile{}, {2025, 1, 2}, "", ""});
  const auto hasPlaceholder = [](const HeaderLine& l) {
    for (const auto& s : l.segments)
      if (s.placeholder && !s.text.empty() && !s.hint.empty()) return true;
    return false;
  };
  EXPECT_TRUE(hasPlaceholder(only(b.agency)));
  EXPECT_TRUE(hasPlaceholder(only(b.number)));
  EXPECT_TRUE(hasPlaceholder(only(b.placeDate)));
  EXPECT_EQ(only(b.placeDate).plainText(), "Địa danh, ngày 02 tháng 01 năm 2025");
}

TEST(Header, DecomposedProfileTextIsComposedBeforeUse) {
  AgencyProfile p = longMon();
  p.agency = "U\xCC\x89y ban nha\xCC\x82n da\xCC\x82n xa\xCC\x83 Long Mo\xCC\x82n";
  EXPECT_EQ(buildHeader({p, {2025, 5, 7}, "", ""}).agency.lines[2].plainText(), "XÃ LONG MÔN");
}

TEST(Header, AgencyNameBreaksBeforeTheAdministrativeUnit) {
  using V = std::vector<std::string>;
  EXPECT_EQ(agencyLines("ỦY BAN NHÂN DÂN XÃ LONG MÔN"), (V{"ỦY BAN NHÂN DÂN", "XÃ LONG MÔN"}));
  EXPECT_EQ(agencyLines("ỦY BAN NHÂN DÂN THỊ XÃ SƠN TÂY"), (V{"ỦY BAN NHÂN DÂN", "THỊ XÃ SƠN TÂY"}));
  EXPECT_EQ(agencyLines("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"), (V{"ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"}));
  EXPECT_EQ(agencyLines("HỘI ĐỒNG NHÂN DÂN PHƯỜNG 12"), (V{"HỘI ĐỒNG NHÂN DÂN", "PHƯỜNG 12"}));
  // the communes of the two-level government (from 1 July 2025): xã, phường, đặc khu
  EXPECT_EQ(agencyLines("ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH"), (V{"ỦY BAN NHÂN DÂN", "PHƯỜNG BA ĐÌNH"}));
  EXPECT_EQ(agencyLines("ỦY BAN NHÂN DÂN ĐẶC KHU CÔN ĐẢO"), (V{"ỦY BAN NHÂN DÂN", "ĐẶC KHU CÔN ĐẢO"}));
  EXPECT_EQ(agencyLines("PHÒNG TÀI CHÍNH - KẾ HOẠCH"), (V{"PHÒNG TÀI CHÍNH - KẾ HOẠCH"}));
  EXPECT_EQ(agencyLines("XÃ LONG MÔN"), (V{"XÃ LONG MÔN"}));       // a unit at the start is not split
  EXPECT_EQ(agencyLines("BAN XÃHỘI"), (V{"BAN XÃHỘI"}));          // whole words only
  EXPECT_TRUE(agencyLines("").empty());
}

TEST(Header, RuleLengthFollowsTheTextAndNeverLeavesTheCell) {
  EXPECT_DOUBLE_EQ(ruleLength(RuleSpec{0.4, 0.5}, 50.0, 100.0), 20.0);
  EXPECT_DOUBLE_EQ(ruleLength(RuleSpec{1.0, 0.5}, 80.0, 100.0), 80.0);
  EXPECT_DOUBLE_EQ(ruleLength(RuleSpec{1.0, 0.5}, 180.0, 100.0), 100.0);
  EXPECT_DOUBLE_EQ(ruleLength(RuleSpec{1.0, 0.5}, 80.0, -5.0), 0.0);  // no room: no rule, never negative
}

}  // namespace
}  // namespace baocao::core
