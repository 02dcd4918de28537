// The submission package's job against the in-memory document (tests/fakes/fake_document.hpp):
// stop or go, the folder's name, the PDF's details and the check record, which must read back
// the same from the document's properties and from the PDF's keywords line.
#include "core/jobs/export.hpp"

#include "core/validation/rule_table.hpp"
#include "fakes/fake_document.hpp"

#include <gtest/gtest.h>

namespace baocao::core {
namespace {

using testing::FakeDataFiles;
using testing::FakeDocument;

DocParagraph line(std::string text) {
  DocParagraph p;
  p.text = std::move(text);
  return p;
}

// A report's header and a body sentence with one figure, as plain text.
Document report(const std::string& number, const std::string& dateLine) {
  Document d;
  d.path = "/ho-so/bao-cao-dan-van.odt";
  // the parent agency's line is not bold, the issuing agency's is (Decree 30, Phụ lục I)
  for (const bool bold : {false, true}) {
    DocParagraph p = line(bold ? "ỦY BAN NHÂN DÂN XÃ LONG MÔN" : "UBND HUYỆN VÂN HỒ");
    p.runs.push_back(TextRun{p.text, "Times New Roman", 13, bold, false, {}});
    d.paragraphs.push_back(p);
  }
  d.paragraphs.push_back(line("Số: " + number));
  d.paragraphs.push_back(line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  d.paragraphs.push_back(line("Độc lập - Tự do - Hạnh phúc"));
  d.paragraphs.push_back(line(dateLine));
  d.paragraphs.push_back(line("BÁO CÁO"));
  d.paragraphs.push_back(line("Kết quả công tác dân vận 6 tháng đầu năm 2026"));
  DocParagraph figure = line("Tổng số hộ: 433 hộ");
  figure.fields.push_back(DocField{DocField::Kind::Figure, "ho_dan_tong", "433"});
  d.paragraphs.push_back(figure);
  return d;
}

jobs::ExportOptions options(bool force = false) {
  jobs::ExportOptions o;
  o.force = force;
  o.extensionVersion = "9.8.7";
  o.now = "2026-12-05T08:30:00Z";
  o.fallbackName = "bao-cao-dan-van.odt";
  return o;
}

TEST(ExportJob, StopsWithErrorsLeftUnlessForcedAndTheRecordSaysSo) {
  FakeDocument doc;
  doc.state.text = report("15/BC-UBND", "Long Môn, ngày 05 tháng 12 năm 2026");
  FakeDataFiles files;
  const jobs::ExportPlan stop = jobs::planExport(doc, Catalog{}, files, options());
  ASSERT_GT(stop.record.errors, 0) << stop.stopText(Language::English);
  EXPECT_FALSE(stop.go);
  EXPECT_FALSE(stop.record.forced);
  // every error is listed in the stop's text
  const std::string text = stop.stopText(Language::English);
  EXPECT_NE(text.find("still has " + std::to_string(stop.record.errors) + " errors"), std::string::npos) << text;
  for (const auto& f : stop.outcome.result.findings) {
    if (f.severity == Severity::Error) {
      EXPECT_NE(text.find(f.rule), std::string::npos) << f.rule;
    }
  }

  const jobs::ExportPlan forced = jobs::planExport(doc, Catalog{}, files, options(true));
  EXPECT_TRUE(forced.go);
  EXPECT_TRUE(forced.record.forced);
  EXPECT_EQ(forced.record.errors, stop.record.errors);
  EXPECT_TRUE(doc.edits.empty()) << "the clerk's document is not changed";
  EXPECT_TRUE(doc.state.properties.empty());
}

TEST(ExportJob, NamesTheFolderAndThePdfFromTheHeader) {
  FakeDocument doc;
  doc.state.text = report("15/BC-UBND", "Long Môn, ngày 05 tháng 12 năm 2026");
  FakeDataFiles files;
  const jobs::ExportPlan plan = jobs::planExport(doc, Catalog{}, files, options());
  EXPECT_EQ(plan.folderName, "15-BC-UBND_2026-12-05");
  EXPECT_EQ(plan.pdf.subject, "Kết quả công tác dân vận 6 tháng đầu năm 2026");
  EXPECT_EQ(plan.pdf.title, "BÁO CÁO Kết quả công tác dân vận 6 tháng đầu năm 2026");
  EXPECT_EQ(plan.pdf.author, "ỦY BAN NHÂN DÂN XÃ LONG MÔN");
  EXPECT_EQ(plan.pdf.language, "vi-VN");
  ASSERT_EQ(plan.figures.rows.size(), 2u);  // the header row and the figure
  EXPECT_EQ(std::get<std::string>(plan.figures.rows[1][0]), "ho_dan_tong");
  EXPECT_EQ(std::get<double>(plan.figures.rows[1][2]), 433);
  EXPECT_EQ(std::get<std::string>(plan.figures.rows[1][6]), "15/BC-UBND");
}

TEST(ExportJob, RecordsTheDataFileOfTheLastFillOrTheOneGiven) {
  FakeDocument doc;
  doc.state.text = report("15/BC-UBND", "Long Môn, ngày 05 tháng 12 năm 2026");
  doc.state.properties[DocumentProperty::kDataFile] = "C:\\Users\\van-thu\\so-lieu-long-mon.xlsx";
  doc.state.properties[DocumentProperty::kDataHash] = sha256Hex("then");
  FakeDataFiles files;
  jobs::ExportPlan plan = jobs::planExport(doc, Catalog{}, files, options());
  EXPECT_EQ(plan.record.dataFile, "so-lieu-long-mon.xlsx");
  EXPECT_EQ(plan.record.dataSha256, sha256Hex("then"));

  files.add("/so-lieu/moi.csv", {{"ho_dan_tong", "433"}}, "now");
  jobs::ExportOptions given = options();
  given.check.dataFile = "/so-lieu/moi.csv";
  plan = jobs::planExport(doc, Catalog{}, files, given);
  EXPECT_EQ(plan.record.dataFile, "moi.csv");
  EXPECT_EQ(plan.record.dataSha256, sha256Hex("now"));
  EXPECT_EQ(plan.record.checkedAt, "2026-12-05T08:30:00Z");
  EXPECT_EQ(plan.record.extensionVersion, "9.8.7");
  EXPECT_EQ(plan.record.ruleSet, jobs::ruleSetVersion());
}

TEST(ExportJob, FolderNamesAreSafeOnWindows) {
  const auto name = [](std::string number, std::string date, std::string fallback = "bao-cao.odt") {
    ReportFacts f;
    f.number = std::move(number);
    f.date = std::move(date);
    return jobs::packageName(f, fallback);
  };
  EXPECT_EQ(name("15/BC-UBND", "2026-12-05"), "15-BC-UBND_2026-12-05");
  EXPECT_EQ(name("07/KH-UBND", ""), "07-KH-UBND");
  EXPECT_EQ(name("12/UBND-VP", "2025-07-01"), "12-UBND-VP_2025-07-01");
  EXPECT_EQ(name("3 :*?\"<>|\\ /BC.", "2026-01-02"), "3-BC_2026-01-02");
  EXPECT_EQ(name("15/BC\x01UBND", ""), "15-BC-UBND");
  // an electronic report's number is left for the document system: the document's own name
  EXPECT_EQ(name("   /BC-UBND", "2026-12-05", "Báo cáo dân vận.docx"), "Báo-cáo-dân-vận_2026-12-05");
  EXPECT_EQ(name("", "", "con.odt"), "con_");
  EXPECT_EQ(name("", "", "LPT1"), "LPT1_");
  EXPECT_EQ(name("", "", ""), "bao-cao");
}

jobs::CheckRecord sample() {
  jobs::CheckRecord r;
  r.templateId = "dan-van-2021-2025";
  r.templateVersion = "1.0";
  r.ruleSet = jobs::ruleSetVersion();
  r.errors = 2;
  r.warnings = 5;
  r.forced = true;
  r.dataFile = "so-lieu; long-mon.csv";
  r.dataSha256 = sha256Hex("x");
  r.checkedAt = "2026-12-05T08:30:00Z";
  r.extensionVersion = "0.9.0";
  return r;
}

TEST(CheckRecord, ReadsBackFromThePropertiesAndFromTheKeywordsLine) {
  jobs::CheckRecord r = sample();
  std::map<std::string, std::string> properties;
  for (const auto& [name, value] : jobs::recordProperties(r)) {
    EXPECT_TRUE(name.starts_with("BaoCao.Check.")) << name;
    properties.emplace(name, value);
  }
  EXPECT_EQ(properties.at("BaoCao.Check.Template"), "dan-van-2021-2025 1.0");
  EXPECT_EQ(properties.at("BaoCao.Check.Errors"), "2");
  EXPECT_EQ(jobs::recordFromProperties(properties), r);

  const std::string line = jobs::recordLine(r);
  EXPECT_TRUE(line.starts_with("baocao-check: template=dan-van-2021-2025 1.0; rules=")) << line;
  r.dataFile = "so-lieu, long-mon.csv";  // the line's separator cannot be in a value
  EXPECT_EQ(jobs::recordFromLine(line), r);
  // the keywords LibreOffice writes may have other words around the record
  EXPECT_EQ(jobs::recordFromLine("báo cáo, " + line), r);

  EXPECT_FALSE(jobs::recordFromProperties({{"BaoCao.Template", "x 1"}}));
  EXPECT_FALSE(jobs::recordFromLine("báo cáo dân vận"));
  EXPECT_FALSE(jobs::recordFromLine("baocao-check: errors=many"));
}

TEST(CheckRecord, ReadsBackFromTheDocumentAndFromThePdfsXmp) {
  jobs::CheckRecord r = sample();
  r.dataFile = "so-lieu & long-mon.csv";
  FakeDocument doc;
  EXPECT_FALSE(jobs::recordedCheck(doc));
  for (const auto& [name, value] : jobs::recordProperties(r)) doc.state.properties[name] = value;
  EXPECT_EQ(jobs::recordedCheck(doc), r);

  std::string line = jobs::recordLine(r);
  const auto amp = line.find('&');
  line.replace(amp, 1, "&amp;");
  const std::string pdf = "%PDF-1.7\n<x:xmpmeta><pdf:Producer>LibreOffice</pdf:Producer><pdf:Keywords>" + line +
                          "</pdf:Keywords></x:xmpmeta>\n%%EOF";
  EXPECT_EQ(jobs::recordFromPdf(pdf), r);
  EXPECT_FALSE(jobs::recordFromPdf("%PDF-1.7\n<pdf:Keywords>báo cáo</pdf:Keywords>"));
  EXPECT_FALSE(jobs::recordFromPdf("%PDF-1.7\n"));
}

TEST(CheckRecord, ReadsAsText) {
  const std::string vi = jobs::recordText(sample(), Language::Vietnamese);
  EXPECT_NE(vi.find("mẫu báo cáo: dan-van-2021-2025 1.0"), std::string::npos) << vi;
  EXPECT_NE(vi.find("đã xác nhận gửi dù còn lỗi"), std::string::npos) << vi;
  const std::string en = jobs::recordText(sample(), Language::English);
  EXPECT_NE(en.find("errors: 2"), std::string::npos) << en;
  EXPECT_NE(en.find("checked at: 2026-12-05T08:30:00Z"), std::string::npos) << en;
}

TEST(CheckRecord, TheRuleSetVersionFollowsTheRuleTable) {
  const std::string v = jobs::ruleSetVersion();
  EXPECT_TRUE(v.starts_with(std::to_string(ruleTable().size()) + ".")) << v;
  EXPECT_EQ(v.size(), std::to_string(ruleTable().size()).size() + 9);
}

}  // namespace
}  // namespace baocao::core
