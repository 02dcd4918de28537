#include "core/templates/wizard_model.hpp"

#include "core/validation/period.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace baocao::core {
namespace {

ReportTemplate seed() { return *loadTemplateFile(std::filesystem::path(BAOCAO_TEMPLATES_DIR) / "dan-van-2021-2025.json"); }

TEST(WizardModel, FormBecomesAnswersWithIsoDates) {
  WizardForm f;
  f.number = " 15 ";
  f.dateText = "7/5/2025";
  f.inputs = {{"so_cong_van", "479/UBND-NC"}, {"ngay_cong_van", "07/5/2025"}, {"co_quan_yeu_cau", "UBND huyện Minh Long"}};
  const auto a = answersFromForm(seed(), f);
  ASSERT_TRUE(a) << a.error().message.en();
  EXPECT_EQ(a->number, "15");
  EXPECT_EQ(a->date, (CivilDate{2025, 5, 7}));
  EXPECT_EQ(a->inputs.at("ngay_cong_van"), "2025-05-07");
  EXPECT_EQ(a->templateId, "dan-van-2021-2025");
}

TEST(WizardModel, BadDatesNameTheField) {
  WizardForm f;
  f.dateText = "31/4/2025";
  f.inputs = {{"ngay_cong_van", "hôm qua"}};
  const auto a = answersFromForm(seed(), f);
  ASSERT_FALSE(a);
  EXPECT_NE(a.error().message.vi().find("Ngày văn bản: không có ngày này trong lịch: 31/4/2025"), std::string::npos)
      << a.error().message.vi();
  EXPECT_NE(a.error().message.en().find("Document date: no such calendar date: 31/4/2025"), std::string::npos);
  EXPECT_NE(a.error().message.en().find("31/4/2025"), std::string::npos);
  EXPECT_NE(a.error().message.en().find("hôm qua"), std::string::npos);
}

TEST(WizardModel, RememberedAnswersRefillTheForm) {
  Answers a;
  a.templateId = "dan-van-2021-2025";
  a.date = CivilDate{2025, 1, 5};
  a.inputs = {{"ngay_cong_van", "2025-05-07"}, {"ky_bao_cao", "6 tháng đầu năm 2025"}};
  const WizardForm f = formFromAnswers(a);
  EXPECT_EQ(f.dateText, "05/01/2025");
  EXPECT_EQ(f.period, "6 tháng đầu năm 2025");
  ASSERT_EQ(f.inputs.size(), 1u);
  EXPECT_EQ(f.inputs[0].second, "07/5/2025");
}

TEST(WizardModel, RequestPageFitsTheSeedAndSectionsSplitByRequired) {
  const auto t = seed();
  EXPECT_LE(requestInputs(t).size(), kRequestInputSlots);
  const auto required = sectionsWhere(t, true);
  const auto optional = sectionsWhere(t, false);
  EXPECT_EQ(required.size() + optional.size(), flatten(t).size());
}

TEST(WizardModel, SummaryListsWhatFinishInserts) {
  const auto t = seed();
  Answers a;
  a.templateId = t.id;
  a.omit = {};
  const std::string s = summaryText(t, a, {"Mẫu", "Số", "Ngày", "Số mục", "Bỏ qua", "Tệp số liệu", "(không)"});
  EXPECT_NE(s.find("Mẫu: " + t.title), std::string::npos);
  EXPECT_NE(s.find("Số: …/BC"), std::string::npos);
  EXPECT_NE(s.find("Số mục: " + std::to_string(flatten(t).size())), std::string::npos);
}

TEST(WizardModel, PeriodPageWritesPhrasesThePeriodReaderReadsBack) {
  using K = ReportPeriod::Kind;
  EXPECT_EQ(periodPhrase(K::Quarter, 3, 2026), "quý III năm 2026");
  EXPECT_EQ(periodPhrase(K::Month, 10, 2026), "tháng 10 năm 2026");
  EXPECT_EQ(periodPhrase(K::FirstHalf, 0, 2026), "6 tháng đầu năm 2026");
  EXPECT_EQ(periodPhrase(K::Span, 0, 2025, 2021), "giai đoạn 2021 - 2025");
  EXPECT_EQ(periodPhrase(K::Month, 13, 2026), "");
  EXPECT_EQ(periodPhrase(K::Span, 0, 2021, 2025), "");
  EXPECT_EQ(periodPhrase(K::Year, 0, 26), "");
  for (const K kind : {K::Month, K::Quarter, K::FirstHalf, K::SecondHalf, K::NineMonths, K::Year, K::Span}) {
    const std::string phrase = periodPhrase(kind, 2, 2026, 2021);
    const auto back = periodFromTitle("Báo cáo kết quả công tác " + phrase);
    ASSERT_TRUE(back) << phrase;
    EXPECT_EQ(back->kind, kind) << phrase;
    EXPECT_EQ(periodPhrase(back->kind, back->number, back->year, back->firstYear), phrase);  // (its text is case-folded)
  }
  EXPECT_EQ(periodFromTitle(periodPhrase(K::NineMonths, 0, 2026))->to, (CivilDate{2026, 9, 14}));
}

TEST(WizardModel, TheTypeTheWindowAndTheDeadlineTravelInTheAnswers) {
  const auto t = seed();
  WizardForm f;
  f.templateId = t.id;
  f.docType = "ke-hoach";
  f.period = "năm 2026";
  f.periodFrom = "10/12/2025";
  f.periodTo = "10/12/2026";
  f.deadline = "15/12/2026";
  f.inputs = {{"so_cong_van", "479/UBND-NC"}, {"ngay_cong_van", "07/5/2025"}, {"co_quan_yeu_cau", "UBND xã Long Môn"},
              {"ve_viec", "báo cáo sơ kết công tác dân vận"}};
  const auto a = answersFromForm(t, f);
  ASSERT_TRUE(a) << a.error().message.en();
  EXPECT_EQ(a->docType, "ke-hoach");
  EXPECT_EQ(a->inputs.at(kPeriodFromInput), "2025-12-10");
  EXPECT_EQ(a->inputs.at(kDeadlineInput), "2026-12-15");
  const auto again = answersFromJson(answersToJson(*a), "LastAnswers");
  ASSERT_TRUE(again) << again.error().message.en();
  const WizardForm back = formFromAnswers(*again);
  EXPECT_EQ(back.docType, "ke-hoach");
  EXPECT_EQ(back.periodFrom, "10/12/2025");
  EXPECT_EQ(back.periodTo, "10/12/2026");
  EXPECT_EQ(back.deadline, "15/12/2026");
  EXPECT_TRUE(requestInputs(t).size() == 3u || requestInputs(t).size() == 4u);
  for (const auto& [id, value] : back.inputs) EXPECT_NE(id, kPeriodFromInput);
  const auto skeleton = buildSkeleton(t, *again, AgencyProfile{}, {2026, 1, 1}, "wizard");  // any template takes them
  EXPECT_TRUE(skeleton) << (skeleton ? "" : skeleton.error().message.en());
  const std::string s = summaryText(t, *again, {"Mẫu", "Số", "Ngày", "Số mục", "Bỏ qua", "Tệp số liệu", "(không)"});
  EXPECT_NE(s.find("Loại văn bản: KẾ HOẠCH (KH)"), std::string::npos) << s;
  EXPECT_NE(s.find("Số: …/KH"), std::string::npos) << s;
  EXPECT_NE(s.find("10/12/2025 - 10/12/2026"), std::string::npos) << s;
  EXPECT_NE(s.find("Hạn gửi: 15/12/2026"), std::string::npos) << s;

  f.periodTo = "31/4/2026";
  EXPECT_FALSE(answersFromForm(t, f));
}

// A template made from a đề cương offers its request letter's facts; the clerk's own typing is
// kept when the same template is shown again, replaced when another template is chosen.
TEST(WizardModel, TheTemplatesDefaultsFillTheForm) {
  ReportTemplate t = seed();
  t.inputs[0].defaultValue = "98/UBND-NN";
  for (auto& in : t.inputs)
    if (in.id == "ngay_cong_van") in.defaultValue = "2025-03-05";
  t.period = "6 tháng đầu năm 2025";
  t.deadline = "2025-03-20";
  WizardForm f;
  f.inputs = {{t.inputs[0].id, "typed/UBND"}};
  f.periodFrom = "01/01/2025";
  applyTemplateDefaults(f, t, false);
  EXPECT_EQ(f.inputs[0].second, "typed/UBND") << "kept: the clerk typed it";
  const auto date = std::find_if(f.inputs.begin(), f.inputs.end(), [](const auto& p) { return p.first == "ngay_cong_van"; });
  ASSERT_NE(date, f.inputs.end());
  EXPECT_EQ(date->second, "05/3/2025") << "dates as the clerk types them";
  EXPECT_EQ(f.period, "6 tháng đầu năm 2025");
  EXPECT_EQ(f.deadline, "20/3/2025");
  applyTemplateDefaults(f, t, true);
  EXPECT_EQ(f.inputs[0].second, "98/UBND-NN") << "another template chosen: its letter's facts";
  EXPECT_TRUE(f.periodFrom.empty()) << "the new period's own window";
  const auto a = answersFromForm(t, f);
  ASSERT_TRUE(a) << a.error().message.en();
  EXPECT_EQ(a->inputs.at("ngay_cong_van"), "2025-03-05");
}

}  // namespace
}  // namespace baocao::core
