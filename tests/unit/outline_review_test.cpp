#include "core/jobs/jobs.hpp"
#include "core/templates/outline_review.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#if !defined(_WIN32)
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace baocao::core {
namespace {

Section section(std::string title, std::string guidance = {}, std::vector<Section> children = {}) {
  Section s;
  s.id = asciiSlug(title, 24);
  s.title = std::move(title);
  s.guidance = std::move(guidance);
  s.children = std::move(children);
  return s;
}

// I. KẾT QUẢ / 1. Kinh tế / a) Nông nghiệp / 2. Số liệu tổng hợp (a line the importer took for a
// heading) / 3. Xã hội / II. TỒN TẠI / III. PHƯƠNG HƯỚNG
OutlineImport sample() {
  OutlineImport in;
  in.tmpl.id = "so-ket";
  in.tmpl.title = "Sơ kết";
  in.tmpl.version = "1.0";
  in.tmpl.description = "Mẫu tạo từ đề cương so-ket.txt.";
  in.tmpl.trichYeu = "Sơ kết";
  in.tmpl.inputs = {{"so_cong_van", "Số công văn", InputType::Text, true, ""}};
  in.tmpl.opening = "Thực hiện Công văn số {so_cong_van}, {co_quan_bao_cao} báo cáo như sau:";
  in.tmpl.signature = {"TM.", "ỦY BAN NHÂN DÂN", "CHỦ TỊCH"};
  in.tmpl.recipients = {"Ủy ban nhân dân huyện", {"Như trên;", "Lưu: VT."}};
  Section tong = section("Số liệu tổng hợp như sau", "Viết nội dung mục “Số liệu tổng hợp như sau”.");
  FigureSlot slot;
  slot.key = "ho_dan";
  slot.label = "Số hộ";
  tong.figures.push_back(slot);
  in.tmpl.sections = {
      section("KẾT QUẢ", "", {section("Kinh tế", "Nêu rõ tăng trưởng.", {section("Nông nghiệp", "Viết nội dung mục “Nông nghiệp”.")}),
                              tong, section("Xã hội", "Đánh giá an sinh.")}),
      section("TỒN TẠI", "Nêu hạn chế."),
      section("PHƯƠNG HƯỚNG", "Viết nội dung mục “PHƯƠNG HƯỚNG”."),
  };
  in.headings = 7;
  in.notes.push_back({OutlineNote::Kind::Unused, 0, "ỦY BAN NHÂN DÂN HUYỆN", {}});
  return in;
}

std::string outline(const OutlineReview& r) {
  std::string out;
  for (std::size_t k = 0; k < r.rows().size(); ++k) out += r.line(k, Language::English) + "\n";
  return out;
}

TEST(OutlineReview, ShowsTheImportedOutlineAsNumberedIndentedRows) {
  const OutlineReview r(sample());
  EXPECT_EQ(outline(r),
            "I. KẾT QUẢ\n"
            "      1. Kinh tế\n"
            "            a) Nông nghiệp\n"
            "      2. Số liệu tổng hợp như sau · 1 figures\n"
            "      3. Xã hội\n"
            "II. TỒN TẠI\n"
            "III. PHƯƠNG HƯỚNG\n");
  EXPECT_EQ(r.detail(3).en(), "Level 2, section I.2; figures: ho_dan.");
  EXPECT_EQ(r.detail(2).vi(), "Cấp 3, mục I.1.a.");
  EXPECT_NE(r.notesText().en().find("ỦY BAN NHÂN DÂN HUYỆN"), std::string::npos);
  EXPECT_FALSE(r.canUndo());
}

TEST(OutlineReview, RenamesASectionAndItsDefaultGuidanceFollows) {
  OutlineReview r(sample());
  EXPECT_FALSE(r.rename(6, "  PHƯƠNG HƯỚNG,  NHIỆM VỤ {2026} "));
  EXPECT_EQ(r.rows()[6].title, "PHƯƠNG HƯỚNG, NHIỆM VỤ (2026)");
  EXPECT_EQ(r.rows()[6].guidance, "Viết nội dung mục “PHƯƠNG HƯỚNG, NHIỆM VỤ (2026)”.");
  EXPECT_FALSE(r.rename(5, "HẠN CHẾ"));
  EXPECT_EQ(r.rows()[5].guidance, "Nêu hạn chế.") << "the đề cương's own guidance stays";
  const auto empty = r.rename(5, "   ");
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->en(), "A section's title cannot be empty.");
  EXPECT_EQ(r.rows()[5].title, "HẠN CHẾ");
  EXPECT_TRUE(r.rename(99, "x"));
  ASSERT_TRUE(r.undo());
  EXPECT_EQ(r.rows()[5].title, "TỒN TẠI");
  ASSERT_TRUE(r.undo());
  EXPECT_EQ(r.rows()[6].title, "PHƯƠNG HƯỚNG");
  EXPECT_FALSE(r.undo());
}

TEST(OutlineReview, ALevelChangeMovesTheSubsectionsAlong) {
  OutlineReview r(sample());
  // "1. Kinh tế" up to level 1: it becomes "II", "a) Nông nghiệp" its "1", and 2., 3. follow it
  EXPECT_FALSE(r.setLevel(1, 0));
  EXPECT_EQ(outline(r),
            "I. KẾT QUẢ\n"
            "II. Kinh tế\n"
            "      1. Nông nghiệp\n"
            "      2. Số liệu tổng hợp như sau · 1 figures\n"
            "      3. Xã hội\n"
            "III. TỒN TẠI\n"
            "IV. PHƯƠNG HƯỚNG\n");
  ASSERT_TRUE(r.undo());
  EXPECT_EQ(r.number(1), "1");
  // refused, nothing changed
  EXPECT_EQ(r.setLevel(0, 1)->en(), "The first section must be at level 1 (I, II, …).");
  EXPECT_EQ(r.setLevel(6, 2)->en(), "“PHƯƠNG HƯỚNG” can be at most one level below the section above it.");
  EXPECT_EQ(r.setLevel(1, 2)->en(), "“Kinh tế” can be at most one level below the section above it.");
  EXPECT_TRUE(r.setLevel(1, -1));
  // "3. Xã hội" under "2. Số liệu …": then "2." cannot go down, its subsection would be a fourth level
  EXPECT_FALSE(r.setLevel(4, 2));
  EXPECT_EQ(r.setLevel(3, 2)->vi(),
            "Mẫu có tối đa 3 cấp đề mục (I, 1, a): không chuyển được “Số liệu tổng hợp như sau” cùng các mục con sang cấp 3.");
  ASSERT_TRUE(r.undo());
  EXPECT_FALSE(r.canUndo());
  // down: "II. TỒN TẠI" becomes "4." under KẾT QUẢ
  EXPECT_FALSE(r.setLevel(5, 1));
  EXPECT_EQ(r.number(5), "4");
  EXPECT_EQ(r.number(6), "II");
}

TEST(OutlineReview, DroppingALineTakenForAHeadingKeepsItsTextAndFigures) {
  OutlineReview r(sample());
  EXPECT_FALSE(r.drop(3));  // "2. Số liệu tổng hợp như sau" was a body line
  EXPECT_EQ(outline(r),
            "I. KẾT QUẢ\n"
            "      1. Kinh tế\n"
            "            a) Nông nghiệp · 1 figures\n"
            "      2. Xã hội\n"
            "II. TỒN TẠI\n"
            "III. PHƯƠNG HƯỚNG\n");
  // the line before had only the made-up guidance: the dropped line's text takes its place
  EXPECT_EQ(r.rows()[2].guidance, "Số liệu tổng hợp như sau");
  EXPECT_EQ(r.rows()[2].figures.at(0).key, "ho_dan");
  // a dropped heading's subsections move up into its place; its text joins the section before
  EXPECT_FALSE(r.drop(1));
  EXPECT_EQ(outline(r),
            "I. KẾT QUẢ\n"
            "      1. Nông nghiệp · 1 figures\n"
            "      2. Xã hội\n"
            "II. TỒN TẠI\n"
            "III. PHƯƠNG HƯỚNG\n");
  EXPECT_EQ(r.rows()[0].guidance, "Kinh tế Nêu rõ tăng trưởng.");
  // the first row: into the one that takes its place, before its own guidance
  EXPECT_FALSE(r.drop(0));
  EXPECT_EQ(r.rows()[0].title, "Nông nghiệp");
  EXPECT_EQ(r.rows()[0].level, 0);
  EXPECT_EQ(r.rows()[0].guidance, "KẾT QUẢ Kinh tế Nêu rõ tăng trưởng. Số liệu tổng hợp như sau");
  while (r.rows().size() > 1) ASSERT_FALSE(r.drop(r.rows().size() - 1));
  EXPECT_EQ(r.drop(0)->en(), "A template needs at least one section: the last one cannot be dropped.");
  while (r.undo()) {
  }
  EXPECT_EQ(r.rows().size(), 7u);
}

TEST(OutlineReview, TheResultLoadsAsATemplateWithTheEdits) {
  OutlineReview r(sample());
  EXPECT_FALSE(r.rename(1, "Phát triển kinh tế"));
  EXPECT_FALSE(r.setRequired(4, false));
  EXPECT_FALSE(r.drop(3));
  EXPECT_FALSE(r.setId("so-ket-2025"));
  EXPECT_FALSE(r.setTitle("Sơ kết năm 2025"));
  EXPECT_EQ(r.setId("Sơ kết")->en(), "“Sơ kết” cannot be a template id: lower-case ASCII letters, digits, “.” and “-” only, "
                                     "starting with a letter or digit.");
  EXPECT_TRUE(r.setTitle(" "));
  EXPECT_EQ(r.line(3, Language::Vietnamese), "      2. Xã hội (nếu có)");
  auto json = jobs::templateFileJson(r.result());
  ASSERT_TRUE(json) << json.error().message.en();
  auto loaded = parseTemplate(*json, "so-ket-2025.json");
  ASSERT_TRUE(loaded) << loaded.error().message.en();
  EXPECT_EQ(loaded->id, "so-ket-2025");
  EXPECT_EQ(loaded->title, "Sơ kết năm 2025");
  EXPECT_EQ(loaded->trichYeu, "Sơ kết năm 2025");
  ASSERT_EQ(loaded->sections.size(), 3u);
  const Section& ketQua = loaded->sections[0];
  ASSERT_EQ(ketQua.children.size(), 2u);
  EXPECT_EQ(ketQua.children[0].title, "Phát triển kinh tế");
  EXPECT_EQ(ketQua.children[0].id, "ket-qua.phat-trien-kinh-te") << "ids follow the new titles";
  EXPECT_EQ(ketQua.children[0].children.at(0).figures.at(0).key, "ho_dan");
  EXPECT_FALSE(ketQua.children[1].required);
  EXPECT_EQ(loaded->inputs.size(), 1u) << "the rest of the import is kept";
}

TEST(OutlineReview, SectionsWithTheSameTitleGetDistinctIdsAndALeafGetsGuidance) {
  OutlineImport in = sample();
  in.tmpl.sections[1].guidance.clear();
  OutlineReview r(std::move(in));
  EXPECT_FALSE(r.rename(6, "TỒN TẠI"));
  const ReportTemplate t = r.result();
  EXPECT_EQ(t.sections[1].id, "ton-tai");
  EXPECT_EQ(t.sections[2].id, "ton-tai-2");
  EXPECT_EQ(t.sections[1].guidance, "Viết nội dung mục “TỒN TẠI”.");
}

// ---- saving ---------------------------------------------------------------------------------

std::filesystem::path freshFolder(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / ("baocao-review-test-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  return dir;
}

TEST(TemplateSave, AFolderIsMadeThenAnExistingTemplateIsSaid) {
  const auto dir = freshFolder("ready") / "mau";
  TemplateSavePlan plan = planTemplateSave(dir, "so-ket");
  EXPECT_EQ(plan.check, TemplateSavePlan::Check::Ready);
  EXPECT_EQ(plan.file, dir / "so-ket.json");
  EXPECT_TRUE(std::filesystem::is_directory(dir));
  EXPECT_TRUE(std::filesystem::is_empty(dir)) << "the write test leaves nothing";
  auto written = writeTemplateFile(dir, "so-ket", "{}\n");
  ASSERT_TRUE(written) << written.error().message.en();
  EXPECT_EQ(*written, dir / "so-ket.json");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()), 1);
  EXPECT_EQ(planTemplateSave(dir, "so-ket").check, TemplateSavePlan::Check::Exists);
  std::filesystem::remove_all(dir.parent_path());
}

TEST(TemplateSave, AFolderThatCannotBeMadeIsNotWritableAndTheUsersFolderIsOffered) {
  const auto base = freshFolder("file");
  std::filesystem::create_directories(base);
  std::ofstream(base / "not-a-folder") << "x";
  const TemplateSavePlan plan = planTemplateSave(base / "not-a-folder" / "mau", "so-ket");
  EXPECT_EQ(plan.check, TemplateSavePlan::Check::NotWritable);
  EXPECT_FALSE(plan.reason.empty());
  const Message ask = sharedFolderNotWritable(plan, "/home/a/mau");
  EXPECT_NE(ask.vi().find("thư mục mẫu dùng chung " + (base / "not-a-folder" / "mau").string()), std::string::npos) << ask.vi();
  EXPECT_NE(ask.en().find("Save the template to your own templates folder (/home/a/mau) instead?"), std::string::npos)
      << ask.en();
  EXPECT_NE(folderNotWritable(plan).en().find("No template was saved."), std::string::npos);
  EXPECT_FALSE(writeTemplateFile(base / "not-a-folder" / "mau", "so-ket", "{}"));
  std::filesystem::remove_all(base);
}

#if !defined(_WIN32)
// A folder the process may not write: root writes anywhere, so as root this runs as another user
// (unit.outline_review_unwritable runs it under setpriv in a root-owned 0755 folder named by
// BAOCAO_UNWRITABLE_DIR); as anyone else, in a folder made read-only here.
TEST(TemplateSave, AFolderWithoutWriteAccessIsNotWritable) {
  std::filesystem::path dir;
  if (const char* given = std::getenv("BAOCAO_UNWRITABLE_DIR"); given != nullptr && *given != '\0') {
    dir = given;
  } else if (::geteuid() != 0) {
    dir = freshFolder("readonly");
    std::filesystem::create_directories(dir);
    ::chmod(dir.c_str(), 0555);
  } else {
    // root writes through any mode bits (unit.outline_review_unwritable runs this as another
    // user); a folder nobody may make files in is /proc's
    dir = "/proc/self";
  }
  const TemplateSavePlan plan = planTemplateSave(dir, "so-ket");
  EXPECT_EQ(plan.check, TemplateSavePlan::Check::NotWritable);
  EXPECT_FALSE(plan.reason.empty());
  EXPECT_FALSE(std::filesystem::exists(dir / "so-ket.json"));
  if (std::getenv("BAOCAO_UNWRITABLE_DIR") == nullptr && ::geteuid() != 0) {
    ::chmod(dir.c_str(), 0755);
    std::filesystem::remove_all(dir);
  }
}
#endif

}  // namespace
}  // namespace baocao::core
