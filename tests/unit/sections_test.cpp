#include "core/validation/sections.hpp"
#include "core/templates/skeleton.hpp"
#include "core/templates/template_catalog.hpp"
#include "doc_builder.hpp"

#include <gtest/gtest.h>

namespace baocao::core {
namespace {

using namespace testing;

const std::filesystem::path kTemplates = BAOCAO_TEMPLATES_DIR;

ReportTemplate danVan() {
  auto t = loadTemplateFile(kTemplates / "dan-van-2021-2025.json");
  EXPECT_TRUE(t) << (t ? "" : t.error().message.en());
  return *t;
}

int matchedAt(const SectionMap& m, std::string_view path) {
  for (const auto& s : m.matches)
    if (s.path == path) return s.paragraph;
  return -2;
}

TEST(HeadingNumber, HandTypedNumbering) {
  auto h = parseHeadingNumber("III.\tKẾT QUẢ THỰC HIỆN");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->level, 0);
  EXPECT_EQ(h->number, "III");
  EXPECT_EQ(h->title, "KẾT QUẢ THỰC HIỆN");
  h = parseHeadingNumber("\t4.\u00A0Kết quả");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->level, 1);
  EXPECT_EQ(h->number, "4");
  h = parseHeadingNumber("đ) Tiếp nhận");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->level, 2);
  EXPECT_EQ(h->number, "đ");
  h = parseHeadingNumber("1.Kết quả");  // no space after the number
  ASSERT_TRUE(h);
  EXPECT_EQ(h->title, "Kết quả");
  for (const char* body : {"1.530 nhân khẩu", "- Long Môn là một xã", "IIV. Sai", "Không", "f) chữ f", "0. Mục", "I.", "2021 - 2025"})
    EXPECT_FALSE(parseHeadingNumber(body)) << body;
}

TEST(HeadingNumber, TitleSimilarityToleratesFormNotMeaning) {
  EXPECT_DOUBLE_EQ(titleSimilarity("KẾT QUẢ THỰC HIỆN", "kết quả thực hiện."), 1.0);
  EXPECT_DOUBLE_EQ(titleSimilarity("Văn hoá – xã hội", "VĂN HÓA - XÃ HỘI"), 1.0);
  EXPECT_DOUBLE_EQ(titleSimilarity("KE\xCC\x82\xCC\x81T QUẢ", "Kết quả"), 1.0);
  EXPECT_GT(titleSimilarity("Kết quả thực hiện", "Kết quả đã thực hiện"), 0.8);
  EXPECT_LT(titleSimilarity("Kết quả thực hiện", "Phương hướng nhiệm vụ"), 0.2);
}

TEST(Sections, HandTypedHeadingsInAnyFormAreFound) {
  const ReportTemplate t = danVan();
  const Document d = DocBuilder()
                         .text("I.\u00A0KHÁI QUÁT CHUNG")
                         .text("Long Môn là một xã miền núi.")
                         .text("II.\tCông tác lãnh đạo, chỉ đạo")                     // lower case, tab
                         .text("III. KE\xCC\x82\xCC\x81T QUA\xCC\x89 THU\xCC\x9B\xCC\xA3" "C HIE\xCC\x82\xCC\xA3" "N")  // NFD
                         .text("3. Kết quả thực hiện phong trào thi đua “Dân vận khéo” trên các lĩnh vực kinh tế, văn hoá, xã hội")
                         .text("IV. ĐÁNH GIÁ CHUNG:")
                         .text("1. Ưu điểm")
                         .text("V. NHIỆM VỤ VÀ GIẢI PHÁP GIAI ĐOẠN TIẾP THEO")          // a word added
                         .text("1. Tiếp tục triển khai thực hiện Nghị quyết số 25-NQ/TW.")  // body text
                         .build();
  const SectionMap m = recognizeSections(d, t);
  EXPECT_EQ(matchedAt(m, "I"), 0);
  EXPECT_EQ(matchedAt(m, "II"), 2);
  EXPECT_EQ(matchedAt(m, "III"), 3);
  EXPECT_EQ(matchedAt(m, "III.3"), 4);  // new tone placement "hoá", the final "." dropped
  EXPECT_EQ(matchedAt(m, "IV"), 5);
  EXPECT_EQ(matchedAt(m, "IV.1"), 6);
  EXPECT_EQ(matchedAt(m, "V"), 7);
  for (const auto& h : m.headings) EXPECT_NE(h.paragraph, 8) << "body text taken for a heading";
  EXPECT_EQ(m.pathOf(1), "I");
  EXPECT_EQ(m.pathOf(8), "V");
}

TEST(Sections, BodyTextIsNeverAHeading) {
  const ReportTemplate t = danVan();
  // the words of a title inside a sentence, numbered list items, bold emphasis
  const Document d = DocBuilder()
                         .text("Kết quả thực hiện được đánh giá cao, khái quát chung là tốt.")
                         .text("1. Ưu điểm của mô hình là được người dân đồng tình, ủng hộ và tích cực tham gia thực hiện.")
                         .body("KẾT QUẢ", BodyLayout::kHeading0)
                         .build();
  const SectionMap m = recognizeSections(d, t);
  EXPECT_TRUE(m.headings.empty()) << m.headings.front().paragraph;
}

TEST(Sections, BoldUnnumberedTitleAndOutlineLevels) {
  const ReportTemplate t = danVan();
  const Document d = DocBuilder()
                         .body("KHÁI QUÁT CHUNG", BodyLayout::kHeading0)
                         .body("Nội dung.")
                         .body("Công tác lãnh đạo, chỉ đạo")
                         .with([](DocParagraph& p) { p.outlineLevel = 1; })
                         .build();
  const SectionMap m = recognizeSections(d, t);
  EXPECT_EQ(matchedAt(m, "I"), 0);
  EXPECT_EQ(matchedAt(m, "II"), 2);
}

TEST(Sections, WizardBookmarksComeFirst) {
  const ReportTemplate t = danVan();
  // the clerk rewrote the title completely; the bookmark still says which section it is
  const Document d = DocBuilder()
                         .body("I. TÌNH HÌNH CHUNG CỦA XÃ")
                         .with([](DocParagraph& p) { p.bookmarks.push_back(bookmarkName("khai-quat")); })
                         .build();
  const SectionMap m = recognizeSections(d, t);
  ASSERT_EQ(matchedAt(m, "I"), 0);
  EXPECT_TRUE(m.matches.front().byBookmark);
}

TEST(Sections, DetectTemplate) {
  auto all = std::vector<ReportTemplate>{danVan()};
  auto other = loadTemplateFile(kTemplates / "bao-cao-dinh-ky.json");
  ASSERT_TRUE(other) << other.error().message.en();
  all.push_back(*other);

  Document byProperty;
  byProperty.properties["BaoCao.Template"] = other->id + " " + other->version;
  EXPECT_EQ(detectTemplate(byProperty, all), &all[1]);

  const Document byBookmark = DocBuilder().body("x").with([](DocParagraph& p) { p.bookmarks = {bookmarkName("ket-qua")}; }).build();
  EXPECT_EQ(detectTemplate(byBookmark, all), &all[0]);

  const Document seed = documentFromText(readFile(BAOCAO_SEED_REPORT));
  EXPECT_EQ(detectTemplate(seed, all), &all[0]);

  const Document unrelated = DocBuilder().text("Biên bản họp").text("Nội dung cuộc họp.").build();
  EXPECT_EQ(detectTemplate(unrelated, all), nullptr);
}

}  // namespace
}  // namespace baocao::core
