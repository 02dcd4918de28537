#include "core/templates/fill_marks.hpp"
#include "core/templates/outline_import.hpp"
#include "core/templates/skeleton.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace baocao::core {
namespace {

const std::filesystem::path kOutlines = BAOCAO_OUTLINES_DIR;

// tests/data/outlines/*.txt, one paragraph a line, with the markup README.md there describes.
Document readOutline(const std::string& name) {
  std::ifstream in(kOutlines / name, std::ios::binary);
  EXPECT_TRUE(in) << name;
  Document doc;
  doc.path = name;
  for (std::string line; std::getline(in, line);) {
    DocParagraph p;
    bool bold = false, italic = false;
    for (bool more = true; more;) {
      more = false;
      if (line.starts_with("{b}")) bold = more = true, line.erase(0, 3);
      if (line.starts_with("{i}")) italic = more = true, line.erase(0, 3);
      if (line.starts_with("{L:")) {
        const auto close = line.find('}');
        p.listLabel = line.substr(3, close - 3);
        line.erase(0, close + 1);
        more = true;
      }
    }
    const auto tail = line.find("|i|");
    const std::string plain = line.substr(0, tail);
    p.text = plain;
    if (bold || italic || tail != std::string::npos) {
      p.runs.push_back(TextRun{plain, "Times New Roman", 14, bold, italic, {}});
      if (tail != std::string::npos) {
        const std::string rest = line.substr(tail + 3);
        p.text += rest;
        p.runs.push_back(TextRun{rest, "Times New Roman", 14, bold, true, {}});
      }
    }
    doc.paragraphs.push_back(std::move(p));
  }
  return doc;
}

OutlineImport imported(const std::string& name, const OutlineOptions& options = {}) {
  auto r = importOutline(readOutline(name), options);
  EXPECT_TRUE(r) << name << ": " << (r ? "" : r.error().message.en());
  return r ? *r : OutlineImport{};
}

// "I KẾT QUẢ / 1 Công tác …": the outline as numbers and titles, one line a section.
std::string tree(const std::vector<Section>& sections, int level = 0) {
  std::string out;
  for (std::size_t i = 0; i < sections.size(); ++i) {
    out += std::string(static_cast<std::size_t>(level) * 2, ' ') + sectionNumber(level, static_cast<int>(i)) + " " +
           sections[i].title + (sections[i].required ? "" : " [optional]") + "\n";
    out += tree(sections[i].children, level + 1);
  }
  return out;
}

const Section& at(const ReportTemplate& t, std::initializer_list<std::size_t> path) {
  const std::vector<Section>* level = &t.sections;
  const Section* s = nullptr;
  for (const auto i : path) {
    s = &level->at(i);
    level = &s->children;
  }
  return *s;
}

int notesOf(const OutlineImport& o, OutlineNote::Kind kind) {
  return static_cast<int>(std::count_if(o.notes.begin(), o.notes.end(), [&](const OutlineNote& n) { return n.kind == kind; }));
}

// The import's JSON loads with the template loader and gives a skeleton.
void loadsAndBuilds(const OutlineImport& o) {
  const std::string json = templateJson(o.tmpl);
  auto t = parseTemplate(json, "imported.json");
  ASSERT_TRUE(t) << t.error().message.en() << "\n" << json;
  EXPECT_EQ(tree(t->sections), tree(o.tmpl.sections));
  Answers a;
  a.templateId = t->id;
  a.inputs = {{"so_cong_van", "215/UBND-VX"}, {"ngay_cong_van", "2025-03-12"}, {"co_quan_yeu_cau", "Ủy ban nhân dân huyện"}};
  AgencyProfile profile;
  profile.agency = "Ủy ban nhân dân xã Long Môn";
  profile.placeName = "Long Môn";
  auto s = buildSkeleton(*t, a, profile, {2025, 3, 20});
  ASSERT_TRUE(s) << s.error().message.en();
  int headings = 0;
  for (const auto& p : s->body) headings += p.role == ParaRole::Heading ? 1 : 0;
  EXPECT_EQ(headings, o.headings);
}

TEST(OutlineImport, PhanThuNhatWithTitleOnTheNextLineAndFourLevels) {
  const auto o = imported("phan-thu-nhat.txt");
  EXPECT_EQ(o.tmpl.title, "Tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW");
  EXPECT_EQ(o.tmpl.id, "tong-ket-10-nam-thuc-hien-chi-thi-so-05");
  EXPECT_NE(o.tmpl.description.find("Công văn số 215/UBND-VX"), std::string::npos) << o.tmpl.description;
  EXPECT_EQ(tree(o.tmpl.sections),
            "I KẾT QUẢ 10 NĂM THỰC HIỆN CHỈ THỊ\n"
            "  1 CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO\n"
            "    a Công tác quán triệt, tuyên truyền\n"
            "    b Việc ban hành văn bản lãnh đạo, chỉ đạo\n"
            "  2 KẾT QUẢ THỰC HIỆN\n"
            "    a Về học tập và làm theo tư tưởng, đạo đức\n"
            "    b Về xây dựng mô hình, điển hình\n"
            "  3 ĐÁNH GIÁ CHUNG\n"
            "II PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI\n"
            "  1 PHƯƠNG HƯỚNG\n"
            "  2 KIẾN NGHỊ, ĐỀ XUẤT [optional]\n");
  EXPECT_EQ(at(o.tmpl, {0, 0, 0}).guidance, "nêu rõ số hội nghị, số lượt cán bộ, đảng viên tham gia");
  EXPECT_EQ(at(o.tmpl, {0, 2}).guidance, "Đánh giá ưu điểm, hạn chế, nguyên nhân và bài học kinh nghiệm.");
  // "a)", "b)" are a fourth level: kept as guidance, and said
  EXPECT_EQ(at(o.tmpl, {0, 1, 0}).guidance, "a) Đối với cán bộ, đảng viên b) Đối với nhân dân");
  EXPECT_EQ(notesOf(o, OutlineNote::Kind::TooDeep), 2);
  EXPECT_EQ(notesOf(o, OutlineNote::Kind::Unused), 1);  // the agency line above the title
  EXPECT_EQ(o.headings, 11);
  loadsAndBuilds(o);
}

TEST(OutlineImport, LettersAndRomanWithDashesNbspAndTabs) {
  const auto o = imported("a-i-dash.txt");
  EXPECT_EQ(tree(o.tmpl.sections),
            "I TÌNH HÌNH CHUNG\n"
            "  1 ĐẶC ĐIỂM\n"
            "  2 THUẬN LỢI, KHÓ KHĂN\n"
            "II KẾT QUẢ THỰC HIỆN\n"
            "  1 CẢI CÁCH THỂ CHẾ\n"
            "    a Xây dựng văn bản quy phạm pháp luật\n"
            "    b Kiểm tra, rà soát văn bản\n"
            "  2 CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n"
            "    a Kiểm soát thủ tục hành chính\n"
            "    b Thực hiện cơ chế một cửa, một cửa liên thông\n"
            "III PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM\n"
            "IV KIẾN NGHỊ [optional]\n");
  // "-" and "+" items are body: the section's guidance, not sections
  EXPECT_EQ(at(o.tmpl, {1, 1, 1}).guidance, "- Số hồ sơ tiếp nhận, đã giải quyết, quá hạn. + Tỷ lệ hồ sơ giải quyết đúng hạn.");
  EXPECT_EQ(at(o.tmpl, {0, 0}).guidance, "Nêu khái quát đặc điểm kinh tế - xã hội của địa phương.");
  EXPECT_TRUE(o.notes.empty()) << o.notesText().en();
  loadsAndBuilds(o);
}

TEST(OutlineImport, AutomaticNumberingFromTheListLabel) {
  const auto o = imported("auto-numbering.txt");
  EXPECT_EQ(o.tmpl.title, "Kết quả thực hiện công tác dân vận năm 2025");
  EXPECT_EQ(tree(o.tmpl.sections),
            "I ĐẶC ĐIỂM TÌNH HÌNH\n"
            "II KẾT QUẢ THỰC HIỆN\n"
            "  1 Công tác dân vận của chính quyền\n"
            "  2 Phong trào thi đua “Dân vận khéo”\n"
            "III ĐÁNH GIÁ CHUNG\n"
            "  1 Ưu điểm\n"
            "  2 Hạn chế, nguyên nhân\n"
            "IV NHIỆM VỤ, GIẢI PHÁP NĂM 2026\n");
  EXPECT_EQ(at(o.tmpl, {0}).guidance,
            "Khái quát tình hình kinh tế - xã hội, quốc phòng - an ninh ảnh hưởng đến công tác dân vận.");
  EXPECT_EQ(at(o.tmpl, {1, 0}).guidance, "gắn với cải cách hành chính");  // the italic end of the heading
  // a bold line without a number is kept, and said: it may be a heading left unnumbered
  ASSERT_EQ(notesOf(o, OutlineNote::Kind::BoldLine), 1);
  EXPECT_NE(at(o.tmpl, {1, 1}).guidance.find("Kết quả nổi bật"), std::string::npos);
  loadsAndBuilds(o);
}

TEST(OutlineImport, LeadersAndCheckBoxesStayInTheGuidance) {
  const auto o = imported("leaders-checkboxes.txt");
  EXPECT_EQ(o.leaders, 6);
  EXPECT_EQ(o.checkboxes, 4);
  EXPECT_EQ(at(o.tmpl, {0, 0}).title, "Số hộ nghèo đầu năm");
  EXPECT_EQ(at(o.tmpl, {0, 0}).guidance, "……… hộ; cuối năm: ……… hộ.");
  EXPECT_EQ(at(o.tmpl, {1, 0}).guidance, "□ Đã thực hiện □ Chưa thực hiện");
  EXPECT_EQ(at(o.tmpl, {1, 1}).guidance, "☐ Có ☐ Không");
  loadsAndBuilds(o);
}

TEST(OutlineImport, PastedPlainTextWithHeaderAndNoiNhan) {
  const auto o = imported("pasted-plain.txt");
  EXPECT_EQ(o.tmpl.title, "Kết quả công tác phòng, chống thiên tai năm 2024");
  EXPECT_EQ(tree(o.tmpl.sections),
            "I TÌNH HÌNH THIÊN TAI TRONG NĂM\n"
            "II CÔNG TÁC PHÒNG, CHỐNG\n"
            "  1 Công tác chuẩn bị\n"
            "  2 Công tác ứng phó và khắc phục hậu quả\n"
            "III ĐÁNH GIÁ, KIẾN NGHỊ\n");
  EXPECT_EQ(at(o.tmpl, {1, 0}).guidance, "kiện toàn Ban Chỉ huy, xây dựng phương án");
  // the header lines and everything from "Nơi nhận" on are said, not used
  EXPECT_EQ(notesOf(o, OutlineNote::Kind::Unused), 7);
  EXPECT_NE(o.notesText().vi().find("Nơi nhận"), std::string::npos);
  loadsAndBuilds(o);
}

TEST(OutlineImport, DecimalNumbersAndGuidanceLines) {
  const auto o = imported("decimal.txt", {"chuyen-doi-so", ""});
  EXPECT_EQ(o.tmpl.id, "chuyen-doi-so");
  EXPECT_EQ(o.tmpl.title, "Báo cáo chuyển đổi số năm 2025");
  EXPECT_EQ(tree(o.tmpl.sections),
            "I Hạ tầng số\n"
            "  1 Hạ tầng viễn thông\n"
            "  2 Thiết bị của cơ quan\n"
            "    a Máy tính, máy chủ\n"
            "    b Chữ ký số\n"
            "II Dữ liệu số\n"
            "  1 Cơ sở dữ liệu dùng chung\n"
            "  2 Dữ liệu chuyên ngành\n"
            "III Kinh tế số và xã hội số\n");
  EXPECT_EQ(at(o.tmpl, {0}).guidance, "Nêu tình hình hạ tầng viễn thông, internet trên địa bàn.");
  EXPECT_EQ(at(o.tmpl, {0, 1, 1}).guidance, "Báo cáo số chứng thư số đã cấp.");
  EXPECT_EQ(at(o.tmpl, {1, 1}).guidance, "Đánh giá mức độ khai thác, chia sẻ.");
  ASSERT_EQ(notesOf(o, OutlineNote::Kind::NumberGap), 1);  // 2.3. after 2.1
  loadsAndBuilds(o);
}

TEST(OutlineImport, NoOutlineSaysWhatWasLookedFor) {
  const auto r = importOutline(readOutline("no-outline.txt"));
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.en().find("no-outline.txt: no outline found"), std::string::npos) << r.error().message.en();
  EXPECT_NE(r.error().message.vi().find("“Phần I”"), std::string::npos);
  EXPECT_FALSE(importOutline(Document{}));
}

TEST(OutlineImport, BadIdIsRefused) {
  const auto r = importOutline(readOutline("decimal.txt"), {"Chuyển đổi số", ""});
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.en().find("cannot be a template id"), std::string::npos);
}

TEST(OutlineImport, TablesAreSaidNotDropped) {
  Document doc = readOutline("decimal.txt");
  DocParagraph cell;
  cell.text = "Biểu số 01: Hạ tầng";
  cell.table = 0;
  cell.cell = "A1";
  doc.paragraphs.insert(doc.paragraphs.begin() + 3, cell);
  doc.tables.push_back(DocTable{"", 3, 4, 3, 1});
  const auto r = importOutline(doc);
  ASSERT_TRUE(r);
  ASSERT_EQ(notesOf(*r, OutlineNote::Kind::Table), 1);
  EXPECT_NE(r->notesText().en().find("3×4 table"), std::string::npos) << r->notesText().en();
  EXPECT_EQ(at(r->tmpl, {0}).guidance, "Nêu tình hình hạ tầng viễn thông, internet trên địa bàn.");
}

// "Biểu số 01" under a section: a figure slot per empty or dotted cell, the unit from the "Đơn vị
// tính" column, a percent for "Tỷ lệ", a formula for the total row; the column numbers "(1) (2)…"
// and "Ghi chú" are no figures.
TEST(OutlineImport, AnnexTableBecomesFigureSlots) {
  Document doc = readOutline("leaders-checkboxes.txt");
  DocParagraph annex;
  annex.text = "Biểu số 01: Kết quả giảm nghèo";
  doc.paragraphs.push_back(annex);
  const std::vector<std::vector<std::string>> rows{
      {"STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024", "Năm 2025", "Ghi chú"},
      {"(1)", "(2)", "(3)", "(4)", "(5)", "(6)"},
      {"1", "Hộ nghèo", "hộ", "……", "……", ""},
      {"2", "Hộ cận nghèo", "hộ", "", "", ""},
      {"", "Tổng cộng", "hộ", "", "", ""},
      {"3", "Tỷ lệ hộ nghèo", "%", "", "2,1", ""},
  };
  DocTable table{"", static_cast<int>(rows.size()), 6, static_cast<int>(doc.paragraphs.size()), 0};
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      DocParagraph p;
      p.text = rows[r][c];
      p.table = 0;
      p.cell = std::string(1, static_cast<char>('A' + c)) + std::to_string(r + 1);
      doc.paragraphs.push_back(p);
      ++table.paragraphCount;
    }
  doc.tables.push_back(table);
  const auto r = importOutline(doc);
  ASSERT_TRUE(r) << r.error().message.en();
  EXPECT_EQ(notesOf(*r, OutlineNote::Kind::Table), 0) << r->notesText().en();
  const auto& figures = at(r->tmpl, {2}).figures;  // III. KIẾN NGHỊ, the section the table follows
  std::string shown;
  for (const auto& f : figures)
    shown += f.key + (f.type == FigureType::Percent ? " %" : " " + f.unit) + (f.formula.empty() ? "" : " = " + f.formula) + "\n";
  EXPECT_EQ(shown,
            "ho_ngheo_nam_2024 hộ\n"
            "ho_ngheo_nam_2025 hộ\n"
            "ho_can_ngheo_nam_2024 hộ\n"
            "ho_can_ngheo_nam_2025 hộ\n"
            "tong_cong_nam_2024 hộ = ho_ngheo_nam_2024 + ho_can_ngheo_nam_2024\n"
            "tong_cong_nam_2025 hộ = ho_ngheo_nam_2025 + ho_can_ngheo_nam_2025\n"
            "ty_le_ho_ngheo_nam_2024 %\n");
  EXPECT_EQ(figures.front().label, "Hộ nghèo - Năm 2024");
  OutlineImport o = *r;
  o.headings = r->headings;
  loadsAndBuilds(o);
  auto loaded = parseTemplate(templateJson(r->tmpl), "annex.json");
  ASSERT_TRUE(loaded) << loaded.error().message.en();
  EXPECT_EQ(at(*loaded, {2}).figures.size(), 7U);
  EXPECT_EQ(at(*loaded, {2}).figures[4].formula, "ho_ngheo_nam_2024 + ho_can_ngheo_nam_2024");
}

TEST(OutlineImport, NumberedSentencesAndFiguresAreNotHeadings) {
  Document doc;
  for (const char* line : {"I. TÌNH HÌNH", "1.530 hộ dân trên địa bàn.", "2025 là năm bản lề.", "1-2 năm tới.", "II. KẾT QUẢ"}) {
    DocParagraph p;
    p.text = line;
    doc.paragraphs.push_back(p);
  }
  const auto r = importOutline(doc);
  ASSERT_TRUE(r);
  EXPECT_EQ(tree(r->tmpl.sections), "I TÌNH HÌNH\nII KẾT QUẢ\n");
}

TEST(OutlineImport, SectionIdsAreUniqueAsBookmarks) {
  Document doc;
  for (const char* line : {"I. Kết quả", "1. Kết quả", "2. Kết quả", "II. Kết-quả", "III. Kết quả"}) {
    DocParagraph p;
    p.text = line;
    doc.paragraphs.push_back(p);
  }
  const auto r = importOutline(doc);
  ASSERT_TRUE(r);
  EXPECT_EQ(at(r->tmpl, {0}).id, "ket-qua");
  EXPECT_EQ(at(r->tmpl, {0, 1}).id, "ket-qua.ket-qua-2");
  EXPECT_EQ(at(r->tmpl, {1}).id, "ket-qua-2");
  EXPECT_EQ(at(r->tmpl, {2}).id, "ket-qua-3");
  EXPECT_TRUE(parseTemplate(templateJson(r->tmpl), "x.json"));
}

// Whatever the document holds, the import either says there is no outline or gives a template
// the loader takes: braces, control characters, bad UTF-8, huge numbers, deep numbering, a
// total under many rows, the same title many times.
TEST(OutlineImport, HostileTextStillGivesALoadableTemplate) {
  Document doc;
  auto add = [&](std::string text) {
    DocParagraph p;
    p.text = std::move(text);
    doc.paragraphs.push_back(std::move(p));
  };
  add("ĐỀ CƯƠNG {ky_bao_cao} }{");
  add("Phần 99999999 {x}");
  add("I. \x01\x02 {a} \xFF\xFE");
  add("1.1.1.1.1. Quá sâu");
  add("1. ");
  add("1.2.3. Mục 1.2.3");
  add("a) (nếu có)");
  add("b) Tiêu đề: ");
  add("Phần");
  add("II. \"Trích dẫn\" ……");
  for (int i = 0; i < 60; ++i) add(std::to_string(i % 9 + 1) + ". Kết quả");
  add(std::string(5000, 'A'));
  for (const auto& hostile : {std::string("I."), std::string("A-"), std::string("đ) "), std::string("1.530")}) add(hostile);
  const std::size_t tableStart = doc.paragraphs.size();
  for (int r = 0; r < 70; ++r)
    for (int c = 0; c < 2; ++c) {
      DocParagraph p;
      p.text = r == 0 ? (c == 0 ? "Chỉ tiêu" : "Số lượng") : c == 0 ? (r == 69 ? "Tổng cộng" : "{dòng} " + std::to_string(r)) : "";
      p.table = 0;
      p.cell = std::string(1, static_cast<char>('A' + c)) + std::to_string(r + 1);
      doc.paragraphs.push_back(p);
    }
  doc.tables.push_back(DocTable{"", 70, 2, static_cast<int>(tableStart), 140});
  const auto r = importOutline(doc);
  ASSERT_TRUE(r) << r.error().message.en();
  const auto loaded = parseTemplate(templateJson(r->tmpl), "hostile.json");
  ASSERT_TRUE(loaded) << loaded.error().message.en() << "\n" << templateJson(r->tmpl);
  EXPECT_FALSE(r->notes.empty());
  // and a document of nothing but noise: no outline, said
  Document noise;
  for (const char* line : {"\xC3", "-", "+ 1.", "……", "□", "(", ")"}) {
    DocParagraph p;
    p.text = line;
    noise.paragraphs.push_back(p);
  }
  EXPECT_FALSE(importOutline(noise));
}

TEST(OutlineImport, AsciiSlug) {
  EXPECT_EQ(asciiSlug("Sơ kết 5 năm thực hiện Nghị quyết"), "so-ket-5-nam-thuc-hien-nghi-quyet");
  EXPECT_EQ(asciiSlug("ĐẶC ĐIỂM TÌNH HÌNH"), "dac-diem-tinh-hinh");
  EXPECT_EQ(asciiSlug("  “Dân vận khéo” – 2025!  "), "dan-van-kheo-2025");
  EXPECT_EQ(asciiSlug("một hai ba bốn", 10), "mot-hai-ba");
  EXPECT_EQ(asciiSlug("…"), "");
}

TEST(FillMarks, LeadersAndBoxes) {
  EXPECT_EQ(countLeaders("Số hộ: ……… hộ, tỷ lệ . . . %"), 2);
  EXPECT_EQ(countLeaders("ngày …/…/2025"), 1);
  EXPECT_EQ(countLeaders("Họ tên: .............. và ______"), 2);
  EXPECT_EQ(countLeaders("các nội dung khác… v.v. Kết thúc..."), 0);
  EXPECT_EQ(countCheckboxes("□ Có  ☐ Không"), 2);
  EXPECT_TRUE(hasTickedBox("☒ Có  □ Không"));
  EXPECT_FALSE(hasTickedBox("□ Có  □ Không"));
}

// A 30-page đề cương (about 1,000 paragraphs: 4 parts of 7 groups of 6 headings, guidance under each)
// becomes a template well within the 1 s; the bound is generous for slow CI machines.
TEST(OutlineImport, ThirtyPagesInUnderOneSecond) {
  Document doc;
  auto add = [&](std::string text, bool italic = false) {
    DocParagraph p;
    p.text = text;
    p.runs.push_back(TextRun{std::move(text), "Times New Roman", 14, false, italic, {}});
    doc.paragraphs.push_back(std::move(p));
  };
  add("ĐỀ CƯƠNG BÁO CÁO");
  add("Tổng kết công tác nhiệm kỳ 2020 - 2025");
  for (int part = 1; part <= 4; ++part) {
    add("Phần " + sectionNumber(0, part - 1) + ". NỘI DUNG LỚN SỐ " + std::to_string(part));
    for (int i = 1; i <= 7; ++i) {
      add(sectionNumber(0, i - 1) + ". NHÓM NỘI DUNG " + std::to_string(i));
      for (int k = 1; k <= 6; ++k) {
        add(std::to_string(k) + ". Nội dung chi tiết thứ " + std::to_string(k) + " của nhóm");
        add("(nêu rõ kết quả đạt được, số liệu so với chỉ tiêu, so với cùng kỳ năm trước; đánh giá nguyên nhân)", true);
        add("- Số lượng: ……… ; tỷ lệ: ……… %");
        add("+ Ưu điểm, hạn chế và nguyên nhân của từng nội dung.");
        add("Đánh giá việc thực hiện so với kế hoạch năm, nêu rõ những việc chưa làm được.");
        add("□ Đạt   □ Không đạt");
      }
    }
  }
  ASSERT_GT(doc.paragraphs.size(), 900U);
  const auto start = std::chrono::steady_clock::now();
  const auto r = importOutline(doc);
  const auto json = r ? templateJson(r->tmpl) : std::string();
  const auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(r);
  EXPECT_TRUE(parseTemplate(json, "big.json"));
  EXPECT_EQ(r->headings, 4 + 4 * 7 + 4 * 7 * 6);
  EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 1000);
  std::cout << "[ bench    ] 30-page outline (" << doc.paragraphs.size() << " paragraphs) imported in "
            << std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count() << " us\n";
}

// The request letter's facts the đề cương names become the template's defaults, which the wizard
// offers (issue 12: số, ngày, cơ quan, deadline, period).
TEST(OutlineImport, TheRequestLettersFactsBecomeTheTemplatesDefaults) {
  const auto o = imported("pasted-plain.txt");
  const ReportTemplate& t = o.tmpl;
  ASSERT_EQ(t.inputs.size(), 3u);
  EXPECT_EQ(t.inputs[0].defaultValue, "98/UBND-NN");
  EXPECT_EQ(t.inputs[1].defaultValue, "2025-03-05");
  EXPECT_EQ(t.inputs[2].defaultValue, "UBND huyện Vân Hồ");
  EXPECT_EQ(t.deadline, "2025-03-20") << "“… gửi báo cáo về UBND huyện trước ngày 20/3/2025.”, after the outline";
  // written out and read back: the defaults survive as the template file's
  const auto back = parseTemplate(templateJson(t), "mem");
  ASSERT_TRUE(back) << back.error().message.en();
  EXPECT_EQ(back->inputs[0].defaultValue, "98/UBND-NN");
  EXPECT_EQ(back->inputs[1].defaultValue, "2025-03-05");
  EXPECT_EQ(back->deadline, "2025-03-20");

  const auto p = imported("phan-thu-nhat.txt");
  EXPECT_EQ(p.tmpl.inputs[0].defaultValue, "215/UBND-VX");
  EXPECT_EQ(p.tmpl.inputs[2].defaultValue, "Ủy ban nhân dân huyện Vân Hồ");
  EXPECT_TRUE(p.tmpl.deadline.empty());

  const auto a = imported("a-i-dash.txt");  // no letter named: no defaults, the period from the title
  EXPECT_TRUE(a.tmpl.inputs[0].defaultValue.empty());
  EXPECT_EQ(a.tmpl.period, "6 tháng đầu năm 2025");
  EXPECT_TRUE(parseTemplate(templateJson(a.tmpl), "mem")) << templateJson(a.tmpl);
}

TEST(OutlineImport, RequestFactsAreReadAsRealLettersWriteThem) {
  const auto read = [](std::string_view line) {
    RequestFacts f;
    readRequestFacts(line, f);
    return f;
  };
  auto f = read("(Kèm theo Công văn số 45-CV/DVH ngày 02/12/2025 của Ban Dân vận Huyện ủy)");
  EXPECT_EQ(f.number, "45-CV/DVH");
  EXPECT_EQ(f.date, "2025-12-02");
  EXPECT_EQ(f.agency, "Ban Dân vận Huyện ủy");
  f = read("Kèm theo Kế hoạch số 16/KH-UBND ngày 05 tháng 6 năm 2026 của UBND tỉnh Sơn La về việc sơ kết");
  EXPECT_EQ(f.number, "16/KH-UBND");
  EXPECT_EQ(f.date, "2026-06-05");
  EXPECT_EQ(f.agency, "UBND tỉnh Sơn La");
  f = read("Báo cáo gửi về Sở Nội vụ trước ngày 10/7/2026, đồng thời gửi bản điện tử.");
  EXPECT_EQ(f.deadline, "2026-07-10");
  EXPECT_TRUE(f.date.empty()) << "the deadline is not the letter's date";
  EXPECT_TRUE(f.number.empty());
  f = read("Số liệu tính đến ngày 31/02/2026");  // no such day, and "Số liệu" is no number
  EXPECT_TRUE(f.date.empty());
  EXPECT_TRUE(f.number.empty());
  // the first mention wins
  RequestFacts kept;
  readRequestFacts("Công văn số 1/UBND ngày 01/01/2026 của A", kept);
  readRequestFacts("Công văn số 2/UBND ngày 02/02/2026 của B", kept);
  EXPECT_EQ(kept.number, "1/UBND");
  EXPECT_EQ(kept.agency, "A");
}

}  // namespace
}  // namespace baocao::core
