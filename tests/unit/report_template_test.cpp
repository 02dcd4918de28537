#include "core/templates/report_template.hpp"

#include "text/vntext.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace baocao::core {
namespace {

// ---------------------------------------------------------------------------------------------
// The shipped templates, against the seed report they come from

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::filesystem::path kTemplatesDir = BAOCAO_TEMPLATES_DIR;
const std::filesystem::path kSeedReport = BAOCAO_SEED_REPORT;

ReportTemplate loadShipped(const std::string& name) {
  const auto path = kTemplatesDir / name;
  const std::string json = readFile(path);
  EXPECT_FALSE(json.empty()) << "cannot read " << path;
  auto t = parseTemplate(json, path.string());
  EXPECT_TRUE(t) << (t ? "" : t.error().message.en());
  return t ? *t : ReportTemplate{};
}

std::vector<std::string> titles(const std::vector<Section>& sections) {
  std::vector<std::string> out;
  for (const auto& s : sections) out.push_back(s.title);
  return out;
}

const NumberedSection* numbered(const std::vector<NumberedSection>& flat, std::string_view path) {
  for (const auto& n : flat)
    if (n.path == path) return &n;
  return nullptr;
}

TEST(ShippedTemplates, FilesAreNfcWithoutNoBreakSpaces) {
  for (const char* name : {"dan-van-2021-2025.json", "bao-cao-dinh-ky.json"}) {
    const std::string json = readFile(kTemplatesDir / name);
    ASSERT_FALSE(json.empty()) << name;
    EXPECT_TRUE(text::isNfc(json)) << name;
    EXPECT_EQ(json.find("\u00a0"), std::string::npos) << name;
    EXPECT_EQ(json.find('\t'), std::string::npos) << name;
  }
}

TEST(DanVanTemplate, OutlineIsTheSeedReportsOutline) {
  const ReportTemplate t = loadShipped("dan-van-2021-2025.json");
  EXPECT_EQ(t.id, "dan-van-2021-2025");
  ASSERT_EQ(t.sections.size(), 5U);
  EXPECT_EQ(titles(t.sections),
            (std::vector<std::string>{"KHÁI QUÁT CHUNG", "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO", "KẾT QUẢ THỰC HIỆN",
                                      "ĐÁNH GIÁ CHUNG", "NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN TIẾP THEO"}));
  EXPECT_TRUE(t.sections[0].children.empty());
  // The seed repeats III.1's heading as II.1 (a copy in the original); the template keeps it.
  ASSERT_EQ(t.sections[1].children.size(), 1U);
  ASSERT_EQ(t.sections[2].children.size(), 8U);
  EXPECT_EQ(t.sections[1].children[0].title, t.sections[2].children[0].title);
  ASSERT_EQ(t.sections[2].children[3].children.size(), 3U);
  for (std::size_t i = 0; i < 8; ++i) {
    if (i != 3) {
      EXPECT_TRUE(t.sections[2].children[i].children.empty()) << i;
    }
  }
  ASSERT_EQ(t.sections[3].children.size(), 2U);
  EXPECT_EQ(titles(t.sections[3].children),
            (std::vector<std::string>{"Ưu điểm", "Khó khăn, hạn chế và nguyên nhân"}));
  EXPECT_TRUE(t.sections[4].children.empty());
  EXPECT_EQ(t.sections[2].children[2].title,
            "Kết quả thực hiện phong trào thi đua “Dân vận khéo” trên các lĩnh vực kinh tế, văn hóa, xã hội, an "
            "ninh, quốc phòng.");
  EXPECT_EQ(t.sections[2].children[3].children[2].title,
            "Kết quả Chỉ số hài lòng của người dân, tổ chức và doanh nghiệp đối với sự phục vụ của cơ quan, đơn vị.");

  const auto flat = flatten(t);
  std::vector<std::string> paths;
  std::map<int, int> perLevel;
  for (const auto& n : flat) {
    paths.push_back(n.path);
    ++perLevel[n.level];
  }
  EXPECT_EQ(paths, (std::vector<std::string>{"I", "II", "II.1", "III", "III.1", "III.2", "III.3", "III.4", "III.4.a",
                                             "III.4.b", "III.4.c", "III.5", "III.6", "III.7", "III.8", "IV", "IV.1",
                                             "IV.2", "V"}));
  EXPECT_EQ(perLevel, (std::map<int, int>{{0, 5}, {1, 11}, {2, 3}}));
  const auto* c = numbered(flat, "III.4.c");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->number, "c");
  EXPECT_EQ(c->level, 2);
  EXPECT_EQ(c->section, &t.sections[2].children[3].children[2]);
  for (const auto& n : flat) EXPECT_FALSE(n.section->guidance.empty() && n.section->children.empty()) << n.path;
}

TEST(DanVanTemplate, OpeningSignatureAndRecipients) {
  const ReportTemplate t = loadShipped("dan-van-2021-2025.json");
  EXPECT_EQ(t.trichYeu,
            "Sơ kết 5 năm kết quả thực hiện công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp "
            "giai đoạn 2021 - 2025");
  EXPECT_EQ(t.opening,
            "Thực hiện Công văn số {so_cong_van} ngày {ngay_cong_van} của {co_quan_yeu_cau} về việc {ve_viec}, "
            "{co_quan_bao_cao} báo cáo kết quả thực hiện cụ thể như sau:");
  ASSERT_EQ(t.inputs.size(), 4U);
  EXPECT_EQ(t.inputs[0].id, "so_cong_van");
  EXPECT_EQ(t.inputs[1].id, "ngay_cong_van");
  EXPECT_EQ(t.inputs[1].type, InputType::Date);
  EXPECT_EQ(t.inputs[2].id, "co_quan_yeu_cau");
  EXPECT_EQ(t.inputs[3].id, "ve_viec");
  EXPECT_EQ(t.typeCode, "BC");
  EXPECT_EQ(t.closing, "./.");
  EXPECT_EQ(t.signature.authority, "TM.");
  EXPECT_EQ(t.signature.body, "ỦY BAN NHÂN DÂN");
  EXPECT_EQ(t.signature.position, "CHỦ TỊCH");
  EXPECT_EQ(t.recipients.kinhGui, "{co_quan_yeu_cau}");
  EXPECT_EQ(t.recipients.noiNhan, (std::vector<std::string>{"Như trên;", "Lưu: VT, VP."}));
}

// The seed, one line per paragraph, NFC, NBSP and runs of spaces collapsed, without the
// "[bookmark: loai_1_name]" the conversion from .docx left in III.1.
std::string normalisedSeed() {
  const std::string raw = readFile(kSeedReport);
  EXPECT_FALSE(raw.empty()) << "cannot read the seed report " << kSeedReport;
  std::string out;
  std::istringstream lines(raw);
  for (std::string line; std::getline(lines, line);) {
    for (std::size_t b; (b = line.find("[bookmark: ")) != std::string::npos;) line.erase(b, line.find(']', b) + 1 - b);
    out += text::collapseSpaces(text::nfc(line)) + "\n";
  }
  return out;
}

// Byte ranges of each section's own text in the seed: from its heading line to the next heading.
struct SeedRegion {
  std::string path;
  std::size_t begin;
  std::size_t end;
};

std::vector<SeedRegion> seedRegions(const std::string& seed, const std::vector<NumberedSection>& flat) {
  std::vector<SeedRegion> regions;
  std::size_t from = 0;
  for (const auto& n : flat) {
    std::string title = n.section->title;
    if (title.ends_with('.')) title.pop_back();  // the seed omits III.5's final period
    const std::string heading = n.number + (n.level == 2 ? ") " : ". ") + title;
    std::size_t at = from;
    while (at != std::string::npos && seed.compare(at, heading.size(), heading) != 0) {
      at = seed.find('\n', at);
      if (at != std::string::npos) ++at;
    }
    EXPECT_NE(at, std::string::npos) << "no heading \"" << heading << "\" in the seed after byte " << from;
    if (at == std::string::npos) return regions;
    if (!regions.empty()) regions.back().end = at;
    regions.push_back(SeedRegion{n.path, at, seed.size()});
    from = seed.find('\n', at) + 1;
  }
  return regions;
}

TEST(DanVanTemplate, EveryHeadingIsInTheSeedInOrder) {
  const ReportTemplate t = loadShipped("dan-van-2021-2025.json");
  const auto regions = seedRegions(normalisedSeed(), flatten(t));
  EXPECT_EQ(regions.size(), flatten(t).size());
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool startsWithAny(std::string_view s, std::initializer_list<std::string_view> prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(), [&](std::string_view p) { return s.starts_with(p); });
}

bool endsWithAny(std::string_view s, std::initializer_list<std::string_view> suffixes) {
  return std::any_of(suffixes.begin(), suffixes.end(), [&](std::string_view p) { return s.ends_with(p); });
}

// A number in the seed that is not a figure of the report: a heading number, a date or a part of
// one, a year or a range of years, a document's number (479/UBND-NC, 23-QĐ/TW, 120 -KL/TW), the
// road name "Tỉnh lộ 628", and the "10 năm tới" of the national programme the report quotes.
bool isCitationOrName(std::string_view seed, std::size_t at, std::string_view token) {
  const std::string_view before = seed.substr(0, at);
  const std::string_view after = seed.substr(at + token.size());
  const bool lineStart = before.empty() || before.back() == '\n';
  if (lineStart && (after.starts_with(". ") || after.starts_with(") "))) return true;
  if (std::count(token.begin(), token.end(), '/') == 2) return true;  // 07/5/2025
  const auto isYear = [](std::string_view s) {
    return s.size() == 4 && (s.starts_with("19") || s.starts_with("20"));
  };
  if (isYear(token) || (token.size() == 9 && token[4] == '-' && isYear(token.substr(0, 4)) && isYear(token.substr(5))))
    return true;
  if ((after.starts_with("/") || after.starts_with("-") || after.starts_with(" -")) &&
      !isDigit(after.substr(after.starts_with(" -") ? 2 : 1, 1).front()))
    return true;
  if (endsWithAny(before, {"ngày ", "ngay ", "tháng ", "Tỉnh lộ "})) return true;
  if (startsWithAny(after, {" năm tới"})) return true;
  return false;
}

struct SeedFigure {
  std::string path;
  std::string token;              // as the seed writes it
  std::vector<std::string> keys;  // one per "/"-separated part: "31/33 máy tính"
};

// Every figure of the seed report, in text order, with the slot it fills.
const std::vector<SeedFigure> kSeedFigures{
    {"I", "15", {"khoang_cach_trung_tam_huyen"}},
    {"I", "6.947,51", {"dien_tich_tu_nhien"}},
    {"I", "433", {"ho_dan_tong"}},
    {"I", "428", {"ho_dan_dan_toc_thieu_so"}},
    {"I", "05", {"ho_dan_kinh"}},
    {"I", "1.530", {"nhan_khau_tong"}},
    {"I", "98,9", {"ty_le_dan_toc_thieu_so"}},
    {"I", "30", {"ty_le_ho_ngheo"}},
    {"III.4.a", "05", {"tthc_giam_chi_phi"}},
    {"III.4.b", "100", {"ty_le_cbcc_dang_ky_boi_duong"}},
    {"III.4.b", "31/33", {"may_tinh_ket_noi_internet", "may_tinh_tong"}},
    {"III.4.b", "12", {"tai_khoan_phan_mem_van_ban"}},
    {"III.4.b", "100", {"ty_le_cbcc_dung_thu_dien_tu"}},
    {"III.4.c", "95", {"ty_le_rat_hai_long"}},
};

// Counts the seed writes in words because they are zero.
const std::vector<SeedFigure> kSeedZeroFigures{
    {"III.6", "Không có đơn thư", {"don_thu_khieu_nai_to_cao"}},
    {"III.8", "địa phương. Không", {"cuoc_kiem_tra_huong_dan"}},
};

const FigureSlot* slotIn(const Section& s, std::string_view key) {
  for (const auto& f : s.figures)
    if (f.key == key) return &f;
  return nullptr;
}

TEST(DanVanTemplate, EveryFigureOfTheSeedHasASlotWrittenAsTheSeedWritesIt) {
  const ReportTemplate t = loadShipped("dan-van-2021-2025.json");
  const auto flat = flatten(t);
  const std::string seed = normalisedSeed();
  const auto regions = seedRegions(seed, flat);
  ASSERT_EQ(regions.size(), flat.size());

  // Every number of the body that is not a citation, a date or a name, with its section.
  std::vector<std::pair<std::string, std::string>> found;  // path, token
  std::vector<std::size_t> offsets;
  for (std::size_t i = regions.front().begin; i < seed.size(); ++i) {
    if (!isDigit(seed[i])) continue;
    std::size_t end = i;
    while (end < seed.size() && isDigit(seed[end])) {
      ++end;
      if (end + 1 < seed.size() && std::string_view(".,/-").find(seed[end]) != std::string_view::npos &&
          isDigit(seed[end + 1]))
        ++end;
    }
    const std::string token = seed.substr(i, end - i);
    if (!isCitationOrName(seed, i, token)) {
      const auto region = std::find_if(regions.begin(), regions.end(),
                                       [&](const SeedRegion& r) { return i >= r.begin && i < r.end; });
      found.emplace_back(region->path, token);
      offsets.push_back(i);
    }
    i = end;
  }
  std::vector<std::pair<std::string, std::string>> expected;
  for (const auto& f : kSeedFigures) expected.emplace_back(f.path, f.token);
  ASSERT_EQ(found, expected);

  std::set<std::string> named;
  for (std::size_t row = 0; row < kSeedFigures.size(); ++row) {
    const SeedFigure& f = kSeedFigures[row];
    const auto* section = numbered(flat, f.path);
    ASSERT_NE(section, nullptr) << f.path;
    std::vector<std::string> parts;
    for (std::size_t from = 0;;) {
      const std::size_t slash = f.token.find('/', from);
      parts.push_back(f.token.substr(from, slash - from));
      if (slash == std::string::npos) break;
      from = slash + 1;
    }
    ASSERT_EQ(parts.size(), f.keys.size()) << f.token;
    std::string_view after = std::string_view(seed).substr(offsets[row] + f.token.size());
    const bool percent = after.starts_with("%");
    if (after.starts_with(" ")) after.remove_prefix(1);
    for (std::size_t p = 0; p < parts.size(); ++p) {
      SCOPED_TRACE(f.path + " " + f.token + " " + f.keys[p]);
      named.insert(f.keys[p]);
      const FigureSlot* slot = slotIn(*section->section, f.keys[p]);
      ASSERT_NE(slot, nullptr) << "no slot " << f.keys[p] << " in section " << f.path;
      EXPECT_FALSE(slot->label.empty());
      const std::string& digits = parts[p];
      const std::size_t comma = digits.find(',');
      const bool padded = digits.size() > 1 && digits.front() == '0';
      EXPECT_EQ(slot->type, percent ? FigureType::Percent : comma != std::string::npos ? FigureType::Decimal
                                                                                       : FigureType::Integer);
      EXPECT_EQ(slot->decimals, comma == std::string::npos ? 0 : static_cast<int>(digits.size() - comma - 1));
      EXPECT_EQ(slot->minDigits, padded ? static_cast<int>(digits.size()) : 0);
      if (!percent) {
        EXPECT_FALSE(slot->unit.empty());
        EXPECT_TRUE(after.starts_with(slot->unit)) << "the seed writes \"" << after.substr(0, 20) << "\"";
      }
    }
  }
  for (const auto& f : kSeedZeroFigures) {
    const auto region =
        std::find_if(regions.begin(), regions.end(), [&](const SeedRegion& r) { return r.path == f.path; });
    ASSERT_NE(region, regions.end());
    EXPECT_NE(seed.substr(region->begin, region->end - region->begin).find(f.token), std::string::npos) << f.token;
    const FigureSlot* slot = slotIn(*numbered(flat, f.path)->section, f.keys[0]);
    ASSERT_NE(slot, nullptr) << f.keys[0];
    EXPECT_EQ(slot->type, FigureType::Integer);
    named.insert(f.keys[0]);
  }
  // And no slot without a figure in the seed.
  std::set<std::string> slots;
  for (const auto& n : flat)
    for (const auto& s : n.section->figures) slots.insert(s.key);
  EXPECT_EQ(slots, named);
}

TEST(PeriodicTemplate, FollowsTheCanonicalSkeleton) {
  const ReportTemplate t = loadShipped("bao-cao-dinh-ky.json");
  EXPECT_EQ(t.id, "bao-cao-dinh-ky");
  EXPECT_EQ(titles(t.sections),
            (std::vector<std::string>{"ĐẶC ĐIỂM TÌNH HÌNH", "KẾT QUẢ THỰC HIỆN", "ĐÁNH GIÁ CHUNG",
                                      "PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP", "KIẾN NGHỊ, ĐỀ XUẤT"}));
  ASSERT_EQ(t.sections[2].children.size(), 3U);
  EXPECT_EQ(titles(t.sections[2].children),
            (std::vector<std::string>{"Ưu điểm", "Hạn chế, tồn tại và nguyên nhân", "Bài học kinh nghiệm"}));
  EXPECT_TRUE(t.sections[2].children[0].required);
  EXPECT_TRUE(t.sections[2].children[1].required);
  EXPECT_FALSE(t.sections[2].children[2].required);
  EXPECT_TRUE(t.sections[3].required);
  EXPECT_FALSE(t.sections[4].required);
  std::vector<std::string> paths;
  for (const auto& n : flatten(t)) paths.push_back(n.path);
  EXPECT_EQ(paths, (std::vector<std::string>{"I", "II", "III", "III.1", "III.2", "III.3", "IV", "V"}));
  // {ky_bao_cao} is built in: used, not declared.
  EXPECT_NE(t.trichYeu.find("{ky_bao_cao}"), std::string::npos);
  EXPECT_NE(t.opening.find("{ky_bao_cao}"), std::string::npos);
  EXPECT_TRUE(std::none_of(t.inputs.begin(), t.inputs.end(), [](const Input& i) { return i.id == "ky_bao_cao"; }));
}

TEST(ShippedTemplates, ReadmeExampleLoads) {
  const std::string readme = readFile(kTemplatesDir / "README.md");
  const std::size_t begin = readme.find("```json\n");
  ASSERT_NE(begin, std::string::npos);
  const std::size_t end = readme.find("```", begin + 8);
  const auto t = parseTemplate(std::string_view(readme).substr(begin + 8, end - begin - 8), "README.md");
  ASSERT_TRUE(t) << t.error().message.en();
  EXPECT_EQ(flatten(*t).size(), 3U);
}

// ---------------------------------------------------------------------------------------------
// Errors: every one collected, each "source:line:column: path: message"

std::string errorOf(std::string_view json) {
  const auto t = parseTemplate(json, "t.json");
  EXPECT_FALSE(t) << "expected an error";
  return t ? std::string() : t.error().message.en();
}

TEST(TemplateErrors, MinimalTemplateLoadsWithDefaults) {
  const auto t = parseTemplate(R"({"schema": 1, "id": "t", "title": "Thu\u0309", "version": "1",
                                   "sections": [{"id": "a", "title": "A"}]})",
                               "t.json");
  ASSERT_TRUE(t) << t.error().message.en();
  EXPECT_EQ(t->title, "Thủ");  // NFC
  EXPECT_EQ(t->source, "t.json");
  EXPECT_EQ(t->typeCode, "BC");
  EXPECT_EQ(t->typeName, "BÁO CÁO");
  EXPECT_EQ(t->closing, "./.");
  ASSERT_EQ(t->sections.size(), 1U);
  EXPECT_TRUE(t->sections[0].required);
  EXPECT_TRUE(t->inputs.empty());
}

TEST(TemplateErrors, ARequestLettersDefaultsAreCheckedLikeTheRest) {
  constexpr std::string_view kGood = R"({"schema": 1, "id": "t", "title": "T", "version": "1",
    "inputs": [{"id": "so", "label": "Số", "default": "98/UBND-NN"},
               {"id": "ngay", "label": "Ngày", "type": "date", "default": "2025-03-05"}],
    "sections": [{"id": "a", "title": "A"}], "period": "quý I năm 2025", "deadline": "2025-03-20"})";
  const auto t = parseTemplate(kGood, "t.json");
  ASSERT_TRUE(t) << t.error().message.en();
  EXPECT_EQ(t->inputs[0].defaultValue, "98/UBND-NN");
  EXPECT_EQ(t->period, "quý I năm 2025");
  EXPECT_EQ(t->deadline, "2025-03-20");
  const std::string bad = errorOf(R"({"schema": 1, "id": "t", "title": "T", "version": "1",
    "inputs": [{"id": "ngay", "label": "Ngày", "type": "date", "default": "05/3/2025"}],
    "sections": [{"id": "a", "title": "A"}], "period": "mùa xuân", "deadline": "2025-02-30"})");
  EXPECT_NE(bad.find("inputs[0].default:"), std::string::npos) << bad;
  EXPECT_NE(bad.find("period: \"mùa xuân\" is not a reporting period"), std::string::npos) << bad;
  EXPECT_NE(bad.find("deadline:"), std::string::npos) << bad;
}

TEST(TemplateErrors, SyntaxErrorGivesWhereTheParserStopped) {
  EXPECT_EQ(errorOf("{\n  \"schema\": 1,\n  \"id\": \"x\",,\n}"),
            "t.json:3:13: (root): JSON syntax error: unexpected ','");
  // Columns count code points: "Báo cáo" is 7 columns, 9 bytes.
  EXPECT_EQ(errorOf(R"({"schema": 1, "title": "Báo cáo" "id": "x"})"),
            "t.json:1:34: (root): JSON syntax error: unexpected '\"'");
  EXPECT_EQ(errorOf("{\"sections\": [{\"id\": }]}"), "t.json:1:22: sections[0].id: JSON syntax error: unexpected '}'");
  EXPECT_EQ(errorOf("{\"schema\": 1,\n \"id\": \"a"),
            "t.json:2:10: id: JSON syntax error: the text ends before the JSON value does");
  EXPECT_EQ(errorOf("{} x"), "t.json:1:4: (root): JSON syntax error: unexpected 'x' after the end of the JSON value");
  EXPECT_EQ(errorOf(""), "t.json:1:1: (root): JSON syntax error: the text ends before the JSON value does");
}

constexpr std::string_view kNested = R"({
  "schema": 1,
  "id": "t",
  "title": "T",
  "version": "1",
  "sections": [
    {"id": "a", "title": "A"},
    {"id": "b", "title": "B", "children": [
      {"id": "b.1", "tittle": "B1"}
    ]}
  ]
})";

TEST(TemplateErrors, UnknownFieldAtDepthNamesPathAndKeyPosition) {
  EXPECT_EQ(errorOf(kNested),
            "t.json:9:7: sections[1].children[0].title: required field is missing\n"
            "t.json:9:21: sections[1].children[0].tittle: unknown field (known: "
            "id|title|required|guidance|figures|children)");
}

TEST(TemplateErrors, DuplicateSectionIdNamesBothPlaces) {
  std::string json(kNested);
  json.replace(json.find("\"tittle\""), 8, "\"title\"");
  json.replace(json.find("\"b.1\""), 5, "\"a\"");
  EXPECT_EQ(errorOf(json), "t.json:9:14: sections[1].children[0].id: duplicate section id \"a\" (first at 7:12)");
}

// Found by tests/fuzz/template_fuzz (each section its own bookmark): ids differing only in '.'
// and '-' were accepted though their bookmarks are one name ("bc_b_1"), so the wizard's document
// had one bookmark for two sections and recognition put both on the second.
TEST(TemplateErrors, SectionIdsWithTheSameBookmarkNameBothPlaces) {
  std::string json(kNested);
  json.replace(json.find("\"tittle\""), 8, "\"title\"");
  json.replace(json.find("\"a\""), 3, "\"b-1\"");
  EXPECT_EQ(errorOf(json), "t.json:9:14: sections[1].children[0].id: section id \"b.1\" has the same bookmark as "
                           "\"b-1\" (at 7:12): bookmarks write '.' and '-' as '_'");
}

// Found by tests/fuzz/template_fuzz (every line of an error is "file:line:column: …"): a value
// quoted in a message kept its line break ("\n" in the JSON), so one diagnostic became two lines
// and the second named no place; the same for a formula's control character.
TEST(TemplateErrors, EveryDiagnosticStaysOneLine) {
  const std::string e = errorOf(R"({"schema": 1, "id": "a\nb", "title": "T", "version": "1",
 "trichYeu": "x {so\ncong}", "sections": [{"id": "s", "title": "S", "figures": [
  {"key": "k", "type": "integer", "label": "K", "formula": "1 +\n2"}]}]})");
  EXPECT_EQ(e, "t.json:1:21: id: template id \"a\\nb\" must match [a-z0-9][a-z0-9.-]*\n"
               "t.json:2:14: trichYeu: bad reference {so\\ncong}: a name matches [a-z][a-z0-9_]*\n"
               "t.json:3:60: sections[0].figures[0].formula: column 4: expected a figure key, a number or '(' after '+' "
               "but found character U+000A");
}

// Found by tests/fuzz/template_fuzz in a longer run: the list of known inputs in an "unknown
// reference" message named an input whose id held a line break, so the diagnostic became two lines.
TEST(TemplateErrors, KnownInputsListedAreNames) {
  const std::string e = errorOf(R"({"schema": 1, "id": "a", "title": "T", "version": "1",
 "inputs": [{"id": "so", "label": "Số"}, {"id": "x\ny", "label": "X"}],
 "opening": "{khac}", "sections": [{"id": "s", "title": "S"}]})");
  EXPECT_EQ(e, "t.json:2:49: inputs[1].id: input id \"x\\ny\" must match [a-z][a-z0-9_]*\n"
               "t.json:3:13: opening: unknown reference {khac}: the inputs are so; the built-ins are "
               "co_quan_bao_cao, dia_danh, ky_bao_cao");
}

TEST(TemplateErrors, UnknownReference) {
  const std::string e = errorOf(R"({"schema": 1, "id": "t", "title": "T", "version": "1",
 "inputs": [{"id": "so", "label": "Số"}],
 "opening": "Thực hiện Công văn số {so} ngày {ngay}, {co_quan_bao_cao} báo cáo:",
 "trichYeu": "Kỳ {ky_bao_cao} {dia_danh}",
 "recipients": {"kinhGui": "{noi_gui"},
 "sections": [{"id": "a", "title": "A"}]})");
  EXPECT_EQ(e,
            "t.json:3:13: opening: unknown reference {ngay}: the inputs are so; the built-ins are co_quan_bao_cao, "
            "dia_danh, ky_bao_cao\n"
            "t.json:5:28: recipients.kinhGui: '{' without '}': references are written {name}");
}

TEST(TemplateErrors, WrongTypes) {
  EXPECT_EQ(errorOf(R"({"schema": 1, "id": "t", "title": 5, "version": "1", "inputs": {},
 "sections": [{"id": "a", "title": "A", "required": "yes", "figures": [
   {"key": "n", "type": "integer", "decimals": 1.5, "label": "N"},
   {"key": "m", "type": "float", "label": "M"}, 3]}]})"),
            "t.json:1:35: title: must be a string, not a number\n"
            "t.json:1:64: inputs: must be an array, not an object\n"
            "t.json:2:53: sections[0].required: must be true or false, not a string\n"
            "t.json:3:48: sections[0].figures[0].decimals: must be an integer from 0 to 6, not a number\n"
            "t.json:4:25: sections[0].figures[1].type: \"float\" is not one of integer|decimal|percent|date|text|change\n"
            "t.json:4:49: sections[0].figures[2]: a figure must be an object, not a number");
}

TEST(TemplateErrors, BadUtf8NamesTheFirstBadByte) {
  EXPECT_EQ(errorOf("{\"schema\": 1,\n \"title\": \"B\xC3\xA1o c\xC3\x28o\"}"),
            "t.json:2:17: title: not valid UTF-8: byte 0xC3 at byte offset 31 (save the file as UTF-8)");
  EXPECT_EQ(errorOf("\xFF{}"),
            "t.json:1:1: (root): not valid UTF-8: byte 0xFF at byte offset 0 (save the file as UTF-8)");
}

TEST(TemplateErrors, AllErrorsAreCollectedInTextOrder) {
  const std::string e = errorOf(R"({"schema": 1, "id": "Bad Id", "version": "",
 "signature": {"authority": "T.M.", "name": "x"},
 "sections": [{"id": "a", "title": "A", "figures": [{"key": "ty_le", "type": "percent", "unit": "%", "label": "L"}]},
              {"id": "b", "title": "B", "children": [{"id": "b.1", "title": "B1", "children": [
                 {"id": "b.1.a", "title": "Ba", "children": [{"id": "b.1.a.x", "title": "X"}]}]}]}]})");
  EXPECT_EQ(e,
            "t.json:1:1: title: required field is missing\n"
            "t.json:1:21: id: template id \"Bad Id\" must match [a-z0-9][a-z0-9.-]*\n"
            "t.json:1:42: version: must not be empty\n"
            "t.json:2:29: signature.authority: \"T.M.\" is not one of "
            "\"\", \"TM.\", \"KT.\", \"Q.\", \"TL.\", \"TUQ.\"\n"
            "t.json:2:37: signature.name: unknown field (known: authority|body|position)\n"
            "t.json:3:97: sections[0].figures[0].unit: a percent figure has no unit: the % sign is implied\n"
            "t.json:5:61: sections[1].children[0].children[0].children: sections nest at most 3 levels (I, 1, a); "
            "these children would be a level deeper");
}

TEST(TemplateErrors, SchemaTwoIsRefusedAlone) {
  EXPECT_EQ(errorOf(R"({"schema": 2, "newField": true, "sections": []})"),
            "t.json:1:12: schema: unsupported schema 2: this version reads schema 1");
  EXPECT_EQ(errorOf(R"({"schema": "1"})"),
            "t.json:1:12: schema: unsupported schema \"1\": this version reads schema 1");
}

TEST(TemplateErrors, RequiredFieldsAndEmptySections) {
  EXPECT_EQ(errorOf(R"({"schema": 1, "sections": []})"),
            "t.json:1:1: id: required field is missing\n"
            "t.json:1:1: title: required field is missing\n"
            "t.json:1:1: version: required field is missing\n"
            "t.json:1:27: sections: a template needs at least one section");
  EXPECT_EQ(errorOf("[]"), "t.json:1:1: (root): a template must be an object, not an array");
  EXPECT_EQ(errorOf(R"({"id": "t", "title": "T", "version": "1", "sections": [{"title": "A"}]})"),
            "t.json:1:1: schema: required field is missing\n"
            "t.json:1:56: sections[0].id: required field is missing");
}

TEST(TemplateErrors, InputsFiguresAndDuplicateKeys) {
  EXPECT_EQ(errorOf(R"({"schema": 1, "id": "t", "title": "T", "version": "1", "title": "U",
 "inputs": [{"id": "dia_danh", "label": "Nơi"}, {"id": "so", "label": "Số", "type": "number"},
            {"id": "so", "label": "Số 2"}],
 "sections": [{"id": "a", "title": "A", "figures": [
   {"key": "n", "type": "integer", "minDigits": 2, "label": "N"},
   {"key": "n", "type": "text", "minDigits": 2, "label": "N"}]}]})"),
            "t.json:1:56: title: duplicate field (first at 1:26)\n"
            "t.json:2:20: inputs[0].id: {dia_danh} is built in; it needs no input\n"
            "t.json:2:85: inputs[1].type: \"number\" is not one of text|date\n"
            "t.json:3:20: inputs[2].id: duplicate input id \"so\" (first at 2:56)\n"
            "t.json:6:12: sections[0].figures[1].key: duplicate figure key \"n\" (first at 5:12)\n"
            "t.json:6:46: sections[0].figures[1].minDigits: only integer figures have minDigits");
}

TEST(TemplateErrors, ComparisonsNameWhatTheyCompare) {
  const std::string head = R"({"schema": 1, "id": "t", "title": "T", "version": "1", "sections": [{"id": "a", "title": "A", "figures": [
   {"key": "n", "type": "integer", "label": "N"},
)";
  const auto good = parseTemplate(head + R"(   {"key": "n_truoc", "type": "integer", "label": "N trước", "earlier": "previous", "of": "n"},
   {"key": "n_tang", "type": "change", "decimals": 1, "label": "N tăng", "of": "n", "against": "n_truoc"}]}]})",
                                  "t.json");
  ASSERT_TRUE(good) << good.error().message.en();
  const auto& f = good->sections[0].figures;
  EXPECT_EQ(f[1].earlier, Earlier::Previous);
  EXPECT_EQ(f[2].type, FigureType::Change);
  EXPECT_EQ(f[2].against, "n_truoc");
  EXPECT_EQ(errorOf(head + R"(   {"key": "x", "type": "change", "label": "X", "of": "n"},
   {"key": "y", "type": "integer", "label": "Y", "earlier": "last-year"},
   {"key": "z", "type": "integer", "label": "Z", "earlier": "previous", "of": "khong_co"}]}]})"),
            "t.json:3:25: sections[0].figures[1].type: a figure of type change needs of (this period's figure) and against "
            "(the earlier one), and no formula or earlier\n"
            "t.json:4:61: sections[0].figures[2].earlier: earlier (previous or last-year) goes with of (the figure to read in the "
            "earlier period), on an integer, decimal or percent figure without a formula\n"
            "t.json:5:79: sections[0].figures[3].of: unknown figure key \"khong_co\" (formulas read figures of this template)");
}

TEST(TemplateErrors, ByteOrderMarkIsSkipped) {
  const auto t = parseTemplate("\xEF\xBB\xBF{\"schema\": 1, \"id\": \"t\", \"title\": \"T\", \"version\": \"1\", "
                               "\"sections\": [{\"id\": \"a\", \"title\": \"A\"}]}",
                               "t.json");
  EXPECT_TRUE(t) << t.error().message.en();
  EXPECT_EQ(errorOf("\xEF\xBB\xBF{\"schema\": 2}"),
            "t.json:1:12: schema: unsupported schema 2: this version reads schema 1");
}

// ---------------------------------------------------------------------------------------------
// Numbering

TEST(SectionNumber, RomanNumeralsForLevelZero) {
  const std::vector<std::string> expected{
      "I",     "II",     "III",     "IV",     "V",      "VI",      "VII",      "VIII",    "IX",    "X",
      "XI",    "XII",    "XIII",    "XIV",    "XV",     "XVI",     "XVII",     "XVIII",   "XIX",   "XX",
      "XXI",   "XXII",   "XXIII",   "XXIV",   "XXV",    "XXVI",    "XXVII",    "XXVIII",  "XXIX",  "XXX",
      "XXXI",  "XXXII",  "XXXIII",  "XXXIV",  "XXXV",   "XXXVI",   "XXXVII",   "XXXVIII", "XXXIX"};
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(sectionNumber(0, static_cast<int>(i)), expected[i]);
  EXPECT_EQ(sectionNumber(0, 39), "XL");
  EXPECT_EQ(sectionNumber(0, 1993), "MCMXCIV");
  EXPECT_EQ(sectionNumber(0, 3998), "MMMCMXCIX");
  EXPECT_EQ(sectionNumber(0, 3999), "4000");
}

TEST(SectionNumber, ArabicForLevelOne) {
  EXPECT_EQ(sectionNumber(1, 0), "1");
  EXPECT_EQ(sectionNumber(1, 9), "10");
  EXPECT_EQ(sectionNumber(1, 41), "42");
}

TEST(SectionNumber, VietnameseLettersForLevelTwo) {
  std::string letters;
  for (int i = 0; i < 23; ++i) letters += sectionNumber(2, i) + " ";
  EXPECT_EQ(letters, "a b c d đ e g h i k l m n o p q r s t u v x y ");
  EXPECT_EQ(sectionNumber(2, 4), "đ");
  for (const char* absent : {"f", "j", "w", "z"}) EXPECT_EQ(letters.find(absent), std::string::npos) << absent;
  // Past y: pairs, like spreadsheet columns.
  EXPECT_EQ(sectionNumber(2, 23), "aa");
  EXPECT_EQ(sectionNumber(2, 24), "ab");
  EXPECT_EQ(sectionNumber(2, 27), "ađ");
  EXPECT_EQ(sectionNumber(2, 45), "ay");
  EXPECT_EQ(sectionNumber(2, 46), "ba");
  EXPECT_EQ(sectionNumber(2, 23 + 23 * 23 - 1), "yy");
  EXPECT_EQ(sectionNumber(2, 23 + 23 * 23), "aaa");
}

TEST(SectionNumber, OutsideTheDomainIsEmpty) {
  EXPECT_EQ(sectionNumber(3, 0), "");
  EXPECT_EQ(sectionNumber(-1, 0), "");
  EXPECT_EQ(sectionNumber(0, -1), "");
}

Section section(std::string id, std::vector<Section> children = {}) {
  Section s;
  s.title = id;
  s.id = std::move(id);
  s.children = std::move(children);
  return s;
}

TEST(Flatten, DocumentOrderWithPaths) {
  ReportTemplate t;
  t.sections = {section("a"), section("b", {section("b1", {section("x"), section("y")}), section("b2")})};
  std::vector<std::string> got;
  for (const auto& n : flatten(t)) got.push_back(n.path + "=" + n.section->id + "@" + std::to_string(n.level));
  EXPECT_EQ(got, (std::vector<std::string>{"I=a@0", "II=b@0", "II.1=b1@1", "II.1.a=x@2", "II.1.b=y@2", "II.2=b2@1"}));
}

}  // namespace
}  // namespace baocao::core
