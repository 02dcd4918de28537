#include "core/templates/odf_body.hpp"
#include "core/templates/template_catalog.hpp"
#include "text/vntext.hpp"

#include <gtest/gtest.h>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace baocao::core {
namespace {

const BodyStyleNames kStyles{"Nội dung", "Tên loại", "Trích yếu", "Kính gửi", {"Đề mục 1", "Đề mục 2", "Đề mục 3"}};

Segment text(std::string s) { return Segment{std::move(s), false, {}, {}}; }

BodyParagraph para(ParaRole role, std::vector<Segment> segments, int level = 0) {
  return BodyParagraph{role, level, std::move(segments), {}, {}, std::nullopt};
}

// The text between <office:text> and the closing empty paragraph.
std::string bodyOf(const OdfBody& odf) {
  const std::string& c = odf.content;
  const auto start = c.find("<office:text>") + 13;
  return c.substr(start, c.rfind("<text:p/></office:text>") - start);
}

void expectWellFormed(const std::string& xml) {
  std::istringstream in(xml);
  boost::property_tree::ptree tree;
  EXPECT_NO_THROW(boost::property_tree::read_xml(in, tree)) << xml;
}

TEST(OdfBody, ParagraphsReferenceTheStylesByDisplayName) {
  const auto odf = renderOdfBody({para(ParaRole::TypeName, {text("BÁO CÁO")}), para(ParaRole::Opening, {text("Mở đầu")}),
                                  para(ParaRole::Figure, {text("Số")})},
                                 kStyles, {}, {});
  EXPECT_EQ(bodyOf(odf), "<text:p text:style-name=\"bcs0\">BÁO CÁO</text:p><text:p text:style-name=\"bcs1\">Mở đầu</text:p>"
                         "<text:p text:style-name=\"bcs1\">Số</text:p>");
  EXPECT_NE(odf.styles.find("<style:style style:name=\"bcs0\" style:display-name=\"Tên loại\" style:family=\"paragraph\"/>"
                            "<style:style style:name=\"bcs1\" style:display-name=\"Nội dung\" style:family=\"paragraph\"/>"
                            "</office:styles>"),
            std::string::npos)
      << odf.styles;
  expectWellFormed(odf.content);
  expectWellFormed(odf.styles);
}

TEST(OdfBody, HeadingsAreOutlineHeadingsWithABookmarkOverTheText) {
  BodyParagraph h = para(ParaRole::Heading, {text("1. Kết quả")}, 1);
  h.bookmark = "bc_ket_qua";
  BodyParagraph deep = para(ParaRole::Heading, {text("x")}, 5);
  const auto odf = renderOdfBody({h, deep}, kStyles, {}, {});
  EXPECT_EQ(bodyOf(odf),
            "<text:h text:style-name=\"bcs0\" text:outline-level=\"2\"><text:bookmark-start text:name=\"bc_ket_qua\"/>"
            "1. Kết quả<text:bookmark-end text:name=\"bc_ket_qua\"/></text:h>"
            "<text:h text:style-name=\"bcs1\" text:outline-level=\"3\">x</text:h>");
  EXPECT_NE(odf.styles.find("style:display-name=\"Đề mục 2\""), std::string::npos);
  EXPECT_NE(odf.styles.find("style:display-name=\"Đề mục 3\""), std::string::npos);
}

TEST(OdfBody, TextIsEscapedAndSpacesSurviveTheImport) {
  const auto odf = renderOdfBody({para(ParaRole::Opening, {text(" a  b & <c> \"d\"\te\nf\x01g ")})}, kStyles, {}, {});
  EXPECT_EQ(bodyOf(odf), "<text:p text:style-name=\"bcs0\"><text:s/>a<text:s/><text:s/>b &amp; &lt;c&gt; \"d\""
                         "<text:tab/>e<text:line-break/>fg<text:s/></text:p>");
  expectWellFormed(odf.content);
}

// Found by tests/fuzz/odf_body_fuzz: ill-formed UTF-8 (a lone surrogate from the office's UTF-16,
// here as the bytes ED A0 80 its UTF-8 converter writes, or a stray byte) went into content.xml as
// it was, and one bad byte makes Writer refuse the whole package.
TEST(OdfBody, IllFormedUtf8BecomesReplacementCharacters) {
  const std::string lone = "v\xED\xA0\x80" "c \xC3";
  const auto odf = renderOdfBody({para(ParaRole::Opening, {text(lone), Segment{lone, true, lone, {}}, Segment{lone, false, {}, "k"}})},
                                 kStyles, {}, {{"k", "\xFF"}});
  EXPECT_TRUE(text::isValidUtf8(odf.content));
  EXPECT_NE(bodyOf(odf).find(">v\uFFFD\uFFFD\uFFFDc \uFFFD<"), std::string::npos) << bodyOf(odf);
  EXPECT_NE(odf.content.find("office:string-value=\"\uFFFD\""), std::string::npos);
  expectWellFormed(odf.content);
}

TEST(OdfBody, PlaceholderKeepsItsTextAndHint) {
  const auto odf =
      renderOdfBody({para(ParaRole::Guidance, {Segment{"Nêu  kết quả & số liệu", true, "Gợi ý \"x\" <y>", {}}})}, kStyles, {}, {});
  EXPECT_EQ(bodyOf(odf), "<text:p text:style-name=\"bcs0\"><text:placeholder text:placeholder-type=\"text\" "
                         "text:description=\"Gợi ý &quot;x&quot; &lt;y&gt;\">&lt;Nêu  kết quả &amp; số liệu&gt;"
                         "</text:placeholder></text:p>");
}

TEST(OdfBody, FiguresAreUserFieldsDeclaredOnceKeepingTheDocumentsValue) {
  const Segment a{"[ho_dan]", false, "Tổng số hộ", "ho_dan"};
  const Segment b{"[nhan_khau]", false, "Nhân khẩu", "nhan_khau"};
  const auto odf = renderOdfBody({para(ParaRole::Figure, {text("Tổng số hộ: "), a, text(" hộ")}),
                                  para(ParaRole::Figure, {b, text(" và "), a})},
                                 kStyles, {}, {{"ho_dan", "1.530"}});
  EXPECT_NE(odf.content.find("<text:user-field-decls>"
                             "<text:user-field-decl office:value-type=\"string\" office:string-value=\"1.530\" text:name=\"bc_ho_dan\"/>"
                             "<text:user-field-decl office:value-type=\"string\" office:string-value=\"[nhan_khau]\" "
                             "text:name=\"bc_nhan_khau\"/></text:user-field-decls>"),
            std::string::npos)
      << odf.content;
  EXPECT_NE(bodyOf(odf).find("Tổng số hộ:<text:s/><text:user-field-get text:name=\"bc_ho_dan\">[ho_dan]</text:user-field-get>"
                             "<text:s/>hộ</text:p>"),
            std::string::npos)
      << bodyOf(odf);
  EXPECT_EQ(figureFieldName("ho_dan"), "bc_ho_dan");
}

TEST(OdfBody, RuleIsAnEmptyParagraphWithATopBorderCentredByItsIndents) {
  const RuleSpec spec{0.4, 0.5};
  const RuleLayout layout = layoutRule(spec, 6600.0, 16500);
  EXPECT_EQ(layout, (RuleLayout{4950, 18}));  // (16500 - 6600) / 2; 0.5 pt = 17.6 → 18 (1/100 mm)
  BodyParagraph title = para(ParaRole::TrichYeu, {text("Trích yếu")});
  title.rule = spec;
  const auto odf = renderOdfBody({title, para(ParaRole::KinhGui, {text("Kính gửi: X")})}, kStyles, {layout}, {});
  EXPECT_EQ(bodyOf(odf), "<text:p text:style-name=\"bcs0\">Trích yếu</text:p><text:p text:style-name=\"bcRule0\"/>"
                         "<text:p text:style-name=\"bcs1\">Kính gửi: X</text:p>");
  EXPECT_NE(odf.content.find("<style:style style:name=\"bcRule0\" style:family=\"paragraph\" style:parent-style-name=\"bcs0\">"
                             "<style:paragraph-properties fo:text-align=\"center\" fo:margin-top=\"0mm\" fo:margin-bottom=\"0mm\""
                             " fo:text-indent=\"0mm\" fo:line-height=\"100%\" fo:margin-left=\"49.50mm\" fo:margin-right=\"49.50mm\""
                             " fo:border-top=\"0.18mm solid #000000\" fo:padding-top=\"0mm\"/><style:text-properties "
                             "fo:font-size=\"4pt\" fo:font-weight=\"normal\"/></style:style>"),
            std::string::npos)
      << odf.content;
  EXPECT_EQ(layoutRule(spec, 17000.0, 16500).indentHmm, -250);
  EXPECT_THROW((void)renderOdfBody({title}, kStyles, {}, {}), std::invalid_argument);
}

TEST(OdfBody, SeedSkeletonRendersEveryParagraphWellFormed) {
  auto t = loadTemplateFile(std::filesystem::path(BAOCAO_TEMPLATES_DIR) / "dan-van-2021-2025.json");
  ASSERT_TRUE(t) << t.error().message.en();
  std::ifstream in(std::filesystem::path(BAOCAO_TEMPLATES_DIR) / "samples" / "answers-dan-van.json");
  std::stringstream buf;
  buf << in.rdbuf();
  auto answers = answersFromJson(buf.str(), "answers");
  ASSERT_TRUE(answers);
  auto s = buildSkeleton(*t, *answers, AgencyProfile{}, {2026, 1, 1});
  ASSERT_TRUE(s) << s.error().message.en();
  const auto odf = renderOdfBody(s->body, kStyles, {RuleLayout{4950, 18}}, {});
  expectWellFormed(odf.content);
  expectWellFormed(odf.styles);
  std::size_t paragraphs = 0, headings = 0, marks = 0;
  for (auto at = odf.content.find("<text:"); at != std::string::npos; at = odf.content.find("<text:", at + 1)) {
    paragraphs += odf.content.compare(at, 8, "<text:p ") == 0 || odf.content.compare(at, 9, "<text:p/>") == 0;
    headings += odf.content.compare(at, 8, "<text:h ") == 0;
    marks += odf.content.compare(at, 21, "<text:bookmark-start ") == 0;
  }
  std::size_t expectedHeadings = 0;
  for (const auto& p : s->body) expectedHeadings += p.role == ParaRole::Heading;
  EXPECT_EQ(headings, expectedHeadings);
  EXPECT_EQ(marks, expectedHeadings);
  EXPECT_EQ(paragraphs + headings, s->body.size() + 2);  // + the rule, + the closing empty paragraph
}

}  // namespace
}  // namespace baocao::core
