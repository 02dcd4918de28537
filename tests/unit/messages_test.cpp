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
  for (auto id : {MessageId::AppTitle, MessageId::ReadOnlyDocument, MessageId::NotATextDocument,
                  MessageId::CommandFailed, MessageId::HeaderInserted, MessageId::UndoInsertHeader,
                  MessageId::SettingsSaved, MessageId::UndoInsertReport, MessageId::ReportInserted,
                  MessageId::TemplateNotFound}) {
    EXPECT_NE(message(id, Language::Vietnamese), "?");
    EXPECT_NE(message(id, Language::English), "?");
    EXPECT_NE(message(id, Language::Vietnamese), message(id, Language::English)) << static_cast<int>(id);
  }
}

TEST(Messages, FormatFillsTheCommandName) {
  EXPECT_EQ(format("Không thực hiện được lệnh \"{0}\".", "Chèn"), "Không thực hiện được lệnh \"Chèn\".");
}

}  // namespace
}  // namespace baocao::core
