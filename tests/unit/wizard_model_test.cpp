#include "core/templates/wizard_model.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace baocao::core
