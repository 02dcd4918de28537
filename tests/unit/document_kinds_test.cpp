// Today's rules (issue 18): every kind of administrative document, every signature form, the
// two-level local government from 1 July 2025, electronic documents and the reporting periods of
// Decree 09/2019. Each on a small plain-text document, right and wrong.
#include "core/figures/figures.hpp"
#include "core/validation/period.hpp"
#include "core/validation/report_check.hpp"
#include "core/validation/rules.hpp"
#include "core/validation/signature.hpp"
#include "doc_builder.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>

namespace baocao::core {
namespace {

using namespace testing;

// A document as a clerk types it, one line a paragraph; the fields each test changes.
struct Draft {
  std::string parent;
  std::string agency = "ỦY BAN NHÂN DÂN XÃ LONG MÔN";
  std::string number = "Số: 15/BC-UBND";
  std::string placeDate = "Long Môn, ngày 07 tháng 5 năm 2025";
  std::string title = "BÁO CÁO";
  std::string trichYeu = "Kết quả thực hiện công tác dân vận";
  std::vector<std::string> kinhGui;
  std::vector<std::string> body = {"Ủy ban nhân dân xã báo cáo như sau.", "Nội dung đã thực hiện trong kỳ."};
  std::vector<std::string> noiNhan = {"Nơi nhận:", "- Như trên;", "- Lưu: VT, VP."};
  std::vector<std::string> signature = {"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Nguyễn Văn An"};

  [[nodiscard]] Document build() const {
    DocBuilder b;
    if (!parent.empty()) b.text(parent);
    b.text(agency).text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").text("Độc lập - Tự do - Hạnh phúc");
    b.text(number).text(placeDate);
    if (!title.empty()) b.text(title);
    b.text(trichYeu);
    for (const auto& k : kinhGui) b.text(k);
    for (const auto& p : body) b.text(p);
    for (const auto& n : noiNhan) b.text(n);
    for (const auto& s : signature) b.text(s);
    return b.build();
  }
};

ValidationResult check(const Draft& d, bool electronic = false) {
  const Document doc = d.build();
  ValidationInput in;
  in.document = &doc;
  in.electronic = electronic;
  return validate(in);
}

std::vector<const Finding*> findings(const ValidationResult& r, std::string_view rule) {
  std::vector<const Finding*> out;
  for (const auto& f : r.findings)
    if (f.rule == rule) out.push_back(&f);
  return out;
}

bool has(const ValidationResult& r, std::string_view rule) { return !findings(r, rule).empty(); }

// Test names that stay the same from one build to the next ("form3"), not the parameter's bytes.
template <typename T>
auto caseName(const char* stem) {
  return [stem](const ::testing::TestParamInfo<T>& i) { return stem + std::to_string(i.index); };
}

// ---- document kinds ---------------------------------------------------------------------------

struct KindCase {
  std::string title;
  std::string number;
  DocKind kind;
};

void PrintTo(const KindCase& c, std::ostream* os) { *os << c.title << " " << c.number; }

class Kinds : public ::testing::TestWithParam<KindCase> {};

TEST_P(Kinds, TheTitleLineGivesTheKindAndItsCodeIsRight) {
  Draft d;
  d.title = GetParam().title;
  d.number = GetParam().number;
  const auto r = check(d);
  EXPECT_EQ(r.kind.kind, GetParam().kind);
  EXPECT_EQ(r.kind.source, DocKindSource::Title);
  EXPECT_FALSE(has(r, "header.number")) << describe(r);
  EXPECT_FALSE(has(r, "header.title")) << describe(r);
}

TEST_P(Kinds, AnotherKindsCodeIsNamedAsWrong) {
  Draft d;
  d.title = GetParam().title;
  d.number = GetParam().kind == DocKind::BaoCao ? "Số: 16/KH-UBND" : "Số: 16/BC-UBND";
  const auto r = check(d);
  const auto f = findings(r, "header.number");
  ASSERT_EQ(f.size(), 1u) << describe(r);
  EXPECT_NE(f[0]->message.find("“" + std::string(docKindInfo(GetParam().kind).code) + "”"), std::string::npos)
      << f[0]->message;
}

INSTANTIATE_TEST_SUITE_P(
    EveryKind, Kinds,
    ::testing::Values(KindCase{"BÁO CÁO", "Số: 15/BC-UBND", DocKind::BaoCao},
                      KindCase{"KẾ HOẠCH", "Số: 16/KH-MTTQ-BTT", DocKind::KeHoach},
                      KindCase{"HƯỚNG DẪN", "Số: 03/HD-UBND", DocKind::HuongDan},
                      KindCase{"THÔNG BÁO", "Số: 21/TB-UBND", DocKind::ThongBao},
                      KindCase{"TỜ TRÌNH", "Số: 11/TTr-UBND", DocKind::ToTrinh},
                      KindCase{"QUYẾT ĐỊNH", "Số: 125/QĐ-UBND", DocKind::QuyetDinh}),
    [](const ::testing::TestParamInfo<KindCase>& i) {
      std::string name(docKindInfo(i.param.kind).id);
      std::replace(name.begin(), name.end(), '-', '_');
      return name;
    });

TEST(DocKind, TitlesAreMatchedWhateverTheirCaseAndOnlyWhole) {
  EXPECT_EQ(docKindForTitle("Kế hoạch"), DocKind::KeHoach);
  EXPECT_EQ(docKindForTitle("  TỜ  TRÌNH "), DocKind::ToTrinh);
  EXPECT_EQ(docKindForTitle("QUYÊ\u0301T ĐỊNH"), DocKind::QuyetDinh);  // decomposed
  EXPECT_EQ(docKindForTitle("KẾ HOẠCH THỰC HIỆN NĂM 2026"), std::nullopt);
  EXPECT_EQ(docKindForTitle("I. KẾT QUẢ"), std::nullopt);
  EXPECT_EQ(docKindForCode("ttr"), DocKind::ToTrinh);
  EXPECT_TRUE(isCongVanSubject("V/v báo cáo kết quả"));
  EXPECT_TRUE(isCongVanSubject("v/v: đề nghị"));
  EXPECT_FALSE(isCongVanSubject("Về việc ban hành"));
}

TEST(DocKind, ACongVanHasNoTypeNameAndItsCodeIsTheAgencys) {
  Draft d;
  d.title.clear();
  d.number = "Số: 12/UBND-VP";
  d.trichYeu = "V/v báo cáo kết quả thực hiện công tác dân vận";
  d.kinhGui = {"Kính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi."};
  const auto r = check(d);
  EXPECT_EQ(r.kind.kind, DocKind::CongVan);
  EXPECT_FALSE(has(r, "header.title")) << describe(r);
  EXPECT_FALSE(has(r, "header.number")) << describe(r);
  EXPECT_FALSE(has(r, "header.place-date")) << describe(r);
}

TEST(DocKind, ACongVanStillHasItsNumberChecked) {
  Draft d;
  d.title.clear();
  d.number = "Số: 5/UBND-VP";
  d.trichYeu = "V/v đề nghị cung cấp số liệu";
  const auto r = check(d);
  EXPECT_EQ(r.kind.kind, DocKind::CongVan);
  EXPECT_TRUE(has(r, "header.number")) << describe(r);
}

TEST(DocKind, NoTypeNameAndNoTemplateIsTakenAsAReportAndSaidMissing) {
  Draft d;
  d.title.clear();
  d.number = "Số: 15/UBND";  // no type code either
  const auto r = check(d);
  EXPECT_EQ(r.kind.source, DocKindSource::Default);
  const auto f = findings(r, "header.title");
  ASSERT_EQ(f.size(), 1u) << describe(r);
  EXPECT_NE(f[0]->message.find("BÁO CÁO"), std::string::npos);
}

// A document that has so far only the header the menu inserted for a kế hoạch is checked as one:
// its number is right, and what it lacks is the type name "KẾ HOẠCH", not "BÁO CÁO".
TEST(DocKind, WithoutATypeNameTheNumbersCodeGivesTheKind) {
  Draft d;
  d.title.clear();
  d.number = "Số: 16/KH-MTTQ-BTT";
  const auto r = check(d);
  EXPECT_EQ(r.kind.kind, DocKind::KeHoach);
  EXPECT_EQ(r.kind.source, DocKindSource::Number);
  EXPECT_FALSE(has(r, "header.number-form")) << describe(r);
  const auto f = findings(r, "header.title");
  ASSERT_EQ(f.size(), 1u) << describe(r);
  EXPECT_NE(f[0]->message.find("KẾ HOẠCH"), std::string::npos) << f[0]->message;

  EXPECT_EQ(docKindForNumber("Số: 05/TTr-UBND"), DocKind::ToTrinh);
  EXPECT_EQ(docKindForNumber("Số:  05 / qđ - UBND"), DocKind::QuyetDinh);
  EXPECT_EQ(docKindForNumber("Số: 5/UBND-VP"), std::nullopt);  // a công văn's
  EXPECT_EQ(docKindForNumber("Số liệu năm 2025/2026 - tăng"), std::nullopt);
  EXPECT_EQ(docKindForNumber("Kế hoạch số 16/KH-UBND"), std::nullopt);  // a citation, not the number line
  EXPECT_EQ(docKindForNumber(std::string(200, 'x') + "Số: 1/KH-UBND"), std::nullopt);
}

TEST(DocKind, TheOutputSaysWhichKindWasFound) {
  Draft d;
  d.title = "KẾ HOẠCH";
  d.number = "Số: 16/KH-MTTQ-BTT";
  const Document doc = d.build();
  const Catalog catalog;
  CheckRequest request;
  request.document = &doc;
  request.catalog = &catalog;
  const auto outcome = checkReport(request);
  EXPECT_NE(findingsText(outcome, Language::Vietnamese).find("loại văn bản: kế hoạch (KH)"), std::string::npos)
      << findingsText(outcome, Language::Vietnamese);
  EXPECT_NE(findingsText(outcome, Language::English).find("document type: plan (kế hoạch, KH)"), std::string::npos);
  const std::string json = fileJson(outcome);
  EXPECT_NE(json.find(R"("documentType":{"kind":"ke-hoach","code":"KH","source":"title"})"), std::string::npos) << json;
}

// ---- signature forms --------------------------------------------------------------------------

struct SignCase {
  std::vector<std::string> block;
  std::string wrongNames;  // empty: right; else a phrase the signature.form message holds
};

void PrintTo(const SignCase& c, std::ostream* os) {
  for (const auto& line : c.block) *os << line << " / ";
  *os << (c.wrongNames.empty() ? "right" : "wrong: " + c.wrongNames);
}

class Signatures : public ::testing::TestWithParam<SignCase> {};

TEST_P(Signatures, EveryFormIsRecognisedAndWhatIsWrongIsNamed) {
  Draft d;
  d.signature = GetParam().block;
  const auto r = check(d);
  EXPECT_FALSE(has(r, "signature.missing")) << describe(r);
  const auto f = findings(r, "signature.form");
  if (GetParam().wrongNames.empty()) {
    EXPECT_TRUE(f.empty()) << describe(r);
  } else {
    ASSERT_EQ(f.size(), 1u) << describe(r);
    EXPECT_NE(f[0]->message.find(GetParam().wrongNames), std::string::npos) << f[0]->message;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Right, Signatures,
    ::testing::Values(SignCase{{"TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Nguyễn Văn An"}, ""},
                      SignCase{{"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Lê Văn Bình"}, ""},
                      SignCase{{"KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "Trần Thị Cúc"}, ""},
                      SignCase{{"GIÁM ĐỐC", "", "Phạm Văn Dũng"}, ""},
                      SignCase{{"CHỦ TỊCH", "", "Nguyễn Văn An"}, ""},
                      SignCase{{"TRƯỞNG PHÒNG", "", "Hồ Thị Én"}, ""},
                      SignCase{{"Q. GIÁM ĐỐC", "", "Phạm Văn Dũng"}, ""},
                      SignCase{{"TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "", "Võ Văn Giang"}, ""},
                      SignCase{{"TUQ. CHỦ TỊCH", "TRƯỞNG PHÒNG NỘI VỤ", "", "Võ Văn Giang"}, ""},
                      SignCase{{"KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "Đỗ Văn Hải"}, ""},
                      SignCase{{"TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "", "Nguyễn Văn An"}, ""}),
    caseName<SignCase>("form"));

INSTANTIATE_TEST_SUITE_P(
    Wrong, Signatures,
    ::testing::Values(SignCase{{"PHÓ GIÁM ĐỐC", "", "Trần Thị Cúc"}, "KT. GIÁM ĐỐC"},
                      SignCase{{"TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH", "", "Lê Văn Bình"}, "KT. CHỦ TỊCH"},
                      SignCase{{"KT. GIÁM ĐỐC", "", "Trần Thị Cúc"}, "PHÓ GIÁM ĐỐC"},
                      SignCase{{"KT. GIÁM ĐỐC", "PHÓ CHỦ TỊCH", "", "Trần Thị Cúc"}, "PHÓ GIÁM ĐỐC"},
                      SignCase{{"TM. ỦY BAN NHÂN DÂN", "", "Nguyễn Văn An"}, "CHỦ TỊCH"},
                      SignCase{{"TL. GIÁM ĐỐC", "", "Võ Văn Giang"}, "TL. GIÁM ĐỐC"},
                      SignCase{{"TUQ. GIÁM ĐỐC", "", "Võ Văn Giang"}, "TUQ. GIÁM ĐỐC"}),
    caseName<SignCase>("form"));

TEST(Signature, NoBlockAtAllIsMissing) {
  Draft d;
  d.signature = {"Nguyễn Văn An"};
  const auto r = check(d);
  EXPECT_TRUE(has(r, "signature.missing")) << describe(r);
  EXPECT_FALSE(has(r, "signature.form"));
}

TEST(Recipients, AMistypedNoiNhanIsNamedNotMissing) {
  Draft d;
  d.noiNhan = {"Noi nhan:", "- Như trên;", "- Lưu: VT, VP."};
  auto r = check(d);
  auto f = findings(r, "recipients.missing");
  ASSERT_EQ(f.size(), 1u) << describe(r);
  EXPECT_NE(f[0]->message.find("“Noi nhan:”"), std::string::npos) << f[0]->message;
  d.noiNhan = {"Nơi nhân:", "- Như trên;", "- Lưu: VT, VP."};
  f = findings(r = check(d), "recipients.missing");
  ASSERT_EQ(f.size(), 1u) << describe(r);
  EXPECT_NE(f[0]->message.find("“Nơi nhân:”"), std::string::npos) << f[0]->message;
  d.noiNhan = {"Nơi nhận:", "- Như trên;", "- Lưu: VT, VP."};
  EXPECT_FALSE(has(check(d), "recipients.missing"));
}

TEST(Signature, LinesAreClassified) {
  EXPECT_EQ(signatureLine("KT. CHỦ TỊCH").form, SignatureForm::Deputy);
  EXPECT_EQ(signatureLine("KT. CHỦ TỊCH").title, "CHỦ TỊCH");
  EXPECT_EQ(signatureLine("KT.CHỦ TỊCH").title, "CHỦ TỊCH");  // typed without the space
  EXPECT_EQ(signatureLine("TM.ỦY BAN NHÂN DÂN").form, SignatureForm::Collective);
  EXPECT_EQ(signatureLine("PHÓ TRƯỞNG PHÒNG").form, SignatureForm::DeputyTitle);
  EXPECT_EQ(signatureLine("PHÓ TRƯỞNG PHÒNG").title, "TRƯỞNG PHÒNG");
  EXPECT_EQ(signatureLine("TỔNG GIÁM ĐỐC").form, SignatureForm::HeadTitle);
  EXPECT_EQ(signatureLine("HIỆU TRƯỞNG").form, SignatureForm::HeadTitle);
  EXPECT_EQ(signatureLine("I. KHÁI QUÁT CHUNG").form, SignatureForm::None);
  EXPECT_EQ(signatureLine("ỦY BAN NHÂN DÂN").form, SignatureForm::None);
  EXPECT_EQ(signatureLine("Giám đốc").form, SignatureForm::None);  // lower case: body text
}

// ---- the two-level local government -----------------------------------------------------------

TEST(AbolishedLevel, UnitsAreFoundAndCommunesAndHistoryAreNot) {
  using rules::abolishedUnitIn;
  EXPECT_EQ(abolishedUnitIn("Kính gửi: Ủy ban nhân dân huyện Minh Long."), "Ủy ban nhân dân huyện Minh Long");
  EXPECT_EQ(abolishedUnitIn("- UBND huyện Minh Long;"), "UBND huyện Minh Long");
  EXPECT_EQ(abolishedUnitIn("UBND HUYỆN VÂN HỒ"), "UBND HUYỆN VÂN HỒ");
  EXPECT_EQ(abolishedUnitIn("- Phòng Nội vụ huyện;"), "Phòng Nội vụ huyện");
  EXPECT_EQ(abolishedUnitIn("- UBND thị xã Ba Đồn;"), "UBND thị xã Ba Đồn");
  EXPECT_EQ(abolishedUnitIn("- UBND quận 3;"), "UBND quận 3");
  EXPECT_EQ(abolishedUnitIn("- UBND huye\u0302\u0323n Minh Long;"), "UBND huyện Minh Long");  // decomposed
  EXPECT_EQ(abolishedUnitIn("- UBND xã Long Môn;"), std::nullopt);
  EXPECT_EQ(abolishedUnitIn("- UBND phường Ba Đình;"), std::nullopt);
  EXPECT_EQ(abolishedUnitIn("- UBND đặc khu Côn Đảo;"), std::nullopt);
  EXPECT_EQ(abolishedUnitIn("Kính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi."), std::nullopt);
  EXPECT_EQ(abolishedUnitIn("- UBND xã Long Môn (huyện Minh Long cũ);"), std::nullopt);
  EXPECT_EQ(abolishedUnitIn("- Các xã thuộc huyện Minh Long cũ;"), std::nullopt);
  EXPECT_EQ(abolishedUnitIn("- Sở Nội vụ;"), std::nullopt);
  EXPECT_EQ(abolishedUnitIn("- các huyện trong tỉnh thực hiện"), std::nullopt);
}

TEST(AbolishedLevel, OnlyFromTheFirstOfJuly2025) {
  Draft d;
  d.kinhGui = {"Kính gửi: Ủy ban nhân dân huyện Minh Long."};
  d.placeDate = "Long Môn, ngày 30 tháng 6 năm 2025";
  EXPECT_FALSE(has(check(d), "recipients.abolished-level"));
  d.placeDate = "Long Môn, ngày 01 tháng 7 năm 2025";
  const auto r = check(d);
  const auto f = findings(r, "recipients.abolished-level");
  ASSERT_EQ(f.size(), 1u) << describe(r);
  EXPECT_EQ(f[0]->severity, Severity::Warning);
  EXPECT_NE(f[0]->message.find("Ủy ban nhân dân huyện Minh Long"), std::string::npos);
  EXPECT_NE(f[0]->message.find("01/7/2025"), std::string::npos);
}

TEST(AbolishedLevel, TheParentLineTheRecipientsAndThePlaceAreRead) {
  Draft d;
  d.placeDate = "Long Môn, ngày 15 tháng 01 năm 2026";
  d.parent = "UBND HUYỆN VÂN HỒ";
  d.noiNhan = {"Nơi nhận:", "- Như trên;", "- Phòng Tài chính - Kế hoạch huyện;", "- Lưu: VT, VP."};
  EXPECT_EQ(findings(check(d), "recipients.abolished-level").size(), 2u) << describe(check(d));
  d.parent.clear();
  d.noiNhan = {"Nơi nhận:", "- UBND tỉnh Quảng Ngãi;", "- Sở Nội vụ;", "- Lưu: VT, VP."};
  d.kinhGui = {"Kính gửi:", "- Ủy ban nhân dân tỉnh Quảng Ngãi;", "- Sở Nội vụ tỉnh Quảng Ngãi."};
  EXPECT_FALSE(has(check(d), "recipients.abolished-level")) << describe(check(d));
  d.placeDate = "Thị xã Ba Đồn, ngày 15 tháng 01 năm 2026";
  EXPECT_TRUE(has(check(d), "recipients.abolished-level"));
}

TEST(AbolishedLevel, ACommuneIsNotADistrict) {
  Draft d;
  d.placeDate = "Long Môn, ngày 15 tháng 01 năm 2026";
  d.agency = "ỦY BAN NHÂN DÂN XÃ LONG MÔN";
  d.kinhGui = {"Kính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi."};
  d.noiNhan = {"Nơi nhận:", "- Như trên;", "- Đảng ủy xã;", "- Lưu: VT, VP."};
  EXPECT_FALSE(has(check(d), "recipients.abolished-level")) << describe(check(d));
}

// ---- electronic documents ---------------------------------------------------------------------

TEST(Electronic, ABlankNumberAndDateAreErrorsOnPaperOnly) {
  Draft d;
  d.number = "Số:      /BC-UBND";
  d.placeDate = "Long Môn, ngày      tháng      năm 2026";
  const auto paper = check(d);
  EXPECT_TRUE(has(paper, "header.number")) << describe(paper);
  EXPECT_TRUE(has(paper, "header.place-date")) << describe(paper);
  const auto electronic = check(d, true);
  EXPECT_FALSE(has(electronic, "header.number")) << describe(electronic);
  EXPECT_FALSE(has(electronic, "header.place-date")) << describe(electronic);
  EXPECT_FALSE(has(electronic, "date.format")) << describe(electronic);
}

TEST(Electronic, ElsewhereTheNumberIsStillChecked) {
  Draft d;
  d.number = "Số: 5/BC-UBND";
  EXPECT_TRUE(has(check(d, true), "header.number"));
  d.number = "Số: …/BC-UBND";
  EXPECT_TRUE(has(check(d), "header.number"));
  EXPECT_FALSE(has(check(d, true), "header.number"));
}

// ---- reporting periods (Decree 09/2019 Art. 12) -----------------------------------------------

TEST(Period, ReadFromTheTrichYeuWithItsWindow) {
  using K = ReportPeriod::Kind;
  auto p = periodFromTitle("Kết quả công tác 6 tháng đầu năm 2026; phương hướng 6 tháng cuối năm 2026");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->kind, K::FirstHalf);
  EXPECT_EQ(p->text, "6 tháng đầu năm 2026");
  EXPECT_EQ(*p->from, (CivilDate{2025, 12, 15}));
  EXPECT_EQ(*p->to, (CivilDate{2026, 6, 14}));
  p = periodFromTitle("Tình hình 6 tháng cuối năm 2026");
  ASSERT_TRUE(p);
  EXPECT_EQ(*p->from, (CivilDate{2026, 6, 15}));
  EXPECT_EQ(*p->to, (CivilDate{2026, 12, 14}));
  p = periodFromTitle("Kết quả quý III năm 2026");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->kind, K::Quarter);
  EXPECT_EQ(*p->from, (CivilDate{2026, 6, 15}));
  EXPECT_EQ(*p->to, (CivilDate{2026, 9, 14}));
  p = periodFromTitle("Kết quả quý I/2026");
  ASSERT_TRUE(p);
  EXPECT_EQ(*p->from, (CivilDate{2025, 12, 15}));
  p = periodFromTitle("Tình hình tháng 10 năm 2026");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->kind, K::Month);
  EXPECT_EQ(*p->from, (CivilDate{2026, 9, 15}));
  EXPECT_EQ(*p->to, (CivilDate{2026, 10, 14}));
  p = periodFromTitle("Tình hình tháng 01 năm 2026");
  ASSERT_TRUE(p);
  EXPECT_EQ(*p->from, (CivilDate{2025, 12, 15}));
  p = periodFromTitle("Kết quả 9 tháng năm 2026");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->kind, K::NineMonths);
  EXPECT_EQ(*p->to, (CivilDate{2026, 9, 14}));
  p = periodFromTitle("Tổng kết công tác năm 2026");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->kind, K::Year);
  EXPECT_EQ(*p->from, (CivilDate{2025, 12, 15}));
  EXPECT_EQ(*p->to, (CivilDate{2026, 12, 14}));
  p = periodFromTitle("Sơ kết 5 năm công tác dân vận giai đoạn 2021 - 2025");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->kind, K::Span);
  EXPECT_EQ(p->firstYear, 2021);
  EXPECT_EQ(p->year, 2025);
  EXPECT_FALSE(p->to);
  EXPECT_EQ(periodFromTitle("Thực hiện Nghị quyết ngày 05 tháng 3 năm 2026"), std::nullopt);
  EXPECT_EQ(periodFromTitle("Kết quả thực hiện công tác dân vận"), std::nullopt);
}

struct PeriodCase {
  std::string trichYeu;
  std::string dated;       // the header's date line
  std::string figures;     // a body sentence with the figures' date
  bool figureOutside;
  bool datedEarly;
};

void PrintTo(const PeriodCase& c, std::ostream* os) { *os << c.trichYeu << ", " << c.dated << ": " << c.figures; }

class Periods : public ::testing::TestWithParam<PeriodCase> {};

TEST_P(Periods, FiguresAndDateAgainstTheWindow) {
  Draft d;
  d.trichYeu = GetParam().trichYeu;
  d.placeDate = GetParam().dated;
  d.body = {"Ủy ban nhân dân xã báo cáo như sau.", GetParam().figures};
  const auto r = check(d);
  EXPECT_EQ(has(r, "period.figure-date"), GetParam().figureOutside) << describe(r);
  EXPECT_EQ(has(r, "period.report-date"), GetParam().datedEarly) << describe(r);
  for (const auto& f : r.findings) {
    if (f.rule.rfind("period.", 0) == 0) {
      EXPECT_EQ(f.severity, Severity::Warning);
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    EachPeriod, Periods,
    ::testing::Values(
        PeriodCase{"Kết quả 6 tháng đầu năm 2026", "Long Môn, ngày 16 tháng 6 năm 2026",
                   "Số liệu tính đến ngày 14/6/2026, toàn xã có 433 hộ.", false, false},
        PeriodCase{"Kết quả 6 tháng đầu năm 2026", "Long Môn, ngày 16 tháng 6 năm 2026",
                   "Tính đến ngày 30/6/2026, toàn xã có 433 hộ.", true, false},
        PeriodCase{"Kết quả 6 tháng đầu năm 2026", "Long Môn, ngày 10 tháng 6 năm 2026",
                   "Tính đến ngày 10/6/2026, toàn xã có 433 hộ.", false, true},
        PeriodCase{"Kết quả quý III năm 2026", "Long Môn, ngày 15 tháng 9 năm 2026",
                   "Số liệu từ ngày 15/6/2026 đến ngày 14/9/2026.", false, false},
        PeriodCase{"Kết quả quý III năm 2026", "Long Môn, ngày 15 tháng 9 năm 2026",
                   "Số liệu từ ngày 01/7/2026 đến ngày 30/9/2026.", true, false},
        PeriodCase{"Tình hình tháng 10 năm 2026", "Long Môn, ngày 15 tháng 10 năm 2026",
                   "Tính đến hết ngày 14 tháng 10 năm 2026, đã giải quyết 12 hồ sơ.", false, false},
        PeriodCase{"Tình hình tháng 10 năm 2026", "Long Môn, ngày 15 tháng 10 năm 2026",
                   "Tính đến ngày 31/10/2026, đã giải quyết 12 hồ sơ.", true, false},
        PeriodCase{"Tổng kết công tác năm 2026", "Long Môn, ngày 16 tháng 12 năm 2026",
                   "Tính đến ngày 31/12/2026, đã giải quyết 12 hồ sơ.", true, false},
        PeriodCase{"Tổng kết công tác năm 2026", "Long Môn, ngày 16 tháng 12 năm 2026",
                   "Phấn đấu hoàn thành đến ngày 31/12/2026.", false, false},  // a deadline, not figures
        PeriodCase{"Sơ kết công tác dân vận giai đoạn 2021 - 2025", "Long Môn, ngày 07 tháng 5 năm 2025",
                   "Tính đến ngày 30/4/2025, toàn xã có 433 hộ.", false, false}),
    caseName<PeriodCase>("period"));

TEST(Period, ARequestLettersOwnWindowReplacesTheDefault) {
  // the wizard keeps the window the request letter set (10/12 → 10/12) in the document
  Draft d;
  d.trichYeu = "Tổng kết công tác năm 2026";
  d.placeDate = "Long Môn, ngày 12 tháng 12 năm 2026";
  d.body = {"Ủy ban nhân dân xã báo cáo như sau.", "Tính đến ngày 10/12/2026, toàn xã có 433 hộ."};
  Document doc = d.build();
  ValidationInput in;
  in.document = &doc;
  auto r = validate(in);
  EXPECT_TRUE(has(r, "period.report-date")) << describe(r);  // Decree 09's window closes 14/12
  doc.properties[DocumentProperty::kPeriodFrom] = "2025-12-10";
  doc.properties[DocumentProperty::kPeriodTo] = "2026-12-10";
  r = validate(in);
  EXPECT_FALSE(has(r, "period.report-date")) << describe(r);
  EXPECT_FALSE(has(r, "period.figure-date")) << describe(r);
  d.body[1] = "Tính đến ngày 13/12/2026, toàn xã có 433 hộ.";  // inside Decree 09's, after the letter's
  doc = d.build();
  doc.properties[DocumentProperty::kPeriodFrom] = "2025-12-10";
  doc.properties[DocumentProperty::kPeriodTo] = "2026-12-10";
  r = validate(in);
  EXPECT_TRUE(has(r, "period.figure-date")) << describe(r);
}

TEST(Period, AReportDatedAfterTheRequestLettersDeadlineIsSaid) {
  Draft d;
  d.trichYeu = "Tổng kết công tác năm 2026";
  d.placeDate = "Long Môn, ngày 20 tháng 12 năm 2026";
  Document doc = d.build();
  ValidationInput in;
  in.document = &doc;
  EXPECT_FALSE(has(validate(in), "period.report-date")) << "no deadline known: nothing to say";
  doc.properties[DocumentProperty::kDeadline] = "2026-12-20";
  EXPECT_FALSE(has(validate(in), "period.report-date")) << "on the deadline is in time";
  doc.properties[DocumentProperty::kDeadline] = "2026-12-15";
  const auto r = validate(in);
  ASSERT_TRUE(has(r, "period.report-date")) << describe(r);
  EXPECT_NE(describe(r).find("sau hạn gửi của công văn yêu cầu (15/12/2026)"), std::string::npos) << describe(r);
}

TEST(Period, TheTrichYeuMustNameThePeriodTheReportWasMadeFor) {
  Draft d;
  d.trichYeu = "Kết quả công tác 6 tháng đầu năm 2026";
  d.placeDate = "Long Môn, ngày 16 tháng 6 năm 2026";
  Document doc = d.build();
  doc.properties[DocumentProperty::kPeriod] = "6 tháng đầu năm 2026";
  ValidationInput in;
  in.document = &doc;
  auto r = validate(in);
  EXPECT_FALSE(has(r, "period.title")) << describe(r);
  doc.properties[DocumentProperty::kPeriod] = "năm 2026";
  r = validate(in);
  const auto f = findings(r, "period.title");
  ASSERT_EQ(f.size(), 1u) << describe(r);
  EXPECT_EQ(f[0]->severity, Severity::Error);
  EXPECT_NE(f[0]->message.find("“6 tháng đầu năm 2026”"), std::string::npos) << f[0]->message;
  EXPECT_NE(f[0]->message.find("“năm 2026”"), std::string::npos) << f[0]->message;
  // the declared year's window, not the half-year's: 30/6 is inside it
  doc.paragraphs.insert(doc.paragraphs.begin() + 8, DocParagraph{});
  doc.paragraphs[8].text = "Tính đến ngày 30/6/2026, toàn xã có 433 hộ.";
  r = validate(in);
  EXPECT_FALSE(has(r, "period.figure-date")) << describe(r);
  // without a declared period nothing is asked of the title
  doc.properties.erase(DocumentProperty::kPeriod);
  EXPECT_FALSE(has(validate(in), "period.title"));
}

TEST(Period, APlanIsNotAReportForItsPeriod) {
  Draft d;
  d.title = "KẾ HOẠCH";
  d.number = "Số: 16/KH-UBND";
  d.trichYeu = "Thực hiện công tác dân vận năm 2026";
  d.placeDate = "Long Môn, ngày 05 tháng 01 năm 2026";
  d.body = {"Tính đến ngày 31/12/2026 hoàn thành 100% chỉ tiêu."};
  const auto r = check(d);
  EXPECT_FALSE(has(r, "period.figure-date")) << describe(r);
  EXPECT_FALSE(has(r, "period.report-date")) << describe(r);
}

}  // namespace
}  // namespace baocao::core
