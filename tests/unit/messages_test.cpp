#include "core/messages.hpp"

#include <gtest/gtest.h>

namespace baocao::core {
namespace {

TEST(Messages, LanguageFollowsTheUiLocale) {
  EXPECT_EQ(languageForLocale("vi"), Language::Vietnamese);
  EXPECT_EQ(languageForLocale("vi-VN"), Language::Vietnamese);
  EXPECT_EQ(languageForLocale("vi_VN.UTF-8"), Language::Vietnamese);
  EXPECT_EQ(languageForLocale("en-US"), Language::English);
  EXPECT_EQ(languageForLocale("de"), Language::English);
}

TEST(Messages, EveryMessageExistsInBothLanguages) {
  for (int i = 0; i < static_cast<int>(MessageId::End); ++i) {
    const auto id = static_cast<MessageId>(i);
    EXPECT_NE(message(id, Language::Vietnamese), "?");
    EXPECT_NE(message(id, Language::English), "?");
    EXPECT_NE(message(id, Language::Vietnamese), message(id, Language::English)) << static_cast<int>(id);
  }
}

TEST(Messages, FormatFillsNumberedArgumentsInAnyOrder) {
  EXPECT_EQ(format("mục {0}, đoạn {1}; lại {0}", std::vector<std::string>{"III.4", "17"}), "mục III.4, đoạn 17; lại III.4");
  EXPECT_EQ(format("{1} trước {0}", std::vector<std::string>{"a", "b"}), "b trước a");
  EXPECT_EQ(format("thiếu {2}", std::vector<std::string>{"a"}), "thiếu {2}");  // a missing argument stays visible
}

TEST(Messages, FormatFillsTheCommandName) {
  EXPECT_EQ(format("Không thực hiện được lệnh \"{0}\".", "Chèn"), "Không thực hiện được lệnh \"Chèn\".");
}

TEST(Messages, TheSaveQuestionCountsTheErrors) {
  EXPECT_TRUE(format(message(MessageId::SaveWithErrors, Language::Vietnamese), "3").starts_with("Báo cáo còn 3 lỗi. Vẫn lưu?"));
  EXPECT_TRUE(format(message(MessageId::SaveWithErrors, Language::English), "3").starts_with("The report still has 3 errors. Save anyway?"));
}

}  // namespace
}  // namespace baocao::core
