#include "core/figures/figures.hpp"
#include "core/templates/template_catalog.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace baocao::core {
namespace {

DataSet dataOf(const std::string& csv) {
  auto grid = parseCsv(csv, "so-lieu", "so-lieu.csv");
  EXPECT_TRUE(grid) << grid.error().message.en();
  auto set = readDataSheet(*grid, "so-lieu.csv");
  EXPECT_TRUE(set) << set.error().message.en();
  return *set;
}

FigureSlot slot(std::string key, FigureType type, std::string formula = {}, int decimals = 0) {
  FigureSlot s;
  s.key = std::move(key);
  s.type = type;
  s.formula = std::move(formula);
  s.decimals = decimals;
  s.label = "nhãn " + s.key;
  return s;
}

TEST(Figures, ReadDerivedAndMissingFiguresResolveWithTheirPlace) {
  const DataSet data = dataOf(
      "key,label,value,unit,period,source\n"
      "ho_dtts,Hộ DTTS,428,hộ,2025,Công an xã\n"
      "ho_kinh,Hộ Kinh,5,hộ,2025,Công an xã\n"
      "may_ket_noi,Máy kết nối,31,,2025,VP\n"
      "may_tong,Máy,33,,2025,VP\n"
      "ngay,Ngày,07/5/2025,,2025,VP\n"
      "xau,Xấu,abc,,2025,VP\n");
  FigureSlot date = slot("ngay", FigureType::Date);
  date.dateStyle = DateStyle::Long;
  const std::vector<FigureSlot> slots{slot("ho_tong", FigureType::Integer, "ho_dtts + ho_kinh"),
                                      slot("ho_dtts", FigureType::Integer),
                                      slot("ty_le_ket_noi", FigureType::Percent, "may_ket_noi / may_tong * 100", 1),
                                      date,
                                      slot("khong_co", FigureType::Integer),
                                      slot("tong_khong_co", FigureType::Integer, "ho_dtts + khong_co"),
                                      slot("xau", FigureType::Integer)};
  const auto v = resolveFigures(slots, data);
  ASSERT_EQ(v.size(), 7u);
  EXPECT_EQ(v[0].text, "433");
  EXPECT_EQ(v[0].source, "= ho_dtts + ho_kinh");
  EXPECT_EQ(v[1].text, "428");
  EXPECT_EQ(v[1].cell, "so-lieu!C2");
  EXPECT_EQ(v[1].source, "Công an xã");
  EXPECT_EQ(v[2].text, "93,9%");  // 31/33 = 93.94 %, one decimal as the slot says
  EXPECT_EQ(v[3].text, "ngày 07 tháng 5 năm 2025");
  EXPECT_EQ(v[4].status, FigureValue::Status::Missing);
  EXPECT_EQ(v[4].text, "[thiếu số liệu: khong_co]");
  EXPECT_EQ(v[4].problem.en(), "so-lieu.csv: no row for khong_co");
  EXPECT_EQ(v[5].status, FigureValue::Status::Missing);
  EXPECT_NE(v[5].problem.en().find("no row for khong_co"), std::string::npos) << v[5].problem.en();
  EXPECT_EQ(v[6].status, FigureValue::Status::Invalid);
  EXPECT_NE(v[6].problem.en().find("so-lieu!C7"), std::string::npos) << v[6].problem.en();
}

TEST(Figures, PreviewShowsOldAndNewForTheFiguresTheDocumentHas) {
  const std::vector<FigureValue> values{{"a", "A", "1.530", FigureValue::Status::Ok, {}, "S!C2", "Công an"},
                                        {"b", "B", "05", FigureValue::Status::Ok, {}, "S!C3", "VP"},
                                        {"c", "C", missingMarker("c"), FigureValue::Status::Missing,
                                         say(MessageId::FigureNoRow, {"so-lieu.csv", "c"}), "", ""},
                                        {"d", "D", "7", FigureValue::Status::Ok, {}, "S!C5", "VP"}};
  const auto rows = preview({{"a", "1.529"}, {"b", "05"}, {"c", "3"}}, values);
  ASSERT_EQ(rows.size(), 3u);  // d is not in the document
  EXPECT_TRUE(rows[0].changed);
  EXPECT_EQ(rows[0].oldText, "1.529");
  EXPECT_EQ(rows[0].newText, "1.530");
  EXPECT_FALSE(rows[1].changed);
  EXPECT_TRUE(rows[2].problem);
}

// Comparison with an earlier period: a data file with a period column in which the keys come back;
// the earlier figure is read in the period before (or the same one last year), the change computed
// from the two and written the Vietnamese way.
TEST(Figures, AnEarlierPeriodAndTheChangeAgainstIt) {
  const DataSet data = dataOf(
      "key,label,value,unit,period,source\n"
      "ho_dtts,Hộ DTTS,400,hộ,6 tháng đầu năm 2024,Công an xã\n"
      "ho_kinh,Hộ Kinh,5,hộ,6 tháng đầu năm 2024,Công an xã\n"
      "ho_dtts,Hộ DTTS,410,hộ,năm 2024,Công an xã\n"
      "ho_kinh,Hộ Kinh,5,hộ,năm 2024,Công an xã\n"
      "ho_dtts,Hộ DTTS,428,hộ,6 tháng đầu năm 2025,Công an xã\n"
      "ho_kinh,Hộ Kinh,5,hộ,6 tháng đầu năm 2025,Công an xã\n"
      "dien_tich,Diện tích,100,ha,,Địa chính\n");
  ASSERT_EQ(data.periods.size(), 3u) << "a row without a period is not one";
  EXPECT_EQ(data.periods.back(), "6 tháng đầu năm 2025");
  EXPECT_EQ(data.rows.at("ho_dtts").period, "6 tháng đầu năm 2025");
  EXPECT_EQ(data.rows.at("dien_tich").value.text, "100") << "a key of one period is still read";
  FigureSlot cungKy = slot("ho_tong_cung_ky", FigureType::Integer);
  cungKy.earlier = Earlier::LastYear;
  cungKy.of = "ho_tong";
  FigureSlot kyTruoc = slot("ho_dtts_ky_truoc", FigureType::Integer);
  kyTruoc.earlier = Earlier::Previous;
  kyTruoc.of = "ho_dtts";
  FigureSlot tang = slot("ho_tong_tang", FigureType::Change, {}, 1);
  tang.of = "ho_tong";
  tang.against = "ho_tong_cung_ky";
  FigureSlot giam = slot("ho_dtts_giam", FigureType::Change, {}, 1);
  giam.of = "ho_dtts_ky_truoc";
  giam.against = "ho_dtts";
  const std::vector<FigureSlot> slots{slot("ho_tong", FigureType::Integer, "ho_dtts + ho_kinh"), slot("ho_dtts", FigureType::Integer),
                                      cungKy, kyTruoc, tang, giam};
  const auto v = resolveFigures(slots, data);
  ASSERT_EQ(v.size(), 6u);
  EXPECT_EQ(v[0].text, "433");
  EXPECT_EQ(v[2].text, "405") << "the formula over the same period last year's rows";
  EXPECT_EQ(v[2].source, "ho_tong (6 tháng đầu năm 2024)");
  EXPECT_EQ(v[3].text, "410") << "the period before, in the file's order";
  EXPECT_EQ(v[4].text, "tăng 6,9%") << "433 against 405";
  EXPECT_EQ(v[5].text, "giảm 4,2%") << "410 against 428";
  // a file of one period has no earlier one: said, and the figure marked
  const auto alone = resolveFigures(slots, dataOf("key,value\nho_dtts,428\nho_kinh,5\n"));
  EXPECT_EQ(alone[2].status, FigureValue::Status::Missing);
  EXPECT_NE(alone[2].problem.en().find("no earlier period's figure to compare ho_tong_cung_ky with"), std::string::npos)
      << alone[2].problem.en();
  EXPECT_EQ(alone[4].status, FigureValue::Status::Missing);
  // one sheet per period: the sheets' names are the periods, the last the current
  auto sheet = [](const std::string& name, const std::string& csv) { return *parseCsv(csv, name, "so-lieu.ods"); };
  const auto book = readDataSheets({sheet("2024", "key,value\nho_dtts,400\nho_kinh,5\n"),
                                    sheet("2025", "key,value\nho_dtts,428\nho_kinh,5\n")}, "so-lieu.ods");
  ASSERT_TRUE(book) << book.error().message.en();
  EXPECT_EQ(book->periods, (std::vector<std::string>{"2024", "2025"}));
  const auto w = resolveFigures(slots, *book);
  EXPECT_EQ(w[0].text, "433");
  EXPECT_EQ(w[2].text, "405");
  EXPECT_EQ(w[4].text, "tăng 6,9%");
  // a workbook with a sheet that is no data sheet: the first sheet alone, as before
  const auto notes = readDataSheets({sheet("SoLieu", "key,value\nho_dtts,428\n"), sheet("GhiChu", "ghi chú\nxyz\n")},
                                    "so-lieu.ods");
  ASSERT_TRUE(notes) << notes.error().message.en();
  EXPECT_TRUE(notes->periods.empty());
  EXPECT_EQ(notes->rows.at("ho_dtts").value.text, "428");
  EXPECT_EQ(changeText(0.04, 1), "không đổi");
  EXPECT_EQ(parseChange("giảm 3,0%"), -3.0);
  EXPECT_EQ(parseChange("Tăng 5,2%"), 5.2);
  EXPECT_EQ(parseChange("không đổi"), 0.0);
  EXPECT_FALSE(parseChange("5,2%"));
}

TEST(Figures, SlotsRoundTripThroughTheDocumentProperty) {
  const auto t = loadTemplateFile(std::filesystem::path(BAOCAO_TEMPLATES_DIR) / "dan-van-2021-2025.json");
  ASSERT_TRUE(t) << t.error().message.en();
  const auto slots = allSlots(*t);
  ASSERT_EQ(slots.size(), 17u);
  auto back = slotsFromJson(slotsToJson(slots), "BaoCao.Figures");
  ASSERT_TRUE(back) << back.error().message.en();
  ASSERT_EQ(back->size(), slots.size());
  for (std::size_t i = 0; i < slots.size(); ++i) {
    EXPECT_EQ((*back)[i].key, slots[i].key);
    EXPECT_EQ((*back)[i].type, slots[i].type);
    EXPECT_EQ((*back)[i].decimals, slots[i].decimals);
    EXPECT_EQ((*back)[i].minDigits, slots[i].minDigits);
    EXPECT_EQ((*back)[i].unit, slots[i].unit);
    EXPECT_EQ((*back)[i].formula, slots[i].formula);
    EXPECT_EQ((*back)[i].pattern, slots[i].pattern);
  }
  auto damaged = slotsFromJson(R"([{"key": "x", "type": "integr", "label": "X"}])", "BaoCao.Figures");
  ASSERT_FALSE(damaged);
  EXPECT_NE(damaged.error().message.en().find("\"integr\" is not one of"), std::string::npos) << damaged.error().message.en();
}

TEST(Figures, TheSeedTotalIsComputedFromItsParts) {
  const auto t = loadTemplateFile(std::filesystem::path(BAOCAO_TEMPLATES_DIR) / "dan-van-2021-2025.json");
  ASSERT_TRUE(t);
  std::ifstream in(std::filesystem::path(BAOCAO_TEMPLATES_DIR) / "samples" / "so-lieu-long-mon.csv", std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  DataSet data = dataOf(bytes.str());
  data.rows.at("ho_dan_kinh").value = CellValue{CellValue::Kind::Number, 6, "6"};
  for (const auto& v : resolveFigures(allSlots(*t), data)) {
    EXPECT_EQ(v.status, FigureValue::Status::Ok) << v.key << ": " << v.problem.en();
    if (v.key == "ho_dan_tong") {
      EXPECT_EQ(v.text, "434");  // 428 + 6, not the sheet's 433
    }
  }
}

TEST(Figures, ModificationTimesReadAsAClerkWritesThem) {
  EXPECT_EQ(readableTime("2026-11-26T20:27:46Z"), "26/11/2026 20:27 (UTC)");
  EXPECT_EQ(readableTime("hôm qua"), "hôm qua");
}

TEST(Figures, Sha256MatchesTheStandardVectors) {
  EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(sha256Hex(std::string(1000000, 'a')), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

}  // namespace
}  // namespace baocao::core
