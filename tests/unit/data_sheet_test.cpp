#include "core/figures/data_sheet.hpp"
#include "core/templates/template_catalog.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

namespace baocao::core {
namespace {

const std::filesystem::path kTemplates = BAOCAO_TEMPLATES_DIR;

std::string readAll(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream b;
  b << in.rdbuf();
  return b.str();
}

DataSet sample() {
  const auto grid = parseCsv(readAll(kTemplates / "samples" / "so-lieu-long-mon.csv"), "so-lieu-long-mon", "so-lieu.csv");
  EXPECT_TRUE(grid) << grid.error().message.en();
  auto set = readDataSheet(*grid, "so-lieu.csv");
  EXPECT_TRUE(set) << set.error().message.en();
  return *set;
}

void slots(const std::vector<Section>& sections, std::vector<FigureSlot>& out) {
  for (const auto& s : sections) {
    out.insert(out.end(), s.figures.begin(), s.figures.end());
    slots(s.children, out);
  }
}

TEST(DataSheet, TheSampleFillsEverySeedFigureWrittenAsTheSeedWritesIt) {
  const DataSet data = sample();
  const auto t = loadTemplateFile(kTemplates / "dan-van-2021-2025.json");
  ASSERT_TRUE(t);
  std::vector<FigureSlot> all;
  slots(t->sections, all);
  const std::map<std::string, std::string> seed{
      {"khoang_cach_trung_tam_huyen", "15"}, {"dien_tich_tu_nhien", "6.947,51"}, {"ho_dan_tong", "433"},
      {"ho_dan_dan_toc_thieu_so", "428"}, {"ho_dan_kinh", "05"}, {"nhan_khau_tong", "1.530"},
      {"ty_le_dan_toc_thieu_so", "98,9%"}, {"ty_le_ho_ngheo", "30%"}, {"tthc_giam_chi_phi", "05"},
      {"ty_le_cbcc_dang_ky_boi_duong", "100%"}, {"may_tinh_ket_noi_internet", "31"}, {"may_tinh_tong", "33"},
      {"tai_khoan_phan_mem_van_ban", "12"}, {"ty_le_cbcc_dung_thu_dien_tu", "100%"}, {"ty_le_rat_hai_long", "95%"},
      {"don_thu_khieu_nai_to_cao", "0"}, {"cuoc_kiem_tra_huong_dan", "0"}};
  ASSERT_EQ(all.size(), seed.size());
  for (const auto& slot : all) {
    const auto row = data.rows.find(slot.key);
    ASSERT_NE(row, data.rows.end()) << slot.key;
    const auto text = formatFigure(slot, row->second);
    ASSERT_TRUE(text) << text.error().message.en();
    EXPECT_EQ(*text, seed.at(slot.key)) << slot.key;
  }
  EXPECT_EQ(data.rows.at("nhan_khau_tong").cell, "so-lieu-long-mon!C7");
  EXPECT_EQ(data.rows.at("dien_tich_tu_nhien").source, "Địa chính xã");
}

TEST(DataSheet, VietnameseHeadersAndSemicolonsAreAccepted) {
  const auto grid = parseCsv("Mã;Chỉ tiêu;Giá trị;Đơn vị\nho;Số hộ;433;hộ\n", "S", "f.csv");
  ASSERT_TRUE(grid);
  const auto set = readDataSheet(*grid, "f.csv");
  ASSERT_TRUE(set) << set.error().message.en();
  EXPECT_EQ(set->rows.at("ho").unit, "hộ");
}

// Found by tests/fuzz/csv_fuzz: the separator was guessed from the first line's characters,
// quoted ones included, so a quoted header holding ";" (or a quoted line break cutting the first
// line short) made a comma-separated file read as one column.
TEST(DataSheet, SeparatorIsGuessedOutsideQuotes) {
  const auto grid = parseCsv("key,\"chỉ tiêu; ghi chú\",value\nho,\"Số hộ; tổng\",433\n", "S", "f.csv");
  ASSERT_TRUE(grid);
  ASSERT_EQ(grid->rows.size(), 2u);
  ASSERT_EQ(grid->rows[1].size(), 3u);
  EXPECT_EQ(grid->rows[1][1].text, "Số hộ; tổng");
  EXPECT_EQ(grid->rows[1][2].text, "433");
  const auto lineBreak = parseCsv("\"Tổng, cộng\nghi chú\";433;hộ\nx;1;y\n", "S", "f.csv");
  ASSERT_TRUE(lineBreak);
  ASSERT_EQ(lineBreak->rows.size(), 2u);
  ASSERT_EQ(lineBreak->rows[0].size(), 3u);
  EXPECT_EQ(lineBreak->rows[0][0].text, "Tổng, cộng\nghi chú");
  EXPECT_EQ(lineBreak->rows[1].size(), 3u);
}

TEST(DataSheet, NoHeaderRowNamesTheSheet) {
  const auto set = readDataSheet(*parseCsv("ho,433\n", "Tong hop", "f.csv"), "f.csv");
  ASSERT_FALSE(set);
  EXPECT_NE(set.error().message.en().find("f.csv: Tong hop: no header row"), std::string::npos);
}

TEST(DataSheet, DuplicateKeyNamesBothCells) {
  const auto set = readDataSheet(*parseCsv("key,value\na,1\nb,2\n\na,3\n", "Sheet1", "f.csv"), "f.csv");
  ASSERT_FALSE(set);
  EXPECT_NE(set.error().message.en().find("Sheet1!A5: duplicate key \"a\" (first at Sheet1!A2)"), std::string::npos)
      << set.error().message.en();
}

// A key may come back in another named period (a ledger of periods), never in the same one, nor
// where a row names no period (a row added by mistake).
TEST(DataSheet, AKeyComesBackOnlyInAnotherNamedPeriod) {
  const auto ledger = readDataSheet(*parseCsv("key,value,period\na,1,2024\na,2,2025\n", "S", "f.csv"), "f.csv");
  ASSERT_TRUE(ledger) << ledger.error().message.en();
  EXPECT_EQ(ledger->periods, (std::vector<std::string>{"2024", "2025"}));
  EXPECT_EQ(ledger->rows.at("a").value.text, "2");
  const auto twice = readDataSheet(*parseCsv("key,value,period\na,1,2025\na,2,2025\n", "S", "f.csv"), "f.csv");
  ASSERT_FALSE(twice);
  EXPECT_NE(twice.error().message.en().find("S!A3: duplicate key \"a\" (first at S!A2)"), std::string::npos);
  const auto unnamed = readDataSheet(*parseCsv("key,value,period\na,1,2025\na,2,\n", "S", "f.csv"), "f.csv");
  ASSERT_FALSE(unnamed);
  EXPECT_NE(unnamed.error().message.en().find("S!A3: duplicate key \"a\" (first at S!A2)"), std::string::npos);
}

TEST(DataSheet, NonNumberInANumericSlotNamesTheCell) {
  const auto set = readDataSheet(*parseCsv("key,value\nho,khoảng 400\n", "Sheet1", "f.csv"), "f.csv");
  ASSERT_TRUE(set);
  FigureSlot slot;
  slot.key = "ho";
  const auto text = formatFigure(slot, set->rows.at("ho"));
  ASSERT_FALSE(text);
  EXPECT_NE(text.error().message.en().find("Sheet1!B2: \"khoảng 400\" is not a number"), std::string::npos);
}

// Found by tests/fuzz/sheet_fuzz: a spreadsheet cell holding NaN or an infinity (a formula's
// result) was written as "-9.223.372.036.854.775.808" in an integer slot and as "NaN" or "∞" in
// the others; a count of 2^63 or more went through llround, which is undefined there.
TEST(DataSheet, NonFiniteAndHugeCellsAreNotWrittenAsGarbage) {
  FigureSlot integer;
  integer.key = "ho";
  FigureSlot decimal = integer;
  decimal.type = FigureType::Decimal;
  decimal.decimals = 2;
  auto row = [](double v) {
    DataRow r;
    r.key = "ho";
    r.value = CellValue{CellValue::Kind::Number, v, {}};
    r.cell = "Sheet1!C2";
    return r;
  };
  for (const double v : {std::nan(""), HUGE_VAL, -HUGE_VAL})
    for (const FigureSlot& slot : {integer, decimal}) {
      const auto text = formatFigure(slot, row(v));
      ASSERT_FALSE(text) << *text;
      EXPECT_EQ(text.error().message.en().rfind("Sheet1!C2: \"", 0), 0u) << text.error().message.en();
      EXPECT_NE(text.error().message.en().find("is not a number (slot ho)"), std::string::npos) << text.error().message.en();
    }
  EXPECT_EQ(*formatFigure(integer, row(1e19)), "10.000.000.000.000.000.000");
  // the shortest digits that read back as the same double, as ICU writes every double
  EXPECT_EQ(*formatFigure(integer, row(-9223372036854775808.0)), "-9.223.372.036.854.776.000");
  EXPECT_EQ(*parseVietnameseNumber("-9.223.372.036.854.776.000"), -9223372036854775808.0);
  EXPECT_EQ(*formatFigure(integer, row(4503599627370496.0)), "4.503.599.627.370.496");
}

TEST(DataSheet, LegacyEncodingsAreRefusedAndNamed) {
  // "Tæng sè hé" is "Tổng số hộ" in TCVN3 (.VnTime) bytes.
  const auto tcvn3 = parseCsv("key,label\nho,T\xE6ng s\xE8 h\xE9\n", "S", "tcvn3.csv");
  ASSERT_FALSE(tcvn3);
  EXPECT_NE(tcvn3.error().message.en().find("tcvn3.csv:2: not UTF-8"), std::string::npos) << tcvn3.error().message.en();
  EXPECT_NE(tcvn3.error().message.en().find("TCVN3"), std::string::npos);
  // "Toång soá hoä" is VNI-Windows.
  const auto vni = parseCsv("key,label\nho,To\xE5ng so\xE1 ho\xE4\n", "S", "vni.csv");
  ASSERT_FALSE(vni);
  EXPECT_NE(vni.error().message.en().find("VNI"), std::string::npos) << vni.error().message.en();
}

TEST(DataSheet, AHundredThousandRowsLoad) {
  std::string csv = "key,value\n";
  for (int i = 0; i < 100000; ++i) csv += "k" + std::to_string(i) + "," + std::to_string(i) + "\n";
  const auto grid = parseCsv(csv, "S", "big.csv");
  ASSERT_TRUE(grid);
  const auto set = readDataSheet(*grid, "big.csv");
  ASSERT_TRUE(set);
  EXPECT_EQ(set->rows.size(), 100000u);
  EXPECT_EQ(set->rows.at("k99999").cell, "S!B100001");
}

// A million rows is no report's data file: refused with the limits, before it fills the memory.
TEST(DataSheet, AFileBeyondTheLimitsIsRefusedWithThem) {
  std::string csv = "key,value\n";
  for (std::size_t i = 0; i < 1000000; ++i) csv += "k,1\n";
  const auto tall = parseCsv(csv, "S", "trieu-dong.csv");
  ASSERT_FALSE(tall);
  EXPECT_EQ(tall.error().message.en(),
            "trieu-dong.csv: sheet \"S\" uses 200001 rows × 2 columns, beyond a data file's limits (200000 rows, 128 columns, 4000000 cells)");
  const auto wide = parseCsv(std::string(200, ',') + "\n", "S", "rong.csv");
  ASSERT_FALSE(wide);
  EXPECT_NE(wide.error().message.in(Language::Vietnamese).find("rong.csv: trang \"S\" dùng 1 dòng × 201 cột"), std::string::npos)
      << wide.error().message.in(Language::Vietnamese);
  std::string square;  // within rows and columns, beyond cells
  for (int i = 0; i < 40000; ++i) square += std::string(100, ';') + "\n";
  EXPECT_FALSE(parseCsv(square, "S", "o.csv"));
  EXPECT_TRUE(withinDataLimits(100001, 6)) << "the 100,000-row file above stays readable";
}

TEST(DataSheet, NumbersAsVietnameseAndEnglishSpreadsheetsWriteThem) {
  EXPECT_EQ(parseVietnameseNumber("1.530"), 1530.0);
  EXPECT_EQ(parseVietnameseNumber("6.947,51"), 6947.51);
  EXPECT_EQ(parseVietnameseNumber("98,9%"), 98.9);
  EXPECT_EQ(parseVietnameseNumber("05"), 5.0);
  EXPECT_EQ(parseVietnameseNumber("6947.51"), 6947.51);  // an English-locale export
  EXPECT_EQ(parseVietnameseNumber("1.234.567"), 1234567.0);
  EXPECT_EQ(parseVietnameseNumber("-12,5"), -12.5);
  EXPECT_FALSE(parseVietnameseNumber("1.53.0"));
  EXPECT_FALSE(parseVietnameseNumber("abc"));
  EXPECT_FALSE(parseVietnameseNumber(""));
  EXPECT_FALSE(parseVietnameseNumber("1,2,3"));
}

TEST(DataSheet, CellNames) {
  EXPECT_EQ(cellName(0, 0), "A1");
  EXPECT_EQ(cellName(11, 2), "C12");
  EXPECT_EQ(cellName(0, 25), "Z1");
  EXPECT_EQ(cellName(0, 26), "AA1");
  EXPECT_EQ(cellName(39, 701), "ZZ40");
}

}  // namespace
}  // namespace baocao::core
