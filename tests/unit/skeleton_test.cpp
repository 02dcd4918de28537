#include "core/templates/skeleton.hpp"
#include "core/templates/template_catalog.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>

#ifndef _WIN32
#include <sys/stat.h>  // mkfifo
#endif

namespace baocao::core {
namespace {

const std::filesystem::path kTemplates = BAOCAO_TEMPLATES_DIR;

ReportTemplate seed() {
  auto t = loadTemplateFile(kTemplates / "dan-van-2021-2025.json");
  EXPECT_TRUE(t) << (t ? "" : t.error().message.en());
  return *t;
}

Answers sampleAnswers() {
  std::ifstream in(kTemplates / "samples" / "answers-dan-van.json");
  std::stringstream buf;
  buf << in.rdbuf();
  auto a = answersFromJson(buf.str(), "answers-dan-van.json");
  EXPECT_TRUE(a) << (a ? "" : a.error().message.en());
  return *a;
}

AgencyProfile longMon() {
  AgencyProfile p;
  p.agency = "UBND xã Long Môn";
  p.placeName = "Long Môn";
  p.agencyCode = "UBND";
  p.signerName = "Nguyễn Văn An";
  return p;
}

std::vector<std::string> headings(const Skeleton& s) {
  std::vector<std::string> out;
  for (const auto& p : s.body)
    if (p.role == ParaRole::Heading) out.push_back(p.plainText());
  return out;
}

TEST(Skeleton, SeedOutlineInOrderWithDecreeNumbering) {
  const auto s = buildSkeleton(seed(), sampleAnswers(), longMon(), {2026, 1, 1});
  ASSERT_TRUE(s) << s.error().message.en();
  const auto h = headings(*s);
  ASSERT_FALSE(h.empty());
  EXPECT_EQ(h.front(), "I. KHÁI QUÁT CHUNG");
  EXPECT_NE(std::find(h.begin(), h.end(), "III. KẾT QUẢ THỰC HIỆN"), h.end());
  EXPECT_NE(std::find(h.begin(), h.end(), "1. Ưu điểm"), h.end());
  EXPECT_EQ(h.back(), "V. NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN TIẾP THEO");
  const auto letter = std::find_if(h.begin(), h.end(), [](const std::string& x) { return x.rfind("c) ", 0) == 0; });
  EXPECT_NE(letter, h.end());
  // a unique bookmark for every heading
  std::set<std::string> marks;
  for (const auto& p : s->body)
    if (p.role == ParaRole::Heading) marks.insert(p.bookmark);
  EXPECT_EQ(marks.size(), h.size());
}

TEST(Skeleton, OpeningCitesTheRequestLetterTheVietnameseWay) {
  const auto s = buildSkeleton(seed(), sampleAnswers(), longMon(), {2026, 1, 1});
  ASSERT_TRUE(s);
  const auto opening = std::find_if(s->body.begin(), s->body.end(),
                                    [](const BodyParagraph& p) { return p.role == ParaRole::Opening; });
  ASSERT_NE(opening, s->body.end());
  const std::string text = opening->plainText();
  EXPECT_EQ(text.rfind("Thực hiện Công văn số 479/UBND-NC ngày 07/5/2025 của UBND huyện Minh Long về việc", 0), 0u) << text;
  EXPECT_NE(text.find("UBND xã Long Môn báo cáo"), std::string::npos) << text;
}

TEST(Skeleton, ClosingSignatureAndRecipients) {
  const auto s = buildSkeleton(seed(), sampleAnswers(), longMon(), {2026, 1, 1});
  ASSERT_TRUE(s);
  EXPECT_EQ(s->body.back().plainText().substr(s->body.back().plainText().size() - 3), "./.");
  ASSERT_EQ(s->signature.authorityLines.size(), 2u);
  EXPECT_EQ(s->signature.authorityLines[0], "TM. ỦY BAN NHÂN DÂN");
  EXPECT_EQ(s->signature.authorityLines[1], "CHỦ TỊCH");
  EXPECT_EQ(s->signature.signer.text, "Nguyễn Văn An");
  ASSERT_GE(s->signature.noiNhan.size(), 2u);
  EXPECT_EQ(s->signature.noiNhan.front(), "- Như trên;");
  EXPECT_EQ(s->signature.noiNhan.back(), "- Lưu: VT, VP.");
  EXPECT_EQ(s->header.placeDate.lines[0].plainText(), "Long Môn, ngày 07 tháng 5 năm 2025");
}

TEST(Skeleton, MissingAnswersBecomeErrorsNamingTheField) {
  Answers a = sampleAnswers();
  a.inputs.erase("so_cong_van");
  a.inputs["ngay_cong_van"] = "2025-02-30";
  a.inputs["khong_co"] = "x";
  const auto s = buildSkeleton(seed(), a, longMon(), {2026, 1, 1}, "a.json");
  ASSERT_FALSE(s);
  const std::string e = s.error().message.en();
  EXPECT_NE(e.find("a.json: inputs.so_cong_van: required"), std::string::npos) << e;
  EXPECT_NE(e.find("a.json: inputs.ngay_cong_van: no such calendar date"), std::string::npos) << e;
  EXPECT_NE(e.find("inputs.khong_co"), std::string::npos) << e;
}

TEST(Skeleton, RequiredSectionsCannotBeOmittedOptionalOnesRenumber) {
  Answers a = sampleAnswers();
  a.omit = {"khai-quat"};
  const auto refused = buildSkeleton(seed(), a, longMon(), {2026, 1, 1});
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.en().find("is required"), std::string::npos);

  ReportTemplate t = seed();
  t.sections[0].required = false;
  const auto s = buildSkeleton(t, a, longMon(), {2026, 1, 1});
  ASSERT_TRUE(s) << s.error().message.en();
  EXPECT_EQ(headings(*s).front(), "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO");  // no gap in the numbering
}

TEST(Skeleton, EmptyAnswersForOptionalTextLeavePlaceholders) {
  ReportTemplate t = seed();
  for (auto& in : t.inputs) in.required = false;
  const auto s = buildSkeleton(t, Answers{}, AgencyProfile{}, {2026, 1, 1});
  ASSERT_TRUE(s) << s.error().message.en();
  const auto opening = std::find_if(s->body.begin(), s->body.end(),
                                    [](const BodyParagraph& p) { return p.role == ParaRole::Opening; });
  int placeholders = 0;
  for (const auto& seg : opening->segments) placeholders += seg.placeholder ? 1 : 0;
  EXPECT_GE(placeholders, 4);
}

TEST(Skeleton, AnswersFileErrorsAreCollected) {
  const auto a = answersFromJson(R"({"date": "2025-13-01", "inputs": {"x": 3}, "extra": 1})", "a.json");
  ASSERT_FALSE(a);
  EXPECT_NE(a.error().message.en().find("a.json: date:"), std::string::npos);
  EXPECT_NE(a.error().message.en().find("a.json: inputs.x: expected a string"), std::string::npos);
  EXPECT_NE(a.error().message.en().find("unknown field \"extra\""), std::string::npos);
}

TEST(Skeleton, BookmarkNamesAreWordSafeStableAndUnique) {
  EXPECT_EQ(bookmarkName("ket-qua.the-che"), "bc_ket_qua_the_che");
  const std::string a = bookmarkName("ket-qua.cai-cach-hanh-chinh.cong-nghe-thong-tin");
  const std::string b = bookmarkName("ket-qua.cai-cach-hanh-chinh.cong-nghe-thong-tin-2");
  EXPECT_LE(a.size(), 40u);
  EXPECT_NE(a, b);
  EXPECT_EQ(a, bookmarkName("ket-qua.cai-cach-hanh-chinh.cong-nghe-thong-tin"));
}

TEST(Catalog, ListsBrokenTemplatesWithTheirErrorAndMissingFolders) {
  const auto dir = std::filesystem::temp_directory_path() / "baocao-catalog-test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "hong.json") << "{\"schema\": 1,\n \"id\": \"hong\",\n \"tittle\": 1}\n";
  const Catalog c = loadCatalog({kTemplates, dir, dir / "missing"});
  EXPECT_NE(c.find("dan-van-2021-2025"), nullptr);
  EXPECT_NE(c.find("bao-cao-dinh-ky"), nullptr);
  const auto broken = std::find_if(c.entries.begin(), c.entries.end(), [](const CatalogEntry& e) { return !e.loaded; });
  ASSERT_NE(broken, c.entries.end());
  EXPECT_NE(broken->loaded.error().message.en().find("hong.json:3:"), std::string::npos) << broken->loaded.error().message.en();
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_NE(c.problems[0].en().find("missing"), std::string::npos);
  const std::string why = c.unavailableText().en();
  EXPECT_NE(why.find("hong.json:3:"), std::string::npos) << why;
  EXPECT_NE(why.find("missing"), std::string::npos) << why;
  std::filesystem::remove_all(dir);
}

#ifndef _WIN32  // links and FIFOs as a POSIX share has them
// A shared folder written by many: links out of it, loops, a FIFO, a huge file and thousands of
// files are each said and skipped; the good templates beside them still load.
TEST(Catalog, ASharedFolderIsReadWithinBounds) {
  namespace fs = std::filesystem;
  const auto base = fs::temp_directory_path() / "baocao-catalog-hostile";
  fs::remove_all(base);
  const auto dir = base / "mau";
  fs::create_directories(dir);
  fs::create_directories(base / "ngoai");
  const auto write = [](const fs::path& f, const std::string& id) {
    std::ofstream(f) << R"({"schema": 1, "id": ")" << id << R"(", "title": "T", "version": "1", "sections": [{"id": "a", "title": "A"}]})";
  };
  write(dir / "tot.json", "tot");
  write(base / "ngoai" / "ngoai.json", "ngoai");
  fs::create_symlink(base / "ngoai" / "ngoai.json", dir / "ra-ngoai.json");  // out of the folder
  fs::create_symlink(dir / "tot.json", dir / "ban-sao.json");                // inside: followed
  fs::create_symlink(dir / "vong.json", dir / "vong.json");                  // a loop
  fs::create_symlink(dir / "khong-co", dir / "treo.json");                   // dangling
  ASSERT_EQ(::mkfifo((dir / "fifo.json").c_str(), 0600), 0);                  // would block a reader
  {
    std::ofstream huge(dir / "lon.json", std::ios::binary);
    huge << std::string(kMaxTemplateBytes + 1, ' ');
  }
  const Catalog c = loadCatalog({dir});
  EXPECT_NE(c.find("tot"), nullptr);
  EXPECT_EQ(c.find("ngoai"), nullptr);
  const std::string why = c.unavailableText().en();
  EXPECT_NE(why.find("ra-ngoai.json: a link to outside the templates folder"), std::string::npos) << why;
  EXPECT_NE(why.find("vong.json: cannot be read"), std::string::npos) << why;
  EXPECT_NE(why.find("treo.json: cannot be read"), std::string::npos) << why;
  EXPECT_NE(why.find("lon.json: not a template (larger than 4 MB)"), std::string::npos) << why;
  EXPECT_EQ(why.find("fifo.json"), std::string::npos) << "a FIFO is no template file: not even listed";
  EXPECT_EQ(std::count_if(c.entries.begin(), c.entries.end(), [](const CatalogEntry& e) { return e.loaded && e.loaded->id == "tot"; }), 2)
      << "the link inside the folder is read";
  EXPECT_FALSE(loadTemplateFile(dir / "fifo.json")) << "named directly, a FIFO is refused, not read";

  fs::remove_all(dir);
  fs::create_directories(dir);
  for (std::size_t i = 0; i < kMaxTemplatesPerFolder + 5; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "m%05zu.json", i);
    std::ofstream(dir / name) << "{}";
  }
  const Catalog many = loadCatalog({dir});
  EXPECT_EQ(many.entries.size(), kMaxTemplatesPerFolder);
  EXPECT_EQ(many.entries.back().file.filename(), "m00999.json");
  ASSERT_EQ(many.problems.size(), 1u);
  EXPECT_NE(many.problems[0].en().find("more than 1000 .json files"), std::string::npos) << many.problems[0].en();
  fs::remove_all(base);
}
#endif

TEST(Catalog, TheCacheReadsAgainOnlyWhenATemplateFileChanges) {
  const auto dir = std::filesystem::temp_directory_path() / "baocao-catalog-cache-test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const auto write = [&](const char* name, const std::string& id, const std::string& title) {
    std::ofstream(dir / name) << R"({"schema": 1, "id": ")" << id << R"(", "title": ")" << title
                              << R"(", "version": "1", "sections": [{"id": "a", "title": "A"}]})";
  };
  write("mot.json", "mot", "Một");
  CatalogCache cache;
  const auto first = cache.get({dir});
  ASSERT_NE(first->find("mot"), nullptr);
  EXPECT_EQ(cache.get({dir}), first) << "nothing changed: the same catalog, not read again";

  write("mot.json", "mot", "Một, sửa lại");  // another size
  const auto edited = cache.get({dir});
  EXPECT_NE(edited, first);
  EXPECT_EQ(edited->find("mot")->title, "Một, sửa lại");
  EXPECT_EQ(first->find("mot")->title, "Một") << "a caller still holding the old catalog keeps it whole";

  write("hai.json", "hai", "Hai");  // a file added
  EXPECT_NE(cache.get({dir})->find("hai"), nullptr);

  write("hai.json", "hai", "Sau");  // same size, later modification time
  std::filesystem::last_write_time(dir / "hai.json",
                                   std::filesystem::last_write_time(dir / "hai.json") + std::chrono::seconds(5));
  EXPECT_EQ(cache.get({dir})->find("hai")->title, "Sau");

  std::filesystem::remove(dir / "hai.json");  // a file removed
  EXPECT_EQ(cache.get({dir})->find("hai"), nullptr);
  EXPECT_NE(cache.get({dir, dir / "missing"})->problems.size(), 0u) << "other folders, another catalog";
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace baocao::core

namespace baocao::core {
namespace {
TEST(Skeleton, AnswersSurviveTheirJsonForm) {
  Answers a;
  a.templateId = "dan-van-2021-2025";
  a.number = "15";
  a.date = CivilDate{2025, 5, 7};
  a.dataFile = "/srv/share/so-lieu.ods";
  a.inputs = {{"so_cong_van", "479/UBND-NC"}, {"ve_viec", "báo cáo \"sơ kết\""}};
  a.omit = {"danh-gia.bai-hoc"};
  const auto back = answersFromJson(answersToJson(a), "x");
  ASSERT_TRUE(back) << back.error().message.en();
  EXPECT_EQ(back->templateId, a.templateId);
  EXPECT_EQ(back->number, a.number);
  EXPECT_EQ(back->date, a.date);
  EXPECT_EQ(back->dataFile, a.dataFile);
  EXPECT_EQ(back->inputs, a.inputs);
  EXPECT_EQ(back->omit, a.omit);
}

TEST(CivilDate, TypedDatesAsClerksWriteThem) {
  EXPECT_EQ(*parseTypedDate("07/5/2025"), (CivilDate{2025, 5, 7}));
  EXPECT_EQ(*parseTypedDate("7/05/2025"), (CivilDate{2025, 5, 7}));
  EXPECT_EQ(*parseTypedDate("07-05-2025"), (CivilDate{2025, 5, 7}));
  EXPECT_EQ(*parseTypedDate("2025-05-07"), (CivilDate{2025, 5, 7}));
  EXPECT_FALSE(parseTypedDate("30/02/2025"));
  EXPECT_FALSE(parseTypedDate("07/5/25"));
  EXPECT_FALSE(parseTypedDate("ngày 7"));
  EXPECT_FALSE(parseTypedDate(""));
}
TEST(Skeleton, TheChosenKindNamesTheTitleLineAndTheNumber) {
  Answers a = sampleAnswers();
  a.docType = "ke-hoach";
  const auto s = buildSkeleton(seed(), a, longMon(), {2026, 1, 1});
  ASSERT_TRUE(s) << s.error().message.en();
  EXPECT_EQ(s->body.front().plainText(), "KẾ HOẠCH");
  const std::string number = s->header.number.lines.front().plainText();
  EXPECT_NE(number.find("/KH-"), std::string::npos) << number;
  a.docType = "cong-van";  // no type name nor code: not a skeleton's kind
  const auto refused = buildSkeleton(seed(), a, longMon(), {2026, 1, 1});
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.en().find("no document kind \"cong-van\""), std::string::npos);
}

}  // namespace
}  // namespace baocao::core
