// One test per rule: the wizard's filled skeleton (which passes) changed in one place (which
// must then be reported), or a small document built for the rule.
#include "core/templates/template_catalog.hpp"
#include "doc_builder.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <set>

namespace baocao::core {
namespace {

using namespace testing;

const std::filesystem::path kTemplates = BAOCAO_TEMPLATES_DIR;

class Rules : public ::testing::Test {
 protected:
  void SetUp() override {
    auto t = loadTemplateFile(kTemplates / "dan-van-2021-2025.json");
    ASSERT_TRUE(t) << t.error().message.en();
    tmpl = *t;
    auto grid = parseCsv(readFile((kTemplates / "samples" / "so-lieu-long-mon.csv").string()), "so-lieu", "so-lieu.csv");
    ASSERT_TRUE(grid) << grid.error().message.en();
    auto set = readDataSheet(*grid, "so-lieu.csv");
    ASSERT_TRUE(set) << set.error().message.en();
    data = *set;
    auto answers = answersFromJson(readFile((kTemplates / "samples" / "answers-dan-van.json").string()), "answers");
    ASSERT_TRUE(answers) << answers.error().message.en();
    answers->number = "15";  // as the văn thư numbers it: on paper a blank number is an error
    AgencyProfile profile;
    profile.agency = "Ủy ban nhân dân xã Long Môn";
    profile.agencyCode = "UBND";
    profile.placeName = "Long Môn";
    profile.signerName = "Nguyễn Văn An";
    auto s = buildSkeleton(tmpl, *answers, profile, {2026, 1, 1});
    ASSERT_TRUE(s) << s.error().message.en();
    clean = documentFromSkeleton(tmpl, *s, data);
  }

  ValidationResult run(const Document& d, const DataSet* ds = nullptr, std::optional<bool> changed = std::nullopt,
                       const ReportTemplate* t = nullptr) {
    ValidationInput in;
    in.document = &d;
    in.reportTemplate = t != nullptr ? t : &tmpl;
    in.data = ds;
    in.dataFileChanged = changed;
    return validate(in);
  }

  // The first paragraph whose text starts with `prefix`.
  DocParagraph& para(Document& d, std::string_view prefix) {
    for (auto& p : d.paragraphs)
      if (p.text.rfind(prefix, 0) == 0) return p;
    ADD_FAILURE() << "no paragraph starts with " << prefix;
    return d.paragraphs.front();
  }
  void erase(Document& d, std::string_view prefix) {
    const auto it = std::find_if(d.paragraphs.begin(), d.paragraphs.end(),
                                 [&](const DocParagraph& p) { return p.text.rfind(prefix, 0) == 0; });
    ASSERT_NE(it, d.paragraphs.end()) << prefix;
    it->text.clear();
    it->runs.clear();
    it->fields.clear();
    it->bookmarks.clear();
  }

  ReportTemplate tmpl;
  DataSet data;
  Document clean;
};

TEST_F(Rules, TheWizardsFilledSkeletonHasNoErrors) {
  const auto r = run(clean, &data, false);
  EXPECT_TRUE(r.readyToSubmit()) << describe(r);
  EXPECT_EQ(r.errorCount(), 0);
  // the template repeats the II.1 title in III.1 (as the seed report does): a warning, no more
  for (const auto& f : r.findings) EXPECT_EQ(f.rule, "structure.duplicate-heading") << describe(r);
  for (const auto& m : r.sections) {
    EXPECT_GE(m.paragraph, 0) << m.path;
    EXPECT_TRUE(m.byBookmark) << m.path;
  }
}

TEST_F(Rules, TheWizardsSkeletonUnfilledReportsPlaceholdersAndFigures) {
  Document d = clean;
  auto& g = para(d, "Nội dung đã viết");
  g.fields.push_back(DocField{DocField::Kind::Placeholder, {}, g.text});
  auto& fig = para(d, "Số hộ người Kinh");
  fig.fields.front().text = "[ho_dan_kinh]";
  const auto r = run(d, &data);
  EXPECT_EQ(countRule(r, "placeholder.unfilled"), 1u) << describe(r);
  EXPECT_EQ(countRule(r, "figure.missing-data"), 1u) << describe(r);
}

// --- structure.* ---

TEST_F(Rules, MissingRequiredSection) {
  Document d = clean;
  erase(d, "V. NHIỆM VỤ");
  const auto r = run(d);
  ASSERT_EQ(countRule(r, "structure.missing-section"), 1u) << describe(r);
  EXPECT_NE(r.findings.front().message.find("Thiếu mục V “NHIỆM VỤ"), std::string::npos) << describe(r);
  EXPECT_EQ(countRule(run(clean), "structure.missing-section"), 0u);
}

TEST_F(Rules, AMissingParentIsReportedWithoutItsChildren) {
  Document d = clean;
  erase(d, "IV. ĐÁNH GIÁ");
  erase(d, "1. Ưu điểm");
  erase(d, "2. Khó khăn");
  const auto r = run(d);
  EXPECT_EQ(countRule(r, "structure.missing-section"), 1u) << describe(r);
}

TEST_F(Rules, SectionOrder) {
  const Document d = DocBuilder()
                         .text("II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO")
                         .text("Nội dung.")
                         .text("I. KHÁI QUÁT CHUNG")
                         .text("Nội dung.")
                         .build();
  ReportTemplate t = tmpl;
  t.sections.resize(2);
  t.sections[1].children.clear();
  const auto r = run(d, nullptr, std::nullopt, &t);
  EXPECT_EQ(countRule(r, "structure.section-order"), 1u) << describe(r);
  EXPECT_EQ(countRule(r, "structure.missing-section"), 0u) << describe(r);
  EXPECT_EQ(countRule(run(clean), "structure.section-order"), 0u);
}

TEST_F(Rules, EmptySection) {
  Document d = clean;
  const auto v = std::find_if(d.paragraphs.begin(), d.paragraphs.end(), [](const DocParagraph& p) { return p.text.rfind("V. ", 0) == 0; });
  ASSERT_NE(v, d.paragraphs.end());
  (v + 1)->text.clear();  // section V's only paragraph
  (v + 1)->runs.clear();
  const auto r = run(d);
  ASSERT_EQ(countRule(r, "structure.empty-section"), 1u) << describe(r);
  EXPECT_EQ(r.findings.front().section, "V");
  EXPECT_EQ(countRule(run(clean), "structure.empty-section"), 0u);
}

TEST_F(Rules, AHeadingFollowedByItsAnswerInTheSameParagraphIsNotEmpty) {
  ReportTemplate t = tmpl;
  t.sections.resize(1);
  t.sections[0].title = "Công tác kiểm tra, hướng dẫn";
  const Document d = DocBuilder().text("I. Công tác kiểm tra, hướng dẫn. Không").build();
  const auto r = run(d, nullptr, std::nullopt, &t);
  EXPECT_EQ(countRule(r, "structure.missing-section"), 0u) << describe(r);
  EXPECT_EQ(countRule(r, "structure.empty-section"), 0u) << describe(r);
}

TEST_F(Rules, DuplicateHeading) {
  ReportTemplate t = tmpl;
  t.sections.resize(2);
  t.sections[0].title = "KẾT QUẢ";
  t.sections[1].title = "HẠN CHẾ";
  t.sections[1].children.clear();
  const Document twice = DocBuilder().text("I. KẾT QUẢ").text("a").text("II. KẾT QUẢ").text("b").build();
  const Document once = DocBuilder().text("I. KẾT QUẢ").text("a").text("II. HẠN CHẾ").text("b").build();
  EXPECT_EQ(countRule(run(twice, nullptr, std::nullopt, &t), "structure.duplicate-heading"), 1u);
  EXPECT_EQ(countRule(run(once, nullptr, std::nullopt, &t), "structure.duplicate-heading"), 0u);
}

TEST_F(Rules, Numbering) {
  ReportTemplate t = tmpl;
  t.sections.resize(2);
  t.sections[1].children.clear();
  const Document skipped = DocBuilder().text("I. KHÁI QUÁT CHUNG").text("x").text("III. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO").text("y").build();
  const auto r = run(skipped, nullptr, std::nullopt, &t);
  ASSERT_EQ(countRule(r, "structure.numbering"), 1u) << describe(r);
  EXPECT_NE(describe(r).find("“III”"), std::string::npos) << describe(r);
  EXPECT_EQ(countRule(run(clean), "structure.numbering"), 0u);
}

// --- header.* ---

TEST_F(Rules, NationalTitle) {
  Document d = clean;
  erase(d, "CỘNG HÒA");
  EXPECT_EQ(countRule(run(d), "header.national-title"), 1u);
  Document lower = clean;
  para(lower, "CỘNG HÒA").text = "Cộng hòa xã hội chủ nghĩa Việt Nam";
  EXPECT_EQ(countRule(run(lower), "header.national-title"), 1u);
  Document newStyle = clean;  // HOÀ is the decree's own other spelling
  para(newStyle, "CỘNG HÒA").text = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  EXPECT_EQ(countRule(run(newStyle), "header.national-title"), 0u) << describe(run(newStyle));
}

TEST_F(Rules, Motto) {
  for (const char* wrong : {"Độc lập- Tự do- Hạnh phúc", "Độc lập – Tự do – Hạnh phúc"}) {
    Document d = clean;
    para(d, "Độc lập").text = wrong;
    const auto r = run(d);
    EXPECT_EQ(countRule(r, "header.motto"), 1u) << wrong;
  }
  Document d = clean;
  erase(d, "Độc lập");
  EXPECT_EQ(countRule(run(d), "header.motto"), 1u);
  EXPECT_EQ(countRule(run(clean), "header.motto"), 0u);
}

// A line whose words are right but whose form is not: the message names the property, not the
// same text twice (issue 13, item 5).
TEST_F(Rules, HeaderFormMessagesNameTheProperty) {
  Document d = clean;
  for (auto& x : para(d, "CỘNG HÒA").runs) x.bold = false;
  for (auto& x : para(d, "Độc lập").runs) x.sizePt = 12;
  for (auto& x : para(d, "Long Môn, ngày").runs) x.italic = false;
  const std::string s = describe(run(d));
  EXPECT_NE(s.find("Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM” đúng chữ nhưng chưa in đậm."), std::string::npos) << s;
  EXPECT_NE(s.find("Tiêu ngữ “Độc lập - Tự do - Hạnh phúc” đúng chữ nhưng cỡ 12 pt, cần 13–14 pt."), std::string::npos) << s;
  EXPECT_NE(s.find("Địa danh, ngày tháng năm “Long Môn, ngày"), std::string::npos) << s;
  EXPECT_NE(s.find("” chưa in nghiêng."), std::string::npos) << s;
  Document both = clean;
  for (auto& x : para(both, "CỘNG HÒA").runs) {
    x.bold = false;
    x.italic = true;
    x.sizePt = 14;
  }
  ValidationInput in;
  in.document = &both;
  in.language = Language::English;
  const std::string e = describe(validate(in));
  EXPECT_NE(e.find("reads right, but it is not bold; it is italic (upright is required); it is 14 pt, 12–13 pt is required."),
            std::string::npos) << e;
}

TEST_F(Rules, Agency) {
  Document d = clean;
  erase(d, "ỦY BAN NHÂN DÂN");
  erase(d, "XÃ LONG MÔN");
  EXPECT_EQ(countRule(run(d), "header.agency"), 1u) << describe(run(d));
  EXPECT_EQ(countRule(run(clean), "header.agency"), 0u);
}

TEST_F(Rules, Number) {
  Document d = clean;
  para(d, "Số:").text = "Số 5/BC-UBND";
  auto r = run(d);
  ASSERT_EQ(countRule(r, "header.number"), 1u) << describe(r);
  EXPECT_NE(describe(r).find("dấu hai chấm"), std::string::npos);
  EXPECT_NE(describe(r).find("số 0"), std::string::npos);
  para(d, "Số").text = "Số: 15 / BC - UBND";
  EXPECT_EQ(countRule(run(d), "header.number"), 1u);
  para(d, "Số").text = "Số: 15/BC-UBND";
  EXPECT_EQ(countRule(run(d), "header.number"), 0u) << describe(run(d));
  erase(d, "Số");
  EXPECT_EQ(countRule(run(d), "header.number"), 1u);
}

TEST_F(Rules, PlaceDateAndDateFormat) {
  Document d = clean;
  para(d, "Long Môn, ngày").text = "Long Môn, ngày 7 tháng 05 năm 2025";
  auto r = run(d);
  ASSERT_EQ(countRule(r, "date.format"), 1u) << describe(r);
  EXPECT_NE(describe(r).find("ngày 07 tháng 5 năm 2025"), std::string::npos);
  para(d, "Long Môn, ngày").text = "Long Môn, ngày 07 tháng 1 năm 2025";
  EXPECT_EQ(countRule(run(d), "date.format"), 1u);
  para(d, "Long Môn, ngày").text = "Long Môn, 07/5/2025";
  EXPECT_EQ(countRule(run(d), "date.format"), 1u);
  EXPECT_EQ(run(d).facts.date, "2025-05-07");  // the short form is the report's date too (collect, figures)
  para(d, "Long Môn, ").text = "Long Môn, 15/11/2026";
  EXPECT_EQ(run(d).facts.date, "2026-11-15");
  EXPECT_EQ(countRule(run(clean), "date.format"), 0u);

  Document upright = clean;
  for (auto& run_ : para(upright, "Long Môn, ngày").runs) run_.italic = false;
  EXPECT_EQ(countRule(run(upright), "header.place-date"), 1u);
  Document none = clean;
  erase(none, "Long Môn, ngày");
  EXPECT_EQ(countRule(run(none), "header.place-date"), 1u);
  EXPECT_EQ(countRule(run(clean), "header.place-date"), 0u);
}

TEST_F(Rules, TitleAndTrichYeu) {
  Document d = clean;
  erase(d, "BÁO CÁO");
  EXPECT_GE(countRule(run(d), "header.title"), 1u);
  EXPECT_EQ(countRule(run(clean), "header.title"), 0u);
}

TEST_F(Rules, SignatureRecipientsArchive) {
  Document d = clean;
  erase(d, "TM. ỦY BAN");
  erase(d, "CHỦ TỊCH");
  EXPECT_EQ(countRule(run(d), "signature.missing"), 1u);
  EXPECT_EQ(countRule(run(clean), "signature.missing"), 0u);

  Document noKinhGui = clean;
  erase(noKinhGui, "Kính gửi");
  EXPECT_EQ(countRule(run(noKinhGui), "recipients.missing"), 1u);
  Document noNoiNhan = clean;
  erase(noNoiNhan, "Nơi nhận");
  EXPECT_EQ(countRule(run(noNoiNhan), "recipients.missing"), 1u);
  EXPECT_EQ(countRule(run(clean), "recipients.missing"), 0u);

  Document noArchive = clean;
  erase(noArchive, "- Lưu");
  EXPECT_EQ(countRule(run(noArchive), "recipients.archive"), 1u) << describe(run(noArchive));
  EXPECT_EQ(countRule(run(clean), "recipients.archive"), 0u);
}

// --- format.* ---

TEST_F(Rules, PageSizeMarginsAndPageNumbers) {
  Document d = clean;
  d.page.widthMm = 215.9;
  d.page.heightMm = 279.4;
  d.page.leftMm = 25;
  d.page.pageNumberOnFirstPage = true;
  const auto r = run(d);
  EXPECT_EQ(countRule(r, "format.page-size"), 1u);
  ASSERT_EQ(countRule(r, "format.margins"), 1u);
  EXPECT_NE(describe(r).find("Lề trái 25 mm; cần từ 30 đến 35 mm"), std::string::npos) << describe(r);
  EXPECT_EQ(countRule(r, "format.page-number"), 1u);
  d.page.pageNumberInHeader = false;
  EXPECT_EQ(countRule(run(d), "format.page-number"), 1u);
  for (const char* rule : {"format.page-size", "format.margins", "format.page-number"}) EXPECT_EQ(countRule(run(clean), rule), 0u);
  Document unknown = clean;  // a reader that could not tell: nothing to say
  unknown.page = PageSetup{};
  EXPECT_EQ(countRule(run(unknown), "format.margins"), 0u);
}

// Issue 13, item 6: a report that went through Word keeps the decree's margins on its first page
// and loses them on the follow page style; every page style in use is checked, by name.
TEST_F(Rules, MarginsOfEveryPageStyleInUse) {
  Document d = clean;
  PageSetup follow = d.page;
  follow.leftMm = 25;
  follow.topMm = 15;
  d.otherPageStyles.push_back({"Default Page Style", follow});
  d.otherPageStyles.push_back({"Convert 1", d.page});  // right: nothing to say
  const auto r = run(d);
  ASSERT_EQ(countRule(r, "format.margins"), 2u) << describe(r);
  EXPECT_NE(describe(r).find("Lề trái 25 mm ở các trang kiểu “Default Page Style”; cần từ 30 đến 35 mm."), std::string::npos)
      << describe(r);
  EXPECT_NE(describe(r).find("Lề trên 15 mm ở các trang kiểu “Default Page Style”"), std::string::npos) << describe(r);
  EXPECT_EQ(describe(r).find("Convert 1"), std::string::npos) << describe(r);
  PageSetup letter = d.page;
  letter.widthMm = 215.9;
  d.otherPageStyles = {{"Landscape", letter}};
  EXPECT_EQ(countRule(run(d), "format.page-size"), 1u);
}

TEST_F(Rules, FontsIndentsAndSpacingAreGroupedByValue) {
  Document d = clean;
  int changed = 0;
  for (auto& p : d.paragraphs)
    if (p.text.rfind("Nội dung đã viết", 0) == 0 && changed++ < 3) {
      p.runs.front().font = "Arial";
      p.runs.front().sizePt = 12;
      p.firstLineIndentMm = 0;
      p.lineSpacing.value = 200;
      p.spaceAfterPt = 0;
    }
  const auto r = run(d);
  for (const char* rule : {"format.font-family", "format.font-size", "format.body-indent", "format.line-spacing",
                           "format.paragraph-spacing"}) {
    EXPECT_EQ(countRule(r, rule), 1u) << rule << "\n" << describe(r);
    EXPECT_EQ(countRule(run(clean), rule), 0u) << rule;
  }
  EXPECT_NE(describe(r).find("Phông chữ “Arial” ở 3 đoạn"), std::string::npos) << describe(r);
}

// format.heading-at-page-end, format.signature-split: only with the layout (a Writer view).
TEST_F(Rules, PageFlowIsCheckedWhenTheLayoutIsKnown) {
  for (const char* rule : {"format.heading-at-page-end", "format.signature-split"})
    EXPECT_EQ(countRule(run(clean), rule), 0u) << rule;  // no layout: nothing to say
  Document d = clean;
  std::vector<PageSpan> pages;
  int page = 1;
  for (const auto& p : d.paragraphs) {
    pages.push_back({page, page});
    if (p.text.rfind("II. ", 0) == 0) page = 2;  // the page breaks after the heading "II. …"
  }
  // and the signature table is pushed onto two pages
  for (std::size_t i = 0; i < d.paragraphs.size(); ++i)
    if (d.paragraphs[i].text.rfind("Nơi nhận", 0) == 0 || i + 1 == d.paragraphs.size()) pages[i] = {3, 3};
  int asked = 0;
  d.pages = [&](int i, PageEnds) {
    ++asked;
    return pages.at(static_cast<std::size_t>(i));
  };
  const auto r = run(d);
  ASSERT_EQ(countRule(r, "format.heading-at-page-end"), 1u) << describe(r);
  EXPECT_NE(describe(r).find("Đề mục “II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO” nằm cuối trang 1"), std::string::npos) << describe(r);
  ASSERT_EQ(countRule(r, "format.signature-split"), 1u) << describe(r);
  EXPECT_NE(describe(r).find("trang 2 và trang 3"), std::string::npos) << describe(r);
  EXPECT_EQ(r.findings.size(), run(clean).findings.size() + 2) << describe(r);
  EXPECT_LT(asked, static_cast<int>(d.paragraphs.size()));  // the headings and the signature only
}

// Finding::page, for the findings window only: each paragraph's first page asked once, in
// document order; the JSON and the save guard's count page through nothing.
TEST_F(Rules, FindingsArePlacedOnPagesOnlyWhenAsked) {
  Document d = DocBuilder()
                   .text("Phó chỉ tịch avf để để")    // three findings in one paragraph
                   .text("Nội dung.")
                   .text("Thường tực, trận tự")     // two more
                   .build();
  std::vector<std::pair<int, PageEnds>> asked;
  d.pages = [&](int i, PageEnds ends) {
    asked.emplace_back(i, ends);
    return ends == PageEnds::First ? PageSpan{i + 10, 0} : PageSpan{i + 10, i + 11};
  };
  ValidationInput input;
  input.document = &d;
  const auto unplaced = validate(input);
  ASSERT_FALSE(unplaced.findings.empty());
  for (const auto& f : unplaced.findings) EXPECT_EQ(f.page, 0) << f.message;
  EXPECT_TRUE(asked.empty());

  input.findingPages = true;
  const auto placed = validate(input);
  ASSERT_EQ(placed.findings.size(), unplaced.findings.size());
  std::set<int> paragraphs;
  for (const auto& f : placed.findings) {
    if (f.paragraph < 0) {
      EXPECT_EQ(f.page, 0) << f.message;
      continue;
    }
    EXPECT_EQ(f.page, f.paragraph + 10) << f.message;
    paragraphs.insert(f.paragraph);
  }
  ASSERT_GE(paragraphs.count(0) + paragraphs.count(2), 2u) << describe(placed);
  std::vector<std::pair<int, PageEnds>> once;
  for (const int p : paragraphs) once.emplace_back(p, PageEnds::First);
  EXPECT_EQ(asked, once);  // each paragraph once, in order, the first page only
}

TEST_F(Rules, PlainTextHasNoFormatFindings) {
  const Document d = DocBuilder().text("I. KHÁI QUÁT CHUNG").text("Nội dung.").build();
  const auto r = run(d);
  for (const auto& f : r.findings) EXPECT_NE(f.rule.rfind("format.", 0), 0u) << f.message;
}

// --- date.invalid ---

TEST_F(Rules, InvalidDates) {
  const Document bad = DocBuilder().text("Kế hoạch số 30/KH-UBND ngày 31/6/2023 và ngày 30 tháng 02 năm 2024.").build();
  EXPECT_EQ(countRule(run(bad), "date.invalid"), 2u) << describe(run(bad));
  const Document dotted = DocBuilder().text("Đến ngày 31.4.2025 đã chi 1.500.000 đồng.").build();
  EXPECT_EQ(countRule(run(dotted), "date.invalid"), 1u) << describe(run(dotted));
  const Document good = DocBuilder().text("ngày 30/6/2023, 31/33 máy tính, giai đoạn 2021-2025, ngày 29 tháng 02 năm 2024, 1.500.000 đồng.").build();
  EXPECT_EQ(countRule(run(good), "date.invalid"), 0u) << describe(run(good));
}

// --- text.* ---

TEST_F(Rules, TextRules) {
  const Document d = DocBuilder()
                         .text("Công tác dân va\xCC\xA3\xCC\x82n chính quyền")  // ậ decomposed
                         .text("Kế hoạch của UBND huyÖn vÒ viÖc triÓn khai")     // TCVN3 fragment
                         .text("Thực hiện Công văn ngaỳ 07/5/2025")
                         .text("văn hóa, văn hoá")
                         .text("Chỉ thị 33/CT-TTg ngay 26/11/2021")
                         .build();
  const auto r = run(d);
  EXPECT_EQ(countRule(r, "text.mixed-normalization"), 1u) << describe(r);
  EXPECT_EQ(countRule(r, "text.legacy-encoding"), 1u) << describe(r);
  EXPECT_NE(describe(r).find("“huyÖn” là “huyện”"), std::string::npos) << describe(r);
  EXPECT_EQ(countRule(r, "text.tone-mark-placement"), 1u) << describe(r);
  EXPECT_NE(describe(r).find("“ngaỳ”, cần “ngày”"), std::string::npos);
  EXPECT_EQ(countRule(r, "text.mixed-tone-style"), 1u);
  EXPECT_EQ(countRule(r, "text.undiacritized-word"), 1u);

  const Document fine = DocBuilder()
                            .text("Công tác dân vận chính quyền, văn hóa, hòa giải, thủy lợi")
                            .text("Thực hiện Công văn ngày 07/5/2025 của UBND huyện; Internet, Egov, CBCCVC.")
                            .build();
  const auto ok = run(fine);
  for (const char* rule : {"text.mixed-normalization", "text.legacy-encoding", "text.tone-mark-placement",
                           "text.mixed-tone-style", "text.undiacritized-word"})
    EXPECT_EQ(countRule(ok, rule), 0u) << rule << "\n" << describe(ok);
}

TEST_F(Rules, TypingSlipsAreFoundWithTheirCorrections) {
  const Document d = DocBuilder()
                         .text("Phó chỉ tịch UBND xã avf các ban để để thực hiện")
                         .text("Ông ĐứcMạnh báo cáo công tác.Ủy ban giao Thưòng trực HĐND")
                         .text("Thường tực Hội đồng nhân dân xã, thẩn quyền")
                         .build();
  const auto r = run(d);
  const std::string all = describe(r);
  for (const char* want : {"“chỉ tịch” → “chủ tịch”", "“avf” → “và”", "“để để” → “để”", "“ĐứcMạnh” → “Đức Mạnh”",
                           "“tác.Ủy” → “tác. Ủy”", "“Thưòng” → “Thường”", "“Thường tực” → “Thường trực”",
                           "“thẩn quyền” → “thẩm quyền”"})
    EXPECT_NE(all.find(want), std::string::npos) << want << "\n" << all;
  EXPECT_EQ(countRule(r, "text.confusable"), 3u) << all;
  EXPECT_EQ(countRule(r, "text.telex-leftover"), 1u) << all;
  EXPECT_EQ(countRule(r, "text.repeated-word"), 1u) << all;
  EXPECT_EQ(countRule(r, "text.missing-space"), 2u) << all;
  EXPECT_EQ(countRule(r, "text.malformed-syllable"), 1u) << all;
  // the place follows the correction, in either language
  ValidationInput in;
  in.document = &d;
  in.reportTemplate = &tmpl;
  in.language = Language::English;
  const auto en = validate(in);
  EXPECT_NE(describe(en).find("Wrong word: “chỉ tịch” → “chủ tịch”. (paragraph 1)"), std::string::npos) << describe(en);
}

// The new tone placement of a text in the old one: the tone of an open oa, oe, uy moves to its last vowel.
std::string canonicalToneNew(std::string text) {
  // {the toned first vowels, that vowel bare, the second vowel, the second vowel toned}: five tones each
  static const std::vector<std::pair<std::string, std::string>> kMoves = [] {
    const char* rows[][4] = {{"òóỏõọ", "o", "a", "àáảãạ"}, {"ÒÓỎÕỌ", "O", "A", "ÀÁẢÃẠ"},
                             {"òóỏõọ", "o", "e", "èéẻẽẹ"}, {"ÒÓỎÕỌ", "O", "E", "ÈÉẺẼẸ"},
                             {"ùúủũụ", "u", "y", "ỳýỷỹỵ"}, {"ÙÚỦŨỤ", "U", "Y", "ỲÝỶỸỴ"},
                             {"ÒÓỎÕỌ", "O", "a", "àáảãạ"}, {"ÒÓỎÕỌ", "O", "e", "èéẻẽẹ"}, {"ÙÚỦŨỤ", "U", "y", "ỳýỷỹỵ"}};
    const auto split = [](const std::string& s) {  // code points of two or three bytes
      std::vector<std::string> out;
      for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = static_cast<unsigned char>(s[i]) >= 0xE0 ? 3 : 2;
        out.push_back(s.substr(i, n));
        i += n;
      }
      return out;
    };
    std::vector<std::pair<std::string, std::string>> m;
    for (const auto& row : rows) {
      const auto f = split(row[0]), t = split(row[3]);
      for (std::size_t k = 0; k < f.size(); ++k) m.emplace_back(f[k] + row[2], std::string(row[1]) + t[k]);
    }
    return m;
  }();
  for (const auto& [from, to] : kMoves)
    for (auto p = text.find(from); p != std::string::npos; p = text.find(from, p + to.size())) {
      const std::size_t end = p + from.size();
      if (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) continue;  // closed: hoàn
      text.replace(p, from.size(), to);
    }
  return text;
}

// The wizard's report, in the old tone placement and in the new: no text finding at all.
TEST_F(Rules, CleanReportInEitherTonePlacementHasNoTextFinding) {
  Document modern = clean;
  int changed = 0;
  for (auto& p : modern.paragraphs) {
    const std::string before = p.text;
    p.text = canonicalToneNew(p.text);
    changed += p.text != before;
  }
  EXPECT_GT(changed, 0) << "the report has words whose placement differs";
  for (const Document* d : {&clean, &modern}) {
    const auto r = run(*d, &data);
    for (const auto& f : r.findings) EXPECT_NE(f.rule.rfind("text.", 0), 0u) << f.rule << ": " << f.message;
  }
}

TEST_F(Rules, MessagesInEnglishNameThePlace) {
  const Document d = DocBuilder().text("I. KHÁI QUÁT CHUNG").text("Thực hiện Công văn ngaỳ 07/5/2025").build();
  ValidationInput in;
  in.document = &d;
  in.reportTemplate = &tmpl;
  in.language = Language::English;
  const auto r = validate(in);
  const auto f = std::find_if(r.findings.begin(), r.findings.end(), [](const Finding& x) { return x.rule == "text.tone-mark-placement"; });
  ASSERT_NE(f, r.findings.end());
  EXPECT_EQ(f->section, "I");
  EXPECT_EQ(f->paragraph, 1);
  EXPECT_EQ(f->message, "Tone mark on the wrong vowel: “ngaỳ”, should be “ngày”. (section I, paragraph 2)");
  // errors first
  for (std::size_t k = 1; k < r.findings.size(); ++k) EXPECT_LE(r.findings[k - 1].severity, r.findings[k].severity);
}

// --- figure.* ---

TEST_F(Rules, SumMismatchThroughFieldsAndThroughSentencePatterns) {
  Document d = clean;
  para(d, "Tổng số hộ").fields.front().text = "430";
  EXPECT_EQ(countRule(run(d), "figure.sum-mismatch"), 1u) << describe(run(d));
  EXPECT_EQ(countRule(run(clean), "figure.sum-mismatch"), 0u);

  // a typed report: the figures are found by the template's patterns
  const Document typed = DocBuilder()
                             .text("I. KHÁI QUÁT CHUNG")
                             .text("Toàn xã có 430 hộ (trong đó: hộ người đồng bào Dân tộc thiểu số có 428 hộ, người Kinh 05 hộ) với 1.530 nhân khẩu.")
                             .build();
  const auto r = run(typed);
  ASSERT_EQ(countRule(r, "figure.sum-mismatch"), 1u) << describe(r);
  EXPECT_NE(describe(r).find("“Tổng số hộ” là 430, nhưng 428 + 05 cho 433"), std::string::npos) << describe(r);
  const Document right = DocBuilder()
                             .text("I. KHÁI QUÁT CHUNG")
                             .text("Toàn xã có 433 hộ (trong đó: hộ người đồng bào Dân tộc thiểu số có 428 hộ, người Kinh 05 hộ).")
                             .build();
  EXPECT_EQ(countRule(run(right), "figure.sum-mismatch"), 0u);
}

TEST_F(Rules, RatioMismatch) {
  ReportTemplate t = tmpl;
  t.sections.resize(1);
  t.sections[0].figures = {
      FigureSlot{"may_tinh_ket_noi_internet", FigureType::Integer, 0, 0, "máy tính", "Máy tính kết nối", {}, {}, "có {}/"},
      FigureSlot{"may_tinh_tong", FigureType::Integer, 0, 0, "máy tính", "Tổng số máy tính", {}, {}, "/{} máy tính"},
      FigureSlot{"ty_le", FigureType::Percent, 1, 0, {}, "Tỷ lệ máy tính kết nối", {}, "may_tinh_ket_noi_internet / may_tinh_tong * 100",
                 "tỷ lệ {} "},
  };
  const Document wrong = DocBuilder().text("I. KHÁI QUÁT CHUNG").text("Kết quả: có 31/33 máy tính, tỷ lệ 95,0% kết nối.").build();
  const auto r = run(wrong, nullptr, std::nullopt, &t);
  ASSERT_EQ(countRule(r, "figure.ratio-mismatch"), 1u) << describe(r);
  EXPECT_NE(describe(r).find("93,9%"), std::string::npos) << describe(r);
  const Document right = DocBuilder().text("I. KHÁI QUÁT CHUNG").text("Kết quả: có 31/33 máy tính, tỷ lệ 93,9% kết nối.").build();
  EXPECT_EQ(countRule(run(right, nullptr, std::nullopt, &t), "figure.ratio-mismatch"), 0u) << describe(run(right, nullptr, std::nullopt, &t));
}

// "tăng 5,2% so với cùng kỳ": the stated change against the two values the report states.
TEST_F(Rules, ComparisonMismatch) {
  ReportTemplate t = tmpl;
  t.sections.resize(1);
  FigureSlot now{"ho_tong", FigureType::Integer, 0, 0, "hộ", "Tổng số hộ", {}, {}, "năm nay có {} hộ"};
  FigureSlot before{"ho_tong_cung_ky", FigureType::Integer, 0, 0, "hộ", "Tổng số hộ cùng kỳ", {}, {}, "cùng kỳ năm trước {} hộ"};
  before.earlier = Earlier::LastYear;
  before.of = "ho_tong";
  FigureSlot change{"ho_tong_thay_doi", FigureType::Change, 1, 0, {}, "Số hộ so với cùng kỳ", {}, {}, "{} so với cùng kỳ"};
  change.of = "ho_tong";
  change.against = "ho_tong_cung_ky";
  t.sections[0].figures = {now, before, change};
  auto doc = [](const std::string& sentence) { return DocBuilder().text("I. KHÁI QUÁT CHUNG").text(sentence).build(); };
  const auto wrong = run(doc("Năm nay có 1.663 hộ, cùng kỳ năm trước 1.580 hộ, tăng 5,0% so với cùng kỳ."), nullptr, std::nullopt, &t);
  ASSERT_EQ(countRule(wrong, "figure.comparison-mismatch"), 1u) << describe(wrong);
  EXPECT_NE(describe(wrong).find("“Số hộ so với cùng kỳ” là tăng 5,0%, nhưng từ 1.580 lên 1.663 là tăng 5,3%."), std::string::npos)
      << describe(wrong);
  // the direction is part of it: a rise stated as a fall is wrong too
  const auto down = run(doc("Năm nay có 1.663 hộ, cùng kỳ năm trước 1.580 hộ, giảm 5,3% so với cùng kỳ."), nullptr, std::nullopt, &t);
  EXPECT_EQ(countRule(down, "figure.comparison-mismatch"), 1u) << describe(down);
  const auto right = run(doc("Năm nay có 1.663 hộ, cùng kỳ năm trước 1.580 hộ, tăng 5,3% so với cùng kỳ."), nullptr, std::nullopt, &t);
  EXPECT_EQ(countRule(right, "figure.comparison-mismatch"), 0u) << describe(right);
  DataSet ledger;
  ledger.file = "so-lieu.csv";
  ledger.rows["ho_tong"] = DataRow{"ho_tong", "Tổng số hộ", "hộ", "2026", "", CellValue{CellValue::Kind::Number, 1500, "1500"}, "so-lieu!C2"};
  const auto fell = run(doc("Năm nay có 1.500 hộ, cùng kỳ năm trước 1.580 hộ, giảm 5,1% so với cùng kỳ."), &ledger, std::nullopt, &t);
  EXPECT_EQ(countRule(fell, "figure.comparison-mismatch"), 0u) << describe(fell);
  EXPECT_EQ(countRule(fell, "figure.missing-data"), 0u) << "neither the earlier value nor the change has a data row of its own";
}

TEST_F(Rules, DataMismatchAndMissingData) {
  Document d = clean;
  para(d, "Khoảng cách").fields.front().text = "16";
  auto r = run(d, &data);
  ASSERT_EQ(countRule(r, "figure.data-mismatch"), 1u) << describe(r);
  EXPECT_NE(describe(r).find("tệp số liệu ghi 15 (so-lieu!C2)"), std::string::npos) << describe(r);
  EXPECT_EQ(countRule(run(clean, &data), "figure.data-mismatch"), 0u) << describe(run(clean, &data));
  EXPECT_EQ(countRule(run(d), "figure.data-mismatch"), 0u);  // no data file: nothing to compare

  DataSet less = data;
  less.rows.erase("tai_khoan_phan_mem_van_ban");
  EXPECT_EQ(countRule(run(clean, &less), "figure.missing-data"), 1u);
  EXPECT_EQ(countRule(run(clean, &data), "figure.missing-data"), 0u);
}

TEST_F(Rules, Stale) {
  EXPECT_EQ(countRule(run(clean, &data, true), "figure.stale"), 1u);
  EXPECT_EQ(countRule(run(clean, &data, false), "figure.stale"), 0u);
  EXPECT_EQ(countRule(run(clean, &data), "figure.stale"), 0u);
}

TEST_F(Rules, TheSeedTemplatesReportDatedMay2025NamesItsDistrictWithoutAWarning) {
  // the sample answers address "UBND huyện Minh Long" on 07/5/2025, before the two-level government
  const auto r = run(clean);
  for (const auto& f : r.findings) EXPECT_NE(f.rule, "recipients.abolished-level") << describe(r);
  EXPECT_EQ(r.kind.kind, DocKind::BaoCao);
  EXPECT_EQ(r.kind.source, DocKindSource::Title);
  // the same report dated in 2026 is warned
  Document later = clean;
  DocParagraph& date = para(later, "Long Môn, ngày");
  date.text = "Long Môn, ngày 15 tháng 01 năm 2026";
  for (auto& r_ : date.runs) r_.text.clear();
  date.runs.front().text = date.text;
  const auto warned = run(later);
  EXPECT_TRUE(std::any_of(warned.findings.begin(), warned.findings.end(),
                          [](const Finding& f) { return f.rule == "recipients.abolished-level"; }))
      << describe(warned);
  EXPECT_TRUE(warned.readyToSubmit()) << "a warning, not an error";
}

}  // namespace
}  // namespace baocao::core
