// The receiving office's table: reports made by the wizard from different data files, checked as
// `baocao validate` checks them, added up. The totals are the data files' sums; a share is
// recomputed from the summed parts, never averaged; what cannot be counted is said and left out.
#include "core/jobs/collect.hpp"
#include "core/templates/template_catalog.hpp"
#include "doc_builder.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

namespace baocao::core::jobs {
namespace {

using namespace testing;

const std::filesystem::path kTemplates = BAOCAO_TEMPLATES_DIR;

DataSet dataWith(const std::string& csv) {
  auto grid = parseCsv(csv, "so-lieu", "so-lieu.csv");
  EXPECT_TRUE(grid) << grid.error().message.en();
  auto set = readDataSheet(*grid, "so-lieu.csv");
  EXPECT_TRUE(set) << set.error().message.en();
  return *set;
}

class Collect : public ::testing::Test {
 protected:
  void SetUp() override {
    catalog = loadCatalog({kTemplates});
    tmpl = catalog.find("dan-van-2021-2025");
    ASSERT_NE(tmpl, nullptr);
  }

  // A wizard-made report of `commune` whose figures come from `csv`, checked against `csv`.
  CollectedReport report(const std::string& commune, const std::string& csv, const std::string& path) {
    auto answers = answersFromJson(readFile((kTemplates / "samples" / "answers-dan-van.json").string()), "answers");
    EXPECT_TRUE(answers);
    AgencyProfile profile;
    profile.agency = "Ủy ban nhân dân xã " + commune;
    profile.agencyCode = "UBND";
    profile.placeName = commune;
    profile.signerName = "Nguyễn Văn An";
    auto s = buildSkeleton(*tmpl, *answers, profile, {2026, 1, 1});
    EXPECT_TRUE(s) << s.error().message.en();
    const DataSet data = dataWith(csv);
    docs.push_back(std::make_unique<Document>(documentFromSkeleton(*tmpl, *s, data)));
    datas.push_back(std::make_unique<DataSet>(data));
    CheckRequest request;
    request.document = docs.back().get();
    request.catalog = &catalog;
    request.data = datas.back().get();
    CollectedReport r;
    r.path = path;
    r.sha256 = sha256Hex(path);
    r.outcome = checkReport(request);
    return r;
  }

  // The sample data file with other household counts, area and share.
  static std::string csv(int dtts, int kinh, const std::string& tyLe) {
    std::string out;
    std::istringstream in(readFile((kTemplates / "samples" / "so-lieu-long-mon.csv").string()));
    for (std::string line; std::getline(in, line);) {
      const std::string key = line.substr(0, line.find(','));
      if (key == "dien_tich_tu_nhien") line = "dien_tich_tu_nhien,Tổng diện tích tự nhiên,\"1.000,25\",ha";
      if (key == "ho_dan_tong") line = "ho_dan_tong,Tổng số hộ," + std::to_string(dtts + kinh) + ",hộ";
      if (key == "ho_dan_dan_toc_thieu_so") line = "ho_dan_dan_toc_thieu_so,Số hộ," + std::to_string(dtts) + ",hộ";
      if (key == "ho_dan_kinh") line = "ho_dan_kinh,Số hộ người Kinh," + std::to_string(kinh) + ",hộ";
      if (key == "ty_le_dan_toc_thieu_so") line = "ty_le_dan_toc_thieu_so,Tỷ lệ,\"" + tyLe + "\",%";
      out += line + "\n";
    }
    return out;
  }

  static int column(const Sheet& s, const std::string& header) {
    for (std::size_t i = 0; i < s.rows[0].size(); ++i)
      if (const auto* h = std::get_if<std::string>(&s.rows[0][i]); h != nullptr && *h == header) return static_cast<int>(i);
    ADD_FAILURE() << "no column " << header;
    return 0;
  }
  static std::optional<double> number(const Sheet& s, std::size_t row, int col) {
    const auto* d = std::get_if<double>(&s.rows[row][static_cast<std::size_t>(col)]);
    return d != nullptr ? std::optional<double>(*d) : std::nullopt;
  }
  static std::string textAt(const Sheet& s, std::size_t row, int col) {
    const auto* t = std::get_if<std::string>(&s.rows[row][static_cast<std::size_t>(col)]);
    return t != nullptr ? *t : std::string();
  }

  Catalog catalog;
  const ReportTemplate* tmpl = nullptr;
  std::vector<std::unique_ptr<Document>> docs;
  std::vector<std::unique_ptr<DataSet>> datas;
};

TEST_F(Collect, TotalsAreTheDataFilesSumsAndATotalIsRecomputedFromItsParts) {
  const std::vector<CollectedReport> reports{report("Long Môn", csv(428, 5, "98,9"), "long-mon.odt"),
                                             report("Ba Điền", csv(1200, 30, "97,5"), "ba-dien.odt"),
                                             report("Sơn Kỳ", csv(700, 100, "87,5"), "son-ky.odt")};
  for (const auto& r : reports) ASSERT_FALSE(r.outcome->result.figures.empty()) << r.path;
  const Collection c = collect(reports, catalog, nullptr, Language::Vietnamese);
  ASSERT_EQ(c.tmpl, tmpl) << "the template the reports follow";
  EXPECT_EQ(c.counted, 3);
  EXPECT_TRUE(c.leftOut.empty()) << c.summary(Language::English);
  ASSERT_EQ(c.sheets.size(), 3u);
  const Sheet& s = c.sheets[0];
  EXPECT_EQ(s.name, "Tổng hợp");
  EXPECT_EQ(c.sheets[1].name, "Lỗi");
  EXPECT_EQ(c.sheets[2].name, "Nguồn");
  ASSERT_EQ(s.rows.size(), 5u) << "header, three reports, totals";
  const int dtts = column(s, "Số hộ đồng bào dân tộc thiểu số (hộ)");
  const int kinh = column(s, "Số hộ người Kinh (hộ)");
  const int tong = column(s, "Tổng số hộ (hộ)");
  const int dienTich = column(s, "Tổng diện tích tự nhiên (ha)");
  EXPECT_EQ(number(s, 1, dtts), 428);
  EXPECT_EQ(number(s, 2, dtts), 1200);
  EXPECT_EQ(number(s, 4, dtts), 428 + 1200 + 700);
  EXPECT_EQ(number(s, 4, kinh), 5 + 30 + 100);
  EXPECT_EQ(number(s, 4, tong), 2463) << "the template's formula over the summed parts";
  EXPECT_NEAR(*number(s, 4, dienTich), 3000.75, 1e-9);
  // a share without a formula is not averaged: left empty in the totals
  const int tyLe = column(s, "Tỷ lệ người đồng bào dân tộc thiểu số (%)");
  EXPECT_NEAR(*number(s, 1, tyLe), 98.9, 1e-9);
  EXPECT_FALSE(number(s, 4, tyLe).has_value());
  // a distance is not summed: the template says "aggregate": "none"
  const int khoangCach = column(s, "Khoảng cách đến trung tâm huyện lỵ (km)");
  EXPECT_EQ(number(s, 1, khoangCach), 15);
  EXPECT_FALSE(number(s, 4, khoangCach).has_value());
  // who sent each report, from its header
  const int unit = column(s, "Đơn vị báo cáo");
  EXPECT_EQ(textAt(s, 1, unit), "ỦY BAN NHÂN DÂN XÃ LONG MÔN");
  EXPECT_EQ(textAt(s, 2, unit), "ỦY BAN NHÂN DÂN XÃ BA ĐIỀN");
  EXPECT_EQ(textAt(s, 4, unit), "Tổng cộng");
  EXPECT_EQ(textAt(s, 4, column(s, "Tình trạng")), "cộng 3/3 báo cáo");
  // the sources sheet: each file and its SHA-256
  EXPECT_EQ(textAt(c.sheets[2], 1, 0), "long-mon.odt");
  EXPECT_EQ(textAt(c.sheets[2], 1, 1), sha256Hex("long-mon.odt"));
}

TEST_F(Collect, WhatCannotBeCountedIsSaidAndLeftOutOfTheTotals) {
  std::vector<CollectedReport> reports{report("Long Môn", csv(428, 5, "98,9"), "long-mon.odt"),
                                       report("Long Môn", csv(1, 1, "50"), "long-mon-lan-2.odt"),
                                       report("Ba Điền", csv(1200, 30, "97,5"), "ba-dien.odt")};
  // a report whose figures disagree with its data file: figure.data-mismatch, an error
  CollectedReport wrong = report("Sơn Kỳ", csv(700, 100, "87,5"), "son-ky.odt");
  const DataSet other = dataWith(csv(600, 100, "85,7"));
  CheckRequest request;
  request.document = docs.back().get();
  request.catalog = &catalog;
  request.data = &other;
  wrong.outcome = checkReport(request);
  reports.push_back(wrong);
  CollectedReport unreadable;
  unreadable.path = "hong.docx";
  unreadable.problem = say(MessageId::CliDamaged, {".docx"});
  reports.push_back(unreadable);

  const Collection c = collect(reports, catalog, tmpl, Language::English);
  EXPECT_EQ(c.counted, 2);
  ASSERT_EQ(c.leftOut.size(), 3u) << c.summary(Language::English);
  EXPECT_NE(c.leftOut[0].find("long-mon-lan-2.odt: the same unit as long-mon.odt"), std::string::npos) << c.leftOut[0];
  EXPECT_NE(c.leftOut[1].find("son-ky.odt: figure errors"), std::string::npos) << c.leftOut[1];
  EXPECT_NE(c.leftOut[2].find("hong.docx: cannot be read"), std::string::npos) << c.leftOut[2];
  const Sheet& s = c.sheets[0];
  EXPECT_EQ(s.name, "Summary");
  EXPECT_EQ(number(s, 6, column(s, "Số hộ đồng bào dân tộc thiểu số (hộ)")), 428 + 1200);
  EXPECT_EQ(c.summary(Language::Vietnamese).rfind("5 báo cáo: 2 được cộng vào tổng, 3 không cộng", 0), 0u);
  // the message box lists the first few; the table's status column has every reason
  const std::string shortSummary = c.summary(Language::English, 1);
  EXPECT_NE(shortSummary.find("long-mon-lan-2.odt"), std::string::npos) << shortSummary;
  EXPECT_EQ(shortSummary.find("hong.docx"), std::string::npos) << shortSummary;
  EXPECT_NE(shortSummary.find("… and 2 more left out (the reasons in the Status column of the “Summary” sheet)"),
            std::string::npos) << shortSummary;
  EXPECT_EQ(c.summary(Language::English, 3), c.summary(Language::English)) << "no \"more\" when all are listed";
  // the findings sheet names the rule of the figure error and the unreadable file
  bool mismatch = false, damaged = false;
  for (const auto& row : c.sheets[1].rows) {
    mismatch = mismatch || (textAt(c.sheets[1], 0, 0) == "File" && std::get_if<std::string>(&row[1]) != nullptr &&
                            std::get<std::string>(row[1]) == "figure.data-mismatch");
    damaged = damaged || (std::get_if<std::string>(&row[1]) != nullptr && std::get<std::string>(row[1]) == "file.unreadable");
  }
  EXPECT_TRUE(mismatch);
  EXPECT_TRUE(damaged);
}

// A commune that wrote its area in m² where the template says ha: its figures cannot be added to
// the others as they stand, so the report is said and left out; the rest are still added up. A
// typed report (no figure field, the template's sentence) is caught the same way.
TEST_F(Collect, AFigureInAnotherUnitIsSaidAndLeftOut) {
  std::vector<CollectedReport> reports{report("Long Môn", csv(428, 5, "98,9"), "long-mon.odt")};
  auto rewrite = [&](const std::string& commune, const std::string& path, bool keepField) {
    CollectedReport r = report(commune, csv(700, 100, "87,5"), path);
    bool found = false;
    for (auto& p : docs.back()->paragraphs) {
      const auto at = p.text.find("1.000,25 ha");
      if (at == std::string::npos) continue;
      if (keepField) {
        p.text.replace(at, 11, "1.000,25 m²");
      } else {  // typed: the template's sentence, with m²
        p.text = "Diện tích tự nhiên 10.002.500 m².";
        p.fields.clear();
      }
      p.runs.clear();
      found = true;
    }
    EXPECT_TRUE(found) << "the area's sentence";
    CheckRequest request;
    request.document = docs.back().get();
    request.catalog = &catalog;
    r.outcome = checkReport(request);
    return r;
  };
  reports.push_back(rewrite("Sơn Kỳ", "son-ky.odt", true));
  reports.push_back(rewrite("Ba Điền", "ba-dien.odt", false));
  for (std::size_t i = 1; i < reports.size(); ++i) {
    const auto& figures = reports[i].outcome->result.figures;
    const auto area = std::find_if(figures.begin(), figures.end(), [](const StatedFigure& f) { return f.key == "dien_tich_tu_nhien"; });
    ASSERT_NE(area, figures.end()) << reports[i].path;
    EXPECT_EQ(area->writtenUnit, "m²") << reports[i].path;
  }
  const Collection c = collect(reports, catalog, tmpl, Language::English);
  EXPECT_EQ(c.counted, 1);
  ASSERT_EQ(c.leftOut.size(), 2u) << c.summary(Language::English);
  EXPECT_NE(c.leftOut[0].find("son-ky.odt: Tổng diện tích tự nhiên is written as 1.000,25 m², the template's unit is ha: left out"),
            std::string::npos) << c.leftOut[0];
  EXPECT_NE(c.leftOut[1].find("ba-dien.odt: Tổng diện tích tự nhiên is written as 10.002.500 m²"), std::string::npos)
      << c.leftOut[1];
  const Sheet& s = c.sheets[0];
  EXPECT_NEAR(*number(s, 4, column(s, "Tổng diện tích tự nhiên (ha)")), 1000.25, 1e-9) << "Long Môn's alone";
  bool said = false;
  for (const auto& row : c.sheets[1].rows)
    said = said || (std::get_if<std::string>(&row[1]) != nullptr && std::get<std::string>(row[1]) == "collect.other-unit");
  EXPECT_TRUE(said) << "a row in the findings sheet";
}

// The totals as a data file the new-report job reads: one row per total, numbers the Vietnamese way.
TEST_F(Collect, TheTotalsAreADataFileForTheSummaryReport) {
  const std::vector<CollectedReport> reports{report("Long Môn", csv(428, 5, "98,9"), "long-mon.odt"),
                                             report("Ba Điền", csv(1200, 30, "97,5"), "ba-dien.odt")};
  const Collection c = collect(reports, catalog, nullptr, Language::Vietnamese);
  const std::string file = totalsDataFile(c, "tổng hợp 2 báo cáo");
  const DataSet data = dataWith(file);
  ASSERT_TRUE(data.rows.count("ho_dan_dan_toc_thieu_so"));
  EXPECT_EQ(data.rows.at("ho_dan_dan_toc_thieu_so").value.text, "1.628");
  EXPECT_EQ(data.rows.at("ho_dan_tong").value.text, "1.663") << "the formula's total";
  EXPECT_EQ(data.rows.at("dien_tich_tu_nhien").value.text, "2.000,50");
  EXPECT_EQ(data.rows.at("dien_tich_tu_nhien").unit, "ha");
  EXPECT_EQ(data.rows.at("dien_tich_tu_nhien").source, "tổng hợp 2 báo cáo");
  EXPECT_FALSE(data.rows.count("ty_le_dan_toc_thieu_so")) << "a share is not averaged";
  // the skeleton of the summary report: the new-report job takes these answers as they are
  const Answers answers = summaryAnswers(*tmpl, {2026, 3, 2}, "tong-hop-so-lieu.csv");
  EXPECT_EQ(answers.dataFile, "tong-hop-so-lieu.csv");
  AgencyProfile profile;
  profile.agency = "Sở Dân tộc và Tôn giáo";
  profile.placeName = "Quảng Ngãi";
  auto skeleton = buildSkeleton(*tmpl, answers, profile, {2026, 3, 2});
  EXPECT_TRUE(skeleton) << skeleton.error().message.en();
}

TEST(CollectCsv, QuotesWhatNeedsItAndWritesNumbersAsSpreadsheetsReadThem) {
  Sheet s{"x", {{std::string("Đơn vị"), std::string("a, \"b\""), std::string("Số")},
                {std::string("UBND xã"), Cell(), 1530.0},
                {std::string("dòng\nhai"), std::string("x"), 6947.5}},
          {-1, -1, 2}};
  EXPECT_EQ(toCsv(s), "Đơn vị,\"a, \"\"b\"\"\",Số\r\nUBND xã,,1530.00\r\n\"dòng\nhai\",x,6947.50\r\n");
}

TEST_F(Collect, EveryFigureWithoutATotalIsListedInTheFindingsAndTheMessageNamesAFew) {
  const std::vector<CollectedReport> reports{report("Long Môn", csv(428, 5, "98,9"), "long-mon.odt"),
                                             report("Ba Điền", csv(1200, 30, "97,5"), "ba-dien.odt")};
  const Collection c = collect(reports, catalog, nullptr, Language::Vietnamese);
  std::vector<std::string> noTotal;
  for (const auto& row : c.sheets[1].rows)
    if (std::get_if<std::string>(&row[1]) != nullptr && std::get<std::string>(row[1]) == "collect.no-total")
      noTotal.push_back(std::get<std::string>(row[3]));
  // a share is not averaged: it has no total, and says why
  EXPECT_NE(std::find(noTotal.begin(), noTotal.end(),
                      "Tỷ lệ người đồng bào dân tộc thiểu số: không có tổng (số liệu không cộng được: tỷ lệ, chữ, hoặc mẫu "
                      "không cho cộng)"),
            noTotal.end());
  // a sum has one: not listed
  for (const auto& n : noTotal) EXPECT_EQ(n.find("Số hộ người Kinh"), std::string::npos) << n;
  // one row for each empty total cell
  const auto& total = c.sheets[0].rows.back();
  std::size_t empty = 0;
  for (std::size_t i = 9; i < total.size(); ++i) empty += std::holds_alternative<std::monostate>(total[i]) ? 1U : 0U;
  EXPECT_EQ(noTotal.size(), empty);
  // the table keeps the number and the unit in view on the summary, the file on the others
  EXPECT_EQ(c.sheets[0].keptColumns, 2);
  EXPECT_EQ(c.sheets[1].keptColumns, 1);
  EXPECT_EQ(c.sheets[2].keptColumns, 1);
}

TEST(CollectMessage, MarkedFiguresAreCountedAndAFewNamed) {
  EXPECT_EQ(markedFiguresText({}, Language::English), "");
  EXPECT_EQ(markedFiguresText({"Tỷ lệ hộ nghèo", "Khoảng cách"}, Language::English),
            "2 figures of the summary report have no total and are marked in the text: Tỷ lệ hộ nghèo, Khoảng cách.");
  EXPECT_EQ(markedFiguresText({"A", "B", "C", "D", "E"}, Language::Vietnamese),
            "5 số liệu của báo cáo tổng hợp không có tổng và được đánh dấu trong văn bản: A, B, C và 2 số liệu khác "
            "(đủ danh sách ở trang “Lỗi” của bảng tổng hợp).");
  EXPECT_EQ(markedFiguresText({"A", "B", "C", "D"}, Language::English),
            "4 figures of the summary report have no total and are marked in the text: A, B, C and 1 more (all listed in "
            "the table's “Findings” sheet).");
}

}  // namespace
}  // namespace baocao::core::jobs
