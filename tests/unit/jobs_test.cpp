// The jobs against the in-memory document (tests/fakes/fake_document.hpp): what each job writes,
// as how many edits, and what it says; no LibreOffice. The Writer side of the same contract is
// covered by the integration tests.
#include "core/jobs/jobs.hpp"

#include "fakes/fake_document.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace baocao::core {
namespace {

using testing::FakeDataFiles;
using testing::FakeDocument;

const std::filesystem::path kTemplates = BAOCAO_TEMPLATES_DIR;
const std::string kData = "/so-lieu/so-lieu-long-mon.csv";
constexpr Language kVi = Language::Vietnamese;

std::string readAll(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream b;
  b << in.rdbuf();
  return b.str();
}

const ReportTemplate& seed() {
  static const ReportTemplate t = [] {
    auto loaded = loadTemplateFile(kTemplates / "dan-van-2021-2025.json");
    EXPECT_TRUE(loaded) << (loaded ? "" : loaded.error().message.en());
    return *loaded;
  }();
  return t;
}

Answers answers() {
  auto a = answersFromJson(readAll(kTemplates / "samples" / "answers-dan-van.json"), "answers-dan-van.json");
  EXPECT_TRUE(a) << (a ? "" : a.error().message.en());
  return *a;
}

// The sample data file as the adapter reads it; `edit` changes its text before it is read.
DataFile sampleData(const std::string& path, const std::function<void(std::string&)>& edit = {}) {
  std::string csv = readAll(kTemplates / "samples" / "so-lieu-long-mon.csv");
  if (edit) edit(csv);
  auto grid = parseCsv(csv, "so-lieu", path);
  EXPECT_TRUE(grid);
  auto data = readDataSheet(*grid, path);
  EXPECT_TRUE(data) << (data ? "" : data.error().message.en());
  return DataFile{std::move(*data), Provenance{path, "2025-05-07T08:30:00Z", sha256Hex(csv)}};
}

void replace(std::string& s, const std::string& from, const std::string& to) {
  const auto at = s.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  s.replace(at, from.size(), to);
}

jobs::NewReport plan(const std::string& dataFile) {
  Answers a = answers();
  a.dataFile = dataFile;
  auto report = jobs::planNewReport(seed(), a, AgencyProfile{}, CivilDate{2025, 5, 7}, "answers.json");
  EXPECT_TRUE(report) << (report ? "" : report.error().message.en());
  return *report;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST(HeaderJob, InsertsTheHeaderAsOneEdit) {
  FakeDocument doc;
  HeaderRequest request;
  request.date = CivilDate{2025, 5, 7};
  request.number = "15";
  request.typeCode = "BC";
  request.profile.agencyCode = "UBND";
  jobs::insertHeader(doc, request, kVi);
  EXPECT_EQ(doc.edits, std::vector<std::string>{"Chèn tiêu đề văn bản"});
  ASSERT_EQ(doc.state.headers.size(), 1u);
  EXPECT_EQ(doc.state.headers[0].number.lines[0].plainText(), "Số: 15/BC-UBND");
}

TEST(NewReportJob, FillsTheFiguresAndRecordsTemplateAndDataFileInOneEdit) {
  FakeDocument doc;
  FakeDataFiles files;
  files.files.emplace(kData, sampleData(kData));
  const jobs::Inserted inserted = jobs::newReport(doc, files, plan(kData), kVi);
  EXPECT_EQ(doc.edits, std::vector<std::string>{"Chèn khung báo cáo"});
  EXPECT_TRUE(doc.state.pagePrepared);
  EXPECT_EQ(doc.state.skeletons.size(), 1u);
  EXPECT_EQ(doc.state.figures.at("nhan_khau_tong"), "1.530");
  EXPECT_EQ(doc.state.figures.at("dien_tich_tu_nhien"), "6.947,51");
  EXPECT_EQ(doc.property(DocumentProperty::kTemplate), seed().id + " " + seed().version);
  EXPECT_FALSE(doc.property(DocumentProperty::kFigures).empty());
  EXPECT_EQ(doc.property(DocumentProperty::kDataFile), kData);
  EXPECT_EQ(files.reads, std::vector<std::string>{kData});
  EXPECT_EQ(inserted.summary, "Đã chèn khung báo cáo.");
  EXPECT_EQ(inserted.problems, "");
  EXPECT_FALSE(inserted.dataFileUnreadable);
  EXPECT_EQ(inserted.figuresMissing, 0);
}

TEST(NewReportJob, ThePeriodTheReportIsMadeForIsKeptForTheCheck) {
  auto generic = loadTemplateFile(kTemplates / "bao-cao-dinh-ky.json");
  ASSERT_TRUE(generic) << generic.error().message.en();
  Answers a;
  a.templateId = generic->id;
  a.inputs = {{"noi_dung", "cải cách hành chính"}, {"ky_tiep_theo", "6 tháng cuối năm 2026"},
              {"so_cong_van", "479/UBND-NC"}, {"ngay_cong_van", "2026-05-07"},
              {"co_quan_yeu_cau", "Ủy ban nhân dân tỉnh Quảng Ngãi"}, {"ve_viec", "báo cáo 6 tháng"},
              {"ky_bao_cao", "6 tháng đầu năm 2026"}};
  a.date = CivilDate{2026, 6, 16};
  auto report = jobs::planNewReport(*generic, a, AgencyProfile{}, CivilDate{2026, 6, 16}, "answers.json");
  ASSERT_TRUE(report) << report.error().message.en();
  FakeDocument doc;
  FakeDataFiles files;
  (void)jobs::newReport(doc, files, *report, kVi);
  EXPECT_EQ(doc.property(DocumentProperty::kPeriod), "6 tháng đầu năm 2026");
  FakeDocument seedDoc;
  (void)jobs::newReport(seedDoc, files, plan(""), kVi);
  EXPECT_EQ(seedDoc.property(DocumentProperty::kPeriod), "") << "the seed's template asks no period";
}

TEST(NewReportJob, ADataFileThatCannotBeReadLeavesTheFiguresMarkedAndSaysSo) {
  FakeDocument doc;
  FakeDataFiles files;
  const jobs::Inserted inserted = jobs::newReport(doc, files, plan("/khong-co.csv"), kVi);
  EXPECT_EQ(doc.edits.size(), 1u) << "inserted all the same";
  EXPECT_EQ(doc.state.skeletons.size(), 1u);
  EXPECT_EQ(doc.state.figures.at("nhan_khau_tong"), "[nhan_khau_tong]") << "the skeleton's own marker";
  EXPECT_EQ(doc.property(DocumentProperty::kDataFile), "") << "no provenance without data";
  EXPECT_TRUE(inserted.dataFileUnreadable);
  EXPECT_TRUE(contains(inserted.problems, "/khong-co.csv")) << inserted.problems;
}

TEST(NewReportJob, AFigureTheDataFileLacksIsMarkedAndCounted) {
  FakeDocument doc;
  FakeDataFiles files;
  files.files.emplace(kData, sampleData(kData, [](std::string& csv) {
    replace(csv, "nhan_khau_tong,", "nhan_khau_tong_cu,");
  }));
  const jobs::Inserted inserted = jobs::newReport(doc, files, plan(kData), kVi);
  EXPECT_EQ(doc.state.figures.at("nhan_khau_tong"), missingMarker("nhan_khau_tong"));
  EXPECT_EQ(doc.state.figures.at("ho_dan_tong"), "433");
  EXPECT_GE(inserted.figuresMissing, 1);
  EXPECT_TRUE(contains(inserted.problems, "nhan_khau_tong")) << inserted.problems;
  // the marked figures by label, one each, for a message that names a few (collect's summary)
  EXPECT_EQ(inserted.missing.size(), static_cast<std::size_t>(inserted.figuresMissing));
  EXPECT_NE(std::find(inserted.missing.begin(), inserted.missing.end(), "Tổng số nhân khẩu"), inserted.missing.end());
}

TEST(NewReportJob, WithoutADataFileNothingIsRead) {
  FakeDocument doc;
  FakeDataFiles files;
  const jobs::Inserted inserted = jobs::newReport(doc, files, plan(""), kVi);
  EXPECT_TRUE(files.reads.empty());
  EXPECT_EQ(inserted.problems, "");
  EXPECT_EQ(doc.state.figures.at("ho_dan_tong"), "[ho_dan_tong]");
}

TEST(NewReportJob, AFailureInsideTheEditChangesNothing) {
  FakeDocument doc;
  FakeDataFiles files;
  files.files.emplace(kData, sampleData(kData));
  doc.failInsertion = [] { throw std::runtime_error("Writer did not import the report body"); };
  EXPECT_THROW((void)jobs::newReport(doc, files, plan(kData), kVi), std::runtime_error);
  EXPECT_TRUE(doc.edits.empty());
  EXPECT_TRUE(doc.state.skeletons.empty());
  EXPECT_TRUE(doc.state.figures.empty());
  EXPECT_TRUE(doc.state.properties.empty());
  EXPECT_TRUE(doc.state.pagePrepared) << "the page set up before the edit stays, as in Writer";
}

TEST(NewReportJob, ThePageIsSetUpOnlyAtTheDocumentsStart) {
  FakeDocument doc;
  doc.atStart = false;
  FakeDataFiles files;
  (void)jobs::newReport(doc, files, plan(""), kVi);
  EXPECT_FALSE(doc.state.pagePrepared);
}

TEST(NewReportJob, BadAnswersAreRefusedBeforeTheDocument) {
  Answers a = answers();
  a.inputs["ngay_cong_van"] = "2025-02-30";
  auto report = jobs::planNewReport(seed(), a, AgencyProfile{}, CivilDate{2025, 5, 7}, "answers.json");
  ASSERT_FALSE(report);
  EXPECT_TRUE(contains(report.error().message.en(), "answers.json: inputs.ngay_cong_van")) << report.error().message.en();
}

TEST(NewReportJob, AnUnknownTemplateSaysWhich) {
  Catalog catalog;
  auto t = jobs::findTemplate(catalog, "khong-co");
  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().message.vi(), "Không tìm thấy mẫu báo cáo \"khong-co\".");
}

// A report filled from the sample data, as the wizard leaves it.
FakeDocument filledReport(FakeDataFiles& files) {
  FakeDocument doc;
  files.files.emplace(kData, sampleData(kData));
  (void)jobs::newReport(doc, files, plan(kData), kVi);
  doc.edits.clear();
  files.reads.clear();
  return doc;
}

TEST(RefreshJob, UsesTheDataFileOfTheLastFillAndSaysItChanged) {
  FakeDataFiles files;
  FakeDocument doc = filledReport(files);
  files.files.insert_or_assign(kData, sampleData(kData, [](std::string& csv) {
    replace(csv, "Tổng số nhân khẩu,1530", "Tổng số nhân khẩu,1700");
  }));
  auto plan = jobs::planRefresh(doc, files, "", "/mac-dinh.csv");
  ASSERT_TRUE(plan) << plan.error().message.en();
  EXPECT_EQ(files.reads, std::vector<std::string>{kData});
  EXPECT_TRUE(plan->fileChanged);
  EXPECT_TRUE(contains(plan->fileChangedNote(kVi), "07/05/2025 08:30 (UTC)")) << plan->fileChangedNote(kVi);
  const auto row = std::find_if(plan->rows.begin(), plan->rows.end(), [](const PreviewRow& r) { return r.key == "nhan_khau_tong"; });
  ASSERT_NE(row, plan->rows.end());
  EXPECT_EQ(row->oldText, "1.530");
  EXPECT_EQ(row->newText, "1.700");
  EXPECT_TRUE(doc.edits.empty()) << "planning changes nothing";

  const jobs::Refreshed done = jobs::applyRefresh(doc, *plan, kVi);
  EXPECT_EQ(doc.edits, std::vector<std::string>{"Cập nhật số liệu"});
  EXPECT_EQ(doc.state.figures.at("nhan_khau_tong"), "1.700");
  EXPECT_GE(done.changed, 1);
  EXPECT_EQ(doc.property(DocumentProperty::kDataHash), plan->fill.file.provenance.sha256);
  EXPECT_EQ(done.problems, "");
}

TEST(RefreshJob, AGivenFileWinsAndTheAdminsDefaultComesLast) {
  FakeDataFiles files;
  FakeDocument doc = filledReport(files);
  files.files.emplace("/khac.csv", sampleData("/khac.csv"));
  auto given = jobs::planRefresh(doc, files, "/khac.csv", "/mac-dinh.csv");
  ASSERT_TRUE(given);
  EXPECT_FALSE(given->fileChanged) << "another file is not a changed one";
  doc.state.properties.erase(DocumentProperty::kDataFile);
  files.files.emplace("/mac-dinh.csv", sampleData("/mac-dinh.csv"));
  files.reads.clear();
  ASSERT_TRUE(jobs::planRefresh(doc, files, "", "/mac-dinh.csv"));
  EXPECT_EQ(files.reads, std::vector<std::string>{"/mac-dinh.csv"});
  auto none = jobs::planRefresh(doc, files, "", "");
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().message.vi(), message(MessageId::NoDataFile, kVi));
}

TEST(RefreshJob, ADocumentWithoutFiguresOrAnUnreadableFileChangesNothing) {
  FakeDocument empty;
  FakeDataFiles files;
  auto none = jobs::planRefresh(empty, files, kData, "");
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().message.vi(), message(MessageId::NoFigureFields, kVi));
  EXPECT_TRUE(files.reads.empty());

  FakeDocument doc = filledReport(files);
  const FakeDocument::State before = doc.state;
  auto bad = jobs::planRefresh(doc, files, "/khong-co.csv", "");
  ASSERT_FALSE(bad);
  EXPECT_TRUE(contains(bad.error().message.en(), "/khong-co.csv"));
  EXPECT_TRUE(doc.state == before);
}

// A snapshot whose one paragraph shows the figure ho_dan_tong as 433.
Document reportShowing433() {
  DocParagraph p;
  p.text = "Tổng số hộ: 433 hộ";
  p.fields.push_back(DocField{DocField::Kind::Figure, "ho_dan_tong", "433"});
  Document d;
  d.path = "bao-cao.odt";
  d.paragraphs.push_back(p);
  return d;
}

std::vector<std::string> rules(const CheckOutcome& outcome) {
  std::vector<std::string> out;
  for (const auto& f : outcome.result.findings) out.push_back(f.rule);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

TEST(CheckJob, ComparesTheFiguresWithTheDataFileOfTheLastFill) {
  FakeDocument doc;
  doc.state.text = reportShowing433();
  FakeDataFiles files;
  files.add(kData, {{"ho_dan_tong", "430"}}, "now");
  doc.state.properties[DocumentProperty::kDataFile] = kData;
  doc.state.properties[DocumentProperty::kDataHash] = sha256Hex("then");
  const CheckOutcome outcome = jobs::check(doc, Catalog{}, files, {});
  EXPECT_EQ(files.reads, std::vector<std::string>{kData});
  EXPECT_EQ(outcome.path, "bao-cao.odt");
  EXPECT_TRUE(has(rules(outcome), "figure.data-mismatch"));
  EXPECT_TRUE(has(rules(outcome), "figure.stale"));
}

TEST(CheckJob, AGivenDataFileOverridesTheRecordedOne) {
  FakeDocument doc;
  doc.state.text = reportShowing433();
  doc.state.properties[DocumentProperty::kDataFile] = kData;
  FakeDataFiles files;
  files.add("/khac.csv", {{"ho_dan_tong", "433"}});
  jobs::CheckOptions options;
  options.dataFile = "/khac.csv";
  const CheckOutcome outcome = jobs::check(doc, Catalog{}, files, options);
  EXPECT_EQ(files.reads, std::vector<std::string>{"/khac.csv"});
  EXPECT_FALSE(has(rules(outcome), "figure.data-mismatch"));
}

TEST(CheckJob, ARecordedFileThatCannotBeReadLeavesTheFiguresUncompared) {
  FakeDocument doc;
  doc.state.text = reportShowing433();
  doc.state.properties[DocumentProperty::kDataFile] = "C:\\may-nguoi-gui\\so-lieu.xlsx";
  FakeDataFiles files;
  const CheckOutcome outcome = jobs::check(doc, Catalog{}, files, {});
  EXPECT_EQ(files.reads.size(), 1u);
  EXPECT_FALSE(has(rules(outcome), "figure.data-mismatch"));
  EXPECT_FALSE(has(rules(outcome), "figure.stale"));
}

TEST(CachedDataFiles, ReadsEachPathOnce) {
  FakeDataFiles files;
  files.add(kData, {{"ho_dan_tong", "433"}});
  CachedDataFiles cached(files);
  for (int i = 0; i < 3; ++i) {
    EXPECT_TRUE(cached.read(kData, std::chrono::seconds(1)));
    EXPECT_FALSE(cached.read("/khong-co.csv", std::chrono::seconds(1)));
  }
  EXPECT_EQ(files.reads, (std::vector<std::string>{kData, "/khong-co.csv"}));
}

}  // namespace
}  // namespace baocao::core
